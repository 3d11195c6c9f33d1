"""Which kinds of furniture the cleaner misses, and which article lines it loses, grouped by kind.

    PYTHONPATH=src python scripts/furniture_kinds.py [--cv FILE] [--show K]

Issue 10. Reads the out-of-fold misses ``scripts/furniture_cv.py --loso --lost`` printed (``--cv``: its
output saved to a file; "stays" = furniture left on a training-site page out of fold, "page" = article line
lost, "dev" = dev-gold item missed), and runs the shipped cleaner on the held-out sites' pages for their
misses. Each missed line is put in one kind by a rough shape test (``kind``; for reading the misses only:
it decides nothing in the cleaner), and the counts are printed per source. ``--show K`` lists the lines of
kind K.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from clean_data import FURNITURE, HEADLINE, KEEP, held_out, load_pages  # noqa: E402
from clean_eval import SYSTEMS  # noqa: E402

_CAPTION = re.compile(
    r"getty|\bap photo|reuters|\bafp\b|shutterstock|\bcredit\b|\bphoto\b|\bimage\b|caption|pictured|\((?:left|right|"
    r"center|centre|c|l|r)\)|\bpose[sd]?\b|\bfile\)|/[A-Z]", re.I)
_SIGNUP = re.compile(
    r"subscri|sign(?:ing)? up|newsletter|e-?mail|alerts?\b|inbox|opt-in|register|log ?in\b|account", re.I)
_STAMP = re.compile(r"^by\b|\bupdated\b|\bpublished\b|\bposted\b|\b\d+ (?:min|minutes|hours?|days?) ago\b|"
                    r"\b\d{1,2}:\d\d\b|\b(?:am|pm|[ap]\.m\.)\b|\b(?:19|20)\d\d\b", re.I)
_SHARE = re.compile(r"share|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|print|comments?\b|follow", re.I)
_PROMO = re.compile(r"[$£€]|\bdeals?\b|\bbuy\b|commission|click here|read more|see more|watch|video|listen|podcast|"
                    r"download|app\b|offer|shop", re.I)
_LEGAL = re.compile(r"©|copyright|rights reserved|terms|privacy|cookie|policy", re.I)


def kind(line: str) -> str:
    words = line.split()
    n = len(words)
    ends = line.rstrip("\"”’')").endswith((".", "!", "?"))
    alpha = [w for w in words if w[:1].isalpha()]
    caps = sum(w[0].isupper() for w in alpha) / max(len(alpha), 1)
    if _LEGAL.search(line):
        return "legal/footer"
    if _SIGNUP.search(line):
        return "sign-up/account"
    if _CAPTION.search(line):
        return "caption/credit"
    if n <= 3:
        return "nav/label (<=3 words)"
    if _SHARE.search(line) and n <= 12:
        return "share/social"
    if _PROMO.search(line) and n <= 25:
        return "promo/video/commerce"
    if _STAMP.search(line) and n <= 12:
        return "byline/stamp"
    if not ends and n <= 20 and caps >= 0.6:
        return "related headline (title case)"
    if not ends and n <= 25:
        return "headline/caption-like (no full stop)"
    if ends and n >= 10:
        return "prose-shaped"
    return "other short sentence"


def _held_out_misses() -> tuple[list[str], list[str]]:
    stays, lost = [], []
    run = SYSTEMS["storyline (model)"]
    for page in load_pages():
        if not page.english or not held_out(page.group):
            continue
        kept = run(page)
        for ln, lab, k in zip(page.lines, page.labels, kept, strict=True):
            if lab in (FURNITURE, HEADLINE) and k:
                stays.append(f"{page.group}: {ln}")
            elif lab == KEEP and not k:
                lost.append(f"{page.group}: {ln}")
    return stays, lost


def _dev(line: str) -> str:
    """'dev <doc>: furniture stays: <text>' -> '<doc>: <text>'."""
    doc, _, rest = line[4:].partition(": ")
    return f"{doc}: {rest.split(': ', 1)[-1]}"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--cv", help="saved output of scripts/furniture_cv.py --loso --lost")
    ap.add_argument("--show", help="list the lines of this kind")
    args = ap.parse_args()
    groups: dict[str, list[str]] = {}
    if args.cv:
        text = Path(args.cv).read_text(encoding="utf-8")
        loso = text.split("leave one story out", 1)
        groups["furniture left, training pages out of fold"] = [
            ln[6:] for ln in loso[0].splitlines() if ln.startswith("stays ")]
        groups["article lost, training pages out of fold"] = [
            ln[5:] for ln in loso[0].splitlines() if ln.startswith("page ")]
        groups["dev gold missed, 5-fold"] = [_dev(ln) for ln in loso[0].splitlines() if ln.startswith("dev ")]
        if len(loso) > 1:
            groups["dev gold missed, leave one story out"] = [_dev(ln) for ln in loso[1].splitlines()
                                                           if ln.startswith("dev ")]
    stays, lost = _held_out_misses()
    groups["furniture left, held-out sites (shipped model)"] = stays
    groups["article lost, held-out sites (shipped model)"] = lost
    kinds: dict[str, Counter[str]] = {}
    for name, lines in groups.items():
        kinds[name] = Counter(kind(ln.split(": ", 1)[1] if ": " in ln else ln) for ln in lines)
    names = list(groups)
    every = sorted({k for c in kinds.values() for k in c}, key=lambda k: -sum(c[k] for c in kinds.values()))
    print("| kind | " + " | ".join(names) + " |")
    print("|---|" + "---:|" * len(names))
    for k in every:
        print(f"| {k} | " + " | ".join(str(kinds[n][k]) for n in names) + " |")
    print("| all | " + " | ".join(str(len(groups[n])) for n in names) + " |")
    if args.show:
        for name, lines in groups.items():
            for ln in lines:
                if kind(ln.split(": ", 1)[1] if ": " in ln else ln) == args.show:
                    print(f"{name[:30]} | {ln[:150]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
