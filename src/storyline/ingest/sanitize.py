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
* a character whose UTF-8 bytes were read as Latin-1 before it reached us ("â\\x80\\x94" for
  "—": a scrape's mojibake) is restored, when one of them holds a C1 control (never text, so
  the misreading is certain);
* any other C1 control but NEL is read as the windows-1252 character of its byte (U+0097 as
  "—": windows-1252 text read as Latin-1 holds them, and they are never text themselves);
* NUL and every other C0/C1 control character and DEL are removed (tab and
  newline stay).

Every repair but the newline conventions (``\r\n``, ``\r``: ordinary line ends) is said, never
silent: ``repairs`` describes what ``safe_text`` changed in a text (how many characters of which
kind), and those descriptions become the input's notes (``model.Note``), for a file in ``decode``
and for a record's fields in ``safe_document``.

Whether a file is binary rather than text is decided before this, from the
share of control bytes in the whole file (``decode.sniff_binary``), so one NUL
is treated the same at byte 10 and at byte 100,000.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import replace

from ..model import Note, RawDocument, Skipped
from .glyphs import repair_lost_glyphs

_SURROGATE = re.compile("[\ud800-\udfff]")
_LINE_BREAKS = re.compile("[\x0b\x0c\x85\u2028\u2029]")
_CONTROLS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f]")
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")
_NAME_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\ud800-\udfff]")  # names are one line


_C1 = re.compile("[\x80-\x9f]")
_MOJIBAKE = re.compile(
    "[\u00c2-\u00df][\u0080-\u00bf]|[\u00e0-\u00ef][\u0080-\u00bf]{2}|[\u00f0-\u00f4][\u0080-\u00bf]{3}"
)
"""A character's UTF-8 bytes read one by one as Latin-1 ("â\x80\x94" for "—", "Ã©" for "é")."""


def _utf8_of(chars: str) -> str | None:
    """The character whose UTF-8 bytes ``chars`` are, read as Latin-1; None when they are not one."""
    try:
        return chars.encode("latin-1").decode("utf-8")
    except UnicodeError:
        return None


def _mojibake(text: str) -> list[tuple[re.Match[str], str]]:
    """The characters of ``text`` that are UTF-8 read as Latin-1, each with what it was; none unless
    one of them holds a C1 control (U+0080–U+009F: never text, so the misreading is certain; then
    "Ã©" beside it is "é" too, not a capital A with a tilde and a copyright sign)."""
    if not _C1.search(text):
        return []
    found = [(m, c) for m in _MOJIBAKE.finditer(text) if (c := _utf8_of(m.group())) is not None]
    return found if any(_C1.search(m.group()) for m, _ in found) else []


def _restore(text: str, found: list[tuple[re.Match[str], str]]) -> str:
    out, at = [], 0
    for m, c in found:
        out += [text[at : m.start()], c]
        at = m.end()
    return "".join(out) + text[at:]


_WINDOWS_C1 = {chr(b): bytes([b]).decode("cp1252") for b in range(0x80, 0xA0)
               if b not in (0x81, 0x85, 0x8D, 0x8F, 0x90, 0x9D)}
"""A C1 control that stands for the windows-1252 character of its byte (U+0097 for "—", U+0092 for "’"):
what a windows-1252 text read as Latin-1 holds. NEL (U+0085) stays a line break."""
_STRAY_C1 = re.compile("[" + "".join(_WINDOWS_C1) + "]")


def safe_text(text: str) -> str:
    """``text`` as valid Unicode without control characters (see the module docstring)."""
    if not _UNSAFE.search(text):
        return text  # the common case: one scan, no copy
    text = _SURROGATE.sub("\ufffd", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _restore(text, _mojibake(text))
    text = _STRAY_C1.sub(lambda m: _WINDOWS_C1[m.group()], text)
    text = _LINE_BREAKS.sub("\n", text)
    return _CONTROLS.sub("", text)


_BREAK_NAMES = {"\x0b": "vertical tab", "\x0c": "form feed", "\x85": "NEL (U+0085)",
                "\u2028": "line separator (U+2028)", "\u2029": "paragraph separator (U+2029)"}
_CONTROL_NAMES = {"\x00": "NUL", "\x08": "backspace", "\x1b": "escape", "\x7f": "DEL"}


def _tally(found: list[str], names: dict[str, str]) -> str:
    """``"NUL ×2, U+0007 ×1"``: each kind of character found, most frequent first."""
    return ", ".join(f"{names.get(ch) or f'U+{ord(ch):04X}'} ×{n}" for ch, n in Counter(found).most_common())


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def repairs(text: str, where: str = "") -> list[str]:
    """What ``safe_text`` changes in ``text``, one description per kind of repair (none when it changes
    nothing but line ends); ``where`` (``"in the title"``) is added to each."""
    if not _UNSAFE.search(text):
        return []
    suffix = f" {where}" if where else ""
    out = []
    if surrogates := _SURROGATE.findall(text):
        out.append(f"replaced {_plural(len(surrogates), 'unreadable character')} (lone surrogate"
                   f"{'' if len(surrogates) == 1 else 's'}) with U+FFFD{suffix}")
        text = _SURROGATE.sub("\ufffd", text)
    if mangled := _mojibake(text):
        shown = list(dict.fromkeys(c for _, c in mangled))
        out.append(f"restored {_plural(len(mangled), 'character')} whose UTF-8 bytes had been read as Latin-1 "
                   f"({' '.join(shown[:6])}{' …' if len(shown) > 6 else ''}){suffix}")
        text = _restore(text, mangled)
    if stray := _STRAY_C1.findall(text):
        meant = Counter(_WINDOWS_C1[c] for c in stray).most_common()
        out.append(f"read {_plural(len(stray), 'C1 control character')} as the windows-1252 character"
                   f"{'' if len(stray) == 1 else 's'} {'it stands' if len(stray) == 1 else 'they stand'} for "
                   f"({', '.join(f'{c} ×{n}' for c, n in meant)}){suffix}")
        text = _STRAY_C1.sub(lambda m: _WINDOWS_C1[m.group()], text)
    if breaks := _LINE_BREAKS.findall(text):
        out.append(f"read {_plural(len(breaks), 'character')} as line breaks ({_tally(breaks, _BREAK_NAMES)})"
                   f"{suffix}" if len(breaks) > 1 else f"read a {_BREAK_NAMES[breaks[0]]} as a line break{suffix}")
    if controls := _CONTROLS.findall(text):
        out.append(f"removed {_plural(len(controls), 'control character')} ({_tally(controls, _CONTROL_NAMES)})"
                   f"{suffix}")
    return out


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
    """``raw`` with every string field valid Unicode (the same object when nothing needed changing).

    Each repair of a field is added to the document's notes, named by the document (``repairs``):
    control characters in a JSON field's text or title are removed, and the reader is told so. A
    "?" a PDF's text layer wrote for a lost ligature or apostrophe ("?rst", "don?t") is repaired where
    a word results (``glyphs``), and said too."""
    raw = _glyphs_repaired(raw)
    fields = (raw.text, raw.title, raw.outlet, raw.url)
    names = (raw.id, raw.story)
    if not any(f is not None and _UNSAFE.search(f) for f in fields) and not any(
        n is not None and _NAME_UNSAFE.search(n) for n in names
    ):
        return raw
    doc_id = safe_name(raw.id)
    said = [what for where, value in (("", raw.text), ("in the title", raw.title), ("in the outlet", raw.outlet),
                                      ("in the URL", raw.url)) if value is not None for what in repairs(value, where)]
    return RawDocument(
        id=doc_id,
        text=safe_text(raw.text),
        title=_optional(raw.title),
        outlet=_optional(raw.outlet),
        url=_optional(raw.url),
        published=raw.published,
        story=None if raw.story is None else safe_name(raw.story),
        source=raw.source,
        markup=raw.markup,
        notes=[*(Note(safe_name(n.input), safe_text(n.note)) for n in raw.notes), *(Note(doc_id, n) for n in said)],
    )


def _glyphs_repaired(raw: RawDocument) -> RawDocument:
    text, n = repair_lost_glyphs(raw.text)
    if not n:
        return raw
    said = (f"read {_plural(n, 'question mark')} inside words as the ligature or apostrophe "
            f"{'it' if n == 1 else 'they'} stood for (a PDF's lost glyphs: \"?rst\" → \"first\")")
    note = Note(safe_name(raw.id), said)
    return replace(raw, text=text, notes=[*raw.notes, note])


def safe_skipped(entry: Skipped) -> Skipped:
    """A skipped entry whose input and reason can be printed and written as JSON."""
    if _NAME_UNSAFE.search(entry.input) or _UNSAFE.search(entry.reason):
        return Skipped(safe_name(entry.input), safe_text(entry.reason))
    return entry
