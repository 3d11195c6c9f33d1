"""A write-up of another outlet's report: the outlet its account is credited to, noted on the page (inputs50).

An aggregator may tell a story wholly from another outlet's report: The Week's "… in time, BBC News reports.",
"co-author Andrew Weiner tells BBC News", and "[BBC News]" closing the paragraph of the professor's words it copied.
Briefed as it stands, it is one more independent source for what it only retells. When that outlet's report is in the
input, ``retold`` groups the two; when it is not, the brief can still say what the page is: ``written_from`` names
each outlet the text credits in a citation of its own, a bracketed name closing a paragraph after a quotation or a
sentence ("… it splits apart." [Nature]), that it also credits in its text by a credit cue or reporting verb of
``retold`` ("according to …", "… reports", "tells …"); ``writeup_note`` says the page is a write-up of those outlets'
reports. The page's own outlet is never one. A bracketed name the text credits nowhere else (a transcript's
"[Applause]", however often), or a report citing another outlet in a sentence ("… told the BBC."), is none: original
reports do that.
"""

from __future__ import annotations

import re

from ..ingest.titles import site_key
from ..retold import credits

WRITEUPS = True
"""Switch: a page that credits its account to another outlet by bracketed citations is noted a write-up."""
_BRACKET = re.compile(r"[\"”’.!?]\s*\[(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})\]\s*$", re.M)


def written_from(text: str, outlet: str | None) -> list[str]:
    """The outlets ``text`` cites as its account's source (module docstring), in the order it first cites them."""
    if not WRITEUPS:
        return []
    found = [m.group("name") for m in _BRACKET.finditer(text)]
    own = site_key(outlet or "")
    plain = _BRACKET.sub(".", text)
    names: list[str] = []
    for name in dict.fromkeys(found):
        if own and site_key(name) in (own, own.removeprefix("the")):
            continue
        if credits(plain, name):
            names.append(name)
    return names


def writeup_note(text: str, outlet: str | None) -> str | None:
    """The note on a write-up of other outlets' reports, or None."""
    names = written_from(text, outlet)
    if not names:
        return None
    cited = ", ".join(f"[{n}]" for n in names)
    return (f"a write-up of {' and '.join(names)}'s reporting (it cites its account to {cited}): not an "
            "independent source for what it retells")
