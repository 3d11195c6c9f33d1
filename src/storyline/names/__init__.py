"""People's and organisations' names: honorifics, particles, known groups, comparison keys.

Shared by the places stage (a surname is never a place; "ISIL" is never a place)
and the entities stage (which merges the names of one actor), so it sits below
both and neither imports the other.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache

from .. import lexicon
from ..model import Analysis
from ..text import WORDS, fold

# Honorifics and titles (lexicon/honorifics.tsv): names drop them all ("President Putin" is Putin).
HONORIFICS: dict[str, str] = lexicon.table("honorifics")  # word -> "abbreviation" | "title"
_HONORIFIC_WORDS = "|".join(re.escape(h) for h in HONORIFICS)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFIC_WORDS})\.?\s+)+")
_TITLE_HYPHEN = re.compile(rf"^({_HONORIFIC_WORDS})-[ \t]+(?=[A-Z])")  # "President- Donald Trump": a typo's hyphen
_HONORIFIC_BEFORE = re.compile(rf"(?<![\w-])((?:{_HONORIFIC_WORDS})\.?)\s+$")  # not "Port-au-|Prince."
_POSSESSIVE = re.compile(r"(?:['’]s?|‘s)$")  # "Modern Family‘s": a typographic possessive written with "‘"
_THE = re.compile(r"^the\s+", re.I)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$")
# British and other variant spellings made one (lexicon/spelling_variants.tsv), then word order.
_SPELLING = [(re.compile(p), r) for p, r in lexicon.table("spelling_variants").items()] + [
    (re.compile(r"\b(ministry|department) of (\w+)$"), r"\2 \1"),  # "Ministry of Defense" = "Defense Ministry"
]
ACRONYM_SKIP = lexicon.words("acronym_skip_words")  # "of", "the" …: no initial of an acronym
PARTICLES = lexicon.words("name_particles")  # "al", "bin", "van", "de" ...: not a first name or surname

# Well-known groups and institutions whose names are not derivable from each other (lexicon/known_orgs.tsv).
# Canonical name → aliases (any case; compared folded).
KNOWN_ORGS: dict[str, tuple[str, ...]] = lexicon.aliases("known_orgs")
_ORG_ALIAS: dict[str, str] = {}
for _canon, _aliases in KNOWN_ORGS.items():
    for _a in (_canon, *_aliases):
        _ORG_ALIAS[fold(_THE.sub("", _a))] = _canon


_QUOTE_DASH = re.compile(r"-[\"“”]|[\"“”]-")  # 'Ana Kerr-"-For': a scrape's dash and quotation mark inside a name
_SPACED_DASH = re.compile(r" [-–—]+(?: (?=[a-z])|$)")  # "Acme -", "Acme - originally"; not "… — Varn University"


@lru_cache(maxsize=1 << 16)
def display_form(name: str) -> str:
    """A mention as shown among aliases: whitespace collapsed, "the" and possessive dropped (remembered: the stages
    ask about 50,000 times in ten ten-report briefs, for a few thousand names)."""
    name = _TITLE_HYPHEN.sub(r"\1 ", _THE.sub("", " ".join(name.split())))  # a title's stray hyphen (ents57)
    if (cut := _QUOTE_DASH.split(name, maxsplit=1)[0]) and cut != name:
        name = cut  # 'Ana Kerr-"-For years': a dash and a quotation mark glued inside end the name (ents57)
    if (cut := _SPACED_DASH.split(name, maxsplit=1)[0]) and cut != name:
        name = cut  # "Acme -", "Acme - originally called …": a spaced dash before no capital ends the name
    name = _POSSESSIVE.sub("", name).strip(" ,;:\"“”'‘’()[]")
    if name.endswith(".") and not _ABBREVIATION_END.search(name):
        name = name[:-1]
    return name


# An occupation written before a name as a false title (lexicon/job_titles.txt): "Archaeologist Giles
# Hamm" is Giles Hamm. Only before two words or more, so "Coach" or "Doctor" alone stays what it is.
JOB_TITLES = lexicon.words("job_titles")
_PARTY_MEMBERS = lexicon.words("party_member_words")
_FALSE_TITLE = re.compile(r"^([A-Za-z]+)\s+(?=\S+\s+\S)")


def _without_false_title(name: str) -> str:
    """The name after a false title, when the rest reads as a person's name: two or three capitalised
    words, no organisation's word ("Student Loan Corp", "Architect of the Capitol" stay whole)."""
    m = _FALSE_TITLE.match(name)
    if m is None:
        return name
    rest = name[m.end() :].split()
    if m.group(1) in _PARTY_MEMBERS and fold(rest[0]) in FIRST_NAME_GENDERS:
        return name[m.end() :]  # "Conservative Bill Deedes": a party member's word before a given name (ents57)
    if m.group(1).lower() not in JOB_TITLES:
        return name
    if not 2 <= len(rest) <= 3 or not all(w[:1].isupper() for w in rest) or rest[-1].rstrip(".") in ORG_SUFFIXES:
        return name
    return name[m.end() :]


@lru_cache(maxsize=1 << 16)
def clean_name(name: str) -> str:
    """A mention as a name: ``display_form`` without honorifics ("Mr. Putin" → "Putin") or a false title
    ("Spokeswoman Elisabeth Byrs" → "Elisabeth Byrs"). Cached: the entity and place stages ask for the
    same mentions' names many times (some 75,000 calls in ten briefs)."""
    shown = display_form(name)
    if " " in shown and _FEATURES.get(shown.rsplit(None, 1)[1]) == "last":
        return shown  # "Lord Howe Island", "Prince Edward Island": a title opening a feature's name (ents57)
    return display_form(_without_false_title(_HONORIFIC.sub("", shown)))


@lru_cache(maxsize=1 << 16)
def name_key(name: str) -> str:
    """Comparison key: folded, British spellings made American (cached, as ``clean_name``)."""
    k = fold(clean_name(name))
    for pat, rep in _SPELLING:
        k = pat.sub(rep, k)
    return k


# What kind of thing a name's own words and its neighbours say it is (lexicon/org_suffixes.txt,
# org_prefixes.txt, product_nouns.txt, place_nouns.txt): general English, checked before listing.
ORG_SUFFIXES = lexicon.words("org_suffixes")
ORG_PREFIXES = lexicon.words("org_prefixes")
PRODUCT_NOUNS = lexicon.words("product_nouns")
PLACE_NOUNS = lexicon.words("place_nouns")
_STOPWORDS = lexicon.words("stopwords")
_NEXT_WORDS = re.compile(r"^[ \t]+([\w&.'’-]+)(?:[ \t]+([\w&.'’-]+))?")
_LAST_WORD = re.compile(r"\b([a-z]+)(?:['’]s)?[ \t]+$")  # "the jet's| Aircraft … System": the owner noun


# Places that stand for an institution ("Capitol Hill", "Wall Street"; lexicon/place_metonyms.txt) and
# the parts of a document ("Extended Data Fig", "Supplementary Information"; lexicon/document_parts.txt).
PLACE_METONYMS = frozenset(fold(w) for w in lexicon.words("place_metonyms"))
DOCUMENT_PARTS = lexicon.words("document_parts")
# A name cut after a joining word ("Smith and", "Deutsche Börse of"): the model stopped inside a name.
_CUT_AFTER = lexicon.words("name_joiners")
# A name that is two names joined by a preposition ("Durst for Berman", "Durst in New York").
_JOINED_BY = re.compile(r"^(.+?)\s+(?:for|in|at|on|to|from|with|by)\s+([A-Z].*)$")


def place_metonym(name: str) -> bool:
    """A place used for an institution or a trade: "Capitol Hill", "Wall Street", "Downing Street"."""
    return fold(clean_name(name)) in PLACE_METONYMS


def document_part(name: str) -> bool:
    """A part of a paper or a report: "Extended Data Fig", "Supplementary Information", "Table S2"."""
    words = clean_name(name).split()
    return bool(words) and (words[0].rstrip(".") in DOCUMENT_PARTS or " ".join(words[:2]) in DOCUMENT_PARTS)


def cut_after_joiner(name: str) -> str | None:
    """A name cut after a joining word ("Smith and", "Deutsche Börse of") without it, else None."""
    head, _, last = name.rpartition(" ")
    return head if head and last in _CUT_AFTER else None


def joined_names(name: str) -> tuple[str, str] | None:
    """The two names a preposition joins in one span ("Durst for Berman" → "Durst", "Berman"), or None."""
    m = _JOINED_BY.match(name)
    return (m.group(1), m.group(2)) if m is not None and m.group(1)[:1].isupper() else None


def org_by_form(name: str) -> bool:
    """A name its own words make an organisation's: "Aldermouth Port Authority", "Air France"."""
    words = clean_name(name).split()
    return len(words) >= 2 and (words[-1].rstrip(".") in ORG_SUFFIXES or words[0] in ORG_PREFIXES)


def continues_as_org(after: str) -> bool:
    """Whether the words after a name make it part of an organisation's name ("Malaysia| Airlines",
    "Aldermouth| Port Authority"), so that the name alone is not a place there."""
    m = _NEXT_WORDS.match(after)
    if m is None or not m.group(1)[:1].isupper():
        return False
    first, second = m.group(1).rstrip(".,;:"), (m.group(2) or "").rstrip(".,;:")
    return first in ORG_SUFFIXES or (second[:1].isupper() and second in ORG_SUFFIXES)


def _neighbour_noun(text: str, start: int, end: int) -> tuple[str, str]:
    """The common noun after a name (skipping one modifier: "Kalibr cruise missiles") and the word before it."""
    after = ""
    m = _NEXT_WORDS.match(text[end : end + 60])
    if m is not None:
        one, two = m.group(1).lower().strip(".,;:"), (m.group(2) or "").lower().strip(".,;:")
        after = two if one not in PRODUCT_NOUNS and one not in PLACE_NOUNS and one.replace("-", "").isalpha() and (
            one not in _STOPWORDS and m.group(1).islower()
        ) else one
    b = _LAST_WORD.search(text[max(0, start - 30) : start])
    return after, b.group(1) if b else ""


_COUNT_BEFORE = re.compile(r"(?:\b\d[\d,]*|\b(?:" + lexicon.alternation(WORDS) + r"))[ \t]+$", re.I)
# A model or flight designator: letters and digits in one token ("A330s", "AF447", "MD-11", "Su-34").
_DESIGNATOR = re.compile(r"^(?=[\w-]*\d)(?=[\w-]*[A-Za-z])[\w]+(?:-[\w]+)*$")


def thing_context(text: str, start: int, end: int) -> bool:
    """A name written as a made thing's: counted by a number before a product noun ("26 Kalibr cruise
    missiles"), or in apposition after one ("missile systems Kalibr NK"). "Boeing jets" or "Navy ships"
    name a maker or an owner, not a product: without the count they do not count."""
    after, before = _neighbour_noun(text, start, end)
    counted = _COUNT_BEFORE.search(text[max(0, start - 20) : start]) is not None
    return (counted and after in PRODUCT_NOUNS) or before in PRODUCT_NOUNS


def designator(name: str) -> bool:
    """A model, flight or product code rather than a name: "A330s", "AF447", "MD-11"."""
    return _DESIGNATOR.match(name.strip()) is not None


SITE_NOUNS = lexicon.words("site_nouns")


def _site_after(text: str, end: int) -> bool:
    """Is the name ending at ``end`` written before a site's noun ("Warratyi| rock shelter", "the Lascaux| cave")?"""
    m = _NEXT_WORDS.match(text[end : end + 40])
    if m is None:
        return False
    one, two = m.group(1).lower().rstrip(".,;:"), (m.group(2) or "").lower().rstrip(".,;:")
    return one in SITE_NOUNS or f"{one} {two}" in SITE_NOUNS


def place_context(text: str, start: int, end: int) -> bool:
    """A name written as a location's: before a place noun ("the Saltings neighbourhood") or a site's
    ("the Warratyi rock shelter"), after one and "of" ("the port of Aldermouth"), or after a direction or
    a distance ("eight miles south of Alturas", ``locative_use``), or before one ("Weberek, 40 kilometers
    southeast of Dili")."""
    after, _ = _neighbour_noun(text, start, end)
    return (after in PLACE_NOUNS or _site_after(text, end) or _place_noun_of(text, start) is not None
            or locative_use(text, start, end) or _LOCATIVE_AFTER.match(text, end) is not None)


# A distance and a direction written right after a name ("in Weberek, 40 kilometers (25 miles) southeast of
# Dili", "to Weberek 14 miles away"): the name is a location's (read by the entities stage only; the places stage
# reads ``locative_use``).
_LOCATIVE_AFTER = re.compile(
    r",?[ \t]+(?:about[ \t]+|some[ \t]+|nearly[ \t]+)?\d[\d,.]*[ \t]+(?:miles?|kilomet(?:er|re)s?|km)\b"
    r"(?:[ \t]*\([^()\n]{0,30}\))?[ \t]+(?:(?:(?:north|south|east|west)\w*[ \t]+)?(?:of|from|outside)|away)\b",
    re.I,
)


PLACE_NOUNS_OF = lexicon.words("place_nouns_of")
_FEATURES = lexicon.table("feature_words")  # a feature's first or last word ("Cape", "Peninsula")
_NOUN_OF = re.compile(r"\b([a-z]+)[ \t]+of[ \t]+(?:the[ \t]+)?$")


def _place_noun_of(text: str, start: int) -> str | None:
    m = _NOUN_OF.search(text[max(0, start - 30) : start])
    if m is None:
        return None
    noun = m.group(1)
    if noun not in PLACE_NOUNS_OF and noun.endswith("s") and noun[:-1] in PLACE_NOUNS_OF:
        noun = noun[:-1]  # "the districts of Velby and Tarn": the plural's noun (ents57)
    return noun if noun in PLACE_NOUNS_OF else None


def feature_context(text: str, start: int) -> bool:
    """A name written after a natural feature's noun and "of" ("the island of Fernando de Noronha"):
    a place, whether or not the gazetteer holds it."""
    noun = _place_noun_of(text, start)
    return noun is not None and _FEATURES.get(noun.capitalize()) == "last"


_DEFINED = re.compile(r"[ \t]\(([A-Z][A-Za-z]{1,7})(?:\)|,[ \t]+(?:also|or|formerly)[ \t])")  # "(ISIL, also …)"


def defined_acronyms(text: str) -> dict[str, str]:
    """Acronyms the text defines in brackets after the name they abbreviate ("Advanced Composition
    Explorer (ACE)", "the Aircraft Communications Addressing and Reporting System (ACARS)", a gloss perhaps after
    its comma, "(TLF, also known as the Front)": ents59): acronym as written -> that name."""
    out: dict[str, str] = {}
    for m in _DEFINED.finditer(text):
        acr, before = m.group(1), text[max(0, m.start() - 150) : m.start()].split()
        for n in range(2, min(len(before), 10) + 1):
            if acr.lower() in (acronym(" ".join(before[-n:])), acronym_spelled(" ".join(before[-n:]))):
                out.setdefault(acr, " ".join(before[-n:]))
                break
    return out


def known_org(name: str) -> str | None:
    """The canonical name of a well-known group this name is an alias of."""
    return _ORG_ALIAS.get(fold(clean_name(name)))


def is_known_org(name: str) -> bool:
    return known_org(name) is not None


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping function words: "Free Syrian Army" → "fsa"."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w]
    initials = [w[0] for w in words if w.lower() not in ACRONYM_SKIP and w[:1].isupper()]
    return "".join(initials).lower() if len(initials) >= 2 else ""


def acronym_spelled(name: str) -> str:
    """Initials as above, but an upper-case word gives all its letters: "US Geological Survey" →
    "usgs", "U.S. Navy" → "usn" (``acronym`` gives "ugs", "un"); "" when that is no different."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w]
    if not any(len(w.replace(".", "")) > 1 and w.replace(".", "").isupper() for w in words):
        return ""
    initials = [w.replace(".", "") if w.replace(".", "").isupper() and w.replace(".", "").isalpha() else w[0]
                for w in words if w.lower() not in ACRONYM_SKIP and w[:1].isupper()]
    return "".join(initials).lower() if len(initials) >= 2 else ""


# Very common given names and their gender (lexicon/first_names.tsv).
FIRST_NAME_GENDERS = {fold(k): v for k, v in lexicon.table("first_names").items()}


def given_name_first(name: str) -> bool:
    """A name of two or three capitalised words that opens with a very common given name
    (lexicon/first_names.tsv) and holds no organisation's word: a person's ("Cesar Maia"), whatever
    the model tagged it ("George Washington University", "Paul Hastings LLP" are not)."""
    words = clean_name(name).split()
    return (2 <= len(words) <= 3 and fold(words[0]) in FIRST_NAME_GENDERS
            and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
            and not org_by_form(name) and known_org(name) is None)


def person_name_parts(analyses: Sequence[Analysis], skip_orgs: bool = True) -> dict[str, int]:
    """Folded surnames and first names of the story's people, with how often each is used.

    A word counts when it is the first or last word of a multi-word PERSON
    mention, or a one-word PERSON mention after an honorific ("Mr. Putin").
    The places stage keeps such words out of the gazetteer ("Obama" is a town in Japan).
    ``skip_orgs``: a "person" whose name ends in an organisation's word is not one, and an "organisation"
    whose name opens with a very common given name is a person ("Cesar Maia": ``given_name_first``).
    """
    parts: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for a in analyses:
        for m in a.mentions:
            if skip_orgs and m.kind == "org" and given_name_first(m.text):
                pass  # "Cesar Maia", tagged as an organisation, is a person: "Maia" is his surname, not a town
            elif m.kind != "person" or (skip_orgs and org_by_form(m.text)):
                continue  # "Aldermouth Port Authority", tagged as a person, names no person
            words = [w for w in clean_name(m.text).split() if fold(w) not in PARTICLES]
            if len(words) >= 2:
                for w in (words[0], words[-1], re.sub(r"^(?:al|el)-", "", words[-1])):
                    parts[fold(w)] += 1
            elif len(words) == 1:
                before = a.doc.text[max(0, m.start - 20) : m.start]
                if honorific_before(before):
                    parts[fold(words[0])] += 1
                singles[fold(words[0])] += 1
    return {w: n + singles.get(w, 0) for w, n in parts.items() if w}


def honorific_before(text: str) -> str | None:
    """The honorific that ``text`` ends with ("... said Mr." -> "Mr."), or None."""
    hit = _HONORIFIC_BEFORE.search(text)
    return hit.group(1) if hit else None


_CONTINUED = re.compile(r"^[ \t]+(?:and|&|of|for)[ \t]+((?:[A-Z][\w'’-]*[ \t]+){0,3}[A-Z][\w'’-]*)")


_POSSESSED = re.compile(r"^['’]s[ \t]+([A-Z][a-z]+)\b")
# Nouns that end a body's name after a possessive beyond ORG_SUFFIXES ("Croatian Bishop's Conference";
# lexicon/possessed_org_nouns.txt)
POSSESSED_ORG_NOUNS = lexicon.words("possessed_org_nouns")


def org_continuation(text: str, end: int, possessive: bool = False) -> str:
    """The words after a name that complete it as an organisation's, when the model cut it before
    "and"/"of" ("Aldermouth Fire| and Rescue Service"): " and Rescue Service", or at a possessive before
    an organisation's word ("St Brigid|'s Hospital"): "'s Hospital", with ``possessive`` (a name the model
    tagged as an organisation's; a person's possessive is the person's: "Obama's Administration"); or ""."""
    if possessive:  # the possessive after the span ("St Brigid|'s Hospital") or its last word ("St Brigid's| Hospital")
        at = end - 2 if text[max(0, end - 2) : end] in ("'s", "’s") else end
        owned = _POSSESSED.match(text[at : at + 40])
        if owned is not None and (owned.group(1) in ORG_SUFFIXES or owned.group(1) in POSSESSED_ORG_NOUNS):
            return text[end : at + owned.end()]
    m = _CONTINUED.match(text[end : end + 80])
    if m is None or org_by_form(text[max(0, end - 60) : end].split("\n")[-1].split(",")[-1]):
        return ""  # a whole organisation's name already: "… University| and Catholic University" is a list
    return text[end : end + m.end()] if m.group(1).split()[-1] in ORG_SUFFIXES else ""


_NUMBER_AFTER = re.compile(r"^[ \t]+#?(?:\d|[A-Z]{1,3}\d)")  # "447", "#4", "AF447"
NUMBERED_NOUNS = lexicon.words("numbered_nouns")


def numbered_context(text: str, start: int, end: int) -> bool:
    """A name that ends in a numbered thing's noun, written just before a number ("Air France
    Flight| 447", "Unit| 4"): a piece of that thing's name, cut by the model."""
    words = text[start:end].split()
    return len(words) >= 2 and words[-1] in NUMBERED_NOUNS and _NUMBER_AFTER.match(text[end : end + 4]) is not None


# A made thing's name, as a product is written and an organisation rarely is (``product_use``):
# the head of a noun phrase with an indefinite article ("sell an Xbox,", "a Walkman and"), or, for a
# one-word name, with a personal possessive ("his Xbox and"); or an owner's product of a kind
# ("Microsoft's Windows operating system", "its Walkman players"). "a Microsoft spokesman", "his
# Twitter account" do not count (a noun follows), nor "our Armed Forces will" (an institution of
# several words). A model number ("Windows 95", "Boeing 777") does not count: makers are written so.
_INDEFINITE_BEFORE = re.compile(r"(?:^|[^\w-])[Aa]n?[ \t]+(?:(?:new|used|old|brand-new|second-hand)[ \t]+)?$")
# ("bought him a new Mercedes.": an indefinite article, perhaps with a word of a thing's age)
_POSSESSIVE_BEFORE = re.compile(r"(?:^|[^\w-])(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Yy]our|[Oo]ur)[ \t]+$")
_HEAD_END = re.compile(r"^(?:[ \t]*(?:[,.;:!?)]|$)|[ \t]+([a-z]+)\b)")
_BRANCH_AFTER = re.compile(r"^[ \t]+(?:in|at|near|outside|on)[ \t]+(?:the[ \t]+)?[A-Z]")
COMPANY_NOUNS = lexicon.words("company_nouns")
_BASED_BEFORE = re.compile(r"[A-Za-z]-based[ \t]+$")  # "Liberty-based Acme"
_WORD_BEFORE = re.compile(r"\b([a-z]+)[ \t]+$")
_COMPANY_AFTER = re.compile(r"^[ \t]+([a-z]+)\b(?:[ \t]+([a-z]+)\b)?")  # not after "'s": "Smith's company" is his
_WHICH_AFTER = re.compile(r"^[ \t]*,[ \t]*which\b")
# A person is written with a title, a relative "who", a verb and a personal pronoun ("Smith said he",
# "Smith told her"), or kin ("Smith's wife").
_PERSON_AFTER = re.compile(
    r"^(?:[ \t]*,?[ \t]*who\b|[ \t]+[a-z]+[ \t]+(?:that[ \t]+)?(?:he|she|him|her)\b|"
    r"['’]s?[ \t]+(?:wife|husband|son|daughter|mother|father|brother|sister|family|widow)\b)"
)


# "Microsoft's| Windows", "its| Windows", "3Com's popular| Palm Pilot" (one adjective between)
_OWNER_BEFORE = re.compile(r"(?:['’]s?|\b(?i:" + lexicon.alternation(lexicon.words("possessive_determiners"))
                           + r"))[ \t]+(?:[a-z][a-z-]*[ \t]+)?$")  # "its Arca platform", "her Velox phone"
_APPOSITIVE_BEFORE = re.compile(r"\b([a-z]+),[ \t]+(?:the[ \t]+)?$")  # "the most popular hand-held computer, the| X"
_SPEAKS_AFTER = re.compile(
    r"^[ \t]+(?:(?:has|had|have)[ \t]+)?(?:said|says|announced|announces|reported|denied|denies|confirmed|"
    r"confirms|stated|told|added|argued|claimed|declined|hired|sued|agreed|acquired|employs)\b"
)


_OBJECT_BEFORE = re.compile(r"(?:^|[^\w-])(?:" + lexicon.alternation(lexicon.words("object_prepositions"))
                            + r")[ \t]+$")
_VERSION_OF_BEFORE = re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("version_of_nouns"))
                                + r")[ \t]+of[ \t]+(?:the[ \t]+)?$")


def speaks_use(text: str, end: int, start: int | None = None) -> bool:
    """Is the name the subject of a verb of saying or of a business's acts ("Acme said", "Acme has
    hired")? Made things do neither. Given its ``start``, a name right after a preposition is its object, no
    subject ("one app on Velox told users": lexicon/object_prepositions.txt)."""
    if start is not None and _OBJECT_BEFORE.search(text[max(0, start - 12) : start]) is not None:
        return False
    return _SPEAKS_AFTER.match(text[end : end + 30]) is not None


def owned_product_use(text: str, start: int, end: int) -> bool:
    """Is the name written as an owner's product of a kind ("Microsoft's Windows operating system", "its
    electronic Arca platform", "her Velox phone": lexicon/possessive_determiners.txt)?"""
    return (_OWNER_BEFORE.search(text[max(0, start - 30) : start]) is not None
            and _neighbour_noun(text, start, end)[0] in PRODUCT_NOUNS)


def product_use(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` written as a made thing's (see the patterns above), as an
    owner's product of a kind ("Microsoft's Windows operating system", "its Walkman players", "3Com's
    popular Palm Pilot hand-held computer"), or in apposition to a product noun ("the most popular
    hand-held computer, the Palm Pilot")?"""
    if owned_product_use(text, start, end):
        return True
    appositive = _APPOSITIVE_BEFORE.search(text[max(0, start - 40) : start])
    if appositive is not None and appositive.group(1) in PRODUCT_NOUNS:
        return True  # "the most popular hand-held computer, the Palm Pilot": named as a product of that kind
    if _VERSION_OF_BEFORE.search(text[max(0, start - 30) : start]) is not None:
        return True  # "the most recent version of Velox": a made thing's version (lexicon/version_of_nouns.txt)
    before = text[max(0, start - 20) : start]
    if not (_INDEFINITE_BEFORE.search(before) or (" " not in text[start:end].strip()
                                                   and _POSSESSIVE_BEFORE.search(before))):
        return False
    after = text[end : end + 40]
    if _BRANCH_AFTER.match(after):
        return False  # "the parking lot of a Wal-Mart in Moorehead City": a store of the company, not a product
    head = _HEAD_END.match(after)
    return head is not None and (head.group(1) is None or head.group(1) in _STOPWORDS)


def company_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a business's: "Liberty-based Acme", "the energy company Acme", "the
    Acme business of …"?"""
    if _BASED_BEFORE.search(text[max(0, start - 30) : start]):
        return True
    if company_noun_before(text, start):
        return True
    after = _COMPANY_AFTER.match(text[end : end + 40])  # "Acme business", "Acme hardware business"
    return (after is not None and (after.group(1) in COMPANY_NOUNS or (
        after.group(2) in COMPANY_NOUNS and after.group(1) not in _STOPWORDS))) or business_after(text, end)


_BUSINESS_NOUN_AFTER = re.compile(
    r"^[ \t]+(?:" + lexicon.alternation(lexicon.words("business_nouns"))
    + r")\b(?![ \t]+(?:scene|district|quarter|owners?|industry|trade))")


def company_noun_before(text: str, start: int) -> bool:
    """Is the name written right after a business's noun ("the investment company Acme")? A name before the noun
    ("the Liberty company", "the AI company") may only say where or what the business is, so a name tagged a place
    is made a business's only by this form."""
    before = _WORD_BEFORE.search(text[max(0, start - 20) : start])
    return before is not None and before.group(1) in COMPANY_NOUNS


def business_after(text: str, end: int) -> bool:
    """Is the name followed by the noun of a place of business, with no possessive ("outside Gustos bar", "the
    Blue Note club"; lexicon/business_nouns.txt)? The bar's name, not a person's ("Gusto's bar" may be the
    owner's)."""
    return _BUSINESS_NOUN_AFTER.match(text[end : end + 30]) is not None


def person_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a person's: after an honorific or a title ("Mr.", "President"), before
    "who", before a verb and a personal pronoun ("Smith said he …"), or with kin ("Smith's wife")?"""
    return honorific_before(text[max(0, start - 20) : start]) is not None or _PERSON_AFTER.match(
        text[end : end + 40]) is not None


_OF_HEAD_BEFORE = re.compile(r"\b(?:a|an|the|this|that|his|her|its|their)[ \t]+(?:[a-z][\w-]*[ \t]+){1,2}of[ \t]+$")


def which_use(text: str, end: int, start: int | None = None) -> bool:
    """Is the name followed by ", which" (a thing or a body; a person takes "who")? Given its ``start``, not where the
    name is the object of "of" after a lower-case noun ("a block of Ana Velu, which replays showed …"): the clause
    may be on that noun."""
    if start is not None and _OF_HEAD_BEFORE.search(text[max(0, start - 40) : start]) is not None:
        return False
    return _WHICH_AFTER.match(text[end : end + 12]) is not None


# Where a location is written: a direction or a distance from it ("eight miles south of Alturas",
# "40 km from Homs", "on the outskirts of Ashby"). People are not written so.
_LOCATIVE_BEFORE = re.compile(
    r"(?:\b(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?[ \t]+of|"
    r"\b(?:miles?|kilomet(?:er|re)s?|km)[ \t]+(?:(?:north|south|east|west)\w*[ \t]+)?(?:from|of|outside)|"
    r"\boutskirts[ \t]+of)[ \t]+(?:the[ \t]+)?$",
    re.I,
)


def locative_use(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` written as a location's, by a direction or a distance from it
    ("eight miles south of Alturas")? Not before a possessive ("north of Smith's farm" names a farm)."""
    return _LOCATIVE_BEFORE.search(text[max(0, start - 40) : start]) is not None and not re.match(
        r"['’]", text[end : end + 1])


# Second halves of compound adjectives made from a name ("Nuremberg-style"; lexicon/compound_adjective_endings.txt).
_COMPOUND_ENDING = re.compile(
    r"-(?:" + lexicon.alternation(lexicon.words("compound_adjective_endings"))
    + r")\b(?!-)", re.IGNORECASE
)


def compound_modifier(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the first half of a compound adjective ("a Nuremberg-style trial",
    "a Vietnam-era helicopter")? Then it modifies, and names no place or actor of the story."""
    return _COMPOUND_ENDING.match(text, end) is not None


@lru_cache(maxsize=1)
def name_abbreviations() -> frozenset[str]:
    """Abbreviations, with their stop, that stand before a name and never end a sentence: the honorifics
    written short ("Gen.") and lexicon/abbreviations.txt ("Brig.", "No."). The sentence splitter and the
    title's two-sentence check both read them."""
    short = {f"{h}." for h, kind in HONORIFICS.items() if kind == "abbreviation"}
    return frozenset(short) | lexicon.words("abbreviations")
