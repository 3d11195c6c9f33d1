"""Extra citations in the review briefs at one citation setting, to compare settings by hand.

    python scripts/support_brief_citations.py OUT.json [--threshold T] [--no-copies]
    python scripts/support_brief_citations.py --compare A.json B.json   # lost / gained, per brief

Builds the briefs the sixth and seventh rounds of bench/citations/README.md read (the seeds, the
demo, the fifth brief review's five, twelve dev stories) with the judge's threshold set to T
(default: the shipped one) and the copy rule on or off, and writes each summary sentence with
the passages it cites. ``--compare`` lists the extra citations (a second source next to a
sentence) one file has and the other lacks.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
MULTINEWS = {"04ee": "04ee10332dea447fd20ba0b36c23c61fc1e4bbf4009eb6b6",
             "3175": "317596c2204663c37b6785e78ac7f631dfd73eee49358fbe",
             "4a14": "4a14994bceab965b7070de143a561309499b57c1a1fcd1ab"}
DEV_TWELVE = "D31027 D30042 M000 D31022 M006 D30028 D30005 D31013 M001 D30016 M009 D30051".split()


def stories() -> list[tuple[str, str, str | None]]:
    out: list[tuple[str, str, str | None]] = [("seeds", str(SHARED / "seeds"), None),
                                              ("demo", str(ROOT / "examples" / "harbour-fire"), None),
                                              ("D30050", str(SHARED / "bench" / "duc2003.jsonl"), "D30050"),
                                              ("M005", str(SHARED / "bench" / "tac2011.jsonl"), "M005")]
    out += [(k, str(SHARED / "bench" / "multinews-dev.jsonl"), v) for k, v in MULTINEWS.items()]
    for sid in DEV_TWELVE:
        name = "duc2003" if sid.startswith("D") else "tac2011"
        out.append((sid, str(SHARED / "bench" / f"{name}.jsonl"), sid))
    return out


def build(out: Path, threshold: float | None, copies: bool) -> None:
    import storyline
    import storyline.support as support

    if threshold is not None:
        support.operating_threshold = lambda: threshold  # the judge reads it per call
    if not copies:
        support.near_copy = lambda a, b: False
        support.counterpart = lambda a, b: False
    result: dict[str, Any] = {}
    for name, path, story in stories():
        b = storyline.briefs([path], story=story)[0] if story else storyline.brief([path])
        d = b.to_dict()
        texts = {x["id"]: x["text"] for x in d["documents"]}
        result[name] = [{"text": s["text"], "citations": [
            {"doc": c["doc"], "text": texts[c["doc"]][c["start"]:c["end"]]} for c in s["citations"]]}
            for s in d["summary"]]
        print(name, file=sys.stderr, flush=True)
    out.write_text(json.dumps(result, indent=1, ensure_ascii=False), "utf-8")


def _extra(summary: list[dict[str, Any]]) -> dict[tuple[str, str], str]:
    return {(s["text"], c["doc"]): c["text"] for s in summary for c in s["citations"][1:]}


def compare(a: Path, b: Path) -> None:
    left, right = json.loads(a.read_text("utf-8")), json.loads(b.read_text("utf-8"))
    for name in left:
        ea, eb = _extra(left[name]), _extra(right.get(name, []))
        print(f"== {name}: {len(ea)} -> {len(eb)}")
        for tag, keys, side in (("LOST", ea.keys() - eb.keys(), ea), ("GAINED", eb.keys() - ea.keys(), eb)):
            for k in sorted(keys):
                print(f"  {tag} [{k[1]}]\n    S: {k[0]}\n    P: {side[k]}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, nargs="?")
    ap.add_argument("--threshold", type=float)
    ap.add_argument("--no-copies", action="store_true")
    ap.add_argument("--compare", type=Path, nargs=2)
    args = ap.parse_args()
    if args.compare:
        compare(*args.compare)
    elif args.out:
        build(args.out, args.threshold, not args.no_copies)
    else:
        ap.error("give OUT or --compare A B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
