"""``create_app``: the web app over one store (FastAPI on Starlette, Jinja2 templates).

    from storyline.serve import create_app
    app = create_app("news.db")          # then: uvicorn, or `storyline serve --db news.db`

Pages are rendered on the server and work without JavaScript; the JSON API mirrors
the command line. ``url_guard`` decides where URL fetching may go: the default is the
public internet only; tests pass a guard that also allows 127.0.0.1 (there is no
switch for it anywhere a user could flip it).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Sequence
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

import jinja2
from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.staticfiles import StaticFiles
from starlette.templating import Jinja2Templates

from .. import DEFAULT_MAX_BYTES, __version__
from .briefview import renderer_assets
from .fetch import UrlGuard
from .hub import Hub
from .security import BodyLimit, BodyTooLarge, Csrf, SecurityHeaders, content_security_policy

log = logging.getLogger("storyline.serve")
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


def _templates() -> Jinja2Templates:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(HERE / "templates"), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=False)
    env.filters["span_of"] = span_of
    env.filters["when"] = when
    env.globals["doc_url"] = doc_url
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


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_page(request, 404, "Not found", str(exc.detail) if exc.detail != "Not Found" else
                          "There is no page at this address.")
    return error_page(request, exc.status_code, "Request refused", str(exc.detail))


async def _invalid(request: Request, exc: Exception) -> Response:
    return error_page(request, 400, "Bad request", "The request's parameters could not be read.")


async def _too_large(request: Request, exc: Exception) -> Response:
    limits: Limits = request.app.state.limits
    return error_page(request, 413, "Too large", f"The upload is too large: this app takes at most "
                      f"{limits.request_bytes // 1_000_000} MB per request. Send fewer or smaller files.")


async def _crash(request: Request, exc: Exception) -> Response:
    log.error("error on %s %s", request.method, request.url.path, exc_info=exc)
    return error_page(request, 500, "Something went wrong",
                      f"storyline hit an error it did not expect while answering this page ({type(exc).__name__}). "
                      "Nothing stored was lost. Try again; if it keeps happening, please report it.")


def create_app(db: str | Path, *, url_guard: UrlGuard | None = None, allowed_hosts: Sequence[str] | None = None,
               limits: Limits = Limits()) -> FastAPI:
    """The web app over the store at ``db`` (created if missing)."""
    from . import api, pages

    hub = Hub(db)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> Any:
        yield
        hub.close()

    app = FastAPI(title="storyline", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Stories from a stream of news reports, each with a cited brief. "
                              "The JSON API mirrors the command line (`storyline stories`, `brief`, `add`).")
    assets = renderer_assets()
    app.state.hub = hub
    app.state.templates = _templates()
    app.state.guard = url_guard or UrlGuard()
    app.state.csrf = Csrf()
    app.state.limits = limits
    app.include_router(pages.router)
    app.include_router(api.router)
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.add_exception_handler(HTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _invalid)
    app.add_exception_handler(BodyTooLarge, _too_large)
    app.add_exception_handler(Exception, _crash)
    app.add_middleware(BodyLimit, limit=limits.request_bytes)
    app.add_middleware(SecurityHeaders, csp=content_security_policy(assets.style_hashes, assets.script_hashes))
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts or ["127.0.0.1", "localhost", "[::1]"]),
                       www_redirect=False)
    return app


__all__ = ["Limits", "create_app", "doc_url", "error_page"]
