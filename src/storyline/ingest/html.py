"""HTML pages: article text and the metadata the page states, via trafilatura.

trafilatura is imported inside the functions: it is slow to import, and a run
over plain-text files should not pay for it.
"""

from __future__ import annotations

import datetime as dt
import logging
import re
from dataclasses import dataclass
from typing import Any

from ..errors import NoArticleText
from ..model import RawDocument
from .decode import normalise_newlines
from .markup import markup_hints, page_tree
from .sanitize import safe_text
from .sections import continued_sections

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<(?:!doctype|html|head|body|article|div|p|br|span|h[1-6]|meta|title|section)\b", re.I)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>")
_PARAGRAPH_TAGS = re.compile(r"</p\s*>|<br\s*/?>", re.I)
_MIN_WORDS_PER_LINE = 4  # a page whose every line is shorter is navigation, not an article
CONTINUED_SECTIONS = True
"""Add the article's sections trafilatura skipped (``sections.continued_sections``): an article the page
splits into sibling blocks of one class. Measured with ``scripts/html_variants.py`` and ``bench/clean_eval.py``
(see bench/CLEAN_EXPERIMENTS.md)."""


@dataclass(slots=True)
class HtmlArticle:
    """What one HTML page yields: text plus the metadata it states (None where it states none)."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    markup: dict[str, str]  # line -> where the page put it (``markup.markup_hints``)


def declared_charset(data: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii", "replace") if match else None


def looks_like_html(text: str) -> bool:
    """True for markup (a JSON ``body`` field holding a page, HTML piped to stdin)."""
    head = text.lstrip()[:2000]
    if head.startswith("<") and (_TAG.search(head) or _CLOSING_TAG.search(head)):
        return True
    return len(_PARAGRAPH_TAGS.findall(text[:20000])) >= 2


def _field(doc: Any, name: str) -> Any:
    if isinstance(doc, dict):
        return doc.get(name)
    return getattr(doc, name, None)


def _text_or_none(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _date_or_none(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def extract_html(html: str, name: str) -> HtmlArticle:
    """Main text and stated metadata of a page; ``NoArticleText`` when no article survives.

    The date comes from what the page states (meta tags, JSON-LD, ``<time>``,
    the URL), preferring the original publication date over an update. The
    extensive search is off: it guesses from any date-like string, e.g. a
    copyright year would become 1 January of that year.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its messages name no file; ours do
    html = safe_text(html)  # lxml refuses lone surrogates and NULs (JSON bodies can hold both)
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            date_extraction_params={
                "extensive_search": False,
                "original_date": True,
                "max_date": dt.date.today().isoformat(),
            },
        )
    except Exception as err:  # trafilatura/lxml raise many kinds on broken markup
        raise NoArticleText(name, f"HTML page could not be parsed ({type(err).__name__}: {err})") from err
    text = normalise_newlines(_field(doc, "text") or "") if doc is not None else ""
    if not any(len(line.split()) >= _MIN_WORDS_PER_LINE for line in text.split("\n")):
        raise NoArticleText(name, "HTML page with no article text")
    text = text.strip()
    tree = page_tree(html)
    if tree is not None and CONTINUED_SECTIONS:
        text = continued_sections(tree, text)
    return HtmlArticle(
        text=text,
        title=_text_or_none(_field(doc, "title")),
        outlet=_text_or_none(_field(doc, "sitename")),
        url=_text_or_none(_field(doc, "url")),
        published=_date_or_none(_field(doc, "date")),
        markup=markup_hints(html, text.split("\n"), tree),
    )


def parse_html(html: str, doc_id: str, *, name: str | None = None) -> RawDocument:
    """One HTML page as a ``RawDocument`` (``source="html"``); errors name ``name`` (the path)."""
    art = extract_html(html, name or doc_id)
    return RawDocument(
        id=doc_id,
        text=art.text,
        title=art.title,
        outlet=art.outlet,
        url=art.url,
        published=art.published,
        source="html",
        markup=art.markup,
    )
