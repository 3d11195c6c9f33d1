"""Tables that are no text of the story: a widget's data feed and a picture's frame (inputs49).

* **a data feed's table**: a store or ad widget may print its data as a table the page's script reads and hides
  (column heads "itemName", "itemURL", "imageSrc", "price"; a product per row). The extractor reads it as a
  table of the story, and a brief took the products for people and "Jersey" for a place. A table in which most
  rows (at least ``FEED_MIN_ROWS``) hold a cell that is a bare web address is a feed, never a story's table:
  removed with its block when the block holds only a short heading beside it (``FEED_HEADING_WORDS``). A
  story's table of data (scores, results, a timetable) holds words and figures, not addresses.
* **a picture's frame**: an old layout sets a picture and its caption in a table of one cell
  (``<table><tr><td><img …><p class="small">The wetsuits are billed as …</p></td></tr></table>``), and the
  extractor reads the caption as a table row of the story. A table of one row and one cell that holds a picture
  and at most ``FRAME_MAX_WORDS`` words is the picture's frame: removed.
* **a side column's table**: a scoreboard widget in the page's right column (the Star Tribune's "scoreBoard" of
  other games' scores in a ``<div class="rightColContainer">``, inputs52) is read as the story's table, its rows'
  teams as places and people. A table inside a block whose class or id names a side column
  (``lexicon/side_column_markup.txt``) that holds neither the page's ``<h1>`` nor half the words of its paragraphs
  is removed; a story's own table is in the article's column.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from .markup import class_words, drop_keeping_tail

FEED_TABLES = True
"""Switch: a data feed's table (module docstring) is removed before extraction."""
PICTURE_FRAMES = True
"""Switch: a one-cell table framing a picture and its caption is removed before extraction."""
SIDE_TABLES = True
"""Switch: a table in a side column away from the headline (module docstring) is removed before extraction."""
FEED_MIN_ROWS = 3
FEED_HEADING_WORDS = 6
FRAME_MAX_WORDS = 40
_ADDRESS = re.compile(r"^(?:https?://|www\.)\S+$")


def _nwords(el: Any) -> int:
    return len("".join(el.itertext()).split())


def _rows(table: Any) -> list[Any]:
    return [tr for tr in table.iter("tr") if next(tr.iterancestors("table"), None) is table]


def feed_table(table: Any) -> bool:
    """Do most of the table's rows hold a cell that is a bare web address (module docstring)?"""
    rows = _rows(table)
    with_address = sum(any(_ADDRESS.match(" ".join("".join(td.itertext()).split())) for td in tr.iter("td"))
                       for tr in rows)
    return with_address >= FEED_MIN_ROWS and 2 * with_address > len(rows)


def _feed_box(table: Any) -> Any:
    """The table, or its enclosing blocks while they hold only a short heading beside it."""
    box = table
    for parent in table.iterancestors():
        if parent.tag in ("body", "html") or _nwords(parent) - _nwords(table) > FEED_HEADING_WORDS:
            break
        box = parent
    return box


def picture_frame(table: Any) -> bool:
    """Is the table one cell holding a picture and a short caption (module docstring)?"""
    rows = _rows(table)
    cells = [td for td in table.iter("td", "th") if next(td.iterancestors("table"), None) is table]
    return len(rows) == 1 and len(cells) == 1 and next(table.iter("img"), None) is not None \
        and _nwords(table) <= FRAME_MAX_WORDS and len(list(table.iter("table"))) == 1


def paragraph_words(el: Any) -> int:
    """Words in the ``<p>`` elements of ``el`` (the page's running text)."""
    return sum(_nwords(p) for p in el.iter("p"))


def side_table(table: Any, page_words: int = 0) -> bool:
    """Is the table inside a side column that holds neither the page's ``<h1>`` nor half its paragraphs' words
    (``page_words``: a wrapper "contentAndSidebar" or a layout "l-sidebar-fixed" holds the article) (module
    docstring)?"""
    words = lexicon.words("side_column_markup")
    for block in table.iterancestors():
        if class_words(block) & words:
            return next(block.iter("h1"), None) is None and 2 * paragraph_words(block) < page_words
    return False


def drop_feed_tables(tree: Any) -> int:
    """Remove the data feeds' tables and the pictures' frames (module docstring); the number removed."""
    found: list[Any] = []
    page_words = paragraph_words(tree) if SIDE_TABLES else 0
    for table in tree.iter("table"):
        if any(a in found for a in table.iterancestors()):
            continue
        if FEED_TABLES and feed_table(table):
            found.append(_feed_box(table))
        elif PICTURE_FRAMES and picture_frame(table) or SIDE_TABLES and side_table(table, page_words):
            found.append(table)
    for el in found:
        if el.getparent() is not None:
            drop_keeping_tail(el)
    return len(found)
