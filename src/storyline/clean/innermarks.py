"""Marks inside a token that stand for a lost space, apostrophe or full stop, mended by word statistics (inputs68).

A page's text reaches a JSON record with a mark inside a word where the page had another: a double quote for an
apostrophe ("can"t", "I"ve", ABC's and HuffPost's 2017 pages), a hyphen for a space ("a documentary film-that
premiered", "talks-between the two"), a full stop with its space lost ("negligible.The results", "report.and"), an
apostrophe's word missing a letter ("We'r not talking"). Shown as written, the sentence reads as garbled in a brief
and its words match no other outlet's. One rule reads them all: a mark inside a token is kept only when the word
statistics (``wordfreq``) prefer the token with it; otherwise it is the mark whose reading they prefer:

- *A double quote between letters* is an apostrophe when the word with one is a word of general English ("didn't",
  "I've", "Trump's"): a quotation mark opens or closes a quotation beside a space, never inside a word; one after a
  quotation mark that opens the token ("Fox"s) is left, as the quotation may close there. As the pipeline reads
  quotations by a paragraph's count of marks, a paragraph's are read so only where its quotation marks then pair no
  worse (``quotepairs.misread``), a quotation an apostrophe closes ("Such "Insights' were") closed by a double quote.
- *A hyphen beside a word that makes no compound on that side* is a space: before a conjunction, a relative or a
  preposition that is no verb's particle (``lexicon/compound_free_last_words.txt``: "film-that", "dispute-between";
  "add-on", "hoped-for", "run-up" end in particles), after a conjunction or a plural determiner
  (``lexicon/compound_free_first_words.txt``: "but-later", "these-organizations"; "so-called", "as-yet" start
  compounds), the other part a word of general English or a name (four letters or more, or in capitals), and the two
  joined no word English writes ("break-through" is "breakthrough"). Only a token of two parts is read
  ("state-of-the-art", "up-to-date" are compounds), and a bound prefix ("anti-", ``lexicon/compound_prefixes.txt``)
  is a word's part.
- *A full stop between two words* is a sentence's end whose space was lost when a capitalised word follows a
  lower-case word of three letters or more ("negligible.The" -> "negligible. The"), and a lost space when a function
  word follows ("report.and" -> "report and"); both parts words of general English. An address's part
  (``lexicon/web_domain_words.txt``: "dw.com", "pic.twitter"; any two letters, a country's domain) and an
  abbreviation ("p.m", "U.S") are left, as is a token that runs on into a path or another full stop.
- *An apostrophe's word that is no word* ("We'r", ``wordfreq`` below 2) gets the one letter back that makes a word of
  general English a hundred times likelier than any other letter does ("we're"); otherwise it is left.

A mark is never changed inside an address, a handle, a number or a name's short syllable. The thresholds are in
``lexicon/inner_marks.toml``. Every repair is logged in the record's cleaning reasons (``Reason.LOST_MARK``: the
token as written and as mended). Only a JSON record's text is read (``clean._record_text``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from wordfreq import zipf_frequency
from wordfreq.tokens import tokenize

from .. import lexicon
from .lostspaces import written_alone
from .quotepairs import close_quotations, misread

__all__ = ["APOSTROPHES", "ENABLED", "mend_marks"]

ENABLED = True
"""Switch: mend marks inside a token that stand for a lost space, apostrophe or full stop (module docstring)."""
APOSTROPHES = True
"""Switch: a double quote between letters read as an apostrophe, where the paragraph's quotation marks then pair no
worse (``quotepairs``). Each one mended changes the record's count of quotation marks, and the pipeline reads
quotations by that count: unpaired, on a record whose quotations an apostrophe closes (HuffPost's "'"), mending
"didn"t" turned later quotations inside out (bench/BRIEF_REVIEW.md, "inputs68"); such a quotation is now closed by
a double quote too, and a paragraph whose marks would pair worse is left as written ("inputs69")."""

_SETTINGS = lexicon.document("inner_marks")
_WORD_ZIPF = float(_SETTINGS["zipf"]["word"])
_KNOWN_ZIPF = float(_SETTINGS["zipf"]["known"])
_WRITTEN_ZIPF = float(_SETTINGS["zipf"]["written"])
_LEAD_ZIPF = float(_SETTINGS["zipf"]["lead"])
_DOT_WORD = int(_SETTINGS["sizes"]["dot_word"])
_NAME_MIN = int(_SETTINGS["sizes"]["name"])
_ALPHABET = "abcdefghijklmnopqrstuvwxyz"

_QUOTE = re.compile(r"(?<![\w@#/.:'’\"“-])([\"“]?)([A-Za-z]+)\"([a-z]{1,3})(?![\w\"”'’-])")
_HYPHEN = re.compile(r"(?<![\w@#/.:$£€'’&-])([A-Za-z]+)-([A-Za-z]+)(?![\w/@&-]|[.,'’]\w)")
_DOT = re.compile(r"(?<![\w@#/.:'’-])([a-z]+)\.([A-Za-z][a-z]+)(?![\w/@.-]|[.,:]\w)")
_APOSTROPHE = re.compile(r"(?<![\w@#/.:'’-])([A-Za-z]+)(['’])([a-z]{1,2})(?![\w'’-])")


def _z(word: str) -> float:
    return zipf_frequency(word.lower(), "en")


def _one_word(token: str) -> bool:
    """Whether ``wordfreq`` reads ``token`` as one word ("we're"; "we'er" is "we" and "er")."""
    return len(tokenize(token.replace("’", "'").lower(), "en")) == 1


def _word_or_name(part: str) -> bool:
    """Whether ``part`` is a word of general English, or a name (capitalised, four letters or more, or in capitals)."""
    if part.lower() in lexicon.words("compound_prefixes"):
        return False
    if part[:1].isupper():  # a name's short syllable is no word ("Jae-in")
        return len(part) >= _NAME_MIN or part.isupper() and len(part) >= 2
    return len(part) >= 2 and _z(part) >= _WORD_ZIPF


def _apostrophe(m: re.Match[str]) -> str | None:
    """The token with its double quote read as an apostrophe, when that is a word of general English."""
    opened, left, right = m.group(1), m.group(2), m.group(3)
    if opened or not _one_word(f"{left}'{right}") or _z(f"{left}'{right}") < _WORD_ZIPF:
        return None
    return f"{left}'{right}"


def _spaced(m: re.Match[str]) -> str | None:
    """The token with its hyphen read as a space, when one side makes no compound there (module docstring)."""
    left, right = m.group(1), m.group(2)
    if _z(left + right) >= _KNOWN_ZIPF:
        return None
    last, first = lexicon.words("compound_free_last_words"), lexicon.words("compound_free_first_words")
    if right in last and left.lower() not in last and _word_or_name(left):
        return f"{left} {right}"
    if left.lower() in first and right.islower() and right not in last and _word_or_name(right):
        return f"{left} {right}"
    return None


def _stopped(m: re.Match[str]) -> str | None:
    """The token with its full stop read as a sentence's end or a space (module docstring)."""
    left, right = m.group(1), m.group(2)
    if (len(left) < _DOT_WORD or len(right) <= 2 or right.lower() in lexicon.words("web_domain_words")
            or _z(left) < _WORD_ZIPF or _z(right) < _WORD_ZIPF):
        return None
    if right[0].isupper():
        return f"{left}. {right}"
    return f"{left} {right}" if right in written_alone() else None


def _lettered(m: re.Match[str]) -> str | None:
    """The apostrophe's word with the one letter put back that makes it far likelier than any other (module
    docstring)."""
    token = m.group()
    if m.group(3) == "s" or _z(token.replace("’", "'")) >= _WRITTEN_ZIPF:
        return None  # a possessive's "'s" is written so after any name
    candidates = {token[:k] + c + token[k:] for k in range(len(token) + 1) for c in _ALPHABET}
    scored = sorted(((_z(c.replace("’", "'")), c) for c in candidates if _one_word(c)), reverse=True)
    best, second = scored[0], scored[1]
    if best[0] < _WORD_ZIPF or best[0] - second[0] < _LEAD_ZIPF:
        return None
    return best[1]


def _paired_apostrophes(par: str, repairs: list[tuple[str, str]]) -> str:
    """``par`` with its double quotes between letters read as apostrophes (``_apostrophe``) and a quotation it then
    leaves closed by an apostrophe closed by a double quote (``quotepairs``), when its quotation marks then pair no
    worse than as written; otherwise as written: the pipeline reads quotations by the paragraph's count of marks, and
    one mark taken away turns every later quotation the other way round (bench/BRIEF_REVIEW.md, "inputs69")."""
    found: list[tuple[str, str]] = []

    def sub(m: re.Match[str]) -> str:
        if (new := _apostrophe(m)) is None:
            return m.group()
        found.append((m.group(), new))
        return new

    mended = _QUOTE.sub(sub, par)
    if not found:
        return par
    closed, closes = close_quotations(mended)
    if misread(closed) > misread(par):
        return par
    repairs.extend(found + closes)
    return closed


def mend_marks(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with each mark inside a token that stands for another mended (module docstring), and each repair as
    (as written, as mended)."""
    if not ENABLED:
        return text, []
    repairs: list[tuple[str, str]] = []

    def mended(read: Callable[[re.Match[str]], str | None]) -> Callable[[re.Match[str]], str]:
        def sub(m: re.Match[str]) -> str:
            new = read(m)
            if new is None:
                return m.group()
            was = m.group().lstrip("\"“")
            repairs.append((was, new))
            return m.group()[: len(m.group()) - len(was)] + new
        return sub

    if APOSTROPHES and '"' in text:
        text = "\n".join(_paired_apostrophes(par, repairs) for par in text.split("\n"))
    text = _HYPHEN.sub(mended(_spaced), text)
    text = _DOT.sub(mended(_stopped), text)
    text = _APOSTROPHE.sub(mended(_lettered), text)
    return text, repairs
