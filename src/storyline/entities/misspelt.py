"""A surname written alone with two neighbouring letters swapped ("Whitcmobe" beside "Eleanor Whitcombe") or with one
letter doubled, as transliterations differ ("Zelenskyy" beside "Volodymyr Zelensky"): the person of the one full name
whose surname it so spells, not one more person."""

from __future__ import annotations

from ..model import EntityKind
from ..unionfind import UnionFind
from .shapes import transposed

MISSPELT_MIN = 6  # letters: shorter names a swap apart are often two names ("Dean" / "Dane")


def join_transposed(uf: UnionFind[tuple[EntityKind, str]], persons: list[tuple[EntityKind, str]]) -> None:
    """Join each one-word person key to the one fuller person whose surname it is with two letters swapped or one
    letter doubled."""
    fuller = [k for k in persons if " " in k[1]]
    for k in persons:
        if " " in k[1] or len(k[1]) < MISSPELT_MIN:
            continue
        owners = {uf.find(f) for f in fuller if transposed(k[1], last := f[1].rsplit(" ", 1)[1])
                  or _doubled(k[1], last) or _doubled(last, k[1])}
        if len(owners) == 1:
            uf.union(owners.pop(), k)


def _doubled(longer: str, shorter: str) -> bool:
    """Is ``longer`` ``shorter`` with one of its letters written twice ("zelenskyy" of "zelensky")?"""
    if len(longer) != len(shorter) + 1 or len(shorter) < MISSPELT_MIN:
        return False
    return any(longer[i] == longer[i - 1] and longer[:i] + longer[i + 1 :] == shorter for i in range(1, len(longer)))
