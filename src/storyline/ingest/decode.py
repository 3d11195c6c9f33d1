"""Bytes to text: binary sniffing, encoding detection, newline normalisation.

Scraped news arrives in every encoding the web ever used. The order below
trusts explicit signals first (byte-order marks, valid UTF-8, a declared
charset) and guesses last, and it refuses to guess when the guess is weak:
a wrongly decoded file would put mojibake into a brief that claims to quote
its sources verbatim.
"""

from __future__ import annotations

import codecs
import re

from ..errors import BinaryInput, EmptyInput, EncodingError
from .sanitize import repairs, safe_text

# Longest first: the UTF-32-LE mark starts with the UTF-16-LE one.
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"PK\x03\x04", "a ZIP archive, e.g. DOCX/XLSX/EPUB"),
    (b"PK\x05\x06", "an empty ZIP archive"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (b"\x28\xb5\x2f\xfd", "zstd archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an old Microsoft Office file, e.g. DOC/XLS"),
    (b"\x7fELF", "an executable (ELF)"),
    (b"SQLite format 3\x00", "SQLite database"),
)

_SCRIPT_BLOCKS = re.compile(r"<(script|style)\b[^>]*>.*?</\1\s*>", re.I | re.S)  # a page's code, never text
_TAGS = re.compile(r"<[^<>]*>")  # a tag and its attributes (an SVG icon's id), never the page's text

# C0 controls other than tab, newline, vertical tab, form feed, carriage return; plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])
_CONTROL_CHARS = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_CONTROL_SHARE = 0.05  # more than this share of control characters (in the whole file): not text
_SNIFF = 65536  # bytes inspected for UTF-16 without a byte-order mark

# Characters that str.isspace() misses but that show nothing on a page.
_INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff"

_VALID_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_SURROGATE_ESCAPE = re.compile("[\udc80-\udcff]")
_ISO2022_ESCAPE = re.compile(rb"\x1b\$[@B)(]")  # ESC $ @, ESC $ B, ESC $ ( D, ESC $ ) C

# Multi-byte encodings whose detection is reliable even for short texts.
_MULTIBYTE = frozenset(
    {
        "utf_16", "utf_16_le", "utf_16_be", "utf_32", "utf_32_le", "utf_32_be",
        "shift_jis", "cp932", "euc_jp", "iso2022_jp", "euc_kr", "cp949", "iso2022_kr",
        "gb2312", "gbk", "gb18030", "big5", "big5hkscs", "cp950", "hz",
    }
)  # fmt: skip

# Labels that browsers (WHATWG) treat as windows-1252.
_CP1252_ALIASES = frozenset({"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "ascii", "us-ascii"})


def exact_size(n: int) -> str:
    """A size to the byte (``5,000,001 bytes``): a limit message must show which side of it a file is."""
    return f"{n:,} byte" + ("" if n == 1 else "s")


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``: downstream spans count one newline character."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def is_blank(text: str) -> bool:
    """True when the text shows nothing: whitespace, no-break spaces, zero-width characters."""
    return not text.strip().strip(_INVISIBLE).strip()


def sniff_binary(data: bytes) -> str | None:
    """Why these bytes are not text (``"looks like PDF"``), or None when they may be text.

    Bytes that start with a UTF-16/32 byte-order mark are never called binary
    here: their NUL bytes are part of the encoding.
    """
    if any(data.startswith(bom) for bom, _ in _BOMS if bom != codecs.BOM_UTF8):
        return None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return f"looks like {kind}"
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return f"looks like a RIFF {data[8:12].decode('ascii').strip()} file"
    if data:
        controls = len(data) - len(data.translate(None, _CONTROL_BYTES))
        if controls / len(data) > _CONTROL_SHARE:
            return f"{controls / len(data):.0%} control characters"
    return None


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """Mostly-ASCII UTF-16 saved without a byte-order mark (some Windows tools do this)."""
    if len(data) < 4 or len(data) % 2:
        return None
    head = data[:_SNIFF]
    even, odd = head[0::2], head[1::2]
    for zeros, other, codec in ((odd, even, "utf-16-le"), (even, odd, "utf-16-be")):
        if zeros.count(0) >= 0.9 * len(zeros) and other.count(0) <= 0.01 * len(other):
            try:
                return data.decode(codec), codec
            except UnicodeDecodeError:
                return None
    return None


def _iso2022(data: bytes) -> str | None:
    """7-bit ISO-2022 text (Japanese or Korean e-mail and old news feeds): it is valid ASCII, so
    strict UTF-8 would accept it and show the escape sequences as text."""
    for codec in ("iso2022_kr", "iso2022_jp_2") if b"\x1b$)C" in data else ("iso2022_jp_2", "iso2022_kr"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if "\x0e" not in text and "\x0f" not in text:  # shift codes left over: the wrong ISO-2022 variant
            return text
    return None


def _cp1252_char(byte: int) -> str:
    try:
        return bytes([byte]).decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return chr(byte)


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 with a few stray legacy bytes (pasted text), each read as windows-1252.

    Accepted only when valid multi-byte UTF-8 sequences outnumber the invalid
    bytes, so a genuinely legacy-encoded file is not read this way.
    """
    valid = len(_VALID_UTF8_MULTIBYTE.findall(data))
    if not valid:
        return None
    text = data.decode("utf-8", errors="surrogateescape")
    invalid = len(_SURROGATE_ESCAPE.findall(text))
    if invalid > valid:
        return None
    return _SURROGATE_ESCAPE.sub(lambda m: _cp1252_char(ord(m.group()) - 0xDC00), text)


# A run of this many non-ASCII characters in a row (not all punctuation) does not occur in
# Western text read as windows-1252 ("café", "Zürich", "São" have at most two), but it is
# what Cyrillic, Greek or CJK bytes look like when forced into windows-1252 ("íÏÓË×Á").
_FOREIGN_RUN = re.compile(r"[^\x00-\x7f\s]{3,}")
_PUNCTUATION_ONLY = re.compile(r"[\u2010-\u2027\u00a0-\u00bf\u00d7\u00f7\u0152\u0153\u0160\u0161\u0178"
                               r"\u017d\u017e\u0192\u02c6\u02dc\u20ac\u2122]+")
_WESTERN_FAMILY = frozenset(
    {
        "cp1252", "latin_1", "iso8859_15", "cp1250", "cp1257", "iso8859_2", "iso8859_3", "iso8859_4",
        "iso8859_9", "iso8859_10", "iso8859_13", "iso8859_14", "iso8859_16", "cp1254", "cp850", "cp437",
        "cp775", "cp858", "mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "ascii",
    }
)  # fmt: skip
_CONFIDENT_COHERENCE = 0.5  # charset-normalizer's language coherence that settles a single-byte guess
_ALTERNATIVES = 4  # runner-up guesses that must agree when coherence alone does not settle it


def _foreign_runs(text: str) -> int:
    """How many runs of 3+ non-ASCII characters (not only punctuation) the text holds."""
    return sum(1 for m in _FOREIGN_RUN.finditer(text) if not _PUNCTUATION_ONLY.fullmatch(m.group()))


def _western(data: bytes) -> str | None:
    """windows-1252 (which covers Latin-1) when the result reads like Western text.

    storyline is English-only, so this legacy encoding is by far the likeliest.
    Cyrillic, Greek or CJK bytes also decode in cp1252, but as words made almost
    entirely of accented letters and symbols (runs like "íÏÓË×Á"); those are
    left to the statistical detector, never quoted as mojibake.
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return text
    non_ascii = sum(1 for c in letters if ord(c) > 0x7F)
    if non_ascii / len(letters) > 0.4 or _foreign_runs(text):
        return None
    return text


def _guess(data: bytes) -> tuple[str | None, str]:
    """charset-normalizer's best guess when it is confident, else (None, why not).

    Confident means: little "chaos" in the decoded text, and either text that
    is mostly CJK (for a multi-byte code page), a clear language signal
    (coherence), or the runner-up guesses decoding the bytes to the same text.
    A guess in the Western family is never taken here: windows-1252 was tried
    before and rejected, so a Western code page would be a second guess at the
    same mojibake.
    """
    from charset_normalizer import from_bytes

    results = [r for r in from_bytes(data) if float(r.chaos) <= 0.1]
    if not results:
        return None, "no encoding gives readable text"
    best = results[0]
    encoding = str(best.encoding)
    names = ", ".join(dict.fromkeys(str(r.encoding) for r in results[:_ALTERNATIVES]))
    if encoding in _WESTERN_FAMILY:
        return None, f"the guesses ({names}) are uncertain"
    text = str(best)
    if encoding in _MULTIBYTE:
        # Almost any run of high bytes is "valid" in GBK or CP949: accept text that is mostly CJK,
        # or a guess all runners-up agree on.
        wide = sum(1 for c in text if ord(c) > 0x7F)
        visible = sum(1 for c in text if not c.isspace())
        if wide >= 20 and wide >= 0.5 * visible:
            return text, encoding
    elif float(best.coherence) >= _CONFIDENT_COHERENCE and not _foreign_runs_mixed(text):
        return text, encoding
    if len(results) > 1 and all(str(r) == text for r in results[1:_ALTERNATIVES]):
        return text, encoding
    if len(results) == 1:
        return None, f"the only guess ({names}) is uncertain"
    return None, f"the guesses ({names}) disagree"


def _foreign_runs_mixed(text: str) -> bool:
    """True when a run of non-ASCII characters mixes letters with symbols: mojibake, not a script."""
    for m in _FOREIGN_RUN.finditer(text):
        run = m.group()
        if any(c.isalpha() for c in run) and any(not c.isalpha() and c not in "\u00a0\u2019\u2018\u201c\u201d"
                                                 for c in run):
            return True
    return False


def _declared(data: bytes, charset: str) -> str | None:
    label = charset.strip().lower()
    if label in _CP1252_ALIASES:
        label = "cp1252"
    try:
        codecs.lookup(label)
        return data.decode(label)
    except (LookupError, UnicodeDecodeError):
        return None


def _legacy(data: bytes, declared_charset: str | None, name: str, at: int) -> tuple[str, str | None]:
    """The non-UTF-8 decodings, most trustworthy first, with a note saying how the bytes were read
    (None for the charset the page declares: the file said so); ``EncodingError`` when none is sure.
    ``at``: the byte offset of the first byte that is not UTF-8."""
    if declared_charset:
        text = _declared(data, declared_charset)
        if text is not None:
            return text, None
    found = _mostly_utf8(data)
    if found is not None:
        stray = len(_SURROGATE_ESCAPE.findall(data.decode("utf-8", errors="surrogateescape")))
        return found, (f"not valid UTF-8 at byte offset {at}; read as UTF-8 with {stray} stray "
                       f"byte{'' if stray == 1 else 's'} read as windows-1252")
    found = _western(data)
    if found is not None:
        return found, f"not valid UTF-8 at byte offset {at}; read as windows-1252"
    guessed, why = _guess(data)
    if guessed is None:
        raise EncodingError(
            name, f"cannot tell the encoding: not UTF-8, not Western (windows-1252) text, and {why}; "
            "save it as UTF-8"
        )
    encoding = why.upper().replace("_", "-")  # the guess's codec name
    return guessed, f"not valid UTF-8 at byte offset {at}; read as {encoding} (charset-normalizer's guess)"


def decode_bytes(data: bytes, name: str, *, declared_charset: str | None = None) -> str:
    """Decode bytes to text, or raise ``BinaryInput`` / ``EncodingError`` naming ``name``
    (``decode_noted``, without its note)."""
    return decode_noted(data, name, declared_charset=declared_charset)[0]


def decode_noted(data: bytes, name: str, *, declared_charset: str | None = None) -> tuple[str, str | None]:
    """Decode bytes to text, with a note when the encoding was not stated but inferred (UTF-16
    without a byte-order mark, windows-1252, a guess), else None; raise ``BinaryInput`` /
    ``EncodingError`` naming ``name``.

    Order: byte-order mark; binary signs; strict UTF-8; the charset the file
    declares (HTML meta); UTF-8 with a few stray legacy bytes; windows-1252;
    a confident charset-normalizer guess. Newlines are not touched here.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise EncodingError(
                    name, f"invalid {codec.upper()} after its byte-order mark ({err.reason})"
                ) from err
            _check_controls(text, name)
            return text, None
    if _ISO2022_ESCAPE.search(data):
        text_or_none = _iso2022(data)
        if text_or_none is not None:
            _check_controls(text_or_none, name)
            return text_or_none, None
    why = sniff_binary(data)
    if why is not None:
        found = _utf16_without_bom(data) if not why.startswith("looks like") else None
        if found is None:
            raise BinaryInput(name, f"binary file ({why})")
        _check_controls(found[0], name)
        return found[0], f"no byte-order mark; read as {found[1].upper()} (every other byte is 0)"
    note = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as err:
        text, note = _legacy(data, declared_charset, name, err.start)
    _check_controls(text, name)
    return text, note


def _check_controls(text: str, name: str) -> None:
    if text:
        controls = len(_CONTROL_CHARS.findall(text))
        if controls / len(text) > _CONTROL_SHARE:
            raise BinaryInput(name, f"binary file ({controls / len(text):.0%} control characters)")


def check_not_blank(text: str, name: str) -> None:
    """Raise ``EmptyInput`` when there is nothing to read."""
    if not text:
        raise EmptyInput(name, "empty file")
    if is_blank(text):
        raise EmptyInput(name, "file contains only whitespace")


def read_bytes_as_text(data: bytes, name: str, *, declared_charset: str | None = None) -> str:
    """Bytes of a text file to a ``str`` with ``\\n`` newlines, for any reader that needs it
    (``read_noted``, without its note)."""
    return read_noted(data, name, declared_charset=declared_charset)[0]


def read_noted(data: bytes, name: str, *, declared_charset: str | None = None,
               markup: bool = False) -> tuple[str, list[str]]:
    """Bytes of a text file to a ``str`` with ``\\n`` newlines, and the notes a reader should see:
    ``decode_noted``'s note on how the bytes were read (none when the encoding was stated or the
    bytes are valid UTF-8), then each repair ``sanitize.safe_text`` made (control characters
    removed, form feeds read as line breaks: ``sanitize.repairs``). ``markup``: the text is an HTML page,
    and the repairs said are those outside its ``<script>`` and ``<style>`` blocks (a script's string is
    never read as the page's text, so a line break inside one is no note a reader needs; inputs31) and outside
    its tags (an attribute's characters are no text either: read42, an SVG icon's id; inputs39).

    Raises ``BinaryInput``, ``EncodingError`` or ``EmptyInput`` (all naming
    ``name``) so that callers can turn them into ``Skipped`` entries. The text
    is otherwise unchanged: no quote or space normalisation (that is cleaning).
    """
    if not data:
        raise EmptyInput(name, "empty file")
    text, note = decode_noted(data, name, declared_charset=declared_charset)
    text = normalise_newlines(text)
    notes = [note] if note is not None else []
    notes += repairs(_TAGS.sub(" ", _SCRIPT_BLOCKS.sub("", text)) if markup else text)
    text = safe_text(text)
    check_not_blank(text, name)
    return text, notes
