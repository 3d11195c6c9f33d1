"""Wording of the 'what' column: the report's own words around a figure."""

from __future__ import annotations

import re

from spacy.tokens import Token

from .. import lexicon
from .numbers import Figure
from .openings import page_label
from .vocab import table, word_set

CHANGE_VERBS = word_set("change_verbs")
CONTAINER_NOUNS = word_set("container_nouns")  # "the number of subscribers" (claims57)
REPORT_VERBS = word_set("report_verbs")
PRESENCE_VERBS = word_set("presence_verbs")
_PARTS = word_set("part_pronouns")
_ORDER_PREPS = lexicon.words("order_prepositions")
_ADVERB_PARTICLES = word_set("adverb_particles")  # "given away": the parse's advmod, a particle all the same
_SHORT_CVC = re.compile(r"^[^aeiou]{1,2}[aeiou][^aeiouwxy]$")  # one short syllable: its last consonant doubles


def tokens_text(toks: list[Token]) -> str:
    """The tokens as the text writes them (their own spacing), in order."""
    toks = sorted(toks, key=lambda t: t.i)
    return "".join(t.text_with_ws if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else t.text + " "
                   for k, t in enumerate(toks)).strip()


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def noun_phrase(tok: Token, limit: int = 5) -> str:
    """A short noun phrase: the noun with its left modifiers ("residential areas"), the run of them right before it
    (not a list's "Russell [Westbrook,] Lakers", claims40)."""
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")
            or t.i == tok.i]
    left = [t for t in left if t.i >= tok.i - limit]
    run, ids, doc = {tok.i}, {t.i for t in left}, tok.doc
    for k in range(tok.i - 1, tok.i - limit - 1, -1):
        if k in ids:
            run.add(k)
        elif k < 0 or doc[k].dep_ != "case" and doc[k].text not in ("-", "–"):
            break  # (over a possessive's "'s" or a hyphen; not over a list's other names)
    return tokens_text([t for t in left if t.i in run])  # words as written, one run ("Russell Lakers" no; claims40)


def _lacked(event: Token) -> str:
    """What a "have" denies with "no" ("mention of Bushehr" in "have no mention of Bushehr"), else ''."""
    denied = next((c for c in event.children if c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no"
                                                                         for d in c.children)), None)
    if denied is None:
        return ""
    return tokens_text([t for t in denied.subtree if t.dep_ != "det" or t.head.i != denied.i][:6])


def share_phrase(comp: Token, noun: Token, figure: range, limit: int = 10) -> list[Token]:
    """A share's complement in up to ``limit`` words: the figure's own conjunct when the complement joins two ("a
    50% chance of X and an 80% chance of Y": the 80%'s is "an 80% chance of Y"), another figure's conjuncts left
    out (never one holding this figure's tokens, ``figure``: "either $95 … or 1% of family income", "between 0 and
    0.25 percent"), and a prepositional phrase after the figure the limit would cut dropped whole ("within the next
    five", claims49)."""
    own = noun.dep_ == "conj" and noun.head.i not in figure and noun.i != comp.i  # (not a range's second end)
    head = noun if own and noun.i in {t.i for t in comp.subtree} else comp
    others = {t.i for c in head.children if c.dep_ == "conj" and _another_figure(c, figure) for t in c.subtree}
    others |= {c.i for c in head.children if c.dep_ == "cc" and others}
    toks = [t for t in head.subtree if t.i not in others]
    if len(toks) <= limit:
        return toks
    kept, last = toks[:limit], toks[limit - 1].i
    if toks[limit - 1].head.i <= last:
        return kept  # the limit falls after a whole word group ("… higher than in other lands, which …")
    cut = next((t for t in reversed(kept) if t.dep_ == "prep" and t.lower_ != "of" and t.right_edge.i > last and
                t.i >= figure.stop), None)  # (not an "of" that says what the share is of: "17% of kids who …")
    return [t for t in kept if cut is None or t.i < cut.i]


def _another_figure(conjunct: Token, figure: range) -> bool:
    """Does a conjunct hold a number of its own and none of the figure's tokens?"""
    own = [t for t in conjunct.subtree]
    return not any(t.i in figure for t in own) and any(t.like_num for t in own)


def frame(event: Token | None, role: str, noun: Token, fig: Figure, unit: str, negated: bool) -> str:
    """What the figure is, in the report's words: 'Russian warships that launched cruise missiles'."""
    if event is None:
        return unit
    lemma = _lemma(event)
    end = _change_end(event, fig)
    if fig.share is not None and end:
        return _changed_share(event, fig, end)
    if fig.share is not None:
        return _share_frame(event, noun, fig, negated)
    if event.pos_ in ("NOUN", "PROPN"):
        return f"{unit} ({tokens_text([t for t in event.subtree if t.i <= event.i and t.dep_ != 'det'])})"
    if noun.head.pos_ in ("ADV", "ADJ") and noun.dep_ == "npadvmod":
        return f"{unit} {noun.head.text}"  # "kilometers away"
    if lemma == "have" and role == "subject" and (lacked := _lacked(event)):
        return f"{unit} that {event.text} no {lacked}"  # "resolutions that have no mention of Bushehr" (claims45)
    if lemma in PRESENCE_VERBS and role == "subject" and (state := _state(event, fig)):
        return f"{unit} {state}"  # "two are in a critical condition": people in a critical condition (claims84)
    if lemma in ("be", "have"):
        return f"{unit} that {duty}" if lemma == "have" and role == "subject" and (duty := _have_to(event)) else unit
        # ("councillors that will have to vote", claims99)
    if role == "subject" and _small_clause(event):
        return f"{unit} {event.text}"  # "has seen 310,000 people killed": a bare participle's subject underwent it,
        # "people killed", not "people that killed" (claims75)
    if role == "subject":
        obj = next((c for c in event.children if c.dep_ == "dobj" and any(ch.isalnum() for ch in c.text)), None)
        if (told := _relative_object(event, obj)):
            return f"{unit} {told}"  # "100 men that Britain convicted": they were convicted (claims54)
        verb = _subject_verb(event, negated)
        none = obj is not None and any(d.dep_ == "det" and d.lower_ == "no" for d in obj.children)
        that = "" if event.dep_ == "acl" and event.tag_ == "VBG" else "that "  # ("judges handling the case")
        told = _said_act(event) if obj is None and lemma in REPORT_VERBS else ""  # ("that said they would close")
        return f"{unit} {that}{verb}" + (f" {'no ' * none}{noun_phrase(obj)}" if obj is not None else
                                         f" {told}" if told else _idiom(event) or _bound_phrase(event))
        # ("28 people have showed no signs": "people that showed no signs", not "… showed signs"; claims36)
        # (no object of punctuation: the wire's dash "_" of "confessed _ to roles in ..." is no object)
    if role == "object" and event.pos_ == "VERB":  # ("applicants not hired": the denial kept, claims63; not
        denied = negated and not any(c.tag_ == "MD" for c in event.children)  # "can't feed more than 300": a limit)
        return f"{unit} {'not ' * denied}{participle(lemma, event.text)}{particle(event)}"  # ("rounded up")
    if role == "other":
        subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        purpose = any(c.dep_ == "aux" and c.lower_ == "to" for c in event.children)  # ("a radar to map ...")
        if subj is None and event.dep_ == "acl" and not purpose:
            subj = event.head  # "stock belonging to at least 30 importers" (an infinitive's noun is its purpose's)
        prep = noun.head if noun.dep_ == "pobj" else None
        misparsed = subj is not None and (subj.tag_ == "NN" and event.tag_ == "VBP" or subj.tag_[:2] == "VB")  # (…
        # "this year's edition of … artists from 16 countries share": a singular noun is no subject of a plural verb,
        # claims34; "Lakers" tagged a verb in a list of names is no subject, claims40)
        labelled = subj is not None and page_label(subj)  # "Summary: … won": a page's label (claims38)
        bits = [noun_phrase(subj)] if subj is not None and (subj.pos_ != "PRON" or subj.lower_ in _PARTS) and not \
            misparsed and not labelled else []  # ("entries (Some won)": a part's pronoun says who, claims99)
        bits.extend(["did not", event.lemma_] if negated and event.pos_ == "VERB" else [event.text])  # (claims32)
        bits.extend([_idiom(event).strip()] if _idiom(event) else [])  # ("states (people became sick in)")
        held = prep is not None and prep.head.dep_ == "dobj" and prep.head.head.i == event.i
        if prep is not None and held:
            bits.append(noun_phrase(prep.head))  # "matches (Holt did not drop single set in)": the verb's object
        if prep is not None and (prep.head.i == event.i or held) and not fig.start <= prep.i < fig.end:
            bits.append(prep.text)  # (not the "to" of the figure's own range, "half a cent to two cents")
        return f"{unit} ({' '.join(bits)})"
    return ""


def _state(verb: Token, fig: Figure) -> str:
    """'in a critical condition', 'under arrest', 'unconscious': the state a linking verb of presence ("be", "remain",
    "stay") puts its counted subject in, from its first complement: an adjective or a preposition with a common noun
    that is no place or date ("Two are in Paris" says where, which the row's place column tells); '' with none. It
    says what the count is of, where "people" alone, or "men that remain", says nothing (claims84)."""
    states: list[str] = []
    for c in verb.children:
        if c.i < verb.i or fig.start <= c.i < fig.end:
            continue
        if c.dep_ == "acomp" and c.pos_ == "ADJ":
            states.append(c.text)
        obj = next((o for o in c.children if o.dep_ == "pobj"), None) if c.dep_ == "prep" and \
            c.lower_ not in _ORDER_PREPS else None  # (not "after the crash": when, not in what state)
        if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_ and not obj.like_num:
            states.append(f"{c.text} {noun_phrase(obj)}")  # ("remain in hospital in a critical condition": both)
    return " ".join(states[:2])


def _relative_object(event: Token, obj: Token | None) -> str:
    """'that Britain convicted' of "some 100 men that Britain convicted": a relative clause whose pronoun is the
    verb's object tells what befell the counted noun, its own subject doing it (claims54); '' otherwise."""
    if obj is None or event.dep_ != "relcl" or obj.tag_ not in ("WDT", "WP") or obj.i > event.i:
        return ""
    subj = next((c for c in event.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    return f"{obj.lower_} {noun_phrase(subj)} {event.text}" if subj is not None else ""


def _comparative_share(event: Token, fig: Figure, negated: bool) -> str:
    """'GDP per head lower than it would have been' of "GDP per head has been 16 per cent lower than it would have
    been": a share by which a thing is more or less than another is a difference, told by its subject, the
    comparative and what it is compared with, not the subject's size (claims54); '' otherwise."""
    doc = event.doc
    comp = next((t.head for t in doc[fig.start : fig.end] if t.head.tag_ in ("JJR", "RBR")
                 and not fig.start <= t.head.i < fig.end and t.head.i > t.i), None)
    if comp is None or comp.head.i != event.i or comp.i == event.i:
        return ""
    subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")),
                None)
    words = [noun_phrase(subj)] if subj is not None else []
    words += (["not"] if negated else []) + ([] if _lemma(event) == "be" else [event.text]) + [comp.text]
    than = next((c for c in comp.children if any(t.lower_ == "than" for t in c.subtree if t.i < c.i or t.i == c.i)
                 and c.i > comp.i), None)
    if than is not None:
        words.append(tokens_text([t for t in than.subtree if t.i <= than.i or than.dep_ == "prep"][:7]))
    return " ".join(words)


def _changed_share(event: Token, fig: Figure, end: str) -> str:
    """A share a verb of change brings it to: its subject, the verb, what changed and the change's end ("doubled the
    ceiling on interest rates to almost 50 percent"); moved out of ``frame`` by claims75, unchanged."""
    subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    obj = next((c for c in event.children if c.dep_ == "dobj" and c.i < fig.start), None)
    what = [t for t in obj.subtree if t.i < fig.start - 1][:8] if obj is not None else []
    return " ".join(([noun_phrase(subj)] if subj is not None and subj.pos_ != "PRON" else []) + [event.text] +
                    ([tokens_text(what)] if what else []) + [end])


def _share_frame(event: Token, noun: Token, fig: Figure, negated: bool) -> str:
    """A share's words: its verb and the phrase after it ("fell in late trade"), a copula's subject ("margin"), a
    bare verb's subject ("cloud business grew"), a comparative's subject and what it is compared with."""
    if (compared := _comparative_share(event, fig, negated)):
        return compared
    lemma = _lemma(event)
    if lemma == "be" and not negated and (told := _copula_share(event, fig)):
        return told
    comp = [c for c in event.children if c.dep_ in ("dobj", "prep", "acomp", "attr") and c.i > event.i]
    words = [] if lemma == "be" else [_done(event) or event.text]
    toks: list[Token] = []
    if comp:
        toks = share_phrase(comp[0], noun, range(fig.start, fig.end))
        while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
            toks.pop()
        words.append(tokens_text(toks))
    return ("not " if negated else "") + " ".join(_subject_of_bare_verb(event, fig, toks) + words)


def _small_clause(event: Token) -> bool:
    """A past participle with no auxiliary under a verb that is not one of saying ("has seen 310,000 people killed",
    "left 200 homes destroyed") or under "with" ("with 20 people killed"): what its subject underwent; not a past
    tense the tagger took for one ("said 12 workers left", a clause's own verb)."""
    head = event.head
    return event.tag_ == "VBN" and head.i != event.i and (head.pos_ == "VERB" and _lemma(head) not in REPORT_VERBS
                                                           or head.lower_ == "with") and \
        not any(c.dep_ in ("aux", "auxpass") for c in event.children)


def _done(event: Token) -> str:
    """'… if it rejected independence, which it did by 55 percent': "did" stands for the verb and object it hangs on
    ("rejected independence"), which say what the share is of (claims75); "" for any other verb."""
    ante = event.head
    if _lemma(event) != "do" or event.dep_ != "relcl" or ante.dep_ != "dobj" or ante.head.pos_ != "VERB" or \
            not any(c.dep_ == "dobj" and c.lower_ in ("which", "that") for c in event.children):
        return ""
    return tokens_text([ante.head, *(t for t in ante.subtree if t.i <= ante.i and t.dep_ != "det")])


def _subject_of_bare_verb(event: Token, fig: Figure, toks: list[Token]) -> list[str]:
    """'Their cloud business grew 35%': a share whose phrase names no noun besides the figure's own ("grew") reads its
    verb's noun subject ("cloud business grew"), so the row says what grew (claims51); [] otherwise."""
    if event.pos_ != "VERB" or any(t.pos_ in ("NOUN", "PROPN") and not fig.start <= t.i < fig.end for t in toks):
        return []
    if any(c.dep_ in ("nsubj", "nsubjpass") and fig.start <= c.i < fig.end for c in event.children):
        return []  # the figure is the verb's own subject: a stray second one ("thanks" of "thanks to") is none
    subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return []
    of = next((o for p in subj.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
               if o.dep_ == "pobj" and o.pos_ in ("NOUN", "PROPN")), None)
    if of is not None and _lemma(subj) in CONTAINER_NOUNS:
        return [f"{noun_phrase(subj)} of {noun_phrase(of)}"]  # "the number of subscribers rose 12%" (claims57)
    return [noun_phrase(subj)]


def _copula_share(event: Token, fig: Figure) -> str:
    """'The margin was 23%, down from 24%': a share that is what the copula's subject is, or is at ("Unemployment
    is at 25%", claims54), or its earlier value after an adverb's "from", is the subject's ("margin", "margin down
    from"), not its own number (claims51)."""
    subj = next((c for c in event.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    attr = next((c for c in event.children if c.dep_ == "attr"), None)
    at = next((c for c in event.children if c.dep_ == "prep" and c.i == fig.start - 1 and
               any(fig.start <= o.i < fig.end for o in c.children if o.dep_ == "pobj")), None)
    if subj is not None and at is not None:
        return noun_phrase(subj)  # "Unemployment is at 25%, or 4.6 million people": unemployment's (claims54)
    moved = next((t.head for t in event.doc[fig.start : fig.end] if t.dep_ == "npadvmod" and
                  t.head.dep_ == "advmod" and t.head.head.i == event.i and t.head.i < fig.start), None)
    if subj is not None and moved is not None:
        said = tokens_text([t for t in subj.subtree if t.dep_ != "det" and not t.is_punct][:8])
        return f"{said} {moved.text}"  # "Shares of Acme were down 3%": the shares' move, their owner kept (claims57)
    if subj is None or attr is None:
        return ""
    if fig.start <= attr.i < fig.end:
        return noun_phrase(subj)
    prep = event.doc[fig.start - 1] if fig.start > 0 else None
    if prep is None or prep.lower_ != "from":
        return ""
    adverb = prep.head
    if adverb.head.i == event.i and adverb.dep_ == "advmod" and adverb.i == prep.i - 1:
        return f"{noun_phrase(subj)} {adverb.text} from"
    return ""


def _change_end(event: Token, fig: Figure) -> str:
    """'rose by 37 percent, from 0.90 percent to 1.23 percent': "from" or "to" when the figure, after a verb of
    change in its clause, is the rate before or after the change, not the change itself (claims31); '' otherwise."""
    doc = event.doc
    if _lemma(event) not in CHANGE_VERBS or not event.i < fig.start <= event.i + 24 or fig.start < 1:
        return ""
    prep = doc[fig.start - 1]
    word = prep.lower_
    linked = prep.head.i == event.i or prep.head.lower_ == "from" and prep.head.head.i == event.i  # (a parse's link)
    if word not in ("from", "to") or not linked and any(t.pos_ == "VERB" for t in doc[event.i + 1 : fig.start]):
        return ""
    return word


def _subject_verb(event: Token, negated: bool) -> str:
    """The verb as its counted subject did it: "did not win" (claims36), "are taking", not "taking" (claims55), with
    its particle, "handed over" (claims99)."""
    verb = f"did not {event.lemma_}" if negated and event.pos_ == "VERB" else event.text
    aux = [c.text for c in event.children if c.dep_ == "aux" and c.i < event.i] if event.tag_ == "VBG" and \
        not negated else []
    return " ".join([*aux[-1:], verb]) + particle(event)


def _bound_phrase(verb: Token) -> str:
    """' to the streets' of "Half a million citizens took to the streets", ' into this country' of "325,000 people
    that came into this country": an intransitive verb's first prepositional phrase, right after it, completes what
    its subject did ("citizens that took" says nothing); the phrase as written when its noun is a common noun (not
    a place, a date or a name: the row's place and date columns tell those) with at most a determiner and two
    modifiers, '' otherwise (claims99)."""
    doc = verb.doc
    prep = doc[verb.i + 1] if verb.i + 1 < len(doc) else None
    if prep is None or prep.dep_ != "prep" or prep.head.i != verb.i or prep.lower_ == "of":
        return ""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.ent_type_ or obj.i - prep.i > 4 or \
            any(t.dep_ not in ("det", "amod", "compound") or t.ent_type_ for t in doc[prep.i + 1:obj.i]):
        return ""
    return " " + tokens_text(list(doc[prep.i:obj.i + 1]))


def _have_to(verb: Token) -> str:
    """'will have to vote' of "At least eight councillors will have to vote with the Greens": "have to" with its verb
    is what the count must do, which "councillors" alone loses (claims99); '' when "have" takes no "to" clause."""
    done = _idiom(verb)
    if not done.startswith(" to "):
        return ""
    xcomp = next(c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children))  # (the clause ``_idiom`` read)
    passive = [c.lower_ for c in xcomp.children if c.dep_ == "auxpass" and c.i < xcomp.i]
    done = done.replace(" to ", " ".join([" to", *passive, ""]), 1)  # ("have to be repaired")
    aux = [c.lower_ for c in verb.children if c.dep_ in ("aux", "neg") and c.i < verb.i]
    return " ".join([*aux, verb.lower_]) + done


def _said_act(verb: Token) -> str:
    """'they would close shops' of "Twelve bakery owners said they would close their shops": when the counted noun is
    the subject of a verb of saying, what they said they did or would do is what the count is of ("bakery owners
    that said" names no act); the clause's subject, auxiliaries, verb, particle and object or idiom (claims99); ''
    when the verb has no such clause."""
    done = next((c for c in verb.children if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and c.i > verb.i), None)
    if done is None:
        return ""
    subj = next((c for c in done.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        return ""
    words = [subj.lower_ if subj.pos_ == "PRON" else noun_phrase(subj)]
    words += [c.lower_ for c in done.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < done.i]
    obj = next((c for c in done.children if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN")), None)
    words.append(done.text + particle(done) + (f" {noun_phrase(obj)}" if obj is not None else _idiom(done)))
    return " ".join(words)


def particle(verb: Token) -> str:
    """' up' of "rounded up", ' over' of "handed over": a phrasal verb's particle is part of its meaning ("people
    rounded" says another thing), so the what keeps it (claims99); '' for none. An adverb of a phrasal verb the
    parse hangs on it as an advmod ("tickets were given away", "gave 40 goats away") is its particle too, when it
    has no words of its own and the verb is a full verb (claims100)."""
    return "".join(f" {c.lower_}" for c in verb.children if c.i > verb.i and (c.dep_ == "prt" or (
        c.dep_ == "advmod" and c.lower_ in _ADVERB_PARTICLES and verb.pos_ == "VERB" and not list(c.children))))


def _idiom(verb: Token) -> str:
    """' into contact' of "came into contact with": a preposition right after an intransitive verb with a bare
    singular noun (no determiner) is part of the verb's meaning ("went on strike"); ' sick' of "became sick": a
    linking verb's adjective, what it says they became; ' to alter restrictions' of "voted to alter the
    restrictions": what they did it for (claims55); '' otherwise (claims27)."""
    doc = verb.doc
    told = next((c for c in verb.children if c.dep_ in ("acomp", "oprd") and c.pos_ == "ADJ"), None)
    if told is not None:
        return f" {told.text}"
    done = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB" and c.i > verb.i and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
    if done is not None:  # "members that voted to alter restrictions": what they voted for, a vote's side (claims55)
        obj = next((c for c in done.children if c.dep_ == "dobj"), None)
        return f" to {done.text}" + (f" {noun_phrase(obj)}" if obj is not None else "")
    if verb.i + 2 >= len(doc):
        return ""
    prep, noun = doc[verb.i + 1], doc[verb.i + 2]
    if prep.dep_ != "prep" or prep.head.i != verb.i or noun.dep_ != "pobj" or noun.head.i != prep.i or \
            noun.tag_ != "NN" or any(c.dep_ in ("det", "poss", "nummod") for c in noun.children):
        return ""
    return f" {prep.text} {noun.text}"


_IRREGULAR: dict[str, str] = table("participles")


def participle(lemma: str, text: str | None) -> str:
    """'killed' from kill/killing: the word a 'what' column reads best with."""
    if text and text.lower().endswith("ed") and len(text) > 4:
        return text.lower()
    if text and text.isalpha() and text.lower() != lemma and not text.lower().endswith(("ing", "s")) and \
            lemma not in _IRREGULAR:
        return text.lower()  # a written irregular past ("sought", "caught"): no "seeked" (claims71)
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    if _SHORT_CVC.match(lemma):
        return lemma + lemma[-1] + "ed"  # "drop" → "dropped", "ban" → "banned" (claims84)
    return lemma + "ed"


def counted_text(noun: Token | None, head: str) -> str:
    """The counted noun as the 'what' column shows it; '' for a bare percentage."""
    if noun is None or head in ("percent", "%", "") or not noun.text[:1].isalpha() or noun.lower_ == "cent":
        return ""
    return noun.text if noun.pos_ == "PROPN" else noun.lower_
