"""Features of a text line that tell site furniture from article prose on any site.

Why these: a furniture model must work on sites it has never seen, so it may
only look at what carries over between sites: how a line is built (length,
function words, punctuation, capitals, digits, handles, links), where it sits
(position, the lines around it, in the manner of jusText's context
smoothing), and whether it repeats (earlier in the document, or in other
documents of the same input, as menus and footers of one outlet do). No
site's own words are in here; the only word lists are a general English
stopword list and a short list of words web furniture is made of
(``data/furniture_cues.txt``), both weighed by the learned model.

``line_features`` returns one row per line; ``FEATURES`` names the columns.
The order is part of the shipped model's format: append, never reorder.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

import numpy as np

from .. import lexicon
from ..dates import RECENT_YEAR_PATTERN
from ..text import STOPWORDS

__all__ = [
    "CONTEXT", "FEATURES", "certain_furniture", "context_features", "cross_document_counts", "has_caption_verb",
    "line_features", "line_key", "prose_rows",
]

_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
_KEY_RE = re.compile(r"[^\W_]+")
_YEAR_RE = re.compile(rf"\b{RECENT_YEAR_PATTERN}\b")
_TIME_RE = re.compile(r"\b\d{1,2}[:.]\d\d\b|\b\d{1,2} ?(?:am|pm|a\.m\.|p\.m\.)", re.IGNORECASE)
_HANDLE_RE = re.compile(r"(?<![\w.])@\w{2,}")
_HASHTAG_RE = re.compile(r"(?<![\w&])#[^\W\d_]\w*")
_URL_RE = re.compile(r"https?://|www\.|\b[\w-]+\.(?:com|org|net|co|uk|io|gov|edu|ly)\b(?:/|\s|$)", re.IGNORECASE)
_EMAIL_RE = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_INNER_END_RE = re.compile(r"[a-z0-9%)”\"’][.!?][”\"’]?\s+[“\"‘(]?[A-Z]")
_SEPARATORS = frozenset("|•·»›«‹/\\>→–—")
_QUOTES = frozenset("“”\"‘’«»")
_CLOSERS = "\"”’'»)]"
_BULLETS = frozenset("•·*-–—»›>→■▪►◆●|+~")

# Words a sentence is rarely missing in English news prose.
_VERB_HINTS = lexicon.words("prose_verb_hints")


@lru_cache(maxsize=4)
def _words(name: str) -> frozenset[str]:
    text = resources.files("storyline").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip() and not w.startswith("#"))


def _cues() -> frozenset[str]:
    return _words("furniture_cues.txt")


def has_caption_verb(line: str) -> bool:
    """Whether the line holds a present-tense caption verb ("arrives", "poses": ``data/caption_verbs.txt``)."""
    return not _words("caption_verbs.txt").isdisjoint(_WORD_RE.findall(line[:_HEAD_CHARS].lower()))


def line_key(line: str) -> str:
    """Comparison key for repeats: case-, quote- and punctuation-insensitive."""
    return " ".join(_KEY_RE.findall(line.casefold()))


def _ends_sentence(s: str) -> bool:
    core = s.rstrip(_CLOSERS)
    return core.endswith((".", "!", "?")) and not core.endswith(("...", "…"))


_TEXT_FEATURES = (
    "log_words", "log_chars", "stop_ratio", "log_stops", "ends_sentence", "ends_colon", "ends_ellipsis",
    "ends_comma", "ends_other", "starts_upper", "starts_lower", "starts_quote", "starts_digit", "starts_bullet",
    "cap_ratio", "allcaps_ratio", "digit_ratio", "has_year", "has_time", "has_handle", "has_hashtag", "has_url",
    "has_email", "punct_ratio", "separators", "commas_per_word", "inner_sentences", "mean_word_len", "has_quote",
    "has_copyright", "bracketed", "cue_ratio", "first_word_cue", "log_cues", "verb_hint", "long_word_ratio",
    "non_ascii_ratio",
)
_CONTEXT_FEATURES = (
    "rel_pos", "log_pos", "log_from_end", "log_lines", "repeat_earlier", "log_repeats_in_doc", "log_other_docs",
    "doc_prose_share", "prose_before", "prose_after", "inside_prose_span", "log_dist_prose", "log_short_run",
    "mass_before", "mass_after", "prev_words", "next_words", "prev_stop", "next_stop", "prev_prose", "next_prose",
    "window_prose", "window_words", "prefix_of_next", "same_as_prev_shape",
)
_TEMPLATE_FEATURES = (
    "slide_counter", "second_person", "caption_verb", "imperative_start", "inside_longer_line", "log_lead_run",
    "log_lead_repeats",
)
FEATURES: tuple[str, ...] = _TEXT_FEATURES + _CONTEXT_FEATURES + _TEMPLATE_FEATURES
"""Column names of ``line_features``; the shipped weights depend on this order."""


_DIGIT_RE = re.compile(r"\d")
_PUNCT_RE = re.compile(r"[^\w\s]|_")
_SEPARATOR_RE = re.compile("[" + re.escape("".join(sorted(_SEPARATORS))) + "]")
_NON_ASCII_LETTER_RE = re.compile(r"(?![\x00-\x7f])[^\W\d_]")
_QUOTE_RE = re.compile("[" + "".join(sorted(_QUOTES)) + "]")


# "1/18", "3 of 12", "Photo 2 of 9", "Slide 4/10": a slideshow's or gallery's counter opening a caption.
_COUNTER_RE = re.compile(
    r"(?:(?:photo|image|slide|picture|gallery)s?\s*)?\d{1,3}\s*(?:/|of)\s*(\d{1,3})\b", re.IGNORECASE
)
# "Jane Doe/Getty Images", "Lee Berger et al/eLife": a photo credit standing on its own line (short, two
# capitalised names joined by a slash, no sentence).
_SLASH_CREDIT_RE = re.compile(
    r"[A-Z][\w.'’-]*(?: [\w.'’&-]+){0,4} ?/ ?(?:[A-Z]|[a-z]+[A-Z])[\w.'’&-]*(?: [\w.'’&-]+){0,3}"
)
_SECOND_PERSON = lexicon.words("second_person_forms")  # "you", "you're" …
_DIGITS_RE = re.compile(r"\d+")


_HEAD_CHARS = 300  # shape features read a line's first 300 characters: past that a line is plainly prose
_HEAD_WORDS = 25


def _text_row(
    line: str, cues: frozenset[str], caption_verbs: frozenset[str], imperatives: frozenset[str]
) -> list[float]:
    """The features a line has on its own. Ratios and counts read the line's head (``_HEAD_CHARS``,
    ``_HEAD_WORDS``), so a long paragraph costs no more than a short one; lengths use the whole line."""
    words = line.split()
    n = len(words)
    chars = len(line)
    head = line[:_HEAD_CHARS]
    hchars = len(head)
    toks = _WORD_RE.findall(head.lower())
    nt = max(len(toks), 1)
    stops = sum(map(STOPWORDS.__contains__, toks))
    n_cue = sum(map(cues.__contains__, toks))
    lengths = list(map(len, toks))
    tok_chars = sum(lengths)
    long_words = len([x for x in lengths if x >= 7])
    verb = not _VERB_HINTS.isdisjoint(toks)
    caps = allcaps = n_alpha = 0
    for w in words[:_HEAD_WORDS]:
        c0 = w[0]
        if c0 in _QUOTES or c0 == "(":
            w = w.lstrip("“\"‘'(")
            c0 = w[:1]
        if c0.isalpha():
            n_alpha += 1
            caps += c0.isupper()
            allcaps += len(w) > 1 and w.isupper()
    n_alpha = max(n_alpha, 1)
    first = line[0]
    core = line.rstrip(_CLOSERS)
    last = core[-1:] if core else line[-1]
    ascii_only = head.isascii()
    digits = sum(map(head.count, "0123456789")) if ascii_only else len(_DIGIT_RE.findall(head))
    non_ascii_letters = 0 if ascii_only else len(_NON_ASCII_LETTER_RE.findall(head))
    separators = len(_SEPARATOR_RE.findall(head)) if not _SEPARATORS.isdisjoint(head) else 0
    return [
        math.log1p(n), math.log1p(chars), stops / nt, math.log1p(stops),
        float(_ends_sentence(line)), float(last == ":"), float(line.endswith(("...", "…"))),
        float(last in ",;"), float(last.isalnum()),
        float(first.isupper()), float(first.islower()), float(first in _QUOTES), float(first.isdigit()),
        float(first in _BULLETS),
        caps / n_alpha, allcaps / n_alpha, digits / hchars,
        float(_YEAR_RE.search(head) is not None), float(_TIME_RE.search(head) is not None),
        float("@" in line and _HANDLE_RE.search(line) is not None),
        float("#" in line and _HASHTAG_RE.search(line) is not None),
        float("." in line and _URL_RE.search(line) is not None),
        float("@" in line and _EMAIL_RE.search(line) is not None),
        len(_PUNCT_RE.findall(head)) / hchars, float(min(separators, 5)),
        line.count(",") / max(n, 1), float(min(len(_INNER_END_RE.findall(head)), 5)),
        tok_chars / nt, float(not _QUOTES.isdisjoint(head)),
        float("©" in line or "(c)" in head.lower()),
        float(first in "([" and line[-1] in ")]"),
        n_cue / nt, float(bool(toks) and toks[0] in cues), math.log1p(n_cue),
        float(verb), long_words / nt, non_ascii_letters / hchars,
        # the first four ``_TEMPLATE_FEATURES`` (read from the same tokens; moved to the end by line_features)
        float(_COUNTER_RE.match(line) is not None), sum(map(_SECOND_PERSON.__contains__, toks)) / nt,
        float(not caption_verbs.isdisjoint(toks)), float(bool(toks) and toks[0] in imperatives),
    ]


def prose_rows(x: np.ndarray) -> np.ndarray:
    """Rows of ``line_features`` protected as article prose: 10+ words, a full stop, 20%+ function words.

    Two kinds of prose-shaped line are not protected, because removing them loses no article text: a line
    whose words recur inside a longer line of the text (a pull quote: the article keeps the original), and
    a line in a run of three or more opening with the same two words, numbers aside ("1/18 On ...",
    "JUST WATCHED ..."): the captions of a gallery or a playlist (none of the 2,147 prose article lines of the
    training data is in such a run). Nor is a line with a caption verb ("Jane Doe, the mayor, poses at the
    opening ...", ``data/caption_verbs.txt``): a photo caption written as a sentence. Over the training folds
    (``scripts/train_furniture.py --oof``) 8 prose lines with one scored between the model's threshold and
    ``furniture.PROSE_THRESHOLD``, all 8 furniture.
    """
    prose = (
        (np.round(np.expm1(x[:, 0])) >= 10) & (x[:, _TEXT_FEATURES.index("ends_sentence")] > 0)
        & (x[:, _TEXT_FEATURES.index("stop_ratio")] >= 0.2)
    )
    if x.shape[1] < len(FEATURES):
        return prose  # type: ignore[no-any-return]
    copy = x[:, FEATURES.index("inside_longer_line")] > 0
    templated = x[:, FEATURES.index("log_lead_run")] >= math.log1p(2) - 1e-9
    caption = x[:, FEATURES.index("caption_verb")] > 0
    return prose & ~copy & ~templated & ~caption  # type: ignore[no-any-return]


def certain_furniture(lines: Sequence[str]) -> np.ndarray:
    """Lines that are furniture on any site, whatever the model says: a gallery's counters ("1/18 On ...",
    "Image 3 of 5": three or more lines counting to the same total) and a photo credit on its own line
    ("Jane Doe/Getty Images": short, two capitalised names joined by a slash, no sentence). In the training
    pages 24 and 44 lines have these shapes, all of them furniture: too few for the trees to learn."""
    totals = [m.group(1) if ("/" in ln or "of" in ln) and (m := _COUNTER_RE.match(ln)) else None for ln in lines]
    per_total = Counter(t for t in totals if t is not None)
    return np.array([
        (t is not None and per_total[t] >= 3)
        or ("/" in ln and len(ln) <= 80 and not _ends_sentence(ln) and _SLASH_CREDIT_RE.fullmatch(ln) is not None)
        for ln, t in zip(lines, totals, strict=True)
    ], dtype=bool)


def cross_document_counts(docs: Sequence[Sequence[str]]) -> list[list[int]]:
    """For each line of each document: in how many *other* documents of the input the same line occurs."""
    keys = [[line_key(ln) for ln in lines] for lines in docs]
    df: Counter[str] = Counter()
    for ks in keys:
        df.update(set(ks))
    return [[df[k] - 1 if k else 0 for k in ks] for ks in keys]


def _runs(short: list[bool]) -> list[int]:
    """Length of the run of consecutive short lines each line belongs to (0 for a long line)."""
    out = [0] * len(short)
    i = 0
    while i < len(short):
        if not short[i]:
            i += 1
            continue
        j = i
        while j < len(short) and short[j]:
            j += 1
        for k in range(i, j):
            out[k] = j - i
        i = j
    return out


def _prose_span(prose: np.ndarray, pos: np.ndarray) -> tuple[int, int, np.ndarray]:
    """First and last prose line, and each line's distance (in lines) to the nearest prose line."""
    n = len(prose)
    prose_idx = np.flatnonzero(prose)
    if not prose_idx.size:
        return n, -1, np.full(n, float(n))
    right = np.searchsorted(prose_idx, pos)
    d_right = np.where(right < prose_idx.size, prose_idx[np.minimum(right, prose_idx.size - 1)] - pos, n)
    d_left = np.where(right > 0, pos - prose_idx[np.maximum(right - 1, 0)], n)
    return int(prose_idx[0]), int(prose_idx[-1]), np.minimum(np.abs(d_right), np.abs(d_left))


def _context_rows(
    lines: Sequence[str], keys: Sequence[str], text: np.ndarray, other_docs: Sequence[int] | None
) -> np.ndarray:
    """Position, neighbours, prose around the line and repeats; ``text`` holds the text features."""
    n = len(lines)
    idx = {name: i for i, name in enumerate(_TEXT_FEATURES)}
    nwords = np.round(np.expm1(text[:, idx["log_words"]]))
    stop = text[:, idx["stop_ratio"]]
    # the jusText 'good' line: 10+ words, a full stop, function words
    prose = ((nwords >= 10) & (text[:, idx["ends_sentence"]] > 0) & (stop >= 0.2)).astype(np.float64)
    counts = Counter(keys)
    seen: set[str] = set()
    repeat_earlier = np.zeros(n)
    for i, k in enumerate(keys):
        if k and k in seen:
            repeat_earlier[i] = 1.0
        seen.add(k)
    pos = np.arange(n, dtype=np.float64)
    first, last, dist = _prose_span(prose, pos)
    cum = np.cumsum(nwords * prose)
    total = max(cum[-1], 1.0)
    mass_before = (cum - nwords * prose) / total
    mass_after = (total - cum) / total
    short = [w < 8 and not p for w, p in zip(nwords.tolist(), prose.tolist(), strict=True)]
    runs = np.array(_runs(short), dtype=np.float64)
    half = 3
    pad = np.concatenate([np.zeros(half), prose, np.zeros(half)])
    window_prose = np.convolve(pad, np.ones(2 * half + 1), "valid") / (2 * half + 1)
    padw = np.concatenate([np.zeros(half), np.log1p(nwords), np.zeros(half)])
    window_words = np.convolve(padw, np.ones(2 * half + 1), "valid") / (2 * half + 1)
    prev_words = np.concatenate([[0.0], np.log1p(nwords[:-1])])
    next_words = np.concatenate([np.log1p(nwords[1:]), [0.0]])
    prev_stop = np.concatenate([[0.0], stop[:-1]])
    next_stop = np.concatenate([stop[1:], [0.0]])
    prev_prose = np.concatenate([[0.0], prose[:-1]])
    next_prose = np.concatenate([prose[1:], [0.0]])
    prefix_next = np.array(
        [float(i + 1 < n and len(keys[i]) >= 20 and keys[i + 1].startswith(keys[i])) for i in range(n)]
    )
    shape = text[:, [idx["ends_sentence"], idx["starts_upper"]]] * 1.0
    bucket = np.minimum(nwords, 12) // 4
    same_prev = np.zeros(n)
    if n > 1:
        same_prev[1:] = (np.all(shape[1:] == shape[:-1], axis=1) & (bucket[1:] == bucket[:-1])).astype(np.float64)
    others = np.log1p(np.array(other_docs, dtype=np.float64)) if other_docs is not None else np.zeros(n)
    cols = [
        pos / max(n - 1, 1), np.log1p(pos), np.log1p(n - 1 - pos), np.full(n, math.log1p(n)), repeat_earlier,
        np.log1p(np.array([counts[k] - 1 for k in keys], dtype=np.float64)), others,
        np.full(n, prose.mean()), (pos > first).astype(np.float64), (pos < last).astype(np.float64),
        ((pos >= first) & (pos <= last)).astype(np.float64), np.log1p(np.minimum(dist, 50)), np.log1p(runs),
        mass_before, mass_after, prev_words, next_words, prev_stop, next_stop, prev_prose, next_prose,
        window_prose, window_words, prefix_next, same_prev,
    ]
    return np.column_stack(cols)


def line_features(lines: Sequence[str], other_docs: Sequence[int] | None = None) -> np.ndarray:
    """One row of ``FEATURES`` per line (lines non-empty and space-normalised).

    ``other_docs[i]``: in how many other documents of the same input line ``i``
    occurs (see ``cross_document_counts``); None when the document is alone.
    """
    if not lines:
        return np.zeros((0, len(FEATURES)))
    cues, caption_verbs, imperatives = _cues(), _words("caption_verbs.txt"), _words("web_imperatives.txt")
    rows = np.array([_text_row(ln, cues, caption_verbs, imperatives) for ln in lines], dtype=np.float64)
    text, token_templates = rows[:, :len(_TEXT_FEATURES)], rows[:, len(_TEXT_FEATURES):]
    keys = [line_key(ln) for ln in lines]
    return np.hstack([text, _context_rows(lines, keys, text, other_docs), _template_rows(lines, keys, token_templates)])


def _lead(line: str) -> str:
    """A line's first two words, case-folded, numbers as 0: the template a run of captions or players shares."""
    return _DIGITS_RE.sub("0", " ".join(line.casefold().split()[:2]))


def _template_rows(lines: Sequence[str], keys: Sequence[str], token_templates: np.ndarray) -> np.ndarray:
    """Features of templated furniture on any site: slideshow counters, lines addressing the reader, photo
    captions (present-tense caption verbs), calls to action (these four come from ``_text_row``), a pull
    quote (a line repeated inside a longer line of the article), and runs of lines opening with the same
    words ("JUST WATCHED ...", "1/18 On ...")."""
    n = len(lines)
    rows = np.zeros((n, len(_TEMPLATE_FEATURES)))
    rows[:, :4] = token_templates
    joined = "\n".join(keys)
    key_counts = Counter(keys)
    rows[:, 4] = [float(len(k) >= 40 and joined.count(k) > key_counts[k]) for k in keys]
    leads = [_lead(ln) for ln in lines]
    lead_counts = Counter(leads)
    run = 1
    for i in range(n):
        run = run + 1 if i and leads[i] == leads[i - 1] else 1
        rows[i, 5] = run
    for i in range(n - 2, -1, -1):
        if leads[i] == leads[i + 1]:
            rows[i, 5] = rows[i + 1, 5]
    rows[:, 5] = np.log1p(rows[:, 5] - 1)
    rows[:, 6] = np.log1p(np.array([lead_counts[x] - 1 for x in leads], dtype=np.float64))
    return rows


CONTEXT: tuple[str, ...] = (
    "p", "c_before_3", "c_after_3", "c_before_10", "c_after_10", "c_before_30", "c_after_30",
    "dist_prev_content", "dist_next_content", "dist_prev_sure", "dist_next_sure", "log_block", "block_pos",
    "c_before_block", "c_after_block", "content_before_block", "content_after_block", "mass_c_before",
    "mass_c_after", "in_span", "dist_span_edge",
)
"""Second-pass columns: how furniture-like the lines around a line are (first-pass scores)."""


def _window_means(c: np.ndarray, w: int) -> tuple[np.ndarray, np.ndarray]:
    """Mean of ``c`` over the ``w`` lines before and the ``w`` lines after each line (self excluded)."""
    n = len(c)
    cs = np.concatenate([[0.0], np.cumsum(c)])
    i = np.arange(n)
    lo = np.maximum(i - w, 0)
    hi = np.minimum(i + 1 + w, n)
    before = (cs[i] - cs[lo]) / np.maximum(i - lo, 1)
    after = (cs[hi] - cs[i + 1]) / np.maximum(hi - i - 1, 1)
    return before, after


def _distances(mask: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lines back to the previous and on to the next line where ``mask`` holds (capped at 50)."""
    n = len(mask)
    prev = np.full(n, 50.0)
    nxt = np.full(n, 50.0)
    last = -1
    for i in range(n):
        if last >= 0:
            prev[i] = min(i - last, 50)
        if mask[i]:
            last = i
    last = -1
    for i in range(n - 1, -1, -1):
        if last >= 0:
            nxt[i] = min(last - i, 50)
        if mask[i]:
            last = i
    return prev, nxt


def best_span(score: np.ndarray) -> tuple[int, int]:
    """The run of lines with the largest total score (Kadane): where the article most likely is."""
    best, cur, start = -np.inf, 0.0, 0
    span = (0, -1)
    for i, x in enumerate(score.tolist()):
        if cur <= 0:
            cur, start = x, i
        else:
            cur += x
        if cur > best:
            best, span = cur, (start, i)
    return span


def context_features(p: np.ndarray, nwords: np.ndarray) -> np.ndarray:
    """One row of ``CONTEXT`` per line from first-pass furniture probabilities ``p``."""
    n = len(p)
    if n == 0:
        return np.zeros((0, len(CONTEXT)))
    c = 1.0 - p
    cols: list[np.ndarray] = [p]
    for w in (3, 10, 30):
        cols.extend(_window_means(c, w))
    cols.extend(np.log1p(d) for d in _distances(c > 0.5))
    cols.extend(np.log1p(d) for d in _distances(c > 0.9))
    # blocks: runs of furniture-looking lines, and what surrounds each run
    furn = c < 0.5
    block_len = np.zeros(n)
    block_pos = np.zeros(n)
    c_before = np.zeros(n)
    c_after = np.zeros(n)
    i = 0
    while i < n:
        j = i
        while j < n and furn[j] == furn[i]:
            j += 1
        if furn[i]:
            block_len[i:j] = j - i
            block_pos[i:j] = (np.arange(j - i) + 0.5) / (j - i)
            c_before[i:j] = c[i - 1] if i > 0 else 0.0
            c_after[i:j] = c[j] if j < n else 0.0
        i = j
    cols += [np.log1p(block_len), block_pos, c_before, c_after]
    starts = np.arange(n) - np.where(block_len > 0, np.floor(block_pos * block_len), 0)
    ends = starts + np.maximum(block_len, 1)
    cs = np.concatenate([[0.0], np.cumsum(c > 0.5)])
    s_idx = starts.astype(int)
    e_idx = ends.astype(int)
    cols.append((cs[s_idx] - cs[np.maximum(s_idx - 10, 0)]) / 10)
    cols.append((cs[np.minimum(e_idx + 10, n)] - cs[np.minimum(e_idx, n)]) / 10)
    mass = np.cumsum(c * nwords)
    total = max(float(mass[-1]), 1.0)
    cols += [(mass - c * nwords) / total, (total - mass) / total]
    q = np.clip(p, 1e-4, 1 - 1e-4)
    a, b = best_span(np.clip(np.log((1 - q) / q), -4, 4) + 1.0)
    pos = np.arange(n)
    inside = (pos >= a) & (pos <= b)
    edge = np.where(inside, np.minimum(pos - a, b - pos), -np.minimum(np.abs(pos - a), np.abs(pos - b)))
    cols += [inside.astype(np.float64), np.sign(edge) * np.log1p(np.abs(edge))]
    return np.column_stack(cols)
