"""Place candidates: the stretches of a document that might name a place.

Named entities (GPE/LOC/FAC, and ORG/PERSON/NORP because the small model
mislabels places) and capitalised proper-noun runs the model did not tag at all
("Deir-ez-Zor", "Odesa"), each with what its context says: a qualifier ("Paris,
Texas"), a preceding "the", a locative cue ("in Homs", "town of Talbiseh"), and whether
it is a state's or province's abbreviation as news writes it ("Raleigh, N.C."), and whether a
direction or a distance locates it ("eight miles south of Alturas").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from .. import lexicon
from ..model import Analysis
from ..names import HONORIFICS, compound_modifier, locative_use
from ..parses import parsed, text_of
from ..text import fold
from .division_lists import in_county_list, in_division_list
from .gazetteer import load_gazetteer
from .other_names import (
    era_mark,
    in_own_address,
    names_a_feature,
    names_a_saints_institution,
    names_a_venue,
    names_an_agency,
    names_an_outlet,
)
from .written import crosshead_word, in_quoted_list, quoted_alone, word_in_capitals

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP"})
# Lower-case words inside place names ("Sharm el-Sheikh", "Stratford-upon-Avon"): lexicon/place_connectors.txt.
_CONNECTORS = lexicon.words("place_connectors")
_POSSESSIVE = re.compile(r"['’]s$")
_POINTS = [w.lower() for w in lexicon.words("compass_words")]
# a compass word in lower case the model took into a place's span ("in south and north| Kashmir", "northern| Velby"):
# the part of the place, whose name the gazetteer holds without it (ents49)
_COMPASS_LEAD = re.compile(r"(?:" + lexicon.alternation(_POINTS + [w + "ern" for w in _POINTS]) + r")[ \t]+(?=[A-Z])")
# A run that starts with an abbreviated honorific ("Gen. Petraeus") is a person. Only abbreviations: title
# words begin place names too ("Prince Rupert", "General Santos"); see lexicon/honorifics.tsv.
_HONORIFIC = re.compile(
    r"^(?:" + "|".join(re.escape(h) for h, kind in HONORIFICS.items() if kind == "abbreviation") + r")\b\.?"
)
_CUE = re.compile(
    r"(?:\b(?:in|near|of|from|to|at|outside|around|into|across|towards?|through|via|between|and|or|"
    r"neighbou?ring|northern|southern|eastern|western|central|city|town|village|province)|,)\s+(?:the\s+)?$",
    re.I,
)
# What before or after a name says it is no place of the map: a possessive pronoun ("inside its Corona, or
# outer layer": the sun's), or a possessive with nothing owned after it ("Caesars Palace and Bally's.": a
# business named for its founder, as "McDonald's" is). A name of God (lexicon/deity_names.txt) is none either.
_OWNED_BY_PRONOUN = re.compile(r"\b(?:its|his|her|their|our|my|your)\s+$", re.I)
_NOTHING_OWNED = re.compile(r"^['’]s(?:\s*[.,;:!?)\]\"”]|\s+(?:and|or)\s|\s*$)")
_NO_NOUN_AFTER = re.compile(r"^(?:\s*[.,;:!?)]|\s+(?:or|and)\b|\s*$)")
_DEITIES = frozenset(fold(w) for w in lexicon.words("deity_names"))
_DIVISION_OF = re.compile(
    r"\b(?:province|state|region|county|prefecture|canton|territory|emirate|oblast|governorate)\s+of\s+$", re.I)
# A first-level division written as one after its name ("Golestan province", "Kyiv oblast"), or the
# capital of a country or a division ("Gorgan, capital of Golestan"): no town.
_DIVISION_NOUN = r"(?:province|prefecture|oblast|governorate)"  # not "region": "the Washington region" is a city's
_DIVISION_AFTER = re.compile(r"^\s+" + _DIVISION_NOUN + r"\b")
_DIVISION_ENDING = re.compile(r"\s+" + _DIVISION_NOUN + r"$")
_CAPITAL_OF = re.compile(r"(\S*)\s+capital\s+of\s+(?:the\s+)?$", re.I)
_DEMONYM_WORD = re.compile(r"^[A-Z][\w'’-]*$")  # "the Iranian capital of Tehran": Tehran is the capital
_SENTENCE_END = re.compile(r"(?<=[a-z]{2})\.\s")  # "Leeds. Initially": the qualifier ends with its sentence
# A person's hometown as news writes it: "Cardona, of Fullerton, …", "Smith, 24, of Dayton".
_HOMETOWN = re.compile(r"[A-Z][\w'’.-]+,(?:\s+\d{1,3},)?\s+of\s+$")
# After "X, Y": a list goes on ("Paris, London and Berlin"), so Y is no city holding X.
_LIST_GOES_ON = re.compile(r"^\s*(?:,\s*(?:(?:and|or)\s+)?[A-Z]|(?:and|or)\s+[A-Z])")


def not_on_the_map(text: str, start: int, end: int, name: str) -> bool:
    """Is the name at ``start:end`` of ``text`` written as no place at all: a name of God, a thing a
    pronoun owns ("its Corona"), a business's possessive name ("… and Bally's."), a title, or a word
    (``written``: a quotation's whole, a short word in a line in capitals, a title in a list of quoted titles), or a
    county of a list
    ("Barry, Calhoun and Cass counties": ``division_lists``), or a feature's first part ("Velby| Island")?"""
    owned = _OWNED_BY_PRONOUN.search(text[max(0, start - 8) : start]) is not None and _NO_NOUN_AFTER.match(
        text[end : end + 6]) is not None  # not "his Santiago spokesman", "their Paris office": a place's modifier
    return fold(name) in _DEITIES or owned or _NOTHING_OWNED.match(text[end : end + 8]) is not None \
        or names_a_business(text, start, end) or in_quoted_title(text, start, end) \
        or names_a_publication(text, start, end) or in_title_case_name(text, start, end) \
        or quoted_alone(text, start, end) or word_in_capitals(text, start, end) or in_quoted_list(text, start, end) \
        or era_mark(text, start, end) or names_an_agency(text, start, end) or names_a_venue(text, start, end) \
        or names_an_outlet(text, start, end) or in_own_address(text, start, end) \
        or in_county_list(text, start, end) or names_a_saints_institution(text, start, end) \
        or crosshead_word(text, start, end) or names_a_feature(text, start, end)


_TITLE_QUOTES = {"‘": "’", "“": "”", '"': '"'}
TITLE_WORDS = 3  # capitalised words of four letters or more in a quoted title ("Last Tango in Paris"); "This is for
# Paris" (a slogan, two such words) and "'Paris'" are words in quotes


def in_quoted_title(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` inside a title in quotation marks, every word of which longer than three
    letters is capitalised ("Did you see ‘Last Tango in Paris’?", "the song “Midnight in Havana”")? A film's,
    a book's or a song's title, not the place."""
    line0 = text.rfind("\n", 0, start) + 1
    line1 = text.find("\n", end)
    line1 = len(text) if line1 < 0 else line1
    for opening, closing in _TITLE_QUOTES.items():
        a = text.rfind(opening, line0, start)
        b = text.find(closing, end, line1)
        if a < 0 or b < 0 or (opening == closing and text.count(opening, line0, a) % 2 == 1):
            continue
        inner = text[a + 1 : b]
        if closing in inner or opening in inner or len(inner) > 80:
            continue
        long = [w for w in re.findall(r"[A-Za-z][\w'’-]*", inner) if len(w) > 3]
        if len(long) >= TITLE_WORDS and all(w[0].isupper() for w in long):
            return True
    return False


_MASTHEAD_AFTER = re.compile(
    r"^ (?:" + lexicon.alternation(lexicon.words("masthead_words")) + r")\b",
    re.I)


def names_a_publication(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the first word of a newspaper's or a magazine's name ("You share in the USA
    TODAY community", "told the Chicago Tribune", lexicon/masthead_words.txt)? The masthead, not the place.
    The word after must be capitalised as a name's is ("Chicago Tribune", "USA TODAY"; not "Chicago today")."""
    m = _MASTHEAD_AFTER.match(text[end : end + 30])
    return m is not None and text[end + 1 : end + 2].isupper()


_TITLE_PREPOSITION_BEFORE = re.compile(r"\b[A-Z][\w'’-]+ (?:Of|In|At|On|For|From|To|And|The) $")
_LOWER_WORD = re.compile(r"\b[a-z][a-z'’-]{3,}\b")


def in_title_case_name(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the end of a title written in title case inside running prose ("star of
    Real Housewives Of Beverly Hills", "a fan of Sleepless In Seattle")? A capitalised preposition or article
    right before it is a title's, not prose's ("in Seattle"). Not in a headline whose every long word is
    capitalised ("Storm Hits Homes In Seattle"): there the name is the place."""
    if _TITLE_PREPOSITION_BEFORE.search(text[max(0, start - 40) : start]) is None:
        return False
    line0 = text.rfind("\n", 0, start) + 1
    line1 = text.find("\n", end)
    line = text[line0 : len(text) if line1 < 0 else line1]
    return _LOWER_WORD.search(line) is not None


_BUSINESS_AFTER = re.compile(
    r"^(?:['’]s?)?\s+(?:" + lexicon.alternation(lexicon.words("business_nouns"))
    + r")\b(?!\s+(?:scene|district|quarter|owners?|industry|trade))")
_ARTICLE_BEFORE = re.compile(r"\b(?:[Aa]n?)\s+$")


def names_a_business(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the name of a bar, a club or a restaurant written with its noun ("worked as a
    cook at St James's club", "outside Gustos bar", lexicon/business_nouns.txt)? Not after "a"/"an": "a London
    pub" is a pub in London."""
    return _BUSINESS_AFTER.match(text[end : end + 30]) is not None and _ARTICLE_BEFORE.search(
        text[max(0, start - 4) : start]) is None


_INSTITUTIONS = frozenset(fold(w) for w in lexicon.words("institution_names"))


def institution_name(name: str, qualified: bool) -> bool:
    """Is ``name`` a university known by one word (lexicon/institution_names.txt: "to Yale", "at Harvard") and
    not written with a qualifier that makes it the town ("Yale, Mich.")?"""
    return not qualified and fold(name) in _INSTITUTIONS


# A qualifier after a comma: "Texas" in "Paris, Texas"; a lower-case compass word before it is the part of that place
# ("Clapham, south London", "Ardley, north-west Velmark"), not part of its name: the qualifier is the place after it
# (ents63).
_QUALIFIER = re.compile(
    r"^,\s*(?:(?:" + lexicon.alternation(_POINTS) + r")(?:ern)?(?:-(?:" + lexicon.alternation(_POINTS)
    + r")(?:ern)?)?\s+)?((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")
# Where the text puts a place: "Canary Islands" in "La Palma in the Canary Islands".
_WITHIN = re.compile(r"^\s+in\s+(?:the\s+)?((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")
_TOWN_OWNER = re.compile(r"(?<![\w.-])([A-Z][\w.-]*(?:[ \t]+[A-Z][\w.-]*){0,2})['’]s[ \t]+$")  # "Tarnby’s |"
_TOWN_PART = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.words("town_part_nouns")) + r")\b")
# State and province abbreviations with their stop ("N.C.", "Calif.", "N.S."): lexicon/ap_states.tsv.
DIVISION_ABBREVIATIONS: dict[str, tuple[str, str]] = {r[0]: (r[1], r[2]) for r in lexicon.rows("ap_states")}


def division_abbreviation(text: str, after: str) -> str | None:
    """The abbreviation (with its stop) that ``text`` is, when written as one: "N.C.", or "Calif"
    followed by its stop. A bare "Miss" or "Wash" is a word, not a state."""
    if text in DIVISION_ABBREVIATIONS:
        return text
    return text + "." if after.startswith(".") and text + "." in DIVISION_ABBREVIATIONS else None


@dataclass(slots=True)
class Candidate:
    """A stretch of a document that might name a place."""

    doc: str
    start: int
    end: int
    text: str
    label: str | None  # the NER label, None for an untagged proper-noun run
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    the: bool = False  # written after "the": "the Tour", "the Mall" are rarely towns
    cue: bool = False  # after a locative word or in a list: "in Homs", "town of Talbiseh", "Raqqa and Deir-ez-Zor"
    abbreviation: str | None = None  # a state's or province's abbreviation as written, with its stop ("N.C.")
    within: str | None = None  # "Canary Islands" in "La Palma in the Canary Islands": where the text puts it
    locative: bool = False  # after a direction or a distance: "eight miles south of Alturas" (names.locative_use)
    division: bool = False  # after "the province (state, region …) of": "the province of Quebec" is no city
    # (or before a division's noun: "Golestan province")
    capital_of: bool = False  # after "capital of": "Gorgan, capital of Golestan" is the province or the country
    hometown: bool = False  # a person's hometown: "Cardona, of Fullerton," (not where the story happens)
    district_of: str | None = None  # a qualifier that is no list's next item: "Leeds" in "Beeston, Leeds."
    listed_division: bool = False  # in a list a plural division noun opens ("the states of Sao Paulo, Rio de
    # Janeiro and …"): this mention is the division; the story's other mentions of the name keep their own reading
    town_part: bool = False  # a town's part: "Tarnby’s Las Palmas neighbourhood" (``district_of`` is "Tarnby")


def _capital_of(before: str) -> bool:
    """Is a name written after "capital of" as the country or division a capital is of ("Gorgan, capital of
    Golestan", "Tbilisi, the capital of Georgia"), not after a demonym ("the Iranian capital of Tehran")?"""
    m = _CAPITAL_OF.search(before)
    return m is not None and _DEMONYM_WORD.match(m.group(1)) is None


def _district_of(q: re.Match[str] | None, tail: str) -> str | None:
    """The qualifier as a district's city ("Leeds" in "from Beeston, Leeds. Initially …"), when it is no
    list's next item ("Paris, London and Berlin")."""
    if q is None:
        return None
    city = _SENTENCE_END.split(q.group(1))[0].rstrip(".")
    return city if _LIST_GOES_ON.match(tail[q.start(1) + len(city) :].lstrip(".")) is None else None


def _compass_lead(text: str) -> re.Match[str] | None:
    """A lower-case compass word opening the span, when the gazetteer holds no name with it ("west Africa" stays)."""
    lead = _COMPASS_LEAD.match(text)
    return lead if lead is not None and not load_gazetteer().lookup(text) else None


def _clean_span(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" or a lower-case compass word, and a trailing possessive: "the Caspian Sea's" → "Caspian
    Sea", "north Kashmir" → "Kashmir"."""
    lead = re.match(r"(?:[Tt]he\s+)", text) or _compass_lead(text)
    if lead:
        text, start = text[lead.end() :], start + lead.end()
    text = _POSSESSIVE.sub("", text.rstrip(" ,;:"))
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+$", text):
        text = text[:-1]  # a sentence's full stop, not "U.S."
    return text, start


_ADJECTIVE_FORM = re.compile(r"^[A-Z][a-z]+(?:ian|ean)$")  # "Bayesian", "Darwinian", "Euclidean"
_A_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he)\s+|^)$")  # "a", "an", "the", or the start of a line
_NOUN_AFTER = re.compile(r"^\s+[a-z]")


def adjective_use(text: str, start: int, end: int, noun_after: bool = True, modifier_before: bool = False) -> bool:
    """A name-like adjective between "a"/"an"/"the" (or a line's start, or another modifier: the parse's
    ``modifier_before``) and a common noun ("a Bayesian model", "the final Bayesian age model"): a
    modifier that shares its spelling with a place name, not the place. ``noun_after``: the parse reads
    the next word as a noun ("the Caspian launched …" is the sea)."""
    before = modifier_before or _A_BEFORE.search(text[max(0, start - 4) : start].split("\n")[-1]) is not None
    return (noun_after and before and _ADJECTIVE_FORM.match(text[start:end]) is not None
            and _NOUN_AFTER.match(text[end : end + 3]) is not None)


def _modifier_at(tokens: Any, i: int) -> bool:
    """Does token ``i`` start a line or follow a determiner or an adjective ("the final| Bayesian")?"""
    return i == 0 or tokens[i - 1].pos_ in ("DET", "ADJ") or "\n" in tokens[i - 1].text


def candidates(analysis: Analysis) -> list[Candidate]:
    """Every entity and untagged proper-noun run of one document that could name a place."""
    out: list[Candidate] = []
    doc_id = analysis.doc.id
    for para in analysis.paragraphs:
        sdoc = parsed(para)
        for ent in sdoc.ents:
            label = ent.label_
            if label not in PLACE_LABELS and label not in OTHER_LABELS:
                continue
            text, start = _clean_span(ent.text, ent.start_char)
            ending = _DIVISION_ENDING.search(text)
            if ending is not None and ending.start() > 0:
                text = text[: ending.start()]  # "Golestan province": the province Golestan
            if not text or adjective_use(para.text, start, start + len(text),
                                         ent.end < len(sdoc) and sdoc[ent.end].pos_ == "NOUN",
                                         _modifier_at(sdoc, ent.start)):
                continue
            if compound_modifier(para.text, start + len(text)):
                continue  # "a Nuremberg-style trial": a modifier, no place of the story
            if not_on_the_map(para.text, start, start + len(text), text):
                continue
            if in_division_list(para.text, start) and _LIST_JOIN.search(text):
                out.extend(_division_parts(doc_id, para.offset, para.text, text, start, label))
                continue  # "such as Tocantins and Rondônia" tagged as one: each name a division
            tail = para.text[ent.end_char :]
            q = _QUALIFIER.match(tail)
            w = _WITHIN.match(tail)
            before = para.text[max(0, start - 40) : start]
            after = para.text[start + len(text) :]
            the = start > ent.start_char or before.rstrip().lower().endswith(" the")
            owner = _TOWN_OWNER.search(before) if _TOWN_PART.match(after) else None  # "Tarnby’s Alder district"
            out.append(
                Candidate(
                    doc_id, para.offset + start, para.offset + start + len(text), text, label,
                    q.group(1) if q else None, the, _CUE.search(before) is not None,
                    division_abbreviation(text, para.text[start + len(text) :]), w.group(1) if w else None,
                    locative_use(para.text, start, start + len(text)),
                    _DIVISION_OF.search(before) is not None or _DIVISION_AFTER.match(after) is not None,
                    _capital_of(before), _HOMETOWN.search(before) is not None,
                    owner.group(1) if owner else _district_of(q, tail), in_division_list(para.text, start),
                    owner is not None,
                )
            )
        out.extend(_untagged_runs(doc_id, para.offset, sdoc))
    return out


_LIST_JOIN = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+")


def _division_parts(doc_id: str, offset: int, text: str, span: str, start: int, label: str) -> list[Candidate]:
    """The names of a division list the model tagged as one span ("Tocantins and Rondônia"), each a division."""
    out, at = [], 0
    for m in [*_LIST_JOIN.finditer(span), None]:
        end = m.start() if m is not None else len(span)
        part = span[at:end]
        if part[:1].isupper():
            s = start + at
            out.append(Candidate(doc_id, offset + s, offset + s + len(part), part, label, cue=True,
                                 listed_division=True))
        at = m.end() if m is not None else end
    return out


def _untagged_runs(doc_id: str, offset: int, sdoc: Any) -> Iterable[Candidate]:
    """Capitalised proper-noun runs outside any entity: "Deir-ez-Zor", "Sharm el-Sheikh"."""
    tokens = list(sdoc)
    whole = text_of(sdoc)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 7:
            nxt = tokens[j]
            if nxt.ent_iob_ != "O":
                break
            glued = not tokens[j - 1].whitespace_
            if nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN", "ADJ"):
                j += 1
            elif (nxt.text in ("-", "‐") and glued) or (nxt.lower_ in _CONNECTORS and j + 1 < len(tokens)
                                                        and tokens[j + 1].text[:1].isupper()):
                j += 1
            elif glued and tokens[j - 1].text in ("-", "‐"):
                j += 1
            else:
                break
        while j > i + 1 and not tokens[j - 1].text[:1].isupper():
            j -= 1
        start, end = tok.idx, tokens[j - 1].idx + len(tokens[j - 1].text)
        text = whole[start:end]
        if adjective_use(whole, start, end, j < len(tokens) and tokens[j].pos_ == "NOUN", _modifier_at(tokens, i)) \
                or not_on_the_map(whole, start, end, text):
            i = j
            continue
        abbreviation = division_abbreviation(text, whole[end:])
        if abbreviation is not None or (
            sum(ch.isalpha() for ch in text) >= 3 and not _HONORIFIC.match(text) and not text.endswith(".")
        ):
            the = i > 0 and tokens[i - 1].lower_ == "the"
            cue = _CUE.search(whole[max(0, start - 40) : start]) is not None
            yield Candidate(doc_id, offset + start, offset + end, text, None, None, the, cue, abbreviation)
        i = j
