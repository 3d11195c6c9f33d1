"""Round 13 of the story clustering variants (issue 13): deferral, a report whose story is unclear waits for
evidence before joining (``ClusterSettings.defer_*``, ``stories.defer``).

A report is held when its best two candidates score close (``defer_ratio``: the second at least that share of
the best, the best at or above the threshold) or when it would start a story while its best candidate scores at
least ``defer_low`` (the gray zone); a held report starts a provisional story (later reports may join it), which
is decided ``defer_k`` reports later (and, with ``defer_pass``, at every merge pass): re-scored against the grown
stories, it joins the best at or above the threshold (``defer_join``: another score), or stays; with
``defer_apart`` it also stays when its second-best story still scores that share of the best; with
``defer_closed`` later reports may not join it before it is decided. Grids: the first (no option), ``--wider``,
``--closed``, ``--apart``, ``--both``, ``--join`` (bench/STORIES_EXPERIMENTS.md round 13 has all six).

Protocol (rounds 8-12, ``stories_variants9.protocol``): each point on **half A alone**, the mean over seeds 0-4
of the half-A BCubed F1 with the merge pass after every report, every 25 and once; the best point then held
out on half B, tac2011 (alone) and the stream at each seed; the store's way (repeated texts as their first
copy). The product's code runs (``assign_in_order`` on the in-memory index).

    python bench/stories_variants13.py [--cache FILE] [--wider | --closed | --apart | --both | --join | --recheck
                                       | --evidence]
                                       [--held LABEL]

``--evidence`` (round 14): the recheck with the merge pass's rare-names evidence (``defer_recheck_names``), only
after a large add (``defer_recheck_add``), and both.

``--recheck`` (round 13b): the choice with ``defer_recheck`` (a provisional story decided to stay apart is held
until the merge pass and decided again there as the whole story it is part of then) and ``defer_recheck_embed``.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from stories_eval import BENCH  # noqa: E402
from stories_variants7 import DEFAULT  # noqa: E402
from stories_variants9 import Point, f1, load, protocol  # noqa: E402


def points() -> list[Point]:
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for k in (5, 25):
        for ratio in (0.8, 0.9):
            out.append((f"ratio {ratio}, k {k}", replace(DEFAULT, defer_k=k, defer_ratio=ratio)))
        for low in (0.12, 0.15):
            out.append((f"low {low}, k {k}", replace(DEFAULT, defer_k=k, defer_low=low)))
        out.append((f"ratio 0.9, low 0.15, k {k}", replace(DEFAULT, defer_k=k, defer_ratio=0.9, defer_low=0.15)))
    for label, st in list(out[1:]):
        if label.endswith("k 25"):
            out.append((f"{label}, at the pass", replace(st, defer_pass=True)))
    return out


def wider_points() -> list[Point]:
    """More reports held (a lower ratio), and a held report decided at a lower score than the threshold."""
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for k in (5, 25):
        for ratio in (0.6, 0.7):
            out.append((f"ratio {ratio}, k {k}", replace(DEFAULT, defer_k=k, defer_ratio=ratio)))
    for low in (0.10, 0.12):
        for join in (0.15, 0.16):
            out.append((f"low {low}, join {join}, k 25", replace(DEFAULT, defer_k=25, defer_low=low,
                                                                 defer_join=join)))
    out.append(("ratio 0.7, k 25, at the pass", replace(DEFAULT, defer_k=25, defer_ratio=0.7, defer_pass=True)))
    return out


def closed_points() -> list[Point]:
    """Later reports may not join a held report's provisional story before it is decided."""
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for k in (5, 25):
        for ratio in (0.7, 0.8):
            out.append((f"closed, ratio {ratio}, k {k}", replace(DEFAULT, defer_k=k, defer_ratio=ratio,
                                                                  defer_closed=True)))
        out.append((f"closed, low 0.12, k {k}", replace(DEFAULT, defer_k=k, defer_low=0.12, defer_closed=True)))
    return out


def apart_points() -> list[Point]:
    """A held report whose best two stories still score close when decided stays a story of its own."""
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for k in (5, 25):
        for ratio in (0.7, 0.8):
            for apart in (0.8, 0.9):
                out.append((f"ratio {ratio}, apart {apart}, k {k}", replace(DEFAULT, defer_k=k, defer_ratio=ratio,
                                                                            defer_apart=apart)))
    return out


def both_points() -> list[Point]:
    """Closed provisional stories, and still unclear when decided: apart (run after the fourth grid)."""
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for closed in (True, False):
        for ratio in (0.6, 0.7):
            for apart in (0.85, 0.9, 0.95):
                if not closed and ratio == 0.7 and apart in (0.9,):
                    continue  # the fourth grid's
                out.append((f"{'closed, ' if closed else ''}ratio {ratio}, apart {apart}, k 5",
                            replace(DEFAULT, defer_k=5, defer_ratio=ratio, defer_apart=apart, defer_closed=closed)))
    return out


def join_points() -> list[Point]:
    """A held report decided at a lower score than the threshold (the sixth grid, run after a trace of the held-out
    tac2011 losses: groups of 3-4 reports of one story left apart; so its held-out numbers are not clean)."""
    out: list[Point] = [("main (no deferral)", DEFAULT)]
    for closed in (False, True):
        for apart in (0.0, 0.95):
            for join in (0.15, 0.16):
                out.append((f"{'closed, ' if closed else ''}ratio 0.7{f', apart {apart}' if apart else ''}, "
                            f"join {join}, k 5", replace(DEFAULT, defer_k=5, defer_ratio=0.7, defer_apart=apart,
                                                         defer_join=join, defer_closed=closed)))
    return out


def recheck_points() -> list[Point]:
    """Round 13b: the round's choice with ``defer_recheck`` (a story left apart is decided again, as the whole story
    it is part of, after the merge pass), whole stories of any size or of at most 10 or 5 reports, and with the
    mean lead embeddings also asked (``defer_recheck_embed``)."""
    choice = replace(DEFAULT, defer_k=5, defer_ratio=0.7, defer_apart=0.95)
    out: list[Point] = [("main (no deferral)", DEFAULT), ("ratio 0.7, apart 0.95, k 5", choice)]
    for n, embed in ((100, 0.0), (10, 0.0), (5, 0.0), (10, 0.4), (10, 0.5), (100, 0.5)):
        out.append((f"ratio 0.7, apart 0.95, k 5, recheck {n}{f', embed {embed}' if embed else ''}",
                    replace(choice, defer_recheck=n, defer_recheck_embed=embed)))
    return out


def evidence_points() -> list[Point]:
    """Round 14: round 13b's recheck asking the rare-names evidence the merge pass asks (``defer_recheck_names``),
    run only at the pass after a large add (``defer_recheck_add`` 100: any value from 26 to a half's size gives the
    same cells here, one add in, adds of 25 out), and the two together, on round 13's choice."""
    choice = replace(DEFAULT, defer_k=5, defer_ratio=0.7, defer_apart=0.95)
    out: list[Point] = [("main (no deferral)", DEFAULT), ("ratio 0.7, apart 0.95, k 5", choice)]
    for n, names, add, embed in ((5, 1, 0, 0.0), (10, 1, 0, 0.0), (100, 1, 0, 0.0), (10, 2, 0, 0.0),
                                 (100, 2, 0, 0.0), (5, 0, 100, 0.0), (10, 0, 100, 0.0), (100, 0, 100, 0.0),
                                 (5, 1, 100, 0.0), (10, 1, 100, 0.0), (100, 1, 100, 0.0), (10, 1, 0, 0.4),
                                 (10, 0, 100, 0.4)):
        out.append((f"ratio 0.7, apart 0.95, k 5, recheck {n}{f', names {names}' if names else ''}"
                    f"{f', add {add}' if add else ''}{f', embed {embed}' if embed else ''}",
                    replace(choice, defer_recheck=n, defer_recheck_names=names, defer_recheck_add=add,
                            defer_recheck_embed=embed)))
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--held", default="", help="only the held-out table for the point whose label is this")
    ap.add_argument("--cache", type=Path, help="pickle of the computed features (made when absent)")
    ap.add_argument("--only", default="", help="comma-separated labels: only these points (and main) on half A")
    ap.add_argument("--wider", action="store_true", help="the second grid: more held, a lower deciding score")
    ap.add_argument("--closed", action="store_true", help="the third grid: held stories closed until decided")
    ap.add_argument("--apart", action="store_true", help="the fourth grid: still unclear when decided, apart")
    ap.add_argument("--both", action="store_true", help="the fifth grid: closed and apart together")
    ap.add_argument("--join", action="store_true", help="the sixth grid: decided at a lower score")
    ap.add_argument("--recheck", action="store_true", help="round 13b: decided again at the merge pass, as a whole")
    ap.add_argument("--evidence", action="store_true", help="round 14: the recheck asks rare names, or one add only")
    args = ap.parse_args()
    if not BENCH.is_dir():
        print(f"stories_variants13: {BENCH} not found; skipped")
        return 0
    v = load(args.cache)
    pts = (wider_points() if args.wider else closed_points() if args.closed else apart_points() if args.apart
           else both_points() if args.both else join_points() if args.join else recheck_points() if args.recheck
           else evidence_points() if args.evidence else points())
    if args.only:
        keep = set(args.only.split(";"))
        pts = [pts[0]] + [p for p in pts[1:] if p[0] in keep]
    protocol(pts, lambda p, s, e, st: f1(v, p, s, e, st, True), args.held)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
