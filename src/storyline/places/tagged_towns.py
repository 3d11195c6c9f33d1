"""Small towns the model tagged as places, in the story's own country.

The resolver places a town of fewer than ``small_town`` people only near the story's other places or with its
state ("Earth, Texas"), so an oasis town or a village of the story's country, far from the towns it names, stays
unplaced, and the entities stage drops it as a gazetteer miss. A name the model tagged as a place (GPE, LOC, FAC)
that no reading placed, tagged GPE or LOC once at least (a name only ever tagged FAC, "a Broadway revival", is a
street's or a building's: ents57), never written after "the" (in any of its mentions: "the North warned" and "The
North has" at a paragraph's start), in lower case or as a person's ("Mr. X", "X, who"), no very
common given name, no part of a person's name (``resolver.blocked``), no surname of the story's people (the
president "Barbosa" is no town of Brazil) and never listed with a name the model tagged an organisation ("Motorola
and Cisco's …", "Cisco, Motorola": a company, not a town), is the town the gazetteer holds by that
name in the story's own countries, when it holds exactly one there (by its main name, or by an alternate one of
more than ``min_alternate_letters`` letters: the model's tag and the story's country make up for the alternate
name's doubt), and the text puts it nowhere else ("La Palma in the Canary Islands": ``Resolver.outside``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from ..model import Place
from ..names import FIRST_NAME_GENDERS, is_known_org, person_use
from ..text import fold
from .candidates import PLACE_LABELS, Candidate
from .gazetteer import key
from .resolver import Resolver, _Context


def tagged_towns(
    cands: Sequence[Candidate], decided: list[Place | None], resolver: Resolver, texts: Mapping[str, str],
    ctx: _Context,
) -> list[Place | None]:
    """``decided`` with the tagged small towns of the story's countries placed (module docstring); as it is with
    the type checks off (the baseline ``bench/entities_eval.py`` measures)."""
    out = list(decided)
    if not resolver.cfg.type_checks:
        return out
    undecided: dict[str, list[int]] = defaultdict(list)
    placed = {fold(c.text) for c, p in zip(cands, decided, strict=True) if p is not None}
    surnames = {fold(c.text.split()[-1]) for c in cands if c.label == "PERSON" and " " in c.text}  # "Barbosa"
    bodies = {(c.doc, c.start, c.end) for c in cands if c.label == "ORG"}
    the = {c.text for c in cands if c.the}  # "the North" once: "The North has …" elsewhere is no town either
    for i, c in enumerate(cands):
        if decided[i] is None and c.label in PLACE_LABELS and c.text not in the and fold(c.text) not in placed:
            undecided[c.text].append(i)
    for name, idx in undecided.items():
        if fold(name) in resolver.blocked | surnames | FIRST_NAME_GENDERS.keys() \
                or is_known_org(name) or _lower_case(name, texts.values()) or _person_written(name, texts.values()) \
                or any(_listed_with_body(cands[i], bodies, texts) for i in idx) \
                or all(cands[i].label == "FAC" for i in idx):
            continue  # a name tagged only a facility ("on Broadway", "a Broadway revival"): a street, a building
        towns = [m.place for m in resolver.matches(name) if m.place.kind == "city" and m.place.country in ctx.countries
                 and (m.primary or len(key(name)) > resolver.cfg.min_alternate_letters)]
        if len(towns) == 1 and not any(resolver.outside(cands[i], towns[0]) for i in idx):
            for i in idx:  # not "La Palma in the Canary Islands" as the Californian town
                out[i] = towns[0]
    return out


_LIST_JOIN = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)")


def _listed_with_body(c: Candidate, bodies: set[tuple[str, int, int]], texts: Mapping[str, str]) -> bool:
    """Is the candidate listed with a name the model tagged an organisation, right before or after it, a comma,
    "and", "or" or "&" between ("Motorola and| Cisco")?"""
    text = texts.get(c.doc, "")
    for doc, start, end in bodies:
        if doc != c.doc:
            continue
        if end <= c.start and _LIST_JOIN.fullmatch(text, end, c.start) is not None:
            return True
        if c.end <= start and _LIST_JOIN.fullmatch(text, c.end, start) is not None:
            return True
    return False


def _person_written(name: str, texts: Iterable[str]) -> bool:
    """Does the story write the name as a person's (``names.person_use``: after an honorific, before "who" …)? Not
    a verb of saying after it: "police in Waddan said" is the police's."""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    return any(person_use(t, m.start(), m.end()) for t in texts for m in pattern.finditer(t))


def _lower_case(name: str, texts: Iterable[str]) -> bool:
    """Does the story write the name in lower case ("hope" beside "Hope")?"""
    pattern = re.compile(r"(?<![\w-])" + re.escape(name.lower()) + r"(?![\w-])")
    return any(pattern.search(t) for t in texts)
