"""An organisation's name the model cut in two: the rest is the next mention, one space on ("Aldermouth Maritime|
Safety Board", the model's first span grown by a word the story always writes with it, the second a mention of its
own), a body's name cut at "for the" before its purpose's action noun ("United Nations Office| for the |Coordination
of Humanitarian Affairs"), or a placed name joined by "and" to the word, a place's, that ends the name ("Mountain
Guides Scotland| and Ireland": the body's name names both; not after "both": "both NBC News and Bloomberg" is two
names), or a body's "… of <members>" cut at "and" before a second plural of members ("Tarn College of Surveyors|
and Assessors": ``members_pair``). The caller takes the whole name and skips what it took in; a name grown by one
word takes the capitalised words after it too when the story writes the longer run whole twice. A title opened by a
capital "The" inside a sentence runs over the capitalised words after it ("according to The Hollywood| Reporter":
``the_title_end``)."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .. import lexicon
from ..model import Mention
from ..names import name_key, org_by_form
from .evidence import _Evidence
from .shapes import name_word_after

_POSSESSIVE_END = re.compile(r"['’]s?$")  # "Acme’s| SEC filing": an owner, then another name
_MORE_WORDS = 3  # capitalised words a grown name may take on after its first
_WHOLE_USES = 2  # as entities.WHOLE_NAME_USES


def written_run_end(text: str, start: int, end: int, starts: Collection[int], ev: _Evidence) -> int:
    """Where a name grown by one word ends when the capitalised words after it belong to it too: the story writes
    the longer run whole at least twice ("EU| Intellectual Property Office" in two reports), no mention starting
    at a word taken in."""
    for _ in range(_MORE_WORDS):
        word = name_word_after(text, end)
        if word is None or (at := text.index(word, end)) in starts:
            break
        longer = text[start : at + len(word)]
        if ev.written.get(longer) is None:
            ev.written[longer] = sum(len(re.findall(re.escape(longer) + r"(?![\w-])", t)) for t in ev.texts)
        if ev.written[longer] < _WHOLE_USES:
            break
        end = at + len(word)
    return end


_AND_NAME = re.compile(r"[ \t]+and[ \t]+([A-Z][\w'’-]+)(?![\w'’-]|[ \t]+[A-Z])")  # " and Ireland", not " and Iron Co"
_BOTH_BEFORE = re.compile(r"\b[Bb]oth[ \t]+$")  # "both |NBC News and Bloomberg": two names


def joined_end(text: str, m: Mention, mentions: Sequence[Mention], placed: Collection[str],
               texts: Sequence[str] = ()) -> int | None:
    """Where the organisation's name that ``m`` begins ends, when the model cut it (module docstring); else None.
    ``texts``: the story's reports, where a name's short form is looked for (``_of_place_end``)."""
    rest = _next_org(text, m, mentions)
    if rest is not None:
        return rest.end
    return _purpose_end(text, m, mentions) or _place_pair_end(text, m, placed) or _for_title_end(
        text, m, mentions) or _of_place_end(text, m, mentions, texts) or _acronym_end(text, m, mentions) or (
        _foreign_joiner_end(text, m, mentions)) or _members_pair_end(text, m)


_MAX_WORDS = 8  # words: a longer run is a clause's, no name's ...
_MAX_FORMAL_WORDS = 12  # ... unless every word is capitalised or a joiner: a body's formal name
_JOINERS = lexicon.words("name_joiners")


def long_name(name: str) -> bool:
    """Is the run too long for a name: more than ``_MAX_WORDS`` words, unless it is a body's formal name of up to
    ``_MAX_FORMAL_WORDS`` capitalised words and joiners ("United Nations Office for the Coordination of Humanitarian
    Affairs")?"""
    words = name.split()
    return len(words) > _MAX_WORDS and not (
        len(words) <= _MAX_FORMAL_WORDS and all(w[:1].isupper() or w in _JOINERS for w in words))


_FOR = re.compile(r"[ \t]+for[ \t]+")
_ACTION_OF = re.compile(r"(?:[Tt]he[ \t]+)?[A-Z][a-z]+(?:" + "|".join(lexicon.words("action_noun_endings"))
                        + r")[ \t]+of[ \t]")


def _purpose_end(text: str, m: Mention, mentions: Sequence[Mention]) -> int | None:
    """Where a body's name ends that the model cut at "for the" before an action noun and its "of" ("the United
    Nations Office| for |the Coordination of Humanitarian Affairs": one body's name, its purpose written in it); the
    first span must be a body's by its form (``names.org_by_form``: "Office"); None otherwise."""
    if m.kind != "org" or not org_by_form(m.text) or (gap := _FOR.match(text, m.end)) is None:
        return None
    the = re.match(r"the[ \t]+", text[gap.end() : gap.end() + 8])
    starts = {gap.end()} | ({gap.end() + the.end()} if the else set())
    rest = next((n for n in mentions if n.start in starts), None)
    if rest is None or (the is None and not rest.text.lower().startswith("the ")):
        return None  # "the": a purpose's noun phrase, not a second body's bare name
    return rest.end if _ACTION_OF.match(rest.text) else None


_FOR_ARTICLE = re.compile(r"[ \t]+for[ \t]+(?:(?:an?|the)[ \t]+)?(?=[A-Z])")
_TITLE_RUN = re.compile(r"[A-Z][\w'’-]*(?:[ \t]+(?:(?:of|and|the|for)[ \t]+)*[A-Z][\w'’-]*)*")


def _for_title_end(text: str, m: Mention, mentions: Sequence[Mention]) -> int | None:
    """Where a body's name ends that the model cut at "for" before its cause written in capitals ("the National
    Committee| for an Effective Congress", "the Council| for Fair Pay"): the first span a body's by its form, the
    words after "for" (and "a", "an" or "the") all capitalised, no person's or place's mention among them and no
    date's word; None otherwise."""
    if m.kind != "org" or not org_by_form(m.text) or (gap := _FOR_ARTICLE.match(text, m.end)) is None:
        return None
    run = _TITLE_RUN.match(text, gap.end())
    if run is None or any(w.lower() in _DATE_WORDS for w in run.group().split()):
        return None
    if any(gap.end() <= n.start < run.end() and n.kind in ("person", "place") for n in mentions):
        return None  # "the Committee for Ana Ruiz", "the Fund for Gaza": a person or a place it is for
    return run.end()


_OF_GAP = re.compile(r"[ \t]+of[ \t]+")
_LEGAL_SUFFIXES = lexicon.words("legal_suffixes")


def _of_place_end(text: str, m: Mention, mentions: Sequence[Mention], texts: Sequence[str]) -> int | None:
    """Where a body's name ends that the model cut before "of" and a place ("Federal Reserve Bank| of |Kansas City
    President Thomas Hoenig"): the first span a body's by its form and no company's legal name ("Acme Inc. of
    Houston": the company and its town), the place a mention right after "of", and the story never writing the
    first span without "of" after it (then the short name is the body's own); None otherwise."""
    if m.kind != "org" or not org_by_form(m.text) or m.text.split()[-1].rstrip(".") in _LEGAL_SUFFIXES:
        return None
    if (gap := _OF_GAP.match(text, m.end)) is None:
        return None
    rest = next((n for n in mentions if n.start == gap.end() and n.kind == "place"), None)
    alone = re.compile(re.escape(m.text) + r"(?![\w'’-]|[ \t]+of[ \t])")
    if rest is None or any(alone.search(t) for t in (texts or (text,))):
        return None
    return rest.end


def _next_org(text: str, m: Mention, mentions: Sequence[Mention]) -> Mention | None:
    """The organisation mention that starts one space after the organisation mention ``m`` ends, if any."""
    if m.kind != "org" or text[m.end : m.end + 1] != " " or _POSSESSIVE_END.search(m.text):
        return None
    return next((n for n in mentions if n.start == m.end + 1 and n.kind == "org" and n.text[:1].isupper()), None)


_MEMBERS = re.compile(r"[A-Z][a-z]+(?:" + lexicon.alternation(e for e in lexicon.words("role_endings") if e != "s")
                      + r")s")  # "Surveyors", "Obstetricians": a plural of people of a trade


def _members_pair_end(text: str, m: Mention) -> int | None:
    """Where a body's name of "… of <members>" ends when the model cut it at "and" before a second plural of people
    of a trade ("the Tarn College of Surveyors| and Assessors": one college of both); None otherwise."""
    if m.kind != "org" or (more := _AND_NAME.match(text, m.end)) is None or not members_pair(
            f"{m.text} and {more.group(1)}") or _BOTH_BEFORE.search(text, max(0, m.start - 6), m.start):
        return None
    return more.end()


def members_pair(name: str) -> bool:
    """Is the name a body's "… of <members> and <members>" ("Tarn College of Surveyors and Assessors")?"""
    left, sep, right = name.rpartition(" and ")
    return bool(sep) and " of " in left and _MEMBERS.fullmatch(left.split()[-1]) is not None and (
        _MEMBERS.fullmatch(right) is not None)


def _place_pair_end(text: str, m: Mention, placed: Collection[str]) -> int | None:
    """Where the name ends when an organisation's name of two words or more ends on a capitalised word, no
    organisation's word, and "and" a placed name follows ("… Scotland| and Ireland"); ``placed``: the keys of
    the story's placed names. None otherwise."""
    if m.kind != "org" or " " not in m.text.strip():
        return None
    more = _AND_NAME.match(text, m.end)
    last = m.text.split()[-1]
    if more is None or not last[:1].isupper() or org_by_form(last) or name_key(more.group(1)) not in placed:
        return None
    if _BOTH_BEFORE.search(text, max(0, m.start - 6), m.start):
        return None  # "both NBC News| and Bloomberg have reported": "both … and" joins two names, it makes none
    return more.end()


_THE_MID = re.compile(r"[a-z,;][ \t]+$")  # "according to |The Hollywood …": "The" inside a sentence
_TITLE_WORD = re.compile(r"[ \t]+([A-Z][\w'’-]*)(?![\w'’-])")
_DATE_WORDS = frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))


def the_title_end(text: str, m: Mention, starts: Collection[int]) -> int | None:
    """Where a title the model cut ends: an organisation's span that opens on a capital "The" inside a sentence
    ("according to The Hollywood| Reporter") runs over the capitalised words written right after it (a publication's
    or a body's title keeps its article's capital), up to a date's word or another mention; else None."""
    if m.kind != "org" or not m.text.startswith("The ") or not _THE_MID.search(text, max(0, m.start - 3), m.start):
        return None
    end = m.end
    while (w := _TITLE_WORD.match(text, end)) is not None and w.start(1) not in starts and (
            w.group(1).lower() not in _DATE_WORDS):
        end = w.end()
    return end if end > m.end else None


_JOINED_ON = re.compile(r"[ \t]+(?:in|of|for|and(?:[ \t]+the)?)[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,2}[A-Z][\w'’-]*)"
                        r"(?:[ \t]*\([^()]{3,80}\))?[ \t]*\(([A-Z]{3,8})(?:\)|,[^()]{1,60}\))")
# " in Tarnland (the Guild of Tarnland) (GVT)": the rest of a name, an optional gloss, then the acronym, a gloss
# perhaps after its comma ("(TLF, also known as the Front)": ents59)


def _acronym_end(text: str, m: Mention, mentions: Sequence[Mention]) -> int | None:
    """Where a body's name ends that the model cut before "in", "of", "for" or "and (the)" and a place's or a name's
    capitalised words, when the acronym in brackets after it (a gloss's brackets may come between) spells the whole
    name and not the cut one: its first letter the name's, its last the last word's, every letter a word's initial in
    order ("Gilde Velbrook Rudern in Tarnland (GVT)", "the Free Army of Tarn and the Marches (FATM)"); None otherwise,
    or when a person's full name lies in the rest (a one-word "person" there is the model's misreading of the rest)."""
    hit = _JOINED_ON.match(text, m.end)
    if m.kind != "org" or hit is None:
        return None
    rest_end = hit.end(1)
    if any(o.kind == "person" and m.end <= o.start < rest_end and " " in o.text.strip() for o in mentions):
        return None
    acronym = hit.group(2)
    initials = [w[0] for w in text[m.start : rest_end].split() if w[:1].isupper()]
    if acronym[0] != initials[0] or acronym[-1] != initials[-1] or _spells(acronym, initials[:-1]):
        return None
    return rest_end if _spells(acronym, initials) else None


def _spells(acronym: str, initials: Sequence[str]) -> bool:
    """Are the acronym's letters the initials' in order, some initials left out?"""
    it = iter(initials)
    return all(any(ch == i for i in it) for ch in acronym)


_PARTICLES = lexicon.words("name_particles")
_FOREIGN_JOINED = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.words("foreign_name_joiners"))
                             + r")[ \t]+((?:[A-Z][\w'’-]*[ \t]+(?:(?:" + lexicon.alternation(_PARTICLES)
                             + r")[ \t]+)?){0,3}[A-Z][\w'’-]*)(?![\w'’-])")


def _foreign_joiner_end(text: str, m: Mention, mentions: Sequence[Mention]) -> int | None:
    """Where a body's name ends that the model cut before a Spanish, French or German joiner and capitalised words
    ("Comisión Tarneña de Ayuda| a Refugiados", "Ministerio de Salud| y Protección Social"): the first span a body's
    holding a name particle ("de"), the rest up to four capitalised words, no person's or place's mention among them;
    else None."""
    if m.kind != "org" or not any(w in _PARTICLES for w in m.text.split()[1:-1]):
        return None
    hit = _FOREIGN_JOINED.match(text, m.end)
    if hit is None or any(m.end < n.start < hit.end(1) and n.kind in ("person", "place") for n in mentions):
        return None
    return hit.end(1)
