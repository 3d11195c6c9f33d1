"""A page that declares another language than English and reads like it: skipped before cleaning (inputs31).

``clean.language`` guesses a body's language from its script and from the function words of fifteen
languages. A Latin-script language outside those fifteen (Latvian, Lithuanian, Estonian, Slovak …) gets
no confident guess, and a guess that is not confident is "don't know", never "not English": such a page was
briefed as English. The page itself says what it is written in (``<html lang="lv">``). Alone, that is no
proof (a site's template may declare its home language over an English story), so it is taken only with
the text's own sign: under ``ENGLISH_FLOOR`` of its words are English function words ("the", "and", "of"
…: about a third of English prose, a few percent of another language's). Only a text mostly in Latin letters
is judged here: another script (Cyrillic, Japanese …) is cleaning's to name, from its letters.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..errors import UnsupportedLanguage

__all__ = ["ENGLISH_FLOOR", "check_declared_language", "declared_language"]

ENGLISH_FLOOR = 0.2  # as cleaning's second opinion (``clean.config.english_stopword_floor``)
MIN_WORDS = 20  # as cleaning's language gate: a shorter body is not judged
LATIN_SHARE = 0.5  # most letters Latin (up to U+024F): another script is named by its letters, in cleaning
_SAMPLE_CHARS = 2500
_TOKEN = re.compile(r"[^\W\d_]+")
_CODE = re.compile(r"^([a-z]{2,3})(?:[-_][a-z0-9]+)*$")


def declared_language(tree: Any) -> str | None:
    """The primary language subtag the page's root element declares (``lang`` or ``xml:lang``), lower case."""
    if tree is None:
        return None
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    raw = (root.get("lang") or root.get("{http://www.w3.org/XML/1998/namespace}lang") or "").strip().lower()
    m = _CODE.match(raw)
    return m.group(1) if m else None


def english_share(text: str) -> float:
    """Share of the text's first words (letters only) that are English function words."""
    tokens = _TOKEN.findall(text[:_SAMPLE_CHARS].lower())
    if not tokens:
        return 0.0
    words = frozenset(lexicon.entries("function_words/en"))
    return sum(1 for t in tokens if t in words) / len(tokens)


def _latin(text: str) -> bool:
    """Whether most of the text's first letters are Latin: another script is ``clean.language``'s to name."""
    letters = [c for c in text[:_SAMPLE_CHARS] if c.isalpha()]
    return bool(letters) and sum(1 for c in letters if c < "\u0250") >= LATIN_SHARE * len(letters)


def check_declared_language(tree: Any, text: str, name: str) -> None:
    """``UnsupportedLanguage`` when the page declares a language other than English and its text has
    under ``ENGLISH_FLOOR`` English function words (``MIN_WORDS`` words or more)."""
    code = declared_language(tree)
    if code is None or code == "en" or len(text.split()) < MIN_WORDS or not _latin(text):
        return
    share = english_share(text)
    if share < ENGLISH_FLOOR:
        raise UnsupportedLanguage(
            name, f'the page declares its language "{code}" and {share:.0%} of its words are English function'
            " words; storyline's models are English-only")
