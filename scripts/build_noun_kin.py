"""Derive ``src/storyline/lexicon/noun_kin.tsv.gz``: which counted nouns name the same kind of thing.

Source: Princeton WordNet 3.0 (WordNet licence, BSD-like; https://wordnet.princeton.edu), as
Debian's ``wordnet-base`` package installs it (``apt-get install wordnet-base``), not a runtime
dependency. For every single-word noun lemma, the synsets of its first three senses and, apart,
their direct hypernyms (instance hypernyms left out) are kept, renumbered densely. Two nouns are
kin when they share a synset (synonyms: "fatality" / "death") or one's synset is the other's
direct hypernym (a "cheerleader" is a kind of "supporter"). Sister terms are not kin: "births"
and "deaths" only share a parent. Very general synsets near the top of the hierarchy (those with more than 400 direct
hyponyms, or at depth < 4) are dropped, so "thing" or "person" do not make everything kin.

Run::

    apt-get install wordnet-base
    python scripts/build_noun_kin.py

Output (UTF-8, gzip): comment lines, then ``lemma\\town ids\\tparent ids`` (ids in base 36), sorted.
"""

from __future__ import annotations

import gzip
import re
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

WN = Path("/usr/share/wordnet")
OUT = Path(__file__).resolve().parents[1] / "src" / "storyline" / "lexicon" / "noun_kin.tsv.gz"
SENSES = 3
MAX_HYPONYMS = 400
MIN_DEPTH = 4


def _b36(n: int) -> str:
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    out = ""
    while True:
        n, r = divmod(n, 36)
        out = digits[r] + out
        if n == 0:
            return out


def _specific(s: str, hyponym_count: dict[str, int], depth_of: Callable[[str], int]) -> bool:
    """Not one of the very general synsets near the top of the hierarchy."""
    return hyponym_count[s] <= MAX_HYPONYMS and depth_of(s) >= MIN_DEPTH


def main() -> None:
    hypernyms: dict[str, list[str]] = {}
    hyponym_count: dict[str, int] = defaultdict(int)
    for line in (WN / "data.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split(" | ")[0].split()
        offset, n_words = parts[0], int(parts[3], 16)
        k = 4 + 2 * n_words
        n_ptrs = int(parts[k])
        hyp = [parts[k + 1 + 4 * i + 1] for i in range(n_ptrs) if parts[k + 1 + 4 * i] == "@"]
        hypernyms[offset] = hyp
        for h in hyp:
            hyponym_count[h] += 1

    depth: dict[str, int] = {}

    def depth_of(s: str) -> int:
        if s not in depth:
            depth[s] = 0  # guards cycles
            depth[s] = 1 + min((depth_of(h) for h in hypernyms.get(s, [])), default=-1)
        return depth[s]

    ids: dict[str, int] = {}
    rows = []
    for line in (WN / "index.noun").read_text(encoding="latin-1").splitlines():
        if line.startswith("  "):
            continue
        parts = line.split()
        lemma = parts[0]
        if not re.fullmatch(r"[a-z][a-z-]*", lemma):
            continue
        n_senses, n_ptr = int(parts[2]), int(parts[3])
        offsets = parts[6 + n_ptr :][:n_senses][:SENSES]
        own = {o for o in offsets if _specific(o, hyponym_count, depth_of)}
        parents = {h for o in offsets for h in hypernyms.get(o, []) if _specific(h, hyponym_count, depth_of)}
        if own:
            rows.append((lemma, [_b36(ids.setdefault(s, len(ids))) for s in sorted(own)],
                         [_b36(ids.setdefault(s, len(ids))) for s in sorted(parents)]))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as fh:
        fh.write("# noun kin sets from Princeton WordNet 3.0 (see scripts/build_noun_kin.py)\n")
        for lemma, own_ids, parent_ids in sorted(rows):
            fh.write(f"{lemma}\t{' '.join(own_ids)}\t{' '.join(parent_ids)}\n")
    print(f"{len(rows)} nouns -> {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
