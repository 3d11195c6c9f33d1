"""An article the page splits into sections of one kind: the sections the extractor skipped.

Some sites print one article as a run of sibling blocks of the same tag and class, with advertisements
and asides between them (``<div class="article-chunk">`` ... ``<div class="ad">`` ...
``<div class="article-chunk">``). trafilatura then returns the first block as the article and drops the
rest: on two such pages of the article-extraction benchmark (one site, held-out) it kept 35% and 45% of the
article.

Here the block holding the extracted paragraphs is found (the deepest element holding every ``<p>`` whose
text is an extracted line, or the first of its ancestors, up to ``MAX_LEVELS`` up, with siblings of its own
tag and class), and the ``<p>`` paragraphs of its sibling blocks are added before or after the text, in page
order. Only sections that read as the same article are taken:

* a section brings at least ``MIN_PROSE_PARAGRAPHS`` prose paragraphs (10+ words, a full stop): a
  one-paragraph blurb in a block of the same class ("<Company> is a global provider of ...") is not a
  continuation (the only sections this found on the training sites were such blurbs);
* no section holds an ``<h1>`` or an ``<article>`` with a headline of its own (``<h1>``, ``<h2>``, a
  ``<header>``), and the blocks are not ``<article>`` elements: a page that stacks the next article under this
  one (infinite scroll) has blocks of one class too, each with its own headline. A block that wraps its
  paragraphs in a bare ``<article>`` (no headline in it) is one part of the body: the Washington Post prints its
  body as two ``<div class="article_body">`` blocks, each an ``<article>`` of paragraphs, with the side rail
  between them, and the lede was lost in the first (bench/BRIEF_REVIEW.md, "inputs44");
* what is added is at most ``MAX_ADDED`` times the extracted text (by words).

The cleaner then judges the added lines as it judges the extractor's.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_LEVELS = 3
MIN_PROSE_PARAGRAPHS = 2
MAX_ADDED = 3.0
_PROSE_WORDS = 10
_ENDS = (".", "!", "?", ".”", ".\"", "?”", "!”", ".’")
BARE_ARTICLES = True
"""Switch: a headline-less ``<article>`` inside a block is the block's wrapper, not another story (inputs44)."""
_HEADLINE = ".//h1|.//h2|.//header"


def norm_text(text: str) -> str:
    return " ".join(text.split())


def _is_prose(text: str) -> bool:
    return len(text.split()) >= _PROSE_WORDS and text.endswith(_ENDS)


def _paragraphs(el: Any) -> list[str]:
    """The text of each ``<p>`` in ``el`` not inside another ``<p>``, in page order."""
    out = []
    for p in el.iter("p"):
        if any(a.tag == "p" for a in p.iterancestors()):
            continue
        if text := norm_text(p.xpath("string()")):
            out.append(text)
    return out


def common_ancestor(els: list[Any]) -> Any:
    paths = [list(reversed([e, *e.iterancestors()])) for e in els]
    common = None
    for level in zip(*paths, strict=False):
        if any(x is not level[0] for x in level):
            break
        common = level[0]
    return common


@dataclass(frozen=True)
class ArticleBlock:
    """The extracted text's lines and the page element that holds its paragraphs (``article_block``)."""

    lines: list[str]
    normed: list[str]  # each line space-normalised
    found: list[Any]  # the page's <p> elements whose text is a line of the extracted text, in page order
    home: Any  # their nearest common ancestor

    def with_lines_before_first(self, new: list[str]) -> str:
        """The text with ``new`` lines put before the line of the first paragraph found."""
        at = self.normed.index(norm_text(self.found[0].xpath("string()")))
        return "\n".join(self.lines[:at] + new + self.lines[at:])


def article_block(tree: Any, text: str) -> ArticleBlock | None:
    """Where the extractor's ``text`` (one paragraph a line) sits in the page: the nearest common ancestor of the
    ``<p>`` elements whose text it kept; None when fewer than two are found or they only meet at the body.
    ``ingest.ledes`` and ``ingest.leadtext`` look around that block for an opening the extractor left out."""
    lines = text.split("\n")
    normed = [norm_text(ln) for ln in lines]
    extracted = {ln for ln in normed if ln}
    found = [p for p in tree.iter("p") if norm_text(p.xpath("string()")) in extracted]
    if len(found) < 2:
        return None
    home = common_ancestor(found)
    if home is None or home.tag in ("body", "html"):
        return None
    return ArticleBlock(lines, normed, found, home)


def _sibling_blocks(block: Any) -> tuple[Any, list[Any]]:
    """The block (``block`` or an ancestor, up to ``MAX_LEVELS``) with siblings of its tag and class, and
    all of them in page order; (None, []) when there are none."""
    for _ in range(MAX_LEVELS):
        parent = block.getparent()
        if parent is None:
            return None, []
        cls = block.get("class")
        if cls:
            same = [s for s in parent if s.tag == block.tag and s.get("class") == cls]
            if len(same) >= 2:
                return block, same
        block = parent
    return None, []


def _headed(el: Any) -> bool:
    """Is ``el`` (an ``<article>``) a story of its own: does it hold a headline (or is every one counted so)?"""
    return not BARE_ARTICLES or bool(el.xpath(_HEADLINE))


def _other_story(block: Any) -> bool:
    """Does ``block`` hold another story: an ``<h1>``, or an ``<article>`` with its own headline?"""
    return block.find(".//h1") is not None or any(_headed(a) for a in block.iter("article"))


def continued_sections(tree: Any, text: str) -> str:
    """``text`` (the extractor's, one paragraph a line) with the paragraphs of the article's other sections
    added in page order; ``text`` unchanged when the page has no such sections (``tree``: ``page_tree``)."""
    lines = [norm_text(ln) for ln in text.split("\n") if norm_text(ln)]
    extracted = set(lines)
    found = [p for p in tree.iter("p") if norm_text(p.xpath("string()")) in extracted]
    if len(found) < 2:
        return text
    home = common_ancestor(found)
    if home is None or home.tag == "article" and _headed(home):
        return text
    block, blocks = _sibling_blocks(home)
    if block is None or block.tag == "article":
        return text
    before: list[str] = []
    after: list[str] = []
    seen = False
    for other in blocks:
        if other is block:
            seen = True
            continue
        if _other_story(other):
            return text
        new = [t for t in _paragraphs(other) if t not in extracted]
        if sum(map(_is_prose, new)) < MIN_PROSE_PARAGRAPHS:
            continue
        (after if seen else before).extend(new)
    added = sum(len(t.split()) for t in before + after)
    if not added or added > MAX_ADDED * sum(len(ln.split()) for ln in lines):
        return text
    return "\n".join(before + [text] + after)
