"""A person's name written before "of" and a body's ("Ann Quarrow of Velbrook Hospital", "Patrick Tal-Shiu of the
Ardley Clinic"): the person is one of the body's people, not a word of its name. A span the model tagged a person,
of two words or more that open with a capital and hold no "of" or "and" of their own, is not grown over the "of"
into one organisation's name (``names.org_continuation``): the person and the body are each listed. A one-word span
("Mary| of Nazareth Hospital": a body named for someone) still grows."""

from __future__ import annotations

import re

from ..model import Mention

__all__ = ["affiliated_person"]

_OF_AFTER = re.compile(r"[ \t]+of[ \t]")
_NAME_WORD = re.compile(r"[A-Z][\w'’.-]*")


def affiliated_person(text: str, m: Mention) -> bool:
    """Is the mention a person's full name written before "of" and a body's (module docstring)?"""
    words = m.text.split()
    return (m.kind == "person" and len(words) >= 2 and all(_NAME_WORD.fullmatch(w) for w in words)
            and _OF_AFTER.match(text, m.end) is not None)
