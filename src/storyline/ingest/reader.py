"""``read_inputs``: paths, folders, stdin and ready documents to ``RawDocument`` objects.

One unreadable input never stops a batch: every problem becomes a ``Skipped``
entry naming the input and saying why, and reading goes on. Nothing is dropped
silently except hidden files and folders (``.git``, ``.DS_Store``) inside a
folder being walked. Only regular files are read (a FIFO or device could block
forever), and a pipe on stdin that goes quiet is given up on.
"""

from __future__ import annotations

import errno
import fnmatch
import json
import os
import re
import select
import stat
import sys
import zlib
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO, cast

from ..errors import InputError, InputTooLarge, MalformedInput, internal_error
from ..model import Note, RawDocument, Skipped
from .decode import exact_size, read_noted
from .html import declared_charset, looks_like_html, parse_html
from .jsonfmt import parse_json, parse_jsonl
from .notreport import not_a_report
from .sanitize import safe_document, safe_name, safe_skipped
from .text import parse_text

STDIN_ID = "<stdin>"
STDIN_IDLE_SECONDS = 60.0
"""A pipe on stdin that sends nothing for this long is given up on (with a reason), never waited on forever."""

# File extension (lower case) -> reader kind. No extension means plain text.
KINDS: dict[str, str] = {
    "": "text",
    ".txt": "text",
    ".text": "text",
    ".md": "text",
    ".markdown": "text",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
}

Result = tuple[list[RawDocument], list[Skipped]]


def _extension(path: Path) -> str:
    """The lower-cased extension; a "suffix" with spaces ("Syria. Day two") is no extension."""
    ext = path.suffix.lower()
    if len(ext) > 12 or any(c.isspace() for c in ext):
        return ""
    return ext


DOCUMENT_FORMATS = frozenset({".pdf", ".doc", ".docx", ".odt", ".rtf", ".epub", ".pages"})
"""Word-processor and print formats a report is often saved in: their skip says what to do instead."""
DOCUMENT_HINT = "; storyline reads text, HTML and JSON: save the report's text as .txt (or its web page as .html)"

COMPRESSED = ".gz"
"""A gzip-compressed file of a kind above (``page.html.gz``, ``feed.jsonl.gz``) is read as that kind,
decompressed with the same ``--max-bytes`` limit on what comes out."""


def _kind(path: Path) -> tuple[str | None, bool]:
    """The reader kind of ``path`` (None: not one we read) and whether it is gzip-compressed."""
    ext = _extension(path)
    if ext == COMPRESSED:
        inner = Path(path.stem)
        return (KINDS.get(_extension(inner)) if inner.suffix else None), True
    return KINDS.get(ext), False


def gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    """The decompressed bytes of a gzip file (every member), at most ``max_bytes`` of them:
    ``InputTooLarge`` beyond (a small file can hold gigabytes), ``MalformedInput`` when broken."""
    out: list[bytes] = []
    size = 0
    while data:
        unpack = zlib.decompressobj(wbits=16 + zlib.MAX_WBITS)
        try:
            chunk = unpack.decompress(data, max_bytes + 1 - size)
        except zlib.error as err:
            raise MalformedInput(name, f"not a readable gzip file ({err})") from None
        size += len(chunk)
        out.append(chunk)
        if size > max_bytes or unpack.unconsumed_tail:
            raise InputTooLarge(name, f"decompressed, it is over the {max_bytes:,}-byte limit (--max-bytes)")
        if not unpack.eof:
            raise MalformedInput(name, "not a readable gzip file (it ends before its data does)")
        data = unpack.unused_data.lstrip(b"\0")  # another member may follow (cat a.gz b.gz), or padding
    return b"".join(out)


def _too_large(size: int, max_bytes: int, what: str = "file", *, at_least: bool = False) -> str:
    if at_least:  # only max_bytes + 1 bytes were read: the true size is unknown
        return f"{what} is over the {max_bytes:,}-byte limit (--max-bytes): more than {max_bytes:,} bytes"
    return f"{what} is {exact_size(size)}, over the {max_bytes:,}-byte limit (--max-bytes)"


WEB_ADDRESS = re.compile(r"(?i)^(?:https?|ftp)://|^www\.[^/\s]+\.[a-z]{2,}(?:/|$)")
"""A path given that is a web address, which the command line and the Python API do not fetch."""


def _not_found(given: str, path: Path) -> str:
    """Why a path given cannot be found; a web address is said to be one (was "no such file or directory")."""
    if path.is_symlink():
        return "broken symbolic link"
    if WEB_ADDRESS.search(given):
        return ("a web address, not a file: storyline fetches web pages only in its web app (storyline serve); "
                "save the page first (e.g. curl -L -o page.html 'URL') and give the file")
    return "no such file or directory"


def _cannot_read(err: OSError) -> str:
    """Why a path could not be read; a link loop says so (was "cannot read: Too many levels of symbolic links")."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop: the link points to itself, or through other links back to itself"
    return f"cannot read: {err.strerror or err}"


def _not_regular(mode: int) -> str:
    """Why a path that exists is not read: it is not a regular file (reading it could block forever)."""
    kinds = (
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    )
    kind = next((name for test, name in kinds if test(mode)), "a special file")
    return f"not a regular file ({kind})"


MARKUP_BY_CONTENT = True
"""Switch: a text file that opens as an HTML page is decoded as one (its charset declaration read, its control
characters counted outside its scripts and tags), as a page named ``.html`` is (inputs43: the forty-ninth read's
page with no extension, noted for "backspace ×2" inside a script's regular expression)."""
_SNIFF_BYTES = 20_000


def _markup_bytes(data: bytes) -> bool:
    """``data`` opens as an HTML page (``sniff_kind``'s test on its first bytes)."""
    head = data[:_SNIFF_BYTES].decode("utf-8", "replace").lstrip()
    return head[:1] == "<" and looks_like_html(head)


def sniff_kind(text: str, kind: str) -> str:
    """What a text file really holds: HTML or JSON saved as ``.txt`` is read as what it is."""
    if kind != "text":
        return kind
    head = text.lstrip()[:1]
    if head == "<" and looks_like_html(text):
        return "html"
    if head in ("{", "["):
        first = text.lstrip().split("\n", 1)[0].strip()
        for candidate, as_kind in ((text, "json"), (first, "jsonl")):
            try:
                json.loads(candidate)
            except (ValueError, RecursionError):
                continue
            return as_kind
    return kind


def _parse(text: str, kind: str, doc_id: str, display: str) -> Result:
    if kind == "html":
        return [parse_html(text, doc_id, name=display)], []
    if kind == "json":
        return parse_json(text, doc_id, display)
    if kind == "jsonl":
        return parse_jsonl(text, doc_id, display)
    why = not_a_report(doc_id, text)
    if why is not None:
        return [], [Skipped(display, why)]
    return parse_text(text, doc_id)


def _read_limited(fd: int, limit: int, *, chunk_size: int = 1 << 20, idle_timeout: float | None = None) -> bytes:
    """Up to ``limit`` bytes from an open file; with ``idle_timeout`` (a pipe on standard input),
    ``TimeoutError`` when nothing arrives for that many seconds."""
    chunks: list[bytes] = []
    left = limit
    while left > 0:
        if idle_timeout is not None and not select.select([fd], [], [], idle_timeout)[0]:
            raise TimeoutError(f"nothing arrived on standard input for {idle_timeout:g} seconds")
        chunk = os.read(fd, min(left, chunk_size))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
    return b"".join(chunks)


def read_stream(stream: BinaryIO, limit: int, idle_timeout: float = STDIN_IDLE_SECONDS) -> bytes:
    """Up to ``limit`` bytes of a stream; ``TimeoutError`` when a pipe sends nothing for ``idle_timeout`` s.

    A terminal is refused (``OSError``): reading it would wait for typing that never comes.
    """
    try:
        fd = stream.fileno()
    except (AttributeError, OSError, ValueError):
        return stream.read(limit)  # an in-memory stream (the Python API): it cannot block
    if os.isatty(fd):
        raise OSError("standard input is a terminal; pipe a report in, or give file paths")
    if not stat.S_ISFIFO(os.fstat(fd).st_mode) and not stat.S_ISSOCK(os.fstat(fd).st_mode):
        return stream.read(limit)
    return _read_limited(fd, limit, chunk_size=1 << 16, idle_timeout=idle_timeout)


def _text_bytes(text: str) -> bytes:
    """A text stream's text as bytes to decode like a file's: the bytes a surrogate-escaped text came from."""
    try:
        return text.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:  # lone surrogates of another origin: U+FFFD, as the sanitizer does
        return text.encode("utf-8", "replace")


class _Reader:
    """Collects documents and skipped inputs over one ``read_inputs`` call.

    Skipped inputs are named as documents are: by their path relative to the
    folder given (the file name for a file given directly); a path that cannot
    be opened at all is named as given.
    """

    def __init__(self, max_bytes: int, stdin: BinaryIO | None, exclude: Sequence[str] = ()) -> None:
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.exclude = list(exclude)
        self.docs: list[RawDocument] = []
        self.skipped: list[Skipped] = []
        self.bases: set[str] = set()  # document ids and id prefixes already given out
        self.files: dict[str, str] = {}  # real path -> name of each file read

    def skip(self, input: str, reason: str) -> None:
        self.skipped.append(Skipped(input=safe_name(input), reason=reason))

    def excluded(self, rel: str) -> str | None:
        """The ``--exclude`` pattern that ``rel`` (or its last part) matches, if any."""
        name = rel.rsplit("/", 1)[-1]
        return next((g for g in self.exclude if fnmatch.fnmatchcase(rel, g) or fnmatch.fnmatchcase(name, g)), None)

    def add(self, item: str | os.PathLike[str] | RawDocument) -> None:
        if isinstance(item, RawDocument):
            self.docs.append(item)
            self.bases.add(item.id)
            return
        if not isinstance(item, str | os.PathLike):
            self.skip(repr(item), f"not a path or a document ({type(item).__name__})")
            return
        given = os.fspath(item)
        if not isinstance(given, str):
            self.skip(repr(item), "path is not text")
            return
        if given == "-":
            self.read_stdin()
            return
        display = safe_name(given)
        if not given:
            self.skip(display, "empty path")
            return
        path = Path(given)
        pattern = self.excluded(path.name)
        if pattern is not None:
            self.skip(display, f"excluded by --exclude {pattern!r}")
            return
        try:
            st = path.stat()
        except FileNotFoundError:
            self.skip(display, _not_found(given, path))
            return
        except OSError as err:
            self.skip(display, _cannot_read(err))
            return
        if stat.S_ISDIR(st.st_mode):
            self.read_folder(path, display)
        elif stat.S_ISREG(st.st_mode):
            self.read_file(path, safe_name(path.name), display)
        else:
            self.skip(safe_name(path.name), _not_regular(st.st_mode))

    def claim(self, base: str, display: str) -> str:
        """A unique id prefix: the relative name, else the path as given, else a numbered one."""
        for candidate in (base, Path(display).as_posix()):
            if candidate not in self.bases:
                self.bases.add(candidate)
                return candidate
        n = 2
        while f"{base}~{n}" in self.bases:
            n += 1
        self.bases.add(f"{base}~{n}")
        return f"{base}~{n}"

    def take(self, result: Result, name: str, notes: Sequence[str] = ()) -> None:
        """The documents and skips of one input; ``notes`` (how its bytes were read, what was repaired)
        go on each document."""
        docs, skipped = result
        if not docs and not skipped:
            self.skip(name, "no documents found")
        for d in docs:
            d.notes.extend(Note(name, n) for n in notes)
        self.docs.extend(docs)
        self.skipped.extend(skipped)

    def read_stdin(self) -> None:
        stream = self.stdin if self.stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            self.skip(STDIN_ID, "no standard input to read")
            return
        stage = "read"
        try:
            data = read_stream(stream, self.max_bytes + 1)
            if isinstance(data, str):  # a text stream (``io.StringIO``, ``sys.stdin``): was "internal error in decode"
                data = _text_bytes(data)
            if len(data) > self.max_bytes:
                raise InputTooLarge(STDIN_ID, _too_large(len(data), self.max_bytes, "input", at_least=True))
            if not data:  # not a file: say what the user can check (was "empty file")
                self.skip(STDIN_ID, "empty standard input (nothing was piped in)")
                return
            stage = "decode"
            text, notes = read_noted(data, STDIN_ID)
            stage = "read"
            kind = "html" if looks_like_html(text) else sniff_kind(text, "text")
            doc_id = self.claim(STDIN_ID, STDIN_ID)
            self.take(_parse(text, kind, doc_id, STDIN_ID), STDIN_ID, notes)
        except InputError as err:
            self.skip(err.input, err.reason)
        except TimeoutError as err:
            self.skip(STDIN_ID, str(err))
        except OSError as err:
            self.skip(STDIN_ID, f"cannot read standard input: {err.strerror or err}")
        except Exception as err:  # a bug in one reader must not cost the other inputs
            self.skip(STDIN_ID, internal_error(stage, err))

    def read_folder(self, root: Path, display: str) -> None:
        """Every file under ``root``, sorted by relative path; ids are those relative paths."""
        found: list[tuple[str, Path]] = []
        seen: set[str] = set()

        def visit(folder: Path, rel: str) -> None:
            where = rel or display
            real = os.path.realpath(folder)
            if real in seen:
                self.skip(where, "symbolic link to a folder already read")
                return
            seen.add(real)
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except PermissionError:
                self.skip(where, "permission denied: cannot list the folder")
                return
            except OSError as err:
                self.skip(where, f"cannot list the folder: {err.strerror or err}")
                return
            for entry in entries:
                if entry.name.startswith("."):
                    continue  # .git, .DS_Store, editor swap files
                child_rel = f"{rel}/{entry.name}" if rel else entry.name
                pattern = self.excluded(child_rel)
                if pattern is not None:
                    self.skip(child_rel, f"excluded by --exclude {pattern!r}")
                    continue
                child = Path(entry.path)
                try:
                    if entry.is_dir():
                        visit(child, child_rel)
                    elif entry.is_file():
                        found.append((child_rel, child))
                    elif entry.is_symlink() and not os.path.exists(entry.path):
                        self.skip(child_rel, "broken symbolic link")
                    else:
                        self.skip(child_rel, _not_regular(os.stat(entry.path).st_mode))
                except OSError as err:
                    self.skip(child_rel, _cannot_read(err))

        before = len(self.skipped)
        visit(root, "")
        if not found:
            if len(self.skipped) == before:
                self.skip(display, "folder contains no files")
            return
        for rel, path in sorted(found):
            self.read_file(path, safe_name(rel), os.path.join(display, safe_name(rel)))

    def read_file(self, path: Path, base: str, display: str) -> None:
        """One file: size check before reading, decode, parse by content and extension; problems
        become Skipped entries named ``base`` (the id the file's document would have)."""
        stage = "read"
        try:
            kind, compressed = _kind(path)
            if kind is None:
                suffix = "".join(path.suffixes[-2:]) if compressed else path.suffix
                hint = ("; name a compressed report by its kind, e.g. page.html.gz" if suffix == COMPRESSED else
                        DOCUMENT_HINT if suffix.lower() in DOCUMENT_FORMATS else "")
                self.skip(base, f"unsupported file type ({safe_name(suffix)}){hint}")
                return
            real = os.path.realpath(path)
            if real in self.files:
                self.skip(base, f"same file as {self.files[real]}, given twice")
                return
            self.files[real] = base
            data = self.read_bytes(path, base)
            if data is None:
                return
            if compressed:
                data = gunzip(data, base, self.max_bytes)
            stage = "decode"
            html = kind == "html" or (MARKUP_BY_CONTENT and kind == "text" and _markup_bytes(data))
            text, notes = read_noted(data, base, declared_charset=declared_charset(data) if html else None, markup=html)
            stage = "read"
            doc_id = self.claim(base, display)
            self.take(_parse(text, sniff_kind(text, kind), doc_id, base), base, notes)
        except InputError as err:
            self.skip(err.input, err.reason)
        except PermissionError:
            self.skip(base, "permission denied")
        except FileNotFoundError:
            self.skip(base, "no such file or directory (removed while reading)")
        except OSError as err:
            self.skip(base, _cannot_read(err))
        except Exception as err:  # a bug in one reader must not cost the other files
            self.skip(base, internal_error(stage, err))

    def read_bytes(self, path: Path, base: str) -> bytes | None:
        """The file's bytes (at most max_bytes + 1), or None after skipping it.

        Opened without blocking and checked on the open descriptor: a FIFO or
        device swapped in after the folder was listed is refused, never waited on.
        """
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
        try:
            st = os.fstat(fd)
            if not stat.S_ISREG(st.st_mode):
                self.skip(base, _not_regular(st.st_mode))
                return None
            if st.st_size > self.max_bytes:
                raise InputTooLarge(base, _too_large(st.st_size, self.max_bytes))
            data = _read_limited(fd, self.max_bytes + 1)
        finally:
            os.close(fd)
        if len(data) > self.max_bytes:  # the file grew while being read
            raise InputTooLarge(base, _too_large(len(data), self.max_bytes, at_least=True))
        return data


Inputs = Sequence[str | os.PathLike[str] | RawDocument] | str | os.PathLike[str] | RawDocument
"""What every reading entry point takes: a list of inputs, or one of them alone."""


def as_list(inputs: Inputs) -> list[str | os.PathLike[str] | RawDocument]:
    """``inputs`` as a list: one path (``"wire/"``, a ``Path``) or ``RawDocument`` given alone is one input.
    A string is a ``Sequence`` too, so without this ``add("wire/")`` read ``w``, ``i``, ``r``, ``e`` and
    ``/``, the whole file system."""
    if isinstance(inputs, bytes):  # a path in bytes (``os.listdir(b".")``) was read as a list of numbers
        inputs = os.fsdecode(inputs)
    if isinstance(inputs, str | os.PathLike | RawDocument):
        return [inputs]
    try:
        return [os.fsdecode(i) if isinstance(i, bytes) else i for i in inputs]
    except TypeError:  # not a list at all (``brief(None)``): one input, skipped with its reason, not a traceback
        return [cast(RawDocument, inputs)]  # ``_Reader.add`` checks every item's type


def read_inputs(
    inputs: Inputs,
    *,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
    exclude: Sequence[str] | str = (),
) -> tuple[list[RawDocument], list[Skipped]]:
    """Read files, folders (recursively), ``-`` (stdin) and ``RawDocument`` objects.

    Returns the documents in input order (folders in sorted order) and a
    ``Skipped`` entry for every input, file or record that could not be used
    (``exclude``: glob patterns of files and folders not to read, each listed
    as skipped). Never raises for a bad input: one broken file must not cost
    the batch. Every string returned is valid Unicode (``sanitize``). One input
    or one ``exclude`` pattern may be given alone, not in a list (``"wire/"``,
    ``exclude="*.csv"``), and means just that one.
    """
    inputs = as_list(inputs)
    reader = _Reader(max_bytes, stdin, [exclude] if isinstance(exclude, str) else exclude)
    for item in inputs:
        try:
            reader.add(item)
        except Exception as err:  # a bug in one reader must not cost the other inputs
            name = os.fspath(item) if isinstance(item, str | os.PathLike) else repr(item)
            reader.skip(str(name), internal_error("read", err))
    return [safe_document(d) for d in reader.docs], [safe_skipped(s) for s in reader.skipped]
