"""The shared word lists: data files, read once, the same list wherever it is used.

One file per list (README.md says what each is for and where it comes from):

    words("stopwords")            -> frozenset of the lines of stopwords.txt
    entries("name_particles")     -> the same lines, in file order (for building patterns)
    numbers("months")             -> {"january": 1, "jan": 1, ...} from months.tsv ("word<TAB>number")
    table("honorifics")           -> {"Mr": "abbreviation", ...} from honorifics.tsv ("key<TAB>value")
    aliases("known_orgs")         -> {"NATO": ("Nato", ...), ...} ("key<TAB>alias|alias|...")
    rows("units")                 -> (("km", "km", "length", "1000"), ...): every field of a .tsv line
    document("claims")            -> claims.toml parsed (sections of word classes)
    packed_lines("noun_kin")      -> the lines of noun_kin.tsv.gz (a large table, shipped compressed)
    alternation(words("x"))       -> "new york city|new york|..." : a list as one regex alternation

A name may have a folder: ``words("function_words/fr")``. Lines starting with "#"
are comments; blank lines are skipped; entries keep their case. Lists are read
with ``importlib.resources`` (they ship inside the package) and cached, so asking
again costs nothing; callers get immutable results (a frozenset or a tuple) or a
fresh dict they may change.
"""

from __future__ import annotations

import gzip
import re
import tomllib
from collections.abc import Iterable
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

__all__ = ["aliases", "alternation", "document", "entries", "numbers", "packed_lines", "rows", "table", "words"]


def _file(filename: str) -> Traversable:
    path = resources.files(__name__).joinpath(*filename.split("/"))
    if not path.is_file():
        raise LookupError(f"no word list {filename!r} in storyline/lexicon")
    return path


def _content(text: str, *, strip: bool = True) -> tuple[str, ...]:
    """The lines that are not blank or comments; stripped, or as written (a table's empty last field)."""
    out = []
    for raw in text.splitlines():
        line = raw.strip() if strip else raw
        if line.strip() and not line.startswith("#"):
            out.append(line)
    return tuple(out)


@cache
def _lines(filename: str) -> tuple[str, ...]:
    return _content(_file(filename).read_text(encoding="utf-8"))


def entries(name: str) -> tuple[str, ...]:
    """The lines of ``<name>.txt`` in file order."""
    return _lines(f"{name}.txt")


@cache
def words(name: str) -> frozenset[str]:
    """The lines of ``<name>.txt`` as a set."""
    return frozenset(entries(name))


def _pairs(name: str) -> list[tuple[str, str]]:
    out = []
    for line in _lines(f"{name}.tsv"):
        key, sep, value = line.partition("\t")
        if not sep:
            raise ValueError(f"storyline/lexicon/{name}.tsv: no tab in {line!r}")
        out.append((key.strip(), value.strip()))
    return out


def table(name: str) -> dict[str, str]:
    """``key<TAB>value`` lines of ``<name>.tsv``, in file order."""
    return dict(_pairs(name))


def numbers(name: str) -> dict[str, int]:
    """``word<TAB>number`` lines of ``<name>.tsv``, in file order."""
    return {key: int(value) for key, value in _pairs(name)}


def aliases(name: str) -> dict[str, tuple[str, ...]]:
    """``key<TAB>alias|alias|...`` lines of ``<name>.tsv``, in file order."""
    return {key: tuple(a.strip() for a in value.split("|") if a.strip()) for key, value in _pairs(name)}


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """Every tab-separated field of each line of ``<name>.tsv``, in file order."""
    text = _file(f"{name}.tsv").read_text(encoding="utf-8")
    return tuple(tuple(line.split("\t")) for line in _content(text, strip=False))


@cache
def document(name: str) -> dict[str, Any]:
    """``<name>.toml`` parsed: sections of word lists (cached: read it, do not change it)."""
    return tomllib.loads(_file(f"{name}.toml").read_text(encoding="utf-8"))


@cache
def packed_lines(name: str) -> tuple[str, ...]:
    """The lines of ``<name>.tsv.gz``, a table too large to ship uncompressed (comments skipped)."""
    return _content(gzip.decompress(_file(f"{name}.tsv.gz").read_bytes()).decode("utf-8"), strip=False)


def alternation(words: Iterable[str], *, space: str | None = None) -> str:
    """Literal words as one regex alternation, longest first, so a word never loses to its own prefix.

    Each word is escaped; ``space`` (a pattern such as ``r"[ \\t]+"``) stands for each of a word's spaces.
    Ties are ordered by text, so the pattern is the same in every process.
    """
    escaped = [re.escape(word) for word in words]
    if space is not None:
        escaped = [word.replace(r"\ ", space) for word in escaped]
    return "|".join(sorted(escaped, key=lambda word: (-len(word), word)))
