"""The JSON API: the command line's ``stories``, ``brief --db`` and ``add``, over HTTP.

    GET  /api/stories[?search=TEXT&limit=N]   storyline.stories/1
    GET  /api/stories/{id}                    the brief contract (storyline.brief/1)
    POST /api/reports                         JSON/JSONL articles, or multipart files/text/urls
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response
from starlette.background import BackgroundTask
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request

from ..store import STORIES_SCHEMA, QueryError
from ..store.browse import story_titles
from .forms import FORM_FILES, submission_from_form
from .hub import BriefFailed, Hub
from .intake import Submission, Upload
from .security import same_origin
from .web import limits_of

router = APIRouter(prefix="/api", tags=["api"])

_REPORTS_BODY: dict[str, Any] = {
    "requestBody": {
        "description": "Articles as `storyline add` reads them: one JSON article, a list, or {\"articles\": [...]}"
                       " (application/json); one article per line (application/x-ndjson); or multipart form "
                       "fields `files` (files in any format the CLI reads), `text` (a pasted report) and "
                       "`urls` (one per line).",
        "content": {
            "application/json": {"schema": {"oneOf": [{"type": "object"}, {"type": "array"}]}},
            "application/x-ndjson": {"schema": {"type": "string"}},
            "multipart/form-data": {"schema": {"type": "object", "properties": {
                "files": {"type": "array", "items": {"type": "string", "format": "binary"}},
                "text": {"type": "string"}, "urls": {"type": "string"}}}},
        },
    }
}


def _error(status: int, message: str) -> JSONResponse:
    return JSONResponse({"error": message}, status_code=status)


@router.get("/stories", summary="List stories (storyline.stories/1)")
def list_stories(request: Request, search: str | None = Query(None, max_length=200),
                 limit: int | None = Query(None, ge=1)) -> JSONResponse:
    """Live stories, most recently updated first, as ``storyline stories --format json`` prints them."""
    hub: Hub = request.app.state.hub
    try:
        rows = hub.store().stories(search or None, limit)
    except QueryError as exc:  # an unclosed quote, an OR without its words: said, never a 500
        return _error(400, str(exc))
    return JSONResponse({"schema": STORIES_SCHEMA, "stories": [r.to_dict() for r in rows]})


@router.get("/stories/{story}", summary="A story's brief (storyline.brief/1)")
def get_brief(request: Request, story: str) -> Response:
    """The brief's JSON contract, from the cache while the story is unchanged."""
    hub: Hub = request.app.state.hub
    sid = hub.resolve(story)
    if sid is None:
        return _error(404, f"no story with id {story!r}")
    try:
        return Response(hub.brief_text(sid, "json"), media_type="application/json")
    except BriefFailed as err:
        return _error(500, f"the brief of story {sid} could not be built ({err})")


async def _submission(request: Request) -> tuple[Submission, list[Any]] | JSONResponse:
    limits = limits_of(request)
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "application/json":
        return Submission(uploads=[Upload("api.json", await request.body())]), []
    if ctype in ("application/x-ndjson", "application/jsonl", "application/x-jsonlines"):
        return Submission(uploads=[Upload("api.jsonl", await request.body())]), []
    if ctype == "multipart/form-data":
        form = await request.form(max_files=FORM_FILES, max_fields=20, max_part_size=limits.file_bytes)
        return await submission_from_form(form, file_bytes=limits.file_bytes, max_urls=limits.urls,
                                          max_files=limits.files)
    return _error(415, "send application/json, application/x-ndjson or multipart/form-data")


@router.post("/reports", summary="Add reports", openapi_extra=_REPORTS_BODY)
async def post_reports(request: Request) -> JSONResponse:
    """Add reports; says what was added, skipped (with reasons) and which story each joined."""
    if not same_origin(request):
        return _error(403, "cross-site request refused")
    parsed = await _submission(request)
    if isinstance(parsed, JSONResponse):
        return parsed
    sub, skipped = parsed
    if sub.empty() and not skipped:
        return _error(400, "nothing to add")
    hub: Hub = request.app.state.hub
    result = await run_in_threadpool(hub.add, sub, request.app.state.guard, skipped)
    out = result.to_dict()
    titles = story_titles(hub.store(), sorted({int(s) for _, s in result.joined}))
    out["stories"] = {str(k): v for k, v in titles.items()}
    touched = sorted(result.new_stories | result.updated_stories)
    return JSONResponse(out, background=BackgroundTask(hub.prebuild, touched))
