"""Command line: a thin wrapper over the public API.

    storyline brief PATH... [--words N] [--format md|json|html] [-o FILE]
                            [--html FILE] [--json FILE] [--max-bytes N] [--max-chars N] [--story ID]
                            [--workers N | --scheduler tcp://HOST:PORT]
    storyline brief PATH... --all -o DIR [--html DIR] [--json DIR]   (one file per story)
    storyline claims PATH... [--format md|json] [-o FILE] [--max-bytes N] [--max-chars N] [--story ID]
    storyline clean PATH... [--format text|json] [-o FILE] [--max-bytes N] [--max-chars N] [--story ID]
    storyline brief --db FILE --story ID [--words N] [--format md|json|html] [-o FILE]
    storyline add PATH... [--db FILE] [--exclude GLOB] [--analyse] [--workers N | --scheduler tcp://HOST:PORT]
    storyline stories [--db FILE] [--format table|json] [-o FILE] [--search TEXT]
    storyline serve [--db FILE] [--host 127.0.0.1] [--port 8000]

Exit status: 0 when a brief was written, 2 when nothing usable was read (or
the command line is wrong, or an output cannot be written), 130 when
interrupted (Ctrl-C). An input that holds several stories is said so on
stderr, with the list of stories; ``brief`` then briefs the largest, or every
story with ``--all``. Skipped inputs are reported on stderr, one line each
(input: reason), and listed in the brief. User errors never print a
traceback. Output files are written all together or not at all (``outputs``).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sqlite3
import sys
import textwrap
from collections.abc import Sequence
from pathlib import Path

from . import progress, read_documents
from .errors import InputError, NothingUsable, StorylineError
from .model import Brief, Note, input_notes
from .outputs import FORMAT_NAMES, OutputError, check_targets, say_written, write_outputs
from .render import render, render_claims_markdown
from .serve import commands as serve_commands
from .settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, __version__, positive_int
from .store import commands as store_commands
from .story_choice import LISTED_STORIES as LISTED_STORIES  # where tests and callers have always found them
from .story_choice import _choose as _choose
from .story_choice import _story_list as _story_list
from .story_choice import _which as _which

EXIT_OK = 0
EXIT_NOTHING = 2
EXIT_INTERRUPTED = 130  # 128 + SIGINT, as shells report it


def _input_args(p: argparse.ArgumentParser, nargs: str = "+", *, stored: bool = False) -> None:
    """The input options that ``brief``, ``claims`` and ``clean`` share (``stored``: ``--story`` also names a
    stored story, as in ``brief --db``)."""
    p.add_argument("paths", nargs=nargs, metavar="PATH", help="files, folders, or - for stdin")
    p.add_argument(
        "--max-bytes", type=positive_int, metavar="N", default=DEFAULT_MAX_BYTES,
        help=f"skip files larger than this (default {DEFAULT_MAX_BYTES})",
    )
    p.add_argument(
        "--max-chars", type=positive_int, metavar="N", default=DEFAULT_MAX_CHARS,
        help=f"skip a report whose article text is longer than this (default {DEFAULT_MAX_CHARS})",
    )
    p.add_argument("--story", metavar="ID",
                   help="only this story of an input that holds several (ids are listed on stderr)"
                        + ("; with --db, the stored story (ids: storyline stories)" if stored else ""))
    p.add_argument("--exclude", metavar="GLOB", action="append", default=[],
                   help="do not read files or folders matching GLOB (e.g. '*.csv', 'drafts/*'); repeatable")
    p.add_argument("-q", "--quiet", "--no-progress", action="store_true",
                   help="no progress bar on stderr (every command takes -q and --no-progress)")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="storyline", description="Many news reports in, one cited brief out.",
        epilog="examples:\n  storyline brief reports/ -o brief.md --html brief.html\n"
               "  storyline add wire/ --db news.db && storyline stories --db news.db\n"
               "  storyline brief --db news.db --story 3 --format html -o story3.html\n"
               "  storyline serve --db news.db\n\n"
               "`storyline COMMAND --help` shows each command's options and examples.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--version", action="version", version=f"storyline {__version__}")
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    b = sub.add_parser("brief", help="brief a story from files, folders or stdin (-), or a stored story (--db)",
                       description="Brief the story in PATH... (files, folders, - for stdin): a cited summary, "
                                   "claims, timeline, places and people; Markdown on stdout unless told otherwise. "
                                   "Or brief a stored story: --db FILE --story ID.")
    _input_args(b, "*", stored=True)
    store_commands.db_arg(b)
    store_commands.window_arg(b, "an input of 50 reports or more is split into stories with, as `add` splits it")
    b.add_argument("--words", type=positive_int, metavar="N", default=200, help="summary word budget (default 200)")
    b.add_argument("--format", choices=("md", "json", "html"), default="md", help="output format (default md)")
    b.add_argument("-o", "--output", metavar="FILE", help="write the brief here instead of stdout")
    b.add_argument("--html", metavar="FILE", help="also write the HTML brief to FILE")
    b.add_argument("--json", metavar="FILE", help="also write the JSON brief to FILE")
    b.add_argument("--all", action="store_true",
                   help="brief every story of the input, one file each under -o DIR (--html DIR, --json DIR "
                        "add those formats); without it, an input of several stories gives the largest one")
    b.epilog = ("examples:\n  storyline brief reports/ -o brief.md --html brief.html\n"
                "  cat article.txt | storyline brief -                # one report from stdin\n"
                "  storyline brief feed.jsonl --format json -o brief.json\n"
                "  storyline brief mixed-folder/ --all -o briefs/ --html briefs/\n"
                "  storyline brief clusters.jsonl --story D30003 --format html -o d30003.html\n"
                "  storyline brief --db news.db --story 12 -o story12.md   # a stored story (storyline stories)")
    b.formatter_class = argparse.RawDescriptionHelpFormatter
    b.set_defaults(subparser=b)  # so that a wrong combination of options shows `storyline brief`'s usage
    store_commands.dask_args(b)
    _claims_and_clean_parsers(sub)
    store_commands.add_parsers(sub)
    serve_commands.add_parser(sub)
    _eval_parser(sub)
    for command in sub.choices.values():  # the raw formatter keeps the examples' lines, and would not wrap these
        command.description = textwrap.fill(command.description or "", 79) or None
    return p


def _claims_and_clean_parsers(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``claims`` and ``clean``: one stage of ``brief`` each, reading input as it does."""
    c = sub.add_parser(
        "claims", help="just the claims table: figures, who said them, verdicts",
        description="The claims table of the story in PATH... (files, folders, - for stdin; read as `brief` "
                    "reads them): every figure that matters with its qualifier, who said it, which sources carry "
                    "it and a verdict (agree, differ, contested, single); Markdown on stdout unless told otherwise.",
        epilog="examples:\n  storyline claims reports/\n  storyline claims reports/ --format json -o claims.json\n"
               "  storyline claims clusters.jsonl --story D30003",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_args(c)
    c.add_argument("--format", choices=("md", "json"), default="md", help="output format (default md)")
    c.add_argument("-o", "--output", metavar="FILE", help="write the table here instead of stdout")
    cl = sub.add_parser(
        "clean", help="just the cleaned reports: article text, title, date; removed lines with reason and score",
        description="Clean reports the way `brief` reads them and print the article text of each (text), or "
                    "everything cleaning decided (json: removed lines with their reason and furniture score).",
        epilog="examples:\n  storyline clean reports/\n  storyline clean page.html --format json -o cleaned.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _input_args(cl)
    cl.add_argument("--format", choices=("text", "json"), default="text", help="output format (default text)")
    cl.add_argument("-o", "--output", metavar="FILE", help="write here instead of stdout")


def _eval_parser(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """``eval``: ROUGE of storyline and the baselines on cluster datasets."""
    e = sub.add_parser(
        "eval", help="ROUGE of storyline and baselines on cluster JSONL files",
        description="Score the summaries of storyline and of the baselines (Lead, LexRank, TextRank) with ROUGE "
                    "against the reference summaries of each cluster in DATASET.jsonl: one Markdown table per "
                    "file on stdout; lines that are not cluster records are skipped with their reason.",
        epilog="examples:\n  storyline eval duc2003.jsonl --limit 5\n"
               "  storyline eval multinews-dev.jsonl --systems storyline,lead --words 250 --out eval-out/",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    e.add_argument("datasets", nargs="+", metavar="DATASET.jsonl", help='lines of {"id", "documents", "summaries"}')
    e.add_argument("--words", type=positive_int, metavar="N", default=250, help="summary budget in words (default 250)")
    e.add_argument("--systems", default="storyline,lead,lexrank,textrank",
                   help="comma-separated systems (default storyline,lead,lexrank,textrank)")
    e.add_argument("--out", metavar="DIR", help="write per-cluster summaries and scores here")
    e.add_argument("--limit", type=positive_int, metavar="N", help="only the first N clusters of each file")
    e.add_argument("-q", "--quiet", "--no-progress", dest="no_progress", action="store_true",
                   help="no progress bar on stderr")


def _render(items: Sequence[Brief], fmt: str) -> str:
    """One brief in ``fmt``; several: a JSON list, or Markdown briefs one after another (HTML: the first)."""
    if fmt == "json" and len(items) > 1:
        return json.dumps([b.to_dict() for b in items], ensure_ascii=False, indent=2) + "\n"
    if fmt == "json":
        return render(items[0], "json") + "\n"
    if fmt == "html":
        return render(items[0], "html")
    return "\n\n---\n\n".join(render(b, "md") for b in items)


def _wants_dask(args: argparse.Namespace) -> bool:
    """``--workers N`` or ``--scheduler ADDR``: the per-report work runs on Dask (``storyline.scale``)."""
    return bool(getattr(args, "workers", None) or getattr(args, "scheduler", None))


def _bar(args: argparse.Namespace) -> progress.Progress:
    """The stderr progress bar of ``brief``, ``claims`` and ``clean``: drawn after two seconds on a
    terminal; ``--quiet`` keeps the silent one."""
    return progress.current() if args.quiet else progress.Progress(delay=2.0)


def _read_briefs(args: argparse.Namespace, what: str, every: bool = False) -> list[Brief] | None:
    """Briefs of the chosen stories of ``args.paths`` (``_choose``), skipped inputs reported on
    stderr; None (after saying why) when nothing usable was read or ``--story`` names no story."""
    from .pipeline import brief_stories, find_stories, several_stories_note

    words = getattr(args, "words", 200)
    try:
        with progress.showing(_bar(args)):
            analyser = None
            if _wants_dask(args):  # cleaning and parsing on Dask; stories found and chosen as below
                from .scale import commands as scale_commands  # Dask and spaCy: imported only when used

                docs, skipped, analyser = scale_commands.read_prepared(args)
            else:
                docs, skipped = read_documents(args.paths, max_bytes=args.max_bytes, stdin=sys.stdin.buffer,
                                               max_chars=args.max_chars, exclude=args.exclude)
            stories = find_stories(docs, getattr(args, "window", None))
            chosen = _choose(args, stories, every)
            if chosen is None:
                return None
            notes = input_notes([d for s in chosen for d in s.documents])  # not the other stories' documents
            items = brief_stories(chosen, skipped, words=words, among=stories, analyser=analyser)
    except NothingUsable as exc:
        for s in exc.skipped:
            print(f"storyline: skipped {s.input}: {s.reason}", file=sys.stderr)
        print(f"storyline: nothing usable was read; no {what} written", file=sys.stderr)
        return None
    # each brief's skipped inputs, once; with every story briefed (--all, claims), every input skipped, also
    # those of a cluster file's story that lost all its reports (only the first brief's were said)
    briefs_skips = [(k.input, k.reason) for b in items for k in b.skipped]
    shown = list(dict.fromkeys([(k.input, k.reason) for k in skipped] + briefs_skips if every else briefs_skips))
    for name, reason in shown:
        print(f"storyline: skipped {name}: {reason}", file=sys.stderr)
    say_notes(notes)
    every_skip = set(shown) | {(k.input, k.reason) for k in skipped}  # a cluster file's other stories' too
    say_tally(len(docs), len(every_skip), notes, sum(len(s.documents) for s in chosen), shown=len(shown))
    said = {several_stories_note(s, stories) for s in chosen}  # the list above already said it
    for b in items:
        for warning in b.warnings:
            if warning not in said:
                print(f"storyline: warning: {b.story_id}: {warning}", file=sys.stderr)
    return items


def say_tally(read: int, skipped: int, notes: Sequence[Note], briefed: int | None = None,
              done: str = "briefed", shown: int | None = None) -> None:
    """After the skip lines, how many reports were read and inputs skipped, so a folder's long list of skip
    lines ends with its count; said only when something was skipped (a dataset's encoding notes need no count).
    ``notes`` are those said above, of the ``briefed`` reports only; when those are fewer than were read, the
    count says which are the story's ("15 reports read, 14 inputs skipped, each named above with its reason;
    the story briefed: 11 reports (7 with a note)"), and, when only ``shown`` of the skipped inputs were named
    (a cluster file's story lists its own), how many of them ("…; the story briefed: 5 reports, 2 inputs
    skipped, named above with their reasons")."""
    if not skipped:
        return
    noted = len({n.input for n in notes})
    with_note = f" ({noted} with a note)" if noted else ""
    line = f"storyline: {_count(read, 'report')} read"
    if briefed is None or briefed >= read:
        line += f"{with_note}, {_count(skipped, 'input')} skipped; each named above with its reason"
    elif shown is None or shown >= skipped:
        line += (f", {_count(skipped, 'input')} skipped, each named above with its reason; the story {done}: "
                 f"{_count(briefed, 'report')}{with_note}")
    else:
        named = "none" if not shown else f"{_count(shown, 'input')} skipped, named above with " \
                                         f"{'its reason' if shown == 1 else 'their reasons'}"
        line += (f", {_count(skipped, 'input')} skipped; the story {done}: {_count(briefed, 'report')}{with_note}, "
                 f"{named}")
    print(line, file=sys.stderr)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def say_notes(notes: Sequence[Note]) -> None:
    """Each note on how an input was read (a guessed encoding) on stderr, one line each."""
    for n in notes:
        print(f"storyline: note: {n.input}: {n.note}", file=sys.stderr)


def _targets(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(option, path) of every output file asked for."""
    named = (("-o", getattr(args, "output", None)), ("--html", getattr(args, "html", None)),
             ("--json", getattr(args, "json", None)))
    return [(opt, path) for opt, path in named if path]


_EXT = {"md": "md", "json": "json", "html": "html"}


def _story_files(args: argparse.Namespace, items: Sequence[Brief]) -> list[tuple[str, str]]:
    """``--all``: (path, text) of one file per story and format, under the folders given."""
    folders = [(args.output, args.format), (args.html, "html"), (args.json, "json")]
    files = []
    for folder, fmt in folders:
        if not folder:
            continue
        os.makedirs(folder, exist_ok=True)
        for b in items:
            name = re.sub(r"[^\w.-]+", "_", b.story_id).strip("._") or "story"
            files.append((os.path.join(folder, f"story-{name}.{_EXT[fmt]}"), render(b, fmt)))
    return files


def _brief_all(args: argparse.Namespace) -> int:
    """``brief --all -o DIR``: every story, one file each (per format asked for)."""
    for opt, folder in _targets(args):
        if os.path.exists(folder) and not os.path.isdir(folder):
            raise OutputError(f"{opt} {folder}: with --all, {opt} names a folder (one file per story)")
    items = _read_briefs(args, "brief", every=True)
    if items is None:
        return EXIT_NOTHING
    files = _story_files(args, items)
    check_targets([("--all", path) for path, _ in files], args.paths)
    write_outputs(files)  # all of them or none
    if not args.quiet:
        for path, _ in files:
            print(f"storyline: wrote {path}", file=sys.stderr)
    return EXIT_OK


def cmd_brief(args: argparse.Namespace) -> int:
    if args.db or not args.paths:
        return store_commands.cmd_brief_db(args)
    if args.all:
        if not args.output:
            raise StorylineError("--all writes one file per story: give the folder with -o DIR")
        return _brief_all(args)
    check_targets(_targets(args), args.paths)
    items = _read_briefs(args, "brief")
    if items is None:
        return EXIT_NOTHING
    out = _render(items, args.format)
    files = [(args.output, out)] if args.output else []
    if args.html:
        files.append((args.html, render(items[0], "html")))
    if args.json:
        files.append((args.json, _render(items, "json")))
    write_outputs(files)  # all of them or none
    say_written(brief_files(args), args.quiet)
    if not args.output:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK


def brief_files(args: argparse.Namespace) -> list[tuple[str, str]]:
    """(path, what) of each brief file ``-o``, ``--html`` and ``--json`` asked for (``say_written``)."""
    named = ((args.output, args.format), (args.html, "html"), (args.json, "json"))
    return [(path, f"{FORMAT_NAMES[fmt]} brief") for path, fmt in named if path]


def _claims_json(b: Brief) -> dict[str, object]:
    """The claims section of a brief with what a reader needs to check it (story, documents)."""
    d = b.to_dict()
    docs = [{k: doc[k] for k in ("id", "title", "outlet", "url", "copy_of")} for doc in d["documents"]]
    return {"schema": d["schema"], "story": d["story"], "documents": docs, "skipped": d["skipped"],
            "claims": d["claims"]}


def cmd_claims(args: argparse.Namespace) -> int:
    """Brief the inputs as ``brief`` does, and print only the claims table."""
    check_targets(_targets(args), args.paths)
    items = _read_briefs(args, "claims table", every=True)
    if items is None:
        return EXIT_NOTHING
    if args.format == "json":
        data: object = _claims_json(items[0]) if len(items) == 1 else [_claims_json(b) for b in items]
        out = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    else:
        out = "\n---\n\n".join(render_claims_markdown(b) for b in items)
    if args.output:
        write_outputs([(args.output, out)])
        say_written([(args.output, f"{FORMAT_NAMES[args.format]} claims table")], args.quiet)
    else:
        sys.stdout.write(out)
    return EXIT_OK


def cmd_clean(args: argparse.Namespace) -> int:
    """Ingest and clean as ``brief`` does; print each document's cleaned text, or JSON with what was removed."""
    from .clean.output import render_cleaned

    check_targets(_targets(args), args.paths)
    try:
        with progress.showing(_bar(args)):
            docs, skipped = read_documents(args.paths, max_bytes=args.max_bytes, stdin=sys.stdin.buffer,
                                           max_chars=args.max_chars, exclude=args.exclude)
    except NothingUsable as exc:
        for s in exc.skipped:
            print(f"storyline: skipped {s.input}: {s.reason}", file=sys.stderr)
        print("storyline: nothing usable was read; nothing cleaned", file=sys.stderr)
        return EXIT_NOTHING
    for s in skipped:
        print(f"storyline: skipped {s.input}: {s.reason}", file=sys.stderr)
    read = len(docs)
    if args.story is not None:
        from .pipeline import find_stories

        chosen = _choose(args, find_stories(docs), every=False)
        if chosen is None:
            return EXIT_NOTHING
        docs = chosen[0].documents
    notes = input_notes(docs)  # of the reports cleaned, as brief says those of the story briefed
    say_notes(notes)
    say_tally(read, len(skipped), notes, len(docs), "cleaned")
    out = render_cleaned(docs, skipped, args.format)
    if args.output:
        write_outputs([(args.output, out)])
        say_written([(args.output, f"{FORMAT_NAMES[args.format]}, {len(docs)} cleaned "
                                   f"report{'' if len(docs) == 1 else 's'}")], args.quiet)
    else:
        sys.stdout.write(out)
    return EXIT_OK


def cmd_eval(args: argparse.Namespace) -> int:
    from .eval import evaluate, render_table

    systems = [x.strip() for x in args.systems.split(",") if x.strip()]
    if args.out and os.path.exists(args.out) and not os.path.isdir(args.out):  # said before any work, not
        raise StorylineError(f"--out {args.out} is a file; --out names a folder (created if missing)")  # after
    scored = 0  # as for brief: 0 when a table was written (other datasets may be skipped), 2 when none was
    for ds in args.datasets:
        path = Path(ds)
        if ds == "-":  # every other command reads - as stdin; eval said "-: no such file"
            print("storyline: -: eval scores dataset files, not standard input (save it to a .jsonl file)",
                  file=sys.stderr)
            continue
        if not path.is_file():  # a FIFO or device is never opened: reading it could block forever
            why = "not a regular file" if path.exists() else "no such file"
            print(f"storyline: {ds}: {why}", file=sys.stderr)
            continue
        out = Path(args.out) / path.stem if args.out else None
        try:
            result = evaluate(path, args.words, systems, out=out, limit=args.limit, progress=not args.no_progress)
        except InputError as exc:  # an unreadable dataset costs that dataset, not the others
            print(f"storyline: skipped {exc.input}: {exc.reason}", file=sys.stderr)
            continue
        for sk in result.skipped:
            print(f"storyline: skipped {sk.input}: {sk.reason}", file=sys.stderr)
        if not result.clusters:
            print(f"storyline: {ds}: no usable cluster record; nothing to score", file=sys.stderr)
            continue
        sys.stdout.write(render_table(result) + "\n")
        scored += 1
    return EXIT_OK if scored else EXIT_NOTHING


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; Ctrl-C anywhere (argument parsing, reading, spaCy, writing) exits with 130
    and one line, never a traceback; outputs are then left as they were."""
    try:
        return _run(argv)
    except KeyboardInterrupt:
        progress.current().clear()
        print("storyline: interrupted (Ctrl-C)", file=sys.stderr)
        return EXIT_INTERRUPTED


def _run(argv: Sequence[str] | None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    if args.command is None:  # `storyline` alone: what it can do, not "the following arguments are required"
        parser.print_help(sys.stderr)
        return EXIT_NOTHING
    if args.command == "brief":
        parser = args.subparser
    if args.command == "brief" and ((args.paths and args.db) or (not args.paths and not args.story)):
        parser.error("brief takes PATH... (files, folders, -) or --db FILE --story ID (see `storyline stories`)")
    store_commands.check_window(parser, args)
    if args.command == "brief" and args.db and args.all:
        parser.error("--all briefs the stories of PATH...; a stored story is briefed by --db FILE --story ID")
    if args.command == "brief" and not args.paths and args.exclude:  # it was ignored without a word
        parser.error("--exclude leaves out files of PATH...; a stored story is briefed from the reports stored "
                     "(--db FILE --story ID)")
    if args.command == "brief" and not args.paths and (args.max_chars != DEFAULT_MAX_CHARS
                                                        or args.max_bytes != DEFAULT_MAX_BYTES):
        option = "--max-chars" if args.max_chars != DEFAULT_MAX_CHARS else "--max-bytes"
        parser.error(f"{option} limits what is read from PATH...; a stored story's reports were read and "
                     f"checked when they were added (storyline add {option} N)")  # it was ignored without a word
    try:
        if args.command == "brief":
            return cmd_brief(args)
        if args.command == "claims":
            return cmd_claims(args)
        if args.command == "clean":
            return cmd_clean(args)
        if args.command == "eval":
            return cmd_eval(args)
        if args.command == "add" and _wants_dask(args):
            from .scale import commands as scale_commands

            return scale_commands.cmd_add(args)
        if args.command == "add":
            return store_commands.cmd_add(args)
        if args.command == "stories":
            return store_commands.cmd_stories(args)
        if args.command == "serve":
            return serve_commands.cmd_serve(args)
    except StorylineError as exc:
        print(f"storyline: {exc}", file=sys.stderr)
        return EXIT_NOTHING
    except sqlite3.OperationalError as exc:  # the store locked past busy_timeout, full, unreadable: not a traceback
        print(f"storyline: {store_commands.store_failure(args, exc)}", file=sys.stderr)
        return EXIT_NOTHING
    except BrokenPipeError:  # `storyline brief x | head`: the reader left; nothing more to say
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())  # so that the flush at exit does not fail again
        return EXIT_NOTHING
    except OSError as exc:
        name = f"{exc.filename}: " if exc.filename else ""
        print(f"storyline: {name}{exc.strerror or exc}", file=sys.stderr)
        return EXIT_NOTHING
    return EXIT_NOTHING
