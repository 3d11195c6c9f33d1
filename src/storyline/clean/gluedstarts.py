"""Crossheads found by where the sentence after them starts, read from its shape (inputs66).

A JSON record's one-paragraph text runs a page's subheading into the sentence after it with no mark between them
("… in a note. Rate worries The bank said on Friday …"). ``crossheads`` finds such a heading by the run's own words
and the word after it; this module finds it by the sentence glued after it, whatever the heading's words:

- *A glued start*: a capitalised word that cannot stand inside an English sentence where it is written — a function
  word that opens sentences (``lexicon/title_sentence_openers.txt``: "The", "A", "When") after a word with no stop,
  or an ordinary English word (``crossheads.word_opens``) after a lower-case word and before one or before a
  capitalised word (inputs67, ``CAPITAL_AFTER``: "… Fuel worries Former Mayor Jane Roe said …"). Either is a
  sentence's first word glued on; a word the text writes capitalised after a lower-case word elsewhere is a name
  ("The Hague", "of The Times") and no start.
- *The heading*: the words between the sentence's end (or an earlier glued start) and the glued start, two to six,
  capitalised first, with no stop, comma, colon or quotation mark, not ending in a function word and holding no
  finite verb as the tagger reads them alone, as a heading's line (spaCy: VBD, VBZ, VBP, MD), a noun last; the glued
  word, tagged in its sentence, no proper noun. A heading names a topic; words with a finite verb before a name are
  a sentence's subject and verb ("Analysts expect Congress will …") and stay. A stop after a short capitalised
  word or between letters ("St.", "U.S.") ends no sentence.
- *A heading before a name* (``NAME_STARTS``): a sentence after another (a record's first sentence follows no
  heading) that opens with two to five lower-case words after a
  capitalised one and then a name (tagged NNP) whose own clause follows — a finite verb after the name, or after its
  possessive's noun ("Rising costs Harbour's board met …", "The dispute Ruritania has …") — opens with a heading: a
  common noun before a name that then takes its verb is no English. What an English sentence puts there is kept: a
  preposition's phrase or a counted or owned one ("At the time Downing Street said", "One of the women Mr Kim met",
  "Her new album Lemonade"), a time ("Last week"), a person's or a place's or a people's name before it or in
  apposition ("US rocket company SpaceX", "Japanese network Fuji TV", "party leader Jane Roe"). One word repeated as
  the name is a heading too ("Ruritania Ruritania is …"), when the name takes its verb at once ("La La Land was" is
  a title). Save the repeated word, such a heading is cut only in a record that holds another heading: alone, "The
  charity Oxfam said …" has the same shape, a noun in apposition to the name.
- *What remains* reads as a sentence (``crossheads.reads_as_sentence``: six words or more to a full stop, one of
  them a finite verb's form), so a cut never leaves a fragment.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..nlp import get_nlp
from .crossheads import OPENERS, STOPWORDS, name_in, quote_open, reads_as_sentence, word_opens

__all__ = ["ENABLED", "NAME_STARTS", "glued_heads"]

ENABLED = True
"""Switch (inputs66): crossheads found by the glued start of the sentence after them (module docstring)."""

CAPITAL_AFTER = True
"""Switch (inputs67): an ordinary English word glued after a lower-case word opens a sentence before a capitalised
word too ("… voted leave Moving beyond brexit Former party leader Jane Roe said …": a role before a name; module
docstring)."""
_START = re.compile(r"(?<=[A-Za-z0-9%’'] )([A-Z][a-z]*)(?= (\S+))")
_SENTENCE_END = re.compile(r"[.!?][\"”’')\]]*\s+")
_ABBREVIATION = re.compile(r"(?:^|\s)(?:[A-Z][a-z]?|[A-Za-z](?:\.[A-Za-z])+)\.$")
"""A stop after a short capitalised word or between letters ends an abbreviation ("St.", "Mr.", "U.S."), no
sentence: a heading's reach starts at a sentence's end."""
_MIN_WORDS, _MAX_WORDS = 2, 6
_BARRED = re.compile(r"[.,:;!?\"“”()\[\]]")
_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})
_NAME_TAGS = frozenset({"NNP", "NNPS"})
_TAGGER_ONLY = ("parser", "ner", "lemmatizer", "attribute_ruler")

NAME_STARTS = True
"""Switch (inputs66): a heading before a name that opens the sentence's clause (module docstring)."""
_NAME_HEAD = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”’')] ))"
                        r"(?:([A-Z][a-z]+(?: [a-z]+){1,4})|([A-Z][a-z]+)) (?=[A-Z])")
_SENTENCE_REACH = 600
_NOT_HEAD_FIRST = frozenset({"IN", "PRP$", "CD", "WP$", "WDT", "WP"})
_NOT_HEAD_ENTS = frozenset({"GPE", "NORP", "DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL"})


def _glued_start(text: str, m: re.Match[str]) -> int:
    """Whether the capitalised word of ``m`` is a sentence's first word glued after the word before it: 0 if not, 1
    if so, 2 if it is an ordinary word before a capitalised word (``CAPITAL_AFTER``)."""
    word, after = m.group(1), m.group(2)
    before = text[: m.start()].rstrip().rsplit(" ", 1)[-1]
    if word.lower() in OPENERS and len(word) > 1:
        return int(not name_in(text, word, m.start(1)))
    if not (before.isalpha() and before.islower()) or not word_opens(text, word, m.start(1)):
        return 0
    return 1 if after[:1].islower() else 2 if CAPITAL_AFTER and after[:1].isupper() else 0


def _candidates(text: str) -> list[tuple[int, int, bool]]:
    """(heading start, glued start, before a capitalised word) triples by shape, before the tagger's reading. A
    start before a capitalised word begins no other heading: a name's words run on there ("the Interior Ministry")."""
    ends = [e.end() for e in _SENTENCE_END.finditer(text) if not _ABBREVIATION.search(text, 0, e.start() + 1)]
    kinds = {m.start(1): k for m in _START.finditer(text) if (k := _glued_start(text, m))}
    starts = sorted(kinds)
    out = []
    for at in starts:
        begin = max([e for e in ends if e <= at] + [s for s in starts if s < at and kinds[s] == 1] + [0])
        run = text[begin:at].strip()
        words = run.split()
        if not (_MIN_WORDS <= len(words) <= _MAX_WORDS) or not run[:1].isupper() or _BARRED.search(run):
            continue
        if words[-1].lower() in STOPWORDS or quote_open(text, begin) or not reads_as_sentence(text[at:]):
            continue
        out.append((begin + text[begin:at].index(run), at, kinds[at] == 2))
    return out


def _tagger() -> Any:
    return get_nlp()


def _reads_as_heading(text: str, begin: int, at: int, capital: bool = False) -> bool:
    """Whether the words ``text[begin:at]`` read as a heading before a sentence's first word: tagged alone, as the
    line a heading is, no finite verb among them and a noun last ("Analysts expect" is a clause, "Fuel worries" a
    heading); and the glued word, tagged in its sentence, no proper noun (a name runs on inside a sentence: "the
    entire Democratic caucus"), before a capitalised word (``capital``) no part of a name the tagger finds either
    ("authoritarian Indonesian President": a people's name)."""
    head = [t for t in _tagger()(text[begin:at].strip() + ".", disable=list(_TAGGER_ONLY)) if t.tag_ != "."]
    end = _SENTENCE_END.search(text, at)
    doc = _tagger()(text[begin : end.start() if end else len(text)], disable=list(_TAGGER_ONLY))
    glued = next((t for t in doc if t.idx >= at - begin), None)
    return bool(head) and glued is not None and not any(t.tag_ in _FINITE_TAGS for t in head) \
        and head[-1].tag_ in _NOUN_TAGS and glued.tag_ not in _NAME_TAGS and not (capital and _in_name(text, at, end))


def _in_name(text: str, at: int, end: re.Match[str] | None) -> bool:
    """Whether the word at ``at`` is part of a name the entity recogniser finds in its sentence."""
    doc = _tagger()(text[at : end.start() if end else len(text)])
    return bool(doc) and bool(doc[0].ent_type_)


def _name_clause(doc: Any, k: int) -> bool:
    """Whether the name at ``doc[k]`` opens its own clause: a finite verb (or an adverb before one) right after the
    name's words, or after its possessive's noun."""
    j = k
    while j < len(doc) and doc[j].tag_ in ("NNP", "NNPS", "POS"):
        j += 1
    if j < len(doc) and doc[j - 1].tag_ == "POS" and doc[j].tag_ in ("NN", "NNS"):
        j += 1
    return j < len(doc) and (doc[j].tag_ in _FINITE_TAGS or doc[j].tag_ == "RB" and j + 1 < len(doc)
                             and doc[j + 1].tag_ in _FINITE_TAGS)


def _name_head(doc: Any, k: int) -> bool:
    """Whether ``doc[:k]`` is a heading before the name ``doc[k]`` (``NAME_STARTS``, module docstring)."""
    head, name = doc[:k], doc[k]
    if name.tag_ not in _NAME_TAGS or not _name_clause(doc, k):
        return False
    if k == 1:  # the one word repeated: the tagger may read the pair as a person's two names
        return head[0].text == name.text and doc[k + 1].tag_ in _FINITE_TAGS if k + 1 < len(doc) else False
    return (name.ent_type_ != "PERSON" and name.dep_ != "appos" and head[-1].tag_ in ("NN", "NNS")
            and head[0].tag_ not in _NOT_HEAD_FIRST
            and not any(t.tag_ in _FINITE_TAGS or t.tag_ == "IN" or t.ent_type_ in _NOT_HEAD_ENTS for t in head)
            and head[-1].text.lower() not in STOPWORDS)


def _name_heads(text: str) -> Iterable[tuple[int, int]]:
    """Headings before a name opening the sentence's clause (``NAME_STARTS``)."""
    for m in _NAME_HEAD.finditer(text):
        run = m.group(1) or m.group(2)
        if m.group(2) and not text.startswith(run + " ", m.end()):
            continue
        end = _SENTENCE_END.search(text, m.end())
        stop = end.start() if end else len(text)
        if stop - m.start() > _SENTENCE_REACH or quote_open(text, m.start()) or not reads_as_sentence(text[m.end():]):
            continue
        doc = _tagger()(text[m.start() : stop])
        k = len(run.split())
        if len(doc) > k + 2 and doc[k].idx == m.end() - m.start() and _name_head(doc, k):
            yield m.start(), m.end() - 1


def glued_heads(text: str, *, held: bool = False) -> list[tuple[int, int]]:
    """Crossheads run into the sentence after them, found by its glued start (module docstring), as (start, end)
    spans of ``text`` without the space after. A heading before a name (``NAME_STARTS``) only in a record that holds
    another heading (``held``: one ``crossheads`` found, or one found here): alone, "The charity Oxfam said …" reads
    the same, a noun in apposition to the name; a page that sets headings sets several."""
    if not ENABLED:
        return []
    found = [(begin, at - 1) for begin, at, capital in _candidates(text) if _reads_as_heading(text, begin, at, capital)]
    names = list(_name_heads(text)) if NAME_STARTS else []
    repeated = [(a, b) for a, b in names if " " not in text[a:b]]
    found += repeated
    if held or found:
        found += [h for h in names if h not in repeated]
    return sorted(set(found))
