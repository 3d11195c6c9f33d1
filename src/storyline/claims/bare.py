"""Counts with no counted noun after them, and readings that turn on the words around a figure.

News often leaves out the counted noun, because the verb or the words around say what is counted
(``counted_thing._bare_subject`` tries these before and after its own rules):

- a bare number as the object of a casualty verb counts people of that class ("the blaze that killed 60
  and injured 162");
- a number followed by a casualty word counts people of that class ("reported 65 dead", "one of the 162
  injured");
- a bare subject of "be", "remain", "stay" (lexicon ``presence_verbs``) with a word of presence or state
  after it counts people ("about 400 were inside", "76 remain hospitalized");
- "<Place>, with 435,000, is ...": the place's population;
- "to hold a maximum of 150", "a capacity of 150": a capacity; the object of a verb of holding (lexicon
  ``capacity_verbs``) counts people, and it is a capacity when a word of permission or design governs it
  ("licensed", "supposed", "designed"; lexicon ``permission_words``);
- a number after a share of people counts those people ("30 percent of people - a staggering 2.1 billion").

And: a lower bound negated is an upper one ("was not supposed to hold more than 150": at most 150); a
toll a report verb gives "earlier" (lexicon ``earlier_words``) is an estimate since replaced; a size
modifier counts its word ("a 188-country study" covers 188 countries). Also here: the whole of a partitive
("four of 12 spending bills"), whose age a figure is ("Smith, 45,", "a 45-year-old man"), a number whose verb
is left out ("won 54 places and the moderates only 13"), what a bare subject of "be" is ("Two are believed to
be independents"), and the thing whose count changes at the ends of a change ("cut its routes to 17 from 36").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .ages import told_age_holder
from .counted import NOUN_CLASSES, TIME_UNITS, event_class, lemma
from .exclusions import change_verb
from .numbers import Figure
from .vocab import table, word_set

PRESENCE_VERBS = word_set("presence_verbs")
PRESENCE_WORDS = word_set("presence_words")
CAPACITY_VERBS = word_set("capacity_verbs")
PERMISSION_WORDS = word_set("permission_words")
EARLIER_WORDS = word_set("earlier_words")
REPORT_VERBS = word_set("report_verbs")
PLACE_NOUNS = word_set("place_nouns")
STREAK_WORDS = word_set("streak_words")
SIZE_VERBS = word_set("size_verbs")
ESTIMATE_AT_VERBS = word_set("estimate_at_verbs")
TALLY_NOUNS = word_set("tally_nouns")
ESTIMATE_AS_VERBS = word_set("estimate_as_verbs")
NUMBER_NOUNS = word_set("number_nouns")
GAP_ADVERBS = lexicon.words("gap_adverbs")
BARE_OBJECT_CLASSES = frozenset({"killed", "injured", "evacuated", "arrested", "abducted", "rescued"})

Read = tuple[Token, str, str]  # (the counted token, its head lemma, the counted thing as written)


def read_first(doc: Doc, fig: Figure) -> Read | None:
    """Readings that come before the ones from the figures around it: a number after a share of people,
    the object of a verb of holding."""
    if fig.dimension != "count" or fig.percent:
        return None
    tok = doc[fig.num]
    if tok.dep_ in ("appos", "nummod") and tok.head.lower_ in ("percent", "%") and tok.head.i < tok.i:
        whole = next((p for c in tok.head.children if c.dep_ == "prep" and c.lower_ == "of"
                      for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"), None)
        if whole is not None:  # "30 percent of people - a staggering 2.1 billion": those people, counted
            return whole, lemma(whole), whole.text
    if tok.dep_ == "dobj" and lemma(tok.head) in CAPACITY_VERBS:
        return tok, "people", "people"  # "the hall held at least 250": people (a capacity if permitted)
    return None


def read_last(doc: Doc, fig: Figure) -> Read | None:
    """Readings tried when nothing else said what a bare number counts (module docstring)."""
    tok = doc[fig.num]
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and event_class(tok.head, tok) in BARE_OBJECT_CLASSES:
        return tok, "people", "people"  # "the blaze that killed 60 and injured 162"
    if tok.dep_ == "nsubj" and lemma(tok.head) in PRESENCE_VERBS and any(
            c.i > tok.i and (c.dep_ == "advmod" and c.lower_ in PRESENCE_WORDS or c.dep_ == "acomp")
            for c in tok.head.children):
        return tok, "people", "people"  # "about 400 were inside", "76 remain hospitalized"
    if fig.start >= 3 and doc[fig.start - 1].lower_ == "with" and doc[fig.start - 2].text == "," and \
            fig.value >= 1000 and (doc[fig.start - 3].pos_ == "PROPN" or lemma(doc[fig.start - 3]) in PLACE_NOUNS):
        return tok, "people", "people"  # "Leeds, with 435,000, is ...": its population
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lower_ in ("maximum", "capacity") and \
            lemma(tok.head.head.head) in CAPACITY_VERBS:
        return tok, "capacity", "capacity"  # "licensed to hold a maximum of 150"
    sized = estimated_at(tok) if fig.dimension == "count" and not fig.percent else None
    if sized is not None:
        return sized, lemma(sized), sized.text  # "police put the crowd at 2,000", "put the death toll at 40"
    attr = copula_attr(tok) if fig.dimension == "count" and not fig.percent else None
    if attr is not None:
        return attr, lemma(attr), attr.text  # "Two are believed to be independents": independents
    if streak(doc, fig.end):
        return tok, "in a row", "in a row"  # "having three in a row", "won five in a row": a streak of them
    word = doc[fig.end] if fig.end < len(doc) else None
    if word is not None and word.lower_ in NOUN_CLASSES and word.pos_ in ("ADJ", "VERB", "NOUN") and not (
            fig.end + 1 < len(doc) and doc[fig.end + 1].pos_ in ("NOUN", "PROPN")):
        return word, word.lower_, word.text  # "reported 65 dead", "one of the 162 injured"
    return None


def estimated_at(tok: Token) -> Token | None:
    """The tally a bare number sizes with "at" after a verb of estimating (lexicon estimate_at_verbs, tally_nouns):
    "police put the crowd at 2,000", "the death toll was put at 40"; with "as" after a verb of reporting (lexicon
    estimate_as_verbs): "reported the toll as 30"; "put the number of dead at 1,500": the dead (lexicon
    number_nouns); "reported it as 30" after a tally named before it in the paragraph. None for anything else."""
    prep = tok.head
    if tok.dep_ != "pobj" or not (prep.lower_ == "at" and lemma(prep.head) in ESTIMATE_AT_VERBS or
                                  prep.lower_ == "as" and lemma(prep.head) in ESTIMATE_AS_VERBS):
        return None  # ("the ministry reported the death toll as 30", claims25)
    obj = next((c for c in prep.head.children if c.dep_ in ("dobj", "nsubjpass")), None)
    if obj is not None and lemma(obj) in NUMBER_NOUNS:  # "put the number of dead at 1,500": the dead (claims25)
        return next((p for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj" and p.pos_ in ("NOUN", "ADJ")), None)
    if obj is not None and obj.lower_ == "it" and prep.lower_ == "as":  # "The toll rose. Police reported it as 30."
        obj = next((t for t in reversed(tok.doc[: obj.i]) if lemma(t) in TALLY_NOUNS and t.pos_ == "NOUN"), None)
    return obj if obj is not None and lemma(obj) in TALLY_NOUNS else None


def numbered_subject(doc: Doc, fig: Figure) -> Read | None:
    """'the Jews in Croatia, who number about 2,000', 'the community, which numbers 300': the object of a verb of
    size (lexicon size_verbs) counts its subject, a relative pronoun's noun when the subject is one."""
    top = figure_top(doc, fig)
    verb = top.head
    if fig.dimension != "count" or fig.percent or top.dep_ not in _OBJECT_DEPS or lemma(verb) not in SIZE_VERBS:
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is not None and subj.tag_ in ("WP", "WDT") and verb.dep_ == "relcl":
        subj = verb.head
    if subj is None or subj.pos_ not in ("NOUN", "PROPN"):
        return None
    return subj, lemma(subj), subj.text


def conjoined_object(doc: Doc, fig: Figure, event: str | None) -> bool:
    """'canonized more than 270 people and beatified close to 800': the object of a verb conjoined to the verb
    (lemma ``event``) of the figure before it counts the same things."""
    top = figure_top(doc, fig)
    verb = top.head
    return top.dep_ in _OBJECT_DEPS and top.i != verb.i and verb.pos_ == "VERB" and verb.dep_ == "conj" and \
        event is not None and lemma(verb.head) == event and fig.end < len(doc) and doc[fig.end].is_punct and \
        event_class(verb, top) is None  # ("killed 60 and injured 162": the injured are read by their own verb)


_OBJECT_DEPS = frozenset({"dobj", "npadvmod", "attr", "prep", "advmod"})  # (a hedge parsed as the head: "about")


def figure_top(doc: Doc, fig: Figure) -> Token:
    """The figure's highest token, past its qualifier words ("about 2,000": "about", parsed as a preposition)."""
    tok = doc[fig.num]
    while tok.head.i != tok.i and fig.start <= tok.head.i < fig.end:
        tok = tok.head
    return tok


def streak(doc: Doc, k: int) -> bool:
    """'in a row', 'in succession' at token ``k`` (lexicon streak_words): what comes before counts a run of
    things one after another, the things left unsaid."""
    if k >= len(doc) or doc[k].lower_ != "in":
        return False
    k += 1 + (k + 1 < len(doc) and doc[k + 1].lower_ == "a")
    return k < len(doc) and doc[k].lower_ in STREAK_WORDS


def gapped(doc: Doc, fig: Figure, after: int) -> bool:
    """A number in a clause whose verb is left out ('the hard-liners won 54 places and the moderates only 13'):
    after the figure before it (which ends at character ``after``), an 'and' / 'but' / 'while', a short noun
    phrase and at most 'only' / 'just' / 'about', then the number, which ends its clause."""
    k = fig.start - 1
    while k >= 0 and doc[k].lower_ in GAP_ADVERBS:
        k -= 1
    hedged = k < fig.start - 1 or fig.qualifier is not None
    n = 0
    while k >= 0 and (doc[k].pos_ in ("DET", "ADJ", "NOUN", "PROPN") or doc[k].tag_ == "VBZ" and hedged) and \
            doc[k].lower_ not in ("and", "but") and n < 3 and doc[k].idx >= after:
        k, n = k - 1, n + (doc[k].pos_ != "DET")  # (a plural the tagger takes for a verb: "moderates only five")
    if n == 0 or k < 0 or doc[k].lower_ not in ("and", "but", "while") or doc[k].idx < after:
        return False
    nxt = doc[fig.end] if fig.end < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.lower_ in ("and", "but")


def copula_attr(tok: Token) -> Token | None:
    """'Two are believed to be independents', 'four are moderates': what a bare subject of 'be' is (a plural
    noun after the copula, also through 'believed to be' / 'said to be')."""
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = tok.head
    for _ in range(3):
        attr = next((c for c in verb.children if c.dep_ == "attr" and c.tag_ == "NNS"), None)
        if attr is not None and lemma(verb) == "be":
            return attr
        nxt = next((c for c in verb.children if c.dep_ == "xcomp"), None)
        if nxt is None:
            return None
        verb = nxt
    return None


def permitted_capacity(fig: Figure, event: Token | None) -> bool:
    """A count a place may hold: the object of 'hold', 'accommodate', 'seat' (lexicon capacity_verbs) under
    a word of permission or design ('licensed', 'supposed', 'allowed', 'designed'; lexicon permission_words)."""
    if event is None or lemma(event) not in CAPACITY_VERBS or fig.dimension != "count":
        return False
    return any(lemma(a) in PERMISSION_WORDS or a.lower_ in PERMISSION_WORDS
               for a in [event, *list(event.ancestors)[:2]])


def negated_bound(doc: Doc, fig: Figure) -> bool:
    """'not supposed to hold more than 150', 'did not exceed more than 150': a lower bound negated is an
    upper one."""
    if fig.qualifier not in ("more than", "over") or fig.dimension != "count":
        return False
    for a in list(doc[fig.num].ancestors)[:4]:
        if any(c.dep_ == "neg" for c in a.children):
            return True
        if a.pos_ in ("VERB", "AUX") and a.dep_ not in ("xcomp", "ccomp", "conj") and a.head.i != a.i and \
                a.dep_ != "ROOT" and not any(c.dep_ == "neg" for c in a.head.children):
            return False
    return False


def earlier_report(sent: Span, event: Token | None) -> bool:
    """'Police earlier had reported 65 dead': a report verb with 'earlier', 'initially' (lexicon earlier_words)
    over the figure's event: an estimate of a toll since replaced."""
    return event is not None and any(
        t.lower_ in EARLIER_WORDS and t.dep_ == "advmod" and lemma(t.head) in REPORT_VERBS and
        (t.head.i == event.i or t.head in event.ancestors) for t in sent)


def size_word(doc: Doc, fig: Figure) -> str:
    """What a size modifier counts: 'country' in 'a 188-country study', 'member' in 'a 550-member
    delegation' (the study covers 188 countries); '' for other figures and for 'a 150-strong force'."""
    if not fig.modifier or fig.dimension != "count" or fig.end < 1:
        return ""
    word = doc[fig.end - 1]
    return lemma(word) if word.pos_ == "NOUN" or word.lower_.rstrip("s") in ("country", "nation", "member") else ""


def partitive_whole(doc: Doc, fig: Figure) -> Token | None:
    """The plural noun of 'N of [the|these|12] <nouns>' when 'of' hangs on the number ('four of 12 spending
    bills', 'at least three of the remaining bills'); not 'of them' (a pointer back, read above)."""
    of = doc[fig.end]
    if of.head.i != fig.num and of.head.i not in range(fig.start, fig.end):
        return None
    obj = next((c for c in of.children if c.dep_ == "pobj"), None)
    if obj is None or obj.pos_ != "NOUN" or obj.tag_ != "NNS" or obj.ent_type_ in ("DATE", "TIME") or \
            lemma(obj) in TIME_UNITS:
        return None  # ("three of the last five years": a span of time, not a count)
    return obj


def age_holder(doc: Doc, fig: Figure) -> Token | None:
    """Whose age: the noun after 'a 45-year-old', the name before 'Smith, 45,', the head of 'aged 45', the
    subject of 'died at 45' (ages.told_age_holder)."""
    told = told_age_holder(doc, fig.start, fig.end)
    if told is not None:
        return told
    if fig.start >= 2 and doc[fig.start - 1].text == ",":
        return doc[fig.start - 2]
    named = _named_after_old(doc, fig)
    if named is not None:
        return named
    for t in doc[fig.end : fig.end + 3]:
        if t.pos_ == "PROPN" and t.dep_ == "compound" and t.head.pos_ == "NOUN" and t.head.i > t.i:
            return t.head  # "a 3-year-old Hawaii girl": the girl's age (not a person named Hawaii)
        if t.pos_ in ("NOUN", "PROPN"):
            return t
    head = doc[fig.start - 1].head if fig.start > 0 else None
    return head if head is not None and head.pos_ in ("NOUN", "PROPN") else None


def _named_after_old(doc: Doc, fig: Figure) -> Token | None:
    """The person a "N-year-old" names, where a name follows: the head of the noun phrase "old" modifies
    ("35-year-old John Mark Dunmore", "18-year-old Ohio State student Jane Pelham", "18-year-old Jane
    Pelham's scent"), not the first word after it (a first name, or an organisation before a title)."""
    old = next((t for t in doc[fig.start : min(fig.end + 1, len(doc))] if t.lower_ == "old" and t.dep_ == "amod"),
               None)
    if old is None or old.head.i <= old.i or old.head.i > old.i + 12:
        return None
    head = old.head
    while head.ent_type_ != "PERSON" and head.dep_ in ("compound", "nmod") and \
            old.i < head.i < head.head.i <= old.i + 12:
        head = head.head  # ("University" in "18-year-old University of Ohio student Jane Pelham": to the name)
    return head if head.pos_ == "PROPN" and head.ent_type_ == "PERSON" else None


def change_end(doc: Doc, end: int) -> Token | None:
    """The thing whose count changes, for a bare number at one end of a change ('cut its domestic routes to
    17 from 36': routes; exclusions.change_end): the verb's object, or None when it has none."""
    verb = change_verb(doc[end - 1])
    if verb is None:
        return None
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass") and c.pos_ == "NOUN"), None)
    conj = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ == "NOUN" and c.i < end), None)
    if conj is not None and obj is not None and conj.i > obj.i:
        obj = conj  # "cut its domestic routes to 17 from 36 and its international routes to 13 from 26"
    return obj


def modifier_unit(doc: Doc, fig: Figure, noun: Token, described: str) -> str:
    """The unit of a hyphenated size or length before a noun: what the number counts or measures, not the noun
    described ("the 30-date tour": 30 tour dates; "an 18-year insurgency": 18 years; "a 48-page indictment": 48
    indictment pages);
    ``described`` (the noun's words) when the hyphenated word is no noun ("a 150-strong force"). A size is in its
    unit of measure ("higher-end 13-inch models": 13 in, the models' size, not 13 models; claims27)."""
    if fig.dimension != "count" and fig.unit is not None and not fig.currency_code:
        return fig.unit.name
    word = size_word(doc, fig)
    if not word or word == lemma(noun):
        return described
    irregular = table("irregular_plurals")  # ("a two-man crew": crew men, claims41)
    plural = word if word.endswith("s") else word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" \
        else irregular.get(word, word + "s")
    return f"{described} {plural}".strip()  # "jaunt dates", "delegation members", "indictment pages"
