"""Entities stage: people, organisations and places merged across documents.

One actor appears under many names across reports: "Vladimir Putin", "Putin",
"Mr. Putin"; "Sergei Shoigu" and "Sergei Shoygu"; "ISIS", "ISIL", "IS",
"Islamic State", "Isis". Mentions (from the shared parse) are merged when

- their names agree once honorifics, possessives, "the", case, accents and
  British/American spelling ("Defence"/"Defense") are set aside;
- a known group's alias table says so (a short curated list of well-known
  armed groups and institutions whose names are not derivable);
- one is the acronym of the other ("FSA" / "Free Syrian Army");
- a one-word person name is the surname (or the only first name) of exactly one
  longer name ("Putin" → "Vladimir Putin");
- two person names differ by one letter in a long word ("Shoigu"/"Shoygu").

Places come from the places stage when it has run (``Located``): a mention the
gazetteer resolved is a place whatever the model called it (Homs tagged ORG), a
surname the model tagged as a place is a person. A document's own outlet is not
an entity of that document, and lower-case or generic fragments are junk.

Type checks run before a name is listed (``checks``; off only to measure the
baseline): a name ending in an organisation's word ("Port Authority", "Airlines",
"University") is an organisation, never a person or a place; a name only ever written
as a made thing's ("26 Kalibr cruise missiles", "missile systems Kalibr NK") is a
product, not an organisation, and is not listed; a name written as a location's
("the Saltings neighbourhood") or tagged as a place that the gazetteer does not know
is not listed as a place (nor as an organisation). A time zone ("EST") and a storm's name
("Hurricane Irene", then "Irene") are not listed; a natural feature's name ("Cape Hatteras",
"Jordan River") is a place even where the gazetteer has no town of that name. A law's or a
treaty's name ("Omnibus Parks Act") and a numbered thing's name cut before its number ("Air
France Flight| 447") are not listed either. A name written as a product's at least as often as not
and never as a business's, a person's or a speaker's ("sell an Xbox and accessories", "its Windows
operating system") is not listed as an organisation; a "person" written as a business's and never
as a person's ("Liberty-based Acme", "the Acme hardware business", "Acme, which") is an
organisation; a name a direction or a distance locates ("eight miles south of Alturas") is a
location, placed by the places stage when the story is near it, else not listed.
A bare surname with an honorific joins only a full name of a compatible gender ("Mr. Clinton" is not
Hillary Clinton: lexicon/honorific_genders.tsv, first_names.tsv); a name the model ended inside a title
("New Orleans Federal| Judge") ends before the title's words; a genus written as a taxon ("Diprotodon
optatum"), an adjective ("a Eurocentric view"), an acronym defined for lower-case words ("optically
stimulated luminescence (OSL)"), a site ("the Warratyi rock shelter"), an owner's product ("its Arca
platform"), a versioned program ("OxCal v4.2.4") are not listed; an organisation's name the model cut
before a word the story always writes with it ("NYSE| Euronext") or at its possessive ("St Brigid|'s
Hospital"), and a person's cut after a particle ("Alain Le| Roy"), are whole.
The word lists are ``lexicon/`` data read through ``names.py``.

The name knowledge itself (honorifics, particles, the known groups, keys) is in
``names.py``, which the places stage reads too; the places stage's result comes in
as ``model.Located``, so this module imports no other stage.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from .model import Analysis, Entity, EntityKind, Located, Mention
from .names import (
    BODIES,
    FIRST_NAME_GENDERS,
    HONORIFICS,
    JOB_TITLES,
    ORG_SUFFIXES,
    PARTICLES,
    TIME_ZONES,
    TITLE_MODIFIERS,
    acronym,
    acronym_spelled,
    adjective_use,
    after_preposition,
    alias_use,
    bill_name,
    body_as_newspaper,
    clean_name,
    common_acronyms,
    company_use,
    cut_after_joiner,
    cut_before_title,
    defined_acronyms,
    designator,
    display_form,
    division_title,
    document_name,
    document_part,
    feature_context,
    feature_name,
    first_name_gender,
    given_name_first,
    honorific_before,
    honorific_gender,
    in_idiom,
    is_natural_object,
    is_storm,
    joined_names,
    known_org,
    model_year_use,
    name_key,
    name_word_after,
    numbered_context,
    object_names,
    org_by_form,
    org_continuation,
    owned_product_use,
    pact_name,
    person_use,
    place_context,
    place_metonym,
    possessive_of_feature,
    product_use,
    quoted_use,
    speaks_use,
    storm_names,
    street_name,
    taxon_names,
    thing_context,
    untitled_division,
    venue_name,
    versioned,
    which_use,
)
from .people import join_people
from .text import fold
from .unionfind import UnionFind

# Generic words the model tags as organisations on their own ("the Defense", "state").
_GENERIC = frozenset(
    "defense state government ministry army navy police military administration department office "
    "forces agency council committee court party group media hospital university school church".split()
)
def _outlet_keys(analysis: Analysis) -> set[str]:
    """Names of the document's own outlet ("The Guardian", "guardian.com")."""
    keys = set()
    doc = analysis.doc
    if doc.outlet:
        keys.add(name_key(doc.outlet))
    if doc.url:
        host = re.sub(r"^[a-z]+://", "", doc.url).split("/")[0].lower()
        host = re.sub(r"^(?:www|m|edition|amp)\.", "", host)
        keys.add(fold(re.sub(r"^the", "", host.split(".")[0])))
    return {k for k in keys if len(k) >= 2}


def _is_junk(name: str) -> bool:
    """Fragments no reader wants listed: lower-case starts, digits only, generic words."""
    if len(name) < 2 or not name[:1].isupper() and not name[:1].isdigit():
        return True
    if not any(ch.isalpha() for ch in name) or len(name.split()) > 8:
        return True
    return name_key(name) in _GENERIC


Key = tuple[EntityKind, str]


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
    written: dict[str, int] = field(default_factory=dict)  # how often the story writes a name (cache)


@dataclass(slots=True)
class _Names:
    """Every name the story uses, by (kind, key): surface forms, documents, display names, kind votes."""

    forms: dict[Key, Counter[str]] = field(default_factory=lambda: defaultdict(Counter))
    docs: dict[Key, list[str]] = field(default_factory=lambda: defaultdict(list))
    display: dict[Key, str] = field(default_factory=dict)
    kind_votes: dict[str, Counter[EntityKind]] = field(default_factory=lambda: defaultdict(Counter))

    def add(self, kind: EntityKind, k: str, form: str, doc_id: str, name: str | None = None) -> None:
        key_ = (kind, k)
        self.forms[key_][form] += 1
        if doc_id not in self.docs[key_]:
            self.docs[key_].append(doc_id)
        if name:
            self.display[key_] = name
        self.kind_votes[k][kind] += 1


def merge_entities(analyses: Sequence[Analysis], located: Located | None = None, checks: bool = True) -> list[Entity]:
    """Entities ordered by how many documents mention them, then by mentions, kind and name.

    ``checks=False`` turns the type checks off (the baseline ``bench/entities_eval.py`` measures)."""
    evidence = _evidence(analyses, located, checks)
    if checks:
        _typecheck_evidence(analyses, evidence)
    else:
        evidence.checks = False
    names = _Names()
    for a in analyses:
        _collect(a, evidence, names)
    return _entities(analyses, names, _merge(names, checks, evidence), checks)


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

    # a name a number counts ("26 Kalibr missiles") is a thing, unless it is also used as a name alone
    def key_of(m: Mention) -> str:
        return name_key(clean_name(display_form(m.text)))

    mentions = [m for a in analyses for m in a.mentions]
    counted_only = {key_of(m) for m in mentions if m.counted and fold(clean_name(m.text)) not in surnames}
    counted_only -= {key_of(m) for m in mentions if not m.counted}
    return _Evidence(place_by_doc, not_places, surnames, counted_only, placed_run=located is not None,
                     texts=[a.doc.text for a in analyses])


_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|at|in|inside|outside)|\w['’]s)[ \t]+$")  # "at the|", "Aldermouth's|"
_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})s\b")  # "the Oscars", "two Emmys": the singular names a thing
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # ", ", ", and ", " and "
_MODIFIER_OF_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})(?:[ -](?:[a-z]{3,}))")  # "Oscar nominees", "Emmy-winning"
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s+[A-Z]")  # "Port-au-Prince. Oxfam": two sentences, not "John F. Kennedy"
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")  # " Wesson" after "Smith and"
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
            uses[k]["all"] += 1
            uses[k]["product"] += product_use(a.doc.text, m.start, m.end)
            uses[k]["company"] += company_use(a.doc.text, m.start, m.end)
            uses[k]["person"] += person_use(a.doc.text, m.start, m.end)
            uses[k]["speaks"] += speaks_use(a.doc.text, m.end)
            uses[k]["which"] += which_use(a.doc.text, m.end)
            uses[k]["quoted"] += quoted_use(a.doc.text, m.start, m.end)
            uses[k]["determined"] += _DETERMINED.search(a.doc.text[max(0, m.start - 12) : m.start]) is not None
            uses[k]["alias"] += alias_use(a.doc.text, m.start, m.end)
            uses[k]["model_year"] += model_year_use(a.doc.text, m.start)
            uses[k]["adjective"] += adjective_use(a.doc.text, m.start, m.end)
            uses[k]["owned"] += owned_product_use(a.doc.text, m.start, m.end)
            number_uses[k].append(numbered_context(a.doc.text, m.start, m.end))
            tagged[k][m.kind] += 1
            if place_context(a.doc.text, m.start, m.end) and not org_by_form(m.text):
                ev.locations.add(k)
            if feature_context(a.doc.text, m.start):
                ev.features.add(k)
            _division_evidence(a.doc.text, m, k, ev)
    in_people_list: Counter[str] = Counter()
    for a in analyses:
        in_people_list.update(people_list_keys(a.doc.text, a.mentions))
        ev.plurals |= {fold(w) for w in _PLURAL.findall(a.doc.text)}
    ev.listed_people = {k for k, n in in_people_list.items() if n == uses[k]["all"]}
    _people_evidence(analyses, ev, tagged)
    ev.things = {k for k, uses in thing_uses.items() if all(uses)}
    ev.things |= {acr for acr, full in defined.items() if full in ev.things}  # "ACARS" for a thing's name
    ev.storms = storm_names([a.doc.text for a in analyses])
    ev.objects = object_names([a.doc.text for a in analyses])
    titled = {clean_name(m.text) for a in analyses for m in a.mentions if body_as_newspaper(a.doc.text, m.start)}
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
    ev.companies = {k for k, n in uses.items()
                    if (n["company"] or n["which"]) and not n["person"] and not n["product"]}
    # a name someone gave themselves, written only in quotes ('a man who identified himself as "AJ"'):
    # an unnamed person's alias, not an actor the story identifies
    ev.aliases = {k for k, n in uses.items() if n["alias"] and n["quoted"] == n["all"]}
    ev.determined = {k for k, n in uses.items() if n["determined"] == n["all"]}
    ev.adjectives = {k for k, n in uses.items() if n["adjective"] == n["all"]}
    ev.owned_products = {k for k, n in uses.items() if n["owned"] == n["all"] and not n["person"] and not n["speaks"]}
    ev.taxa = taxon_names(ev.texts)
    ev.method_acronyms = {acr for t in ev.texts for acr in common_acronyms(t)}
    _shape_evidence(analyses, ev, uses)
    if ev.placed_run:  # a name the model mostly tags as a place ("Quay 4"): a location wherever it is unresolved
        ev.locations |= {k for k, votes in tagged.items() if votes["place"] > votes["org"] + votes["person"]}


_DEMONYM = re.compile(r"\b([A-Z][a-z]+an)(?= [a-z])")  # "Australian pre-history", "Haitian children"
_NAME_BEFORE = re.compile(r"(?:^|(\S+)[ \t]+)([A-Z][a-z'’-]+)[ \t]+$")  # "Rute| Vicente Oliveira"


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
_GLUED_AFTER = re.compile(r"-[A-Z]")  # "TT|-OSL"
_GLUED_BEFORE = re.compile(r"[A-Z]-$")  # "TT-|OSL"
_COUNT_BEFORE = re.compile(r"(?<![\w,.])\d{1,3}[ \t]+$")  # "15 |Dromaius", not "March 2015 |" or "1,200 |"
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint)\.?[ \t]+$")  # "St. Charles Parish": a place named for a saint


def _people_evidence(analyses: Sequence[Analysis], ev: _Evidence, tagged: dict[str, Counter[EntityKind]]) -> None:
    """Who the story names as people, its demonyms, its places' first words, first names used alone, and
    surnames listed beside a full name ("Clinton and Hillary Rodham Clinton": two people)."""
    ev.people = {k for k, votes in tagged.items() if votes["person"]}
    for a in analyses:
        ev.peoples |= {fold(w) for w in _DEMONYM.findall(a.doc.text)}
        persons = sorted((m for m in a.mentions if m.kind == "person"), key=lambda m: m.start)
        ev.first_names |= {fold(clean_name(m.text)) for m in persons if " " not in clean_name(m.text)}
        ev.given_first |= {fold(w[0]) for m in a.mentions if (m.kind == "person" or given_name_first(m.text))
                           and len(w := clean_name(m.text).split()) >= 2 and fold(w[0]) in FIRST_NAME_GENDERS}
        for m in persons:  # a given name's gender, where the span starts the name ("Rute| Vicente Oliveira" not)
            if (g := first_name_gender(m.text)) and not _cut_before(a.doc.text[max(0, m.start - 40) : m.start]):
                ev.name_genders.setdefault(name_key(clean_name(m.text)), g)
        for x, y in itertools.pairwise(persons):
            if x.end <= y.start and _LIST_GAP.match(a.doc.text[x.end : y.start]):
                kx, ky = name_key(clean_name(x.text)), name_key(clean_name(y.text))
                for one, full in ((kx, ky), (ky, kx)):
                    if " " not in one and " " in full and full.split()[-1] == one:
                        ev.beside.add((one, full))
    for rows in ev.place_by_doc.values():
        ev.place_names.update({name_key(r): r for _, _, r in rows})
        ev.place_heads |= {fold(r.split()[0]) for _, _, r in rows if len(r.split()) > 1}
    ev.place_heads -= {fold(r) for rows in ev.place_by_doc.values() for _, _, r in rows if " " not in r}


def _division_evidence(text: str, m: Mention, k: str, ev: _Evidence) -> None:
    """A name written before a division's title ("Bío Bío| Region"), or with it ("Maule Region"): a region's."""
    if division_title(text, m.end):
        ev.divisions.add(k)
    elif (cut := untitled_division(clean_name(display_form(m.text)))) is not None:
        ev.divisions.add(name_key(cut))  # the model took the title in


def _shape_evidence(analyses: Sequence[Analysis], ev: _Evidence, uses: dict[str, Counter[str]]) -> None:
    """Names only ever after a model year ("a 2007 Hyundai Sonata"), every key, and awards' plurals."""
    ev.model_years = {k for k, n in uses.items() if n["model_year"] == n["all"]}
    ev.keys = set(uses)
    # "the Oscars" beside "Oscar nominees": an award's or an event's plural, not an organisation, unless it speaks
    speakers = {k for k, n in uses.items() if n["speaks"]}
    modifiers = {w for a in analyses for w in _MODIFIER_OF_PLURAL.findall(a.doc.text)}
    # A modifier whose plural is written somewhere ("Oscar" and "the Oscars"): ``_PLURAL`` matches a whole
    # word, so its stems are exactly the words w for which ``\bws\b`` is found (one scan of each text, not
    # one per modifier: that was about 0.03x of a ten-report brief's parse).
    stems = {w for a in analyses for w in _PLURAL.findall(a.doc.text)}
    ev.awards = {fold(w) + "s" for w in modifiers & stems} - {fold(k) for k in speakers}


def _collect(a: Analysis, ev: _Evidence, names: _Names) -> None:
    """File every mention of one document under its kind and key (places as the places stage read them)."""
    outlet = _outlet_keys(a)
    covered: set[tuple[int, int]] = set()
    joined_until = -1
    starts = {m.start for m in a.mentions}
    for m in sorted(a.mentions, key=lambda m: m.start):
        if ev.checks and m.kind == "org" and (whole := _written_on(a.doc.text, m, starts, ev)) is not None:
            m = whole  # "NYSE| Euronext": the model left the name's last word out, the story writes it whole
        form = display_form(m.text)
        rest = org_continuation(a.doc.text, m.end, possessive=m.kind == "org") if ev.checks else ""
        if rest:  # the model cut an organisation's name before "and"/"of": "Aldermouth Fire| and Rescue Service"
            form = display_form(m.text + rest)
            m = Mention(m.doc, m.start, m.end + len(rest), m.text + rest, "org", m.counted)
        name = clean_name(form)
        if ev.checks and (title_cut := cut_before_title(name, a.doc.text[m.end : m.end + 30])) is not None:
            if not title_cut:
                continue  # "Federal" of "Federal Judge Kurt Engelhardt": part of a title, no name
            form = name = title_cut  # "New Orleans Federal| Judge …": the name ends before the title
            m = Mention(m.doc, m.start, m.start + len(title_cut), title_cut, m.kind, m.counted)
            if (row := ev.place_names.get(name_key(name))) is not None:
                names.add("place", "@" + name_key(row), form, m.doc, row)
                continue
        if ev.checks and (head := cut_after_joiner(name)) is not None:
            if name.endswith((" and", " &")) and (more := _NAME_AFTER.match(a.doc.text, m.end)) is not None:
                # "Smith and| Wesson": the model cut one name in two; the rest is the next mention's
                form = display_form(a.doc.text[m.start : more.end()])
                name = clean_name(form)
                joined_until = more.end()
            else:
                form, name = head, clean_name(head)  # "Deutsche Börse of| Europe": the name is before "of"
        elif ev.checks and m.kind == "person" and " " in name and fold(name.rsplit(" ", 1)[1]) in PARTICLES and (
                more := _NAME_AFTER.match(a.doc.text, m.end)) is not None:
            form = display_form(a.doc.text[m.start : more.end()])  # "Alain Le| Roy": a name never ends on a particle
            name = clean_name(form)
            joined_until = more.end()
        elif ev.checks and m.start < joined_until:
            continue  # the rest of a name the mention before took in ("Smith and Wesson")
        if ev.checks and m.kind != "place" and (_GLUED_AFTER.match(a.doc.text, m.end) is not None
                                                or _GLUED_BEFORE.search(a.doc.text[max(0, m.start - 3) : m.start])):
            continue  # "TT-OSL": the model took one piece of a hyphenated word
        if ev.checks and m.kind == "person" and possessive_of_feature(a.doc.text, m.end):
            continue  # "Carpenter's Gap": a place named for someone, not the person
        if ev.checks and m.kind == "org" and " " not in name and _COUNT_BEFORE.search(
                a.doc.text[max(0, m.start - 16) : m.start]):
            continue  # "15 Dromaius, 2 megapode": a count of things, no organisation
        if ev.checks and _SENTENCE_INSIDE.search(form):
            continue  # "Port-au-Prince. Oxfam": the model's span runs over a sentence's end
        if ev.checks and m.kind == "person" and _SAINT_BEFORE.search(a.doc.text[max(0, m.start - 8) : m.start]):
            continue  # "St. Charles Parish", "St. Brigid": a place or a church named for a saint, not a person
        placed = next((p for p in ev.place_by_doc.get(m.doc, []) if m.start <= p[0] and p[1] <= m.end), None)
        if placed is not None and ev.checks and org_by_form(name) and fold(placed[2]) != fold(name):
            placed = None  # "Malaysia Airlines" holds a place's name; it is an airline
        if placed is not None:
            covered.add((placed[0], placed[1]))
            names.add("place", "@" + name_key(placed[2]), form, m.doc, placed[2])
            continue
        if _is_junk(name) or name_key(name) in outlet or name_key(name) in ev.counted_only:
            continue
        if ev.checks and a.doc.text[max(m.start - 1, 0) : m.start] in ("#", "@"):
            continue  # a hashtag or a handle ("#OscarsSoWhite", "@nytimes") is a tag, not a name
        if ev.checks and in_idiom(a.doc.text, m.start, m.end):
            continue  # "opened Pandora's box": an idiom's name, no one in the story
        canon = known_org(name)
        if canon is not None:
            names.add("org", name_key(canon), _with_honorific(a, m, form), m.doc, canon)
            continue
        kind: EntityKind = m.kind
        if (m.doc, m.start, m.end) in ev.not_places or (m.kind != "person" and fold(name) in ev.surnames):
            kind = "person"  # a surname the model tagged as a place or an organisation ("Calloway")
        if ev.checks and kind == "org" and given_name_first(name) and name_key(name) not in ev.companies:
            kind = "person"  # "Cesar Maia": a very common given name and a surname, tagged as an organisation
        if ev.checks and kind == "org" and " " not in name and fold(name) in ev.given_first:
            kind = "person"  # "Irina" beside "Irina Vyguzova": a very common given name the story's person bears
        if ev.checks:
            checked = _checked_kind(kind, name, ev)
            if checked is None:
                continue
            kind = checked
        names.add(kind, name_key(name), _with_honorific(a, m, form), m.doc)
    for start, end, pname in ev.place_by_doc.get(a.doc.id, []):
        if (start, end) not in covered and not any(s <= start and end <= e for s, e in covered):
            text = a.doc.text[start:end]
            names.add("place", "@" + name_key(pname), display_form(text), a.doc.id, pname)


WHOLE_NAME_USES = 2
"""An organisation's name and the capitalised word after it, written together at least this often in the
story, are one name ("NYSE Euronext")."""


def _written_on(text: str, m: Mention, starts: set[int], ev: _Evidence) -> Mention | None:
    """The mention with the capitalised word written right after it (``names.name_word_after``) when no
    other mention starts there, the story never writes the word in lower case ("Committee| Chairman") and
    writes the two together at least ``WHOLE_NAME_USES`` times
    ("NYSE| Euronext" is NYSE Euronext, the company, not NYSE, its exchange); else None."""
    word = name_word_after(text, m.end)
    if word is None:
        return None
    at = text.index(word, m.end)
    if at in starts:
        return None
    whole = text[m.start : at + len(word)]
    low = "\0" + word.lower()
    if ev.written.get(low) is None:  # a common noun the story also writes in lower case: "Committee| Chairman"
        ev.written[low] = sum(len(re.findall(r"\b" + re.escape(word.lower()) + r"\b", t)) for t in ev.texts)
    if ev.written[low]:
        return None
    if ev.written.get(whole) is None:
        ev.written[whole] = sum(len(re.findall(re.escape(whole) + r"(?![\w-])", t)) for t in ev.texts)
    if ev.written[whole] < WHOLE_NAME_USES:
        return None
    return Mention(m.doc, m.start, at + len(word), whole, m.kind, m.counted)


def _checked_kind(kind: EntityKind, name: str, ev: _Evidence) -> EntityKind | None:
    """The kind a name's type checks allow (module docstring), or None: not listed."""
    if document_name(name) or pact_name(name) or name_key(name) in ev.numbered or bill_name(name):
        return None  # "Convention on Terrorism", "Trans-Pacific Partnership": treaties; "Air France Flight| 447";
        # "H.R. 667": a bill
    if name.count("(") != name.count(")"):
        return None  # "Maule (III": a name cut inside a bracket
    if name in TITLE_MODIFIERS:
        return None  # "Federal", "Deputy": a word of a title, no name
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
    if name in TIME_ZONES or is_storm(name, ev.storms) or is_natural_object(name, ev.objects):
        return None  # "EST", "GMT": a time; "Hurricane Irene", "Irene": a storm; "Leo", "Comet Halley": the sky's
    if street_name(name):
        return None  # "Drury Circle", "Interstate 435": a street or a road, a location no gazetteer holds
    if venue_name(name) and (kind != "person" or name_key(name) in ev.determined):
        return None  # "the O2 Arena", "at Aldermouth's Civic Theatrette": a venue ("Arsenio Hall said": a person)
    if name_key(name) in ev.aliases:
        return None  # '"AJ"', a name an unnamed man gave himself
    if feature_name(name) or name_key(name) in ev.features:
        return "place"  # "Cape Hatteras", "the island of Fernando de Noronha": a place no gazetteer town is
    if designator(name) or versioned(name) or "[" in name or "]" in name:
        return None  # "AF447", "A330s": a flight or a model's code; "[I]t": a fragment of a quotation
    k = name_key(name)
    if kind != "place" and fold(words[0]) in ev.taxa and all(w.islower() for w in words[1:]) and (
            fold(name) not in ev.surnames):
        return None  # "Diprotodon (optatum)", "the Genyornis genus": a taxon, not an organisation or a person
    if kind != "place" and (parts := re.split(r"[\s-]+", name)) and all(p in ev.method_acronyms for p in parts):
        return None  # "optically stimulated luminescence (OSL)": a method's acronym, no organisation
    if kind != "place" and k in ev.adjectives:
        return None  # "a Eurocentric view": an adjective
    if k in ev.things:
        return None  # a product or a weapon ("Kalibr NK"), not an organisation
    if (kind == "org" and k in ev.products) or (kind == "person" and k in ev.owned_products):
        return None  # "sell an Xbox and accessories", "its Windows operating system", "its Arca platform": a product
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
    if kind == "place" and ev.placed_run:
        return None  # tagged as a place, unknown to the gazetteer (resolved places came in above)
    return kind


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


def _merge(names: _Names, checks: bool = True, ev: _Evidence | None = None) -> UnionFind[Key]:
    """Join the keys that name one actor (module docstring)."""
    uf: UnionFind[Key] = UnionFind()
    keys = list(names.forms)
    for k in keys:
        uf.find(k)
    # one key, several kinds: the majority kind wins (ties: person, then org)
    for k in keys:
        votes = names.kind_votes[k[1]]
        if len(votes) > 1:
            best = max(votes, key=lambda kd: (votes[kd], kd == "person", kd == "org"))
            uf.union((best, k[1]), k)
    by_kind: dict[EntityKind, list[Key]] = defaultdict(list)
    for k in keys:
        by_kind[k[0]].append(k)
    _join_organisations(uf, by_kind["org"], names, checks)
    if checks and ev is not None:
        join_people(uf, by_kind["person"], frozenset(ev.first_names), frozenset(ev.beside),
                    _genders(names, by_kind["person"], ev))
    else:
        join_people(uf, by_kind["person"])
    return uf


def _genders(names: _Names, persons: list[Key], ev: _Evidence) -> dict[str, str]:
    """Each person key's gender as the story gives it: honorifics ("Mr. Clinton") and, for a full name, a
    very common given name ("Hillary Clinton"); "?" when they disagree (one key, two people)."""
    out: dict[str, str] = {}
    for k in persons:
        said = {g for f in names.forms[k] if (g := honorific_gender(f))}
        if " " in k[1] and (g := ev.name_genders.get(k[1])):
            said.add(g)
        if said:
            out[k[1]] = said.pop() if len(said) == 1 else "?"
    return out


def _join_organisations(uf: UnionFind[Key], orgs: list[Key], names: _Names, checks: bool = True) -> None:
    # acronyms: "FSA" joins "Free Syrian Army"
    acr = {acronym(max(names.forms[k], key=names.forms[k].__getitem__)): k for k in orgs if " " in k[1]}
    for k in orgs:  # "US Geological Survey" → "USGS": an upper-case word gives all its letters
        if " " in k[1] and (spelled := acronym_spelled(max(names.forms[k], key=names.forms[k].__getitem__))):
            acr.setdefault(spelled, k)
    by_acronym: set[Key] = set()
    for k in orgs:
        if " " not in k[1] and k[1] in acr and acr[k[1]] != k:
            uf.union(acr[k[1]], k)
            by_acronym.add(k)
    # a one-word organisation joins the single longer one it starts ("Brannock" → "Brannock Freight");
    # a word that starts several names of any kind is their place or namesake ("Aldermouth Port Authority",
    # "Aldermouth Fire and Rescue Service"), not an alias of one
    starts: dict[str, set[str]] = defaultdict(set)
    for _, key_ in names.forms:
        if " " in key_:
            starts[key_.split()[0]].add(key_)
    for k in orgs:
        if " " not in k[1] and (not checks or (len(starts.get(k[1], ())) <= 1 and k not in by_acronym)):
            # (with the checks, an acronym already joined to its name, "NYSE" → "New York Stock Exchange",
            # does not join the one longer name it also starts, "NYSE Euronext")
            longer_orgs = {uf.find(o) for o in orgs if " " in o[1] and o[1].split()[0] == k[1]}
            if len(longer_orgs) == 1:
                uf.union(next(iter(longer_orgs)), k)


def _entities(analyses: Sequence[Analysis], names: _Names, uf: UnionFind[Key], checks: bool = True) -> list[Entity]:
    """One Entity per group of keys: its name, aliases and documents, in order of importance."""
    groups: dict[Key, list[Key]] = defaultdict(list)
    for k in names.forms:
        groups[uf.find(k)].append(k)
    entities = []
    for root, members in groups.items():
        kind = root[0]
        all_forms: Counter[str] = Counter()
        for k in members:
            all_forms.update(names.forms[k])
        named = [names.display[k] for k in members if k in names.display]
        if named:
            name = Counter(named).most_common(1)[0][0]
        else:
            cleaned: Counter[str] = Counter()
            for f, n in all_forms.items():
                cleaned[clean_name(f)] += n
            name = _choose_name(kind, cleaned)
        if checks and kind == "person" and org_by_form(name):
            kind = "org"  # a group named for an organisation ("Aldermouth Port Authority") is one
        doc_ids: list[str] = []
        for k in members:
            doc_ids.extend(d for d in names.docs[k] if d not in doc_ids)
        aliases = sorted(({f for f in all_forms} | {clean_name(f) for f in all_forms}) - {name})
        entities.append((sum(all_forms.values()), Entity(name=name, kind=kind, aliases=aliases, docs=doc_ids)))
    order = {a.doc.id: i for i, a in enumerate(analyses)}
    for _, e in entities:
        e.docs.sort(key=lambda d: order.get(d, len(order)))
    entities.sort(key=lambda ne: (-len(ne[1].docs), -ne[0], ne[1].kind, ne[1].name))
    return [e for _, e in entities]


def _choose_name(kind: EntityKind, forms: Counter[str]) -> str:
    """A person by the fullest form used; others by the most used full (non-acronym) form."""
    if kind == "person":
        # the fullest form, then the spelling the bare surnames agree with ("Shoigu" backs "Sergei Shoigu")
        def support(f: str) -> int:
            last = f.split()[-1]
            return forms[f] + sum(n for g, n in forms.items() if g == last and g != f)

        return max(forms, key=lambda f: (len(f.split()), support(f), len(f), f))
    spelled = [f for f in forms if not f.replace(".", "").isupper()] or list(forms)
    return max(spelled, key=lambda f: (forms[f], len(f), f))


def _with_honorific(a: Analysis, m: Mention, form: str) -> str:
    """"Mr. Putin" when the text says so: the honorific sits just outside the model's span."""
    if m.kind != "person":
        return form
    hit = honorific_before(a.doc.text[max(0, m.start - 20) : m.start])
    return f"{hit} {form}" if hit else form
