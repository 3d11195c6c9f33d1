"""A body's officer's title the model took into the body's name: "CEO and Founder of Acme Robotics Inc." tagged
"Founder of Acme Robotics Inc." (an organisation). An organisation's span that opens on an officer's title
(lexicon/officer_titles.txt) and "of", before a name its own words make a body's ("… Inc.", "… Authority":
``names.org_by_form``), is that body's name: the title is the person's, not the body's. "Bank of Ardley" (no
title) and "President of Ardley" (no body's word after "of") are left as they are. A body's span that ends on an
officer's title written before the officer's name ("Acme CIO| Jo Kerr", ``venture_cues.toml``'s
``roles_before_name``) is cut before the title: the body is "Acme"."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Mention
from ..names import org_by_form

__all__ = ["without_officer", "without_role_after"]

_TITLES = lexicon.alternation(lexicon.words("officer_titles"))
_ROLES_BEFORE_NAME = lexicon.alternation(lexicon.document("venture_cues")["roles_before_name"], space=r"[ \t]+")
_ENDS_ON_ROLE = re.compile(r"[ \t]+(?i:" + _ROLES_BEFORE_NAME + r")$")
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][a-z]")
_TITLED = re.compile(r"^(?:(?:the|The)[ \t]+)?(?:" + _TITLES + r")[ \t]+of[ \t]+(?:the[ \t]+)?(?=[A-Z])",
                     re.IGNORECASE)


def without_officer(m: Mention) -> Mention | None:
    """The organisation's mention without the officer's title and "of" it opens on (module docstring), or None."""
    if m.kind != "org" or (hit := _TITLED.match(m.text)) is None or not org_by_form(rest := m.text[hit.end() :]):
        return None
    return Mention(m.doc, m.start + hit.end(), m.end, rest, m.kind, m.counted)


def without_role_after(m: Mention, text: str) -> Mention | None:
    """The organisation's mention without the officer's title it ends on before the officer's name ("Acme CIO| Jo
    Kerr": module docstring), or None."""
    if m.kind != "org" or (hit := _ENDS_ON_ROLE.search(m.text)) is None or _NAME_AFTER.match(text, m.end) is None:
        return None
    return Mention(m.doc, m.start, m.start + hit.start(), m.text[: hit.start()], m.kind, m.counted)
