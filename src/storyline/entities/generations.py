"""A full name written once with a generational suffix and once without ("Ana Maria Ruiz Sr." and "Ana Maria Ruiz"):
one person when the story names no one else of that name with another suffix (lexicon/generational_suffixes.txt:
"jr", "sr"); beside both "Ana Ruiz Sr." and "Ana Ruiz Jr." the bare name is left alone, either might be meant."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..unionfind import UnionFind

__all__ = ["join_generations"]

_SUFFIXES = lexicon.words("generational_suffixes")

Key = tuple[EntityKind, str]


def join_generations(uf: UnionFind[Key], persons: Sequence[Key]) -> None:
    """Join each bare full name of two words or more with its one suffixed form (module docstring)."""
    present = {k[1] for k in persons}
    suffixed: dict[str, list[str]] = defaultdict(list)
    for key in sorted(present):
        words = key.split()
        if len(words) >= 3 and words[-1] in _SUFFIXES:
            suffixed[" ".join(words[:-1])].append(key)
    for bare, forms in sorted(suffixed.items()):
        if bare in present and len(forms) == 1:
            uf.union(("person", forms[0]), ("person", bare))
