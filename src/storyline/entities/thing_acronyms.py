"""A technical acronym written as a thing ("the victim's MAC address", "a random MAC.", "DNS queries", "base API
paths", "a cumulative GPA of 2.75", "SSR (server-side rendering)"): an acronym in capitals the story writes at least
once right before a noun of computing or a form (lexicon/tech_nouns.txt, kind_nouns.txt), after a common noun's
possessive ("the target's MAC"), after "a"/"an"/"one" and up to three lower-case words where its phrase ends ("a
specific SSID,", "a minimum high school GPA of 3.0"), or spelled out by lower-case words in brackets (after it or
before it: "machine-in-the-middle (MitM)", the one place a mixed-case acronym counts as a thing), and never as a
body's, names a thing, no body nor person, and is not listed. A body's use anywhere keeps every mention: a verb of
saying after it ("the FBI said"), a person's title after it ("UN officials", "a NASA engineer"), its own possessive
("NASA's"), "at", "by", "told", "joined" or "according to" before it, a known group's alias, or a capitalised name it
abbreviates in brackets ("the Federal Aviation Administration (FAA)") unless it is also written before a form's
noun ("the NBT format"). A lower-case thing's short name ("dinitrophenol, known as DNP,"; not after a body's noun:
"the agency, known as FEMA") is a thing's use too. A name of two words or more, or hyphened, only ever written right
before a noun of computing ("a Group Temporal key", "the X-Forwarded-Prefix header") is a thing's too. So is an acronym
the story also writes with a version's number glued to it ("WPA, WPA2, and WPA3"), never as a body's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..names import defined_acronyms, is_known_org
from .cache_tags import THING_ACRONYM
from .uses import only_written_so

__all__ = ["thing_acronym"]

_TECH = lexicon.words("tech_nouns")
_FORMS = lexicon.words("kind_nouns")
_NOUNS = _FORMS | _TECH
_STOPWORDS = lexicon.words("stopwords")
_BODY_AFTER = (lexicon.words("body_use_words") | lexicon.words("job_titles") | lexicon.words("officer_titles")
               | lexicon.words("staff_titles"))
_BODY_BEFORE = re.compile(r"(?:\b(?:at|by|told|joined|joins|join)|according[ \t]+to)[ \t]+(?:the[ \t]+)?$", re.I)
_AFTER = re.compile(r"(s)?(['’]s\b)?[ \t]*(?:([.,;:!?)—–]|$)|\(([a-z][a-z -]+)\)|([A-Za-z][a-z-]*)\b)")
_POSSESSOR = re.compile(r"\b[a-z][a-z-]*['’]s[ \t]+$")
_INDEFINITE = re.compile(r"(?<![\w-])(?:a|an|one)(?:[ \t]+[a-z][a-z-]*){0,3}[ \t]+$")
_SPELLED_BEFORE = re.compile(r"((?:[a-z][a-z-]*[ \t]+){0,5}[a-z][a-z-]*)[ \t]+\($")
_KNOWN_AS = re.compile(r"\b([a-z][a-z-]+),?[ \t]+(?:known[ \t]+as|also[ \t]+called|called)[ \t]+$")
_BODIES = (lexicon.words("body_apposition_nouns") | lexicon.words("company_nouns")
           | lexicon.words("generic_body_nouns"))
_KEY = THING_ACRONYM  # its own tag in the story's shared cache (``cache_tags``)


def thing_acronym(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name an acronym the story writes as a thing and never as a body (module docstring)?"""
    if " " in name or "-" in name:
        return only_written_so(name, texts, cache, _KEY, _before_tech_noun)  # "a Group Temporal key"
    if not name.isalpha() or not name[0].isupper() or not 2 <= len(name) <= 6:
        return False
    if sum(c.isupper() for c in name) < 2:
        return False  # "MitM" may be an acronym, "Crypto" is none
    key = _KEY + name
    if key not in cache:
        cache[key] = int(_judged(name, texts))
    return bool(cache[key])


def _judged(name: str, texts: Sequence[str]) -> bool:
    if is_known_org(name):
        return False
    uses = [_use(name, t, u.start(), u.end()) for t in texts
            for u in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", t)]
    if "body" in uses:
        return False
    if name.isupper() and any(re.search(r"(?<![\w.-])" + re.escape(name) + r"\d{1,2}(?![\w-])", t) for t in texts):
        return True  # "WPA, WPA2, and WPA3": a standard's versions; a body's name has none
    if not any(u in ("thing", "form") for u in uses):
        return False
    named = any(name in defined_acronyms(t) for t in texts)
    return not named or "form" in uses


def _use(name: str, text: str, start: int, end: int) -> str:
    """One use: "body", "form" (before a form's noun), "thing" (module docstring) or "other"."""
    after = _AFTER.match(text, end)
    if after is None:
        return "other"
    plural, owner, stop, spelled, word = after.groups()
    if word is not None and word in _NOUNS and not owner:
        return "form" if word in _FORMS else "thing"  # "the NBT format"; "the MAC address", "at the IP layer"
    if owner or _BODY_BEFORE.search(text, max(0, start - 30), start) is not None:
        return "body"  # "NASA's" (a thing's possessive is rare enough to keep), "at the FBI", "according to NASA"
    if word is not None and word.lower() in _BODY_AFTER:
        return "body"  # "the FBI said", "UN officials"
    if spelled is not None and _spells(name, spelled):
        return "thing"  # "SSR (server-side rendering)"
    if (named := _KNOWN_AS.search(text, max(0, start - 60), start)) is not None and named.group(1) not in _BODIES:
        return "thing"  # "dinitrophenol, known as DNP,": a lower-case thing's short name
    spelt = _SPELLED_BEFORE.search(text, max(0, start - 80), start)
    if spelt is not None and stop == ")" and _spells(name, spelt.group(1)):
        return "thing"  # "a machine-in-the-middle (MitM) attack"
    if not name.isupper():
        return "other"  # a mixed-case acronym is a thing's only where spelled out
    if plural:
        return "other"
    ends = stop is not None or (word is not None and word in _STOPWORDS)
    if _POSSESSOR.search(text, max(0, start - 30), start) is not None and (ends or word is None):
        return "thing"  # "the victim's MAC", "replaces the target's MAC with one of their own"
    if ends and _INDEFINITE.search(text, max(0, start - 60), start) is not None:
        return "thing"  # "a random MAC.", "a cumulative GPA of 2.75", "one SSID from another"
    return "other"


def _before_tech_noun(text: str, start: int, end: int) -> bool:
    """Is the name written here right before a noun of computing ("a Group Temporal key")?"""
    after = _AFTER.match(text, end)
    return after is not None and after.group(5) in _TECH


def _spells(name: str, words: str) -> bool:
    """Do the last lower-case words' initials (or their hyphenated parts') spell the acronym?"""
    parts = [p for p in re.split(r"[ \t-]+", words) if p]
    return any("".join(p[0] for p in parts[i:]).upper() == name.upper() for i in range(len(parts)))
