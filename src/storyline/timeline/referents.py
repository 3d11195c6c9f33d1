"""Who an entry's opening pronoun is, when the one it stands for is named only in the entry above (issue 12; time35).

"Mongu left his native Cameroon in early May. He flew to Ecuador, … in early June.": each sentence is an entry of
its own (each states a date). Carrying the May sentence into the June entry shows it twice, once under each date;
leaving it out leaves the June entry on "He". The entry keeps its own sentence and gets a who's-who gloss
(``model.Gloss``, as ``summary.who`` writes them): the pronoun, and the report's own words that name the one it
stands for, cited to their span in the sentence before ("*He:* Mongu"). No word is added to the entry.

The pronoun is the entry's first word: "he"/"she"/"his"/"her" stand for a person, "it"/"its" for a body or a
thing with a name, as "the company" does ("Last year, the company said …": ``body_echo``; an entry opening on it
leans on the sentence before as one on a pronoun does, ``shape.lead_in_start``). The sentence before (the lead-in
``shape.lead_in_start`` would carry) must name just one: for a person, the people it names (the report's person
mentions) are one person (their names nest: "Ann Ruiz", "Ruiz"), else, when it names none, its subject is a name
(capitalised words) no mention types a place or a body; for "it", its subject is a name no mention types a person
as a whole (a place or a body may be "it"), and "It" is the entry's subject of a verb other than a form of "be" or
"seem" ("It is unclear …" points at nothing: ``lexicon/empty_it_verbs.txt``). Otherwise None: the caller keeps
its reading.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis, Citation, Gloss, Mention
from ..names import FIRST_NAME_GENDERS
from ..parses import sentence_span
from ..text import fold

__all__ = ["beyond_the_name", "body_echo", "other_subject", "pronoun_after_phrase", "quoted_speaker", "referent"]

# "Last year, the company said …": an opening phrase set off by a comma at most, then "the" and a business's noun
# (lexicon/company_nouns.txt) not defined by what follows ("the company that makes …", "the firm of …")
_BODY_ECHO = re.compile(r"^(?:[A-Z][^,.;:\"“]{0,40},\s+)?([Tt]he\s+(?:" + lexicon.alternation(
    lexicon.words("company_nouns")) + r"))(?![\w-])(?!\s+(?:of|that|which|who|whose|called|named)\b)")

_PERSON = frozenset({"he", "she", "his", "her"})
_THING = frozenset({"it", "its"})
_EMPTY_AFTER_IT = lexicon.words("empty_it_verbs")
_SUBJECTS = ("nsubj", "nsubjpass")


def _one_person(people: Sequence[Mention]) -> Mention | None:
    """The longest of ``people`` when every other's name is a run of its words (one person), else None."""
    if not people:
        return None
    longest = max(people, key=lambda m: len(m.text))
    words = longest.text.split()
    for m in people:
        n = len(m.text.split())
        if not any(words[k : k + n] == m.text.split() for k in range(len(words) - n + 1)):
            return None
    return longest


def _named_subject(a: Analysis, lead_in: int, start: int) -> tuple[int, int] | None:
    """The span of the subject the last sentence of the lead-in ``lead_in:start`` opens on when every word of it is
    capitalised (a name: "Just Eat", "Mongu"), but an apposition set off after it ("Ann Ruiz, a former rower,", time51),
    as document offsets; else None."""
    sents = [s for s in a.sentences if lead_in <= s.start < start]
    span = sentence_span(a, sents[-1]) if sents else None
    if span is None:
        return None
    subj = [t for t in span if t.dep_ in _SUBJECTS and t.left_edge.i == span.start]  # the one opening it (the parse
    # may make a later clause the root: "Apple was foundering as … — a year it lost …")
    if not subj:
        return None
    aside = {t.i for c in subj[0].children if c.dep_ == "appos" for t in c.subtree}  # "Ann Ruiz, a former rower,"
    toks = [t for t in subj[0].subtree if not t.is_punct and t.i not in aside]
    if not toks or any(not t.text[:1].isupper() for t in toks):
        return None
    off = sents[-1].start - span.start_char
    return off + toks[0].idx, off + toks[-1].idx + len(toks[-1].text)


def _typed(a: Analysis, lo: int, hi: int) -> set[str]:
    """The kinds of the report's mentions that overlap ``lo:hi``."""
    return {m.kind for m in a.mentions if m.start < hi and lo < m.end}


def _a_person(a: Analysis, lo: int, hi: int) -> bool:
    """Is ``lo:hi`` a person's name, whole (a person mention spanning it; "Eat" of "Just Eat" is not)?"""
    return any(m.kind == "person" and m.start <= lo and hi <= m.end for m in a.mentions)


def _subject_pronoun(a: Analysis, start: int, end: int) -> bool:
    """Is the entry's opening "It" the subject of a content verb ("It changed owners …", not "It is unclear …")?"""
    rest = a.doc.text[start:end].split(None, 2)
    return len(rest) > 1 and rest[1].lower() not in _EMPTY_AFTER_IT


def body_echo(span: str) -> str | None:
    """The words "the company" (a business's noun after "the") when the entry ``span`` opens on them, after an
    opening phrase at most ("Last year, the company said …"): they stand for a business the report named before, as
    "it" does; None otherwise."""
    m = _BODY_ECHO.match(span.lstrip())
    return m.group(1) if m else None


# "“We know …,” she said": a quotation the entry opens on, then its speaker as a pronoun (time41)
_QUOTED_THEN = re.compile(r"^\s*[“\"][^”\"]{1,600}[”\"]\s*,?\s*(he|she)\s+[a-z]+", re.I)


def quoted_speaker(span: str) -> str | None:
    """The pronoun that speaks the quotation the entry ``span`` opens on ("“We know …,” she said." → "she"): the
    quotation leans on the one it stands for as an opening pronoun does (time41); None otherwise."""
    m = _QUOTED_THEN.match(span)
    return m.group(1) if m else None


# time48: "In an online session on Friday, he said …": an opening phrase set off by a comma, then a subject pronoun
_PHRASE_THEN_PRONOUN = re.compile(r"^[A-Z][^,;:.!?\"“”()]{2,80},\s+(he|she|they)\s+[a-z]")


def pronoun_after_phrase(span: str) -> str | None:
    """The subject pronoun after the entry's opening phrase ("In a paper published on Friday, they said …" →
    "they"): the sentence leans on the one named before as one opening on the pronoun does; None otherwise."""
    m = _PHRASE_THEN_PRONOUN.match(span.lstrip())
    return m.group(1) if m else None


def referent(a: Analysis, lead_in: int, start: int, end: int) -> Gloss | None:
    """A gloss for the pronoun the entry ``start:end`` opens on (or that speaks the quotation it opens on:
    ``quoted_speaker``), naming the one the lead-in ``lead_in:start`` (the sentences before it, an entry of their
    own) names; None when it opens on none or the lead-in names not just one."""
    words = a.doc.text[start:end].split(None, 1)
    pronoun = body_echo(a.doc.text[start:end]) or quoted_speaker(a.doc.text[start:end]) \
        or pronoun_after_phrase(a.doc.text[start:end]) or (words[0].strip(",.;:") if words else "")
    low = pronoun.lower()
    if low in _PERSON:
        people = [m for m in a.mentions if m.kind == "person" and lead_in <= m.start and m.end <= start]
        if people:
            if low in _GENDERS and other_subject(a, lead_in, start):
                return None  # "I'd bet … President Obama was tapping my phones … He presented no evidence"
            one = _one_person(people) or _subject_person(a, lead_in, start, low, people)
            return None if one is None else Gloss(pronoun, one.text, Citation(a.doc.id, one.start, one.end))
        found = _named_subject(a, lead_in, start)
        if found is None or _typed(a, *found) & {"place", "org"}:
            return None
    elif (low in _THING and pronoun != pronoun.upper()) or " " in low:
        found = _named_subject(a, lead_in, start)
        if found is None or _a_person(a, *found) or (low == "it" and not _subject_pronoun(a, start, end)):
            return None
    else:
        return None
    lo, hi = found
    return Gloss(pronoun, a.doc.text[lo:hi], Citation(a.doc.id, lo, hi))


_SUBJECT_PRONOUNS = {"he": "m", "she": "f"}  # and the gender of a given name each stands for
# an opening possessive stands for the subject before it as a subject pronoun does ("Ann Ruiz, a former rower, took
# charge … in 2004. Her plan … this year …", time51): "Her" opening a sentence is the possessive
_GENDERS = {**_SUBJECT_PRONOUNS, "his": "m", "her": "f"}


def _subject_person(a: Analysis, lead_in: int, start: int, pronoun: str, people: Sequence[Mention]) -> Mention | None:
    """The person the lead-in's last sentence opens on as its subject, when the entry's pronoun is "he" or "she" (a
    subject too; or "his", "her": ``_GENDERS``) and the lead-in names others as well ("Ann Ruiz was fined in 2009 by
    the federation, whose chairman Tom Hale is now the minister. She was fined again in 2010 …"): a subject pronoun
    keeps to the subject before it (time48). None when that subject is no person's name, or one whose given name is of
    the other gender (``lexicon/first_names.tsv``)."""
    if pronoun not in _GENDERS:
        return None
    found = _named_subject(a, lead_in, start)
    if found is None:
        return None
    lo, hi = found
    one = next((m for m in people if m.start <= lo and hi <= m.end), None)
    given = fold(one.text.split()[0]) if one is not None else ""
    if FIRST_NAME_GENDERS.get(given, _GENDERS[pronoun]) != _GENDERS[pronoun]:
        return None  # "Tom Hale praised Ann Ruiz …. She …": a given name of the other gender is no "she"
    return one


_SPEAKERS = frozenset({"i", "we", "you"})


def other_subject(a: Analysis, lead_in: int, start: int) -> bool:
    """Does the lead-in's last sentence open on a subject that is none of the people it names: the speaker's "I",
    "we" or "you" ("I'd bet a good lawyer could make a great case out of the fact that President Obama was tapping my
    phones …" before "He presented no evidence …": "he" is the one who says "I"), or a name of proper nouns that no
    person mention holds ("Kathrada and Mandela were jailed … In 1997, he also became …", where the typing missed
    Kathrada)? A subject pronoun ("he", "she") keeps to the subject before it (time48), so one of the people named
    elsewhere in the sentence is no gloss for it (time49)."""
    people = [m for m in a.mentions if m.kind == "person" and lead_in <= m.start and m.end <= start]
    sents = [s for s in a.sentences if lead_in <= s.start < start]
    span = sentence_span(a, sents[-1]) if sents and people else None
    if span is None:
        return False
    subj = next((t for t in span if t.dep_ in _SUBJECTS and t.left_edge.i == span.start), None)
    if subj is None:
        subj = next((t for t in span if t.dep_ in _SUBJECTS and t.head.dep_ == "ROOT"), None)
    if subj is None:
        return False
    if subj.lower_ in _SPEAKERS:
        return True
    toks = [t for t in subj.subtree if not t.is_punct and t.pos_ != "CCONJ"]
    if not toks or any(t.pos_ != "PROPN" for t in toks):
        return False
    off = sents[-1].start - span.start_char
    named = [(off + t.idx, off + t.idx + len(t.text)) for t in toks]
    return any(not any(m.start <= lo and hi <= m.end for m in people) for lo, hi in named) \
        and not _typed(a, named[0][0], named[-1][1]) & {"place", "org"}


def beyond_the_name(name: str, text: str) -> bool:
    """Does a gloss's ``text`` say something beyond the ``name`` it glosses? "*It:* It" or "*He:* he" names no one:
    its words are the name's or pronouns (``lexicon/personal_pronouns.txt``), and such a sub-item is not shown: the
    entry stands on its own under the dated lead-in that opens on that pronoun (``lead_ins.entry_start``, summ45)."""
    said = {w.lower() for w in re.findall(r"\w+", text)}
    return bool(said - {w.lower() for w in re.findall(r"\w+", name)} - lexicon.words("personal_pronouns"))
