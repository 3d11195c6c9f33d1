"""CI quality gate for the claims table: claims_eval's totals on ../shared/gold/claims-dev.json must not
drop below the floors in bench/claims_floors.json (only ever raised).

Prints the per-cluster table next to the floors. Exits 1 when a floor is broken; exits 0 with a note
when ../shared/gold is absent.

    python bench/claims_gate.py [--floors bench/claims_floors.json]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
GOLD = HERE.parents[0].parent / "shared" / "gold" / "claims-dev.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--floors", default=str(HERE / "claims_floors.json"))
    args = ap.parse_args()
    if not GOLD.exists():
        print(f"claims gate: {GOLD} not found; skipped")
        return 0
    floors = json.loads(Path(args.floors).read_text(encoding="utf-8"))["total"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "totals.json"
        subprocess.run([sys.executable, str(HERE / "claims_eval.py"), "--json", str(out)], check=True,
                       stdout=sys.stdout, stderr=subprocess.DEVNULL)
        total = json.loads(out.read_text(encoding="utf-8"))["total"]
    failed = [k for k, floor in floors.items() if total[k] < floor]
    print("\n| measure | claims-dev total | floor | ok |\n|---|---:|---:|---|")
    for k, floor in floors.items():
        print(f"| {k} | {total[k]:.1f} | {floor:.1f} | {'no' if k in failed else 'yes'} |")
    if failed:
        print(f"claims gate FAILED: below the floors on {', '.join(failed)}", file=sys.stderr)
        return 1
    print("claims gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
