"""Kinship of two figures' words: the same counted thing told with other words ('warships' / 'ships',
'a 188-country study' / '188 nations', 'two exit stairways' / 'two exits'), people in general and a word
for people, money nouns, verbs of a change in one direction, and whose age a figure is (grouping.py reads
these as evidence that two figures measure one thing, or two).
"""

from __future__ import annotations

import os
from functools import cache

from .. import lexicon
from .figure_mention import FigureMention
from .frames import share_participant
from .vocab import by_word, noun_kin, word_set

CHANGE_NOUNS = word_set("change_nouns")
INCREASE_VERBS = word_set("increase_verbs")
DECREASE_VERBS = word_set("decrease_verbs")
MALE = word_set("male_people")
FEMALE = word_set("female_people")
MONEY_NOUNS = word_set("money_nouns")
GENERIC_PEOPLE = word_set("generic_people")
BODY_SIZE_WORDS = word_set("body_size_words")
COUNT_SYNONYMS = by_word("count_synonyms")
PERPETRATORS = word_set("perpetrator_nouns")
LEGAL_VERBS = word_set("legal_verbs")
LEGAL_ROLES = word_set("legal_roles")
PEOPLE_KINDS = by_word("people_kinds")
EVENT_KIN = by_word("event_kin")
DEPICTION_VERBS = word_set("depiction_verbs")
AGENT_SUFFIXES = word_set("agent_suffixes")
WEAK_EVENTS = lexicon.words("weak_event_verbs")


def words_kin(x: str, y: str) -> bool:
    """One lemma, WordNet kin, two words for a change, one word derived from the other ('loss'/'lose',
    'donation'/'donate'), or a compound ('warships'/'ships')."""
    if x == y:
        return True
    if not x or not y:
        return False
    if x in CHANGE_NOUNS and y in CHANGE_NOUNS or noun_kin(x, y):
        return True
    if COUNT_SYNONYMS.get(x) is not None and COUNT_SYNONYMS.get(x) == COUNT_SYNONYMS.get(y):
        return True  # "22 aircraft" / "22 planes" (lexicon count_synonyms)
    short, long_ = sorted((x, y), key=len)
    if agent_of(short, long_):
        return False  # "3 bombs" / "3 bombers": the things and the people who use them
    if len(short) >= 4 and long_.endswith(short):
        return True
    prefix = len(os.path.commonprefix([x, y]))
    return prefix >= max(3, len(short) - 1) and len(long_) - prefix <= 4


def agent_of(thing: str, agent: str) -> bool:
    """Whether ``agent`` names the people who do ``thing`` ('bombers' of 'bombs', 'voters' of 'votes')."""
    thing, agent = thing.removesuffix("s"), agent.removesuffix("s")
    for suffix in AGENT_SUFFIXES:
        if agent.endswith(suffix) and agent[: -len(suffix)] in (thing, thing.removesuffix("e")):
            return True
    return False


def heads_kin(a: FigureMention, b: FigureMention) -> bool:
    """Same counted thing: kin words (above), any word for people in one casualty class, or two words for people
    of one kind in one event (``one_kind_of_people``)."""
    if a.event_class and a.event_class == b.event_class and a.person_unit and b.person_unit:
        return True
    if a.nationality and b.nationality and len(os.path.commonprefix([a.nationality, b.nationality])) < 3:
        return False  # "three Britons" / "three Brazilian engineers": people of two nationalities
    if a.event_class and a.event_class == b.event_class and a.people_word and b.people_word and (
            a.value == b.value and a.high == b.high or a.head in GENERIC_PEOPLE or b.head in GENERIC_PEOPLE):
        return True  # "killed the two bombers" / "killed two assailants"; "wounded 24 people" / "21 shoppers"
    return words_kin(a.head, b.head) or _nationality_kin(a, b) or one_kind_of_people(a, b)


def one_kind_of_people(a: FigureMention, b: FigureMention) -> bool:
    """Two words for people of one kind (lexicon people_kinds) counting them in one event: the same casualty
    class, or the same verb that says something ("arrested 30 dissidents" / "30 party members were detained";
    "freed 350 hostages" / "350 captives were freed"); not two sides ("soldiers" / "rebels" are two kinds)."""
    kind = PEOPLE_KINDS.get(a.head)
    if kind is None or kind != PEOPLE_KINDS.get(b.head) or a.dimension != "count" or b.dimension != "count":
        return False
    if a.event_class or b.event_class:
        return a.event_class == b.event_class
    return a.event is not None and a.event == b.event and a.event not in WEAK_EVENTS


def perpetrators_kin(a: FigureMention, b: FigureMention) -> bool:
    """One count of wrongdoers told under two verbs, at most one of them a casualty class ('arrested four
    suspects' / 'the four suspects, who are still in jail' / 'the four suspects confessed'): the same word for
    them (lexicon perpetrator_nouns), equal values."""
    if (a.value, a.low, a.high) != (b.value, b.low, b.high) or a.head != b.head or a.head not in PERPETRATORS:
        return False
    return not (a.event_class and b.event_class)


def one_referent(a: FigureMention, b: FigureMention) -> bool:
    """One set of people told under two verbs or by two words: wrongdoers (``perpetrators_kin``) or the people of
    a criminal case (``legal_kin``)."""
    return perpetrators_kin(a, b) or legal_kin(a, b)


def legal_kin(a: FigureMention, b: FigureMention) -> bool:
    """One set of people in a criminal case told at two steps or by two words ('three defendants appeared' /
    'three men were indicted' / 'Three were charged' / 'three men were arrested'): equal counts, each of people
    named by their role in the case (lexicon legal_roles) or told with a verb of the case (legal_verbs, or the
    arrested class); not two counts that are both arrests, which compare as casualty counts do."""
    if (a.value, a.low, a.high) != (b.value, b.low, b.high) or a.event_class and b.event_class:
        return False
    return _in_case(a) and _in_case(b)


def _in_case(m: FigureMention) -> bool:
    if m.dimension != "count" or m.share is not None or m.part:
        return False  # (not "two of the three defendants": a part of them)
    return m.head in LEGAL_ROLES or (m.event in LEGAL_VERBS or m.event_class == "arrested") and m.people_word


def _nationality_kin(a: FigureMention, b: FigureMention) -> bool:
    """'three Britons' / 'three British engineers': people counted by their nationality, and the same number of
    people of that nationality named by another word (equal values only)."""
    if a.value != b.value or a.high != b.high or not a.nationality or not b.nationality or a.head == b.head:
        return False
    return len(os.path.commonprefix([a.nationality, b.nationality])) >= 3


def custody_kin(a: FigureMention, b: FigureMention) -> bool:
    """One prison term told by its verb and by its noun or place ('jailed for 12 years' / 'a 12-year term' /
    'sentenced to 12 years in prison'): two lengths of time, each of custody (a verb of the arrested class, or a
    word of the lexicon's custody synonyms as its noun or verb)."""
    return _custody(a) and _custody(b)


def _custody(m: FigureMention) -> bool:
    return m.dimension == "duration" and (m.event_class == "arrested" or "custody" in (
        COUNT_SYNONYMS.get(m.head), COUNT_SYNONYMS.get(m.event or "")))


def compound_kin(a: FigureMention, b: FigureMention) -> bool:
    """The same count of a thing named by a compound in one report and by its first word in the other ('two
    exit stairways' / 'two exits'); not for people, whose counts recur."""
    if a.value != b.value or a.high != b.high or a.person_unit or b.person_unit or not a.head or not b.head:
        return False
    words = {x: {w.rstrip("s") for w in m.unit.lower().split()[:-1]} for x, m in (("a", a), ("b", b))}
    return b.head in words["a"] or a.head in words["b"]


def size_kin(a: FigureMention, b: FigureMention) -> bool:
    """A size modifier and a count of what it counts: 'a 188-country study' / 'covering 188 nations'."""
    if a.size_of in BODY_SIZE_WORDS and (b.head in BODY_SIZE_WORDS or b.size_of in BODY_SIZE_WORDS) or \
            b.size_of in BODY_SIZE_WORDS and a.head in BODY_SIZE_WORDS:
        return True  # "the 86-member Assembly" / "17 of the 86 seats": a body's members are its seats
    return bool(a.size_of) and words_kin(a.size_of, b.head) or bool(b.size_of) and words_kin(b.size_of, a.head)


def one_named_person(a: FigureMention, b: FigureMention) -> bool:
    """Two ages of one named person in two reports ('Hadley, 65,' / 'the 64-year-old Hadley'): one
    measure, so that the reports' disagreement is shown (ages of different values otherwise stay apart).
    'The 65-year-old, who ...' names no one: it points back to the person the report is about, so it
    joins a named age too."""
    if a.doc == b.doc:
        return False
    na, nb = _named(a), _named(b)
    return bool(a.head) and na and nb and one_name(a, b) or na and _back_to(b, a.head) or nb and _back_to(a, b.head)


def one_name(a: FigureMention, b: FigureMention) -> bool:
    """One person's name, told whole or by one of its words: the same head word, or a lone word ('Tan') that is
    a word of the other's whole name ('Tan Weiming'). A name written family name first, as Chinese, Korean or
    Hungarian names are, is later shortened to its first word, where the head is its last (claims58)."""
    if a.head == b.head:
        return True
    lone, whole = (a, b) if len(a.actors) < len(b.actors) else (b, a)
    return lone.actors == frozenset({lone.head}) and len(whole.actors) > 1 and lone.head in whole.actors


def _back_to(bare: FigureMention, name: str) -> bool:
    """A bare 'the 64-year-old' that may be ``name``'s age: not one at a moment ("left at age 15"), not one said
    of someone it introduces, and not pointing back to another person its sentence names (ages.pointed_back)."""
    return not bare.head and not bare.new_referent and not bare.age_at and (not bare.actors or name in bare.actors)


def two_named_people(a: FigureMention, b: FigureMention) -> bool:
    """Ages of two people named differently ('the 17-year-old Ana' / 'the 17-year-old Omar'): two ages,
    however equal."""
    return _named(a) and _named(b) and bool(a.head) and bool(b.head) and not one_name(a, b)


def _named(m: FigureMention) -> bool:
    """An age said of a named person: its head one of its names, not a body's name in a post (ages.body_in_title)."""
    return m.head in m.actors and not m.title_age


def same_direction(x: str | None, y: str | None) -> bool:
    """Two verbs of a change in one direction ('soar' / 'rise'; not 'rise' / 'fall')."""
    return x is not None and y is not None and (x in INCREASE_VERBS and y in INCREASE_VERBS or
                                                x in DECREASE_VERBS and y in DECREASE_VERBS)


def sexes_clash(a: FigureMention, b: FigureMention) -> bool:
    """Two ages said of a man and of a woman ('53-year-old father' / '55-year-old woman')."""
    sa = {"m" if a.head in MALE else "f" if a.head in FEMALE else ""} - {""}
    sb = {"m" if b.head in MALE else "f" if b.head in FEMALE else ""} - {""}
    return bool(sa and sb and sa != sb)


PEOPLE_GROUPS = (MALE | FEMALE | word_set("people_by_age") | word_set("young_people")) - GENERIC_PEOPLE


def groups_apart(a: FigureMention, b: FigureMention) -> bool:
    """A count of people of one sex or age ("20 women", "nine children") and a count of people in general or of
    another group: the first is a part of the toll, not a rival count of it (claims82). The caller keeps equal values
    together ("four children were hurt" / "four people were hurt")."""
    if a.dimension != "count" or b.dimension != "count" or a.head == b.head or not (a.person_unit or a.people_word) \
            or not (b.person_unit or b.people_word):
        return False
    return (a.head in PEOPLE_GROUPS or b.head in PEOPLE_GROUPS) and not words_kin(a.head, b.head)


def money_kin(x: str, y: str) -> bool:
    """Sums of money for one thing: kin words, or one names only money ('$100 in cash', 'a price of $100')."""
    return not x or not y or x in MONEY_NOUNS or y in MONEY_NOUNS or words_kin(x, y)


def people_kin(a: FigureMention, b: FigureMention) -> bool:
    """One counted thing, or people in general and a word for people ('two people' / 'two men')."""
    return heads_kin(a, b) or a.person_unit and b.person_unit and (a.head in GENERIC_PEOPLE or
                                                                     b.head in GENERIC_PEOPLE)


@cache
def _event_families() -> dict[str, str]:
    doc = lexicon.document("event_families")
    return {w: fam for fam, ws in doc.get("families", {}).items() for w in ws}


def events_kin(x: str | None, y: str | None) -> bool:
    """One event told with one verb, kin words ("battle" / "fight") or words of one event family
    (``lexicon/event_families.toml``: "kill" / "die"; claims.toml ``event_kin``: "ask" / "request")."""
    if not x or not y:
        return False
    if x == y or words_kin(x, y) or noun_kin(x, y):
        return True
    fam = _event_families()
    if fam.get(x) is not None and fam.get(x) == fam.get(y):
        return True
    return EVENT_KIN.get(x) is not None and EVENT_KIN.get(x) == EVENT_KIN.get(y)


def events_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two counts of those who took part in an event and of those a picture or a witness shows: each the subject,
    object or agent of its verb, one verb of showing or seeing (lexicon depiction_verbs), the other not and not
    kin ("four suicide bombers blew themselves up" / "images showed three bombers"). Other verbs of one thing are
    often two sides of one event ("will receive a delegation of 300" / "a 450-member delegation will come")."""
    if not (a.argument and b.argument) or (a.event in DEPICTION_VERBS) == (b.event in DEPICTION_VERBS):
        return False
    return not events_kin(a.event, b.event)


def one_frame(a: FigureMention, b: FigureMention) -> bool:
    """One figure by its frame (frames.py): one unit, one counted thing (kin heads, or none for a measure told
    by its verb), a named participant the two clauses share, and one event (kin verbs, or a bare "is" / "has"
    beside the same noun: "PAL was unable to pay $2.1 billion of debt" / "With $2.2 billion in debt, PAL ...")."""
    if not share_participant(a.participants | a.referred, b.participants | b.referred) or \
            a.unit_code != b.unit_code or a.vague or b.vague:
        return False
    if a.person_unit or b.person_unit:
        return False  # counts of people recur: one named body's 30 and 40 people are often two groups
    if bool(a.head) != bool(b.head):  # a sum told by its verb and one named by its event noun ("agreed to
        named, told = (a, b) if a.head else (b, a)  # acquire Beta for $2.1 billion" / "its $2.4 billion takeover")
        return a.dimension != "count" and events_kin(told.event, named.head)
    if a.head:
        if not words_kin(a.head, b.head):
            return False
        bare = a.event is None or b.event is None or a.event in WEAK_EVENTS or b.event in WEAK_EVENTS or \
            a.event == a.head or b.event == b.head  # ("packed winds of 150 kph": the noun is its own event)
        return events_kin(a.event, b.event) or bare and a.head == b.head
    return events_kin(a.event, b.event)
