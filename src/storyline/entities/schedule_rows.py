"""A schedule's row the model read as one name: "Irving, TX @ Toyota Music Factory" (a tour-dates list writes the
town, its postal code, "@" and the venue) gives "TX @ Toyota Music Factory". The name is the venue's, after the
last "@" written between spaces, with the capitalised words the model left off the row's end ("CA @ Shoreline|
Amphitheatre"; up to a date, "… June 14"), and a venue is an organisation's kind of name, whatever the model tagged
it; a span with nothing after its "@" ("TX @") names nothing. So is a dated row's first name, after the day and a
dash and before the town and its state's code ("June 4 -- Tarn Music Park at Alder Creek, Bexford, NM"), whole: a
venue's."""

from __future__ import annotations

import re

from ..model import Mention

__all__ = ["after_at", "row_venue"]

_AT = re.compile(r"(?:^|\s)@(?:\s+|$)")  # "@" as a word: a handle ("@nytimes") or an address is no row
# "VA @ |Veterans United Home", "VA @ Jiffy |Lube Live": the model's span starts after the "@" or its first words
_AT_BEFORE = re.compile(r"\s@[ \t]+((?:[A-Z][\w&'’.-]*[ \t]+)*)$")
_MORE = re.compile(r"(?:[ \t]+[A-Z][\w&'’.-]*(?![\w&'’.-]|[ \t]+\d))*")  # "… Amphitheatre", not "June| 14"


def after_at(m: Mention, text: str) -> Mention | None:
    """The mention cut to what follows its last spaced "@" (or starting in a row's venue, taking in the venue's
    words before it) and grown to the row's end, or None when nothing named follows; the mention itself when it
    holds no such "@"."""
    last = next(reversed(list(_AT.finditer(m.text))), None)
    if last is None:
        at = _AT_BEFORE.search(text, max(0, m.start - 60), m.start)
        return _grown(m, at.start(1), text) if at is not None else m
    rest = m.text[last.end() :]
    if not any(ch.isalpha() for ch in rest):
        return None
    return _grown(m, m.start + last.end(), text)


def _grown(m: Mention, start: int, text: str) -> Mention:
    """A row's venue from ``start``, with the capitalised words the model left off its end: an organisation's."""
    end = grown.end() if (grown := _MORE.match(text, m.end)) is not None else m.end
    return Mention(m.doc, start, end, text[start:end], "org", m.counted)


_ROW_OPENING = re.compile(r"(?:^|\n)[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}[ \t]*[-–—]{1,2}[ \t]*$")  # "June 4 -- "
_VENUE_REST = re.compile(r"(?:[ \t]+(?:at[ \t]+)?[A-Z][\w&'’.-]*)*(?=,[ \t]*[A-Z][\w.'’ -]*,[ \t]*[A-Z]{2}\b)")


def row_venue(m: Mention, text: str) -> Mention:
    """A dated row's venue, whole and an organisation's (module docstring); else the mention itself."""
    if _ROW_OPENING.search(text, max(0, m.start - 20), m.start) is None:
        return m
    rest = _VENUE_REST.match(text, m.end)
    if rest is None:
        return m
    return Mention(m.doc, m.start, rest.end(), text[m.start : rest.end()], "org", m.counted)
