"""Photo-gallery and slideshow captions in scraped text: a general rule, from how news sites lay galleries out.

A scraped gallery leaves three shapes in a report's text, whatever the site:

* **its chrome**: a counter ("Image 3 of 20", "1 / 12") next to the gallery's controls ("Caption", "Close",
  "Back to Gallery": ``data/gallery_markers.txt``), or a control on its own line ("Next slide", "View
  gallery": ``data/gallery_lines.txt``); often on one line with the captions and credits it frames
  ("<caption> <caption again> Photo: Jane Doe/Getty Images Image 1 of 47 Caption Close"): such a line is the
  gallery, not the report (``gallery_line``);
* **a caption next to its credit**: the line just before a photo credit on its own line ("Jane Doe/Getty
  Images", "Photo: Jane Doe", a line ``credits`` emptied) when it is written as captions are: a present-tense
  caption verb (``data/caption_verbs.txt``), a wire caption's date ("... in San Francisco, California
  March 25, 2015.", "..., Tuesday, Nov. 19, 2019, in Las Vegas.") or, if it occurs once, a fragment without
  its full stop; before the chrome, only the verb or the date. A wire caption whose credit ``credits`` cut
  from the same line is one by its closing date (``dated_caption``) or by pointing at its photo ("…, seen here in
  2014, …": ``deictic_caption``);
* **a caption printed twice** (under the photo and in the lightbox): every copy of a short line that recurs
  when one copy has a caption's mark (a credit cut from it, a caption verb, a wire caption's date, or taken
  above). A headline repeated before its lead photo's credit, or a standfirst repeated under the photo, has
  no such mark and stays.

A gallery that holds most of its report's words (a photo essay, "Photos: the life of ...", whose captions
are the report) stays, bar its bare controls. Scraped text only (after an HTML extractor the captions are
mostly gone and a credit left sits in the article's own text), and short lines only (``CAPTION_MAX_WORDS``,
``GALLERY_WORDS_PER_FRAME``): a long paragraph is never a caption here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources

from .. import lexicon
from ..dates import RECENT_YEAR_PATTERN, month_names, weekday_names
from .linefeatures import certain_furniture, has_caption_verb, line_key
from .lines import Line, ends_sentence
from .patterns import PHOTO_PREFIX_RE
from .reasons import Reason

__all__ = [
    "CAPTION_MAX_WORDS", "ENABLED", "GALLERY_WORDS_PER_FRAME", "caption_lines", "dated_caption", "gallery_hits",
    "gallery_line",
]

ENABLED = True
"""Off: the cleaner without these rules (set in one process for a before/after; bench/CLEAN_EXPERIMENTS.md,
round clean12)."""

CAPTION_MAX_WORDS = 40
"""A caption is a sentence or two; a longer line next to a credit is an article paragraph an image sat after."""
_CREDIT_LINE_MAX_WORDS = 12
GALLERY_WORDS_PER_FRAME = 2 * CAPTION_MAX_WORDS
"""A gallery prints each photo's caption at most twice (under the photo and in the lightbox) with its credit and
controls: a line with more words than that per frame it shows is an article paragraph with a gallery in it."""

# "Image 3 of 20", "Photo 1/12", "Slide 4 of 9": a counter named as a gallery's, anywhere in a line.
_NAMED_COUNTER_RE = re.compile(r"\b(?:image|photo|picture|slide|pic)s?\s+\d{1,3}\s*(?:of|/)\s*/?\s*\d{1,3}\b",
                               re.IGNORECASE)
# "1 of 12", "3 / 20", "1 of / 47": a bare counter, a gallery's only next to its controls.
_COUNTER_RE = re.compile(r"(?<![\w$.,/])(\d{1,3})\s*(?:of|/)\s*/?\s*(\d{1,3})(?![\w%.,/])", re.IGNORECASE)
_WORDS_RE = re.compile(r"[^\W\d_]+")


@lru_cache(maxsize=4)
def _phrases(name: str) -> frozenset[str]:
    text = resources.files("storyline").joinpath(f"data/{name}").read_text(encoding="utf-8")
    return frozenset(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _markers() -> frozenset[str]:
    return _phrases("gallery_markers.txt")


@lru_cache(maxsize=1)
def _date_end_re() -> re.Pattern[str]:
    names = month_names(abbreviations=False) + month_names(abbreviations=True)
    months = lexicon.alternation(names)
    return re.compile(rf"(\S+) (?:{months})\.? \d{{1,2}},? {RECENT_YEAR_PATTERN}\.?[\"”’']?$", re.IGNORECASE)


def _date_end(text: str) -> bool:
    """A wire caption's closing date: the place or the weekday before it ("... California March 25, 2015.",
    "..., Tuesday, Nov. 19, 2019."), or a wire's "Picture taken March 3, 2018."; not a preposition ("takes
    effect on Jan. 1, 2020.")."""
    if not any(c.isdigit() for c in text[-4:]):
        return False  # the pattern ends in a year's digit, then at most ".", a quote mark and a line's end
    m = _date_end_re().search(text)
    return m is not None and (m.group(1)[:1].isupper() or m.group(1).endswith(",") or m.group(1) == "taken")


@lru_cache(maxsize=1)
def _wire_date_re() -> re.Pattern[str]:
    """A weekday and a full date, as wire photo captions give them ("... speaks during a campaign stop, Tuesday,
    Nov. 19, 2019, in Columbia, S.C."); news copy says "on Tuesday"."""
    names = month_names(abbreviations=False) + month_names(abbreviations=True)
    months = lexicon.alternation(names)
    days = "|".join(weekday_names(abbreviations=False))
    return re.compile(rf"\b(?:{days}),? (?:{months})\.? \d{{1,2}},? {RECENT_YEAR_PATTERN}\b", re.IGNORECASE)


def _marker_near(words: list[str], start: int, end: int) -> bool:
    """Whether a gallery control phrase (one to three words) ends just before ``start`` or starts at ``end``."""
    markers = _markers()
    for n in (3, 2, 1):
        if " ".join(words[end:end + n]) in markers or (start - n >= 0 and " ".join(words[start - n:start]) in markers):
            return True
    return False


def gallery_hits(text: str) -> int:
    """How many gallery frames a line shows: named counters ("Image 3 of 20"), bare counters ("1 / 47") right
    next to a control phrase ("Caption", "Close", "Back to Gallery": ``data/gallery_markers.txt``), or 1 for a
    short line that is a gallery's control on its own ("Next slide", "View gallery": ``data/gallery_lines.txt``;
    a generic "Close" or "Next" alone is a share dialog's or a pager's as often)."""
    named = [m.span() for m in _NAMED_COUNTER_RE.finditer(text)]
    low = text.lower()
    if not named and len(text.split()) <= 4:
        phrase = " ".join(_WORDS_RE.findall(low))
        if phrase and phrase in _phrases("gallery_lines.txt"):
            return 1
    hits = len(named)
    for m in _COUNTER_RE.finditer(low):
        if not 0 < int(m.group(1)) <= int(m.group(2)) or any(a <= m.start() < b for a, b in named):
            continue
        before, after = _WORDS_RE.findall(low[:m.start()])[-3:], _WORDS_RE.findall(low[m.end():])[:3]
        if _marker_near(before + after, len(before), len(before)):
            hits += 1
    return hits


def gallery_line(text: str) -> bool:
    """A gallery's chrome, with the captions and credits it frames (``gallery_hits``): at most
    ``GALLERY_WORDS_PER_FRAME`` words per frame, so a long article paragraph a scraper glued one counter to
    is not one."""
    hits = gallery_hits(text)
    return hits > 0 and len(text.split()) <= GALLERY_WORDS_PER_FRAME * hits


def dated_caption(line: Line) -> bool:
    """A line a photo credit was cut from that ends on a full date, as wire captions do ("Jane Doe leaves the
    court in San Francisco, California March 25, 2015. REUTERS/John Roe"): short, the credit's own line."""
    return (bool(line.text) and any(p.reason == Reason.PHOTO for p in line.parts)
            and len(line.text.split()) <= CAPTION_MAX_WORDS and _date_end(line.text))


def deictic_caption(line: Line) -> bool:
    """A line a photo credit was cut from that points at its photo ("Jane Doe, seen here in 2014, was …
    (Photo: John Roe/Agency)", "John Roe (left) greets …": ``data/photo_deixis.txt``): short, the photo's own
    caption in whatever tense, not the report's sentence."""
    if not line.text or not any(p.reason == Reason.PHOTO for p in line.parts) \
            or len(line.text.split()) > CAPTION_MAX_WORDS:
        return False
    return points_at_photo(line.text)


def points_at_photo(text: str) -> bool:
    """Whether ``text`` points at a photo beside it ("seen here", "(left)": ``data/photo_deixis.txt``)."""
    low = " ".join(text.lower().split())
    return any(re.search(rf"(?<!\w){re.escape(p)}(?!\w)", low) for p in _phrases("photo_deixis.txt"))


def _credit_only(line: Line, slash_credit: bool) -> bool:
    """A line that is nothing but a photo credit (emptied by ``credits``, "Jane Doe/Getty Images",
    "Photo: Jane Doe")."""
    if not line.text:
        return line.reason == Reason.PHOTO
    return slash_credit or (len(line.text.split()) <= _CREDIT_LINE_MAX_WORDS
                            and PHOTO_PREFIX_RE.match(line.text) is not None)


def _reads_like_caption(text: str, *, fragment_ok: bool) -> bool:
    """Short, and a caption verb, a wire caption's closing date or (``fragment_ok``) no full stop: not a
    line that introduces what follows ("The five are:")."""
    if not 0 < len(text.split()) <= CAPTION_MAX_WORDS or text.rstrip().endswith(":"):
        return False
    return (has_caption_verb(text) or _date_end(text)
            or _wire_date_re().search(text) is not None or (fragment_ok and not ends_sentence(text)))


def caption_lines(lines: Sequence[Line], texts: Sequence[str]) -> list[Reason | None]:
    """Per line, ``Reason.CAPTION`` for a gallery's chrome and captions (see the module), else None.

    ``lines`` after ``furniture.model_inputs`` (credits cut), ``texts`` what the model read of them."""
    n = len(lines)
    certain = certain_furniture(texts).tolist()  # counters and slash credits: removed anyway, reasons kept
    chrome = [bool(ln.text) and gallery_line(ln.text) for ln in lines]
    # a gallery holding most of its report's words is a photo essay: its captions are the report
    words = [len(ln.text.split()) for ln in lines]
    if sum(w for w, c in zip(words, chrome, strict=True) if c) * 2 > sum(words):
        chrome = [c and w <= 4 for w, c in zip(words, chrome, strict=True)]
    # a slash credit on its own line ("Jane Doe/Getty Images"; one line at a time: not a run of counters)
    slash = [c and "/" in t and bool(certain_furniture([t])[0]) for c, t in zip(certain, texts, strict=True)]
    credit = [_credit_only(ln, s) for ln, s in zip(lines, slash, strict=True)]
    framed = [chrome[i] or credit[i] for i in range(n)]
    out: list[Reason | None] = [Reason.CAPTION if c else None for c in chrome]
    keys = [line_key(ln.text) if ln.text and len(ln.text.split()) <= CAPTION_MAX_WORDS else "" for ln in lines]
    counts = Counter(k for k in keys if k)
    # the line before a credit or the chrome (the next line with text), read as a caption: before a credit,
    # any caption shape, but a fragment only when it occurs once (a headline is printed again and again, and
    # its lead photo's credit may follow any copy); before the chrome (which may follow the page's headline
    # or a line that introduces the gallery), a caption verb or a closing date
    strong = [bool(ln.text) and _reads_like_caption(ln.text, fragment_ok=False) for ln in lines]
    for i in range(n):
        if out[i] is not None or not lines[i].text:
            continue
        j = i + 1
        while j < n and not lines[j].text and not framed[j]:
            j += 1
        text = lines[i].text
        fragment = counts[keys[i]] == 1 and _reads_like_caption(text, fragment_ok=True)
        before = j < n and (credit[j] and (strong[i] or fragment) or chrome[j] and strong[i])
        if before or dated_caption(lines[i]) or deictic_caption(lines[i]):
            out[i] = Reason.CAPTION
    # a caption printed twice: every copy of a short line that recurs when one copy has a caption's mark (a
    # credit cut from it, a caption verb, a wire caption's date); a repeated fragment next to a credit (a
    # headline) or a repeated sentence next to one (a standfirst under the lead photo) is the article's once
    captioned = {keys[i] for i in range(n) if keys[i] and counts[keys[i]] > 1 and (
        (out[i] is not None and not chrome[i]) or any(p.reason == Reason.PHOTO for p in lines[i].parts)
        or strong[i])}
    return [Reason.CAPTION if not certain[i] and (r is not None or keys[i] in captioned) else None
            for i, r in enumerate(out)]
