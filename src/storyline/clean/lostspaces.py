"""Spaces a record's text lost, told by word statistics and put back (inputs67).

A page's text reaches a JSON record with a space lost between two words: nothing in its place ("by announcingit
would stop", "whichsank", "the speaker ofparliamentary business") or a hyphen ("at 8pm-last night", "Drogheda
and-Dundalk", "earning 33-out of", "Turkey-during talks"). Shown as written, such a sentence reads as garbled in a
brief and its words match no other outlet's. ``hyphens`` and ``taggedhyphens`` mend hyphens between two words of a
clause; what is left is put back here by what English writes, read from ``wordfreq``'s word frequencies and the
project's function words (``lexicon/stopwords.txt``):

- *Two words run together*: a lower-case token of five letters or more that is no word English writes (``wordfreq``
  below 1 per hundred million words), which splits into a function word written on its own (a stopword of two
  letters or more, ``wordfreq`` 5 or more: "it", "which", "of"; not a contraction's part, "ve", "ll") and a word of
  general English (three letters or more, ``wordfreq`` 3 or more): "announcingit" -> "announcing it". A bound prefix
  (``lexicon/compound_prefixes.txt``: "re", "over", "out", "non") on either side is a word's part, not a word
  ("outcompete", "reengage" stay), and a split of two content words is a compound ("curtainless", "monthslong"
  stay): only a function word glued to a word is a lost space. A token one letter from a word of general English is
  that word misspelt ("attourney", "indictated": not "at tourney", "in dictated"), and one that is a word of another
  language English news quotes (``wordfreq``'s small lists of the Latin-script languages ``language`` tells:
  "hadits", "sofern") is left as written, as is one that splits into two words in two ways ("adscan": "ad scan" or
  "ads can"; "upsample": "up sample" or "ups ample").
- *A hyphen beside a function word and a number or a name*: in a token of two parts joined by one hyphen, a function
  word (as above, lower case, no bound prefix: "under-21", "over-50s", "all-American" stay) on one side and, on the
  other, a number ("with-76", "to-11,601", "2005-and", "$38m-in", "8pm-last") or a capitalised word ("and-Dundalk",
  "of-Puntland", "Wales-with", "Turkey-during"). English makes no compound of a function word and a figure or a name
  (a compound's function word stands inside a chain: "Stoke-on-Trent", "Mar-a-Lago", "5,000-to-1", which stay); an
  Arabic article ("an-Nasr", ``lexicon/arabic_articles.txt``) stays. In a chain only a function word glued before a
  number at its start is read ("a-58-year-old" -> "a 58-year-old"). A number word is no function word ("Fifty-one",
  "one-3,000th": spaCy's ``like_num``); a capitalised word is a name only inside a sentence (a sentence's or a
  line's first word, "Set-up and handling", "Pop-up vending machines", is a word), in capitals ("FBI-and the") or of
  four letters or more ("MPs-will"; "Jae-in" is a name's syllable), and a function word after a name opens its phrase: a
  lower-case word or a quotation follows it ("Wales-with the wreckage"; a title's "Line-up Almost Doubled", a
  menu's "Linkedin-in Twitter" stay). A time of day glued to a word is a space too ("8pm-last night").

Every repair is logged in the record's cleaning reasons (``Reason.LOST_SPACE``: the token as written and as
mended). A token inside an address, a handle or a path is never touched.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from typing import cast

from spacy.lang.en.lex_attrs import like_num
from wordfreq import available_languages, zipf_frequency

from .. import lexicon
from .language import LATIN_SCRIPT_LANGUAGES

__all__ = ["ENABLED", "GLUED", "HYPHENED", "mend_spaces"]

ENABLED = True
"""Switch: put back the spaces a record's text lost (module docstring)."""
GLUED = True
"""Switch: split a token that is no word into a function word and a word (module docstring)."""
HYPHENED = True
"""Switch: a hyphen between a function word and a number or a name is a space (module docstring)."""

_KNOWN_ZIPF = 1.0  # a word English writes: about once in a hundred million words or more (as ``lostchars``)
_WORD_ZIPF = 3.0  # a word of general English: about once in a million words or more
_FUNCTION_ZIPF = 5.0  # a function word written on its own ("it" 7.0, "which" 6.3); a contraction's "ve", "ll" 4.6
_LETTER_ZIPF = 6.0  # a letter written as a word: "a" 7.3, "i" 6.4; "s" 5.9, "t" 5.6 are the parts of a name
_MIN_WORD, _MIN_FUNCTION = 3, 2
_GLUED = re.compile(r"(?<![\w@#/.:'’&-])[a-z]{5,}(?![\w@/&'’-]|\.\w)")
_NUMBER = r"[$£€]?\d[\d,.]*\d?(?:[a-z]{1,2})?"
_PART = r"(?:" + _NUMBER + r"|[A-Za-z]+(?:['’]s)?)"
_HYPHENED = re.compile(r"(?<![\w@#/.:$£€'’-])(" + _PART + r")-(" + _PART + r")(?![\w/@-]|[.,]\w)")
_CHAIN_START = re.compile(r"(?<![\w@#/.:$£€'’-])([a-z]+)-(" + _NUMBER + r")(?=-[A-Za-z])")
_TIME = re.compile(r"\d{1,2}(?:[.:]\d\d)?(?:am|pm)")
_IS_NUMBER = re.compile(_NUMBER)
_LIKE_NUM = cast(Callable[[str], bool], like_num)  # spaCy's English number words ("one", "fifty"): untyped
_NAME_MIN = 4  # a capitalised part shorter than this (not in capitals) is a name's syllable: "Jae-in", "Gee-sung"
_OPENS_PHRASE = re.compile(r" [a-z\"“‘']")
_STARTS = "\n.!?:;\"“”([+|•"  # a word after one of these opens a sentence or a line
_FOREIGN_ZIPF = 2.0  # a word of another language: once in ten million words of it or more ("hadits" 4.2 in Indonesian)
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"


@cache
def written_alone() -> frozenset[str]:
    """Stopwords English writes as words on their own, frequent ("it", "which", "and"; innermarks reads them too)."""
    return frozenset(w for w in lexicon.words("stopwords") if w.isalpha() and zipf_frequency(w, "en") >= _FUNCTION_ZIPF)


@cache
def _function_words() -> frozenset[str]:
    """Function words written on their own: stopwords of two letters or more, frequent, no bound prefix."""
    prefixes = lexicon.words("compound_prefixes")
    return frozenset(w for w in written_alone() if len(w) >= _MIN_FUNCTION and w not in prefixes and not _LIKE_NUM(w))


def _number_side(word: str) -> bool:
    """Whether ``word`` is a function word glued to a number: as above, or a letter English writes alone more than
    once in a million words ("a-58-year-old"; "s-300" is a missile's name)."""
    return word in _function_words() or len(word) == 1 and word.islower() and zipf_frequency(word, "en") >= _LETTER_ZIPF


def _word(part: str) -> bool:
    """Whether ``part`` is a word of general English and no bound prefix."""
    return (len(part) >= _MIN_WORD and part not in lexicon.words("compound_prefixes")
            and zipf_frequency(part, "en") >= _WORD_ZIPF)


def _split(token: str) -> tuple[str, str] | None:
    """The function word and the word a token that is no word runs together; None when no such split is found or
    the token splits into two words in another way too (module docstring)."""
    if zipf_frequency(token, "en") >= _KNOWN_ZIPF or _misspelt(token):
        return None
    function = _function_words()
    found = []
    for k in range(_MIN_FUNCTION, len(token) - _MIN_FUNCTION + 1):
        left, right = token[:k], token[k:]
        if left in function and (right in function or _word(right)) or right in function and _word(left):
            found.append((left, right))
        elif min(zipf_frequency(left, "en"), zipf_frequency(right, "en")) >= _WORD_ZIPF:
            return None  # two other words split it too ("adscan": "ad scan" or "ads can"; "upsample")
    return None if len(found) != 1 or _foreign(token) else found[0]


def _misspelt(token: str) -> bool:
    """Whether ``token`` is one letter dropped, added, changed or swapped from a word of general English."""
    edits = {token[:k] + token[k + 1 :] for k in range(len(token))}
    edits |= {token[:k] + token[k + 1] + token[k] + token[k + 2 :] for k in range(len(token) - 1)}
    edits |= {token[:k] + c + token[k + 1 :] for k in range(len(token)) for c in _ALPHABET}
    edits |= {token[:k] + c + token[k:] for k in range(len(token) + 1) for c in _ALPHABET}
    return any(zipf_frequency(e, "en") >= _WORD_ZIPF for e in edits - {token})


@cache
def _other_languages() -> tuple[str, ...]:
    return tuple(sorted(LATIN_SCRIPT_LANGUAGES - {"en"} & set(available_languages("small"))))


def _foreign(token: str) -> bool:
    """Whether ``token`` is a word of another Latin-script language (``wordfreq``'s small lists: loaded only when a
    token would be split)."""
    return any(zipf_frequency(token, lang, wordlist="small") >= _FOREIGN_ZIPF for lang in _other_languages())


def _name(word: str, before: str) -> bool:
    """Whether the capitalised ``word``, after the text ``before``, is a name: inside a sentence, in capitals or of
    four letters or more (module docstring)."""
    tail = before.rstrip(" ")
    if not word[:1].isupper() or not tail or tail[-1] in _STARTS:
        return False
    return word.removesuffix("s").isupper() and len(word) >= _MIN_FUNCTION or len(word) >= _NAME_MIN


def _spaced_pair(left: str, right: str, before: str, after: str) -> bool:
    """Whether the hyphen between ``left`` and ``right`` (a two-part token, between the texts ``before`` and
    ``after``) is a lost space: a function word on one side, a number or a name on the other (module docstring)."""
    function = _function_words()
    if _TIME.fullmatch(left) and right.islower() and not _IS_NUMBER.fullmatch(right):
        return _word(right) or right in function
    if _IS_NUMBER.fullmatch(right) and _number_side(left) or _IS_NUMBER.fullmatch(left) and _number_side(right):
        return True
    if left in function and left not in lexicon.words("arabic_articles"):
        return right[:1].isupper() and len(right) >= _MIN_FUNCTION
    return right in function and _name(left, before) and bool(_OPENS_PHRASE.match(after))


def mend_spaces(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with the spaces it lost put back (module docstring), and each repair as (as written, as mended)."""
    if not ENABLED:
        return text, []
    repairs: list[tuple[str, str]] = []

    def glued(m: re.Match[str]) -> str:
        parts = _split(m.group())
        if parts is None:
            return m.group()
        repairs.append((m.group(), " ".join(parts)))
        return " ".join(parts)

    def hyphened(m: re.Match[str]) -> str:
        left, right = m.group(1), m.group(2)
        if not _spaced_pair(left, right, m.string[max(0, m.start() - 3) : m.start()], m.string[m.end() : m.end() + 2]):
            return m.group()
        repairs.append((m.group(), f"{left} {right}"))
        return f"{left} {right}"

    def chain(m: re.Match[str]) -> str:
        if not _number_side(m.group(1)):
            return m.group()
        repairs.append((m.group(), f"{m.group(1)} {m.group(2)}"))
        return f"{m.group(1)} {m.group(2)}"

    if GLUED:
        text = _GLUED.sub(glued, text)
    if HYPHENED and "-" in text:
        text = _CHAIN_START.sub(chain, _HYPHENED.sub(hyphened, text))
    return text, repairs
