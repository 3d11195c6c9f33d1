"""``storyline serve``: argument wiring, the listening socket, and a clean stop.

The socket is bound here, before uvicorn starts, so that a port in use or a bad
host is one clear line (not a log trace), ``--port 0`` picks a free port, and the URL
printed is the one really served.
"""

from __future__ import annotations

import argparse
import errno
import os
import signal
import socket
import sys
from typing import Any

SERVE_EPILOG = """examples:
  storyline serve                          # ./storyline.db at http://127.0.0.1:8000/
  storyline serve --db news.db --port 8080
  storyline serve --db news.db --host 0.0.0.0   # other machines too: there is no login, take care"""


def add_parser(sub: Any) -> None:
    """Register ``serve`` on the CLI's subparsers."""
    s = sub.add_parser("serve", help="browse stories, read briefs and add reports in a web browser",
                       description="Serve the story store as a web app on this machine: the story list with "
                                   "search and filters, each story's brief, each report's cleaned text, and a "
                                   "page to add reports; a JSON API beside it. Ctrl-C stops it.",
                       epilog=SERVE_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    s.add_argument("--db", metavar="FILE", help="the store (default $STORYLINE_DB, else ./storyline.db)")
    s.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    s.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000; 0 picks a free one)")
    s.add_argument("-q", "--quiet", "--no-progress", dest="quiet", action="store_true",
                   help="no start line on stdout (warnings and errors still go to stderr); for scripts and services")


def _port(value: str) -> int:
    """A TCP port, 0 to 65535 (``--port 99999`` was a traceback from ``bind``)."""
    try:
        port = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number from 0 to 65535, not {value!r}") from None
    if not 0 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"must be from 0 to 65535 (0 picks a free one), not {port}")
    return port


def _why_not(err: OSError) -> str:
    """What to change when the socket cannot be bound: the port, or the host."""
    if isinstance(err, socket.gaierror):
        return "check --host: it is not an address or a host name this machine can look up"
    if err.errno == errno.EADDRNOTAVAIL:
        return "check --host: this machine has no such address (127.0.0.1 is this machine only, 0.0.0.0 every address)"
    if err.errno == errno.EACCES:
        return "ports below 1024 need special rights: try --port 8000"
    return "try another --port"


def _bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host.strip("[]"), port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


def url_of(sock: socket.socket) -> str:
    host, port = sock.getsockname()[:2]
    shown = f"[{host}]" if ":" in host else host
    return f"http://{shown}:{port}/"


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the store until Ctrl-C."""
    try:
        import uvicorn  # noqa: F401  (here only to say that serve needs the web extra)

        from .app import create_app
        from .security import allowed_hosts
    except ImportError as err:
        print(f"storyline: serve needs the web extra ({err.name} is missing): pip install 'storyline[serve]'",
              file=sys.stderr)
        return 2
    from ..store import default_path

    db = args.db or default_path()
    try:
        sock = _bind(args.host, args.port)
    except OSError as err:
        print(f"storyline: cannot listen on {args.host}:{args.port} ({err.strerror or err}); {_why_not(err)}",
              file=sys.stderr)
        return 2
    new = not os.path.exists(db)  # a mistyped --db would otherwise be a silent, empty site
    app = create_app(db, allowed_hosts=allowed_hosts(args.host))
    # built before any line is printed: a Ctrl-C right after "serving … at" must find uvicorn's handlers, not its
    # logging set-up (a test's SIGINT once broke logging.shutdown there: exit 1, not 130)
    server = _server(app)
    if args.host not in ("127.0.0.1", "localhost", "::1") and not args.host.startswith("127."):
        print(f"storyline: listening on {args.host}: anyone who can reach this machine can read and add reports",
              file=sys.stderr)
    if not args.quiet:
        print(f"storyline: serving {db} at {url_of(sock)} (Ctrl-C to stop)", flush=True)
    if new:
        print(f"storyline: {db} did not exist: it is a new, empty store; add reports at {url_of(sock)}add "
              f"or with `storyline add PATH... --db {db}`", file=sys.stderr, flush=True)
    _run(server, sock)  # Ctrl-C comes back out of here as KeyboardInterrupt (exit 130, one line)
    if signal.SIGINT in getattr(server, "_captured_signals", ()):
        # uvicorn stopped on Ctrl-C and raised it again, but a process that inherited SIGINT ignored (a job
        # started in the background) ignores that too: it is still an interruption (exit 130), not a success
        raise KeyboardInterrupt
    return 0 if server.started else 2


def _run(server: Any, sock: socket.socket) -> None:
    """Run uvicorn's ``server`` on ``sock``. A Ctrl-C that lands before uvicorn has put in its own signal handlers
    is caught by asyncio's runner, which cancels the server's task; when that task was cancelled more than once the
    runner lets the ``CancelledError`` out instead of a KeyboardInterrupt (a CI clone's serve test: exit 1 and a
    traceback). Nothing else cancels that task, so it is the interruption (exit 130, one line)."""
    import asyncio

    try:
        server.run(sockets=[sock])
    except asyncio.CancelledError:
        raise KeyboardInterrupt from None


def _server(app: Any) -> Any:
    """uvicorn's server for ``app``. uvicorn's logging set-up calls ``logging.shutdown``, whose lock release fails
    ("cannot release un-acquired lock") when Ctrl-C lands inside its lock acquire: that RuntimeError is the
    interruption (exit 130, one line), not a fault."""
    import uvicorn

    try:
        return uvicorn.Server(uvicorn.Config(app, log_level="warning", access_log=False, lifespan="on"))
    except RuntimeError as err:
        if isinstance(err.__context__, KeyboardInterrupt):
            raise KeyboardInterrupt from None
        raise
