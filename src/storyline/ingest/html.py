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
from ..model import Note, RawDocument
from .archived import archived_name, archived_url
from .chromedate import chrome_day
from .copyrightname import copyright_name
from .decode import normalise_newlines
from .labelleddays import first_published_day, labelled_published
from .leadtext import with_leading_text
from .lededay import lede_day
from .ledes import with_lede
from .localday import local_day, named_zones, page_days, plain_zones, shown_days, stated_instants
from .markup import markup_hints, page_tree
from .numberedparts import NUMBERED_PARTS, with_earlier_parts
from .origin import with_origin
from .pageboxes import own_entry_day
from .pagekind import PageKind, ld_objects, page_kind
from .pagekind_teaser import absent_part
from .pagelang import check_declared_language
from .pagemeta import (
    bare_published,
    report_date,
    stated_day,
    stated_published,
    stated_update,
    stated_url,
    url_section_day,
)
from .pager import next_page
from .provider import with_provider
from .quoteleadin import with_quote_leadins
from .sanitize import safe_text
from .scriptbody import in_markup, same_words, script_story
from .scriptdate import script_day
from .sections import continued_sections
from .sectiontitle import headline_over_section
from .sitename import byline_name, house_name, own_name, tagline_name, titled_name
from .sourceorg import source_orgs, with_source_org
from .teaserdate import own_day
from .titlemarks import without_archive_year
from .titles import (
    domain_keys,
    headings,
    site_key,
    site_keys,
    site_with_section,
    stated_names,
    strip_headline_trail,
    strip_leading_site_name,
)
from .widgets import without_widgets
from .widgettitle import without_widget_title
from .wiresource import with_wire_source

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_TAG = re.compile(r"<(?:!doctype|html|head|body|article|div|p|br|span|h[1-6]|meta|title|section)\b", re.I)
_CLOSING_TAG = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*\s*>")
_PARAGRAPH_TAGS = re.compile(r"</p\s*>|<br\s*/?>", re.I)
_MIN_WORDS_PER_LINE = 4  # a page whose every line is shorter is navigation, not an article
# Letters of scripts written without spaces between words (Chinese, Japanese kana, Thai): a line with this many
# is prose though it holds no four space-separated words; its language is then judged (and named) like any text's.
_UNSPACED = re.compile(r"[\u0E00-\u0E7F\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]")
_MIN_UNSPACED_PER_LINE = 20
# A site's name after the headline in a stated title: "Headline - Site", "Headline | Site", "Headline :: Site",
# "Headline -- Site".
_TITLE_SITE = re.compile(r"^(?P<head>.*\S)\s+(?:--|[-|–—]|::)\s+(?P<site>[^|–—]{1,60}?)\s*$")
SITE_SECTIONS = True
"""Cut a site's name with its section's after the headline ("… | CNN Politics" on cnn.com; ``strip_site_name``;
bench/BRIEF_REVIEW.md, "inputs33")."""
HEADLINE_TRAILS = True
"""Cut what follows the page's own ``<h1>`` headline in its stated title ("… | DW | 19.01.2020", "… - Jane Doe";
``titles.strip_headline_trail``; bench/BRIEF_REVIEW.md, "inputs37")."""
PAGE_KINDS = True
"""Check what kind of page each HTML input is (``pagekind.page_kind``): skip deals, product, recipe and
press-release pages with their reason, and note opinion, analysis, reviews, podcasts and results tables."""
CONTINUED_SECTIONS = True
"""Add the article's sections trafilatura skipped (``sections.continued_sections``): an article the page
splits into sibling blocks of one class. Measured with ``scripts/html_variants.py`` and ``bench/clean_eval.py``
(see bench/CLEAN_EXPERIMENTS.md)."""
LOCAL_DAY = True
"""Give a UTC publication time's day as the page's local day when the page states the same instant with its own
offset (``localday.local_day``; bench/BRIEF_REVIEW.md, "inputs25")."""
LEDE_BLOCKS = True
"""Add the lede a page sets in a block of its own right before the article's text block, which the
extractor drops when the body is long (``ledes.with_lede``; bench/BRIEF_REVIEW.md, "inputs24")."""
LEADING_TEXT = True
"""Add the bare text the article's block holds before its first paragraph (a lede outside any ``<p>``), which
the extractor drops (``leadtext.with_leading_text``; bench/BRIEF_REVIEW.md, "inputs30")."""
TEASER_DATES = True
"""Give a page its own day when the extractor's day is printed only in another story's teaser (a related
link's date; ``teaserdate.own_day``; bench/BRIEF_REVIEW.md, "inputs30")."""
CHROME_DATES = True
"""Give a page no day when the extractor's day is printed only in the site's chrome (a header bar's date of the
day the page was saved), outside the article (``chromedate.chrome_day``; bench/BRIEF_REVIEW.md, "inputs33")."""
QUOTE_LEADINS = True
"""Put back a block quotation's lead-in paragraph ("…, the researchers wrote:") the extractor dropped as a link
(``quoteleadin.with_quote_leadins``; bench/BRIEF_REVIEW.md, "inputs40")."""
SCRIPT_STORIES = True
"""Read a script-built page's story from its data (schema.org ``articleBody``, or a script's HTML fragment that
opens with the page's description) when its markup holds no article text, and note it (``scriptbody``;
bench/BRIEF_REVIEW.md, "inputs40")."""
PAGE_WIDGETS = True
"""Before extraction, remove the widgets set inside paragraphs (hover cards, tooltips, hidden text) and read
layout tables as blocks (``widgets.without_widgets``; bench/BRIEF_REVIEW.md, "html21")."""

SOFT_HYPHENS = True
"""Drop the soft hyphens a page sets inside words for line breaking ("Vladi&#173;mir"): invisible on the page, they
split a name in two for every later stage (bench/BRIEF_REVIEW.md, "inputs44": the Washington Post's lede)."""
_SOFT_HYPHEN = "\u00ad"


@dataclass(slots=True)
class HtmlArticle:
    """What one HTML page yields: text plus the metadata it states (None where it states none)."""

    text: str
    title: str | None
    outlet: str | None
    url: str | None
    published: dt.date | None
    markup: dict[str, str]  # line -> where the page put it (``markup.markup_hints``)
    kind: PageKind | None = None  # what the page looks like when it is not a news report (``pagekind``)
    read_from: str | None = None  # where the text was read when the markup held none (``scriptbody``)
    next_page: str | None = None  # the address of the story's next page when it is printed over several (``pager``)
    paid_part: str | None = None  # the selector of a subscribers' part the page's data marks but it lacks


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


def without_soft_hyphens(text: str) -> str:
    """``text`` without soft hyphens (U+00AD), unchanged with ``SOFT_HYPHENS`` off."""
    return text.replace(_SOFT_HYPHEN, "") if SOFT_HYPHENS else text


def _date_or_none(value: Any) -> dt.date | None:
    if not isinstance(value, str):
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _shown_bare(html: str, tree: Any, found: dt.date | None) -> set[dt.date]:
    """The page's stated bare publication dates its visible text shows, none when it shows ``found`` too (unless
    it labels the one stated date its publication: ``labelleddays.labelled_published``)."""
    bare = bare_published(html, tree)
    if not bare or found is None:
        return set()
    shown = page_days(tree)
    if found in shown:  # the address's day shown too: the stated one only when the page labels it its publication
        return bare if len(bare) == 1 and labelled_published(tree) in bare else set()
    return bare & shown


def _published(doc: Any, html: str, tree: Any, url: str | None, text: str,
               raw: str | None = None) -> tuple[dt.date | None, dt.date | None]:
    """The stated publication day and update day, each by the page's local day where it states its zone (``raw``:
    the page before its widgets were removed)."""
    stated = stated_published(html, tree)
    found = _date_or_none(_field(doc, "date"))
    day = stated_day(found, stated, url, _shown_bare(html, tree, found))
    if day is None and not stated:
        day = url_section_day(url)
    if TEASER_DATES:
        day = own_day(day, tree, stated)
    if CHROME_DATES:
        day = chrome_day(day, tree, stated, text)
    day = first_published_day(day, tree)  # labelleddays
    day = script_day(day, html, tree, stated, url, text)
    day = lede_day(day, html, text)  # "THURSDAY, June 6 (…) --" and the page's other dates of that day
    if day is None and not stated and raw is not None:
        day = own_entry_day(page_tree(raw))  # the page's own entry in a dated list, gone with the list (inputs51)
    updated = stated_update(html, tree)
    if not LOCAL_DAY:
        return day, updated
    instants = stated_instants(html, tree) if tree is not None else []  # read once for both days
    zones = named_zones(tree) + plain_zones(tree, instants)
    return local_day(day, instants, shown_days(tree), zones), local_day(updated, instants, zones=zones)


def _prose_line(line: str) -> bool:
    return len(line.split()) >= _MIN_WORDS_PER_LINE or len(_UNSPACED.findall(line)) >= _MIN_UNSPACED_PER_LINE


def strip_site_name(title: str | None, outlet: str | None, url: str | None) -> str | None:
    """``title`` without a site's name after " - ", " | ", " :: " (or a dash): only when that last part is the
    page's stated site name or its domain ("… - 9to5Mac" on 9to5mac.com), never a headline's own last part."""
    if not title:
        return title
    if outlet and len(outlet) < len(title) and title.lower().endswith(outlet.lower()):  # a name holding " - "
        head = title[: -len(outlet)]
        if re.search(r"\s(?:--|[-|–—]|::)\s*$", head) and head.strip(" -|–—:"):
            return head.rstrip(" -|–—:")
    m = _TITLE_SITE.match(title)
    if not m:
        return title
    site = site_key(m.group("site"))
    known = domain_keys(url) | ({site_key(outlet)} if outlet else set())
    known |= {k.removeprefix("the") for k in known}
    if site and (site in known or site.removeprefix("the") in known):
        return m.group("head").rstrip(" -|–—:")
    if SITE_SECTIONS and site_with_section(m.group("site"), known):
        return m.group("head").rstrip(" -|–—:")
    return title


def _site_name(outlet: str | None, url: str | None, publishers: list[str], html: str, tree: Any) -> str | None:
    """The outlet the page states, as ``sitename`` and ``copyrightname`` name it."""
    outlet = archived_name(outlet, url, publishers, tree)  # a capture's host is the archive's, not the outlet
    outlet = byline_name(outlet, tree)  # a CMS's byline stated as the site's name ("Posted by Editor")
    outlet = titled_name(house_name(own_name(outlet, url, publishers, tree), tree), html, tree)
    return copyright_name(outlet, html, tree)


def _story_text(text: str, html: str, tree: Any, name: str) -> tuple[str, str | None]:
    """The extracted text, or, when it holds no prose line, the story the page's data holds and where it was
    read (``scriptbody.script_story``); ``NoArticleText`` when neither has article text."""
    found = None
    if any(_prose_line(line) for line in text.split("\n")):
        if SCRIPT_STORIES and not in_markup(text, tree):  # the extractor's own fallback on the page's data
            found = script_story(html, tree)
        return found if found is not None and same_words(found[0], text) else (text.strip(), None)
    found = script_story(html, tree) if SCRIPT_STORIES else None
    if found is None or not any(_prose_line(line) for line in found[0].split("\n")):
        raise NoArticleText(name, "HTML page with no article text")
    return found[0], found[1]


def _with_lost_parts(tree: Any, text: str) -> str:
    """``text`` with the page's parts the extractor left out put back: a continued section, the lede block, text
    before the body, earlier numbered parts, a quotation's lead-in (each module says which, each has its switch)."""
    if tree is None:
        return text
    if CONTINUED_SECTIONS:
        text = continued_sections(tree, text)
    if LEDE_BLOCKS:
        text = with_lede(tree, text)
    if LEADING_TEXT:
        text = with_leading_text(tree, text)
    if NUMBERED_PARTS:
        text = with_earlier_parts(tree, text)
    if QUOTE_LEADINS:
        text = with_quote_leadins(tree, text)
    return text


def extract_html(html: str, name: str) -> HtmlArticle:
    """Main text and stated metadata of a page; ``NoArticleText`` when no article survives,
    ``UnsupportedLanguage`` when the page declares another language and reads like it (``pagelang``).

    The date comes from what the page states (meta tags, JSON-LD, ``<time>``,
    the URL), preferring the original publication date over an update. The
    extensive search is off: it guesses from any date-like string, e.g. a
    copyright year would become 1 January of that year.
    """
    import trafilatura

    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)  # its messages name no file; ours do
    html = safe_text(html)  # lxml refuses lone surrogates and NULs (JSON bodies can hold both)
    producers = source_orgs(page_tree(html))  # before the widgets' pass removes hidden markup (hNews' vcard)
    raw = html
    if PAGE_WIDGETS:
        html = without_widgets(html)
    dates = {"extensive_search": False, "original_date": True, "max_date": dt.date.today().isoformat()}
    try:
        doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False, include_images=False,
                                          include_links=False, date_extraction_params=dates)
    except Exception as err:  # trafilatura/lxml raise many kinds on broken markup
        raise NoArticleText(name, f"HTML page could not be parsed ({type(err).__name__}: {err})") from err
    text = normalise_newlines(_field(doc, "text") or "") if doc is not None else ""
    tree = page_tree(html)
    text, read_from = _story_text(text, html, tree, name)
    if read_from and doc is None:  # the extractor states no metadata for a page it found no text in
        doc = trafilatura.extract_metadata(html, date_config=dates, extensive=False)
    check_declared_language(tree, text, name)  # a Latvian page the text's language guess cannot name
    text = _with_lost_parts(tree, text)
    text = without_soft_hyphens(text)  # after every stage that reads the page's own paragraphs, which hold them
    outlet = _text_or_none(_field(doc, "sitename"))
    url = _text_or_none(_field(doc, "url")) or stated_url(tree)
    title = without_widget_title(_text_or_none(_field(doc, "title")), tree)
    title = headline_over_section(title, tree, text.split("\n", 1)[0])
    publishers, stated = stated_names(html, tree)
    outlet = _site_name(outlet, url, publishers, html, tree)
    title = strip_leading_site_name(title, outlet, url, publishers=publishers, stated_titles=stated)
    outlet = tagline_name(outlet, url)  # "Site | Breaking News, …": the part the domain spells, the title cut first
    title = without_archive_year(strip_site_name(title, outlet, url))
    if HEADLINE_TRAILS:
        title = strip_headline_trail(title, headings(tree), site_keys(outlet, url, publishers))
    return HtmlArticle(
        text=text,
        title=title,
        outlet=with_wire_source(with_source_org(
            with_origin(with_provider(outlet, stated_url(tree) or url, publishers, tree), url, tree), url, publishers,
            producers), url, tree),
        url=archived_url(url),  # a capture's own address only for the page's links (``archived``)
        published=report_date(*_published(doc, html, tree, url, text, raw), text),
        markup=markup_hints(html, text.split("\n"), tree, url),
        kind=page_kind(html, tree, text, url, title) if PAGE_KINDS else None,
        read_from=read_from,
        next_page=next_page(tree, stated_url(tree) or url),
        paid_part=absent_part(tree, ld_objects(html)),
    )


def parse_html(html: str, doc_id: str, *, name: str | None = None) -> RawDocument:
    """One HTML page as a ``RawDocument`` (``source="html"``); errors name ``name`` (the path)."""
    art = extract_html(html, name or doc_id)
    if art.kind is not None and art.kind.skip:
        raise NoArticleText(name or doc_id, art.kind.reason)
    notes = [Note(name or doc_id, art.kind.reason)] if art.kind is not None else []
    if art.read_from:
        notes.append(Note(name or doc_id, f"the page's markup holds no article text: its story was read from "
                                          f"{art.read_from}"))
    if art.next_page:
        notes.append(Note(name or doc_id, f"the story continues on another page ({art.next_page}): the text is "
                                          f"only its first part"))
    if art.paid_part:
        notes.append(Note(name or doc_id, f"only the free part of the story is on the page: its data marks a part "
                                          f"for subscribers ('{art.paid_part}') the page does not hold"))
    return RawDocument(
        id=doc_id,
        text=art.text,
        title=art.title,
        outlet=art.outlet,
        url=art.url,
        published=art.published,
        source="html",
        markup=art.markup,
        notes=notes,
    )
