"""The store's command-line commands (``add``, ``stories``, ``brief --db``): argument
wiring and printing only; the work is ``Store``'s."""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from typing import Any

from ..outputs import FORMAT_NAMES, OutputError, check_targets, say_written, write_outputs
from ..settings import DEFAULT_MAX_BYTES, DEFAULT_MAX_CHARS, positive_int
from ..stories.window_choice import WindowError, parse_window
from ..text import story_line
from .api import Store, UnknownStory, default_path
from .records import AddResult, StoryRow
from .sqlite import BUSY_TIMEOUT_MS

EXIT_OK = 0
EXIT_NOTHING = 2

ADD_EPILOG = """examples:
  storyline add wire/2026-12-01/ --db news.db      # every file in the folder, in sorted order
  cat feed.jsonl | storyline add - --db news.db    # JSONL articles from stdin
  STORYLINE_DB=news.db storyline add more.json
  storyline add wire/ --db news.db                 # a new store: the date window auto (a quarter of its span)
  storyline add archive/ --db topics.db --window off   # an archive of topics told over months or years
  storyline add wire/ --db news.db --window 21     # a daily desk: a story's reports lie within weeks
  storyline add wire/ --db news.db --workers 2     # parse on 2 local Dask worker processes
  storyline add wire/ --db news.db --scheduler tcp://10.0.0.5:8786   # on an existing Dask cluster"""

STORIES_EPILOG = """examples:
  storyline stories --db news.db
  storyline stories --db news.db --search "air strikes" --format json -o stories.json
  storyline stories --db news.db --search 'Boeing OR Airbus'           # either word
  storyline stories --db news.db --search '"Prince Andrew" -Epstein'   # the phrase, in a report without Epstein
  storyline stories --db news.db --search 'evacuat* (flood OR storm)'  # evacuate, evacuation, ...
  storyline stories --db news.db --recluster   # cluster the whole store again, as one add of it all
  storyline stories --db news.db --recluster --window off   # ... again, without the date window

--search: a story matches when one of its reports, or its title, holds every word (case does
not matter); "a phrase" in quotes; word* any word that starts so; OR (in capitals) between
words, phrases or (groups): either; -word or NOT word after what to find: a report that holds
it does not count; AND may be written. Lower-case or, and, not are words. A search that is no
query (an unclosed quote, an OR with nothing after it) is refused, saying what is wrong."""


def add_parsers(sub: Any) -> None:
    """Register ``add`` and ``stories`` on the CLI's subparsers."""
    a = sub.add_parser("add", help="add reports to the story store; each joins its story or starts one",
                       description="Add the reports in PATH... (files, folders, - for stdin; everything `brief` "
                                   "reads) to the story store. Each new report joins the story it belongs to or "
                                   "starts one; a report already stored changes nothing. One summary line on "
                                   "stdout: added, duplicates, skipped, new stories, stories updated.",
                       epilog=ADD_EPILOG, formatter_class=argparse.RawDescriptionHelpFormatter)
    a.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    db_arg(a)
    a.add_argument("--max-bytes", type=positive_int, metavar="N", default=DEFAULT_MAX_BYTES,
                   help=f"skip files larger than this (default {DEFAULT_MAX_BYTES})")
    a.add_argument("--max-chars", type=positive_int, metavar="N", default=DEFAULT_MAX_CHARS,
                   help=f"skip a report whose article text is longer than this (default {DEFAULT_MAX_CHARS})")
    a.add_argument("--exclude", metavar="GLOB", action="append", default=[],
                   help="do not read files or folders matching GLOB (e.g. '*.csv', 'drafts/*'); repeatable")
    a.add_argument("-q", "--quiet", "--no-progress", dest="no_progress", action="store_true",
                   help="no progress bar on stderr")
    a.add_argument("--analyse", action="store_true",
                   help="also parse each report now and cache its analysis, so briefs never parse it again "
                        "(always on with --workers/--scheduler)")
    a.add_argument("--briefs", action="store_true",
                   help="also build and cache the brief of every story this add changed, so `brief --db` and "
                        "`serve` show it at once (always on with --workers/--scheduler: built on the cluster)")
    a.add_argument("--words", type=positive_int, default=200, metavar="N",
                   help="length of the briefs --briefs builds (default 200)")
    window_arg(a, "new reports are clustered with")
    dask_args(a)
    s = sub.add_parser("stories", help="list the stories in the store", epilog=STORIES_EPILOG,
                       description="List the stories in the store, most recently updated first: id, reports, "
                                   "independent sources, first and last publication date, last update, title. "
                                   "Brief one with `storyline brief --db FILE --story ID`.",
                       formatter_class=argparse.RawDescriptionHelpFormatter)
    db_arg(s)
    s.add_argument("--format", choices=("table", "json"), default="table", help="output format (default table)")
    s.add_argument("-o", "--output", metavar="FILE", help="write the listing here instead of stdout")
    s.add_argument("--search", metavar="TEXT",
                   help="only stories a report or the title of which holds every word; \"a phrase\", word*, "
                        "OR, -word (see below)")
    s.add_argument("--recluster", action="store_true",
                   help="first cluster every stored report again, in the order stored, as one add of them all "
                        "(batch re-clustering: story ids change; old ids lead to the new story; cached briefs "
                        "are dropped)")
    window_arg(s, "--recluster clusters with")
    s.add_argument("-q", "--quiet", "--no-progress", dest="no_progress", action="store_true",
                   help="do not say on stderr what -o wrote")


WINDOW_HELP = ("the date window {what}: a report published more than DAYS days from a story's dates (a "
               "window that widens with the story's own span) does not join it. auto (the default): a quarter of "
               "the store's whole span, at least a week; an archive of topics told over months or years: "
               "--window off; a daily desk may give days: --window 21. Default: $STORYLINE_WINDOW, else the window "
               "the store was built with (it keeps the one its adds used; a store built before windows: off), "
               "else auto")


def window_arg(p: argparse.ArgumentParser, what: str) -> None:
    """``--window DAYS|off|auto`` (``stories.window_choice``), checked as it is read."""
    p.add_argument("--window", type=_window, metavar="DAYS", help=WINDOW_HELP.format(what=what))


def _window(value: str) -> str:
    try:
        return parse_window(value, "")
    except WindowError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def check_window(parser: argparse.ArgumentParser, args: argparse.Namespace) -> None:
    """Refuse a ``--window`` that would change nothing: ``stories`` without ``--recluster``, ``brief --db``."""
    if getattr(args, "window", None) is None:
        return
    if args.command == "stories" and not args.recluster:
        parser.error("--window chooses the window --recluster clusters the stored reports again with; "
                     "give --recluster too (an add keeps its window: `storyline add PATH --window DAYS`)")
    if args.command == "brief" and not args.paths:
        parser.error("--window splits the reports of PATH... into stories; a stored story was clustered when it "
                     "was added (`storyline stories --recluster --window DAYS` clusters the store again)")


def db_arg(p: argparse.ArgumentParser) -> None:
    p.add_argument("--db", metavar="FILE", help="the store (default $STORYLINE_DB, else ./storyline.db)")


def dask_args(p: argparse.ArgumentParser) -> None:
    """``--workers`` and ``--scheduler``: run the per-report work on Dask (``storyline.scale``)."""
    g = p.add_mutually_exclusive_group()
    g.add_argument("--workers", type=positive_int, metavar="N",
                   help="parse on a local Dask cluster of N worker processes (needs `pip install 'storyline[dask]'`)")
    g.add_argument("--scheduler", metavar="tcp://HOST:PORT", help="parse on the Dask cluster of this scheduler")


FIRST_BATCH_NOTE = "first batch: loading the models"
"""Said on the ``add`` bar until its first tick: the first batch loads spaCy and MiniLM, and the bar would
otherwise sit at 0 for many seconds."""


def _progress(enabled: bool, unit: str = "report", opened: list[Any] | None = None, beat: float = 0.5
              ) -> Callable[[int, int], Callable[[int], None]] | None:
    """A tqdm bar per stage on stderr; each bar is added to ``opened`` so that an interrupted run
    can erase it before saying so. A heartbeat redraws it every ``beat`` seconds (the elapsed time
    moves while a batch runs), and until the first tick it says that the models are loading."""
    if not enabled:
        return None

    def start(total: int, _skipped: int) -> Callable[[int], None]:
        from tqdm import tqdm

        bar = tqdm(total=total, unit=unit, file=sys.stderr, disable=total < 2, leave=False)
        if opened is not None:
            opened.append(bar)
        if not bar.disable:
            bar.set_postfix_str(FIRST_BATCH_NOTE)
            threading.Thread(target=_heartbeat, args=(bar, beat), name="storyline-add-progress", daemon=True).start()

        def tick(n: int) -> None:
            if bar.n == 0 and not bar.disable:
                bar.set_postfix_str("", refresh=False)
            bar.update(n)
            if bar.n >= total:
                bar.close()

        return tick

    return start


def _heartbeat(bar: Any, beat: float) -> None:
    """Redraw ``bar`` every ``beat`` seconds until it is closed (tqdm draws only when it is updated)."""
    while not bar.disable:
        time.sleep(beat)
        if not bar.disable:
            bar.refresh()


Bar = Callable[[int, int], Callable[[int], None]]
Runner = Callable[[Store, Bar | None, Bar | None], AddResult]
"""The Dask run of ``add``: the store, the reports' progress bar, the briefs' progress bar."""


def cmd_add(args: argparse.Namespace, runner: Runner | None = None) -> int:
    """``add``: in this process, or through ``runner`` (the Dask run of ``storyline.scale``, which
    also builds the briefs); with ``--briefs``, the stale briefs of the stories it changed after."""
    shown = not args.no_progress and sys.stderr.isatty()
    opened: list[Any] = []
    bar, story_bar = _progress(shown, opened=opened), _progress(shown, unit="story", opened=opened)
    db = args.db or default_path()
    existed = os.path.exists(db)
    try:
        with Store(db, window=args.window) as store:
            if store.window_note:
                print(f"storyline: note: {store.window_note}", file=sys.stderr)
            if runner is not None:
                result = runner(store, bar, story_bar)
            else:
                result = store.add(args.paths, max_bytes=args.max_bytes, max_chars=args.max_chars,
                                   stdin=sys.stdin.buffer, progress=bar, analyse=args.analyse,
                                   exclude=args.exclude)
                if args.briefs:
                    store.refresh_briefs(result.new_stories | result.updated_stories, result, args.words, story_bar)
    except BaseException as exc:  # the bar is erased first, so that the message starts its own line
        for b in opened:
            b.close()
        if isinstance(exc, KeyboardInterrupt):
            print(f"storyline: add interrupted; the reports stored before it stay in {db}; run the same add "
                  "again to add the rest (those already stored count as duplicates)", file=sys.stderr)
        raise
    for sk in result.skipped:
        print(f"storyline: skipped {sk.input}: {sk.reason}", file=sys.stderr)
    for n in result.notes:  # how an input was read (a guessed encoding), as brief says it
        print(f"storyline: note: {n.input}: {n.note}", file=sys.stderr)
    for sk in result.brief_failures:
        print(f"storyline: no brief for story {sk.input}: {sk.reason}", file=sys.stderr)
    print(result.summary())
    if result.added or result.duplicates:
        return EXIT_OK
    if not existed:  # a mistyped path must not leave an empty store that `stories` then calls "no stories"
        for path in (db, f"{db}-wal", f"{db}-shm"):
            if os.path.exists(path):
                os.remove(path)
        print(f"storyline: nothing was added, so {db} was not created", file=sys.stderr)
    return EXIT_NOTHING


def store_failure(args: argparse.Namespace, exc: Exception) -> str:
    """What went wrong when SQLite refused the store in the middle of a command (``sqlite3.OperationalError``;
    it was a traceback): the store named, a lock said as one (another writer held it past ``busy_timeout``),
    and, for ``add``, that the batches committed before it stay."""
    db = getattr(args, "db", None) or default_path()
    wait = BUSY_TIMEOUT_MS // 1000
    if "locked" in str(exc) or "busy" in str(exc):
        what = (f"the store is locked: another program (another `storyline add`, `stories --recluster` or the "
                f"web app's add) kept writing to it for over {wait} seconds; try again when it is done")
    else:
        what = f"the store could not be read or written ({exc})"
    kept = ("; the reports stored before it stay, and the same add again adds the rest"
            if getattr(args, "command", None) == "add" else "")
    return f"{db}: {what}{kept}"


def _shown_title(store: Store, r: StoryRow) -> str:
    """A story's title; an untitled story (no report has a headline) as every story list shows it:
    "Untitled story (ID)" and the opening words of its first report (``text.story_line``)."""
    if r.title:
        return r.title
    row = store.conn.execute("SELECT substr(text, 1, 500) FROM reports WHERE story = ? ORDER BY id LIMIT 1",
                             (int(r.id),)).fetchone()
    return story_line("", r.id, row[0] if row else "")


def _table(store: Store, rows: list[StoryRow]) -> str:
    head = ("id", "reports", "sources", "first", "last", "updated", "title")
    lines = [head]
    for r in rows:
        lines.append((r.id, str(r.reports), str(r.independent_sources), r.first_published or "-",
                      r.last_published or "-", r.updated[:16].replace("T", " "), _shown_title(store, r)))
    widths = [max(len(x[i]) for x in lines) for i in range(len(head) - 1)]
    return "\n".join("  ".join(x[i].ljust(widths[i]) for i in range(len(widths))) + "  " + x[-1]
                     for x in lines) + "\n"


def _check_outputs(targets: list[tuple[str, str]], db: str) -> None:
    """Refuse, before any work, an output that would overwrite the store or SQLite's files beside
    it (``stories -o news.db`` replaced the store with the table); then ``outputs.check_targets``."""
    store_files = [db, f"{db}-wal", f"{db}-shm", f"{db}-journal"]
    real = {os.path.realpath(f) for f in store_files}
    for option, path in targets:
        if os.path.realpath(path) in real:
            raise OutputError(f"{option} {path} names the store ({db}) or a file of it; it would be destroyed. "
                              "Choose another output file")
    check_targets(targets, store_files)


_LOWER_HINTS = {"or": "write OR in capitals for either word",
                "not": "write NOT in capitals, or -word, to leave one out"}


def _lower_operators(search: str) -> str:
    """A hint when a search that found nothing holds "or" or "not" in lower case: those are words to find."""
    said = [f"lower-case {w!r} is a word to find; {hint}" for w, hint in _LOWER_HINTS.items() if w in search.split()]
    return f" ({'; '.join(said)})" if said else ""


def cmd_stories(args: argparse.Namespace) -> int:
    db = args.db or default_path()
    if args.output:  # before any work, as brief checks its outputs: never over the store itself
        _check_outputs([("-o", args.output)], db)
    with Store(db, create=False, window=args.window) as store:
        if args.recluster:
            if store.window_note:
                print(f"storyline: note: {store.window_note}", file=sys.stderr)
            n, before, after = store.recluster()
            print(f"storyline: reclustered {n} reports: {before} stories before, {after} now", file=sys.stderr)
        if args.format == "json":
            out = json.dumps(store.stories_json(args.search), ensure_ascii=False, indent=2) + "\n"
        else:
            rows = store.stories(args.search)
            hint = _lower_operators(args.search) if args.search else ""
            none = "no stories" + (f" match {args.search!r}{hint}" if args.search else "") + "\n"
            out = _table(store, rows) if rows else none
    if args.output:
        write_outputs([(args.output, out)])
        say_written([(args.output, f"{FORMAT_NAMES[args.format]} story list")], args.no_progress)
    else:
        sys.stdout.write(out)
    return EXIT_OK


LISTED_STORIES = 20
"""Stories a wrong ``brief --db --story`` lists (as ``brief PATH`` lists an input's), the newest first."""


def _ids_of(store: Store, db: str) -> str:
    """After "no story with id X in DB": "; its stories are:" and, one line each, the id, reports and title
    of the ``LISTED_STORIES`` most recently updated (as ``stories`` orders them), with how to list them all."""
    total = store.conn.execute("SELECT count(*) FROM stories WHERE merged_into IS NULL").fetchone()[0]
    where = f" --db {db}" if db != default_path() else ""
    if not total:
        return f"; it holds no stories yet (`storyline add PATH{where}` adds reports)"
    rows = store.stories(limit=LISTED_STORIES)
    width = max(len(r.id) for r in rows)
    lines = [f"  {r.id:>{width}}  {r.reports:>4} {'report' if r.reports == 1 else 'reports':<7}  "
             f"{_shown_title(store, r)}" for r in rows]
    everything = f"`storyline stories{where}` lists them"
    if total > len(rows):
        lines.append(f"  ... and {total - len(rows)} more ({everything} all; --search TEXT finds one)")
    else:
        lines.append(f"  ({everything}, with their dates and sources)")
    return f"; its {total} stor{'y is' if total == 1 else 'ies are'}, most recently updated first:\n" + "\n".join(lines)


def cmd_brief_db(args: argparse.Namespace) -> int:
    """``brief --db FILE --story ID``: a stored story's brief, from the cache when unchanged; the
    outputs checked first and written all together or not at all, as ``brief PATH`` writes them."""
    fmt = args.format
    db = args.db or default_path()
    named = [("-o", args.output), ("--html", args.html), ("--json", args.json)]
    _check_outputs([(opt, path) for opt, path in named if path], db)
    with Store(db, create=False) as store:
        try:
            store.resolve(args.story)
        except UnknownStory as exc:  # the ids listed, as `brief PATH --story` lists its input's
            print(f"storyline: {exc}{_ids_of(store, db)}", file=sys.stderr)
            return EXIT_NOTHING
        out = store.brief_text(args.story, words=args.words, fmt=fmt)
        files = [(args.output, out)] if args.output else []
        files += [(path, store.brief_text(args.story, words=args.words, fmt=key))
                  for key, path in (("html", args.html), ("json", args.json)) if path]
    write_outputs(files)
    say_written([(path, f"{FORMAT_NAMES[key]} brief of story {args.story}") for path, key in
                 ((args.output, fmt), (args.html, "html"), (args.json, "json")) if path], args.quiet)
    if not args.output:
        sys.stdout.write(out if out.endswith("\n") else out + "\n")
    return EXIT_OK
