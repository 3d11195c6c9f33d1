"""Re-derive the skeleton part of ``src/storyline/data/gazetteer.tsv.gz`` from its own rows, in place.

``scripts/build_gazetteer.py`` writes the whole file, skeleton part included, but needs
the GeoNames source packages; this needs only storyline. The rows and keys are kept as
they are, and the file is written the same way (gzip level 9, mtime 0), so running it
on a file that ``build_gazetteer.py`` wrote gives back the same bytes.

    python scripts/index_gazetteer.py [--check]
"""

from __future__ import annotations

import argparse
import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from storyline.places.gazetteer import skeleton_index  # noqa: E402

DATA = ROOT / "src" / "storyline" / "data" / "gazetteer.tsv.gz"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--file", type=Path, default=DATA)
    ap.add_argument("--check", action="store_true", help="only say whether the file's skeleton part is current")
    args = ap.parse_args()
    text = gzip.decompress(args.file.read_bytes()).decode("utf-8")
    head, _, rest = text.partition("\n\n")
    keys, _, old = rest.partition("\n\n")
    rows = [line for line in head.split("\n") if line and not line.startswith("#")]
    lines = skeleton_index(rows)
    if args.check:
        current = old.split("\n") == lines
        print(f"{args.file}: skeleton part {'current' if current else 'stale'}")
        return 0 if current else 1
    raw = (head + "\n\n" + keys + "\n\n" + "\n".join(lines)).encode("utf-8")
    args.file.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(
        f"{args.file}: {len(rows)} places, {len(lines)} skeleton lines, {len(raw)} bytes raw, "
        f"{args.file.stat().st_size} gzip"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
