"""What a figure counts or measures, and the event it takes part in, from the dependency parse.

- the *counted thing*: the noun the number modifies ("26 Kalibr cruise missiles"), the noun
  after "of" for vague words and shares ("hundreds of people", "90 percent of the strikes"),
  the noun after a size or unit modifier ("a 550-member delegation", "115-mph winds"), the
  thing a measure or sum is of ("winds of 130 kph", "500 millimeters of rain", "$13.9 billion
  in insured losses", "a $9.8bn charge"), the subject whose value a verb sets ("the death toll
  rose to 20", "the toll passed 121,000", "his pay package rose to $19.6 million"), or, when
  the parse is broken, the noun phrase that follows the number.
- the *event*: the verb the counted thing takes part in ("launched", "killed"), a participle
  or relative clause on it ("22 individuals killed"), a nominal event ("the murder of 129
  people"), or "be among the injured". Casualty events fall in classes (killed, injured,
  missing, evacuated, arrested, abducted, rescued); "20 deaths" or "the death toll rose to 20"
  count killed people; "took 229 lives" too; a counted thing that does the killing ("a 7.0
  quake killed ...") gets no class. For casualties, the *cause* too ("strikes", "crash",
  "fire"), so that tolls of different incidents in one story stay apart.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lexicon
from .between import sides_of
from .causes import cause_distance as cause_distance
from .causes import cause_of as cause_of
from .causes import causes_plural as causes_plural
from .hyphen_names import hyphen_word_end
from .levels import level_holder
from .listed import first_listed
from .measured import free_relative, measure_holder, part_clause, said_clause
from .numbers import Figure
from .openings import hyphened
from .quotes import across_quote, quoted_holder
from .raising import raised_event
from .readings import perfect_holder
from .sums import costed_thing, priced_thing, sum_holder, valued_thing
from .tokens import number_value
from .victims import not_a_casualty, phrasal_class
from .vocab import by_word, word_list, word_set

EVENT_CLASSES: dict[str, str] = by_word("events")
NOUN_CLASSES: dict[str, str] = by_word("noun_classes")
INTRANSITIVE = word_set("intransitive")
SUFFER_VERBS = word_set("suffer_verbs")
CASUALTY_ORDER = word_list("casualty_order")
PERSON_NOUNS = word_set("person_nouns")
REPORT_VERBS = word_set("report_verbs")
TIME_UNITS = word_set("time_units")
TERM_NOUNS = word_set("term_nouns")
CONTAINER_NOUNS = word_set("container_nouns")
TOLL_NOUNS = word_set("toll_nouns")
LIFE_LOSS_VERBS = word_set("life_loss_verbs")
DISPUTE_VERBS = word_set("dispute_verbs")
SETTING_VERBS = word_set("setting_verbs")
AMOUNT_NOUNS = lexicon.words("amount_nouns")
_TARGET_PREPOSITIONS = lexicon.words("target_prepositions")
_SIZE_LINK_WORDS = lexicon.words("size_link_words")
_DISPLACEMENT_WORDS = lexicon.words("displacement_words")
_PART_WORDS = lexicon.words("part_words")
ORDER_PREPOSITIONS = lexicon.words("order_prepositions")
TOPIC_VERBS = word_set("topic_verbs")
_PART_OF_WHOLE = word_set("part_pronouns") - word_set("whole_pronouns")  # "one of the four partners breaks": the
# one's act, not the four's (claims99); not a number, a figure of its own ("scored 20 of his 31 points": both scored)


def lemma(tok: Token) -> str:
    """Lower-case lemma (the text where spaCy gives none)."""
    return (tok.lemma_ or tok.text).lower()


def numbered_tally(noun: Token | None) -> bool:
    """'faces six counts of assault', 'two counts': a toll noun counted by a number of its own counts charges (or
    other things), never a toll of people, which is told as 'the count rose to 40', 'a death count of 40'."""
    return noun is not None and lemma(noun) in TOLL_NOUNS and any(c.dep_ == "nummod" for c in noun.children)


_lemma = lemma


def counted_noun(doc: Doc, fig: Figure) -> Token | None:
    """The noun the figure counts, or None when it counts nothing nameable."""
    noun = _counted_noun_raw(doc, fig)
    # "six explosives production workshops": the number hangs on a compound; the head is further on
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    return first_listed(doc, fig, noun) if noun is not None and noun.i > fig.end else noun  # (listed.py, claims40)


def _counted_noun_raw(doc: Doc, fig: Figure) -> Token | None:
    if fig.modifier:
        named = doc[fig.end] if fig.end < len(doc) and doc[fig.end].pos_ == "PROPN" else None
        held = next((t.head for t in (doc[fig.end - 1], doc[fig.num]) if t.head.i >= fig.end and
                     t.head.pos_ == "NOUN" and t.dep_ in ("compound", "nmod", "amod")), None)
        # ("a 10-day crackdown last week": the noun the unit word modifies, when the words after run on)
        return _surface_noun(doc, fig.end) or named or held  # "the 12-member Council of Guardians": a named body
    if fig.percent:
        return _percent_noun(doc, fig)
    if fig.base is not None:
        base_tok = doc[fig.end - 1]
        if base_tok.head.pos_ in ("NOUN", "PROPN") and base_tok.head.i > base_tok.i:
            return base_tok.head
        return _surface_noun(doc, fig.end)
    if fig.of_token is not None:
        of = doc[fig.of_token - 1]
        for p in of.children:
            if p.dep_ == "pobj":
                return doc[hyphen_word_end(doc, p.i)]  # ("dozens of non-swimmers": the swimmers, hyphen_names.py)
        return _surface_noun(doc, fig.of_token)
    if fig.dimension != "count":
        return measured_thing(doc, fig)
    tok = doc[fig.num]
    head = tok.head
    calendar = head.ent_type_ == "DATE" and head.pos_ == "PROPN"  # "rose to 156 Sunday"
    if head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in ("percent",) and not calendar:
        if fig.glued is None and head.i >= fig.end or fig.glued is not None:
            return head
    held = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ in _TARGET_PREPOSITIONS else None
    if held is not None and held.pos_ == "VERB":  # "cut the number of workers below 8,000": the verb's object
        held = next((c for c in held.children if c.dep_ == "dobj" and c.i < tok.i), None)
    if held is not None and lemma(held) in ("number", "total"):  # "reduce the number of workers below 8,000"
        of_prep = next((c for c in held.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((p for p in of_prep.children if p.dep_ == "pobj"), None) if of_prep is not None else None
        if obj is not None:
            return obj
    toll: Token | None = _set_by_verb(tok)
    if toll is not None and lemma(toll) in TOLL_NOUNS:
        return toll  # "the death toll rose to 20", "the toll passed 121,000"
    if toll is not None and lemma(toll) in ("number", "total"):  # "the number of petitions shot up to 100"
        of_prep = next((c for c in toll.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((p for p in of_prep.children if p.dep_ == "pobj"), None) if of_prep is not None else None
        if obj is not None:
            return obj
    after = _surface_noun(doc, fig.end)
    if after is None:
        t = tok
        for _ in range(3):  # "a delegation of more than 400": the size of the delegation
            if t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and t.head.head.i < tok.i:
                return t.head.head
            if t.head.i == t.i or t.head.lower_ not in _SIZE_LINK_WORDS:
                break
            t = t.head
    return after


def _percent_noun(doc: Doc, fig: Figure) -> Token | None:
    pct = doc[fig.end - 1]
    for c in pct.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for p in c.children:
                if p.dep_ == "pobj":
                    return p
    if fig.share_word:  # "half the strikes", or a parse that hung "of" elsewhere
        return _surface_noun(doc, fig.end + 1 if _low_at(doc, fig.end) == "of" else fig.end)
    if pct.head.pos_ == "NOUN" and pct.head.i > pct.i and pct.dep_ in ("compound", "nmod", "amod", "nummod"):
        return pct.head  # "a 20 percent increase", "a 20% pay rise"
    return pct


def _set_by_verb(tok: Token) -> Token | None:
    """The subject whose value the verb above the number sets: 'the toll rose to 20', 'X passed 121,000'."""
    t = tok
    through = False  # climbed past a participle that "to N" was hung on by the parse
    for _ in range(6):
        h = t.head
        if h.i == t.i:
            return None
        if h.pos_ in ("VERB", "AUX"):
            subj = next((c for c in h.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is None and h.dep_ == "conj" and h.head.pos_ in ("VERB", "AUX") and t.lower_ == "to":
                subj = next((c for c in h.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "The
                # stock closed at $910 but slipped $37 to $873.50": the level the shared subject is set to (claims56)
            if subj is not None and subj.i < tok.i and subj.pos_ in ("NOUN", "PROPN") and (
                    not through or lemma(subj) in TOLL_NOUNS):
                return subj
            obj = next((c for c in h.children if c.dep_ == "dobj"), None)  # "raising the death toll ... to 74"
            if obj is not None and obj.i < tok.i and lemma(obj) in TOLL_NOUNS and (t.lower_ == "to" or through):
                return obj
            if subj is None and h.dep_ == "xcomp" and (t.dep_ == "dobj" or t.lower_ in ("to", "from")):  # "totals
                raised = _raised_subject(h.head)  # are expected to reach 2 to 4 inches"; "the number is set to rise
                # from 2.7 million to 3 million" (claims58)
                return raised if raised is not None and raised.pos_ == "NOUN" and raised.i < tok.i else None
            if t.lower_ != "to" or h.dep_ not in ("pcomp", "acl"):
                return None
            through = True  # "raising the toll from two weeks of freezing temperatures to 74": 'to' on 'freezing'
        t = h
    return None


def _raised_subject(verb: Token) -> Token | None:
    """The subject of the verb a reaching verb completes; of the clause a bare participle hangs on when it has none
    ("This segment … is small but growing, expected to reach about $250 million": the segment's; claims50)."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None and verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.head.i < verb.i:
        subj = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def measured_thing(doc: Doc, fig: Figure) -> Token | None:
    """What a measure or a sum of money is of: 'winds of 130 kph', '$20 billion in losses', 'a $9.8bn charge',
    '150,000 euro worth of aid' (never a word of the figure itself, such as 'U.S. dollars').

    None when the measure hangs on a verb ('moving at 11 kph', 'lost $5.2 billion'): the event names it."""
    thing = _measured_thing(doc, fig)
    if thing is not None and fig.start <= thing.i < fig.end:
        return None
    if thing is not None and lemma(thing) in AMOUNT_NOUNS:  # "150,000 euro worth of aid"
        of = next((c for c in thing.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is None and thing.i >= fig.end and doc[fig.num].head.i == thing.i:
            return thing  # "a $2.5 billion net worth": the sum is the worth itself, not of its verb (claims44)
        if of is None and thing.i < fig.start and any(c.dep_ == "compound" for c in thing.children):
            return thing  # "rainfall totals are expected to reach 2 to 4 inches": a named total (claims49)
        obj = next((p for p in of.children if p.dep_ == "pobj"), None) if of is not None else None
        return obj
    return thing


def _held_securities(t: Token) -> bool:
    """A plural name an organisation's label is on, after a sum's "in" ("$400 billion in short-term Treasurys"):
    the kind of thing the sum is held in, as "$13.9 billion in insured losses" (claims44)."""
    return t.tag_ == "NNPS" and t.ent_type_ == "ORG"


def _measured_thing(doc: Doc, fig: Figure) -> Token | None:
    anchor = _unit_token(doc, fig)
    window = fig.dimension == "duration" and anchor.dep_ == "pobj" and anchor.head.lower_ == "within"
    for c in anchor.children:  # "500 millimeters of rain", "$13.9 billion in insured losses"
        if c.dep_ == "prep" and c.lower_ in ("of", "in") and c.i >= fig.end - 1 and not window:
            # ("treated within 24 hours of the onset": the onset is where the window starts, not what lasts)
            obj = next((p for p in c.children if p.dep_ == "pobj" and (p.pos_ == "NOUN" or c.lower_ == "in" and
                                                                         _held_securities(p))), None)
            if obj is not None:
                return obj
    of = doc[fig.end] if fig.end < len(doc) and doc[fig.end].lower_ == "of" else None
    if of is not None and anchor.dep_ == "conj" and of.head.i == anchor.head.i:  # "335 horsepower and 517 lb-ft
        obj = next((p for p in of.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)  # of torque": the
        if obj is not None:  # parse hung the "of" on the first conjunct; it is the nearest one's (claims34)
            return obj
    modifies = anchor.dep_ in ("compound", "nmod", "amod", "nummod") and anchor.head.pos_ == "NOUN"
    if modifies and anchor.head.i > anchor.i:
        return anchor.head  # "a $9.8bn charge", "BP's $5.2 billion loss"
    away = anchor.head  # "travels to a middle school 14 miles away": how far the school is (claims50)
    if anchor.dep_ == "npadvmod" and away.lower_ == "away" and away.dep_ == "advmod" and away.head.pos_ == "NOUN" \
            and away.head.i < anchor.i:  # (not "90 miles south of Wardia": a bearing from a place, rates.bearing)
        return away.head
    if anchor.dep_ == "pobj":
        prep = anchor.head
        holder = prep.head
        if holder.pos_ == "NOUN" and prep.lower_ in ("of", "at", "with") or sum_holder(prep, holder):
            per = holder.head  # "earnings per share of $10.78": the earnings, per share (rates._noun_rate, claims56)
            if holder.dep_ == "pobj" and per.lower_ == "per" and per.head.pos_ == "NOUN" and per.head.i < per.i:
                return per.head
            return holder  # "winds of 130 kph", "gusts of up to 160 kph"; "a budget request for $22.6bn" (sums.py)
    if (level := level_holder(anchor)) is not None:
        return level  # "pricing will start at 71,350 euro", "cut the 0-62 mph time to 5.7 seconds" (levels.py)
    setting = anchor.dep_ == "pobj" and anchor.head.lower_ in ("to", "from", "beyond", "above", "over") or \
        anchor.dep_ == "dobj" and lemma(anchor.head) in SETTING_VERBS
    subj = _set_by_verb(anchor) if setting else None
    if subj is not None:
        return subj  # "the figure fell to 5.6 million euros", "the toll passed 121,000"
    priced = (priced_thing(anchor) or costed_thing(anchor) or valued_thing(anchor)) if fig.dimension == "money" \
        else None
    if priced is not None:
        return priced  # "individual movies going for $19.99" (sums.py, claims44)
    return measure_holder(doc, fig.start, anchor)  # "the penalty is $95", "36 dishes, each 5 metres wide" (claims42)


def _unit_token(doc: Doc, fig: Figure) -> Token:
    """The token that carries a measure in the parse: its unit or currency word, else the number."""
    if fig.currency is not None and fig.currency > fig.num:
        k = fig.currency
        while k + 1 < fig.end and doc[k + 1].text not in ("(", "["):
            k += 1
        return doc[k]  # the last word of "U.S. dollars"
    if fig.unit is not None:
        k = fig.num + 1
        while k < fig.end - 1 and doc[k].text not in ("(", "[") and doc[k + 1].text not in ("(", "["):
            k += 1
        return doc[min(k, fig.end - 1)]
    return doc[fig.num]


def _low_at(doc: Doc, k: int) -> str:
    return doc[k].lower_ if 0 <= k < len(doc) else ""


def _surface_noun(doc: Doc, j: int) -> Token | None:
    """The head of the noun phrase right after token ``j`` (for broken parses): 'Four Russian Su-34 ... jets'."""
    last: Token | None = None
    k = j
    while k < len(doc) and k < j + 8:
        t = doc[k]
        if t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "HYPH" or (t.like_num and last is not None) or (
            k == j and t.pos_ == "DET"
        ) or _name_word(t, last):
            if t.pos_ == "NOUN":
                last = t
            k += 1
            continue
        break
    if last is None or _lemma(last) in TIME_UNITS and _lemma(last) not in TERM_NOUNS:
        return None  # ("a 30-month prison term": the term is what the duration measures)
    return last



def _name_word(t: Token, last: Token | None) -> bool:
    """A capitalised word inside a sentence before the counted noun, whatever the parse tagged it: a company's name
    ("280 Just Eat employees", "Just" an adverb and "Eat" a verb to the parser; claims50)."""
    return last is None and t.is_alpha and t.text[:1].isupper() and t.i != t.sent.start and t.text != "I"


DASHES = frozenset("-–—")


def unit_tokens(doc: Doc, fig: Figure, noun: Token) -> list[Token]:
    """The counted thing as written: from after the number to its head noun ('Kalibr cruise missiles')."""
    if fig.percent:
        pct = doc[fig.end - 1]
        first = pct.i - 1 if pct.lower_ == "cent" and pct.i > fig.start and doc[pct.i - 1].lower_ == "per" else pct.i
        # "percent of people", "per cent of people" (not "cent of people")
        return list(doc[first : (noun.i if noun.i != pct.i else pct.i) + 1])
    if noun.i < fig.start:  # "the death toll rose to 20"
        return [t for t in noun.subtree if t.i <= noun.i and (t.pos_ != "DET" or hyphened(t))]  # ("all-time")
    first = fig.end if fig.of_token is None else fig.of_token
    toks = [t for t in doc[first : noun.i + 1] if not (t.pos_ == "DET" and t.i == first)]
    toks = [t for t in toks if t.lower_ not in ("of",) or t.i > first]
    dashes = [k for k, t in enumerate(toks) if t.text in DASHES]
    if len(dashes) >= 2 and dashes[0] == 0:
        toks = toks[dashes[1] + 1 :]  # "three - rather than two - copies": the aside is not the thing (claims57)
    if _lemma(noun) in CONTAINER_NOUNS:  # "71 pieces of military hardware"
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                toks = [*toks, *list(doc[c.i : c.right_edge.i + 1])]
    return toks



def _own_verb(noun: Token) -> Token | None:
    """'... died in X and another 102 people were injured ...': a noun parsed as a conjunct of the
    clause before, followed by a verb with no subject of its own, is that verb's subject."""
    for t in noun.doc[noun.i + 1 : min(noun.i + 4, len(noun.doc))]:
        if t.pos_ == "VERB" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children):
            return t
        if t.pos_ not in ("AUX", "ADV", "PART"):
            return None
    return None


def event_of(noun: Token) -> tuple[Token | None, str]:
    """The event the counted thing takes part in, and its role in it; none across a quotation's edge ('"As her
    partner for over a decade, …," the statement read': the attribution, not the figure's event; quotes.py)."""
    event, role = _event_of(noun)
    if event is not None and across_quote(noun, event):
        return quoted_holder(noun, event), "other"
    return event, role


def _event_of(noun: Token) -> tuple[Token | None, str]:
    if noun.dep_ == "conj" and noun.head.pos_ in ("NOUN", "PROPN"):
        own = _own_verb(noun)
        if own is not None:
            passive = any(c.dep_ == "auxpass" for c in own.children)
            return own, "object" if passive else "subject"
    if (clause := _clause_event(noun)) is not None:
        return clause
    t = noun
    role, through, part = "other", False, False
    for _ in range(8):
        dep, h = t.dep_, t.head
        if h.i == t.i:
            return (t if t.pos_ in ("VERB", "AUX") else None), role
        if dep in ("conj", "appos") or (dep == "prep" and h.pos_ == "NOUN" and h.i != t.i):
            t = h
            continue
        if dep == "pobj":
            prep = h
            hh = prep.head
            if _lemma(prep) in ("among", "including") and hh.pos_ in ("NOUN", "PRON") and hh.i != prep.i:
                t = hh
                continue
            if through and t.pos_ == "NOUN" and _set_apart(prep, hh):
                return t, "other"  # "detained … following a ban on visas for seven countries": the ban's (claims78)
            if hh.pos_ in ("VERB", "AUX"):
                hh = perfect_holder(prep, hh)  # ("has been applied in those due to undergo it for two decades")
                agent = prep.dep_ == "agent" or prep.lower_ == "by" and any(
                    c.dep_ in ("auxpass", "nsubjpass") for c in hh.children)
                return hh, "subject" if agent else "other"  # "were kidnapped by two dozen men": the doers
            if (sides := sides_of(prep)) is not None:
                return sides, "other"  # "a fight aboard a train between two men": the fight's (between.py)
            if hh.pos_ == "NOUN" and _lemma(hh) not in CONTAINER_NOUNS and _lemma(prep) == "of":
                return hh, "object"  # "the murder of 129 people", "the bombings of two embassies"
            if hh.i == prep.i:
                return None, role
            part = part or _lemma(prep) == "of" and hh.i < prep.i and hh.lower_ in _PART_OF_WHOLE  # (claims99)
            if _participle_on_noun(hh):
                return hh, "other"  # "a man armed with a rifle and two knives was arrested" (claims69)
            through = through or hh.pos_ == "NOUN" and _lemma(prep) != "of"  # "did not drop a set in five
            # matches": not the set's role ("the number of cars grew": still the number's)
            t = hh
            continue
        if dep == "ccomp" and t.i != noun.i and t.pos_ not in ("VERB", "AUX") and _lemma(h) in REPORT_VERBS and \
                any(c.dep_ == "mark" for c in t.children):
            return None, "other"  # "estimated that 964,000 people age 12 ...": a clause the tagger left without
            # its verb; the verb of saying above it is not what the people did (claims31)
        if (listed := _stray_subject(t)) is not None:
            t = listed  # (the list's first member's preposition and participle tell its event)
            continue
        if dep in ("nsubj", "expl") and not through and not part:
            role = "subject"
        elif dep in ("nsubjpass", "dobj", "attr", "oprd", "dative") and not through and not part:
            role = "object"
        if h.pos_ in ("VERB", "AUX"):
            return raised_event(h, role) if dep == "nsubjpass" else (h, role)  # "are set to lose" (raising.py)
        if h.pos_ == "NOUN" and _lemma(h) in EVENT_CLASSES:
            return h, "object"
        t = h
    return None, role


def _set_apart(prep: Token, holder: Token) -> bool:
    """A preposition whose noun phrase, holding a figure deeper inside, is set apart from the verb or noun it hangs on
    (``holder``): an order word ("detained … following a ban on visas for seven countries": the ban came first) or a
    verb of talking ("Referring to a ban on six countries"): the figure is the phrase's noun's (claims78)."""
    return prep.lower_ in ORDER_PREPOSITIONS or holder.pos_ == "VERB" and _lemma(holder) in TOPIC_VERBS


def _clause_event(noun: Token) -> tuple[Token, str] | None:
    """The verb of a clause on the counted noun ("20 people trapped in the building", "who were sleeping"), unless
    the noun's own verb is a casualty's ("the fire killed 20 people trapped …": killed)."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" and not (free_relative(c) or part_clause(c) or said_clause(c)) or \
                c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:  # ("whichever results in": no event, claims42)
            governing = noun.head if noun.dep_ in ("dobj", "nsubjpass") and noun.head.pos_ == "VERB" else None
            if governing is not None and _lemma(governing) in EVENT_CLASSES and _lemma(c) not in EVENT_CLASSES:
                return governing, "object"  # (the clause says which people, the verb what befell them)
            return c, "object" if c.tag_ == "VBN" else "subject"
    return None


def _participle_on_noun(t: Token) -> bool:
    """A participle or adjective after a noun, with the counted thing in its phrase ("a man armed with a rifle and
    two knives was arrested"): the knives are what he was armed with, not what was arrested; it is their event."""
    return t.dep_ in ("acl", "amod") and (t.tag_ == "VBN" or t.pos_ == "ADJ") and t.head.pos_ in ("NOUN", "PROPN") \
        and t.head.i < t.i


def _stray_subject(t: Token) -> Token | None:
    """A list's later members parsed as a second subject of the verb ("a man armed with a rifle, two knives and two
    flares was arrested": "knives" beside "man"): the object of the preposition the list began on, else None."""
    h, doc = t.head, t.doc
    if t.dep_ not in ("nsubj", "nsubjpass") or not any(
            c.dep_ == t.dep_ and c.i < t.i for c in h.children) or t.left_edge.i < 2:
        return None
    before = doc[t.left_edge.i - 1]
    return before.head if before.text == "," and before.head.dep_ == "pobj" else doc[t.left_edge.i - 2] if \
        before.text == "," and doc[t.left_edge.i - 2].dep_ == "pobj" else None


def event_class(event: Token | None, noun: Token) -> str | None:
    """Casualty class of the event: from the verb, 'be among the injured', or the counted noun itself."""
    if not_a_casualty(noun):
        return None  # "two previous arrests" (victims.py)
    nc = NOUN_CLASSES.get(_lemma(noun)) or NOUN_CLASSES.get(noun.lower_)  # "the 162 injured" (lemma "injure")
    if nc:
        return nc
    for c in noun.children:  # "100 people unaccounted for", "20 people dead"
        if c.dep_ in ("amod", "acl", "acomp") and c.i > noun.i:
            cls = EVENT_CLASSES.get(c.lower_) or EVENT_CLASSES.get(_lemma(c))
            if cls:
                return cls
    if event is None:
        return None
    lem = _lemma(event)
    if lem in EVENT_CLASSES:
        return EVENT_CLASSES[lem]
    if phrasal_class(event):
        return phrasal_class(event)  # "gunned down five people", "shot dead five neighbours" (victims.py)
    if event.lower_ in EVENT_CLASSES:
        return EVENT_CLASSES[event.lower_]
    if lem == "be" or lem == "include":
        for c in event.children:  # "three firefighters were among the injured"
            if c.dep_ == "prep" and c.lower_ in ("among",):
                for p in c.children:
                    cls = EVENT_CLASSES.get(_lemma(p)) or EVENT_CLASSES.get(p.lower_) or NOUN_CLASSES.get(_lemma(p))
                    if cls:
                        return cls
            if c.dep_ in ("acomp", "attr") and (EVENT_CLASSES.get(c.lower_) or NOUN_CLASSES.get(_lemma(c))):
                return EVENT_CLASSES.get(c.lower_) or NOUN_CLASSES.get(_lemma(c))
    if lem in SUFFER_VERBS:  # "162 people who suffered injuries", "sustained wounds"
        for c in event.children:
            if c.dep_ == "dobj" and NOUN_CLASSES.get(_lemma(c)) in ("injured", "killed"):
                return "injured"
    for c in event.children:  # "left at least 370 people dead", "left 5,000 homeless"
        if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp", "advmod", "amod") and c.i > noun.i:
            cls = EVENT_CLASSES.get(c.lower_) or NOUN_CLASSES.get(_lemma(c))
            if cls:
                return cls
    if lem in ("force", "drive", "make", "leave") and any(
        _lemma(t) in _DISPLACEMENT_WORDS
        for t in event.subtree if t.i != event.i
    ):
        return "evacuated"  # "forcing 300 residents from their homes"
    if lem == "toll" or _lemma(noun) in TOLL_NOUNS and not numbered_tally(noun):
        return "killed"
    if _lemma(noun) in ("life", "victim") and lem in LIFE_LOSS_VERBS:
        return "killed"  # "took 229 lives", "claimed more than 175,000 victims"
    for anc in list(event.ancestors)[:3]:  # "the death toll continues to rise, passing 80,000 people"
        if anc.pos_ in ("VERB", "AUX") and any(c.dep_ == "nsubj" and _lemma(c) in TOLL_NOUNS for c in anc.children):
            return "killed"
    return None


def disputed(event: Token | None, figure: Token | None = None) -> bool:
    """Is the figure's event denied, disputed or negated ('denied that 20 were killed', 'did not kill 20')?
    A "not" on the event leaves a figure in its subject standing: negation scopes over what is said of the subject,
    not over who it is ("the 90-year-old man could not be revived" does not deny his age)."""
    if event is None:
        return False
    if any(c.dep_ == "neg" for c in event.children) and event.dep_ != "relcl" and _lemma(event) != "be" and not (
            figure is not None and _in_subject(event, figure)):
        return True  # (not "eight arrangers whom police have not identified": that says who they are; nor
        # "the request for $13 billion is not an emergency": a copula denies what it is, not the figure)
    t = event
    while t.head.i != t.i:
        if t.dep_ in ("nsubj", "nsubjpass", "relcl"):
            return False  # "the council, which vetted 396 candidates, rejected 214": the figure says who rejects;
            # "rejected 214 candidates who wanted to run for the 86-member Assembly": it says who was rejected
        t = t.head
        if _lemma(t) in DISPUTE_VERBS:
            return True
    return False


def _in_subject(event: Token, figure: Token) -> bool:
    """The figure lies inside the subject phrase of ``event`` (its nsubj/nsubjpass subtree)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.left_edge.i <= figure.i <= c.right_edge.i
               for c in event.children)


def is_anaphoric(doc: Doc, fig: Figure, noun: Token) -> bool:
    """'the two nations', 'her two sons', 'those 20 people': a number pointing back, not a claim."""
    if fig.qualifier is not None:
        return False
    prev = doc[fig.start - 1] if fig.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ == "the" and fig.start >= 3 and doc[fig.start - 2].lower_ == "of" and (
            doc[fig.start - 3].lower_ in _PART_WORDS or
            doc[fig.start - 3].like_num):
        return False  # "one of the two exits was blocked", "17 of the 86 seats": says how many there are
    if prev.lower_ == "the" and noun.dep_ == "dobj" and noun.head.pos_ == "VERB" and \
            event_class(noun.head, noun) in ("killed", "injured"):
        return False  # "the blast killed the two bombers": a toll, though the bombers were named before
    if prev.lower_ in ("the", "these", "those", "both") and not fig.percent:
        # not "the 12 spending bills that fund the agencies": a relative clause says which set is counted
        # nor "the eight laps of the circuit": an "of" phrase says which set too, as does a participle ("the 15
        # sailors detained by Iran"); "these 15 sailors" points back only to a count given before
        if prev.lower_ == "the" and (noun.dep_ == "pobj" and noun.head.lower_ == "between" or noun.i == fig.num and any(
                c.dep_ == "relcl" and doc[c.left_edge.i - 1].text == "," for c in noun.children)):
            return True  # "relations between the two companies, which had been strained": the pair a relation is
            # between, named before, whatever clause follows; a bare "the two, who back …" points back (claims73)
        if prev.lower_ == "the":
            return not any(c.dep_ in ("relcl", "acl") or c.dep_ == "prep" and c.lower_ == "of" for c in noun.children)
        return prev.lower_ == "both" or said_before(doc, fig)
    if prev.tag_ == "PRP$" and prev.lower_ != "its" or prev.dep_ == "poss" and prev.tag_ not in ("PRP$", "WP$"):
        return True  # "her two sons"; not "its three 747s", the holdings of a company or a country; nor "the
        # company whose four employees were kidnapped", a relative clause that states the count
    return False


def said_before(doc: Doc, fig: Figure) -> bool:
    """Is the figure's number written earlier in its text? 'These 15 sailors' points back only to a count
    already given; where none is, the determiner opens the count a story is about ('the 15 sailors held')."""
    return any(t.like_num and number_value(t) == fig.value for t in doc[: fig.start])
