"""Write the briefs of the demo, the seeds and fixed bench subsets to JSON, timings removed.

The safety net for refactors: snapshot before a change, snapshot after, compare byte for byte.

    python scripts/snapshot_briefs.py OUT_DIR            # write snapshots
    python scripts/snapshot_briefs.py OUT_DIR --compare BASE_DIR   # write, then diff against BASE_DIR

Reads ../shared (seeds, bench) when it is there; the demo story is always included.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SUBSETS = {"tac2011.jsonl": 3, "duc2003.jsonl": 4, "multinews-dev.jsonl": 12}


def _write(out: Path, name: str, briefs: list[object]) -> None:
    import storyline

    items = [b for b in briefs if isinstance(b, storyline.Brief)]
    for b in items:
        b.provenance.pop("seconds", None)  # the one field that differs between runs
    (out / f"{name}.json").write_text(json.dumps([b.to_dict() for b in items], ensure_ascii=False, indent=1), "utf-8")
    (out / f"{name}.md").write_text("\n\n=====\n\n".join(b.to_markdown() for b in items), "utf-8")
    if len(items) == 1:
        (out / f"{name}.html").write_text(items[0].to_html(), "utf-8")


def snapshot(out: Path) -> None:
    import storyline

    out.mkdir(parents=True, exist_ok=True)
    _write(out, "demo", [storyline.brief([str(ROOT / "examples" / "harbour-fire")])])
    if SHARED.is_dir():
        _write(out, "seeds", [storyline.brief([str(SHARED / "seeds")])])
        for fname, limit in SUBSETS.items():
            lines = (SHARED / "bench" / fname).read_text("utf-8").splitlines()[:limit]
            tmp = out / f"_{fname}"
            tmp.write_text("\n".join(lines) + "\n", "utf-8")
            words = 100 if fname.startswith("duc") else 250
            _write(out, fname.removesuffix(".jsonl"), list(storyline.briefs([str(tmp)], words=words)))
            tmp.unlink()


def compare(a: Path, b: Path) -> int:
    bad = 0
    for f in sorted(b.iterdir()):
        other = a / f.name
        if not other.exists() or other.read_bytes() != f.read_bytes():
            print(f"DIFFERS: {f.name}")
            bad += 1
    print("identical" if not bad else f"{bad} file(s) differ")
    return 1 if bad else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, metavar="BASE_DIR")
    args = ap.parse_args()
    snapshot(args.out)
    return compare(args.out, args.compare) if args.compare else 0


if __name__ == "__main__":
    sys.exit(main())
