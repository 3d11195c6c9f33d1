"""Writing output files safely: all of them or none, never over an input, never half-written.

Each output goes to a temporary file in its target's folder, is flushed to
disk, and is then renamed into place (a rename within one folder is atomic).
When several outputs are asked for (``-o``, ``--html``, ``--json``), every
temporary file is written before any is renamed, and a rename that fails puts
back what the earlier ones replaced, so the outputs appear together or not at
all and an existing file survives any failure (a full disk, a killed run).

A target that exists but is not a regular file (a FIFO, ``/dev/full``), or that
is reached through ``/dev`` or ``/proc`` (``/dev/stdout`` is a link to
``/proc/self/fd/1``, which is a regular file when stdout is redirected to one),
cannot be replaced by a rename: it is written directly, after the temporary
files are complete and before they are renamed. A target that is a symbolic
link to a regular file is replaced where the link points, so the link survives.
"""

from __future__ import annotations

import contextlib
import os
import secrets
import stat
import tempfile
from collections.abc import Sequence

from .errors import StorylineError


class OutputError(StorylineError):
    """An output file cannot be written (the message names it and says why)."""


def _same(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def _stat(path: str) -> os.stat_result | None:
    try:
        return os.stat(path)
    except OSError:
        return None


_SPECIAL_ROOTS = ("/dev/", "/proc/")


def _through_special(path: str) -> bool:
    """True when ``path``, or a symbolic link on the way to its file, is under ``/dev`` or ``/proc``:
    renaming a file over ``/dev/stdout`` would replace the device link itself, not write to stdout."""
    current = os.path.abspath(path)
    for _ in range(40):  # the kernel's own limit on a chain of links
        if current.startswith(_SPECIAL_ROOTS):
            return True
        try:
            link = os.readlink(current)
        except OSError:  # not a link (or gone): the chain ends here
            return False
        current = os.path.normpath(os.path.join(os.path.dirname(current), link))
    return False


def _direct(path: str) -> bool:
    """Written directly rather than by rename: a special file, or a path through ``/dev`` or ``/proc``."""
    st = _stat(path)
    return _through_special(path) or (st is not None and not stat.S_ISREG(st.st_mode))


def check_targets(targets: Sequence[tuple[str, str]], inputs: Sequence[str]) -> None:
    """Refuse, before any work, outputs that would overwrite an input, collide, or cannot be written.

    ``targets`` are (option, path) pairs such as ("-o", "brief.md"); ``inputs`` are the paths
    given. An output inside an input folder is refused only when that file exists and would
    be read (a hidden file is never read).
    """
    seen: dict[tuple[int, int] | str, str] = {}
    for option, path in targets:
        st = _stat(path)
        key: tuple[int, int] | str = (st.st_dev, st.st_ino) if st else os.path.realpath(path)
        if key in seen:
            raise OutputError(f"{option} {path}: the same file as {seen[key]}; give each output its own file")
        seen[key] = f"{option} {path}"
        if st is None:
            folder = os.path.dirname(os.path.abspath(path))
            if not os.path.isdir(folder):
                raise OutputError(f"cannot write {path}: the folder {folder} does not exist")
            continue
        if stat.S_ISDIR(st.st_mode):
            raise OutputError(f"cannot write {path}: it is a folder")
        if not stat.S_ISREG(st.st_mode):
            continue  # a FIFO, a device: written directly
        for given in inputs:
            if given == "-":
                continue
            ist = _stat(given)
            if ist is None:
                continue
            inside = stat.S_ISDIR(ist.st_mode) and _reads(given, path)
            if _same(ist, st) or inside:
                raise OutputError(f"{option} {path} names an input ({given}); it would be overwritten. "
                                  "Choose another output file")


def _reads(folder: str, path: str) -> bool:
    """Would reading ``folder`` read ``path`` (a file below it, not hidden)?"""
    rel = os.path.relpath(os.path.realpath(path), os.path.realpath(folder))
    parts = rel.split(os.sep)
    return not rel.startswith("..") and not any(p.startswith(".") for p in parts)


def _write_temp(path: str, data: bytes) -> str:
    """``data`` in a new temporary file beside ``path``, flushed to disk; returns its name."""
    folder = os.path.dirname(os.path.abspath(path))
    fd, temp = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        old = _stat(path)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temp, stat.S_IMODE(old.st_mode) if old else 0o666 & ~umask)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return temp


def _backup(path: str) -> str | None:
    """A hard link to the existing ``path`` (to put it back if a later rename fails), if possible."""
    if _stat(path) is None:
        return None
    folder = os.path.dirname(os.path.abspath(path))
    for _ in range(10):
        name = os.path.join(folder, f".{os.path.basename(path)}.{secrets.token_hex(4)}.bak")
        try:
            os.link(path, name)
        except FileExistsError:
            continue
        except OSError:  # a file system without hard links: no way back, but the renames still run
            return None
        return name
    return None


def _describe(path: str, err: OSError) -> OutputError:
    return OutputError(f"cannot write {path}: {err.strerror or err}")


def write_outputs(outputs: Sequence[tuple[str, str]]) -> None:
    """Write every (path, text) or none; ``OutputError`` (naming the file) when one cannot be written."""
    direct = [(p, t) for p, t in outputs if _direct(p)]
    regular = [(p, t) for p, t in outputs if not _direct(p)]
    temps: list[tuple[str, str]] = []  # (temp, target)
    try:
        for path, text in regular:
            real = os.path.realpath(path)  # a link to a file: that file is replaced, the link stays a link
            try:
                temps.append((_write_temp(real, text.encode("utf-8")), real))
            except OSError as err:
                raise _describe(path, err) from err
        for path, text in direct:
            try:
                with open(path, "wb") as fh:
                    fh.write(text.encode("utf-8"))
            except OSError as err:
                raise _describe(path, err) from err
        _rename_all(temps)
        temps = []
    finally:
        for temp, _ in temps:
            with contextlib.suppress(OSError):
                os.unlink(temp)


def _rename_all(temps: Sequence[tuple[str, str]]) -> None:
    """Rename every temporary file into place; on a failure, undo the renames already done."""
    backups = [_backup(target) for _, target in temps]
    done = 0
    try:
        for temp, target in temps:
            try:
                os.replace(temp, target)
            except OSError as err:
                raise _describe(target, err) from err
            done += 1
    except BaseException:
        for (_, target), backup in zip(temps[:done], backups, strict=False):
            with contextlib.suppress(OSError):
                if backup is not None:
                    os.replace(backup, target)
                else:
                    os.unlink(target)
        raise
    finally:
        for backup in backups:
            if backup is not None:
                with contextlib.suppress(OSError):
                    os.unlink(backup)


FORMAT_NAMES = {"md": "Markdown", "json": "JSON", "html": "HTML", "text": "text", "table": "table"}


def say_written(written: Sequence[tuple[str, str]], quiet: bool = False) -> None:
    """One line on stderr naming what was written: ``storyline: wrote brief.md (Markdown brief),
    brief.html (HTML brief)`` from (path, what) pairs; nothing with ``quiet`` or when nothing was
    written (the output went to stdout)."""
    import sys

    if written and not quiet:
        print("storyline: wrote " + ", ".join(f"{path} ({what})" for path, what in written), file=sys.stderr)
