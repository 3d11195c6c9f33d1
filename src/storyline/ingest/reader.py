"""``read_inputs``: paths, folders, stdin and ready documents to ``RawDocument`` objects.

One unreadable input never stops a batch: every problem becomes a ``Skipped``
entry naming the input and saying why, and reading goes on. Nothing is dropped
silently except hidden files and folders (``.git``, ``.DS_Store``) inside a
folder being walked.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import BinaryIO

from ..errors import InputError, InputNotFound, InputTooLarge
from ..model import RawDocument, Skipped
from .decode import human_size, read_bytes_as_text
from .html import declared_charset, looks_like_html, parse_html
from .jsonfmt import parse_json, parse_jsonl
from .text import parse_text

STDIN_ID = "<stdin>"

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


def _too_large(size: int, max_bytes: int, what: str = "file") -> str:
    return f"{what} is {human_size(size)}, over the {human_size(max_bytes)} limit (--max-bytes)"


def _parse(text: str, kind: str, doc_id: str, display: str) -> Result:
    if kind == "html":
        return [parse_html(text, doc_id, name=display)], []
    if kind == "json":
        return parse_json(text, doc_id, display)
    if kind == "jsonl":
        return parse_jsonl(text, doc_id, display)
    return parse_text(text, doc_id)


class _Reader:
    """Collects documents and skipped inputs over one ``read_inputs`` call."""

    def __init__(self, max_bytes: int, stdin: BinaryIO | None) -> None:
        self.max_bytes = max_bytes
        self.stdin = stdin
        self.docs: list[RawDocument] = []
        self.skipped: list[Skipped] = []
        self.bases: set[str] = set()  # document ids and id prefixes already given out
        self.files: dict[str, str] = {}  # real path -> display name of each file read

    def skip(self, input: str, reason: str) -> None:
        self.skipped.append(Skipped(input=input, reason=reason))

    def add(self, item: str | os.PathLike[str] | RawDocument) -> None:
        if isinstance(item, RawDocument):
            self.docs.append(item)
            self.bases.add(item.id)
            return
        if not isinstance(item, str | os.PathLike):
            self.skip(repr(item), f"not a path or a document ({type(item).__name__})")
            return
        display = os.fspath(item)
        if not isinstance(display, str):
            self.skip(repr(item), "path is not text")
            return
        if display == "-":
            self.read_stdin()
            return
        if not display:
            self.skip(display, "empty path")
            return
        path = Path(display)
        try:
            if path.is_dir():
                self.read_folder(path, display)
            elif path.exists():
                self.read_file(path, path.name, display, walked=False)
            elif path.is_symlink():
                self.skip(display, "broken symbolic link")
            else:
                raise InputNotFound(display)
        except InputError as err:
            self.skip(err.input, err.reason)
        except OSError as err:
            self.skip(display, f"cannot read: {err.strerror or err}")

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

    def take(self, result: Result, display: str) -> None:
        docs, skipped = result
        if not docs and not skipped:
            self.skip(display, "no documents found")
        self.docs.extend(docs)
        self.skipped.extend(skipped)

    def read_stdin(self) -> None:
        stream = self.stdin if self.stdin is not None else getattr(sys.stdin, "buffer", None)
        if stream is None:
            self.skip(STDIN_ID, "no standard input to read")
            return
        try:
            data = stream.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise InputTooLarge(STDIN_ID, _too_large(len(data), self.max_bytes, "input") + " or more")
            text = read_bytes_as_text(data, STDIN_ID)
            start = text.lstrip()[:1]
            kind = "html" if looks_like_html(text) else "json" if start in ("{", "[") else "text"
            doc_id = self.claim(STDIN_ID, STDIN_ID)
            self.take(_parse(text, kind, doc_id, STDIN_ID), STDIN_ID)
        except InputError as err:
            self.skip(err.input, err.reason)
        except OSError as err:
            self.skip(STDIN_ID, f"cannot read standard input: {err.strerror or err}")

    def read_folder(self, root: Path, display: str) -> None:
        """Every file under ``root``, sorted by relative path; ids are those relative paths."""
        found: list[tuple[str, Path]] = []
        seen: set[str] = set()

        def visit(folder: Path, rel: str) -> None:
            where = os.path.join(display, rel) if rel else display
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
                child = Path(entry.path)
                try:
                    if entry.is_dir():
                        visit(child, child_rel)
                    elif entry.is_file():
                        found.append((child_rel, child))
                    elif entry.is_symlink():
                        self.skip(os.path.join(display, child_rel), "broken symbolic link")
                    else:
                        self.skip(os.path.join(display, child_rel), "not a regular file")
                except OSError as err:
                    self.skip(os.path.join(display, child_rel), f"cannot read: {err.strerror or err}")

        before = len(self.skipped)
        visit(root, "")
        if not found:
            if len(self.skipped) == before:
                self.skip(display, "folder contains no files")
            return
        for rel, path in sorted(found):
            self.read_file(path, rel, os.path.join(display, rel), walked=True)

    def read_file(self, path: Path, base: str, display: str, *, walked: bool) -> None:
        """One file: size check before reading, decode, parse by extension; problems become Skipped."""
        try:
            kind = KINDS.get(_extension(path))
            if kind is None:
                self.skip(display, f"unsupported file type ({path.suffix})")
                return
            real = os.path.realpath(path)
            if real in self.files:
                self.skip(display, f"same file as {self.files[real]}, given twice")
                return
            self.files[real] = display
            st = path.stat()
            regular = path.is_file()
            if regular and st.st_size > self.max_bytes:
                raise InputTooLarge(display, _too_large(st.st_size, self.max_bytes))
            if not regular and walked:
                self.skip(display, "not a regular file")
                return
            with open(path, "rb") as fh:
                data = fh.read(self.max_bytes + 1)
            if len(data) > self.max_bytes:
                raise InputTooLarge(display, _too_large(len(data), self.max_bytes) + " or more")
            text = read_bytes_as_text(
                data, display, declared_charset=declared_charset(data) if kind == "html" else None
            )
            doc_id = self.claim(base, display)
            self.take(_parse(text, kind, doc_id, display), display)
        except InputError as err:
            self.skip(err.input, err.reason)
        except PermissionError:
            self.skip(display, "permission denied")
        except FileNotFoundError:
            self.skip(display, "no such file or directory (removed while reading)")
        except OSError as err:
            self.skip(display, f"cannot read: {err.strerror or err}")
        except Exception as err:  # a bug in one reader must not cost the other files
            self.skip(display, f"could not be read ({type(err).__name__}: {err})")


def read_inputs(
    inputs: Sequence[str | os.PathLike[str] | RawDocument],
    *,
    max_bytes: int = 5_000_000,
    stdin: BinaryIO | None = None,
) -> tuple[list[RawDocument], list[Skipped]]:
    """Read files, folders (recursively), ``-`` (stdin) and ``RawDocument`` objects.

    Returns the documents in input order (folders in sorted order) and a
    ``Skipped`` entry for every input, file or record that could not be used.
    Never raises for a bad input: one broken file must not cost the batch.
    """
    reader = _Reader(max_bytes, stdin)
    for item in inputs:
        try:
            reader.add(item)
        except Exception as err:  # a bug in one reader must not cost the other inputs
            name = os.fspath(item) if isinstance(item, str | os.PathLike) else repr(item)
            reader.skip(str(name), f"could not be read ({type(err).__name__}: {err})")
    return reader.docs, reader.skipped
