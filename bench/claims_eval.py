"""Claims table against the hand-labelled dev stories (../shared/gold/claims-dev.json).

Each labelled cluster is written as doc00.txt, doc01.txt ... (0-based, in the cluster's order)
into a temporary folder, briefed as one story (the public API, as `storyline brief` does), and
scored by ../shared/gold/score_claims.py (which states the definitions). Prints per-cluster and
total figures, the misses per kind of figure (money, percent, distance, duration, count ...) and
the claim rows that no gold group matched, so that junk can be read.

    python bench/claims_eval.py                      # all labelled clusters
    python bench/claims_eval.py --clusters D31011,M000 --rows   # a split, with the unmatched rows
    python bench/claims_eval.py --json out.json      # totals for the CI gate

Stretch groups are left out of the scores (the scorer's rule); rows matched by a stretch group,
an optional mention or a gold mention of another group are not counted as unmatched.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold" / "claims-dev.json"
SCORER = SHARED / "gold" / "score_claims.py"

_SPEED = ("mph", "kph", "km/h", "knots", "miles per hour")
_DISTANCE = ("km", "miles", "mile", "feet", "foot", "meters", "metres", "kilometers", "kilometres", "mm",
             "inches", "inch", "cm")
_DURATION = ("years", "year", "months", "month", "minutes", "seconds", "days", "hours", "weeks")


def kind_of(group: dict[str, Any], mention: dict[str, Any]) -> str:
    """The kind of a gold figure, for the miss list (read from the gold's unit, 'what' and snippet)."""
    unit = (mention.get("unit") or "").lower()
    what = group["what"].lower()
    snip = mention["snippet"].lower()
    if "category" in what or "magnitude" in what or "degrees" in unit or "temperature" in what:
        return "scale"
    if unit in ("usd", "gbp", "eur", "php", "chf", "rol") or re.search(r"[$£€]|dlrs|\beuros?\b|\busd\b|pesos|lei\b",
                                                                         snip):
        return "money"
    if unit == "percent" or "percent" in what or "%" in snip or "per cent" in snip:
        return "percent"
    if any(u in what or u == unit for u in _SPEED) or "mph" in snip or "kph" in snip:
        return "speed"
    if unit in _DISTANCE or "(feet)" in what or "(km)" in what or "(mm)" in what or "(inches)" in what or \
            "distance" in what:
        return "distance"
    if unit in _DURATION or "years ago" in what or "(years" in what or "(months)" in what or \
            "minutes" in what or "(seconds)" in what or "time since" in what:
        return "duration"
    return "count"


@dataclass
class Score:
    """Counts of one cluster (or the total)."""

    mentions: int = 0
    found: int = 0
    groups: int = 0
    groups_right: int = 0
    verdicts_right: int = 0
    rows: int = 0
    unmatched: int = 0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for k in ("mentions", "found", "groups", "groups_right", "verdicts_right", "rows", "unmatched"):
            setattr(self, k, getattr(self, k) + getattr(other, k))

    def pct(self, a: str, b: str) -> float:
        d = getattr(self, b)
        return 100.0 * getattr(self, a) / d if d else 0.0


def _span(text: str, snippet: str) -> tuple[int, int] | None:
    m = re.search(r"\s+".join(re.escape(w) for w in snippet.split()), text)
    return (m.start(), m.end()) if m else None


def brief_cluster(documents: list[str], folder: Path) -> dict[str, Any]:
    """The brief of one cluster, its documents written as doc00.txt ... in ``folder``: one story, as the
    benchmark groups it (``storyline.brief`` would brief only the largest story it finds in the folder)."""
    import storyline
    from storyline.pipeline import build_brief

    for i, text in enumerate(documents):
        (folder / f"doc{i:02d}.txt").write_text(text, encoding="utf-8")
    docs, skipped = storyline.read_documents([str(folder)])
    return build_brief(docs, skipped=skipped).to_dict()


def unmatched_rows(brief: dict[str, Any], cluster: dict[str, Any]) -> list[dict[str, Any]]:
    """Claim rows none of whose mentions overlaps any gold snippet (stretch and optional ones included)."""
    texts = {}
    for d in brief["documents"]:
        m = re.search(r"doc(\d+)\.txt$", d["id"])
        if m:
            texts[int(m.group(1))] = (d["id"], d["text"])
    spans: set[tuple[str, int, int]] = set()
    for g in cluster["claims"]:
        for gm in g["mentions"]:
            if gm["doc"] in texts:
                doc_id, text = texts[gm["doc"]]
                sp = _span(text, gm["snippet"])
                if sp:
                    spans.add((doc_id, *sp))
    out = []
    for row in brief["claims"]:
        hit = any(m["doc"] == d and m["start"] < b and m["end"] > a for m in row["mentions"] for d, a, b in spans)
        if not hit:
            out.append(row)
    return out


def score_cluster(brief: dict[str, Any], cluster: dict[str, Any], gold_path: Path, folder: Path) -> tuple[Score, str]:
    """Run the shared scorer on the brief; (counts, the scorer's miss lines)."""
    path = folder / "brief.json"
    path.write_text(json.dumps(brief, ensure_ascii=False), encoding="utf-8")
    res = subprocess.run([sys.executable, str(SCORER), str(path), str(gold_path), cluster["dataset"], cluster["id"]],
                         capture_output=True, text=True, check=True)
    lines = res.stdout.strip().splitlines()
    counts = json.loads(lines[-1])
    s = Score(mentions=counts["mentions"], found=counts["found"], groups=counts["groups"],
              groups_right=counts["groups_right"], verdicts_right=counts["verdicts_right"],
              rows=len(brief["claims"]))
    return s, "\n".join(lines[:-1])


def miss_kinds(cluster: dict[str, Any], scorer_out: str) -> list[tuple[str, str]]:
    """(kind, line) for every missed gold mention in the scorer's output."""
    groups = {g["id"]: g for g in cluster["claims"]}
    out = []
    for line in scorer_out.splitlines():
        m = re.match(r"missed\s+(\S+): doc (\d+) (.*) = (.*)$", line)
        if not m:
            continue
        g = groups[m.group(1)]
        gm = next((x for x in g["mentions"] if x["doc"] == int(m.group(2)) and repr(x["snippet"]) == m.group(3)),
                  g["mentions"][0])
        out.append((kind_of(g, gm), line))
    return out


def _row_line(row: dict[str, Any]) -> str:
    ms = "; ".join(f"{m['doc'][-9:-4]} {m['text']!r}={m['value']}" for m in row["mentions"][:4])
    more = f" (+{len(row['mentions']) - 4})" if len(row["mentions"]) > 4 else ""
    return f"  [{row['verdict']}] {row['what']}: {ms}{more}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gold", default=str(GOLD))
    ap.add_argument("--clusters", help="comma-separated cluster ids or id prefixes (default: all labelled)")
    ap.add_argument("--rows", action="store_true", help="print the unmatched claim rows of each cluster")
    ap.add_argument("--misses", action="store_true", help="print the scorer's miss lines of each cluster")
    ap.add_argument("--json", metavar="FILE", help="write the per-cluster and total counts here")
    args = ap.parse_args()
    gold_path = Path(args.gold)
    if not gold_path.exists():
        print(f"claims eval: {gold_path} not found; skipped")
        return 0
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    want = [w for w in (args.clusters or "").split(",") if w]
    clusters = [c for c in gold["clusters"] if c["claims"] and (not want or any(c["id"].startswith(w) for w in want))]
    sources = {name: SHARED / rel for name, rel in gold["sources"].items()}
    docs_of: dict[tuple[str, str], list[str]] = {}
    for name in {c["dataset"] for c in clusters}:
        ids = {c["id"] for c in clusters if c["dataset"] == name}
        with sources[name].open(encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec["id"] in ids:
                    docs_of[(name, rec["id"])] = rec["documents"]

    total = Score()
    per: list[tuple[dict[str, Any], Score]] = []
    kinds: dict[str, list[str]] = defaultdict(list)
    kind_totals: Counter[str] = Counter()
    report: list[str] = []
    for c in clusters:
        print(f"briefing {c['dataset']} {c['id'][:12]} ({c['n_documents']} docs)", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory() as tmp:
            folder = Path(tmp) / "docs"
            folder.mkdir()
            brief = brief_cluster(docs_of[(c["dataset"], c["id"])], folder)
            s, out = score_cluster(brief, c, gold_path, Path(tmp))
        rows = unmatched_rows(brief, c)
        s.unmatched = len(rows)
        total.add(s)
        per.append((c, s))
        for g in c["claims"]:
            if not g.get("stretch"):
                for gm in g["mentions"]:
                    if not gm.get("optional"):
                        kind_totals[kind_of(g, gm)] += 1
        for kind, line in miss_kinds(c, out):
            kinds[kind].append(f"{c['id'][:8]} {line}")
        if args.misses:
            report.append(f"\n## {c['dataset']} {c['id'][:12]}: scorer output\n{out}")
        if args.rows:
            report.append(f"\n## {c['dataset']} {c['id'][:12]}: {len(rows)} of {s.rows} rows match no gold group")
            report.extend(_row_line(r) for r in rows)

    head = "| dataset | cluster | mentions found | groups right | verdicts right | rows | rows no gold matched |"
    print(head)
    print("|---|---|---:|---:|---:|---:|---:|")
    for c, s in [*per, ({"dataset": "total", "id": ""}, total)]:
        print(f"| {c['dataset']} | {c['id'][:12]} | {s.found}/{s.mentions} ({s.pct('found', 'mentions'):.0f}%) | "
              f"{s.groups_right}/{s.groups} ({s.pct('groups_right', 'groups'):.0f}%) | "
              f"{s.verdicts_right}/{s.groups} ({s.pct('verdicts_right', 'groups'):.0f}%) | {s.rows} | "
              f"{s.unmatched} ({s.pct('unmatched', 'rows'):.0f}%) |")
    print("\nmisses by kind (non-stretch, non-optional gold mentions):")
    for kind in sorted(kind_totals, key=lambda k: -kind_totals[k]):
        print(f"  {kind}: {len(kinds[kind])} missed of {kind_totals[kind]}")
        for line in kinds[kind]:
            print(f"    {line}")
    for line in report:
        print(line)
    if args.json:
        data = {"clusters": {c["id"]: vars(s) for c, s in per}, "total": {
            "mentions_found": round(total.pct("found", "mentions"), 2),
            "groups_right": round(total.pct("groups_right", "groups"), 2),
            "verdicts_right": round(total.pct("verdicts_right", "groups"), 2),
            "rows": total.rows, "unmatched_rows": total.unmatched}}
        Path(args.json).write_text(json.dumps(data, indent=2), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
