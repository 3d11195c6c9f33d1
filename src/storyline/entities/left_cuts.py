"""A company's name the model cut after its first word ("Quite| Velm" tagged "Velm"): the capitalised word right
before an organisation's mention is part of its name when the story never writes the word in lower case (a common
word capitalised as a name's: "Just", "Tell"), writes the two together at least twice, and never writes the mention's
name without the word before it. A month, a weekday, an honorific or a title's word before it ("Judge", "Senator")
is none of the name; a word another mention ends on is that mention's. The words before are part of the name too
when the story tags them alone as a body's name elsewhere ("Tell Velm| Digital, an advertising firm" beside "a
partner at Tell Velm": the firm's short name) and never writes the mention's name without them."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..names import HONORIFICS, JOB_TITLES
from .cache_tags import LOWER_WORD, NAME_WITHOUT_WORD, WORD_AND_NAME
from .evidence import _Evidence

__all__ = ["written_before"]

WHOLE_NAME_USES = 2
"""The word and the name are written together at least this often in the story."""

_WORD_BEFORE = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]+)[ \t]+$")
_CALENDAR = frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))
_TITLE_MODIFIERS = lexicon.words("title_modifiers")


_WORDS_BEFORE = re.compile(r"(?<![\w&'’.-])((?:[A-Z][\w’'&-]*[ \t]+){1,3})$")


def written_before(text: str, m: Mention, ends: set[int], ev: _Evidence,
                   mentions: Sequence[Mention] = ()) -> Mention | None:
    """The mention with the word written right before it taken in (module docstring), or None."""
    if (short := _short_name_before(text, m, ends, ev, mentions)) is not None:
        return short
    hit = _WORD_BEFORE.search(text, max(0, m.start - 24), m.start)
    if hit is None or hit.end(1) in ends or " " in m.text.strip():
        return None
    word = hit.group(1)
    low = word.lower()
    if low in _CALENDAR or word in HONORIFICS or low in JOB_TITLES or word in _TITLE_MODIFIERS:
        return None
    whole = f"{word} {m.text}"
    if _count(ev, LOWER_WORD + low, r"\b" + re.escape(low) + r"\b") or _count(
            ev, WORD_AND_NAME + whole, r"(?<![\w-])" + re.escape(whole) + r"(?![\w-])") < WHOLE_NAME_USES:
        return None
    alone = r"(?<![\w-])(?<!" + re.escape(word) + r" )" + re.escape(m.text) + r"(?![\w-])"
    if _count(ev, NAME_WITHOUT_WORD + whole, alone):
        return None
    return Mention(m.doc, hit.start(1), m.end, text[hit.start(1) : m.end], m.kind, m.counted)


def _short_name_before(text: str, m: Mention, ends: set[int], ev: _Evidence,
                       mentions: Sequence[Mention]) -> Mention | None:
    """The mention with the capitalised words before it taken in when another mention is those words alone, as a
    body's ("Tell Velm"), and the story never writes the mention's name without them."""
    hit = _WORDS_BEFORE.search(text, max(0, m.start - 48), m.start)
    if hit is None or len(text[: m.start].rstrip()) in ends or " " in m.text.strip():
        return None
    shorts = {o.text.strip() for o in mentions if o.kind == "org" and not hit.start(1) <= o.start < m.start}
    words = hit.group(1).split()
    at = next((i for i in range(len(words)) if " ".join(words[i:]) in shorts), None)
    if at is None:
        return None
    short = " ".join(words[at:])
    alone = r"(?<![\w-])(?<!" + re.escape(short) + r" )" + re.escape(m.text) + r"(?![\w-])"
    if _count(ev, NAME_WITHOUT_WORD + short + " " + m.text, alone):
        return None
    start = text.rindex(short, 0, m.start)
    return Mention(m.doc, start, m.end, text[start : m.end], m.kind, m.counted)


def _count(ev: _Evidence, key: str, pattern: str) -> int:
    if ev.written.get(key) is None:
        ev.written[key] = sum(len(re.findall(pattern, t)) for t in ev.texts)
    return ev.written[key]
