"""One person under a full name and a bare surname the story shares with relatives (package docstring).

"Bush" stays apart from the four Bushes of a story by ``people.join_people`` (a bare surname joins the one full
name it ends, not one of several). News style names a report's subject in full in its lede and by the surname
alone after, so the bare surname joins the full name a report opens on when the evidence is strong
(``lexicon/surname_bearers.toml``): every report that writes the bare surname after naming one of its bearers
names the same bearer first; in at least one, that bearer is named within the lede and the bare surname is
written there at least ``MIN_BARE`` times. A name with its middle names written as initials is one person with
the name written in full ("George H.W. Bush", "George Herbert Walker Bush").
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis, EntityKind
from ..names import clean_name, display_form, name_key
from ..unionfind import UnionFind

_SETTINGS = lexicon.document("surname_bearers")
LEDE_CHARS = int(_SETTINGS["lede_chars"])
MIN_BARE = int(_SETTINGS["min_bare"])
Key = tuple[EntityKind, str]


def lede_bearers(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Bare surname's key -> the key of the full name it names (module docstring)."""
    named: dict[str, set[str]] = defaultdict(set)
    strong: set[str] = set()
    for a in analyses:
        first: dict[str, tuple[str, int]] = {}  # surname's key -> (first full name's key, where)
        bare: Counter[str] = Counter()
        for m in sorted((m for m in a.mentions if m.kind != "place"), key=lambda m: m.start):
            words = name_key(clean_name(display_form(m.text))).split()
            if len(words) >= 2 and m.kind == "person":
                first.setdefault(words[-1], (" ".join(words), m.start))
            elif len(words) == 1 and words[0] in first:  # the model may tag a bare surname an organisation
                bare[words[0]] += 1
        for surname, n in bare.items():
            full, at = first[surname]
            named[surname].add(full)
            if at < LEDE_CHARS and n >= MIN_BARE:
                strong.add(surname)
    return {s: next(iter(fulls)) for s, fulls in named.items() if len(fulls) == 1 and s in strong}


def _initials_of(short: list[str], full: list[str]) -> bool:
    """Are ``short``'s middle words the initials of ``full``'s ("george h w bush", "george herbert walker bush")?"""
    middle, spelled = short[1:-1], full[1:-1]
    return (len(short) == len(full) and short[0] == full[0] and short[-1] == full[-1] and bool(middle)
            and all(len(w) == 1 for w in middle) and all(len(w) > 1 for w in spelled)
            and [w[0] for w in spelled] == middle)


def join_bearers(uf: UnionFind[Key], persons: Sequence[Key], bearers: dict[str, str]) -> None:
    """Join a name to the same name with its middle names in full, and a bare surname to its lede's bearer when
    nothing joined it to a full name already."""
    keys = {k[1] for k in persons}
    for short in persons:
        words = short[1].split()
        spelled = [k for k in persons if _initials_of(words, k[1].split())]
        if len(spelled) == 1:
            uf.union(spelled[0], short)
    for surname, full in sorted(bearers.items()):
        if surname in keys and full in keys and not any(
                " " in k[1] and uf.find(k) == uf.find(("person", surname)) for k in persons):
            uf.union(("person", full), ("person", surname))


_GIVEN_AND_BEFORE = re.compile(r"(?<![\w'’-])([A-Z][a-z]+)[ \t]+and[ \t]+$")


def first_bearers(analyses: Sequence[Analysis]) -> dict[str, str]:
    """Bare surname's key -> the key of the full name every report that writes the bare surname after naming one
    of its bearers names first (``lede_bearers`` without the lede's strength), the model's kind aside but a place's
    ("Fabio Rossetti" tagged once as an organisation): of several bearers, the one a bare surname names; a report
    that names her with a middle name ("Jane Ann Doe" beside another's "Jane Doe") names the same bearer; one that
    names two at once ("Joe and Hunter Biden") names the first of them first ("Joe Biden")."""
    named: dict[str, set[str]] = defaultdict(set)
    for a in analyses:
        first: dict[str, str] = {}  # surname's key -> the first full name's key that ends with it
        for m in sorted((m for m in a.mentions if m.kind != "place"), key=lambda m: m.start):
            words = name_key(clean_name(display_form(m.text))).split()
            if len(words) >= 2:
                given = _GIVEN_AND_BEFORE.search(a.doc.text, max(0, m.start - 24), m.start)
                # "Joe and Hunter Biden": two bearers named at once, the first of them "Joe Biden"
                first.setdefault(words[-1], f"{name_key(given.group(1))} {words[-1]}" if given else " ".join(words))
            elif len(words) == 1 and words[0] in first:
                named[words[0]].add(first[words[0]])
    named = {s: {f for f in fulls if _without_middle(f) == f or _without_middle(f) not in fulls}
             for s, fulls in named.items()}
    return {s: next(iter(fulls)) for s, fulls in named.items() if len(fulls) == 1}


def _without_middle(key: str) -> str:
    """A full name of three words without its middle one ("jane ann doe" -> "jane doe"): one report may name the
    person with a middle name, another without (``people._join_middle_names``); else the key as it is."""
    words = key.split()
    return f"{words[0]} {words[2]}" if len(words) == 3 else key
