"""A currency sign a record's text lost to "?" when its page was read in the wrong encoding, restored (inputs61).

A page read in the wrong encoding loses characters outside ASCII to "?": a British outlet's "£7bn" reaches the record
as "a ?7bn annual loss", "$38m (?31m)". Shown so, the sum reads as a question and claims finds no currency in it. A
"?" opens no word in English, so one directly before a figure (at a word's start: after a space, a bracket or a
dash, not after a letter, a digit or another mark) is the lost sign when the figure reads as a sum: a scale glued to
it or after it ("bn", "m", "mn", "billion", "thousand"), or thousands written with commas ("?650,000"). The one
rule is ``text.LOST_SIGN``, which claims reads too (inputs63: the two copies differed, so "-?40mn", "?7 bn" and "?3
thousand" were money to claims and left unrestored here). The sign is that of the country the outlet's web address
names (``lexicon/domain_countries.tsv``; ``lexicon/currency_signs.tsv``: "£" on ".uk"); on an outlet of no such country
(".com") nothing tells the sign, and the "?" is left as written. A record's title is restored the same way
(``clean.clean_document``; inputs63: "Royal Bank … losses more than treble to ?7bn" headed a brief).

A letter outside ASCII lost inside a word ("Beyonc��", "Sch?uble") is restored by the word English writes
(``restore_letters``, inputs65).

The scraper's ``"?`` for a dash or a curly quotation mark is repaired before, when the record is read
(``ingest/jsonrecord.py``).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from .. import lexicon
from ..text import LOST_SIGN, outlet_country

__all__ = ["LETTERS", "SIGNS", "restore_letters", "restore_lost"]

SIGNS = True
"""Switch: restore a currency sign lost to "?" before a sum on an outlet whose country writes one."""
_SIGNS = lexicon.table("currency_signs")


def _country_sign(url: str | None) -> str | None:
    """The currency sign of the country the outlet's web address names ("bbc.co.uk" -> "£"), if it has one."""
    iso = outlet_country(url)
    return None if iso is None else _SIGNS.get(iso)


def restore_lost(text: str, url: str | None) -> str:
    """``text`` with each currency sign it lost to "?" before a sum restored as the sign of the outlet's country
    (module docstring); unchanged when that country writes no sign outside ASCII."""
    if "?" not in text:
        return text
    sign = _country_sign(url) if SIGNS else None
    return text if sign is None else LOST_SIGN.sub(sign, text)


LETTERS = True
"""Switch (inputs65): a letter outside ASCII that a record's text lost inside a word is restored by the word English
writes (module docstring of ``restore_letters``)."""
# A lost letter: a "?" between two letters ("Sch?uble"), or one or two replacement characters after two letters, a
# letter or an apostrophe after them or the word's end ("Beyonc��'s", "communiqu��"): two for a letter of two bytes.
_LOST_LETTER = re.compile(r"(?<=[A-Za-z]{2})(?:\?(?=[a-z])|\ufffd{1,2}(?![\ufffd\d]))")
_WORD_AROUND = re.compile(r"[A-Za-z\ufffd?]*")
_ACCENTED = "".join(chr(c) for c in range(0xC0, 0x180) if chr(c).isalpha() and chr(c).islower())
_KNOWN_ZIPF = 1.0  # a word English writes: about once in a hundred million words (``wordfreq``; "schäuble" 1.7)


def _restored(head: str, tail: str) -> str | None:
    """The letter outside ASCII that makes ``head`` + letter + ``tail`` the word English writes most (``wordfreq``),
    or None when no such word is known."""
    best, score = None, _KNOWN_ZIPF
    for letter in _ACCENTED:
        z = zipf_frequency((head + letter + tail).lower(), "en")
        if z >= score:
            best, score = letter, z
    return best


def restore_letters(text: str) -> str:
    """``text`` with each letter outside ASCII it lost inside a word restored: the page read in the wrong encoding
    lost "é" to "?" or to replacement characters ("Beyonc��", "Wolfgang Sch?uble", "communiqu��"). A "?" inside a
    word is no English, nor is a replacement character; the letter put back is the one with which the word is one
    English writes (``wordfreq``: "Beyoncé", "Schäuble", "communiqué"), upper case after upper case. A word no
    letter makes known is left as written."""
    if not LETTERS or ("?" not in text and "\ufffd" not in text):
        return text

    def fix(m: re.Match[str]) -> str:
        start = text.rfind(" ", 0, m.start()) + 1
        head = re.sub(r"^\W+", "", text[start : m.start()])
        tail = _WORD_AROUND.match(text, m.end())
        rest = tail.group() if tail is not None else ""
        letter = None if "?" in rest or "\ufffd" in rest else _restored(head, rest)
        if letter is None:
            return m.group()
        return letter.upper() if head.isupper() and len(head) > 1 else letter

    return _LOST_LETTER.sub(fix, text)
