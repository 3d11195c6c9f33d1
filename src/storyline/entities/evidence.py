"""What the story says about its names before they are merged (``_Evidence``), and the type checks that
read it (``checked_kind``): the entities stage's checks (package docstring)."""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .. import lexicon
from ..ingest.glyphs import dictionary_word
from ..model import Analysis, EntityKind, Located, Mention
from ..names import (
    BODIES,
    FIRST_NAME_GENDERS,
    HONORIFICS,
    JOB_TITLES,
    ORG_SUFFIXES,
    PARTICLES,
    TIME_ZONES,
    body_as_newspaper,
    clean_name,
    company_use,
    defined_acronyms,
    designator,
    display_form,
    division_title,
    document_part,
    feature_context,
    feature_name,
    given_name_first,
    honorific_before,
    is_natural_object,
    is_storm,
    joined_names,
    name_key,
    numbered_context,
    object_names,
    org_by_form,
    owned_product_use,
    person_use,
    place_context,
    place_metonym,
    product_use,
    speaks_use,
    storm_names,
    thing_context,
    untitled_division,
    which_use,
)
from ..text import fold
from .common_words import CommonWords, common_word_evidence
from .common_words import no_name as common_word
from .given_names import given_name_runs, inside_given_names, only_in_given_names
from .peoples import event_name, faith_place, people_plural, planets_as_bodies
from .roles import apposed_epithets, publication_use
from .shapes import (
    LEGAL_SUFFIXES,
    TITLE_MODIFIERS,
    adjective_use,
    after_preposition,
    alias_use,
    bill_name,
    clock_time,
    common_acronyms,
    craft_name,
    date_abbreviation,
    demonym,
    document_name,
    emphasis_caps,
    first_name_gender,
    given_name_before,
    honorific_gender,
    kin_given_names,
    model_year_use,
    pact_name,
    quoted_use,
    signup_furniture,
    street_name,
    taxon_names,
    transposed,
    venue_name,
    versioned,
)
from .ventures import venture_use, ventures


@dataclass(slots=True)
class _Evidence:
    """What the story says about its names before they are merged."""

    place_by_doc: dict[str, list[tuple[int, int, str]]]  # doc -> (start, end, row name) of resolved places
    not_places: set[tuple[str, int, int]]  # spans tagged as places that are people or organisations
    surnames: set[str]  # folded last words of multi-word person names
    counted_only: set[str]  # keys of names only ever counted by a number ("26 Kalibr missiles")
    checks: bool = True  # the type checks (module docstring)
    things: set[str] = field(default_factory=set)  # keys of names only ever written as made things'
    locations: set[str] = field(default_factory=set)  # keys of names written as locations' ("Saltings district")
    placed_run: bool = False  # the places stage ran: a place it did not resolve is a gazetteer miss
    storms: set[str] = field(default_factory=set)  # folded given names the story gives storms ("irene")
    numbered: set[str] = field(default_factory=set)  # keys only ever written before a number ("Air France Flight")
    objects: set[str] = field(default_factory=set)  # folded names of natural objects of the sky ("leo")
    apposed: set[tuple[str, str]] = field(default_factory=set)  # (epithet key, full name key): "the Unabomber, Ted K."
    publications: set[str] = field(default_factory=set)  # keys of names written as a publication's ("the daily X")
    features: set[str] = field(default_factory=set)  # keys written after a feature's noun ("island of X")
    products: set[str] = field(default_factory=set)  # keys mostly written as a product's ("sell an Xbox,")
    companies: set[str] = field(default_factory=set)  # keys written as a business's and never as a person's
    aliases: set[str] = field(default_factory=set)  # keys only ever quoted, once after "called himself" ("AJ")
    plurals: set[str] = field(default_factory=set)  # folded words the story also writes as a capitalised plural
    listed_people: set[str] = field(default_factory=set)  # keys only ever named in lists of people
    determined: set[str] = field(default_factory=set)  # keys only ever after "the", "at" or a possessive
    model_years: set[str] = field(default_factory=set)  # keys only ever after a model year ("a 2007 Hyundai X")
    awards: set[str] = field(default_factory=set)  # folded plurals of a word also written as a modifier ("Oscars")
    keys: set[str] = field(default_factory=set)  # keys of every name the story uses
    defined: set[str] = field(default_factory=set)  # keys of the acronyms the story defines ("(WIN)")
    divisions: set[str] = field(default_factory=set)  # keys written before a division's title ("Maule Region")
    people: set[str] = field(default_factory=set)  # keys the model tags as a person at least once
    peoples: set[str] = field(default_factory=set)  # folded demonyms written as modifiers ("Australian pre-history")
    place_heads: set[str] = field(default_factory=set)  # folded first words of placed names ("rio" of Rio de Janeiro)
    first_names: set[str] = field(default_factory=set)  # folded one-word person names (a first name used alone)
    beside: set[tuple[str, str]] = field(default_factory=set)  # (surname, full name) listed side by side
    name_genders: dict[str, str] = field(default_factory=dict)  # full name's key -> its given name's gender
    place_names: dict[str, str] = field(default_factory=dict)  # key of a placed name -> its row's name
    given_first: set[str] = field(default_factory=set)  # folded very common given names of the story's people
    texts: list[str] = field(default_factory=list)  # the documents' texts
    taxa: set[str] = field(default_factory=set)  # folded genus names written as taxa ("Diprotodon optatum")
    method_acronyms: set[str] = field(default_factory=set)  # acronyms defined for lower-case words ("OSL")
    adjectives: set[str] = field(default_factory=set)  # keys only ever written as adjectives ("a Eurocentric view")
    owned_products: set[str] = field(default_factory=set)  # keys only ever an owner's product ("its Arca platform")
    birth_names: set[str] = field(default_factory=set)  # keys only ever in a run of given names ("christened X Y …")
    articled: set[str] = field(default_factory=set)  # keys mostly after "a", "the" ("a Maserati"): a thing's, no one's
    products_once: set[str] = field(default_factory=set)  # keys written as a product at least once ("a Porsche,")
    written: dict[str, int] = field(default_factory=dict)  # how often the story writes a name (cache)
    two_genders: set[str] = field(default_factory=set)  # keys of bare surnames after "Mr." and after "Ms."
    kin_given: dict[str, str] = field(default_factory=dict)  # folded given names after "his wife," … -> gender
    acronyms: set[str] = field(default_factory=set)  # keys written right after "acronym" ("its acronym Abri")
    org_heads: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # first words' key ->
    # the keys of the organisations' names they start, without a legal ending ("gibson" -> {"gibson guitar"})
    common: CommonWords = field(default_factory=CommonWords)  # ordinary words, titles, services (common_words)


def _evidence(analyses: Sequence[Analysis], located: Located | None, checks: bool = True) -> _Evidence:
    place_by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    not_places: set[tuple[str, int, int]] = set()
    if located is not None:
        for pm in located.mentions:
            place_by_doc[pm.doc].append((pm.start, pm.end, located.names.get(pm.place.id, pm.text)))
        not_places = located.not_places
    surnames = {
        fold(words[-1])
        for a in analyses
        for m in a.mentions
        if (m.kind == "person" or (checks and m.kind == "org" and given_name_first(m.text)))
        and len(words := clean_name(m.text).split()) >= 2
    }

    if checks:  # "criticism from Ana| Herrera": a surname the model took without its given name
        surnames |= {fold(n) for a in analyses for m in a.mentions if (n := given_cut(a.doc.text, m, a.mentions))}
    # a name a number counts ("26 Kalibr missiles") is a thing, unless it is also used as a name alone
    def key_of(m: Mention) -> str:
        return name_key(clean_name(display_form(m.text)))

    mentions = [m for a in analyses for m in a.mentions]
    counted_only = {key_of(m) for m in mentions if m.counted and fold(clean_name(m.text)) not in surnames}
    counted_only -= {key_of(m) for m in mentions if not m.counted}
    return _Evidence(place_by_doc, not_places, surnames, counted_only, placed_run=located is not None,
                     texts=[a.doc.text for a in analyses])


def given_cut(text: str, m: Mention, mentions: Sequence[Mention]) -> str | None:
    """The one-word name of an organisation or a person the model read without the very common given name
    written right before it ("criticism from Ana| Herrera" -> "Herrera"; the name is Ana Herrera, a
    person), when no other mention holds the given name and the word is no organisation's; else None."""
    name = clean_name(m.text)
    if m.kind == "place" or " " in name or org_by_form(name) or name in ORG_SUFFIXES:
        return None
    at = given_name_before(text, m.start)
    if at is None or any(o.start <= at < o.end for o in mentions):
        return None
    return name


_ACRONYM_BEFORE = re.compile(r"\b(?:acronym|abbreviation|initials)[ \t,]*$")
_ARTICLE = re.compile(r"(?:^|[^\w-])(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w-]*[ \t]+)?$")  # "a |", "the silver-gray |"
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|at|in|inside|outside)|\w['’]s)[ \t]+$")  # "at the|", "Aldermouth's|"
_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})s\b")  # "the Oscars", "two Emmys": the singular names a thing
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # ", ", ", and ", " and "
_MODIFIER_OF_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})(?:[ -](?:[a-z]{3,}))")  # "Oscar nominees", "Emmy-winning"
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s+[A-Z]")  # "Port-au-Prince. Oxfam": two sentences, not "John F. Kennedy"
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")  # " Wesson" after "Smith and"
_PARTICLE_NAME_AFTER = re.compile(  # " der Merwe" after "Johan van", " Roy" after "Alain Le"
    r"(?:[ \t]+(?:" + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True)) + r"))*"
    r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*"
)
_PARTICLES_BEFORE = re.compile(  # "Van der |Merwe", "and de |Klerk": particles the model left off a surname
    r"(?<![\w'’-])(?:(?:" + "|".join(sorted(map(re.escape, PARTICLES), key=len, reverse=True)) + r")[ \t]+)+$",
    re.IGNORECASE,
)
_PEOPLE_SHARE = 2 / 3  # of a list's other names tagged as people: the list is a list of people
_MIN_LIST = 3


def people_list_keys(text: str, mentions: Sequence[Mention]) -> Counter[str]:
    """Keys of the names written in a list of people ("Maren Ade, Nuri Bilge Ceylan, Souleymane
    Cissé"): a run of three names or more joined only by commas and "and", most of the others
    tagged as people. A name's kind agrees with the names it is listed with."""
    out: Counter[str] = Counter()
    ordered = sorted(mentions, key=lambda m: m.start)
    runs: list[list[Mention]] = []
    for m in ordered:
        if runs and runs[-1][-1].end <= m.start and _LIST_GAP.match(text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    for run in runs:
        if len(run) < _MIN_LIST:
            continue
        for i, m in enumerate(run):
            others = run[:i] + run[i + 1 :]
            if sum(o.kind == "person" for o in others) >= _PEOPLE_SHARE * len(others):
                out[name_key(clean_name(display_form(m.text)))] += 1
    return out


def _count_uses(text: str, m: Mention, n: Counter[str]) -> None:
    """Count how one mention is written: as a product's, a business's, a person's, a speaker's … (``names``)."""
    n["all"] += 1
    n["product"] += product_use(text, m.start, m.end)
    n["company"] += company_use(text, m.start, m.end)
    n["venture"] += venture_use(text, m.start, m.end)
    n["person"] += person_use(text, m.start, m.end)
    n["speaks"] += speaks_use(text, m.end)
    n["which"] += which_use(text, m.end)
    n["quoted"] += quoted_use(text, m.start, m.end)
    n["determined"] += _DETERMINED.search(text[max(0, m.start - 12) : m.start]) is not None
    n["alias"] += alias_use(text, m.start, m.end)
    n["model_year"] += model_year_use(text, m.start)
    n["adjective"] += adjective_use(text, m.start, m.end)
    n["owned"] += owned_product_use(text, m.start, m.end)
    n["article"] += _ARTICLE.search(text[max(0, m.start - 30) : m.start]) is not None


def _typecheck_evidence(analyses: Sequence[Analysis], ev: _Evidence) -> None:
    """Names the story only ever writes as made things', and names it writes as locations'."""
    thing_uses: dict[str, list[bool]] = defaultdict(list)
    number_uses: dict[str, list[bool]] = defaultdict(list)
    uses: dict[str, Counter[str]] = defaultdict(Counter)  # key -> product, company, person, all
    tagged: dict[str, Counter[EntityKind]] = defaultdict(Counter)
    defined: dict[str, str] = {}  # key of an acronym -> key of the name the text defines it for
    for a in analyses:
        defined.update({name_key(acr): name_key(full) for acr, full in defined_acronyms(a.doc.text).items()})
        for m in a.mentions:
            k = name_key(clean_name(display_form(m.text)))
            thing_uses[k].append(thing_context(a.doc.text, m.start, m.end))
            _count_uses(a.doc.text, m, uses[k])
            number_uses[k].append(numbered_context(a.doc.text, m.start, m.end))
            tagged[k][m.kind] += 1
            if org_by_form(name := clean_name(display_form(m.text))):  # "Acme| Guitar Corporation"
                words = name_key(name).split()
                whole = " ".join(words[:-1] if words[-1] in LEGAL_SUFFIXES and len(words) > 2 else words)
                for i in range(1, len(words)):
                    ev.org_heads[" ".join(words[:i])].add(whole)
            if place_context(a.doc.text, m.start, m.end) and not org_by_form(m.text):
                ev.locations.add(k)
            if feature_context(a.doc.text, m.start):
                ev.features.add(k)
            if _ACRONYM_BEFORE.search(a.doc.text[max(0, m.start - 30) : m.start]):
                ev.acronyms.add(k)  # "known by its Indonesian acronym Abri": a body's short name, no person
            _division_evidence(a.doc.text, m, k, ev)
    in_people_list: Counter[str] = Counter()
    for a in analyses:
        in_people_list.update(people_list_keys(a.doc.text, a.mentions))
        ev.plurals |= {fold(w) for w in _PLURAL.findall(a.doc.text)}
    ev.listed_people = {k for k, n in in_people_list.items() if n == uses[k]["all"]}
    _people_evidence(analyses, ev, tagged)
    ev.defined = set(defined)
    ev.things = {k for k, uses in thing_uses.items() if all(uses)}
    ev.things |= {acr for acr, full in defined.items() if full in ev.things}  # "ACARS" for a thing's name
    ev.storms = storm_names([a.doc.text for a in analyses])
    ev.objects = object_names([a.doc.text for a in analyses])
    titled = {clean_name(m.text) for a in analyses for m in a.mentions if body_as_newspaper(a.doc.text, m.start)}
    ev.publications = {name_key(m.text) for a in analyses for m in a.mentions if publication_use(a.doc.text, m)}
    ev.apposed = {pair for a in analyses for pair in apposed_epithets(a.doc.text, a.mentions)}
    ev.objects |= {fold(b) for b in BODIES - titled}  # "the Sun", unless the story names a paper "The Sun"
    ev.numbered = {k for k, uses in number_uses.items() if all(uses)}
    # a made thing's name: written as a product at least as often as not, never as a business's or a
    # person's, never saying or doing what a business does ("Acme said")
    ev.products = {k for k, n in uses.items()
                   if n["product"] and 2 * n["product"] >= n["all"]
                   and not n["company"] and not n["person"] and not n["speaks"]}
    # a business's name the model read as a person's: written as a business's (or followed by ", which"),
    # never with a person's title, "who", pronoun or kin, and no part of a person's fuller name
    # ("Liberty-based Acme announced …")
    ev.companies = {k for k, n in uses.items() if (n["company"] or (n["which"] and not _given_and_surname(k)))
                    and not n["person"] and not n["product"]} | ventures(uses)  # "Crate's app" (ventures.py)
    # a name someone gave themselves, written only in quotes ('a man who identified himself as "AJ"'):
    # an unnamed person's alias, not an actor the story identifies
    ev.aliases = {k for k, n in uses.items() if n["alias"] and n["quoted"] == n["all"]}
    ev.determined = {k for k, n in uses.items() if n["determined"] == n["all"]}
    _shape_evidence(analyses, ev, uses)
    if ev.placed_run:  # a name the model mostly tags as a place ("Quay 4"): a location wherever it is unresolved
        ev.locations |= {k for k, votes in tagged.items() if votes["place"] > votes["org"] + votes["person"]}


def _given_and_surname(k: str) -> bool:
    """Is the key a very common given name (lexicon/first_names.tsv) and a surname, and no more? Such a name is a
    business only where a business's noun is written with it: in "a bond with Richard Hallworth, which began …" the
    ", which" opens a clause on the sentence before."""
    words = k.split()
    return 2 <= len(words) <= 3 and words[0] in FIRST_NAME_GENDERS


def _birth_names(analyses: Sequence[Analysis], uses: dict[str, Counter[str]]) -> set[str]:
    """Keys of names the story writes only inside runs of given names ("christened Clarissa Theresa …")."""
    in_runs: Counter[str] = Counter()
    for a in analyses:
        runs = given_name_runs(a.doc.text)
        in_runs.update(name_key(clean_name(display_form(m.text))) for m in a.mentions if inside_given_names(m, runs))
    return {k for k, n in in_runs.items() if n == uses[k]["all"]}


_DEMONYM = re.compile(r"\b([A-Z][a-z]+an)(?= [a-z])")  # "Australian pre-history", "Haitian children"
_NAME_BEFORE = re.compile(r"(?:^|(\S+)\s+)([A-Z][a-z'’-]+)[ \t]+$")  # "Rute| Vicente Oliveira", a line's first word too


def _cut_before(before: str) -> bool:
    """Does a person's span start after a given name the model left out ("Rute| Vicente Oliveira")? The
    capitalised word before is no title ("President", "Archaeologist") and not the end of one after "of"
    ("Secretary of State| Hillary Clinton")."""
    m = _NAME_BEFORE.search(before)
    if m is None:
        return False
    word = m.group(2)
    return not (word in HONORIFICS or word.lower() in JOB_TITLES or word in ORG_SUFFIXES
                or (m.group(1) or "").lower() in ("of", "the"))


_STOPWORDS = lexicon.words("stopwords")
_CALENDAR_WORDS = frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))
_GIVEN_WORD = re.compile(r"[A-Z][a-z]{2,}")
_ROLE_ENDINGS = tuple(lexicon.entries("role_endings"))


def given_left_out(text: str, m: Mention, mentions: Sequence[Mention], ev: _Evidence) -> int | None:
    """Where the given name the model left off a person's name of two words or more begins ("Rute| Vicente
    Oliveira, a 48-year-old manicurist"), or None: the capitalised word right before it (``_cut_before``: no
    title) is no function word, month, weekday or nationality, no other mention holds it, and the story
    never writes it in lower case, and it is no whole word of the sentence model's vocabulary (so no
    "Yesterday| John Smith", "Former| …")."""
    if m.kind != "person" or " " not in clean_name(m.text):
        return None
    before = text[max(0, m.start - 40) : m.start]
    hit = _NAME_BEFORE.search(before)
    if hit is None or not _cut_before(before) or not _GIVEN_WORD.fullmatch(word := hit.group(2)):
        return None
    low = word.lower()
    if low in _STOPWORDS or low in _CALENDAR_WORDS or demonym(word) or fold(word) in ev.peoples:
        return None
    if low.endswith(_ROLE_ENDINGS):
        return None  # "Strategist| Steve Bannon", "Britons| Peter Kennedy": a role or a people, no given name
    if dictionary_word(word) is not False:
        return None  # an English word or a name common enough to be in the vocabulary ("Yesterday", "Vicente")
    at = max(0, m.start - 40) + hit.start(2)
    if any(o.start <= at < o.end for o in mentions):
        return None
    if ev.written.get("\0" + low) is None:
        ev.written["\0" + low] = sum(len(re.findall(r"\b" + re.escape(low) + r"\b", t)) for t in ev.texts)
    return None if ev.written["\0" + low] else at


def _people_evidence(analyses: Sequence[Analysis], ev: _Evidence, tagged: dict[str, Counter[EntityKind]]) -> None:
    """Who the story names as people, its demonyms, its places' first words, first names used alone, and
    surnames listed beside a full name ("Clinton and Hillary Rodham Clinton": two people)."""
    ev.people = {k for k, votes in tagged.items() if votes["person"]}
    said: dict[str, set[str]] = defaultdict(set)  # bare surname's key -> the honorifics' genders
    for a in analyses:
        ev.peoples |= {fold(w) for w in _DEMONYM.findall(a.doc.text)}
        persons = sorted((m for m in a.mentions if m.kind == "person"), key=lambda m: m.start)
        ev.first_names |= {fold(clean_name(m.text)) for m in persons if " " not in clean_name(m.text)}
        ev.given_first |= {fold(w[0]) for m in a.mentions if (m.kind == "person" or given_name_first(m.text))
                           and len(w := clean_name(m.text).split()) >= 2 and fold(w[0]) in FIRST_NAME_GENDERS}
        for m in persons:  # "Mr. Sherman" and "Ms. Sherman": a husband and a wife, two people
            name = clean_name(m.text)
            hon = honorific_before(a.doc.text[max(0, m.start - 20) : m.start])
            g = honorific_gender(display_form(m.text)) or (honorific_gender(f"{hon} {name}") if hon else None)
            if " " not in name and g:
                said[name_key(name)].add(g)
        for m in persons:  # a given name's gender, where the span starts the name ("Rute| Vicente Oliveira" not)
            if (g := first_name_gender(m.text)) and not _cut_before(a.doc.text[max(0, m.start - 40) : m.start]):
                ev.name_genders.setdefault(name_key(clean_name(m.text)), g)
        for x, y in itertools.pairwise(persons):
            if x.end <= y.start and _LIST_GAP.match(a.doc.text[x.end : y.start]):
                kx, ky = name_key(clean_name(x.text)), name_key(clean_name(y.text))
                for one, full in ((kx, ky), (ky, kx)):
                    if " " not in one and " " in full and full.split()[-1] == one:
                        ev.beside.add((one, full))
    ev.two_genders = {k for k, gs in said.items() if len(gs) > 1}
    _kin_evidence(analyses, ev)
    for rows in ev.place_by_doc.values():
        ev.place_names.update({name_key(r): r for _, _, r in rows})
        ev.place_heads |= {fold(r.split()[0]) for _, _, r in rows if len(r.split()) > 1}
    ev.place_heads -= {fold(r) for rows in ev.place_by_doc.values() for _, _, r in rows if " " not in r}


def _kin_evidence(analyses: Sequence[Analysis], ev: _Evidence) -> None:
    """Given names written after a kin or partner noun ("his wife, Honey"): a person's, of that gender; a
    full name that opens with one takes it unless its given name's gender is known already."""
    kin: dict[str, str] = {}
    for a in analyses:
        for n, g in kin_given_names(a.doc.text).items():
            kin[n] = g if kin.get(n, g) == g else "?"
    ev.kin_given = {n: g for n, g in kin.items() if g != "?"}
    ev.given_first |= set(ev.kin_given)
    for a in analyses:
        for m in a.mentions:
            words = name_key(clean_name(m.text)).split()
            if m.kind == "person" and len(words) >= 2 and (gender := ev.kin_given.get(words[0])):
                ev.name_genders.setdefault(" ".join(words), gender)


def _division_evidence(text: str, m: Mention, k: str, ev: _Evidence) -> None:
    """A name written before a division's title ("Bío Bío| Region"), or with it ("Maule Region"): a region's."""
    if division_title(text, m.end):
        ev.divisions.add(k)
    elif (cut := untitled_division(clean_name(display_form(m.text)))) is not None:
        ev.divisions.add(name_key(cut))  # the model took the title in


def _shape_evidence(analyses: Sequence[Analysis], ev: _Evidence, uses: dict[str, Counter[str]]) -> None:
    """Names only ever after a model year ("a 2007 Hyundai Sonata"), adjectives, owners' products, taxa,
    methods' acronyms, every key, awards' plurals, and pieces of runs of given names."""
    ev.birth_names = _birth_names(analyses, uses)
    ev.common = common_word_evidence(analyses, ev.surnames)  # "Drag racing …", "Westlaw data", "her book X"
    ev.model_years = {k for k, n in uses.items() if n["model_year"] == n["all"]}
    ev.adjectives = {k for k, n in uses.items() if n["adjective"] == n["all"]}
    ev.owned_products = {k for k, n in uses.items() if n["owned"] == n["all"] and not n["person"] and not n["speaks"]}
    ev.articled = {k for k, n in uses.items() if 2 * n["article"] >= n["all"] and not n["person"] and not n["speaks"]}
    ev.products_once = {k for k, n in uses.items() if n["product"] and not n["company"]}
    ev.taxa = taxon_names(ev.texts)
    ev.method_acronyms = {acr for t in ev.texts for acr in common_acronyms(t)}
    ev.keys = set(uses)
    ev.objects |= planets_as_bodies(ev.keys)  # "seven flybys of Venus"; not beside "Venus Williams"
    # "the Oscars" beside "Oscar nominees": an award's or an event's plural, not an organisation, unless it speaks
    speakers = {k for k, n in uses.items() if n["speaks"]}
    modifiers = {w for a in analyses for w in _MODIFIER_OF_PLURAL.findall(a.doc.text)}
    # A modifier whose plural is written somewhere ("Oscar" and "the Oscars"): ``_PLURAL`` matches a whole
    # word, so its stems are exactly the words w for which ``\bws\b`` is found (one scan of each text, not
    # one per modifier: that was about 0.03x of a ten-report brief's parse).
    stems = {w for a in analyses for w in _PLURAL.findall(a.doc.text)}
    ev.awards = {fold(w) + "s" for w in modifiers & stems} - {fold(k) for k in speakers}


def _checked_kind(kind: EntityKind, name: str, ev: _Evidence) -> EntityKind | None:
    """The kind a name's type checks allow (module docstring), or None: not listed."""
    if document_name(name) or pact_name(name) or name_key(name) in ev.numbered or bill_name(name):
        return None  # "Convention on Terrorism", "Trans-Pacific Partnership": treaties; "Air France Flight| 447";
        # "H.R. 667": a bill
    if name.count("(") != name.count(")") or _no_name(kind, name, ev):
        return None  # "Maule (III": a name cut inside a bracket; "Det", "Email Sign| Up", "Mar| -a-Lago", "WIN"
    if place_metonym(name):
        return "place"  # "Capitol Hill", "Wall Street": a place standing for an institution, not an organisation
    if document_part(name) or _SENTENCE_INSIDE.search(name):
        return None  # "Extended Data Fig", "Supplementary Information": a paper's parts; "Prince. Oxfam": a cut
    if _two_names(name, kind, ev):
        return None  # "IMF and World Bank", "Durst for Berman": two names in one span, each listed on its own
    words = name.split()
    if kind == "org" and len(words) > 1 and words[-1].endswith("ans") and fold(words[-1][:-1]) in ev.peoples:
        return None  # "Indigenous Australians" (the story writes "Australian" as a modifier): a people
    if kind == "org" and len(words) == 1 and fold(name) in ev.place_heads:
        return None  # "Rio" beside "Rio de Janeiro": a placed name's short form, not an organisation
    rest = after_preposition(name)
    if rest is not None and name_key(rest) in ev.keys:
        return None  # "Across Capitol Hill on Wednesday": a sentence's preposition; the name is "Capitol Hill"
    if name_key(name) in ev.divisions and kind != "place":
        return None  # "the Bío Bío Region", "Talca, Maule Region": a region no gazetteer row holds, not a person
    if name_key(name) in ev.model_years:
        return None  # "a white 2007 four-door Hyundai Sonata": a car's model, not a person
    if org_by_form(name):
        return "org"  # "Aldermouth Port Authority" is not a person, "Malaysia Airlines" not a place
    if name in TIME_ZONES or clock_time(name) or is_storm(name, ev.storms) or is_natural_object(name, ev.objects):
        return None  # "EST", "5:57pm PDT": times; "Hurricane Irene", "Irene": a storm; "Leo", "Comet Halley": sky
    if street_name(name):
        return None  # "Drury Circle", "Interstate 435": a street or a road, a location no gazetteer holds
    if venue_name(name) and (kind != "person" or name_key(name) in ev.determined):
        return None  # "the O2 Arena", "at Aldermouth's Civic Theatrette": a venue ("Arsenio Hall said": a person)
    if name_key(name) in ev.aliases:
        return None  # '"AJ"', a name an unnamed man gave himself
    if feature_name(name) or name_key(name) in ev.features:
        return None if name_key(name) in ev.org_heads else "place"  # "Cape Hatteras"; not "Mount Sinai| Hospital"
    if designator(name) or versioned(name) or "[" in name or "]" in name:
        return None  # "AF447", "A330s": a flight or a model's code; "[I]t": a fragment of a quotation
    k = name_key(name)
    if k in ev.things or (kind != "place" and _no_actor(kind, name, words, k, ev)):
        return None  # a product or a weapon ("Kalibr NK"), a taxon, a method's acronym, an adjective …
    if kind == "person" and " " not in name and fold(name) in ev.plurals and fold(name) not in ev.surnames:
        return None  # "Oscar nominees" beside "the Oscars": an award's name, not a first name of "Oscar Isaac"
    if kind == "org" and " " not in name and fold(name) in ev.awards:
        return None  # "the Oscars" (the story also writes "Oscar nominees"): an award, not its academy
    if kind == "org" and k in ev.listed_people and len(name.split()) > 1:
        return "person"  # "Maren Ade, Nuri Bilge Ceylan, Souleymane Cissé": named among people, one of them
    if kind == "person" and len(name.split()) > 1 and any(designator(w) for w in name.split()):
        return "org"  # "TV3 New Zealand": a channel's or a firm's code name; people's names hold no digits
    if kind == "person" and k in ev.companies and fold(name) not in ev.surnames:
        return "org"  # "Liberty-based Acme has made a donation": a business the model read as a person
    if k in ev.locations and (kind != "person" or (" " not in k and fold(name) not in ev.surnames)):
        return None  # a neighbourhood, a street, a town the gazetteer does not know ("the port of Aldermouth")
    if kind == "person" and _heads_one_org(name, ev) and fold(name) not in ev.surnames:
        return "org"  # "Gibson" of "Gibson Guitar Corporation": the company, the model read as a person
    if kind == "place" and ev.placed_run:
        return None  # tagged as a place, unknown to the gazetteer (resolved places came in above)
    return kind


def _no_name(kind: EntityKind, name: str, ev: _Evidence) -> bool:
    """Words that are no name: a title's abbreviation alone ("Det" of "Det. Brandon Price"), a newsletter box
    ("Email Sign| Up"), a date's abbreviation ("Mar| -a-Lago", "Wed"; not "Jan| Egeland"), a common word in
    capitals ("We will continue to WIN.", unless the story defines the acronym), pieces of a run of given names
    ("christened Clarissa Theresa Philomena …": ``given_names``), a nationality's adjective
    ("Malagasy"), a location's name misspelt ("Kaltryera" for "Kaltyerra"), a family ("the Shermans"); an ordinary
    word, a title-case run, a work's title, a data service's name (``common_words``)."""
    if name.rstrip(".") in HONORIFICS or signup_furniture(name) or common_word(kind, name, ev.common):
        return True  # "Drag racing …", "Of All Time", "her book X", "Westlaw data", "an Avenger torpedo bomber"
    if name_key(name) in ev.birth_names or (ev.birth_names and only_in_given_names(name, ev.texts)):
        return True  # "christened Clarissa Theresa Philomena …": pieces of one person's given names, told once
    if date_abbreviation(name) and not _starts_longer(name, ev):
        return True
    if kind == "org" and emphasis_caps(name) and name_key(name) not in ev.defined:
        return True
    if kind != "place" and (event_name(name) or faith_place(name, ev.place_names)):
        return True  # "the Boston Marathon", "the Carrington Event": an event; "Orthodox Serbia": a placed country
    if kind != "place" and (demonym(name) or people_plural(name)) and fold(name) not in ev.surnames:
        return True  # "U.S. and Malagasy law": a nationality's adjective ("Bill English": a surname); "Croats"
    if kind != "place" and _misspelt_location(name, ev):
        return True  # "[the Kaltryera site shows]" beside "the Kaltyerra rock shelter": the site, misspelt
    return kind == "person" and _family_plural(name, ev)


_MISSPELT_MIN = 6  # letters: two short names a swap apart are often two names ("Dean" / "Dane")


def _misspelt_location(name: str, ev: _Evidence) -> bool:
    """A one-word name that is a location's name the story writes with two neighbouring letters swapped."""
    k = name_key(name)
    return (" " not in k and len(k) >= _MISSPELT_MIN and fold(name) not in ev.surnames and k not in ev.locations
            and any(transposed(k, loc) for loc in ev.locations))


def _heads_one_org(name: str, ev: _Evidence) -> bool:
    """A one-word name that starts one organisation's name the story writes ("Gibson" of "Gibson Guitar
    Corporation"), not several ("Aldermouth" of "Aldermouth Port Authority" and "Aldermouth Fire and Rescue
    Service": their place)."""
    return " " not in name and len(ev.org_heads.get(name_key(name), ())) == 1


def _starts_longer(name: str, ev: _Evidence) -> bool:
    """Does the story write the word at the start of a longer name ("Jan| Egeland")?"""
    k = name_key(name) + " "
    return any(o.startswith(k) for o in ev.keys)


def _family_plural(name: str, ev: _Evidence) -> bool:
    """A surname's plural ("the Shermans" beside "Barry Sherman"): a family, not one more person."""
    f = fold(name)
    return " " not in name and f.endswith("s") and f[:-1] in ev.surnames and f not in ev.surnames


def _no_actor(kind: EntityKind, name: str, words: list[str], k: str, ev: _Evidence) -> bool:
    """A name that is no organisation or person by how the story writes it: a word of a title ("Federal"),
    a product ("sell an Xbox and accessories", "its Windows operating system", "its Arca platform"), a taxon
    ("Diprotodon (optatum)", "the Genyornis genus"), a method's acronym ("optically stimulated luminescence
    (OSL)"), an adjective ("a Eurocentric view"), a craft ("Parker Solar Probe")."""
    if name in TITLE_MODIFIERS or (kind == "org" and k in ev.products) or (kind == "person" and k in ev.owned_products):
        return True
    if craft_name(name) and k not in ev.companies:
        return True  # "Parker Solar Probe", "Hubble Space Telescope": a craft, a made thing
    if k in ev.articled and k in ev.products_once and fold(name) not in ev.surnames:
        return True  # "opened fire on a Maserati", "in a Tata Nano, a small car": a thing, no one is "a Smith"
    if fold(words[0]) in ev.taxa and all(w.islower() for w in words[1:]) and fold(name) not in ev.surnames:
        return True
    parts = re.split(r"[\s-]+", name)
    return all(p in ev.method_acronyms for p in parts) or k in ev.adjectives


def _two_names(name: str, kind: EntityKind, ev: _Evidence) -> bool:
    """A span that holds two names the story lists apart: "IMF and World Bank" (both named alone, one
    of several words or an acronym) or a person's name joined to another by a preposition ("Durst for
    Berman", "Durst in New York")."""
    left, sep, right = name.partition(" and ")
    if not sep:
        left, sep, right = name.partition(" & ")
    if sep and kind == "org" and name_key(left) in ev.keys and name_key(right) in ev.keys and (
        " " in left or " " in right or left.isupper() or right.isupper()
    ):
        return True
    joined = joined_names(name)
    return joined is not None and kind != "place" and name_key(joined[0]) in ev.people and not org_by_form(joined[0])
