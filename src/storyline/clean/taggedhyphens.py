"""Hyphens a record's page wrote for spaces, told by the tagger's reading of the words they join (inputs65).

Some pages' text reaches a JSON record with a hyphen where a space was ("the musician-grew up in St. Louis", "Mrs May
criticised-Scottish leader", "a senior diplomat-she had been paid", "perform-his own songs"). ``hyphens`` mends the
hyphens beside closed-class words, each kind by its words; the rest were left, since a list of words cannot tell
"candidate-told" from "Turkish-backed". The part-of-speech tagger (spaCy's, ``nlp``) can: the text is tagged with
each joining hyphen read as a space, and a hyphen is a space where the two words it joins take the roles of two
words of a clause, not of one compound:

- *A subject and its verb*: a noun, a name or a pronoun, then a finite verb ("site-collapsed on Saturday",
  "MPs-will get", "he-could face") followed by a word that opens what a verb governs (a determiner, a pronoun, a
  preposition, an adverb, a particle, a verb's participle): a compound ending in a participle ("US-backed",
  "man-made") stands before the noun it qualifies ("Russia-linked meddling", "the Beijing-sponsored six-party
  talks").
- *A finite verb and its object*: a finite verb that is not an auxiliary before its participle ("broke-rank",
  "prevented-Fatma", "revealed-last week"; "has-been", "would-be" are compounds and stay).
- *A pronoun on either side*: a personal, possessive or relative pronoun before ("his-biggest", "that-would"), or a
  personal or possessive pronoun, or a determiner that opens a noun phrase, after ("perform-his", "before-he",
  "diplomat-she"). Compounds ending in "all", "both", "any", "each" or "no" ("know-all",
  ``lexicon/compound_determiners.txt``) stay.
- *A word before a name*: a lower-case noun, verb or adjective of three letters or more, a word of general English
  (``wordfreq``) and no bound prefix (``lexicon/compound_prefixes.txt``: "anti-Islam", "post-Brexit", "mid-March",
  "then-President"), glued to a capitalised word ("newspaper-Canard", "western-Paris", "leader-Kim").

Both parts of a pair read as two words are words of general English on their own (``wordfreq``; a name is a word):
"mind-numbingly", "do-nothingism" join a compound's parts. Only a token of two parts is read (a longer chain,
"state-of-the-art", "do-it-yourself", is a compound's); a part in capitals ("ZANU-PF", a headline's "BILL-Some") or
a name's short syllable ("Gee-sung") is left. One character for one: the text keeps its length. Only a JSON record's
text is read (``clean._record_text``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

from wordfreq import zipf_frequency

from .. import lexicon
from ..nlp import get_nlp
from . import hyphens

__all__ = ["ENABLED", "mend_tagged"]

ENABLED = True
"""Switch: a hyphen joining two words the tagger reads as two words of a clause is a space (module docstring); off
with ``hyphens.ENABLED`` too."""
_PAIR = re.compile(r"(?<![\w@#/.:'’&-])([^\W\d_]{2,})-([^\W\d_]{2,})(?![\w@/&-]|['’][^\W\d_]{2}|\.\w)")
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "PRP"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OBJECT_VERBS = frozenset({"VBD", "VBZ", "VBP"})
_NOT_OBJECTS = frozenset({"VB", "VBN", "VBG", "RP", "IN", "TO", "MD", "WRB"})  # "has-been", "sign-in", "know-how"
_GOVERNED = frozenset({"DT", "PDT", "PRP", "PRP$", "IN", "RB", "RBR", "RP", "TO", "VB", "VBN", "WDT", "WRB", "JJR",
                       "JJS"})
_PRONOUNS_BEFORE = frozenset({"PRP", "PRP$", "WDT"})
_PRONOUNS_AFTER = frozenset({"PRP", "PRP$"})
_BEFORE_NAME = frozenset({"NN", "NNS", "VB", "VBD", "VBN", "VBG", "VBZ", "VBP", "JJ"})
_WORD_ZIPF = 3.0  # a word of general English: about once in a million words or more
_PART_ZIPF = 2.2  # a word written on its own: "drummed" 2.5, "subtracted" 2.7; a compound's part "numbingly" 2.0
_SYLLABLE = 3  # "Gee-sung", "Jae-in": a capitalised part this short is a name's syllable
_TAGGER_ONLY = ("parser", "ner", "lemmatizer", "attribute_ruler")


@cache
def _prefixes() -> frozenset[str]:
    return lexicon.words("compound_prefixes")


def _readable(left: str, right: str) -> bool:
    """Whether the pair may be read at all: no part in capitals, no name's short syllable first, no bound prefix
    or Arabic article first ("co-authored", "ash-Sham")."""
    low = left.lower()
    return not (left.isupper() or right.isupper() or left[:1].isupper() and len(left) <= _SYLLABLE
                or low in _prefixes() or low in lexicon.words("arabic_articles"))


def _clause_pair(left: Any, right: Any, after: Any | None) -> bool:
    """Whether tokens ``left`` and ``right`` (the hyphen read as a space; ``after`` the token after ``right``) are
    two words of a clause (module docstring)."""
    if not all(_word(t.text) for t in (left, right)):
        return False
    lt, rt = left.tag_, right.tag_
    if rt in _FINITE and lt in _NOUNS:
        return after is not None and after.tag_ in _GOVERNED and after.text[:1].isalpha()
    if lt in _OBJECT_VERBS and rt not in _NOT_OBJECTS and left.text.islower():
        return True
    if lt in _PRONOUNS_BEFORE and left.text.islower():
        return True
    if rt in _PRONOUNS_AFTER or rt == "DT" and right.lower_ not in lexicon.words("compound_determiners"):
        return right.text.islower() or right.text in ("I",)
    return False


def _word(part: str) -> bool:
    """Whether a lower-case part is a word of general English on its own (``wordfreq``): "numbingly" and "nothingism"
    are parts of compounds ("mind-numbingly", "do-nothingism"), never written alone. A capitalised part is a name."""
    return not part.islower() or zipf_frequency(part, "en") >= _PART_ZIPF


def _before_name(left: Any, right: Any) -> bool:
    """Whether a lower-case word of general English, no bound prefix, is glued to a capitalised word."""
    word = left.text
    return (word.islower() and len(word) >= _SYLLABLE and right.text[:1].isupper() and left.tag_ in _BEFORE_NAME
            and zipf_frequency(word, "en") >= _WORD_ZIPF)


def mend_tagged(text: str) -> str:
    """``text`` with each hyphen the tagger reads as a space between two words of a clause made a space (module
    docstring); unchanged when it joins no two words."""
    if not (ENABLED and hyphens.ENABLED) or "-" not in text:
        return text
    pairs = [m for m in _PAIR.finditer(text) if _readable(m.group(1), m.group(2))]
    if not pairs:
        return text
    chars = list(text)
    for m in pairs:
        chars[m.end(1)] = " "
    spaced = "".join(chars)
    windows = _windows(spaced, [m.start() for m in pairs])
    out = list(text)
    for (a, _), doc in zip(windows, get_nlp().pipe([spaced[a:b] for a, b in windows], disable=list(_TAGGER_ONLY)),
                           strict=True):
        at = {a + t.idx: t for t in doc}
        for m in pairs:
            left, right = at.get(m.start(1)), at.get(m.start(2))
            if left is None or right is None or right.i != left.i + 1:
                continue
            after = doc[right.i + 1] if right.i + 1 < len(doc) else None
            if _clause_pair(left, right, after) or _before_name(left, right):
                out[m.end(1)] = " "
    return "".join(out)


_SENTENCE_END = re.compile(r"[.!?][\"”’')]*\s+")


def _windows(text: str, starts: list[int]) -> list[tuple[int, int]]:
    """The sentences of ``text`` holding the places ``starts``, as (start, end) spans, those that touch merged: the
    tagger reads a word in its sentence, and only those sentences are read (a record's text is long)."""
    ends = [m.end() for m in _SENTENCE_END.finditer(text)]
    out: list[tuple[int, int]] = []
    for at in starts:
        a = max((e for e in ends if e <= at), default=0)
        b = min((e for e in ends if e > at), default=len(text))
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out
