"""Reading what a request brings: the story list's filters, and the reports of a form or API call.

Bad values never fail a page: a filter that cannot be read is ignored with a note
saying so, and an upload over the limits is skipped with its reason like any other
unusable input.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field

from starlette.datastructures import FormData, UploadFile

from ..model import Skipped
from ..store.browse import StoryFilter
from ..store.query import QueryError, fts_query
from .intake import Submission, Upload

MAX_SEARCH = 200


@dataclass(slots=True)
class ListQuery:
    """The story list's query string, read: the filter, the page, the values to refill the form, notes."""

    filter: StoryFilter
    page: int
    form: dict[str, str]
    notes: list[str] = field(default_factory=list)

    @property
    def filtered(self) -> bool:
        f = self.filter
        return any((f.search, f.since, f.until, f.min_reports, f.max_reports))

    @property
    def asked(self) -> bool:
        """Any filter written in the form, read or refused (a bad search shows every story, with a note)."""
        return any(self.form.values())


def _date(value: str, label: str, notes: list[str]) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        notes.append(f"“{value}” is not a date (YYYY-MM-DD), so the {label} filter was ignored.")
        return None


def _count(value: str, label: str, notes: list[str]) -> int | None:
    if not value:
        return None
    if value.isdigit() and int(value) >= 1:
        return int(value)
    notes.append(f"“{value}” is not a whole number of reports, so the {label} filter was ignored.")
    return None


def _search(value: str, notes: list[str]) -> str | None:
    """The search text when it makes a query (``store.query``); else None, with a note on what is wrong."""
    if not value:
        return None
    try:
        fts_query(value)
    except QueryError as exc:
        notes.append(f"“{value}” cannot be searched: {exc.why}. So every story is shown.")
        return None
    return value


def list_query(params: Mapping[str, str]) -> ListQuery:
    """Filters and page number from ``?q=&since=&until=&min=&max=&page=``."""
    notes: list[str] = []
    form = {k: (params.get(k) or "").strip()[:MAX_SEARCH] for k in ("q", "since", "until", "min", "max")}
    asked = (params.get("q") or "").strip()
    if len(asked) > MAX_SEARCH:  # it was cut without a word, inside a word: another search was run
        form["q"] = asked[:MAX_SEARCH + 1].rsplit(None, 1)[0] if " " in asked[:MAX_SEARCH + 1] else form["q"]
        notes.append(f"The search was cut to its first {len(form['q'].split())} words "
                     f"(at most {MAX_SEARCH} characters are searched).")
    flt = StoryFilter(search=_search(form["q"], notes), since=_date(form["since"], "“published from”", notes),
                      until=_date(form["until"], "“to”", notes), min_reports=_count(form["min"], "“at least”", notes),
                      max_reports=_count(form["max"], "“at most”", notes))
    if flt.min_reports is not None and flt.max_reports is not None and flt.min_reports > flt.max_reports:
        notes.append(f"“At least {flt.min_reports}” is more than “at most {flt.max_reports}” reports, "
                     "so no story can match.")
    page_text = (params.get("page") or "1").strip()
    page = int(page_text) if page_text.isdigit() and int(page_text) >= 1 else 1
    if str(page) != page_text.lstrip("0") and page_text[:MAX_SEARCH]:
        notes.append(f"“{page_text[:MAX_SEARCH]}” is not a page number, so the first page is shown.")
    return ListQuery(filter=flt, page=page, form=form, notes=notes)


FORM_FILES = 1000
"""Files a form is parsed with at all (Starlette's default; the request's byte limit bounds them too). Past
``Limits.files`` each is skipped by name, the first ones added: 21 files refused the whole form (ux15)."""


async def submission_from_form(form: FormData, *, file_bytes: int, max_urls: int,
                               max_files: int = FORM_FILES) -> tuple[Submission, list[Skipped]]:
    """Pasted texts (``text``), files (``files``/``file``) and URLs (``urls``, one per line) of a form; the files
    past ``max_files`` and the URLs past ``max_urls`` are skipped with that reason."""
    sub = Submission()
    skipped: list[Skipped] = []
    for value in form.getlist("text"):
        if isinstance(value, str) and value.strip():
            sub.texts.append(value)
    for value in [*form.getlist("files"), *form.getlist("file")]:
        if not isinstance(value, UploadFile) or not value.filename:
            continue  # an empty file input still sends a part without a name
        if len(sub.uploads) >= max_files:
            skipped.append(Skipped(value.filename, f"more than {max_files} files in one request; add it in another"))
            continue
        data = await value.read(file_bytes + 1)
        if len(data) > file_bytes:
            skipped.append(Skipped(value.filename, f"file is over the {file_bytes:,}-byte limit for one upload"))
            continue
        sub.uploads.append(Upload(value.filename, data))
    urls: list[str] = []
    for value in form.getlist("urls"):
        if isinstance(value, str):
            urls += [line.strip() for line in value.splitlines() if line.strip()]
    sub.urls = urls[:max_urls]
    skipped += [Skipped(u, f"more than {max_urls} URLs in one request; add it in another") for u in urls[max_urls:]]
    return sub, skipped
