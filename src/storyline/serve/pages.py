"""The app's pages: the story list, a story's brief, one report, and the form that adds reports."""

from __future__ import annotations

import math
from typing import Any
from urllib.parse import urlencode, urlsplit

from fastapi import APIRouter
from fastapi.responses import RedirectResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException
from starlette.requests import Request

from ..store import AddResult
from ..store.browse import (
    stored_document,
    story_of_document,
    story_page,
    story_reports,
    story_titles,
    totals,
    undated_stories,
)
from ..text import story_label
from .briefview import brief_body, cited_spans, doc_number, marked_text, renderer_assets
from .forms import FORM_FILES, list_query, submission_from_form
from .hub import BriefFailed, Hub
from .security import CSRF_COOKIE, CSRF_FIELD, Csrf, same_origin
from .web import doc_url, error_page, hub_of, limits_of, render

router = APIRouter(include_in_schema=False)
MAX_LEADS = 50_000  # cached story leads before the cache starts over


def live_story(hub: Hub, story: str) -> int:
    """The live id of ``story``; a 404 page when there is none."""
    sid = hub.resolve(story)
    if sid is None:
        raise HTTPException(404, missing_story(story))
    return sid


def missing_story(story: str) -> str:
    """What the 404 page says of ``/stories/STORY``: the id asked for, and what an id is when it is not a
    number (it said "There is no story with this id in the store." of 9999 and of "abc" alike)."""
    shown = story if len(story) <= 40 else story[:39] + "…"
    if story.isascii() and story.isdigit():
        return (f"There is no story {shown} in the store (it may never have existed, or the store was rebuilt). "
                "Find it by a word of its title or text in the story list's search.")
    return (f"“{shown}” is not a story id: stories are numbered, as in /stories/12. "
            "Find a story by a word of its title or text in the story list's search.")


def nothing_added(result: AddResult) -> str:
    """The added page's heading: "Reports added" said of an add that added nothing (every URL failed, every
    file skipped) read as success above its list of failures."""
    if result.added:
        return "Reports added"
    return "Nothing new was added" if result.duplicates else "Nothing was added"


@router.get("/assets/brief.css")
def brief_css() -> Response:
    return Response(renderer_assets().css, media_type="text/css", headers={"cache-control": "max-age=3600"})


@router.get("/favicon.ico")
def favicon() -> Response:
    """Browsers ask for /favicon.ico on any page without a ``<link rel=icon>`` (the JSON API's): the app's icon."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/assets/brief.js")
def brief_js() -> Response:
    return Response(renderer_assets().js, media_type="text/javascript", headers={"cache-control": "max-age=3600"})


def undated_note(undated: int, total: int) -> str:
    """Said under a date filter when stories state no publication date: they are dated by their last update."""
    if not undated:
        return ""
    if undated == total:
        head = "The story states no publication date" if total == 1 else \
            f"None of the {total} stories states a publication date"
    else:
        head = f"{undated} of the {total} stories state{'s' if undated == 1 else ''} no publication date"
    return f"{head}; the date filters take the day {'it' if undated == 1 else 'each'} was last updated instead."


@router.get("/")
def stories(request: Request) -> Response:
    """Stories, most recently updated first, with search, filters and pages."""
    query = list_query(request.query_params)
    size = limits_of(request).page_size
    hub = hub_of(request)
    store = hub.store()
    if len(hub.leads) > MAX_LEADS:
        hub.leads.clear()
    page = story_page(store, query.filter, offset=(query.page - 1) * size, limit=size, leads=hub.leads)
    pages = max(1, math.ceil(page.total / size))
    if query.page > pages:
        query.notes.append(f"There are only {pages} pages; this is the last." if pages > 1 else
                           "There is only one page; this is it.")
        query.page = pages
        page = story_page(store, query.filter, offset=(pages - 1) * size, limit=size, leads=hub.leads)
    if query.filter.since or query.filter.until:  # an undated story matched or missed by its update, not said
        note = undated_note(undated_stories(store), totals(store)["stories"])
        if note:
            query.notes.append(note)
    kept = {k: v for k, v in query.form.items() if v}

    def link(n: int) -> str:
        return "/?" + urlencode({**kept, "page": n})

    return render(request, "stories.html", {
        "nav": "stories", "page": page, "pages": pages, "number": query.page, "flt": query.filter,
        "form": query.form, "notes": query.notes, "filtered": query.filtered, "link": link,
        "asked": query.asked,
        "counts": totals(store)})


@router.get("/stories/{story}")
def story(request: Request, story: str) -> Response:
    """The brief, as ``brief.html`` shows it, and the list of the story's reports."""
    hub = hub_of(request)
    sid = live_story(hub, story)
    if str(sid) != story:
        return RedirectResponse(f"/stories/{sid}", status_code=301)
    reports = story_reports(hub.store(), sid)
    title = story_label(story_titles(hub.store(), [sid]).get(sid, ""), str(sid))  # as the brief heads it
    try:
        body, failure = brief_body(hub.brief_text(sid, "html")), ""
    except BriefFailed as err:
        body, failure = "", str(err)
    return render(request, "story.html", {"story": sid, "title": title, "body": body, "failure": failure,
                                          "reports": reports}, status=500 if failure else 200)


def _http_link(url: str | None) -> bool:
    """Only http(s) URLs become links; anything else (javascript:, data:) is shown as text."""
    if not url:
        return False
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


@router.get("/stories/{story}/documents/{doc:path}")
def document(request: Request, story: str, doc: str) -> Response:
    """One report's cleaned text with the passages the brief cites, and what cleaning removed."""
    hub = hub_of(request)
    sid = live_story(hub, story)
    found = stored_document(hub.store(), sid, doc)
    if found is None:
        other = story_of_document(hub.store(), doc)
        if other is not None and other != sid:
            return RedirectResponse(doc_url(other, doc), status_code=301)
        shown = doc if len(doc) <= 80 else doc[:79] + "…"
        raise HTTPException(404, f"Story {sid} holds no report “{shown}”. Its reports are listed on its page.")
    if str(sid) != story:
        return RedirectResponse(doc_url(sid, doc), status_code=301)
    note, spans, number = "", set(), None
    try:
        brief = hub.brief_json(sid)
        number = doc_number(brief, doc)
        spans = cited_spans(brief, doc, found.text)
    except BriefFailed as err:
        note = f"The story’s brief could not be built ({err}), so no passage is highlighted."
    title = story_label(story_titles(hub.store(), [sid]).get(sid, ""), str(sid))  # as the brief heads it
    return render(request, "document.html", {
        "story": sid, "story_title": title, "doc": found, "number": number, "note": note, "cited": len(spans),
        "text": marked_text(found.text, spans, number or 0), "safe_link": _http_link(found.url)})


def _add_form(request: Request, *, message: str = "", text: str = "", urls: str = "", status: int = 200) -> Response:
    """The add form with a CSRF token bound to this browser's cookie (set here when missing)."""
    csrf: Csrf = request.app.state.csrf
    cookie = request.cookies.get(CSRF_COOKIE)
    fresh = not cookie
    cookie = cookie or Csrf.new_cookie()
    limits = limits_of(request)
    response = render(request, "add.html", {
        "nav": "add", "csrf": csrf.token(cookie), "message": message, "text": text, "urls": urls,
        "max_files": limits.files, "max_urls": limits.urls, "max_mb": limits.file_bytes // 1_000_000}, status)
    if fresh:
        response.set_cookie(CSRF_COOKIE, cookie, httponly=True, samesite="strict", path="/")
    return response


@router.get("/add")
def add_form(request: Request) -> Response:
    """The add form; ``?urls=`` fills the URL list (the "Try again" link of an add whose URLs all failed)."""
    return _add_form(request, urls=request.query_params.get("urls", "")[:RETRY_CHARS])


RETRY_CHARS = 8_000  # of the URL list carried back to the form


def retry_link(urls: str, result: AddResult) -> str:
    """Where "Try again" goes after an add that added nothing: the form with the URLs as they were typed, to
    mend a typo (they were lost, and had to be typed again); the empty form when there were none."""
    if result.added or not urls.strip() or len(urls) > RETRY_CHARS:
        return "/add"
    return "/add?" + urlencode({"urls": urls.strip()})


@router.post("/add/again")
async def add_again(request: Request) -> Response:
    """The add form holding what an add that added nothing was sent with (the added page's "Try again": a
    pasted report is too long for a link, so it comes back as a form's fields; ux14). Nothing is added here."""
    if not same_origin(request):
        return error_page(request, 403, "Request refused", "This form was sent from another site.")
    form = await request.form(max_files=0, max_fields=5, max_part_size=limits_of(request).file_bytes)
    return _add_form(request, text=str(form.get("text") or ""), urls=str(form.get("urls") or ""))


def joined_rows(hub: Hub, result: AddResult) -> list[dict[str, Any]]:
    """Each added report, the story it went to (title) and whether that story is new; a duplicate,
    the story its stored copy is in (it joined nothing)."""
    titles = story_titles(hub.store(), sorted({int(s) for _, s in result.joined}))
    return [{"document": d, "story": s, "title": titles.get(int(s), ""), "new": int(s) in result.new_stories,
             "duplicate": d in result.repeated} for d, s in result.joined]


@router.post("/add")
async def add_post(request: Request) -> Response:
    """Add the pasted text, files and URLs; show where each report went and what was skipped."""
    limits = limits_of(request)
    if not same_origin(request):
        return error_page(request, 403, "Request refused", "This form was sent from another site.")
    form = await request.form(max_files=FORM_FILES, max_fields=20, max_part_size=limits.file_bytes)
    csrf: Csrf = request.app.state.csrf
    token = form.get(CSRF_FIELD)
    text, urls = str(form.get("text") or ""), str(form.get("urls") or "")
    if not csrf.valid(request.cookies.get(CSRF_COOKIE), token if isinstance(token, str) else None):
        return _add_form(request, message="This form had expired (or came from elsewhere). Nothing was added: "
                         "please send it again.", text=text, urls=urls, status=403)
    sub, skipped = await submission_from_form(form, file_bytes=limits.file_bytes, max_urls=limits.urls,
                                              max_files=limits.files)
    if sub.empty() and not skipped:
        return _add_form(request, message="Nothing to add: paste a report, choose files or list URLs.", status=400)
    hub = hub_of(request)
    result = await run_in_threadpool(hub.add, sub, request.app.state.guard, skipped)
    touched = sorted(result.new_stories | result.updated_stories)
    response = render(request, "added.html", {
        "heading": nothing_added(result), "summary": result.summary(), "joined": joined_rows(hub, result),
        "skipped": result.skipped, "notes": result.notes, "retry": retry_link(urls, result),
        "again": {"text": text, "urls": urls} if text.strip() and not result.added else None,
        "duplicates": result.duplicates})
    response.background = BackgroundTask(hub.prebuild, touched)
    return response
