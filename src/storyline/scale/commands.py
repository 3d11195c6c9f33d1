"""``add --workers/--scheduler`` and ``brief --workers/--scheduler`` (argument wiring only)."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from ..model import Brief, Document, Skipped
from ..store import AddResult, Store
from ..store import commands as store_commands
from ..store.analyses import Analyser
from ..store.commands import Bar
from .cluster import connect
from .work import add, briefs, prepared_documents


def _check(args: argparse.Namespace) -> None:
    from ..errors import StorylineError

    if args.workers is not None and args.workers < 1:
        raise StorylineError(f"--workers must be at least 1, not {args.workers}")


def cmd_add(args: argparse.Namespace) -> int:
    """``storyline add PATH... --workers N`` (or ``--scheduler ADDR``): reports, then the stale briefs
    of the stories they changed, on the cluster."""
    _check(args)
    with connect(args.workers, args.scheduler) as client:

        def run(store: Store, bar: Bar | None, story_bar: Bar | None) -> AddResult:
            return add(store, client, args.paths, max_bytes=args.max_bytes, max_chars=args.max_chars,
                       stdin=sys.stdin.buffer, progress=bar, briefs=args.words, brief_progress=story_bar,
                       exclude=args.exclude)

        return store_commands.cmd_add(args, runner=run)


def read_prepared(args: argparse.Namespace) -> tuple[list[Document], list[Skipped], Analyser]:
    """``brief PATH... --workers N``: the cleaned documents, skips and the cluster's parses (``cli``
    finds the stories in them and briefs the chosen ones as a serial run does)."""
    _check(args)
    client: Any
    with connect(args.workers, args.scheduler) as client:
        return prepared_documents(client, args.paths, max_bytes=args.max_bytes, stdin=sys.stdin.buffer,
                                  max_chars=args.max_chars, exclude=args.exclude)


def read_briefs(args: argparse.Namespace, words: int) -> list[Brief]:
    """The briefs of ``brief PATH... --workers N`` (the CLI reports skips and warnings as usual)."""
    _check(args)
    client: Any
    with connect(args.workers, args.scheduler) as client:
        return briefs(client, args.paths, words, max_bytes=args.max_bytes, stdin=sys.stdin.buffer,
                      story=args.story, max_chars=args.max_chars, exclude=args.exclude)
