"""What the app's pages and API share: request limits, URLs, date labels, templates, error pages."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi.responses import JSONResponse, Response
from starlette.requests import Request
from starlette.templating import Jinja2Templates

from ..settings import DEFAULT_MAX_BYTES
from ..text import story_label
from .hub import Hub

HERE = Path(__file__).parent


@dataclass(frozen=True, slots=True)
class Limits:
    """How much one request may bring."""

    request_bytes: int = 30_000_000
    file_bytes: int = DEFAULT_MAX_BYTES
    files: int = 20
    urls: int = 20
    page_size: int = 20


def doc_url(story: object, doc_id: str) -> str:
    """The document page's path; ids may hold any character, so both parts are quoted."""
    return f"/stories/{quote(str(story), safe='')}/documents/{quote(doc_id, safe='')}"


def _date_label(value: str | None) -> str:
    if not value:
        return ""
    try:
        day = dt.date.fromisoformat(value[:10])
        return f"{day.day} {day:%b %Y}"
    except ValueError:
        return value


def span_of(first: str | None, last: str | None) -> str:
    """'14 Mar 2025 – 15 Mar 2025', one date when they match, 'undated' when there is none."""
    a, b = _date_label(first), _date_label(last)
    if a and b and a != b:
        return f"{a} – {b}"
    return a or b or "undated"


def when(stamp: str | None) -> str:
    """A store timestamp (ISO, UTC) as '2 Dec 2026 05:46 UTC'."""
    if not stamp:
        return "never"
    try:
        moment = dt.datetime.fromisoformat(stamp)
    except ValueError:
        return stamp
    return f"{moment.day} {moment:%b %Y %H:%M}" + (" UTC" if moment.utcoffset() == dt.timedelta(0) else "")


def make_templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=False)
    env.filters["span_of"] = span_of
    env.filters["when"] = when
    env.globals["doc_url"] = doc_url
    env.globals["story_label"] = story_label  # "Untitled story (ID)" as the brief heads it
    return Jinja2Templates(env=env)


def wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


def error_page(request: Request, status: int, heading: str, message: str) -> Response:
    """A calm page (or JSON for the API) saying what went wrong; never a traceback."""
    if wants_json(request):
        return JSONResponse({"error": message}, status_code=status)
    templates: Jinja2Templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"heading": heading, "message": message, "nav": ""},
                                      status_code=status)


def limits_of(request: Request) -> Limits:
    limits: Limits = request.app.state.limits
    return limits


def hub_of(request: Request) -> Hub:
    hub: Hub = request.app.state.hub
    return hub


def render(request: Request, name: str, context: dict[str, Any], status: int = 200) -> Response:
    """A page from its template (``nav`` names the site bar's current entry)."""
    templates: Jinja2Templates = request.app.state.templates
    context.setdefault("nav", "")
    return templates.TemplateResponse(request, name, context, status_code=status)
