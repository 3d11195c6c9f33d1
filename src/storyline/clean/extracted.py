"""What changes when the text already went through an article extractor (an HTML page through trafilatura).

The extractor chose these lines as the article, so the furniture model and the shape rules, trained and
written for raw scraped text, get less say:

* **Tables.** The extractor writes an article's table as rows ``| cell | cell |``. A row is not a
  breadcrumb or a menu: it stays, unless a certain rule removes it (``is_table_row``).
* **The model does not remove most of the article.** When the lines the model alone would remove hold
  more of the text's words than ``MAX_MODEL_SHARE`` and the rest is an article (a few paragraphs), the
  extractor's judgement stands over the model's and those lines stay: a meal plan or a schedule under
  an article is short lines from top to bottom, a related box is not most of a page
  (``overrule_model_majority``).
* **Short repeats are the article's.** A recipe plan or a product list repeats its short lines ("Meal 2",
  "Eat every 2-3 hours", "Portion Fix Containers: 1 Green, 1 Red, 1 tsp.", "- See it now: Amazon"). A
  repeated line goes only as part of a repeated block that holds a sentence longer than any headline (a
  page that came through twice) (``keep_list_repeats``).
* **Structured lists end the tail trim.** A run of lines of one shape (the same punctuation, in the same
  order: "June 26 -- PPL Center, Allentown, PA", "- Italy (Group J): 10th appearance") is a schedule,
  a price list or a table of results, written by the article; linked headlines in a related box are
  free titles with no shared shape (``in_shaped_run``).
* **The page's markup marks furniture the extractor kept.** A standfirst, a newsletter box, a list of
  other stories read like article text; their place in the page (``ingest.markup``) tells them apart
  (``apply_markup``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence

from .config import DEFAULT_CONFIG
from .lines import Line, ends_sentence, is_paragraph, nwords
from .reasons import Reason

MAX_MODEL_SHARE = 0.5
MIN_ARTICLE_PARAGRAPHS = 3
_PARAGRAPH_WORDS = DEFAULT_CONFIG.max_headline_words  # a repeated line longer than any headline
SHAPED_RUN = 3  # lines in a row with one shape make a structured list
_MIN_SHAPED_WORDS = 3  # "2019-11-19T08:57:40+01:00" (a stamp) is no list item

_PUNCT_RE = re.compile(r"[^\w\s.\"“”'‘’]")
_INWORD_RE = re.compile(r"(?<=\w)[-–'’&](?=\w)")
_DASHES = {"–": "-", "—": "-"}
_LEAD_BULLET_RE = re.compile(r"^[-–—•·*>»›]+\s+")


def is_table_row(text: str) -> bool:
    """``| cell | cell |``: a table row as the extractor writes it (a header rule ``|---|`` has no words)."""
    return text.startswith("|") and text.endswith("|") and text.count("|") >= 3 and any(c.isalnum() for c in text)


LAYOUT_ROWS = True
"""Switch: a lone table row of empty cells but one short one ("| | site | | | | |") is a layout table's row, not
data (inputs46: a site's masthead row kept as text)."""
_LAYOUT_MIN_CELLS = 4
_LAYOUT_MAX_WORDS = 2


def layout_row(lines: Sequence[Line], i: int) -> bool:
    """Line ``i`` is a table row of ``_LAYOUT_MIN_CELLS`` cells or more, all empty but one of at most
    ``_LAYOUT_MAX_WORDS`` words, with no table row holding words next to it: a page's layout, not a table's row
    (a data table's group label, "| Europe | | | |", has its rows under it)."""
    text = lines[i].text
    if not LAYOUT_ROWS or not is_table_row(text):
        return False
    cells = [c.strip() for c in text.strip().strip("|").split("|")]
    filled = [c for c in cells if c]
    if len(cells) < _LAYOUT_MIN_CELLS or len(filled) != 1 or nwords(filled[0]) > _LAYOUT_MAX_WORDS:
        return False
    return not any(0 <= j < len(lines) and is_table_row(lines[j].text) for j in (i - 1, i + 1))


def shape(text: str) -> str:
    """A line's field separators in order, without a leading list bullet ("" for a line of plain words).

    Full stops ("Aug. 2"), quotes, and hyphens, apostrophes and ampersands inside words ("Ak-Chin",
    "2–3", "AT&T") are not separators; dashes are one kind; a separator repeated ("--") counts once."""
    core = _INWORD_RE.sub("", _LEAD_BULLET_RE.sub("", text))
    marks = "".join(_DASHES.get(c, c) for c in _PUNCT_RE.findall(core))
    return re.sub(r"(.)\1+", r"\1", marks)


def in_shaped_run(lines: Sequence[Line], i: int) -> bool:
    """Whether kept line ``i`` is one of ``SHAPED_RUN`` or more kept lines in a row of one non-empty shape."""
    own = shape(lines[i].text)
    if not own or nwords(lines[i].text) < _MIN_SHAPED_WORDS:
        return False
    run = 1
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(lines):
            if lines[j].kept or lines[j].by_model:
                if shape(lines[j].text) != own or nwords(lines[j].text) < _MIN_SHAPED_WORDS:
                    break
                run += 1
            j += step
    return run >= SHAPED_RUN


def overrule_model_majority(lines: Sequence[Line]) -> None:
    """Take back the model's removals when they would be most of the extracted text (by words) and
    what the model leaves is an article (``MIN_ARTICLE_PARAGRAPHS`` prose paragraphs or more). A page
    the extractor could not find an article in (a section front, a list of links with a line of intro)
    keeps the model's verdict."""
    total = sum(nwords(ln.text) for ln in lines)
    by_model = [ln for ln in lines if ln.by_model]
    paragraphs = sum(1 for ln in lines if ln.kept and is_paragraph(ln.text) and ends_sentence(ln.text))
    if paragraphs >= MIN_ARTICLE_PARAGRAPHS and sum(nwords(ln.text) for ln in by_model) > MAX_MODEL_SHARE * total:
        for ln in by_model:
            ln.reason, ln.by_model = None, False


def keep_list_repeats(lines: Sequence[Line]) -> None:
    """Take back the duplicate-line removals that are not part of a repeated block holding a paragraph
    (a sentence of more than ``max_headline_words``).

    A block is a run of consecutive lines (of those kept before the duplicate pass) that are all repeats."""
    block: list[Line] = []
    for ln in [*lines, Line("")]:  # a kept sentinel closes the last block
        if ln.reason == Reason.DUPLICATE:
            block.append(ln)
            continue
        if not ln.kept:
            continue
        if block and not any(nwords(b.text) > _PARAGRAPH_WORDS and ends_sentence(b.text) for b in block):
            for b in block:
                b.reason = None
        block = []


CUT_LINES = True
"""Switch: a line a part was cut out of (a photo credit after a caption) is looked up in the markup as it was
extracted, the cut parts after it (inputs46: ABC's caption "… tainted frozen berries. (Credit: …)")."""


def _hint_of(ln: Line, markup: Mapping[str, str]) -> str | None:
    hint = markup.get(ln.text)
    if hint is None and CUT_LINES and ln.parts:
        hint = markup.get(" ".join([ln.text, *(p.text for p in ln.parts)]))
    return hint


_MARKUP_REASONS = {"headline": Reason.PAGE_HEADLINE, "furniture": Reason.MARKUP, "teaser": Reason.TEASER}


def apply_markup(lines: Sequence[Line], markup: Mapping[str, str]) -> None:
    """Remove the kept lines the page's HTML marks as furniture (``ingest.markup``: an ``<h1>`` that is not
    the title, a line in a newsletter, promo, dek or related box, a shouted link to another story of the site).

    A line that is wholly a link is not removed for that alone: a related headline is, but so is each
    product of a deals article or each resource of a how-to (tried: training-site F1 .9786 -> .9796,
    held-out sites .9561 -> .9552, all of the loss linked product names).

    Not when those lines would be most of the text (by words): then the page's markup is unusual (an
    article inside a ``<header>``) and the lines stay."""
    marked = [(ln, _MARKUP_REASONS[hint])
              for ln in lines if ln.kept and (hint := _hint_of(ln, markup)) in _MARKUP_REASONS]
    kept_words = sum(nwords(ln.text) for ln in lines if ln.kept)
    if sum(nwords(ln.text) for ln, _ in marked) > MAX_MODEL_SHARE * kept_words:
        return
    for ln, reason in marked:
        ln.reason = reason
