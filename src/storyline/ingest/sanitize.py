"""The one sanitising boundary: every string that enters the data model is valid Unicode.

Text reaches storyline from bytes (decoded in ``decode``), from JSON escapes
(``"\\udcff"`` is legal JSON but not a character) and from file names (bytes
that are not UTF-8 arrive as surrogate escapes). spaCy, ``json.dumps`` and the
output files all fail on a lone surrogate, and NULs or control characters
make a quoted sentence differ from what a reader sees. So one function,
``safe_text``, handles them the same way wherever they occur:

* a lone surrogate (U+D800–U+DFFF) becomes U+FFFD, the replacement character,
  so the reader sees that something unreadable was there;
* vertical tab, form feed, NEL (U+0085) and the Unicode line and paragraph
  separators become ``\\n`` (they are line breaks to ``str.splitlines``; one
  kind of line break keeps every span count the same);
* ``\\r\\n`` and a lone ``\\r`` become ``\\n`` (in titles and JSON fields too, not
  only in decoded files);
* NUL and every other C0/C1 control character and DEL are removed (tab and
  newline stay).

Whether a file is binary rather than text is decided before this, from the
share of control bytes in the whole file (``decode.sniff_binary``), so one NUL
is treated the same at byte 10 and at byte 100,000.
"""

from __future__ import annotations

import os
import re

from ..model import Note, RawDocument, Skipped

_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # names are one line


def safe_text(text: str) -> str:
    """``text`` as valid Unicode without control characters (see the module docstring)."""
    if not _UNSAFE.search(text):
        return text  # the common case: one scan, no copy
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


def safe_name(name: str) -> str:
    """A path or name as a printable, valid-Unicode id.

    Bytes of a file name that are not UTF-8 arrive as surrogate escapes
    (``os.fsdecode``); they are shown as ``\\xNN``, as Python and most shells
    print them, so the id is unique, readable and still names the real file.
    Control characters in a name are shown the same way.
    """
    if not _NAME_UNSAFE.search(name):
        return name
    try:
        raw = os.fsencode(name)
    except UnicodeError:  # a surrogate that is not an escaped byte (from JSON, not a file name)
        raw = name.encode("utf-8", "surrogatepass")
    text = raw.decode("utf-8", "backslashreplace")
    text = _SURROGATE.sub("\ufffd", text)
    return _NAME_UNSAFE.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else "\ufffd", text)


def _optional(value: str | None) -> str | None:
    return None if value is None else safe_text(value)


def safe_document(raw: RawDocument) -> RawDocument:
    """``raw`` with every string field valid Unicode (the same object when nothing needed changing)."""
    fields = (raw.text, raw.title, raw.outlet, raw.url)
    names = (raw.id, raw.story)
    if not any(f is not None and _UNSAFE.search(f) for f in fields) and not any(
        n is not None and _NAME_UNSAFE.search(n) for n in names
    ):
        return raw
    return RawDocument(
        id=safe_name(raw.id),
        text=safe_text(raw.text),
        title=_optional(raw.title),
        outlet=_optional(raw.outlet),
        url=_optional(raw.url),
        published=raw.published,
        story=None if raw.story is None else safe_name(raw.story),
        source=raw.source,
        notes=[Note(safe_name(n.input), safe_text(n.note)) for n in raw.notes],
    )


def safe_skipped(entry: Skipped) -> Skipped:
    """A skipped entry whose input and reason can be printed and written as JSON."""
    if _NAME_UNSAFE.search(entry.input) or _UNSAFE.search(entry.reason):
        return Skipped(safe_name(entry.input), safe_text(entry.reason))
    return entry
