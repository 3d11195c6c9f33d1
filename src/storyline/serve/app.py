"""``create_app``: the web app over one store (FastAPI on Starlette, Jinja2 templates).

    from storyline.serve import create_app
    app = create_app("news.db")          # then: uvicorn, or `storyline serve --db news.db`

Pages are rendered on the server and work without JavaScript; the JSON API mirrors
the command line. ``url_guard`` decides where URL fetching may go: the default is the
public internet only; tests pass a guard that also allows 127.0.0.1 (there is no
switch for it anywhere a user could flip it).
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

from fastapi import FastAPI
from fastapi.exceptions import RequestValidationError
from fastapi.responses import Response
from starlette.exceptions import HTTPException
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.staticfiles import StaticFiles

from ..settings import __version__
from . import api, pages
from .briefview import renderer_assets
from .fetch import UrlGuard
from .hub import Hub
from .security import BodyLimit, BodyTooLarge, Csrf, SecurityHeaders, content_security_policy
from .web import HERE, Limits, error_page, make_templates

log = logging.getLogger("storyline.serve")


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    if exc.status_code == 404:
        return error_page(request, 404, "Not found", str(exc.detail) if exc.detail != "Not Found" else
                          "There is no page at this address.")
    return error_page(request, exc.status_code, "Request refused", str(exc.detail))


async def _invalid(request: Request, exc: Exception) -> Response:
    """A parameter the app cannot use, named with the value sent and why (``limit=abc``: "limit: 'abc' is
    not a whole number"), never only "could not be read"."""
    problems = [_problem(e) for e in getattr(exc, "errors", lambda: [])()] or ["could not be read"]
    return error_page(request, 400, "Bad request", "The request's parameters could not be used: "
                      + "; ".join(problems) + ".")


def _problem(error: Any) -> str:
    """One validation error as a person reads it: the parameter, the value sent, and the reason."""
    loc = [str(x) for x in error.get("loc", ()) if x not in ("query", "path", "body", "header", "cookie")]
    name = ".".join(loc) or "the request"
    kind, limits = str(error.get("type", "")), error.get("ctx") or {}
    if kind == "int_parsing":
        why = "is not a whole number"
    elif kind in ("greater_than_equal", "greater_than", "less_than_equal", "less_than"):
        word = {"greater_than_equal": "at least", "greater_than": "more than", "less_than_equal": "at most",
                "less_than": "less than"}[kind]
        why = f"is out of range: it must be {word} {next(iter(limits.values()), '')}".rstrip()
    elif kind == "missing":
        return f"{name} is missing"
    else:
        why = str(error.get("msg", "is not valid")).rstrip(".")
        why = why[0].lower() + why[1:] if why else "is not valid"
    value = error.get("input")
    shown = repr(value) if isinstance(value, str | int | float) else "the value sent"
    return f"{name}: {shown[:80]} {why}"


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
               limits: Limits | None = None) -> FastAPI:
    """The web app over the store at ``db`` (created if missing)."""
    limits = limits or Limits()
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
    app.state.templates = make_templates()
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


__all__ = ["Limits", "create_app"]
