"""Fetching a report from a URL without letting the URL reach inside the user's network.

The web app runs on a reporter's or analyst's machine, next to routers, intranets
and cloud metadata services. A URL typed into ``/add`` must only ever reach the
public web, so:

- only ``http``/``https``, no user name or password in the URL;
- the host's addresses are checked before the request, after every redirect
  (redirects are followed here, one hop at a time) and again when the socket
  connects: the connection goes to the very address that was checked, so a name
  that resolves to a public address first and to ``127.0.0.1`` a moment later
  (DNS rebinding) is refused at the second look;
- loopback, private, link-local, shared, multicast, reserved and unspecified
  addresses are refused, IPv4-mapped IPv6 addresses judged by their IPv4 form;
- at most 5 MB and 10 seconds in all, and only HTML or plain-text content types.

A refused or failed URL raises ``UrlRefused`` (an ``InputError``), so it is reported
like any other skipped input. The page's text comes out through the same HTML path
as a saved page (trafilatura, ``ingest.html``).

``UrlGuard(allow=...)`` lets chosen networks through: it exists for tests that
serve pages from 127.0.0.1, is set only in code (``create_app(url_guard=...)``) and
has no command-line switch.
"""

from __future__ import annotations

import ipaddress
import socket
import time
import typing
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

import httpcore
import httpx

from ..errors import InputError
from ..ingest.decode import exact_size, read_bytes_as_text
from ..ingest.html import declared_charset, parse_html
from ..ingest.text import parse_text
from ..model import RawDocument

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
Resolver = Callable[[str, int], list[IPAddress]]

MAX_BYTES = 5_000_000
TIMEOUT_S = 10.0
MAX_REDIRECTS = 5
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
TEXT_TYPES = frozenset({"text/plain"})
USER_AGENT = "storyline (+local news brief tool)"


class UrlRefused(InputError):
    """A URL that was not fetched, or whose answer cannot be used; the reason says which."""

    default_reason = "URL refused"


def unresolved(host: str, err: Exception) -> str:
    """Why ``host`` could not be looked up, as the add page says it: "cannot resolve host 'x' ([Errno -2] Name
    or service not known)" told a person neither that the name is wrong nor what to do."""
    code = err.errno if isinstance(err, socket.gaierror) else None
    if code in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
        return f"the name {host!r} was not found (check the address for a typo, and that this computer is online)"
    if code == socket.EAI_AGAIN:
        return f"cannot look up {host!r} now: no answer from the name server (is this computer online?)"
    why = err.strerror if isinstance(err, socket.gaierror) and err.strerror else str(err)
    return f"cannot look up {host!r} ({why})"


def system_resolver(host: str, port: int) -> list[IPAddress]:
    """Every address ``host`` resolves to (IP literals resolve to themselves)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as err:
        raise UrlRefused(host, unresolved(host, err)) from None
    out: list[IPAddress] = []
    for info in infos:
        addr = ipaddress.ip_address(str(info[4][0]).split("%", 1)[0])
        if addr not in out:
            out.append(addr)
    return out


def why_not_public(addr: IPAddress) -> str | None:
    """What kind of non-public address ``addr`` is ("a private address"), or None when it is public."""
    if isinstance(addr, ipaddress.IPv6Address) and addr.ipv4_mapped is not None:
        addr = addr.ipv4_mapped
    checks = (("a loopback address", addr.is_loopback), ("a link-local address", addr.is_link_local),
              ("a multicast address", addr.is_multicast), ("the unspecified address", addr.is_unspecified),
              ("a reserved address", addr.is_reserved), ("a private address", addr.is_private),
              ("an address outside the public internet", not addr.is_global))
    for name, hit in checks:
        if hit:
            return name
    return None


@dataclass(frozen=True)
class UrlGuard:
    """Where fetching may go, and how much it may take. Defaults: the public internet, 5 MB, 10 s.

    ``allow`` networks pass the address check: for tests only (see the module docstring).
    """

    resolver: Resolver = system_resolver
    allow: tuple[Network, ...] = ()
    max_bytes: int = MAX_BYTES
    timeout: float = TIMEOUT_S

    def check_url(self, url: str) -> tuple[str, int]:
        """The URL's host and port after checking its form; ``UrlRefused`` if it must not be fetched."""
        try:
            parts = urlsplit(url)
            port = parts.port
        except ValueError as err:
            raise UrlRefused(url, f"not a valid URL ({err})") from None
        if parts.scheme.lower() not in ("http", "https"):
            shown = f"{parts.scheme}:" if parts.scheme else "no scheme"
            raise UrlRefused(url, f"only http and https URLs are fetched ({shown})")
        if parts.username is not None or parts.password is not None:
            raise UrlRefused(url, "URLs with a user name or password are not fetched")
        host = parts.hostname
        if not host:
            raise UrlRefused(url, "URL has no host")
        return host, port or (443 if parts.scheme.lower() == "https" else 80)

    def addresses(self, host: str, port: int) -> list[IPAddress]:
        """The host's addresses if every one of them may be reached; ``UrlRefused`` otherwise."""
        found = self.resolver(host, port)
        if not found:
            raise UrlRefused(host, f"host {host!r} has no address")
        for addr in found:
            if any(addr in net for net in self.allow):
                continue
            why = why_not_public(addr)
            if why:
                raise UrlRefused(host, f"host {host!r} resolves to {addr}, {why}; only public addresses are fetched")
        return found


class _GuardedBackend(httpcore.NetworkBackend):
    """Connects only to addresses the guard accepts, looked up at connect time (DNS rebinding)."""

    def __init__(self, guard: UrlGuard) -> None:
        self.guard = guard
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        error: Exception | None = None
        for addr in self.guard.addresses(host, port):
            try:  # TLS still verifies ``host``: httpcore passes the URL's host as server_hostname
                return self.inner.connect_tcp(str(addr), port, timeout, local_address, socket_options)
            except (httpcore.ConnectError, httpcore.ConnectTimeout) as err:
                error = err
        raise error or httpcore.ConnectError(f"cannot connect to {host}")

    def connect_unix_socket(self, path: str, timeout: float | None = None,
                            socket_options: Iterable[typing.Any] | None = None) -> httpcore.NetworkStream:
        raise UrlRefused(path, "unix sockets are never fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport with every connection going through ``_GuardedBackend``; no proxies."""

    def __init__(self, guard: UrlGuard) -> None:
        super().__init__(trust_env=False, retries=0)
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), max_connections=4,
                                             network_backend=_GuardedBackend(guard), retries=0)


def _content_type(header: str) -> tuple[str, str | None]:
    msg = Message()
    msg["content-type"] = header
    charset = msg.get_param("charset")
    return msg.get_content_type().lower(), charset if isinstance(charset, str) else None


@dataclass(slots=True)
class Fetched:
    """The body of a page that passed every check."""

    url: str  # after redirects
    kind: str  # "html" or "text"
    data: bytes
    charset: str | None


def _read_capped(resp: httpx.Response, url: str, guard: UrlGuard, deadline: float) -> bytes:
    length = resp.headers.get("content-length")
    if length and length.isdigit() and int(length) > guard.max_bytes:
        raise UrlRefused(url, f"page is {exact_size(int(length))}, over the {guard.max_bytes:,}-byte limit")
    chunks: list[bytes] = []
    size = 0
    for chunk in resp.iter_bytes():
        size += len(chunk)
        if size > guard.max_bytes:
            raise UrlRefused(url, f"page is over the {guard.max_bytes:,}-byte limit")
        if time.monotonic() > deadline:
            raise UrlRefused(url, f"page took longer than {guard.timeout:g} seconds")
        chunks.append(chunk)
    return b"".join(chunks)


def _follow(client: httpx.Client, url: str, guard: UrlGuard, deadline: float) -> Fetched:
    """GET ``url``, following redirects one checked hop at a time."""
    current = url
    for _ in range(MAX_REDIRECTS + 1):
        host, port = guard.check_url(current)
        guard.addresses(host, port)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise UrlRefused(url, f"page took longer than {guard.timeout:g} seconds")
        with client.stream("GET", current, timeout=httpx.Timeout(remaining)) as resp:
            if resp.is_redirect:
                target = resp.headers.get("location", "")
                if not target:
                    raise UrlRefused(url, f"redirect without a target (HTTP {resp.status_code})")
                current = urljoin(current, target)
                continue
            if resp.status_code != 200:
                raise UrlRefused(url, f"the server answered HTTP {resp.status_code}")
            ctype, charset = _content_type(resp.headers.get("content-type", ""))
            if ctype not in HTML_TYPES | TEXT_TYPES:
                raise UrlRefused(url, f"content type {ctype or 'missing'} is not HTML or plain text")
            data = _read_capped(resp, url, guard, deadline)
            return Fetched(str(resp.url), "html" if ctype in HTML_TYPES else "text", data, charset)
    raise UrlRefused(url, f"more than {MAX_REDIRECTS} redirects")


def fetch_report(url: str, guard: UrlGuard, *, doc_id: str | None = None) -> list[RawDocument]:
    """The report(s) at ``url`` as raw documents (id: the URL); ``UrlRefused`` or another
    ``InputError`` when it cannot be used."""
    url = url.strip()
    deadline = time.monotonic() + guard.timeout
    try:
        with httpx.Client(transport=GuardedTransport(guard), trust_env=False, follow_redirects=False,
                          headers={"user-agent": USER_AGENT, "accept": "text/html, text/plain;q=0.8"}) as client:
            page = _follow(client, url, guard, deadline)
    except UrlRefused as err:
        raise UrlRefused(url, err.reason) from None
    except httpx.TimeoutException:
        raise UrlRefused(url, f"no answer within {guard.timeout:g} seconds") from None
    except httpx.HTTPError as err:
        raise UrlRefused(url, f"could not be fetched ({type(err).__name__}: {err})") from None
    name = doc_id or url
    if page.kind == "html":
        text = read_bytes_as_text(page.data, url, declared_charset=page.charset or declared_charset(page.data))
        raw = parse_html(text, name, name=url)
        raw.url = raw.url or page.url
        return [raw]
    docs, _ = parse_text(read_bytes_as_text(page.data, url, declared_charset=page.charset), name)
    for raw in docs:
        raw.url = page.url
    return docs


def fetch_all(urls: Sequence[str], guard: UrlGuard) -> tuple[list[RawDocument], list[tuple[str, str]]]:
    """Every URL fetched (a few at a time); refusals as (url, reason), in the order given."""
    from concurrent.futures import ThreadPoolExecutor

    def one(url: str) -> list[RawDocument] | tuple[str, str]:
        try:
            return fetch_report(url, guard)
        except InputError as err:
            return (url, err.reason)
        except Exception as err:  # a bug on one page must not cost the others
            return (url, f"could not be read ({type(err).__name__}: {err})")

    docs: list[RawDocument] = []
    refused: list[tuple[str, str]] = []
    with ThreadPoolExecutor(max_workers=4) as pool:
        for result in pool.map(one, urls):
            if isinstance(result, tuple):
                refused.append(result)
            else:
                docs.extend(result)
    return docs, refused
