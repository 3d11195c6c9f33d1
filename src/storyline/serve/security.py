"""What keeps the local web app safe in a browser that also visits hostile sites.

- Every response carries a strict Content-Security-Policy: scripts and styles only
  from the app itself (plus the renderer's own inline map style, by hash), no
  plugins, no framing, forms post only to the app. Even if some report text
  slipped through escaping, the browser would not run it.
- Forms carry a CSRF token: an HMAC of a random per-browser cookie
  (``SameSite=Strict``, ``HttpOnly``) under a per-process secret. Every unsafe
  request (forms and the JSON API) is also refused when the browser says it comes
  from another origin.
- Request bodies are capped (``BodyLimit``): a too-large upload is refused with 413
  before it is read into memory.
- Host headers are checked (``allowed_hosts``), so a hostile page that rebinds its
  own name to 127.0.0.1 cannot talk to the app.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from collections.abc import Iterable
from urllib.parse import urlsplit

from starlette.datastructures import Headers, MutableHeaders
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

CSRF_COOKIE = "storyline_csrf"
CSRF_FIELD = "csrf"
LOOPBACK_HOSTS = ("127.0.0.1", "localhost", "::1", "[::1]")


def content_security_policy(style_hashes: Iterable[str], script_hashes: Iterable[str]) -> str:
    """The policy for every response; inline blocks only by the hashes of the renderer's own."""
    styles = " ".join(["'self'", *style_hashes])
    scripts = " ".join(["'self'", *script_hashes])
    return (f"default-src 'none'; script-src {scripts}; style-src {styles}; img-src 'self'; "
            "font-src 'self'; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'")


class SecurityHeaders:
    """ASGI middleware: CSP and the other protective headers on every HTTP response."""

    def __init__(self, app: ASGIApp, csp: str) -> None:
        self.app = app
        self.headers = {
            "content-security-policy": csp,
            "x-content-type-options": "nosniff",
            "x-frame-options": "DENY",
            # same-origin, not no-referrer: with no-referrer, Chromium sends "Origin: null" on the app's own
            # form posts, and the origin check below could not tell them from a forged one.
            "referrer-policy": "same-origin",
            "cross-origin-opener-policy": "same-origin",
            "cross-origin-resource-policy": "same-origin",
            "permissions-policy": "camera=(), microphone=(), geolocation=()",
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for key, value in self.headers.items():
                    headers[key] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyTooLarge(Exception):
    """A request body over the app's limit."""


class BodyLimit:
    """ASGI middleware: refuse request bodies over ``limit`` bytes (by header, and while streaming)."""

    def __init__(self, app: ASGIApp, limit: int) -> None:
        self.app = app
        self.limit = limit

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = Headers(scope=scope).get("content-length", "")
        if length.isdigit() and int(length) > self.limit:
            await _too_large(self.limit, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.limit:
                    raise BodyTooLarge(f"request body over {self.limit} bytes")
            return message

        await self.app(scope, counted, send)


async def _too_large(limit: int, send: Send) -> None:
    body = (f"The upload is too large: this app takes at most {limit // 1_000_000} MB per request. "
            "Send fewer or smaller files.").encode()
    await send({"type": "http.response.start", "status": 413,
                "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                            (b"content-length", str(len(body)).encode()), (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})


class Csrf:
    """Tokens for forms: HMAC(secret, browser cookie), checked on every POST of a form."""

    def __init__(self, secret: bytes | None = None) -> None:
        self.secret = secret or secrets.token_bytes(32)

    @staticmethod
    def new_cookie() -> str:
        return secrets.token_urlsafe(32)

    def token(self, cookie: str) -> str:
        return hmac.new(self.secret, cookie.encode("utf-8"), hashlib.sha256).hexdigest()

    def valid(self, cookie: str | None, token: str | None) -> bool:
        if not cookie or not token:
            return False
        return hmac.compare_digest(self.token(cookie), token)


def same_origin(request: Request) -> bool:
    """False when the browser says the request comes from another site (Sec-Fetch-Site, Origin, Referer)."""
    if request.headers.get("sec-fetch-site", "same-origin") not in ("same-origin", "none"):
        return False
    origin = request.headers.get("origin") or request.headers.get("referer")
    if not origin:
        return True  # not a browser form post (curl, scripts): nothing to forge
    if origin == "null":
        return False
    parts = urlsplit(origin)
    return (parts.netloc or "").lower() == (request.headers.get("host") or "").lower()


def allowed_hosts(bind_host: str) -> list[str]:
    """Host headers the app answers: loopback names for a loopback bind; any for a wider one."""
    if bind_host in LOOPBACK_HOSTS or bind_host.startswith("127."):
        return ["127.0.0.1", "localhost", "[::1]", "::1", bind_host]
    return ["*"]
