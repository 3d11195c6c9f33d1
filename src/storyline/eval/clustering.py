"""Scores of a clustering against gold stories: BCubed and pairwise precision/recall/F1.

BCubed (Bagga & Baldwin 1998; Amigó et al. 2009) averages, over items, the share of an
item's predicted cluster that shares its gold story (precision) and the share of its gold
story found in its predicted cluster (recall). Pairwise counts item pairs put together.
Both are computed from cluster-by-story overlap counts, so they are exact and fast.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PRF:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


Overlaps = tuple[Counter[tuple[Hashable, Hashable]], Counter[Hashable], Counter[Hashable]]


def _overlaps(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> Overlaps:
    if set(pred) != set(gold):
        raise ValueError("prediction and gold must label the same items")
    both = Counter((pred[i], gold[i]) for i in gold)
    return both, Counter(pred.values()), Counter(gold.values())


def bcubed(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> PRF:
    """BCubed precision and recall of ``pred`` (item -> cluster) against ``gold`` (item -> story)."""
    both, pc, gc = _overlaps(pred, gold)
    n = len(gold)
    if not n:
        return PRF(1.0, 1.0)
    p = sum(k * k / pc[c] for (c, _), k in both.items()) / n
    r = sum(k * k / gc[g] for (_, g), k in both.items()) / n
    return PRF(p, r)


def pairwise(pred: Mapping[str, Hashable], gold: Mapping[str, Hashable]) -> PRF:
    """Precision and recall over item pairs put in one cluster."""
    both, pc, gc = _overlaps(pred, gold)

    def pairs(c: Counter[Hashable] | Counter[tuple[Hashable, Hashable]]) -> int:
        return sum(k * (k - 1) // 2 for k in c.values())

    tp, pp, gp = pairs(both), pairs(pc), pairs(gc)
    return PRF(tp / pp if pp else 1.0, tp / gp if gp else 1.0)
