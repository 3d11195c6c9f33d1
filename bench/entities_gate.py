"""CI quality gate for names and places: bench/entities_eval.py's checked measures must not drop
below the floors in bench/entities_floors.json (only ever raised), on each labelled split:

- ``dev``: the stories the entity and place checks were built on;
- ``held-out``: stories only labelled, never used to change the code;
- ``held-out-2``: stories drawn at random and labelled before the issue 12 review changed the code;
- ``held-out-3``: five stories whose entity lists no entity round had opened, labelled by branch ents20l
  (the earlier held-out stories had since been read and tuned on by entity rounds).

Every measure is higher-is-better (precision and recall per kind, the share of junk names kept out
of the list, place accuracy). Prints each split next to its floors; exits 1 when a floor is broken.
Skips itself with a note when ../shared is absent (fails when STORYLINE_REQUIRE_SHARED=1).

    python bench/entities_gate.py [--floors bench/entities_floors.json]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from _floors import check_floors

HERE = Path(__file__).resolve().parent
SHARED = HERE.parent.parent / "shared"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--floors", type=Path, default=HERE / "entities_floors.json")
    args = ap.parse_args()
    if not SHARED.exists():
        print(f"entities gate: {SHARED} not found; skipped")
        return 1 if os.environ.get("STORYLINE_REQUIRE_SHARED") == "1" else 0
    floors_all = json.loads(args.floors.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "measures.json"
        subprocess.run([sys.executable, str(HERE / "entities_eval.py"), "--json", str(out)],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        got = json.loads(out.read_text(encoding="utf-8"))
    failed: list[str] = []
    for split, floors in floors_all.items():
        if split == "about":
            continue
        failed += check_floors(got.get(split, {}), floors, label=split, column="measured", prefix=split, digits=3)
    if failed:
        print(f"entities gate FAILED: below the floors on {', '.join(failed)}", file=sys.stderr)
        return 1
    print("entities gate passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
