"""MinHash signatures of word 5-gram shingles: which stored reports are reprints of one
another, without comparing full texts (the store keeps one signature per report).

The estimate is of Jaccard similarity; two texts that share half their shingles have
Jaccard at least one third, so ``REPRINT_JACCARD`` is set to that.
"""

from __future__ import annotations

import zlib

import numpy as np
import numpy.typing as npt

from ..text import words

PERMUTATIONS = 64
REPRINT_JACCARD = 1 / 3
_PRIME = (1 << 61) - 1
_rng = np.random.default_rng(20151001)  # fixed: signatures must be comparable across runs
_A = _rng.integers(1, _PRIME, size=PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, _PRIME, size=PERMUTATIONS, dtype=np.uint64)

Signature = npt.NDArray[np.uint32]


def signature(text: str) -> Signature:
    """64 minimum hashes of the text's word 5-grams (all-max for an empty text)."""
    hashes = _shingle_hashes(text)
    if not len(hashes):
        return np.full(PERMUTATIONS, np.iinfo(np.uint32).max, dtype=np.uint32)
    mixed = (hashes[None, :] * _A[:, None] + _B[:, None]) % np.uint64(_PRIME)
    out: Signature = (mixed.min(axis=1) & np.uint64(0xFFFFFFFF)).astype(np.uint32)
    return out


def _shingle_hashes(text: str, n: int = 5) -> npt.NDArray[np.uint64]:
    """One 64-bit hash per word n-gram (as ``text.shingles`` cuts them), built from word hashes."""
    ws = words(text)
    if not ws:
        return np.zeros(0, dtype=np.uint64)
    wh = np.fromiter((zlib.crc32(w.encode()) for w in ws), dtype=np.uint64, count=len(ws))
    if len(ws) < n:
        return np.array([int(wh.sum())], dtype=np.uint64)
    out = np.zeros(len(ws) - n + 1, dtype=np.uint64)
    for k in range(n):  # polynomial mix of the n word hashes (wraps mod 2**64)
        out = out * np.uint64(1_000_003) + wh[k : len(ws) - n + 1 + k]
    return np.unique(out)


def jaccard(a: Signature, b: Signature) -> float:
    return float(np.mean(a == b))
