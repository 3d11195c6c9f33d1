"""Two names of a list the model read as one: the last two joined by "and" ("Ashby, Corral, Vantage News and
TVQ": "Vantage News and TVQ", the other side an acronym or a name the story writes alone), or two run together
over the list's comma ("a partnership between the University of Wessex, Heritage Wessex, the …": "University of
Wessex, Heritage Wessex", the part after the comma a name the story writes alone, no place and no legal ending).
Neither is one actor's name: not listed (each is listed where the story writes it alone)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from ..model import Analysis
from ..names import clean_name, display_form, name_key
from .shapes import LEGAL_SUFFIXES

_LIST_BEFORE = re.compile(r"[A-Z][\w.&'’-]*,[ \t]+(?:the[ \t]+)?$")  # "Corral, |", "Corral, the |"
_ACRONYM = re.compile(r"[A-Z]{2,}")


def _list_end(name: str, keys: Collection[str]) -> bool:
    """"Vantage News and TVQ": two names by "and", one side an acronym or a name written alone."""
    left, sep, right = name.partition(" and ")
    return bool(sep) and bool(left) and right[:1].isupper() and (
        _ACRONYM.fullmatch(right) is not None or name_key(left) in keys or name_key(right) in keys)


def _comma_run(name: str, keys: Collection[str], places: Collection[str]) -> bool:
    """"University of Wessex, Heritage Wessex": the part after the comma a name of its own the story writes."""
    left, sep, right = name.partition(", ")
    k = name_key(right)
    return (bool(sep) and right[:1].isupper() and k in keys and k not in places and " " in left
            and not any(w.lower().strip(".") in LEGAL_SUFFIXES for w in right.split()))


def run_together(analyses: Sequence[Analysis], keys: Collection[str], places: Collection[str]) -> set[str]:
    """Keys of names that are two names of a list (module docstring); ``keys``: every key of the story;
    ``places``: the keys of its placed names."""
    out = set()
    for a in analyses:
        for m in a.mentions:
            if m.kind == "place":
                continue
            name = clean_name(display_form(m.text))
            listed = _LIST_BEFORE.search(a.doc.text, max(0, m.start - 40), m.start) is not None
            if (listed and _list_end(name, keys)) or _comma_run(name, keys, places):
                out.add(name_key(name))
    return out
