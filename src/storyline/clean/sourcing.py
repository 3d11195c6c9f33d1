"""Notes on a web page the brief cannot vouch for: too little text to brief, or no publisher, date or byline.

Two signs a saved page is not a report to brief as news, read after cleaning (bench/BRIEF_REVIEW.md, "inputs30":
a lyrics page of 12 words briefed with an empty summary; a test page and a personal essay briefed with no outlet,
no date and no word about it):

* the cleaned text holds fewer than ``MIN_BRIEF_WORDS`` words and ``MIN_BRIEF_CHARS`` characters: too short to
  brief, said instead of an empty summary;
* the page names no publisher (no outlet from its metadata or masthead), states no date (none in its tags, its
  address or a date line) and carries no byline (no line removed as one): nothing says who published it or when,
  so it is noted as such.

A third is a page's date that is not its text's: a note set apart from the text says the story first ran elsewhere
("This article originally appeared on VICE US.", removed as a republication note) and the page's date is the
republication's, so a day the text counts from its own ("yesterday") is a day or more off; the timeline leaves such
days out (``timeline.republished``) and the note says why (time31).

A fourth is a text that breaks off: its last line stops mid-sentence on an ellipsis ("… endorsed Mr. Kerry's
proposal to restart ...", a word in lower case or a comma before it, no quotation closing after it) in a text of a
few paragraphs (at most ``_MAX_CUT_TEXT_WORDS`` words), as a subscribers' preview or an excerpt ends where the page
stops showing the story (inputs45: WSJ's preview). The brief then holds only the story's opening, and the note says
so. A long text's cut last line is a box's (a company profile's "… for Harvard students. It..."), not the story's.

A fifth is a write-up of another outlet's report (``writeups``, inputs50): the page cites its account to that
outlet ("… BBC News reports.", "[BBC News]"), and the note names it.

All are notes, not skips: the page is still briefed, and its reader is told.
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import Note, Removed
from .lines import nwords
from .reasons import Reason
from .writeups import writeup_note

MIN_BRIEF_WORDS = 40
MIN_BRIEF_CHARS = 300  # and as many characters: a text in a script written without spaces counts few "words"
CUT_TEXTS = True
"""Switch: a text whose last line breaks off on an ellipsis is noted (module docstring; inputs45)."""
_CUT = re.compile(r"(?:[a-z]|[a-z],)\s*(?:\.\.\.|…)\s*$")
_MIN_CUT_LINE_WORDS = 8  # a short last line ending "..." is a pointer ("Read more ..."), not a sentence cut off
_MAX_CUT_TEXT_WORDS = 300  # a preview shows a few paragraphs; a long text's cut last line is a box's (a profile's)


def cut_line(text: str) -> str | None:
    """The text's last line when it breaks off mid-sentence on an ellipsis (module docstring), else None."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines or nwords(lines[-1]) < _MIN_CUT_LINE_WORDS or not _CUT.search(lines[-1]):
        return None
    if nwords(text) > _MAX_CUT_TEXT_WORDS:
        return None
    return lines[-1]


def page_notes(
    name: str, text: str, outlet: str | None, published: dt.date | None, removed: list[Removed]
) -> list[Note]:
    """The notes (module docstring) on a cleaned web page named ``name``."""
    notes = []
    words = nwords(text)
    if words < MIN_BRIEF_WORDS and len(text) < MIN_BRIEF_CHARS:
        notes.append(Note(name, f"too short to brief ({words} words of text after cleaning); its summary may be empty"))
    if not outlet and published is None and not any(r.reason == Reason.BYLINE for r in removed):
        notes.append(Note(name, "no publisher or date found (no outlet, date or byline on the page); "
                                "its source and time are unknown"))
    cut = cut_line(text) if CUT_TEXTS else None
    if cut is not None:
        tail = " ".join(cut.split()[-4:])
        notes.append(Note(name, f"the text breaks off mid-sentence ('… {tail}'): the page shows only the story's "
                                "opening (a subscribers' preview or an excerpt), so the brief holds only that part"))
    writeup = writeup_note(text, outlet, removed)
    if writeup is not None:
        notes.append(Note(name, writeup))
    first = next((r.text for r in removed if r.reason == Reason.REPUBLISHED), None)
    if first is not None and published is not None:
        notes.append(Note(name, f'first published elsewhere ("{first}"): its date is the republication\'s, so a day '
                                'its text counts from its own ("yesterday", "today") is not dated'))
    return notes
