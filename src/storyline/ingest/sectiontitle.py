"""A section's banner taken as the title: the page's headline instead.

trafilatura takes a page's only ``<h1>`` as its title. A site may set its section's name in that ``<h1>``, a
banner over every page of the section ("Allergies Health Center"), and the report's headline in the ``<title>``
and again as a lower heading over the text (``<h2>Babies Who Eat …</h2>``): the brief was titled by the section
and the headline stayed in the text as its first line (bench/BRIEF_REVIEW.md, "inputs38").

``headline_over_section`` gives the headline when the title is the page's only ``<h1>``, the ``<title>`` does not
hold it, and an ``<h2>`` or ``<h3>`` of the page is the ``<title>``, or its first part before a separator ("Headline
- Site"): the page then names its headline twice, the ``<h1>`` only once. Or when the text opens with an ``<h2>``
or ``<h3>`` nearly all of whose words the ``<title>`` holds (``OPENING_HEADINGS``). Else the title
stays.
"""

from __future__ import annotations

import re
from typing import Any

SECTION_TITLES = True
"""Switch: a title that is a section's ``<h1>`` banner gives way to the headline the page sets twice."""
OPENING_HEADINGS = True
"""Switch: a section's ``<h1>`` gives way to an ``<h2>``/``<h3>`` that opens the text when nearly all its words are
the page's ``<title>``'s, a longer wording of it (inputs46: WebMD's "Diabetes Health Center" over "FDA Panel Votes to
Change Restrictions on Avandia", its ``<title>`` "FDA Panel Votes to Change Tight Restrictions on Diabetes Drug
Avandia – WebMD")."""
SHARED_WORD_SHARE = 0.8
_WORD = re.compile(r"[\w'’]+")
_SEPARATOR = re.compile(r"\s+(?:--|[-|–—]|::)\s")


def _text(el: Any) -> str:
    return " ".join(el.xpath("string()").split())


def headline_over_section(title: str | None, tree: Any, first_line: str = "") -> str | None:
    """``title``, or the headline the ``<title>`` and a lower heading both give, or a lower heading that is the text's
    ``first_line`` and a shorter wording of the ``<title>`` (module docstring)."""
    if not SECTION_TITLES or not title or tree is None:
        return title
    if [_text(h) for h in tree.iter("h1")] != [" ".join(title.split())]:
        return title
    stated = next((_text(t) for t in tree.iter("title")), "")
    if not stated or title.lower() in stated.lower():
        return title
    for heading in (_text(h) for h in tree.iter("h2", "h3")):
        if heading and (stated == heading or (stated.startswith(heading) and _SEPARATOR.match(stated[len(heading):]))):
            return heading
    line = " ".join(first_line.split())
    if OPENING_HEADINGS and line and _shares_words(line, stated) \
            and any(_text(h) == line for h in tree.iter("h2", "h3")):
        return line
    return title


def _shares_words(line: str, stated: str) -> bool:
    """At least ``SHARED_WORD_SHARE`` of ``line``'s words are words of ``stated`` (the page's ``<title>``)."""
    words, known = _WORD.findall(line.lower()), set(_WORD.findall(stated.lower()))
    return bool(words) and sum(w in known for w in words) >= SHARED_WORD_SHARE * len(words)
