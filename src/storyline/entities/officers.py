"""A body's officer's title the model took into the body's name: "CEO and Founder of Acme Robotics Inc." tagged
"Founder of Acme Robotics Inc." (an organisation). An organisation's span that opens on an officer's title
(lexicon/officer_titles.txt) and "of", before a name its own words make a body's ("… Inc.", "… Authority":
``names.org_by_form``), is that body's name: the title is the person's, not the body's. "Bank of Ardley" (no
title) and "President of Ardley" (no body's word after "of") are left as they are."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Mention
from ..names import org_by_form

__all__ = ["without_officer"]

_TITLES = lexicon.alternation(lexicon.words("officer_titles"))
_TITLED = re.compile(r"^(?:(?:the|The)[ \t]+)?(?:" + _TITLES + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])",
                     re.IGNORECASE)


def without_officer(m: Mention) -> Mention | None:
    """The organisation's mention without the officer's title and "of" it opens on (module docstring), or None."""
    if m.kind != "org" or (hit := _TITLED.match(m.text)) is None or not org_by_form(rest := m.text[hit.end() :]):
        return None
    return Mention(m.doc, m.start + hit.end(), m.end, rest, m.kind, m.counted)
