"""Places, waters, monuments and periods the gazetteer does not hold and the model read as people or bodies:
- a name written right after a water's noun in lower case ("the river Aldwater": lexicon/water_nouns.txt) or right
  before a monument's ("the Aldbury henge": lexicon/monument_nouns.txt) is a location's, as is a name only ever
  written after "the" that ends in a monument's noun ("the Aldbury Barrow");
- a name the model tags as a place at least half of the time, written after a town's preposition ("a dig in Aldshire":
  lexicon/town_prepositions.txt), never as a person's or a speaker's, is no person (the places stage places it
  or not);
- a one-word name written after a works' or a settlement's noun and "in" ("the fuel facility in Senkata":
  lexicon/works_nouns.txt), never as a person's or a speaker's, is a location's;
- a name written after a person's name and ", of" ("Ann Quarrow, of Heritage Wessex, said") is where the person
  is from or works: a body (or a place, which the gazetteer resolves first), no person;
- the names of a list before a place noun's plural ("the Aldcote, Benfield and Holm areas": lexicon/place_nouns.txt)
  are locations';
- a name of two words or more ending in a period's word ("the Bronze Age": lexicon/period_words.txt), or one word of
  the geologic time scale ("the Pliocene": lexicon/geologic_times.txt), is a time;
- a former state's name ("the Soviet Union": lexicon/former_states.txt) is a place no gazetteer row stands for."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .. import lexicon
from ..model import Analysis, EntityKind, Mention
from ..names import clean_name, display_form, name_key
from ..text import bare_name
from .placed_towns import town_preposition_use

_WATER_BEFORE = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, lexicon.entries("water_nouns"))) + r")[ \t]+$")
_MONUMENT_AFTER = re.compile(r"[ \t]+(?:" + "|".join(map(re.escape, lexicon.entries("monument_nouns"))) + r")\b")
_MONUMENT_NOUNS = lexicon.words("monument_nouns")
_PERIOD_WORDS = lexicon.words("period_words")
_GEOLOGIC_TIMES = lexicon.words("geologic_times")
_FORMER_STATES = lexicon.words("former_states")
_OF_AFTER_PERSON = re.compile(r",[ \t]+of[ \t]+$")
# "the fuel facility in |Senkata", "a refinery in |Aldmouth": a works' or a settlement's noun after a determiner, then
# "in" (lexicon/works_nouns.txt)
_WORKS_IN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir)[ \t]+(?:[\w-]+[ \t]+){0,2}(?:"
                       + "|".join(sorted(lexicon.words("works_nouns"))) + r")[ \t]+in[ \t]+$")
_PLACE_PLURALS = sorted({w[:-1] + "ies" if w.endswith("y") else w + "s" for w in lexicon.words("place_nouns")})
# "the Aldcote, Benfield and Holm areas": a list of names, each one capitalised word, before a place noun's plural
# (not when the last is an adjective, "Labour and Conservative areas": lexicon/adjective_suffixes.txt, "-ive", "-al")
_ADJECTIVE_END = "|".join(sorted(lexicon.words("adjective_suffixes") | {"ive", "al", "an", "ist", "ern"}))
_PLACES_LIST_AFTER = re.compile(r"(?:,[ \t]+[A-Z][a-z]+)*,?[ \t]+and[ \t]+(?![A-Z][a-z]*(?:" + _ADJECTIVE_END
                                + r")\b)[A-Z][a-z]+[ \t]+(?:"
                                + "|".join(map(re.escape, _PLACE_PLURALS)) + r")\b")


def period_name(name: str) -> bool:
    """A period's name: two words or more, the last a period's word ("Bronze Age"; not "The Age", a paper), or one
    word of the geologic time scale ("Holocene", "Pliocene": lexicon/geologic_times.txt)."""
    words = clean_name(name).split()
    return (len(words) >= 2 and words[-1] in _PERIOD_WORDS) or (len(words) == 1 and words[0] in _GEOLOGIC_TIMES)


def monument_name(name: str) -> bool:
    """A monument's name by its last word ("Aldbury Barrow", "Aldbury Henge"; the caller asks that the story only
    ever writes it after "the", as no person's is: "Clyde Barrow" is a person)."""
    words = clean_name(name).split()
    return len(words) >= 2 and words[-1].lower() in _MONUMENT_NOUNS


def site_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a water's or a monument's ("the river |Aldwater", "|Aldbury| henge"), or first of a
    list before a place noun's plural ("the |Aldcote|, Benfield and Holm areas")?"""
    return (_WATER_BEFORE.search(text, max(0, start - 12), start) is not None
            or _MONUMENT_AFTER.match(text, end) is not None or _PLACES_LIST_AFTER.match(text, end) is not None)


def _affiliation(text: str, m: Mention, mentions: Sequence[Mention]) -> bool:
    """Is ``m`` written after a person's name and ", of" ("Ann Quarrow, of |Heritage Wessex")?"""
    comma = _OF_AFTER_PERSON.search(text, max(0, m.start - 8), m.start)
    return comma is not None and any(o.kind == "person" and o.end == comma.start() for o in mentions)


def place_word_evidence(analyses: Sequence[Analysis], uses: Mapping[str, Counter[str]],
                        tagged: Mapping[str, Counter[EntityKind]]) -> tuple[set[str], set[str], set[str]]:
    """Keys written as a water's or a monument's, or after a works' noun and "in" (locations); keys of names tagged
    as a place half of the time and written after a town's preposition, never as a person's or a speaker's (no
    people); keys written after a person's name and ", of", never as a person's or a speaker's (bodies): module
    docstring."""
    sites: set[str] = set()
    placed: set[str] = set()
    affiliated: set[str] = set()
    works: set[str] = set()
    for a in analyses:
        for m in a.mentions:
            k = name_key(clean_name(display_form(m.text)))
            if site_use(a.doc.text, m.start, m.end):
                sites.add(k)
            if town_preposition_use(a.doc.text, m.start):
                placed.add(k)
            if _affiliation(a.doc.text, m, a.mentions):
                affiliated.add(k)
            if " " not in k and not m.text.isupper() and _WORKS_IN.search(a.doc.text, max(0, m.start - 60), m.start):
                works.add(k)
    no_one = {k for k, n in uses.items() if not n["person"] and not n["speaks"]}
    mostly_places = {k for k, votes in tagged.items() if 2 * votes["place"] >= sum(votes.values())}
    return sites | works & no_one, placed & no_one & mostly_places, affiliated & no_one


def former_state(name: str) -> bool:
    """A state that no longer exists ("the Soviet Union", "Czechoslovakia"; lexicon/former_states.txt): a place,
    though no gazetteer row stands for it."""
    return bare_name(name) in _FORMER_STATES
