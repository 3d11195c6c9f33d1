"""The kind of a name the model tagged, or a person's (an organisation's) where the story says so: a title or a
lower-case office before the name ("ANC spokesman Thabo Masebe", "mines minister Tigist Alemu": ents60) or an office
after it ("Smith, the foreign minister, said"), a surname
the story's people bear, kin and particles ("Aunt Frida", "Van der Westhuizen"), a very common given name, a
family's owner ("Josh Velu's parents": ``kin_owners``); a
publication's or a legislature's name ("the daily Hurriyet", "the Duma": ``legislatures``; a masthead's last word
after "the": "The Chronicle says") is an organisation's, and
so is a town's name the places stage read as its sports team's ("managed Porto, Real Madrid …": ``Located.teams``)
and a club's name the model read as a person's ("Manchester United": lexicon/club_words.txt) or a team's plural
the story writes after "the" ("the Steelers": ``_plural_team``), or its one-word name ("the Tornado": ``_the_team``).

A bare name the model tagged an organisation is a person's when it opens full names of the story's people ("Wang"
beside "Wang Youcai" and "Wang Dan": a surname written first, shared by several people, so joined to none) or is
set before an office anywhere in the story ("Cem, the foreign minister,") or ends a full name of the story and is
written as a person's ("Mayo, who" beside "Iban Mayo"), or is written as a person's ("Quarrow said he") and tagged a
person's once at least; a full name the model tagged an
organisation is a person's when written with an office anywhere in the story, or when its surname is written alone
as a person's ("Romano Prodi" beside "Prodi" tagged a person, or "Mr. Prodi", "Prodi, who", "Prodi said he"). Names
the story writes as a company's or a body's ("shares of Ford", "Ford said in a statement", "Philip Morris Inc.",
"the carmaker Ford", "Acme, which") are left to the model, and "shares of Ford" keeps "Ford" a company's even
where a person of the story is surnamed Ford."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import EntityKind, Mention
from ..names import PARTICLES, given_name_first, honorific_before, name_key, org_by_form, person_use, speaks_use
from ..text import fold, word_spans
from .cache_tags import SURNAME_AS_PERSONS
from .evidence import _Evidence
from .hyphen_names import given_first
from .kin_owners import kin_owner
from .legislatures import legislature
from .peoples import regnal
from .roles import described_person, masthead, office_titled
from .shapes import KIN_GENDERS

_MASTHEAD_WORDS = lexicon.words("masthead_words")
_THE_BEFORE = re.compile(r"(?<![\w-])[Tt]he[ \t]+$")

__all__ = ["person_kind"]

_CLUB_WORDS = lexicon.words("club_words")


def person_kind(m: Mention, name: str, ev: _Evidence, text: str = "") -> EntityKind:
    """The model's kind, or a person's (an organisation's) where the story says so (module docstring)."""
    if ev.checks and any(d == m.doc and m.start <= s and e <= m.end for d, s, e in ev.teams):
        return "org"  # "the Porto striker", "away to West Ham": a town's name used as its team's (places/teams.py)
    if ev.checks and m.kind == "person" and len(words := name.split()) >= 2 and words[-1] in _CLUB_WORDS and (
            not given_name_first(name)):
        return "org"  # "Manchester United", "Bolton Wanderers": a club's name; not "Ann Rovers" (a given name)
    if ev.checks and m.kind == "person" and _plural_team(name, ev):
        return "org"  # "The Steelers spent Monday …", "facing the Browns again": a team by its plural, no person
    if ev.checks and m.kind == "person" and _the_team(name, ev):
        return "org"  # "for the Tornado, who …", "the Tornado scored": a team by its one-word name, no person
    if ev.checks and m.kind != "place" and legislature(name) and not _borne(name, ev):
        return "org"  # "the Duma", "Israel's Knesset": a legislature, no person
    if ev.checks and m.kind == "org" and (office_titled(text, m.start, name) or described_person(text, m.end, name)
                                          or regnal(name, ev.texts)):
        return "person"  # "ANC spokesman Thabo Masebe", "a spokesman for the party, Thabo Masebe,", "mines minister
        # Tigist Alemu" (ents60: a lower-case office before a name of two or three words is its holder's title)
    if ev.checks and m.kind == "person" and name_key(name) in ev.acronyms and fold(name) not in ev.surnames:
        return "org"  # "the army, known by its Indonesian acronym Abri": the army's short name
    if (m.doc, m.start, m.end) in ev.not_places or (m.kind != "person" and fold(name) in ev.surnames
                                                     and name_key(name) not in ev.traded):
        return "person"  # a surname the model tagged as a place or an organisation ("Calloway")
    if ev.checks and m.kind != "org" and (name_key(name) in ev.publications or (m.kind == "person" and masthead(name))):
        return "org"  # "the daily Hurriyet", "the Istanbul Herald": a publication, not a person or a place
    if ev.checks and m.kind == "person" and name in _MASTHEAD_WORDS and _THE_BEFORE.search(
            text, max(0, m.start - 8), m.start):
        return "org"  # "The Chronicle says": a masthead's last word after "the", the publication
    if (ev.checks and m.kind == "org" and len(words := name.split()) == 2 and words[0].lower() in KIN_GENDERS
            and words[0][:1].isupper() and name_key(name) not in ev.publications | ev.companies):
        return "person"  # "Aunt Frida", "Uncle Vanya": a kin word as a title before a given name
    if (ev.checks and m.kind == "org" and kin_owner(text, m.end, m.text) and not org_by_form(name)
            and name_key(name) not in ev.publications | ev.companies):
        return "person"  # "the deaths of Josh Velu' family members": a family's owner is a person (ents59)
    if ev.checks and m.kind == "org" and (_particled_surname(name) or _persons_particled_surname(name, ev)):
        return "person"  # "Van der Westhuizen": a surname with its particles, not a company like "De Beers"
    if ev.checks and m.kind == "org" and given_first(name) and name_key(name) not in ev.companies | ev.traded:
        return "person"  # "Cesar Maia": a very common given name and a surname, tagged as an organisation
    if ev.checks and m.kind == "org" and " " not in name and fold(name) in ev.given_first:
        return "person"  # "Irina" beside "Irina Vyguzova": a very common given name the story's person bears
    if ev.checks and m.kind == "org" and not masthead(name) and _person_by_story(m, name, ev, text):
        return "person"  # "Wang" of "Wang Youcai" and "Wang Dan"; "Cem, the foreign minister,"; "Romano Prodi"
        # (not a masthead tagged an organisation: "The Ardley Chronicle says" beside "The Chronicle says")
    return m.kind


_MAX_WORDS = 3  # a full name: given name(s) and surname, particles aside


def _person_by_story(m: Mention, name: str, ev: _Evidence, text: str) -> bool:
    """A name the model tagged an organisation that the story gives a person (module docstring)."""
    k = name_key(name)
    if org_by_form(name) or k in ev.org_cued | ev.companies | ev.publications | ev.acronyms or legislature(name):
        return False  # "shares of Ford", "Philip Morris Inc.", "the carmaker Ford": a company's name
    if any(w[:1].islower() and fold(w) not in PARTICLES for w in name.split()):
        return False  # "Smith and Wesson": two names, a company's
    words = [w for w in name.split() if not w[:1].islower()]
    if not words or len(words) > _MAX_WORDS or not all(w[:1].isupper() and not w.isupper() for w in words):
        return False  # an acronym ("NATO"), a long run of words
    if k in ev.titled:
        return True  # "Cem, the foreign minister,", "Yvo de Boer, Executive Secretary of …": wherever written
    if len(words) == 1:
        return (fold(name) in ev.name_heads and k not in ev.place_names and fold(name) not in ev.place_heads
                ) or (k in ev.person_written and (k in ev.name_tails or k in ev.people))  # "Mayo, who" of "Iban
        # Mayo"; "Quarrow said he …" where the model tags "Quarrow" a person elsewhere too
    if len(words) == _MAX_WORDS and name_key(" ".join(name.split()[1:])) in ev.people:
        return False  # "Pichilemu Roberto Córdova": a word the model took in before a person's name
    surnames = {name_key(words[-1]), name_key(name.split(None, 1)[1])}  # "Boer", "de Boer"
    return bool(surnames & (ev.people | ev.person_written) - ev.org_cued) or _alone_as_persons(words[-1], ev)


_OWN_AFTER = re.compile(r"[ \t]+[a-z]+[ \t]+his\b")  # "Velu left his native …": a person's verb and pronoun
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]*[ \t]+$")  # "Ana Tarn| Velu": the full name again, not the word alone


def _alone_as_persons(surname: str, ev: _Evidence) -> bool:
    """Is the full name's last word written alone, untagged, as a person's somewhere ("Ana Tarn Velu takes part …
    Velu left his native town": a verb and a person's pronoun after it, ``names.person_use``)?"""
    key = SURNAME_AS_PERSONS + surname
    if key not in ev.written:
        ev.written[key] = int(any((person_use(t, start, end) or _OWN_AFTER.match(t, end))  # (?<![\w'’-])surname(…)
                                  and not _NAME_BEFORE.search(t, max(0, start - 30), start)
                                  for t in ev.texts for start, end in word_spans(t, surname, "'’-", "-")))
    return bool(ev.written[key])


_THE_USES = 1  # "the Steelers" written at least this often: a team's (a group's) plural name


def _plural_team(name: str, ev: _Evidence) -> bool:
    """One capitalised word in the plural ("Steelers"), written after "the" at least ``_THE_USES`` times and the last
    word of no full name of the story's people ("the Davis administration" beside "Gray Davis" is a person's): a
    team or a group named by its members, as no person is ("the Steelers")."""
    if " " in name or not re.fullmatch(r"[A-Z][a-z]+[^s'’]s", name) or fold(name) in ev.surnames:
        return False
    the = re.compile(r"\b[Tt]he[ \t]+" + re.escape(name) + r"\b")
    return sum(len(the.findall(t)) for t in ev.texts) >= _THE_USES


_THE_TEAM_USES = 2  # "the Tornado" written at least this often, and in two of every three of its uses at least


def _the_team(name: str, ev: _Evidence) -> bool:
    """In a story of sport (one whose town's name the places stage read as its team's: ``ev.teams``), one capitalised
    word, no surname of the story's people, written after "the" at least ``_THE_TEAM_USES`` times
    and in two of every three of its uses (a list's or a table's label, "Tornado: …", aside), never after an honorific
    nor as a speaker's ("Tornado said"), nor set beside a person's full name ("the Unabomber, Ted Kaczynski,"): a
    team by its one-word name ("the Tornado", "the Heat"), no person, whom news names without "the" ("The Unabomber
    thought so highly of his manifesto …" is a person's epithet, in no story of sport)."""
    if not ev.teams or " " in name or not re.fullmatch(r"[A-Z][a-z]+", name) or fold(name) in ev.surnames \
            or any(epithet == name_key(name) for epithet, _ in ev.apposed):
        return False  # "the Unabomber, Theodore Kaczynski,": a person's epithet
    pattern = re.compile(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])")
    uses = [(t, m) for t in ev.texts for m in pattern.finditer(t)]
    the = sum(_THE_BEFORE.search(t[max(0, m.start() - 5) : m.start()]) is not None for t, m in uses)
    if the < _THE_TEAM_USES or 3 * the < 2 * len(uses):
        return False
    return not any(honorific_before(t[max(0, m.start() - 20) : m.start()]) is not None or speaks_use(t, m.end())
                   for t, m in uses)


def _borne(name: str, ev: _Evidence) -> bool:
    """Is a legislature's name ("Rada") a name of the story's people: written after a very common given name ("Anna
    Rada"), the surname of a full name the model tagged a person that is no legislature's ("Mikhail Rada"; not
    "State Duma"), or, alone, the first word of one ("Rada Petrova")?"""
    words = name.split()
    last = name_key(words[-1])
    return (len(words) == 1 and fold(name) in ev.name_heads) or any(
        k.rsplit(" ", 1)[-1] == last and not legislature(k.title()) for k in ev.people if " " in k)


def _particled_surname(name: str) -> bool:
    """A capitalised particle, lower-case particles and one capitalised word ("Van der Westhuizen",
    "De la Cruz"; lexicon/name_particles.txt)."""
    words = name.split()
    return (len(words) >= 3 and words[0][:1].isupper() and fold(words[0]) in PARTICLES
            and all(w in PARTICLES for w in words[1:-1]) and words[-1][:1].isupper())


def _persons_particled_surname(name: str, ev: _Evidence) -> bool:
    """A capitalised particle and one capitalised word ("De Vries", "Le Roux") that end the full name of a person
    of the story ("Pieter de Vries"): his surname, not a body, though two words alone could be a company's."""
    words = name.split()
    if len(words) != 2 or fold(words[0]) not in PARTICLES or not words[1][:1].isupper():
        return False
    tail = " " + name_key(name)
    return any(k.endswith(tail) and len(k.split()) >= 3 for k in ev.people)
