"""Rank a story's names by what corroborates them, not by a rule per kind of junk (ents20; off by default).

A real person or body is usually corroborated: named by two reports or more; written several times, tagged one
kind; shaped like a known name (a common given name and a surname, an organisation's word, a known body, an
acronym); or written with a cue that says what it is (an honorific or an occupation before it, "who" or a verb of
saying after it, "the company X"). A fragment, a common word, a work's title or a product the model took for a
name is often none of these: one mention, in one report. With ``on = true`` in ``lexicon/corroboration.toml``
(the settings are data) the entities stage lists such uncorroborated names after the corroborated ones, each group
in the stage's order (reports, then mentions); nothing is dropped. Off by default: on the reads it was tuned on it
took 4 of 23 junk entries out of the top 20s, on the check reads none of 6 (bench/BRIEF_REVIEW.md, "ents20"), and a
single mention in one report is as often a real name said in passing as junk, so it is no reason to drop a name.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from .. import lexicon
from ..model import Entity
from ..names import (
    FIRST_NAME_GENDERS,
    ORG_SUFFIXES,
    company_use,
    is_known_org,
    org_by_form,
    person_use,
    speaks_use,
)
from ..text import fold
from .common_words import ordinary_word
from .roles import described_person, masthead, titled_person
from .shapes import LEGAL_SUFFIXES

__all__ = ["Support", "corroborated", "ranked"]

_SETTINGS = lexicon.document("corroboration")["corroboration"]
ON: bool = bool(_SETTINGS["on"])
MIN_REPORTS: int = int(_SETTINGS["min_reports"])
MIN_MENTIONS: int = int(_SETTINGS["min_mentions"])
KIND_SHARE: float = float(_SETTINGS["kind_share"])
ACRONYM_LETTERS: int = int(_SETTINGS["acronym_letters"])


@dataclass(frozen=True, slots=True)
class Support:
    """What the stage counted for one entity: its mentions, and the share of its names' tags that are its kind."""

    mentions: int
    kind_share: float = 1.0


def known_shape(e: Entity, texts: Sequence[str]) -> bool:
    """A name shaped like a known one: a person's two words or more in title case, the first a common given name
    (lexicon/first_names.tsv) or one no ordinary English word ("Ann Quarrow"; not "Deep Throat"); an organisation's
    word in it ("University of …", "… Authority"), a legal ending ("Inc."), a masthead ("… Post"), a known body
    (lexicon/known_orgs.tsv) or an acronym the story never writes as a lower-case word ("FBI"; not "DOOR" beside
    "the door")."""
    words = e.name.split()
    if e.kind == "person":
        return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words) and (
            fold(words[0]) in FIRST_NAME_GENDERS or not all(ordinary_word(w) for w in words))
    if len(words) >= 2 and (any(w.rstrip(".,") in ORG_SUFFIXES for w in words) or masthead(e.name)
                            or fold(words[-1].rstrip(".")) in LEGAL_SUFFIXES):
        return True
    return org_by_form(e.name) or is_known_org(e.name) or _acronym(e.name, texts)


def _acronym(name: str, texts: Sequence[str]) -> bool:
    """A name of ``ACRONYM_LETTERS`` capitals or fewer the story never writes in lower case."""
    if not (2 <= len(name) <= ACRONYM_LETTERS and name.isalpha() and name.isupper()):
        return False
    low = re.compile(r"(?<![\w-])" + name.lower() + r"(?![\w-])")
    return not any(low.search(t) for t in texts)


def _cued(form: str, text: str) -> bool:
    """Is the form written somewhere in the text with a cue of what it is: an honorific or an occupation before
    it, "who", a verb of saying or a kin word after it, a business's noun around it?"""
    for m in re.finditer(r"(?<![\w-])" + re.escape(form) + r"(?![\w-])", text):
        start, end = m.start(), m.end()
        if (person_use(text, start, end) or speaks_use(text, end) or titled_person(text, start, form)
                or described_person(text, end, form) or company_use(text, start, end)):
            return True
    return False


def corroborated(e: Entity, support: Support, texts: Sequence[str]) -> bool:
    """Does the story corroborate the entity (module docstring)?"""
    if len(e.docs) >= MIN_REPORTS or known_shape(e, texts):
        return True
    if support.mentions >= MIN_MENTIONS and support.kind_share >= KIND_SHARE:
        return True
    forms = {e.name, *e.aliases}
    return any(_cued(f, t) for f in forms if len(f) >= 2 for t in texts)


def ranked(entities: Sequence[tuple[Entity, Support]], texts: Sequence[str]) -> list[Entity]:
    """The entities in the stage's order, the uncorroborated ones (places aside: their own section) after the
    rest."""
    if not ON:
        return [e for e, _ in entities]
    late = [e.kind != "place" and not corroborated(e, s, texts) for e, s in entities]
    return [e for (e, _), x in zip(entities, late, strict=True) if not x] + [
        e for (e, _), x in zip(entities, late, strict=True) if x]
