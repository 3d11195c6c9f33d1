"""Ages of people as news states them (checklist in bench/CLAIMS_NOTES.md, "claims19"):

- beside a name: 'John Smith, 45, said', 'Tom Hadley (45)', '... identified as Tom Hadley, 45.', and a surname
  the tagger took for another word ('Sizemore, 55, gained renown', read as an adverb);
- after "aged" / "age" / "the age of": 'aged 45', 'at age 50', 'at the age of 50';
- with a word of when: 'Smith, then 45,' (the age at the time), 'the actress, now 26,' (today's);
- after "at" on a verb of a moment of a life: 'died at 63', 'retired at 63' (lexicon ``life_verbs``);
- told with "be" of a person: 'Smith, who was 63, ...', 'he was 63 when he died' (``age_subjects``).

(The hyphenated forms, 'a 45-year-old man' and 'a 10-year girl', are read with the units in
numbers.py.) The claims table keeps an age only where several reports give it (grouping.py).
Not ages: a bare number after "at" on any other verb ('closed at 63'), one followed by a noun or a unit
('at 63 points', 'was 63 percent'), one said of no person ('the toll was 63').
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .. import lexicon
from .vocab import units, word_set

LIFE_VERBS = word_set("life_verbs")
AGE_ADVERBS = word_set("age_adverbs")
AGE_SUBJECTS = word_set("age_subjects")
AGE_ENDERS = word_set("age_enders")
STOPWORDS = lexicon.words("stopwords")
PERSON_WORDS = (word_set("male_people") | word_set("female_people") | word_set("person_nouns") |
                word_set("people_roles")) - word_set("generic_people")
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"


def age_at_a_moment(doc: Doc, start: int, dimension: str = "age") -> bool:
    """'set out for Pakistan at age 15', 'at the age of 15', 'he died at 62': an age at some moment (of a life, or a
    threshold: 'screening at age 50'), not how old a person named nearby is now (grouping: it joins no named age
    of another value)."""
    if dimension != "age":
        return False
    words = [doc[k].lower_ for k in range(max(0, start - 4), start)]
    life = words[-1:] == ["at"] and start >= 2 and doc[start - 2].lemma_.lower() in LIFE_VERBS  # "he died at 62"
    return words[-2:] == ["at", "age"] or words[-4:] == ["at", "the", "age", "of"] or life


BODY_LABELS = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC"})


def body_in_title(noun: Token | None, dimension: str) -> bool:
    """An age's noun that is a body's name modifying a post ("the 60-year-old former Navy Seal", "the 52-year-old Air
    Force pilot"): the age is of someone the post describes, not of a person so named (claims68)."""
    return dimension == "age" and noun is not None and noun.dep_ == "compound" and noun.ent_type_ in BODY_LABELS


def _ends(doc: Doc, end: int) -> bool:
    """Nothing after the number makes it a count or a measure: the end, a comma, 'when' ... (``age_enders``)."""
    return end >= len(doc) or doc[end].lower_ in AGE_ENDERS


def _a_person(tok: Token) -> bool:
    return tok.ent_type_ == "PERSON" or tok.lower_ in AGE_SUBJECTS


def _untagged_name(tok: Token) -> bool:
    """'Sizemore, 55, gained renown': a capitalised word the tagger did not read as a name (an adverb, by
    its ending; a number, with a zero-width space glued before it), opening the sentence, no function word,
    before ', N,'."""
    word = tok.text.strip(ZERO_WIDTH)
    return tok.is_sent_start is True and word.istitle() and word.isalpha() and tok.ent_type_ == "" and \
        word.lower() not in STOPWORDS


def _told_of_a_person(doc: Doc, start: int, end: int) -> bool:
    """'died at 63', 'retired at 63'; 'Smith, who was 63,', 'he was 63 when he died'."""
    num = doc[end - 1]
    if end - start != 1 or not _ends(doc, end):
        return False
    head = num.head
    if doc[start - 1].lower_ == "at" and head.i == start - 1 and head.head.lemma_.lower() in LIFE_VERBS:
        return head.head.pos_ in ("VERB", "AUX")
    if num.dep_ in ("attr", "acomp") and head.lemma_ == "be":
        subj = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if subj and _a_person(subj[0]):
            return subj[0].lower_ != "who" or head.head.pos_ == "PROPN" or head.head.ent_type_ == "PERSON"
    return False


def person_age(doc: Doc, start: int, end: int, value: float) -> bool:
    """Is the number at tokens ``start:end`` a person's age (dimension 'age')?"""
    if not float(value).is_integer() or not 0 < value < 120:
        return False
    pl = doc[start - 1].lower_ if start > 0 else ""
    nl = doc[end].lower_ if end < len(doc) else ""
    if pl in ("aged", "age") and nl not in units():
        return True
    if pl == "of" and start >= 3 and [t.lower_ for t in doc[start - 3 : start - 1]] == ["the", "age"]:
        return nl not in units()  # "at the age of 63"
    if pl == "of" and _a_person_of(doc, start, nl):
        return True  # "a boy of 17", "a woman of 45" (claims68)
    if start > 0 and _told_of_a_person(doc, start, end):
        return True
    if pl in AGE_ADVERBS and start >= 2 and doc[start - 2].lower_ == "," and nl in (",", "."):
        if pl != "then" and start >= 3 and doc[start - 3].pos_ == "NOUN":
            return True  # "the actress, now 26, said"
        start, pl = start - 1, ","  # "his son Rylan Egeland, then 17, to ...": the age he was at the time
    name = doc[start - 2] if start >= 2 else None
    if pl == "(" and nl == ")" and name is not None and name.ent_type_ == "PERSON":
        return True  # "Mary Hadley (63)"
    if pl != "," or nl not in (",", ".") or name is None:
        return False
    if name.pos_ != "PROPN":
        return nl == "," and _untagged_name(name)
    if name.ent_type_ in ("PERSON", ""):
        return nl == "," or name.ent_type_ == "PERSON"  # ("... identified as Tom Hadley, 63.")
    # a lone surname the tagger reads as an organisation ("Hadley, 65, appeared"): the number hangs on
    # the name as its apposition, as an age does
    return nl == "," and name.ent_type_ == "ORG" and doc[start].dep_ == "appos" and doc[start].head.i == name.i


def _a_person_of(doc: Doc, start: int, nl: str) -> bool:
    """'a boy of 17', 'an engineer's widow, a woman of 45': one person (a singular word for a person after "a")
    described by the number after "of", nothing after it that makes it a count or a measure; not "a group of 17",
    "a crew of 17" (words for several), nor "a man of 17 stone"."""
    if start < 3 or doc[start - 3].lower_ not in ("a", "an") or not _ends(doc, start + 1) or nl in units():
        return False
    noun = doc[start - 2]
    return noun.pos_ == "NOUN" and noun.lower_ in PERSON_WORDS


def person_of_age(doc: Doc, start: int) -> Token | None:
    """The person 'a boy of 17' describes: the word before "of", for the age at token ``start`` (claims68)."""
    nl = doc[start + 1].lower_ if start + 1 < len(doc) else ""
    return doc[start - 2] if doc[start - 1].lower_ == "of" and _a_person_of(doc, start, nl) else None


def _subject_of(verb: Token) -> Token | None:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ == "who" and verb.dep_ == "relcl":
        return verb.head  # "Hadley, who died at 63": Hadley
    return subj if subj is not None and subj.pos_ in ("PROPN", "NOUN") else None


def told_age_holder(doc: Doc, start: int, end: int) -> Token | None:
    """Whose age, for an age told away from the name: the subject of 'died at 63', 'at the age of 63', 'at age
    63', 'who was 63'; the noun before 'the actress, now 26,' or 'Mary Hadley (63)'; None for other forms."""
    words = [doc[k].lower_ for k in range(max(0, start - 4), start)]
    for back, frame in ((1, ["at"]), (2, ["at", "age"]), (4, ["at", "the", "age", "of"])):
        if words[-back:] == frame and start >= back:
            return _subject_of(doc[start - back].head)
    num = doc[end - 1]
    if num.dep_ in ("attr", "acomp") and num.head.lemma_ == "be":
        return _subject_of(num.head)
    if start >= 3 and words[-1:] in (["now"], ["still"]) and words[-2:-1] == [","]:
        return doc[start - 3]
    if start >= 2 and words[-1:] == ["("]:
        return doc[start - 2]
    return None


def pointed_back(doc: Doc, start: int) -> frozenset[str]:
    """Whose age a bare 'the 64-year-old' (no name, no noun) is: the person its own sentence names before it
    ('Tom Baker was hiking when the 64-year-old fell'), as lower-case words; empty when the sentence names none
    (then it points back to the person the report is about: kin.one_named_person)."""
    names = [e for e in doc[start].sent.ents if e.label_ == "PERSON" and e.end <= start]
    return frozenset(t.lower_ for t in names[-1] if t.is_alpha) if names else frozenset()
