"""A person and their organisation read as one name: "Tom Fenwick of Larkspur Media Group" (the person's name,
"of", a body the story also names alone) or "University of Aldermoor's Ana Velez" (a body's possessive, the body
written "X of Y", named alone or by its own words an organisation's, before a person of the story), or a body the
story names alone run straight into a full name the story tags a person's ("Transport Ministry Ana Velu", also when
the story's name is "Ana al-Velu": ents67; no title or "of" between; the person also named apart). Two names of the
story, each listed on its own: the run is no entry."""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..names import clean_name, name_key, org_by_form
from ..text import fold
from .evidence import _Evidence

_OF_BODY = re.compile(r"^([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+)[ \t]+of[ \t]+([A-Z].*)$")  # "Tom Fenwick of …"
_X_OF_Y = re.compile(r"^[A-Z][\w-]*[ \t]+of[ \t]+[A-Z]")  # "University of Aldermoor": a body's form
_BODY_S_PERSON = re.compile(r"^(.+?)['’]s[ \t]+([A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+)$")  # "… 's Ana Velez"


def person_and_body(name: str, ev: _Evidence) -> bool:
    """Is the name a person of the story and a body run together (module docstring)?"""
    if (m := _OF_BODY.match(name)) is not None:
        return _person(m.group(1), ev) and name_key(m.group(2)) in ev.keys
    if (m := _BODY_S_PERSON.match(name)) is not None:
        body = clean_name(m.group(1))
        return _person(m.group(2), ev) and (
            org_by_form(body) or name_key(body) in ev.keys or _X_OF_Y.match(body) is not None)
    return _body_then_person(name, ev)


def _body_then_person(name: str, ev: _Evidence) -> bool:
    """Is the name a body of the story (written alone or a body by form) and then a full name of two words or more
    the story tags a person's, with nothing between (module docstring)? Every cut is tried, the longest body first."""
    words = name.split()
    for cut in range(len(words) - 2, 0, -1):
        body, person = " ".join(words[:cut]), " ".join(words[cut:])
        if words[cut][:1].isupper() and not org_by_form(person) and _body(body, ev) and (
                (full := _full_name(person, ev)) is not None and _written_alone(full, body, ev.texts)):
            return True
    return False


def _written_alone(key: str, body: str, texts: Sequence[str]) -> bool:
    """Does the story write the person's name (its key's words, any case, a space or a hyphen between) somewhere
    not right after the body's name: the person is named apart ("ZQA Field Notes" alone names a journal)?"""
    pattern = re.compile(r"(?<![\w-])" + r"[\s-]+".join(map(re.escape, key.split())) + r"(?![\w-])", re.IGNORECASE)
    after_body = re.compile(re.escape(body) + r"[ \t]+$")
    return any(after_body.search(t, max(0, m.start() - len(body) - 2), m.start()) is None
               for t in texts for m in pattern.finditer(t))


def _body(name: str, ev: _Evidence) -> bool:
    """Is the name a body's: by its form, an acronym ("UN"), a name of two words or more the story writes and never
    tags a person's, or one word the story tags a body's thrice and never a person's (``org_words``)? Not a given
    name or a surname ("Ri" of "Ri Jong Chol", "Leila" of "Leila de Lima")."""
    k = name_key(name)
    if org_by_form(name) or len(name) >= 2 and name.isupper() and name.isalpha():
        return True
    if k in ev.people or any(fold(w) in ev.surnames or fold(w) in ev.first_names for w in name.split()):
        return False
    return k in ev.org_words or " " in k and k in ev.keys


def _full_name(name: str, ev: _Evidence) -> str | None:
    """Is the name (two words or more) a full name the story tags a person's more often than a body's ("Freedom
    Caucus" once a person's, mostly a body's, is no one), or that name without its middle words or particle ("Ana
    Velu" of "Ana al-Velu", "Ana B. Velu")? That name's key, or None."""
    k = name_key(name)
    if k in ev.people_first:
        return k
    first, last = k.split()[0], k.split()[-1]
    return next((p for p in sorted(ev.people_first) if len(w := p.split()) > 2 and w[0] == first and w[-1] == last),
                None)


def _person(name: str, ev: _Evidence) -> bool:
    """Is the full name, or its last word, tagged as a person's somewhere in the story?"""
    return name_key(name) in ev.people or name_key(name.split()[-1]) in ev.people
