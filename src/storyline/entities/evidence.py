"""What the story says about its names before they are merged (``_Evidence``), which the type checks
(``kinds._checked_kind``) read: the entities stage's checks (package docstring)."""

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
    FIRST_NAME_GENDERS,
    HONORIFICS,
    JOB_TITLES,
    ORG_SUFFIXES,
    PARTICLES,
    clean_name,
    defined_acronyms,
    display_form,
    feature_context,
    given_name_first,
    honorific_before,
    name_key,
    numbered_context,
    org_by_form,
    place_context,
    thing_context,
)
from ..names.natural import BODIES, body_as_newspaper, division_title, object_names, storm_names, untitled_division
from ..places.division_lists import in_county_list
from ..text import fold
from .bearers import first_bearers
from .body_products import body_products
from .brands import BRAND_USES
from .cache_tags import LOWER_WORD
from .capital_lines import capitals_evidence
from .common_words import CommonWords, common_word_evidence
from .given_names import given_name_runs, inside_given_names
from .glossed_words import glossed_names
from .hyphen_names import given_first
from .kin_owners import owner_gender
from .leader_bodies import leader_body
from .list_runs import run_together
from .namesakes import shared_surnames
from .peoples import planets_as_bodies
from .place_heads import more_locations
from .place_tails import place_tails
from .place_words import place_word_evidence
from .roles import apposed_epithets, described_person, nicknames, office_holder, publication_use
from .scaled_counts import scale_counted
from .shapes import (
    LEGAL_SUFFIXES,
    common_acronyms,
    demonym,
    first_name_gender,
    given_name_before,
    honorific_gender,
    kin_given_names,
    taxon_names,
)
from .sized_products import conjunct_products, product_lines
from .storm_talk import storms_lived_through
from .title_initials import title_initials
from .use_counts import STOPWORDS, count_uses
from .ventures import ventures


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
    named_companies: set[str] = field(default_factory=set)  # of those, written after a business's noun once at least
    aliases: set[str] = field(default_factory=set)  # keys only ever quoted, once after "called himself" ("AJ")
    plurals: set[str] = field(default_factory=set)  # folded words the story also writes as a capitalised plural
    listed_people: set[str] = field(default_factory=set)  # keys only ever named in lists of people
    listed_bodies: set[str] = field(default_factory=set)  # keys only ever named in lists of bodies alone
    bracketed_bodies: set[str] = field(default_factory=set)  # keys written in brackets right after a body's name
    determined: set[str] = field(default_factory=set)  # keys only ever after "the", "at" or a possessive
    model_years: set[str] = field(default_factory=set)  # keys only ever after a model year ("a 2007 Hyundai X")
    awards: set[str] = field(default_factory=set)  # folded plurals of a word also written as a modifier ("Oscars")
    keys: set[str] = field(default_factory=set)  # keys of every name the story uses
    defined: set[str] = field(default_factory=set)  # keys of the acronyms the story defines ("(WIN)")
    spelled_out: set[str] = field(default_factory=set)  # keys of the names those acronyms spell out (one name each)
    divisions: set[str] = field(default_factory=set)  # keys written before a division's title ("Maule Region")
    people: set[str] = field(default_factory=set)  # keys the model tags as a person at least once
    people_first: set[str] = field(default_factory=set)  # of those, tagged a person more often than a body (ents67)
    org_words: set[str] = field(default_factory=set)  # one-word keys tagged a body thrice at least, never a person
    body_products: set[str] = field(default_factory=set)  # "people" opening with such a word ("Velbrook Forge")
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
    named_products: set[str] = field(default_factory=set)  # keys written after a made thing's noun ("software, known
    # as Red Wolf"), never as a business's, a person's or a speaker's
    birth_names: set[str] = field(default_factory=set)  # keys only ever in a run of given names ("christened X Y …")
    articled: set[str] = field(default_factory=set)  # keys mostly after "a", "the" ("a Maserati"): a thing's, no one's
    brands: set[str] = field(default_factory=set)  # keys written as a brand's twice, no one's ("Acme's shape")
    the_named: set[str] = field(default_factory=set)  # keys of two words or more only ever after "the"
    voiced: set[str] = field(default_factory=set)  # keys written as a person's or a speaker's once at least
    office_bodies: set[str] = field(default_factory=set)  # keys only ever before an office and its holder's name
    award_names: set[str] = field(default_factory=set)  # keys written before "nominations", "-winning" …
    landform_pieces: set[str] = field(default_factory=set)  # keys only ever right before "arete", "ridge" …
    products_once: set[str] = field(default_factory=set)  # keys written as a product at least once ("a Porsche,")
    sized: set[str] = field(default_factory=set)  # keys mostly written after a size ("the 16-inch Vantor Book")
    written: dict[str, int] = field(default_factory=dict)  # how often the story writes a name (cache)
    two_genders: set[str] = field(default_factory=set)  # keys of bare surnames after "Mr." and after "Ms."
    kin_given: dict[str, str] = field(default_factory=dict)  # folded given names after "his wife," … -> gender
    acronyms: set[str] = field(default_factory=set)  # keys written right after "acronym" ("its acronym Abri")
    org_heads: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # first words' key ->
    # the keys of the organisations' names they start, without a legal ending ("gibson" -> {"gibson guitar"})
    common: CommonWords = field(default_factory=CommonWords)  # ordinary words, titles, services (common_words)
    nicknames: set[tuple[str, str]] = field(default_factory=set)  # (nickname key, person key): "Yeezy", "west"
    firsts: dict[str, str] = field(default_factory=dict)  # bare surname -> the bearer every report names first
    initials: set[str] = field(default_factory=set)  # initials of the story's names of two words or more
    title_initials: set[str] = field(default_factory=set)  # initials of runs of titles ("Inspector General": "IG")
    glossed: set[str] = field(default_factory=set)  # words translated, their languages ("Tata, which in Velsh means")
    shared: set[str] = field(default_factory=set)  # surnames also written after an unread given name (namesakes)
    capital_spans: dict[str, list[tuple[int, int]]] = field(default_factory=dict)  # doc -> lines in capitals
    cased: set[str] = field(default_factory=set)  # keys the story writes outside lines in capitals
    placed_words: set[str] = field(default_factory=set)  # keys tagged a place, after "in", never a person's
    affiliated: set[str] = field(default_factory=set)  # keys after "<person>, of", never a person's (a body)
    run_together: set[str] = field(default_factory=set)  # two names of a list read as one ("Fox and TVQ")
    name_heads: set[str] = field(default_factory=set)  # folded first words of full names tagged people ("wang")
    person_written: set[str] = field(default_factory=set)  # keys written as a person's ("Mr. X", "X, who")
    titles: frozenset[str] = frozenset()  # words the story writes as titles before names ("Baroness": story_titles)
    org_cued: set[str] = field(default_factory=set)  # keys written as a body's ("shares of X", "X said in a statement")
    traded: set[str] = field(default_factory=set)  # keys written as a traded company's ("shares of X", "X stock")
    titled: set[str] = field(default_factory=set)  # keys tagged organisations once written with a person's office
    name_tails: set[str] = field(default_factory=set)  # keys of the last words of the story's names of 2-3 words
    teams: set[tuple[str, int, int]] = field(default_factory=set)  # spans of towns' names used as their teams'
    team_keys: set[str] = field(default_factory=set)  # keys of those names ("pittsburgh" of "rematch with Pittsburgh")


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
        if (m.kind == "person" or (checks and m.kind == "org" and given_first(m.text)))
        and len(words := clean_name(m.text).split()) >= 2
    }

    if checks:  # "criticism from Ana| Herrera": a surname the model took without its given name
        surnames |= {fold(n) for a in analyses for m in a.mentions if (n := given_cut(a.doc.text, m, a.mentions))}
        surnames |= {fold(clean_name(m.text).split()[-1]) for a in analyses for m in a.mentions if m.kind == "org"
                     and described_person(a.doc.text, m.end, clean_name(m.text))}  # "Tove Brannigan, a toxins
        # expert at …" tagged a body: a person's full name, so "said Brannigan" is hers (ents54)
        surnames |= {rest for s in surnames if len(cut := re.split(r"[ -]", s, maxsplit=1)) == 2
                     and cut[0] in PARTICLES and len(rest := cut[1]) > 2}  # "Sisi" of "Abdel Fattah el-Sisi": the
        # surname without its hyphened article (folded "el sisi"; ents59)
    # a name a number counts ("26 Kalibr missiles") is a thing, unless it is also used as a name alone
    def key_of(m: Mention) -> str:
        return name_key(clean_name(display_form(m.text)))

    counts = [(m, scale_counted(a.doc.text, m)) for a in analyses for m in a.mentions]  # "7.4m Velbas" too
    counted_only = {key_of(m) for m, n in counts if n and fold(clean_name(m.text)) not in surnames}
    counted_only -= {key_of(m) for m, n in counts if not n}
    teams = located.teams if located is not None else set()
    return _Evidence(place_by_doc, not_places, surnames, counted_only, placed_run=located is not None,
                     texts=[a.doc.text for a in analyses], teams=teams,
                     team_keys={key_of(Mention(d, s, e, a.doc.text[s:e], "org")) for a in analyses
                                for d, s, e in teams if d == a.doc.id})


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
_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})s\b")  # "the Oscars", "two Emmys": the singular names a thing
_LIST_GAP = re.compile(r"^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")  # ", ", ", and ", " and "
_MODIFIER_OF_PLURAL = re.compile(r"\b([A-Z][a-z]{2,})(?:[ -](?:[a-z]{3,}))")  # "Oscar nominees", "Emmy-winning"
_SENTENCE_INSIDE = re.compile(r"[a-z]{3,}\.\s+[A-Z]|\.\s+The\s")  # "Port-au-Prince. Oxfam": two sentences, not "John F.
# Kennedy"; "Velcorp Co. The State Department": an abbreviation's stop before a sentence's "The" (ents59)
_NAME_AFTER = re.compile(r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*")  # " Wesson" after "Smith and"
_PARTICLE_NAME_AFTER = re.compile(  # " der Merwe" after "Johan van", " Roy" after "Alain Le"
    r"(?:[ \t]+(?:" + lexicon.alternation(PARTICLES) + r"))*"
    r"[ \t]+[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’-]+)*"
)
_PARTICLES_BEFORE = re.compile(  # "Van der |Merwe", "and de |Klerk": particles the model left off a surname
    r"(?<![\w'’-])(?:(?:" + lexicon.alternation(PARTICLES) + r")[ \t]+)+$",
    re.IGNORECASE,
)
_PEOPLE_SHARE = 2 / 3  # of a list's other names tagged as people: the list is a list of people
_MIN_LIST = 3


def people_list_keys(text: str, mentions: Sequence[Mention], kind: EntityKind = "person",
                     share: float = _PEOPLE_SHARE) -> Counter[str]:
    """Keys of the names written in a list of people ("Maren Ade, Nuri Bilge Ceylan, Souleymane
    Cissé"): a run of three names or more joined only by commas and "and", most of the others
    tagged as people. A name's kind agrees with the names it is listed with. With ``kind`` "org" and
    ``share`` 1: a list of bodies ("Acme Web Services, Orbis Cloud and Velox Cloud")."""
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
            if sum(o.kind == kind for o in others) >= share * len(others):
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
            count_uses(a.doc.text, m, uses[k])
            number_uses[k].append(numbered_context(a.doc.text, m.start, m.end))
            tagged[k][m.kind] += 1
            if org_by_form(name := clean_name(display_form(m.text))) and not leader_body(
                    words := name_key(name).split()):  # "Acme| Guitar Corporation"; not "Quarrow| Administration"
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
            _person_name_evidence(a.doc.text, m, k, ev)
    _list_evidence(analyses, ev, uses)
    sites, ev.placed_words, ev.affiliated = place_word_evidence(analyses, uses, tagged)  # "the river Aldwater"
    ev.locations |= sites | place_tails(analyses, ev.place_by_doc)  # "Braunau am| Inn": a place's tail
    ev.locations |= more_locations(analyses, ev.locations, ev.place_by_doc)  # "Logar province"; "of Sarkh, Logar,"
    _people_evidence(analyses, ev, tagged)
    ev.shared = shared_surnames(ev.texts, ev.surnames, set(uses))  # "Eden Sassoon" the model did not read
    ev.firsts = first_bearers(analyses)  # "Sementilli": Fabio, every report names him first
    ev.defined = set(defined)
    ev.spelled_out = set(defined.values())  # "the Free Army of Tarn and the Marches (FATM)": one name, whole
    ev.things = {k for k, uses in thing_uses.items() if all(uses)}
    ev.things |= {acr for acr, full in defined.items() if full in ev.things}  # "ACARS" for a thing's name
    ev.storms = storm_names(ev.texts) | storms_lived_through(ev.texts)  # "went through Ada and Bruno"
    ev.objects = object_names([a.doc.text for a in analyses])
    titled = {clean_name(m.text) for a in analyses for m in a.mentions if body_as_newspaper(a.doc.text, m.start)}
    ev.publications = {name_key(m.text) for a in analyses for m in a.mentions if publication_use(a.doc.text, m)}
    ev.apposed = {pair for a in analyses for pair in apposed_epithets(a.doc.text, a.mentions)}
    ev.nicknames = {pair for a in analyses for pair in nicknames(a.doc.text)}  # "Yeezy -- one of West's nicknames"
    ev.objects |= {fold(b) for b in BODIES - titled}  # "the Sun", unless the story names a paper "The Sun"
    ev.numbered = {k for k, uses in number_uses.items() if all(uses)}
    ev.capital_spans, ev.cased = capitals_evidence(analyses)  # "… TO COME TO THE DOOR.": a transcript's capitals
    _business_evidence(analyses, ev, uses)
    # a name someone gave themselves, written only in quotes ('a man who identified himself as "AJ"'):
    # an unnamed person's alias, not an actor the story identifies
    ev.aliases = {k for k, n in uses.items() if n["alias"] and n["quoted"] == n["all"]}
    ev.determined = {k for k, n in uses.items() if n["determined"] == n["all"]}
    _shape_evidence(analyses, ev, uses)
    if ev.placed_run:  # a name the model mostly tags as a place ("Quay 4"): a location wherever it is unresolved
        teams = {name_key(a.doc.text[s:e]) for a in analyses for d, s, e in ev.teams if d == a.doc.id}
        ev.locations |= {k for k, votes in tagged.items() if votes["place"] > votes["org"] + votes["person"]} - teams


def _list_evidence(analyses: Sequence[Analysis], ev: _Evidence, uses: dict[str, Counter[str]]) -> None:
    """Names only ever written in lists of people, or of bodies alone, and the words the story writes plural."""
    in_people_list: Counter[str] = Counter()
    in_body_list: Counter[str] = Counter()
    for a in analyses:
        in_people_list.update(people_list_keys(a.doc.text, a.mentions))
        in_body_list.update(people_list_keys(a.doc.text, a.mentions, "org", 1.0))  # "Orbis Cloud and Velox Cloud"
        ev.plurals |= {fold(w) for w in _PLURAL.findall(a.doc.text)}
        ordered = sorted(a.mentions, key=lambda m: m.start)
        ev.bracketed_bodies |= {name_key(clean_name(display_form(m.text)))
                                for before, m in zip(ordered, ordered[1:], strict=False)
                                if before.kind == "org" and a.doc.text[before.end : m.start] == " ("
                                and a.doc.text[m.end : m.end + 1] == ")"}  # "Social Liberals (Tarn Venstre)"
    ev.listed_people = {k for k, n in in_people_list.items() if n == uses[k]["all"]}
    ev.listed_bodies = {k for k, n in in_body_list.items() if n == uses[k]["all"]}


def _person_name_evidence(text: str, m: Mention, k: str, ev: _Evidence) -> None:
    """The last word of a name of two or three words ("mayo" of "Iban Mayo", whatever its tag), and a name tagged an
    organisation written with a person's office ("Cem, the foreign minister,": a person wherever tagged)."""
    name = clean_name(display_form(m.text))
    if 2 <= len(words := k.split()) <= 3:
        ev.name_tails.add(words[-1])
    if m.kind == "org" and office_holder(text, m, name):
        ev.titled.add(k)


def _business_evidence(analyses: Sequence[Analysis], ev: _Evidence, uses: dict[str, Counter[str]]) -> None:
    """Names written as made things' (``products``) and as businesses' the model read as people (``companies``)."""
    # a made thing's name: written as a product at least as often as not, never as a business's or a
    # person's, never saying or doing what a business does ("Acme said")
    ev.products = {k for k, n in uses.items()
                   if n["brand"] and 2 * n["brand"] >= n["all"]
                   and not n["company"] and not n["person"] and not n["speaks"]}
    # or written once right after a kind of made thing ("sunglasses called Spectra", "a pair of Spectras"), and never
    # as a business's, a person's or a speaker's, nor followed by ", which"
    ev.named_products = {k for k, n in uses.items() if n["named_product"] and not any(
        n[c] for c in ("company", "venture", "person", "speaks", "which"))}
    ev.products |= ev.named_products
    # or written after its size at least as often as not ("the new 16-inch Vantor Book": ``sized_products``), and
    # tagged an organisation once at least (a product read as its maker; "the 7-foot Ann Quarrow" is no thing)
    ev.sized = {k for k, n in uses.items() if 2 * n["sized"] >= n["all"] > 0 and n["org_tag"] and not any(
        n[c] for c in ("company", "person", "speaks", "which"))}
    ev.products |= ev.sized
    ev.products |= conjunct_products(analyses, ev.products, uses)  # "all Vantor Book and Vantor Slate models"
    ev.products |= product_lines(analyses, ev.sized, STOPWORDS)  # "the Vantor lineup" beside "the 15-inch Vantor Book"
    kept = {fold(k.split()[0]) for k in ev.people - ev.sized if " " in k}  # a sized thing's first word ("Vantor"
    ev.name_heads -= {fold(k.split()[0]) for k in ev.sized if " " in k} - kept  # of "Vantor Book") opens no one's
    # a business's name the model read as a person's: written as a business's (or followed by ", which"),
    # never with a person's title, "who", pronoun or kin, and no part of a person's fuller name
    # ("Liberty-based Acme announced …")
    ev.companies = {k for k, n in uses.items() if (n["company"] or (n["which"] and not _given_and_surname(k)))
                    and not n["person"] and not n["product"]} | ventures(uses)  # "Crate's app" (ventures.py)
    ev.named_companies = {k for k, n in uses.items() if k in ev.companies and n["company_before"]}


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
    if low in STOPWORDS or low in _CALENDAR_WORDS or demonym(word) or fold(word) in ev.peoples:
        return None
    if low.endswith(_ROLE_ENDINGS):
        return None  # "Strategist| Steve Bannon", "Britons| Peter Kennedy": a role or a people, no given name
    if dictionary_word(word) is not False:
        return None  # an English word or a name common enough to be in the vocabulary ("Yesterday", "Vicente")
    at = max(0, m.start - 40) + hit.start(2)
    if any(o.start <= at < o.end for o in mentions):
        return None
    if ev.written.get(LOWER_WORD + low) is None:
        ev.written[LOWER_WORD + low] = sum(len(re.findall(r"\b" + re.escape(low) + r"\b", t)) for t in ev.texts)
    return None if ev.written[LOWER_WORD + low] else at


def _people_evidence(analyses: Sequence[Analysis], ev: _Evidence, tagged: dict[str, Counter[EntityKind]]) -> None:
    """Who the story names as people, its demonyms, its places' first words, first names used alone, and
    surnames listed beside a full name ("Clinton and Hillary Rodham Clinton": two people)."""
    ev.people = {k for k, votes in tagged.items() if votes["person"]}
    ev.people_first = {k for k in ev.people if tagged[k]["person"] > tagged[k]["org"]}
    ev.org_words = {k for k, votes in tagged.items() if " " not in k and votes["org"] >= 3 and not votes["person"]}
    said: dict[str, set[str]] = defaultdict(set)  # bare surname's key -> the honorifics' genders
    for a in analyses:
        ev.peoples |= {fold(w) for w in _DEMONYM.findall(a.doc.text)}
        persons = sorted((m for m in a.mentions if m.kind == "person"), key=lambda m: m.start)
        ev.first_names |= {fold(clean_name(m.text)) for m in persons if " " not in clean_name(m.text)}
        ev.name_heads |= {fold(w[0]) for m in persons if len(w := clean_name(m.text).split()) >= 2}
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
        for m in persons:  # "Tom Velu and his wife": his gender, where his given name tells none (ents63)
            if " " in clean_name(m.text) and (g := owner_gender(a.doc.text, m.end)):
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
    """A name written before a division's title ("Bío Bío| Region"), or with it ("Maule Region"), or in a list a
    plural division noun closes ("Barry, Cass and Van Buren counties"): a region's, a county's."""
    if division_title(text, m.end) or in_county_list(text, m.start, m.end):
        ev.divisions.add(k)  # "Bío Bío| Region"; "Barry, Cass and Van Buren counties" (places/division_lists.py)
    elif (cut := untitled_division(clean_name(display_form(m.text)))) is not None:
        ev.divisions.add(name_key(cut))  # the model took the title in


def _shape_evidence(analyses: Sequence[Analysis], ev: _Evidence, uses: dict[str, Counter[str]]) -> None:
    """Names only ever after a model year ("a 2007 Hyundai Sonata"), adjectives, owners' products, taxa,
    methods' acronyms, every key, awards' plurals, and pieces of runs of given names."""
    ev.birth_names = _birth_names(analyses, uses)
    ev.common = common_word_evidence(analyses, ev.surnames)  # "Drag racing …", "Westlaw data", "her book X"
    ev.model_years = {k for k, n in uses.items() if n["model_year"] == n["all"]}
    # names only ever in a list a plural noun of a town's parts closes ("in Aldgate, Tarn Kadal and Velby areas"):
    # localities, no people or bodies (not "Labour" of "Labour and Tory areas" where "Labour said" too)
    ev.divisions |= {k for k, n in uses.items() if n["localities"] == n["all"] > 0}
    ev.adjectives = {k for k, n in uses.items() if n["adjective"] == n["all"]}
    ev.voiced = {k for k, n in uses.items() if n["person"] or n["speaks"]}
    ev.office_bodies = {k for k, n in uses.items() if n["office_body"] == n["all"] and k not in ev.voiced}
    ev.owned_products = {k for k, n in uses.items() if n["owned"] == n["all"] and not n["person"] and not n["speaks"]}
    ev.articled = {k for k, n in uses.items() if 2 * n["article"] >= n["all"] and not n["person"] and not n["speaks"]}
    ev.products_once = {k for k, n in uses.items() if n["product"] and not n["company"]}
    # a landform's name ("the summit of Aldfell", "Aldfell's west face"): a feature's, so a place; only ever written
    # right before the landform's noun ("Aldfell arete"): a piece of its name
    ev.features |= {k for k, n in uses.items() if n["landform"] and not n["person"] and not n["speaks"]
                    and not n["company"]}
    # a name of two words or more only ever written after "the" ("at the Jolly Fiddler"), never as a person's or a
    # speaker's: a body's or a venue's, no person's
    # ("the Jolly Fiddler source" is a modifier's use, no head's: one use at least must be the head's)
    # A one-word name too, unless a surname of the story's people or an agent's noun, an epithet ("the Tarnbomber"):
    # "recalled by the Kaiserreich", "the Kaiserreich's expansion": a former state's word, no person's
    ev.the_named = {k for k, n in uses.items() if (" " in k or (k not in ev.surnames and not k.endswith(_ROLE_ENDINGS)))
                    and n["the"] == n["all"]
                    and n["the_head"] and not n["person"] and not n["speaks"]}
    ev.award_names = {k for k, n in uses.items() if n["award"] and not n["person"] and not n["speaks"]}
    ev.landform_pieces = {k for k, n in uses.items() if n["landform_piece"] == n["all"]}
    # a brand's name: written as a product's or a brand's twice at least ("the Acme logo", "Acme's shape"), never
    # as a person's, a speaker's or a business's: no person, however the model tagged it
    ev.brands = {k for k, n in uses.items()
                 if n["brand"] >= BRAND_USES and not n["person"] and not n["speaks"] and not n["company"]}
    ev.person_written = {k for k, n in uses.items() if n["person"] and not n["company"]}
    ev.body_products = body_products(ev.people, ev.org_words, ev.person_written, ev.kin_given)  # "Velbrook Forge"
    ev.name_heads -= {k.split()[0] for k in ev.body_products}  # opens no one's name (body_products)
    ev.org_cued = {k for k, n in uses.items() if n["org_cue"] or n["company"] or n["which"]}  # "shares of Ford"
    ev.traded = {k for k, n in uses.items() if n["traded"]}
    ev.taxa = taxon_names(ev.texts)
    ev.method_acronyms = {acr for t in ev.texts for acr in common_acronyms(t)}
    ev.keys = set(uses)
    ev.run_together = run_together(analyses, ev.keys, set(ev.place_names), ev.surnames)  # "…, Vantage News and TVQ"
    ev.initials = {"".join(w[0] for w in k.split()) for k in uses if len(k.split()) >= 2}
    ev.title_initials = title_initials(ev.texts)  # "Inspector General … the IG said": a title's short form
    ev.glossed = glossed_names(ev.texts)  # "Tata, which in Velsh means …": a word and a language, no one's names
    ev.objects |= planets_as_bodies(ev.keys)  # "seven flybys of Venus"; not beside "Venus Williams"
    # "the Oscars" beside "Oscar nominees": an award's or an event's plural, not an organisation, unless it speaks
    speakers = {k for k, n in uses.items() if n["speaks"]}
    modifiers = {w for a in analyses for w in _MODIFIER_OF_PLURAL.findall(a.doc.text)}
    # A modifier whose plural is written somewhere ("Oscar" and "the Oscars"): ``_PLURAL`` matches a whole
    # word, so its stems are exactly the words w for which ``\bws\b`` is found (one scan of each text, not
    # one per modifier: that was about 0.03x of a ten-report brief's parse).
    stems = {w for a in analyses for w in _PLURAL.findall(a.doc.text)}
    ev.awards = {fold(w) + "s" for w in modifiers & stems} - {fold(k) for k in speakers}
