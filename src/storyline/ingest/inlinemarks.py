"""Furniture the extractor keeps among the article's paragraphs, told by the page's markup (inputs33).

Five kinds, each a hint for ``markup.markup_hints`` (cleaning removes the marked lines, never most of the text):

* **a related story's link set as a paragraph** (``teaser``): a line that is wholly one link to another page of
  the page's own site, ending no sentence, in a paragraph set next to a paragraph of prose ("Don't get
  trapped by bad Thanksgiving weather: Top tips" among a storm report's paragraphs); or ending one when it opens
  with a pointer's verb (``lexicon/teaser_verbs.txt``: TIME's "See TIME's Pictures of the Week."; inputs35), the
  link alone or, a pointer's, in a ``<span>``. A deals article's products link to shops, not to the site's own pages; a
  how-to's resources likewise. The link may follow a label in capitals and a colon ("IN TEXAS: Family of … quarantined";
  inputs37).
* **a pull quote** (``furniture``): a line set as an inline quotation (``<q>``, a paragraph wholly one) of
  ``MIN_EXCERPT_WORDS`` words or more whose words, quote marks aside, are printed again inside a longer line of
  the text: a sentence of the report set large as an excerpt; a line wholly in quote marks so repeated, whatever
  its markup (``quoted_excerpt``: a ``<span class="BoldGrey">``); or a paragraph wholly one ``<q>``, repeated or
  not (``lone_quote``: a quotation in the text is written with quote marks, not set alone as a ``<q>``). Only so
  marked: a list's short rows repeated in its longer rows (a meal plan) or a lede a column's next paragraph repeats
  are the text.
* **a post's source list** (``furniture``): a list row or paragraph of links whose other words are only a label of
  ``lexicon/source_labels.txt`` ("Source", "Via"; ``source_list``: The Verge's "SourceStar Wars official site").
* **a labelled photo caption** (``furniture``): a line opening with an image label and a colon
  (``lexicon/image_labels.txt``: "Header Image:", "Photo:") that holds a photo credit ("Credit:", "Photo by",
  "Courtesy", "©", a Creative Commons licence), at most ``CAPTION_MAX_WORDS`` words.
* **an embedded media object's text** (``furniture``): a line inside the markup of a video or a photo set in the
  article (``itemtype`` of ``lexicon/media_itemtypes.txt``) that holds no other line of the text: the video's
  description (USA TODAY's ``<p class="video-desc">``; ``media_text``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from .. import lexicon

MIN_EXCERPT_WORDS = 8
POINTER_TEASERS = True
"""Switch: a link paragraph opening with a pointer's verb is a teaser though it ends a sentence (inputs35)."""
LONE_QUOTES = True
"""Switch: a paragraph wholly one ``<q>`` is a pull quote though not repeated in the text, and a repeated line wholly
in quote marks is one whatever its markup (inputs36)."""
SOURCE_LISTS = True
"""Switch: a line of links labelled "Source"/"Via" and nothing else is a post's source list (inputs36)."""
LABELLED_TEASERS = True
"""Switch: a link paragraph may open with a shouted label and a colon ("IN TEXAS: <link>"; inputs37)."""
_LABEL = re.compile(r"^[A-Z0-9][A-Z0-9 .,'’&/-]*:$")
ARROWED_TEASERS = True
"""Switch: a shouted label may open with an arrow (">> READ ON THE OBSERVERS: <link>"), the label and the link set
bold together, the link's address kept or stripped (inputs41)."""
_ARROW = re.compile(r"^(?:>{2,3}|[»›→►▶▸])\s*")
BRACKETED_TEASERS = True
"""Switch: a link paragraph may be set in square brackets ("[Bardo museum houses …]"; inputs38)."""
BRACKETED = re.compile(r"^\[[^\[\]]+\]$")
_LABEL_MAX_WORDS = 4
MEDIA_TEXTS = True
"""Switch: a line inside an embedded video's or photo's markup, holding no other line, is its description (inputs37)."""
CAPTION_MAX_WORDS = 60
_QUOTE_TAGS = frozenset(("q",))  # a <blockquote> pull quote, tried: the bench's truth keeps it (one page, F1 down)
_WRAPPERS = frozenset(("span", "em", "strong", "b", "i"))  # inline tags a link paragraph's link may sit in
_WORD = re.compile(r"[\w'’]+")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*\s*$")
_QUOTED = re.compile(r'^["“][^"“”]+[.,!?]?["”][.,]?$')
_SEPARATORS = re.compile(r"[:,;|/·•&]|\band\b")
_CREDIT = re.compile(r"\b(?:credit|credits|photo by|photograph by|image by|courtesy)\b|©|\bcc[ -]by\b", re.I)


@cache
def _label() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("image_labels"), space=r"\s+")
    return re.compile(rf"^(?:{words})\s*:", re.I)


@cache
def _pointer() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.words("teaser_verbs"), space=r"\s+")
    return re.compile(rf"^\(?(?:{words})\b", re.I)


EMPTY_PARAGRAPHS = True
"""Switch: an empty ``<p></p>`` between a link paragraph and the prose around it is spacing, stepped over (inputs46:
CBS sets one between every two paragraphs)."""
LATER_POINTERS = True
"""Switch: a pointer's verb may open the line's second sentence or a later one, after a reader's question ("Want
More Flood News? Click Here to Visit Our Topic Page!"; inputs46)."""
_POINTER_MAX_WORDS = 16
_SENTENCE_BREAK = re.compile(r"(?<=[.?!])\s+(?=\(?[A-Z])")


def pointer_sentence(line: str) -> bool:
    """``line`` opens with a pointer's verb ("See …", "(Watch …"), or a short line's later sentence does: a link so
    worded is a teaser, sentence or not."""
    if _pointer().match(line):
        return True
    return LATER_POINTERS and len(line.split()) <= _POINTER_MAX_WORDS and any(
        _pointer().match(part) for part in _SENTENCE_BREAK.split(line)[1:])


def _key(text: str) -> str:
    return " ".join(w.lower() for w in _WORD.findall(text))


def repeated_excerpts(lines: list[str]) -> set[str]:
    """The lines of ``MIN_EXCERPT_WORDS`` words or more whose words are printed again inside a longer line:
    the candidates for a pull quote (``pull_quote`` asks the markup)."""
    keys = [(line, _key(line)) for line in lines]
    out: set[str] = set()
    for line, key in keys:
        if len(key.split()) < MIN_EXCERPT_WORDS:
            continue
        if any(len(other) > len(key) and f" {key} " in f" {other} " for _, other in keys):
            out.add(line)
    return out


def pull_quote(el: Any) -> bool:
    """The line's element is set as an inline quotation: a ``<q>``, or in one, or a ``<p>`` that is wholly one
    (``<blockquote>`` not: see ``_QUOTE_TAGS``)."""
    if el.tag in _QUOTE_TAGS or any(a.tag in _QUOTE_TAGS for a in el.iterancestors()):
        return True
    return _wholly_quote(el)


def _wholly_quote(el: Any) -> bool:
    inner = [c for c in el if isinstance(c.tag, str)]
    return len(inner) == 1 and inner[0].tag in _QUOTE_TAGS and not (el.text or "").strip() and not (
        inner[0].tail or "").strip()


def quoted_excerpt(line: str) -> bool:
    """``line`` is wholly one quotation in quote marks ('"I sense that …"'): repeated inside a longer line
    (``repeated_excerpts``), a pull quote whatever its markup (inputs36)."""
    return LONE_QUOTES and bool(_QUOTED.match(line))


def lone_quote(el: Any, line: str) -> bool:
    """A paragraph of ``MIN_EXCERPT_WORDS`` words or more that is wholly one ``<q>``: a pull quote set between
    the paragraphs though its words are printed nowhere else (The Verge's ``<q class="center">``; inputs36)."""
    if not LONE_QUOTES or len(_key(line).split()) < MIN_EXCERPT_WORDS:
        return False
    para = el.getparent() if el.tag in _QUOTE_TAGS else el
    return para is not None and para.tag == "p" and _wholly_quote(para)


def labelled_caption(line: str) -> bool:
    """A short line opening with an image label and a colon that holds a photo credit."""
    return len(line.split()) <= CAPTION_MAX_WORDS and bool(_label().match(line)) and bool(_CREDIT.search(line))


def source_list(el: Any) -> bool:
    """``el`` (a list row or paragraph) is a post's source credit: one link or more, and outside them only a label of
    ``lexicon/source_labels.txt`` ("Source", "Via"), a colon or separators ("SourceStar Wars official site";
    inputs36)."""
    if not SOURCE_LISTS or el.tag not in ("li", "p", "dd"):
        return False
    links = [a for a in el.iter("a") if a.xpath("string()").strip()]
    if not links:
        return False
    rest = el.xpath("string()")
    for a in links:
        rest = rest.replace(a.xpath("string()"), " ", 1)
    label = " ".join(_SEPARATORS.sub(" ", rest).split()).lower()
    return label in lexicon.words("source_labels")


def _domain(host: str) -> str:
    return ".".join(host.lower().rstrip(".").split(".")[-2:])


def _own_site(href: str, url: str | None) -> bool:
    """``href`` is another page of the site at ``url``: a relative path, or a host of the same domain."""
    parts = urlsplit(href.strip())
    if not parts.path.strip("/"):
        return False  # "#", the home page
    if not parts.netloc:
        return not parts.scheme
    page = urlsplit(url).hostname if url else None
    return bool(page and parts.hostname and _domain(parts.hostname) == _domain(page))


def _shouted_label(s: str) -> bool:
    """A label in capitals ending with a colon, at most ``_LABEL_MAX_WORDS`` words ("IN TEXAS:", "MORE:"): set before
    a related story's link, it names the link's topic; a sentence's words are not all capitals."""
    s = s.strip()
    return bool(_LABEL.match(s)) and len(s.split()) <= _LABEL_MAX_WORDS and any(c.isalpha() for c in s)


def _prose(el: Any) -> bool:
    """A paragraph of prose: a ``<p>`` ending a sentence, not wholly one link."""
    if el is None or el.tag != "p":
        return False
    text = " ".join(el.xpath("string()").split())
    links = " ".join(" ".join(a.xpath("string()").split()) for a in el.iter("a"))
    return bool(_SENTENCE_END.search(text)) and links != text


def _sibling(el: Any, step: str) -> Any:
    """The element before or after ``el`` (``step``), comments and, ``EMPTY_PARAGRAPHS``, empty ``<p>`` skipped."""
    nxt = getattr(el, step)()
    while nxt is not None and (not isinstance(nxt.tag, str) or EMPTY_PARAGRAPHS and _empty_paragraph(nxt)):
        nxt = getattr(nxt, step)()
    return nxt


def _empty_paragraph(el: Any) -> bool:
    return el.tag == "p" and not el.xpath("string()").strip() and not any(isinstance(c.tag, str) for c in el)


def _unbracketed(text: str, bracketed: bool) -> str:
    return text[1:-1].strip() if bracketed and BRACKETED.match(text) else text


def _arrowed(el: Any, line: str) -> tuple[Any, Any] | None:
    """``line`` (found at ``el``, a ``<p>`` or an inline wrapper in one) is an arrow, a shouted label and one link
    whose text ends the line: the paragraph and its link, else None (``ARROWED_TEASERS``)."""
    arrow = _ARROW.match(line)
    if arrow is None:
        return None
    para = el
    while para is not None and para.tag in _WRAPPERS:
        para = para.getparent()
    anchors = list(para.iter("a")) if para is not None and para.tag == "p" else []
    if len(anchors) != 1:
        return None
    text = " ".join(anchors[0].xpath("string()").split())
    if not text or not line.endswith(text) or not _shouted_label(line[arrow.end() : -len(text)]):
        return None
    return para, anchors[0]


def inline_teaser(el: Any, line: str, url: str | None) -> bool:
    """``line`` (found at ``el``) is a paragraph wholly one link to another page of the site, ending no
    sentence or opening with a pointer's verb ("See TIME's Pictures of the Week."), next to a paragraph of prose."""
    arrowed = _arrowed(el, line) if ARROWED_TEASERS and el.tag != "a" else None
    if arrowed is not None:  # the arrow marks it a pointer: an address stripped from the link is no other site's
        para, link = arrowed
        href = link.get("href")
        return (href is None or _own_site(href, url)) and (_prose(_sibling(para, "getprevious"))
                                                           or _prose(_sibling(para, "getnext")))
    link = el if el.tag == "a" else None
    para = el.getparent() if link is not None else el
    pointer = POINTER_TEASERS and pointer_sentence(line)
    bracketed = BRACKETED_TEASERS and bool(BRACKETED.match(line))
    while (pointer or bracketed) and para is not None and para.tag in _WRAPPERS:  # "<p><span><a …>…</a></span></p>"
        para = para.getparent()  # a pointer's or a bracketed link's: a plain link set bold may be a subhead (inputs29)
    if link is None and el.tag == "p":
        anchors = list(el.iter("a"))
        link = anchors[0] if len(anchors) == 1 else None
    if link is None or para is None or para.tag != "p":
        return False
    if _SENTENCE_END.search(line) and not pointer:
        return False
    text = " ".join(link.xpath("string()").split())
    if bracketed:
        line = line[1:-1].strip()
    if text != line and not (LABELLED_TEASERS and line.endswith(text) and _shouted_label(line[: -len(text)])):
        return False
    if _unbracketed(" ".join(para.xpath("string()").split()), bracketed) != line \
            or not _own_site(link.get("href") or "", url):
        return False
    return _prose(_sibling(para, "getprevious")) or _prose(_sibling(para, "getnext"))


def media_text(el: Any, line: str, lines: list[str], texts: Any) -> bool:
    """``line`` (found at ``el``) sits inside an embedded media object's markup (an ``itemtype`` of
    ``lexicon/media_itemtypes.txt``: "http://schema.org/VideoObject") that holds no other line of the text: a
    video's or a photo's description and credit ("Travelers … express concerns …. VPC"), not the report (inputs37).
    ``texts``: an element's space-normalised text. A page whose article sits inside such an object keeps it: the
    object holds its other lines."""
    if not MEDIA_TEXTS:
        return False
    types = lexicon.words("media_itemtypes")
    for box in (el, *el.iterancestors()):
        kind = (box.get("itemtype") or "").strip().rstrip("/").rsplit("/", 1)[-1]
        if kind in types:
            inside = texts(box)
            return not any(other != line and other and other in inside for other in lines)
    return False
