"""Do two sentences state the same thing? Shared by ranking (redundancy) and citing."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import lru_cache

from ..model import Sentence
from ..text import TENS, UNITS, WORDS, content_terms, plain_terms, words
from .config import SummaryConfig

Figures = Callable[[Sentence], Sequence[tuple[float, float, str]]]
"""A figure reader: the values each figure of a sentence allows, (low, high, counted thing), with its
qualifier read ("about $973,000" allows 5% either side) and its scale ("$1.2 million" is 1,200,000). The
caller hands in the claims stage's reading (``pipeline.sentence_figures``): the claims stage is a sibling
of this one, so it is not imported here."""


@lru_cache(maxsize=65536)
def _terms(text: str) -> frozenset[str]:
    return frozenset(content_terms(text))


@lru_cache(maxsize=65536)
def _plain(text: str) -> frozenset[str]:
    return frozenset(plain_terms(text))


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


@lru_cache(maxsize=65536)
def _figures(text: str) -> frozenset[str]:
    """Figures in digits or words ("three" and "3" are one figure; "one" is left out, as it
    is mostly a pronoun)."""
    out = {n.replace(",", "") for n in _NUMBER.findall(text)}
    ws = words(text)
    for i, w in enumerate(ws):
        tens = TENS.get(ws[i - 1]) if i else None
        if tens and 0 < UNITS.get(w, 0) < 10:
            out.add(str(tens + UNITS[w]))  # "forty-five"
        elif w in TENS and i + 1 < len(ws) and 0 < UNITS.get(ws[i + 1], 0) < 10:
            continue  # "forty" of "forty-five": counted at "five"
        elif w in WORDS and w != "one":
            out.add(str(WORDS[w]))
    return frozenset(out)


def figures_agree(a: Sequence[tuple[float, float, str]], b: Sequence[tuple[float, float, str]]) -> bool:
    """Do two sentences' figures (a ``Figures`` reading) state the same values: each figure of one
    allowing a value of a figure of the other, both ways ("$972,814" and "about $973,000"; "$1.2 million"
    and "$1,200,000")? A sentence with no figure read agrees with none."""
    def within(xs: Sequence[tuple[float, float, str]], ys: Sequence[tuple[float, float, str]]) -> bool:
        return all(any(x[0] <= y[1] and y[0] <= x[1] for y in ys) for x in xs)

    return bool(a) and bool(b) and within(a, b) and within(b, a)


def kinds_agree(a: Sequence[tuple[float, float, str]], b: Sequence[tuple[float, float, str]]) -> bool:
    """Do two sentences' figures agree kind by kind: a kind (the reading's unit) both state, each figure of it in one
    allowing a value of one in the other, both ways, and at least one such kind ("97.69 percent" and "nearly 98
    percent")? A figure of a kind only one states ("a fresh seven-year term") tells a circumstance the other leaves out,
    not a contradiction (summ51)."""
    shared = {x[2] for x in a} & {y[2] for y in b}
    return bool(shared) and all(
        figures_agree([x for x in a if x[2] == unit], [y for y in b if y[2] == unit]) for unit in shared)


def same_statement(
    a: str, b: str, cos: float, cfg: SummaryConfig, *, to_cite: bool = False,
    agree: Callable[[], bool] | None = None,
) -> bool:
    """Do sentences ``a`` and ``b`` state the same thing? (Different figures never do; with ``agree``,
    figures written differently are asked there first: a rounded or rescaled figure is the same figure.)

    ``to_cite`` asks more: sharing names is not enough to cite a sentence as a source
    ("Ash Carter has an answer to this" is not "Ash Carter said the US will not
    cooperate"), so at least two shared words must be plain words. Without it the
    looser test serves redundancy: a second sentence about the same people adds little.
    """
    fa, fb = _figures(a), _figures(b)
    differ = bool(fa and fb and fa != fb)  # 45 firefighters is not 40 (or three) firefighters …
    if differ and agree is None:
        return False
    if cos >= cfg.cite_cosine:
        return not differ or agree is not None and agree()  # … unless the reading finds them one figure
    ta, tb = _terms(a), _terms(b)
    shared = ta & tb
    return (
        len(shared) >= 4
        and len(shared) / max(min(len(ta), len(tb)), 1) >= cfg.cite_overlap
        and (not to_cite or len(shared & _plain(a) & _plain(b)) >= 2)
        and (not differ or agree is not None and agree())
    )
