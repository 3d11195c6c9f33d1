"""Line-labelled documents for the furniture model: loading, the fixed site split, the metrics.

Shared by ``scripts/train_furniture.py`` (training) and ``bench/clean_eval.py`` (measuring), so
both read the labels, split the sites and count the lines the same way.

Sources (all under ../shared, read in place, never copied):
- ``bench/cleaning/article_extraction_lines.jsonl``: 181 pages, every line labelled; site = URL host.
- ``gold/claims-dev.json``: furniture and keep items of 20 Multi-News documents; other lines unlabelled.
- ``gold/seeds.json``: furniture and keep items of the five seed reports; other lines unlabelled.

Labels: 1 = furniture, 0 = article (keep), -1 = not labelled. The page's headline (the first line
flagged ``headline``) gets label 2: not article body, but not furniture either (it becomes the title).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
LINES_FILE = SHARED / "bench" / "cleaning" / "article_extraction_lines.jsonl"
DEV_GOLD = SHARED / "gold" / "claims-dev.json"
SEEDS_GOLD = SHARED / "gold" / "seeds.json"
SEEDS_DIR = SHARED / "seeds"

FURNITURE, KEEP, HEADLINE, UNLABELLED = 1, 0, 2, -1
HELD_OUT_SHARE = 4
"""One site in four (by a hash of its host name, so the split never depends on the file's order)
is held out: never trained or tuned on, only measured, and pinned by the CI gate."""


@dataclass(slots=True)
class LabelledDoc:
    """One document as lines with labels; ``group`` is the site (or cluster) the split goes by."""

    id: str
    group: str
    source: str  # "pages" | "dev-gold" | "seeds"
    lines: list[str]
    labels: list[int]
    input_id: str = ""  # documents sharing an input (a cluster): cross-document repeats count within it
    english: bool = True
    meta: dict[str, str] = field(default_factory=dict)


def norm(line: str) -> str:
    return " ".join(line.split())


def site_of(url: str) -> str:
    host = urlparse(url).netloc.lower()
    return host.removeprefix("www.")


def held_out(site: str) -> bool:
    """The fixed held-out sites: a stable hash, so it holds for every run and machine."""
    return int(hashlib.sha1(site.encode("utf-8")).hexdigest(), 16) % HELD_OUT_SHARE == 0


def _is_english(lines: Iterable[str]) -> bool:
    from storyline.clean.language import detect_language, stopword_share

    text = " ".join(lines)[:5000]
    code, conf = detect_language(text)
    return not (code is not None and code != "en" and conf >= 0.3 and stopword_share(text, "en") < 0.2)


def load_pages(path: Path = LINES_FILE) -> list[LabelledDoc]:
    """The article-extraction pages, every line labelled (headline = the first flagged line)."""
    docs = []
    for raw in path.read_text(encoding="utf-8").splitlines():
        page = json.loads(raw)
        lines, labels = [], []
        headline_seen = False
        for item in page["lines"]:
            text = norm(item["text"])
            if not text:
                continue
            label = KEEP if item["label"] == "KEEP" else FURNITURE
            if item.get("headline") and not headline_seen and label == FURNITURE:
                label, headline_seen = HEADLINE, True
            lines.append(text)
            labels.append(label)
        site = site_of(page["url"])
        keep_text = [t for t, lab in zip(lines, labels, strict=True) if lab == KEEP]
        docs.append(LabelledDoc(page["id"], site, "pages", lines, labels, input_id=page["id"],
                                english=_is_english(keep_text or lines), meta={"url": page["url"]}))
    return docs


def _label_items(text: str, furniture: Sequence[str], keep: Sequence[str]) -> tuple[list[str], list[int]]:
    lines = [norm(ln) for ln in text.splitlines() if norm(ln)]
    labels = [UNLABELLED] * len(lines)
    for i, ln in enumerate(lines):
        if any(norm(f) in ln for f in furniture):
            labels[i] = FURNITURE
        elif any(norm(k) in ln for k in keep):
            labels[i] = KEEP
    return lines, labels


def load_dev_gold(path: Path = DEV_GOLD) -> list[LabelledDoc]:
    """The 20 Multi-News documents with furniture/keep items (each cluster is one input)."""
    from storyline.ingest.multinews import _NEWLINE_TOKEN

    gold = json.loads(path.read_text(encoding="utf-8"))
    sources = {name: SHARED / rel for name, rel in gold["sources"].items()}
    clusters: dict[str, list[str]] = {}
    docs = []
    for c in gold["clusters"]:
        if not c.get("furniture") and not c.get("keep"):
            continue
        if c["dataset"] not in clusters:
            for raw in sources[c["dataset"]].read_text(encoding="utf-8").splitlines():
                row = json.loads(raw)
                clusters[row["id"]] = row["documents"]
        texts = [_NEWLINE_TOKEN.sub("\n", t) for t in clusters[c["id"]]]
        for d in sorted({it["doc"] for it in c["furniture"] + c["keep"]}):
            furn = [it["text"] for it in c["furniture"] if it["doc"] == d]
            keep = [it["text"] for it in c["keep"] if it["doc"] == d]
            lines, labels = _label_items(texts[d], furn, keep)
            docs.append(LabelledDoc(f"{c['id'][:12]}#{d}", f"multinews:{c['id'][:12]}", "dev-gold", lines, labels,
                                    input_id=c["id"], meta={"cluster": c["id"], "doc": str(d)}))
    return docs


def cluster_texts(doc: LabelledDoc) -> list[str]:
    """All documents of a dev-gold document's cluster (for cross-document repeats), as raw texts."""
    from storyline.ingest.multinews import _NEWLINE_TOKEN

    gold = json.loads(DEV_GOLD.read_text(encoding="utf-8"))
    name = next(c["dataset"] for c in gold["clusters"] if c["id"] == doc.meta["cluster"])
    for raw in (SHARED / gold["sources"][name]).read_text(encoding="utf-8").splitlines():
        row = json.loads(raw)
        if row["id"] == doc.meta["cluster"]:
            return [_NEWLINE_TOKEN.sub("\n", t) for t in row["documents"]]
    return []


def load_seeds(path: Path = SEEDS_GOLD, folder: Path = SEEDS_DIR) -> list[LabelledDoc]:
    """The five seed reports with their gold furniture/keep items (one input)."""
    gold = json.loads(path.read_text(encoding="utf-8"))
    docs = []
    for f in sorted(folder.iterdir()):
        furn = [it["text"] for it in gold["furniture"] if it["doc"] == f.name]
        keep = [it["text"] for it in gold["keep"] if it["doc"] == f.name]
        lines, labels = _label_items(f.read_text(encoding="utf-8"), furn, keep)
        docs.append(LabelledDoc(f.name, f"seeds:{f.name}", "seeds", lines, labels, input_id="seeds"))
    return docs


@dataclass(slots=True)
class LineScore:
    """Furniture removed and article lines kept, counted over lines."""

    furniture: int = 0
    furniture_removed: int = 0
    keep: int = 0
    keep_kept: int = 0

    def add(self, labels: Sequence[int], kept: Sequence[bool]) -> None:
        for lab, k in zip(labels, kept, strict=True):
            if lab in (FURNITURE, HEADLINE):
                self.furniture += 1
                self.furniture_removed += not k
            elif lab == KEEP:
                self.keep += 1
                self.keep_kept += k

    @property
    def removed_share(self) -> float:
        return self.furniture_removed / self.furniture if self.furniture else 1.0

    @property
    def kept_share(self) -> float:
        return self.keep_kept / self.keep if self.keep else 1.0


def _match(out_line: str, line: str) -> int:
    """How much of ``out_line`` (from its start) is ``line``: -1 when it is not there.

    Whole line; or the start of a line the cleaner joined with the next (30+ characters, then a
    space); or the line with a tail cut off (a photo credit), at least half of it left.
    """
    if out_line == line:
        return len(out_line)
    if len(line) >= 30 and out_line.startswith(line) and out_line[len(line):len(line) + 1] == " ":
        return len(line) + 1
    if len(out_line) >= max(0.5 * len(line), 1) and line.startswith(out_line):
        return len(out_line)
    return -1


def align_kept(lines: Sequence[str], output: str) -> list[bool]:
    """Which input lines survive in a cleaner's output text (order kept, lines may be joined or trimmed).

    Cleaners only delete, trim and join lines, never reorder them. Identical lines are aligned first
    (difflib's longest matching blocks, so a menu repeated at the foot of the page cannot pull the
    alignment past the article); the input lines between two aligned pairs are then matched in order
    against the output lines between them, allowing joined lines and cut-off tails (``_match``).
    """
    from difflib import SequenceMatcher

    out = [norm(o) for o in output.split("\n") if norm(o)]
    kept = [False] * len(lines)
    blocks = SequenceMatcher(None, list(lines), out, autojunk=False).get_matching_blocks()
    prev_i = prev_j = 0
    for blk in blocks:
        _align_gap(lines, out, kept, prev_i, blk.a, prev_j, blk.b)
        for k in range(blk.size):
            kept[blk.a + k] = True
        prev_i, prev_j = blk.a + blk.size, blk.b + blk.size
    return kept


def _align_gap(lines: Sequence[str], out: Sequence[str], kept: list[bool], i0: int, i1: int, j0: int, j1: int) -> None:
    """Greedy in-order matching of input lines i0..i1 against output lines j0..j1 (no identical pairs left)."""
    j, rest = j0, out[j0] if j0 < j1 else ""
    for i in range(i0, i1):
        if j >= j1:
            return
        if rest != out[j]:  # inside a joined line: only its continuation can match
            used = _match(rest, lines[i])
            if used >= 0:
                kept[i] = True
                rest = rest[used:]
                if not rest:
                    j += 1
                    rest = out[j] if j < j1 else ""
                continue
            j += 1
            rest = out[j] if j < j1 else ""
        for k in range(j, j1):
            used = _match(out[k], lines[i])
            if used >= 0:
                kept[i] = True
                j, rest = k, out[k][used:]
                if not rest:
                    j += 1
                    rest = out[j] if j < j1 else ""
                break
