"""One person or body, one entry: the story-level alias pass (ents64), run after the package's other joins. Reports
name one actor in several ways that follow how news is written, not one story's phrase; the story's own text is the
evidence:

- an acronym written in brackets after a name, or a name in brackets after it, anywhere in the story ("the Velsh
  Farmers' League (VBL)", "the VBL (Velsher Bauernliga)"), is that body's, whatever the word order of the language
  its letters come from, when the acronym shares one of the name's initials (never a news agency's credit, "(AP)");
  the names one acronym is defined for are one body, with the acronym and "<acronym> Party" when a name has that
  body noun (not "EU Council" of "European Union (EU)"); an acronym of three
  letters or more the story writes alone whose letters are, in any order, the initials of exactly one body's name
  ("VBL" beside "Velsh Bauer League") is that body's too (``join_defined_acronyms``);
- a body's short name the story writes as its long name's head, its words the long name's words or their plural or
  adjective forms, without the body noun ("the Free Farmers" beside "Free Farmer Party": ``join_headed_bodies``;
  one word only when written in another form: "Senate" is no "Senate Committee"); and a one-word name that is the
  one longer body name's first word clipped to half its letters or fewer ("the Fed" beside "Federal Reserve", not
  "Congress" beside "Congressional Budget Office": ``join_clipped_bodies``, ents65);
- two person names with one given name whose rest differ only by spacing, hyphens, doubled letters or one vowel of
  transliteration ("Omar Abdel Karim" / "Omar Abdulkarim"), and a bare surname so spelt beside one full name
  (``join_spellings``);
- a bare surname typed a body or an unplaced place, or a person's bare surname no full name took while the story's
  full names were still apart, is the one person of the story so named once they are joined, unless written as a
  business's or with an honorific of another gender ("Lugo" beside "Tomas Garza Lugo" and "Garza Lugo":
  ``join_bare_surnames``); the entry is the person's.

Before the joins, a name's type is voted over what the story writes of it (``vote_kinds``): a two- or three-word
name the model typed a body is a person's when any report writes it with an occupation or an office, or after "said
a …", and none as a body's or a business's ("Ana Velu, head of the port's press office," then "Ana Velu confirmed").
And a name the model read with an occupation written in capitals before a person's full name ("Harbour Pilot Ana
Velu") is that person's when the story writes the same words in lower case before the same name too ("harbour
pilot Ana Velu"): the words are the person's job, not a part of a name (``refile_titled_names``, ents66).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping, Sequence
from typing import Protocol

from .. import lexicon
from ..model import EntityKind, Mention
from ..names import ACRONYM_SKIP, ORG_SUFFIXES, PARTICLES, clean_name, name_key, org_by_form
from ..people import GENDER_MARK
from ..unionfind import UnionFind
from .roles import office_holder, org_cue
from .shapes import honorific_gender

Key = tuple[EntityKind, str]

__all__ = ["genders_of", "join_aliases", "join_bare_surnames", "join_clipped_bodies", "join_defined_acronyms",
           "join_headed_bodies", "join_spellings", "refile_titled_names", "vote_kinds"]


class _Names(Protocol):
    """The story's names as the package's ``_Names`` files them: surface forms by key."""

    forms: dict[Key, Counter[str]]


_AGENCIES = lexicon.words("agency_credits")
_BODY_HEADS = frozenset(w.lower() for w in ORG_SUFFIXES)
_ACRONYM = r"[A-Z][A-Za-z]{1,5}"
_NAME_WORD = r"[A-Z][\w'’.-]*"
_JOINER = f"(?:{lexicon.alternation(lexicon.words('defined_name_joiners'))})"  # a name's small words
_NAME_RUN = rf"{_NAME_WORD}(?:[ \t]+(?:{_JOINER}[ \t]+)*{_NAME_WORD}){{0,7}}"
_NAME_THEN_ACRONYM = re.compile(rf"({_NAME_RUN})[ \t]*\([ \t]*({_ACRONYM})[ \t]*\)")
_ACRONYM_THEN_NAME = re.compile(rf"\b({_ACRONYM})[ \t]*\([ \t]*({_NAME_RUN})[ \t]*\)")
MIN_LOOSE_ACRONYM = 3  # letters: an acronym read in any word order without brackets ("SPD"; two letters fit too much)
MIN_STEM = 4  # letters two words of a body's name share to be one word's forms ("Democrat|s", "Democrat|ic")
MIN_SPELT = 5  # letters of a surname's skeleton compared by spelling (shorter names so alike are often two people)


def _initials(name: str) -> list[str]:
    """The name's capitalised words' first letters, small joining words left out."""
    return [w[0].upper() for w in name.split() if w[:1].isupper() and w.lower() not in ACRONYM_SKIP]


def _capitals(acr: str) -> str:
    return "".join(ch for ch in acr if ch.isupper())


def _fits(acr: str, name: str, loose: bool) -> bool:
    """Does the acronym fit the name: its letters the name's initials in any order, or (``loose``: the story
    defines it in brackets) sharing one of them ("Freedom Party (PVV)": a Dutch name's), unless it is a news
    agency's credit ("(AP)")?"""
    caps, initials = _capitals(acr), _initials(name)
    if len(caps) < 2 or len(initials) < 2:
        return False
    if sorted(acr.upper()) == sorted(initials) or sorted(caps) == sorted(initials):
        return True
    return loose and acr not in _AGENCIES and bool(set(caps) & set(initials))


def _suffixes(run: str) -> list[str]:
    """The run of capitalised words and its tails, longest first ("Germany's Social Democratic Party", "Social
    Democratic Party", …), each opening on a capitalised word."""
    words = run.split()
    return [" ".join(words[i:]) for i in range(len(words)) if words[i][:1].isupper()]


def join_defined_acronyms(uf: UnionFind[Key], keys: Sequence[Key], names: _Names, texts: Sequence[str]) -> None:
    """Join a body's name and the acronym the story defines for it (module docstring)."""
    by_key: dict[str, list[Key]] = defaultdict(list)
    for k in keys:
        if k[0] != "place":
            by_key[k[1]].append(k)
    orgs = [k for k in keys if k[0] == "org" and " " in k[1]]
    pairs: set[tuple[Key, str]] = set()
    for text in texts:
        found = [(m.group(1), m.group(2)) for m in _NAME_THEN_ACRONYM.finditer(text)]
        found += [(m.group(2), m.group(1)) for m in _ACRONYM_THEN_NAME.finditer(text)]
        for run, acr in found:
            for name in _suffixes(run):
                long = next((k for k in by_key.get(name_key(name), []) if k[0] == "org"), None)
                if long is not None and " " in long[1] and _fits(acr, name, loose=True):
                    pairs.add((long, name_key(acr)))
                    break
    by_acronym: dict[str, list[Key]] = defaultdict(list)
    for long, acr in sorted(pairs):
        by_acronym[acr].append(long)
    for acr, longs in by_acronym.items():  # "Party for Freedom (PVV)", "Freedom Party (PVV)", "PVV", "PVV party"
        heads = {w for long in longs for w in long[1].split() if w in _BODY_HEADS}  # "VVD Party", not "EU Council"
        shorts = [k for key in (acr, *(f"{acr} {head}" for head in heads)) for k in by_key.get(key, [])]
        for other in [*longs[1:], *shorts]:
            uf.union(longs[0], other)
    defined = set(by_acronym)
    for k in keys:  # "SPD" alone beside "Social Democratic Party": its letters in another order
        form = max(names.forms[k], key=lambda f: (names.forms[k][f], f))
        if (k[0] != "org" or " " in k[1] or k[1] in defined or len(form) < MIN_LOOSE_ACRONYM or not form.isupper()
                or any(uf.find(o) == uf.find(k) for o in orgs)):
            continue
        fits = {uf.find(o) for o in orgs if _fits(form, max(names.forms[o], key=names.forms[o].__getitem__), False)}
        if len(fits) == 1:
            uf.union(fits.pop(), k)


def _one_word(a: str, b: str) -> bool:
    """Are the two folded words one word, or its plural or adjective forms ("democrats" / "democratic")?"""
    if a == b:
        return True
    n = len(_common(a, b))
    return n >= MIN_STEM and max(len(a), len(b)) - n <= 3 and min(len(a), len(b)) - n <= 1


def _common(a: str, b: str) -> str:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return a[:n]


def join_headed_bodies(uf: UnionFind[Key], orgs: Sequence[Key]) -> None:
    """A body's short name written as its long name without the body noun (module docstring), when one long name
    of the story so fits."""
    for k in orgs:
        words = k[1].split()
        longs = {uf.find(o) for o in orgs if len(w := o[1].split()) == len(words) + 1 and w[-1] in _BODY_HEADS
                 and all(_one_word(a, b) for a, b in zip(words, w, strict=False))
                 and (len(words) > 1 or words[0] != w[0])}  # "Senate" is no "Senate Committee": a part of it
        if len(longs) == 1:
            uf.union(longs.pop(), k)


MIN_CLIPPED = 3  # letters a body's name keeps of its first word when news clips it ("Fed" of "Federal Reserve"); at
# most half of the word's letters (its opening syllable), else a word of its own the long name's adjective is made
# from ("Congress" beside "Congressional Budget Office": two bodies)


def join_clipped_bodies(uf: UnionFind[Key], orgs: Sequence[Key], names: _Filed) -> None:
    """A one-word body name, not an acronym, that is the first word of the story's one longer body name clipped to
    half its letters or fewer ("the Fed" beside "Federal Reserve"): that body's short name, when one longer name of the
    story so fits (module docstring; ents65), listed by the longer name in its fewest words (the clip is shorthand)."""
    for k in orgs:
        form = max(names.forms[k], key=lambda f: (names.forms[k][f], f))
        if " " in k[1] or len(k[1]) < MIN_CLIPPED or not form[:1].isupper() or not form[1:].islower():
            continue
        longs = {uf.find(o) for o in orgs if len(w := o[1].split()) >= 2 and w[0].startswith(k[1])
                 and len(w[0]) >= 2 * len(k[1])}  # "Congress" of "Congressional Budget Office": its own word
        if len(longs) == 1 and (long := longs.pop()) != uf.find(k):
            uf.union(long, k)
            group = [o for o in names.forms if uf.find(o) == uf.find(k)]
            if not any(o in names.display for o in group):  # the fewest words: "Federal Reserve", not "US Federal …"
                forms = sum((names.forms[o] for o in group if o != k), Counter())
                names.display[long] = clean_name(min(forms, key=lambda f: (len(f.split()), -forms[f], f)))


_VOWELS = frozenset("aeiouy")


def _skeleton(words: str) -> str:
    """Letters without spaces, hyphens and apostrophes, each doubled letter once ("abdel rahman" -> "abdelrahman")."""
    return re.sub(r"(.)\1+", lambda m: m.group(1), re.sub(r"[\s'’-]+", "", words))


def _spelt_alike(a: str, b: str) -> bool:
    """Are the two skeletons one name but for one vowel written as another, added or left out?"""
    if a == b:
        return True
    if len(a) == len(b):
        diff = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(diff) == 1 and diff[0][0] in _VOWELS and diff[0][1] in _VOWELS
    short, long = sorted((a, b), key=len)
    if len(long) != len(short) + 1:
        return False
    return any(long[i] in _VOWELS and long[:i] + long[i + 1 :] == short for i in range(len(long)))


def join_spellings(uf: UnionFind[Key], persons: Sequence[Key], names: _Names, genders: Mapping[str, str]) -> None:
    """Two full names of one given name spelt alike, and a bare surname spelt as one full name's (module docstring):
    spelt otherwise, not only as written (the same surname is ``people.join_people``'s, which weighs genders)."""
    full = [k for k in persons if " " in k[1]]
    for i, k in enumerate(full):
        given, _, rest = k[1].partition(" ")
        if len(sk := _skeleton(rest)) < MIN_SPELT:
            continue
        for o in full[i + 1 :]:
            og, _, orest = o[1].partition(" ")
            if og == given and _spelt_alike(sk, _skeleton(orest)):
                uf.union(k, o)
    for k in persons:
        if (" " in k[1] or len(sk := _skeleton(k[1])) < MIN_SPELT or any(uf.find(f) == uf.find(k) for f in full)
                or any(f[1].endswith(" " + k[1]) for f in full)):
            continue  # a full name so spelt: the bare name is ``join_people``'s to place, or no one's
        owners = {uf.find(f) for f in full if _spelt_alike(sk, _skeleton(f[1].partition(" ")[2]))}
        if len(owners) == 1 and _same_gender(k, owner := owners.pop(), full, uf, names, genders):
            uf.union(owner, k)


class _Gendered(Protocol):
    """The story's evidence as far as genders go: very common given names' genders by full name's key."""

    name_genders: dict[str, str]


def genders_of(names: _Names, persons: Sequence[Key], ev: _Gendered) -> dict[str, str]:
    """Each person key's gender as the story gives it: honorifics ("Mr. Clinton") and, for a full name, a
    very common given name ("Hillary Clinton"); "?" when they disagree (one key, two people)."""
    out: dict[str, str] = {}
    for k in persons:
        said = {g for f in names.forms[k] if (g := honorific_gender(f))}
        if " " in k[1] and (g := ev.name_genders.get(k[1])):
            said.add(g)
        if GENDER_MARK in k[1]:
            said = {k[1].rsplit(GENDER_MARK, 1)[1]}
        if said:
            out[k[1]] = said.pop() if len(said) == 1 else "?"
    return out


def _gender(forms: Counter[str]) -> str | None:
    """The gender the honorifics of a name's forms give ("Mrs Tarrow": "f"), "?" when they disagree, else None."""
    said = {g for f in forms if (g := honorific_gender(f))}
    return None if not said else said.pop() if len(said) == 1 else "?"


def _same_gender(k: Key, owner: Key, full: Sequence[Key], uf: UnionFind[Key], names: _Names,
                 genders: Mapping[str, str]) -> bool:
    """Do the honorifics written with the bare name (any kind) agree with the gender of the person it would join?"""
    said = _gender(sum((names.forms[o] for o in names.forms if o[1] == k[1]), Counter()))
    held = {genders[f[1]] for f in full if uf.find(f) == owner and f[1] in genders}
    return said != "?" and (said is None or not held - {said})


def join_bare_surnames(uf: UnionFind[Key], keys: Sequence[Key], names: _Names, genders: Mapping[str, str],
                       business: Collection[str], shared: Collection[str] = ()) -> None:
    """A surname typed a body or an unplaced place, or a person's bare surname no full name took, is the one person
    of the story so named once the other joins are made (module docstring): one word or a particle's surname ("Le
    Tarrow"), never written as a business's, nor with an honorific of another gender than the person's ("Mrs
    Tarrow" is not Jon Tarrow: his wife), nor written after another given name the model did not read
    (``shared``)."""
    full = [k for k in keys if k[0] == "person" and " " in k[1]]
    for k in keys:
        words = k[1].split()
        if (k[1].startswith("@") or k[1] in business or k[1] in shared or not k[1][:1].isalpha()
                or (len(words) > 1 and (k[0] == "person" or len(words) > 2 or words[0] not in PARTICLES))
                or any(uf.find(f) == uf.find(k) for f in full)):
            continue
        owners = {uf.find(f) for f in full if f[1].endswith(" " + k[1]) and len(f[1]) > len(k[1]) + 1}
        if len(owners) != 1 or k[0] != "person" and any(o[1].startswith(k[1] + " ") for o in keys if o[0] == "org"):
            continue  # "Tarrow" of "Tarrow Mills": the firm's short name, maybe
        if not _same_gender(k, owner := owners.pop(), full, uf, names, genders):
            continue  # "Mrs Cochran" beside "Kurt Cochran" alone: another person of his family
        uf.union(owner, k)


def join_aliases(uf: UnionFind[Key], keys: Sequence[Key], names: _Filed, texts: Sequence[str],
                 genders: Mapping[str, str], business: Collection[str], shared: Collection[str] = ()) -> None:
    """The story-level alias pass (module docstring), in order: acronyms, short and clipped names, spellings,
    surnames."""
    join_defined_acronyms(uf, keys, names, texts)
    join_headed_bodies(uf, [k for k in keys if k[0] == "org"])
    join_clipped_bodies(uf, [k for k in keys if k[0] == "org"], names)
    join_spellings(uf, [k for k in keys if k[0] == "person"], names, genders)
    join_bare_surnames(uf, keys, names, genders, business, shared)


class _Filed(_Names, Protocol):
    """As ``_Names``, with the documents, display names and kind votes of each key (the package's ``_Names``)."""

    display: dict[Key, str]
    docs: dict[Key, list[str]]
    kind_votes: dict[str, Counter[EntityKind]]


_NAME_SHAPE = re.compile(r"[A-Z][a-z][\w'’.-]*")  # a person's name's word: "Ana", "Clement-Petremann", not "IMF"
_SAID_A = re.compile(r"\b(?:said|says|told|added)[ \t]+(?:a|an)[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}$")  # "said a shaken |X"


def _person_cue(text: str, start: int, end: int, name: str) -> bool:
    """Is the name written here as a person's: with an occupation or an office before or after it ("Ana Velu, head of
    the port's press office, said"), or after "said a/an …" ("said a shaken Ana Velu")?"""
    return (office_holder(text, Mention("", start, end, name, "org"), name)
            or _SAID_A.search(text[max(0, start - 40) : start]) is not None)


def vote_kinds(names: _Filed, texts: Sequence[str], business: Collection[str]) -> None:
    """A name of two or three words written as a person's are ("Ana Velu"), that the model typed a body, no body's by
    its own words nor ever written as a business's, is a person's when the story writes it once at least as a
    person's (``_person_cue``), in any report, whether or not the model tagged it there: the one entry is typed by
    what the story says of the name, not by one parse."""
    for k in [k for k in names.forms if k[0] == "org"]:
        form = max(names.forms[k], key=lambda f: (names.forms[k][f], f))
        if (k[1] in business or not 2 <= len(form.split()) <= 3 or org_by_form(form)
                or not all(_NAME_SHAPE.fullmatch(w) for w in form.split())):
            continue  # "IMF Paris": a body's initials, no given name
        spans = [(t, m.start(), m.end()) for t in texts if form in t
                 for m in re.finditer(r"(?<![\w'’-])" + re.escape(form) + r"(?![\w'’-])", t)]
        if any(org_cue(t, s, e) for t, s, e in spans) or not any(_person_cue(t, s, e, form) for t, s, e in spans):
            continue
        person: Key = ("person", k[1])
        names.forms.setdefault(person, Counter()).update(names.forms.pop(k))
        names.docs.setdefault(person, []).extend(d for d in names.docs.pop(k) if d not in names.docs[person])
        if k in names.display:
            names.display.setdefault(person, names.display.pop(k))
        votes = names.kind_votes[k[1]]
        votes["person"] += votes.pop("org", 0)


_TITLE_WORD = re.compile(r"[A-Z][a-z]+")  # "Pilot", "Harbour": a job's word in capitals, no initials or acronyms


def _lower_before(lead: str, name: str, texts: Sequence[str]) -> bool:
    """Does a report write the words ``lead`` in lower case right before the name ("harbour pilot Ana Velu")?"""
    pattern = re.compile(r"(?<![\w'’-])" + r"[ \t]+".join(re.escape(w.lower()) for w in lead.split())
                         + r"[ \t]+" + re.escape(name) + r"(?![\w'’-])")
    return any(name in t and pattern.search(t) for t in texts)


def refile_titled_names(names: _Filed, texts: Sequence[str]) -> None:
    """Re-file a name written with a job's words in capitals before a person's full name as that person's, when the
    story writes those words in lower case before the name too (module docstring); the person's entry keeps the
    name without the job's words."""
    persons = {k[1]: k for k in names.forms if k[0] == "person" and " " in k[1]}
    for k in [k for k in names.forms if k[0] in ("org", "person")]:
        form = max(names.forms[k], key=lambda f: (names.forms[k][f], f))
        words = form.split()
        for i in range(1, len(words) - 1):
            rest = " ".join(words[i:])
            person = persons.get(name_key(rest))
            if (person is None or person == k or not all(_TITLE_WORD.fullmatch(w) for w in words[:i])
                    or not _lower_before(" ".join(words[:i]), rest, texts)):
                continue
            names.forms[person][rest] += sum(names.forms.pop(k).values())
            names.docs.setdefault(person, []).extend(d for d in names.docs.pop(k, []) if d not in names.docs[person])
            names.display.pop(k, None)
            votes = names.kind_votes[k[1]]
            names.kind_votes[person[1]]["person"] += votes.pop("org", 0) + votes.pop("person", 0)
            break
