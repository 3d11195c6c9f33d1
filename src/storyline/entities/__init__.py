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
- two person names differ by one letter in a long word ("Shoigu"/"Shoygu"), or by a
  given name's transliteration and a middle initial ("Aleksei A. Navalny"/"Alexei
  Navalny"): listed under the most used full form (a middle initial adds no fullness).

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
An e-mail's closing word is no part of the name after it ("Xoxo Honey." is Honey); a bare surname the story
writes after "Mr." and after "Ms." is two people, each joined to the full name of its gender when one is
known, else listed under neither (not a third entry); a surname's plural ("the Shermans"), a title's
abbreviation alone ("Det"), a month's or a weekday's abbreviation ("Mar"), a newsletter box's words
("Email Sign| Up") and a common word in capitals ("WIN", unless the story defines the acronym) are not
listed; news agencies and social platforms are known organisations; a company's short and legal names
("Gibson Guitar", "Gibson Guitar Corporation", and a one-word "person" that heads only that name) are one
organisation; a feature's name that heads an organisation's ("Mount Sinai| Hospital") is no place; a
given name's short form that ends it ("Tono" of "Suhartono") is the same person. A craft's name ("Parker Solar
Probe", "Hubble Space Telescope") and a heading in capitals that opens a line ("EXTENDED SUMMARY THE IMPACT
…") are not listed; a body's name cut at its possessive before "Conference", "Synod" … is whole.
A very common given name the model left off a surname ("criticism from Ana| Herrera") is part of the person's
name, and the bare surname is hers, as is a given name it left off a longer name when the word is no English
word and the story never writes it in lower case ("Rute| Vicente Oliveira"); a given name written after a kin
noun ("his wife, Honey") is a person's, of that gender; a name written right after "acronym" ("its acronym
Abri") is no person; a name a distance written after it locates ("Weberek, 40 kilometers south of Dili") is a
location; a nationality's adjective ("U.S. and Malagasy law"), a location's name with two letters
swapped ("Kalyterra" beside "the Kaltyerra rock shelter") and the names in a credit line ("With reports from
…", "… contributed reporting.") or a photo credit ("(Orla Fennimore/CBC)") are not listed.
A brand written as a thing ("the Acme logo", "brands including Acme": ``brands``) is no organisation and no
person; an organisation's name the model cut in two ("Nordic| Design| Property Office", "… Scotland| and Ireland":
``cut_names``) is whole; a landform's name ("the summit of Aldfell": ``landforms``) is a place; an award ("his
Zephyr nominations": ``awards``) and a quoted title with an honorific inside ('"Mrs. Tumble,"') are no person; a
name of two words or more only ever written after "the" ("at the Jolly Fiddler") is no person's; a surname
written with two letters swapped is its bearer's (``misspelt``).
A name written only in a transcript's lines in capitals ("… TO THE DOOR.": ``capital_lines``), storms lived through
("went through Ada and Bruno", in a story of a storm: ``storm_talk``) and the last two names of a list joined by
"and" or two run together over its comma (``list_runs``) are not listed; a water's, a monument's or a period's name
("the river Aldwater", "Aldbury henge", "Iron Age"), a name tagged a place after "in", are no people, and one after
"<person>, of" is a body (``place_words``); a person's name the model cut before its surname is whole
(``surname_cuts``), and a middle name joins the name without it. A body's acronym, variant ending, sentence-opening
word and a first name alone join their entry (``short_forms``), as does a one-word body's short form taken from inside
it ("VW" of "Volkswagen": ``word_acronyms``); "CCTV footage" (``thing_labels``), "its EV" (``noun_acronyms``) and
"Islam" are none.
A bare name that opens full names of the story's people ("Wang" beside "Wang Youcai" and "Wang Dan") or is set
before an office ("Cem, the foreign minister,"), and a full name whose surname is written alone as a person's, are
people's unless written as a company's ("shares of Ford"); a legislature's own name ("the Duma") is an
organisation's (``person_kinds``, ``legislatures``), as are a town's name the places stage read as its team's
(``Located.teams``) and a club's name ("Manchester United"). A schedule's row read as one name ("TX @ Toyota Music
Factory") is its venue's (``schedule_rows``); a body's reordered name ("Homeland Security Department") and its tail
after a place, an acronym or "and"/"of" ("Indiana Statehouse" / "Statehouse") are one entry (``body_tails``).
A name written after its size ("the 16-inch Vantor Book"), one joined to it before a plural noun and its line's word
("Vantor Slate models", "the Vantor lineup") are products (``sized_products``); a county list's names ("Cass and Van
Buren counties"), a dateline town's words ("ST. ELLIS, Fla. (AP)": ``datelines``), a place's tail ("Braunau am| Inn":
``place_tails``) and a doctrine ("National Socialism": ``doctrines``) are no people or bodies. A box score names
teams and players (``box_scores``); a clause and a graded acronym are no names (``clause_runs``, ``measure_acronyms``).
A company's name the model cut after its first word ("Quite| Velm", "Tell Velm| Digital": ``left_cuts``) is whole; a
leader is no body for his administration's name (``leader_bodies``); a name only before a building's part ("the
Velmhall steps": ``facility_heads``) is not listed.
A bare name with a title ("President Park") is the one full name the story gives that title; a body's name without
its modifier ("Election Commission") is the one body of that head noun whose longer name its reports write; a body "of"
a placed country is the one after the country's adjective; an office before a full name ("Harbour Sheriff| Ada Lumm")
is no entry; a title that ends a longer office ("Attorney General") is no style; "a friend of Velu's said" is no shop;
"PwC" is the compound body's short form (ents62).
A name the model typed a person or a body that the reports write as a place's, after "in" ("In Velby, …"), and never
as an actor's, is a place: the resolved town whose name it opens, or one the map or a place noun says it is
(``place_votes``, ents65).
Uncorroborated names can be listed last (``corroboration``) and junk a model finds left out (``learned``); both off.
The word lists are ``lexicon/`` data read through ``names.py`` and ``shapes.py`` (the shapes only this
stage reads); what the story says about its names is in ``evidence.py``, the type checks that read it in
``kinds.py``, the joins of one organisation's names in ``organisations.py``.

The name knowledge itself (honorifics, particles, the known groups, keys) is in
``names.py``, which the places stage reads too; the places stage's result comes in
as ``model.Located``, so this module imports no other stage.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from .. import lexicon
from ..model import Analysis, Entity, EntityKind, Located, Mention
from ..names import (
    PARTICLES,
    clean_name,
    compound_modifier,
    cut_after_joiner,
    display_form,
    honorific_before,
    known_org,
    name_key,
    org_by_form,
)
from ..names.natural import feature_name
from ..people import GENDER_MARK, join_people
from ..text import fold
from ..unionfind import UnionFind
from .address_parts import address_part
from .aliases import genders_of as _genders
from .aliases import join_aliases, refile_titled_names, vote_kinds
from .bearers import join_bearers
from .body_tails import join_gapped, join_modified_heads, join_reordered, join_tails
from .common_words import join_mastheads
from .corroboration import Support
from .cut_names import joined_end, long_name
from .datelines import in_dateline_town
from .evidence import (
    _NAME_AFTER,
    _PARTICLE_NAME_AFTER,
    _SENTENCE_INSIDE,
    _Evidence,
    _evidence,
    _typecheck_evidence,
)
from .generations import join_generations
from .given_names import names_at_birth
from .grown import grown_over
from .kinds import _checked_kind
from .learned import listed
from .line_shapes import measure_or_heading
from .list_items import read_list_items
from .media_owners import media_owners
from .ministry_names import ministry_whole
from .misspelt import (
    join_body_respellings,
    join_diminutives,
    join_particle_slips,
    join_respellings,
    join_transposed,
    join_vowel_variants,
)
from .office_titles import style_before, without_tail
from .organisations import _join_organisations, _join_partners
from .owner_splits import split_owners
from .parent_bodies import parent_keys
from .peoples import nationality_cut, regnal_pairs
from .person_kinds import person_kind
from .place_votes import vote_places
from .results import result_mentions
from .school_names import school_name
from .shapes import (
    caps_heading,
    cut_before_title,
    form_title,
    honorific_gender,
    in_portfolio,
    misspelt_title,
    office_before_name,
    possessive_of_feature,
)
from .shop_names import shop_display
from .short_forms import (
    join_first_names,
    join_opening_words,
    join_short_acronyms,
    place_keys,
)
from .story_titles import story_titles, titled_surname, titled_tail
from .unlisted import tag_or_idiom, uncredited
from .verb_tails import verb_cut
from .word_acronyms import join_word_acronyms

# Generic words the model tags as organisations on their own ("the Defense", "state").
_GENERIC = lexicon.words("generic_org_words")
_CREDIT = re.compile(r"\s*\([^()]*\)\s*$")


def _outlet_keys(analysis: Analysis) -> set[str]:
    """Names of the document's own outlet ("The Guardian", "guardian.com"; "FOX Sports (with AP)" as "FOX Sports"),
    and its last word when the text writes it after "The" ("The Times", "The Post")."""
    keys = set()
    doc = analysis.doc
    outlet = _CREDIT.sub("", doc.outlet or "")  # the host's name without a wire's credit ("(AP)", "(with AP)")
    if outlet:
        keys.add(name_key(outlet))
        if len(words := name_key(outlet).split()) >= 2 and re.search(r"\bThe " + re.escape(
                outlet.split()[-1]) + r"\b", doc.text):
            keys.add(words[-1])  # "The Times" on The New York Times's page: the outlet's short form
    if doc.url:
        host = re.sub(r"^[a-z]+://", "", doc.url).split("/")[0].lower()
        host = re.sub(r"^(?:www|m|edition|amp)\.", "", host)
        keys.add(fold(re.sub(r"^the", "", host.split(".")[0])))
    return {k for k in keys if len(k) >= 2}


# Words of wire slugs and edition labels ("Ld-Writethru", "Late Edition"; lexicon/wire_slugs.txt).
_WIRE_SLUG_WORDS = lexicon.words("wire_slugs")


def wire_slug(name: str) -> bool:
    """A name made only of wire-slug or edition-label words ("Ld-Writethru", "3rd Ld-Writethru", "Bjt")."""
    words = [re.sub(r"^\d+", "", w).lower() for w in re.split(r"[\s,-]+", name)]
    words = [w for w in words if w]
    return bool(words) and all(w in _WIRE_SLUG_WORDS for w in words)


def _is_junk(name: str) -> bool:
    """Fragments no reader wants listed: lower-case starts, digits only, generic words, wire slugs, a social handle
    ("Twitter @AnaRuiz": an account's address, ents51), a web address inside ("Permalink http://… Authorities": a
    share bar's words run into the text, ents55)."""
    if len(name) < 2 or not name[:1].isupper() and not name[:1].isdigit() or re.search(r"@\w|\bhttps?://", name):
        return True
    if not any(ch.isalpha() for ch in name) or long_name(name) or wire_slug(name):
        return True
    return name_key(name) in _GENERIC


Key = tuple[EntityKind, str]


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

    ``checks=False`` turns the type checks off (the baseline ``bench/entities_eval.py`` measures). With the checks,
    a box score's names are read from its lines first ("Ana Marsh 2 saves.", "Alder d. Brisco 3-1": ``box_scores``)
    and an owner's possessive in a person's span cut off ("Jeff Bezos’s| Blue Origin": ``owner_splits``)."""
    if checks:
        analyses = split_owners([replace(a, mentions=result_mentions(a.doc.text, a.mentions)) for a in analyses])
        placed = {(p.doc, p.start, p.end) for p in (located.mentions if located else [])}
        analyses = media_owners(read_list_items(analyses, placed), placed if located else None)
    evidence = _evidence(analyses, located, checks)
    if checks:
        _typecheck_evidence(analyses, evidence)
        evidence.titles = story_titles(analyses)
    else:
        evidence.checks = False
    names = _Names()
    for a in analyses:
        _collect(a, evidence, names)
    if checks:  # types voted over what the story writes, then one alias pass after the joins (``aliases``, ents64)
        vote_kinds(names, evidence.texts, business := evidence.companies | evidence.org_cued)
        refile_titled_names(names, evidence.texts)  # "Harbour Pilot Ana Velu" is Ana Velu (ents66)
        vote_places(names, evidence.texts, evidence.place_names, business, evidence.surnames)  # ents65, ents66
    uf = _merge(names, checks, evidence)
    if checks:
        persons = [k for k in names.forms if k[0] == "person"]
        join_aliases(uf, list(names.forms), names, evidence.texts, _genders(names, persons, evidence), business,
                     evidence.shared)
    return _entities(analyses, names, uf, checks)


_GLUED_AFTER = re.compile(r"-[A-Z]")  # "TT|-OSL"
_GLUED_BEFORE = re.compile(r"[A-Z]-$")  # "TT-|OSL"
_COUNT_BEFORE = re.compile(r"(?<![\w,.])\d{1,3}[ \t]+$")  # "15 |Dromaius", not "March 2015 |" or "1,200 |"
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint)\.?[ \t]+$")  # "St. Charles Parish": a place named for a saint


def _collect(a: Analysis, ev: _Evidence, names: _Names) -> None:
    """File every mention of one document under its kind and key (places as the places stage read them)."""
    outlet = _outlet_keys(a)
    covered: set[tuple[int, int]] = set()
    joined_until = took_until = -1
    starts = {m.start for m in a.mentions}
    for m in sorted(uncredited(a, ev), key=lambda m: m.start):
        if m.start < took_until:
            continue  # the rest of an organisation's name the mention before took in
        m, took_until = grown_over(a.doc.text, m, starts, ev, a.mentions, took_until)
        if ev.checks and (end := joined_end(a.doc.text, m, a.mentions, ev.place_names, ev.texts)) is not None:
            m, took_until = Mention(m.doc, m.start, end, a.doc.text[m.start : end], "org", m.counted), end
        form = display_form(m.text)
        name = clean_name(form)
        if ev.checks and (title_cut := cut_before_title(name, a.doc.text[m.end : m.end + 30])) is not None:
            if not title_cut:
                continue  # "Federal" of "Federal Judge Kurt Engelhardt": part of a title, no name
            form = name = title_cut  # "New Orleans Federal| Judge …": the name ends before the title
            m = Mention(m.doc, m.start, m.start + len(title_cut), title_cut, m.kind, m.counted)
            if (row := ev.place_names.get(name_key(name))) is not None:
                names.add("place", "@" + name_key(row), form, m.doc, row)
                continue
        if ev.checks:
            form, name, m = _ends_mended(a.doc.text, m, form, name, ev)
        if ev.checks and (head := cut_after_joiner(name)) is not None:
            if name.endswith((" and", " &")) and (more := _NAME_AFTER.match(a.doc.text, m.end)) is not None:
                # "Smith and| Wesson": the model cut one name in two; the rest is the next mention's
                form = display_form(a.doc.text[m.start : more.end()])
                name = clean_name(form)
                joined_until = more.end()
            else:
                form, name = head, clean_name(head)  # "Deutsche Börse of| Europe": the name is before "of"
        elif ev.checks and m.kind == "person" and " " in name and fold(name.rsplit(" ", 1)[1]) in PARTICLES and (
                more := _PARTICLE_NAME_AFTER.match(a.doc.text, m.end)) is not None:
            form = display_form(a.doc.text[m.start : more.end()])  # "Alain Le| Roy", "Johan van| der Merwe"
            name = clean_name(form)
            joined_until = more.end()
        elif ev.checks and m.start < joined_until:
            continue  # the rest of a name the mention before took in ("Smith and Wesson")
        if ev.checks and (_piece_of_a_name(a.doc.text, m, name, form) or _modifier_only(a.doc.text, m, name, ev)):
            continue
        if (placed := _placed(m, name, ev, joined=m.end == took_until or school_name(a.doc.text, m))) is not None:
            covered.add((placed[0], placed[1]))
            names.add("place", "@" + name_key(placed[2]), form, m.doc, placed[2])
            continue
        if _is_junk(name) or name_key(name) in outlet or name_key(name) in ev.counted_only or tag_or_idiom(a, m, ev,
                                                                                                            name):
            continue
        canon = known_org(name) or _shop(m, a.doc.text, name, ev)  # "Quorley's": a shop's name, with its "'s"
        if canon is not None:
            names.add("org", name_key(canon), _with_honorific(a, m, form), m.doc, canon)
            continue
        kind = person_kind(m, name, ev, a.doc.text)
        if ev.checks:
            if (checked := _checked_kind(kind, name, ev)) is None:
                continue
            kind, (form, name) = checked, _without_nationality(checked, form, name, ev)
        names.add(kind, _gendered_key(kind, name, said := _with_honorific(a, m, form), ev), said, m.doc)
    _add_uncovered_places(a, ev, covered, names)


def _shop(m: Mention, text: str, name: str, ev: _Evidence) -> str | None:
    """A shop's name written with its "'s" (``shop_names``), unless the name is the surname of a person of the story:
    "a friend of Ana Velu's said" is hers, no shop (ents62)."""
    shop = shop_display(m, text)
    return None if shop is None or (ev.checks and fold(name) in ev.surnames) else shop


def _without_nationality(kind: EntityKind, form: str, name: str, ev: _Evidence) -> tuple[str, str]:
    """A person's form and name without a nationality before the full name ("Zimbabwean| Phillip Chiyangwa": where
    the person is from, no part of the name; ``peoples.nationality_cut``, ents61) or a misspelt title (ents62)."""
    if kind == "person" and (rest := nationality_cut(name, place_keys(ev.place_names))) is not None:
        return rest, rest
    if kind == "person" and (rest := misspelt_title(name)) is not None and name_key(rest) in ev.people:
        return rest, rest  # "Governer| Ana Velu" beside "Ana Velu": a title misspelt, no part of her name (ents62)
    return form, name


def _ends_mended(text: str, m: Mention, form: str, name: str, ev: _Evidence) -> tuple[str, str, Mention]:
    """A name's ends mended: a title opening a feature's name taken in ("Lord| Howe Island": ents57), a common noun the
    model kept dropped ("Al-Jazeera television| channel"), a ministry's noun it left out taken in ("Interior| ministry":
    ``ministry_names``), a past verb it ran in dropped ("Velu Tweeted": ``verb_tails``)."""
    if feature_name(name) and (hon := honorific_before(text[max(0, m.start - 12) : m.start])):
        at = text.rfind(hon, 0, m.start)  # "Lord| Howe Island": the title opens the feature's name (ents57)
        m = replace(m, start=at, text=text[at : m.end])
        form = name = display_form(m.text)
    if m.kind == "org" and (tail := without_tail(name)) is not None:
        form = name = tail
    if m.kind == "org" and (person := titled_tail(name, ev.titles) or titled_surname(name, ev.surnames)) is not None:
        form = name = person  # "Crossbencher| Baroness Meacher": a person the model ran a body's name into (ents62)
        m = replace(m, start=m.end - len(person), text=person, kind="person")
    if m.kind == "org" and (whole := ministry_whole(text, m.end, name)) is not None:
        form = name = whole
    if (head := verb_cut(name, ev.people)) is not None:
        form, name, m = head, head, replace(m, kind="person")
    return form, name, m


def _placed(m: Mention, name: str, ev: _Evidence, joined: bool) -> tuple[int, int, str] | None:
    """The place the places stage resolved inside the mention, unless the name is an organisation's that holds a
    place's name ("Malaysia Airlines": an airline; a name joined from two mentions, "… England and Wales")."""
    placed = next((p for p in ev.place_by_doc.get(m.doc, []) if m.start <= p[0] and p[1] <= m.end), None)
    if placed is not None and ev.checks and (org_by_form(name) or joined) and fold(placed[2]) != fold(name):
        return None
    return placed


def _gendered_key(kind: EntityKind, name: str, form: str, ev: _Evidence) -> str:
    """The name's key; for a bare surname the story writes after "Mr." and after "Ms." (a husband and a
    wife), the key with the honorific's gender ("sherman|m"), so that each joins its own full name."""
    k = name_key(name)
    if kind == "person" and k in ev.two_genders and (g := honorific_gender(form)) is not None:
        return f"{k}{GENDER_MARK}{g}"
    return k


def _add_uncovered_places(a: Analysis, ev: _Evidence, covered: set[tuple[int, int]], names: _Names) -> None:
    """The places the places stage resolved that no mention of the model covers ("Deir-ez-Zor")."""
    for start, end, pname in ev.place_by_doc.get(a.doc.id, []):
        if (start, end) not in covered and not any(s <= start and end <= e for s, e in covered):
            names.add("place", "@" + name_key(pname), display_form(a.doc.text[start:end]), a.doc.id, pname)


def _piece_of_a_name(text: str, m: Mention, name: str, form: str) -> bool:
    """A span that is a piece of a word or of another name, not a name itself."""
    if m.kind != "place" and (_GLUED_AFTER.match(text, m.end) is not None
                              or _GLUED_BEFORE.search(text[max(0, m.start - 3) : m.start])):
        return True  # "TT-OSL": the model took one piece of a hyphenated word
    if m.kind == "person" and possessive_of_feature(text, m.end):
        return True  # "Carpenter's Gap": a place named for someone, not the person
    if m.kind != "place" and in_dateline_town(text, m.start, m.end):
        return True  # "ST. ELLIS, Fla. (AP) —": a word of the dateline's town (``datelines``)
    if m.kind != "place" and office_before_name(name, text[m.end : m.end + 30]):
        return True  # "Harbour Sheriff| Ada Lumm": the office she holds, no person or body (ents62)
    if m.kind != "place" and address_part(text, m.start, m.end):
        return True  # "Camden, NJ", "Holmdel, NJ", "at 2134 Caldwell Place": an address's pieces (``address_parts``)
    if m.kind == "org" and " " not in name and _COUNT_BEFORE.search(text[max(0, m.start - 16) : m.start]):
        return True  # "15 Dromaius, 2 megapode": a count of things, no organisation
    if _SENTENCE_INSIDE.search(form) or caps_heading(text, m.start, m.end) or measure_or_heading(text, m.start, m.end):
        return True  # "Port-au-Prince. Oxfam": the model's span runs over a sentence's end; "EXTENDED SUMMARY
        # THE IMPACT OF …": a heading in capitals, no name
    # "St. Charles Parish", "St. Brigid": a place or a church named for a saint, not a person
    return m.kind == "person" and _SAINT_BEFORE.search(text[max(0, m.start - 8) : m.start]) is not None


def _modifier_only(text: str, m: Mention, name: str, ev: _Evidence) -> bool:
    """A name that only modifies: "a Nuremberg-style trial" names no place or actor of the story; "Law| and
    Order Minister Adriaan Vlok" is a word of a ministry's name in a title (unless a surname of the story)."""
    if compound_modifier(text, m.end):
        return True
    return " " not in name and fold(name) not in ev.surnames and in_portfolio(text[m.end : m.end + 60])


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
    parents = parent_keys(by_kind["org"], names.forms, ev.texts) | frozenset(  # "Velbrook" of "Velbrook Forge" (a
        k.split()[0] for k in ev.body_products) if checks and ev is not None else frozenset()  # product): a parent
    _join_organisations(uf, by_kind["org"], names, checks, frozenset(ev.team_keys) if ev is not None else frozenset(),
                        parents, frozenset(place_keys(ev.place_names)) if ev is not None else frozenset())
    # ("ESA" of "ESA's Concurrent Design Facility" is no alias of "ESA Topical Team")
    if checks and ev is not None:
        join_mastheads(uf, by_kind["org"], names.forms, names.display)  # "the Journal": "North Coast Journal"
        _join_partners(uf, keys, names)
        join_short_acronyms(uf, by_kind["org"], names, ev.texts, places := place_keys(ev.place_names))  # "PAL"
        join_word_acronyms(uf, by_kind["org"], names)  # "VW" of "Volkswagen" (``word_acronyms``)
        join_opening_words(uf, by_kind["org"], names, ev.texts, places)  # "Ailing Acme Airlines": Acme Airlines
        join_reordered(uf, by_kind["org"], places)  # "Department of State" / "State Department" (``body_tails``)
        join_tails(uf, by_kind["org"], names, places)  # "Indiana Statehouse" / "Statehouse"
        join_gapped(uf, by_kind["org"])  # "House Committee" / "House Select Committee on Intelligence"
        join_modified_heads(uf, by_kind["org"], names, places, ev.texts)  # "Central Election Commission" / "Election
        # Commission"; "the Royal Mint" / "the Mint"
        join_mastheads(uf, by_kind["org"], names.forms, names.display)  # again, with "Leeds Evening Courier" and
        # "Evening Courier" joined by now: "the Courier" is their paper (typed a person too, the one key's kinds joined)
        join_first_names(uf, keys, names, ev.surnames)  # "Hasib" beside "Hasib Hussain"
        for epithet, full in sorted(ev.apposed):  # "the Unabomber, Ted Kaczynski,": one person
            if ("person", epithet) in names.forms and ("person", full) in names.forms and epithet != full:
                uf.union(("person", full), ("person", epithet))
        for nick, full in sorted(ev.nicknames):  # "Yeezy -- one of West's nicknames": his, whatever its tag
            for kind in ("person", "org"):
                if (kind, nick) in names.forms and ("person", full) in names.forms and nick != full:
                    uf.union(("person", full), (kind, nick))
                    if " " in nick and " " in full:  # "X, better known as Chuck Berry": listed by the name used
                        names.display[("person", full)] = clean_name(names.forms[("person", full)].most_common(1)[0][0])
        for bare, full in regnal_pairs([k[1] for k in by_kind["person"]]):  # "John Paul" is "John Paul II"
            uf.union(("person", full), ("person", bare))
        _join_names_at_birth(uf, by_kind["person"], ev)
        join_respellings(uf, by_kind["person"])  # "el-Sisi" beside "el-Sissi": one person (``misspelt``)
        join_body_respellings(uf, by_kind["org"])  # "Aamaq" beside "Amaq": one body (``misspelt``)
        join_people(uf, by_kind["person"], frozenset(ev.first_names), frozenset(ev.beside),
                    _genders(names, by_kind["person"], ev), PARTICLES,
                    firsts=ev.firsts, shared=frozenset(ev.shared), titles=_titles(names, by_kind["person"]))
        join_bearers(uf, by_kind["person"], ev.common.bearers)  # "Bush" of an obituary of George H.W. Bush
        join_transposed(uf, by_kind["person"], ev.texts)  # "Whitcmobe" beside "Eleanor Whitcombe"
        join_vowel_variants(uf, by_kind["person"], by_kind["org"], ev.org_cued)  # "Quarrew said": Ana Quarrow
        join_diminutives(uf, by_kind["person"])  # "Robby" beside "Rob Velu": his pet name
        join_particle_slips(uf, by_kind["person"], PARTICLES)  # "Lan Roux" beside "Ana La Roux"
        join_generations(uf, by_kind["person"])  # "Ana Maria Ruiz" beside "Ana Maria Ruiz Sr."
    else:
        join_people(uf, by_kind["person"])
    return uf


def _join_names_at_birth(uf: UnionFind[Key], persons: list[Key], ev: _Evidence) -> None:
    """"Eleanor Whitcombe, née Eleanor Marsh", "he married the former Margaret Tolland": the name at birth is one
    person with the one other full name of the story that shares its given name and not its surname."""
    for written in sorted(names_at_birth(ev.texts)):
        born = name_key(clean_name(written))
        if ("person", born) not in persons:
            continue
        words = born.split()
        now = [k for k in persons if len(w := k[1].split()) >= 2 and w[0] == words[0] and w[-1] != words[-1]]
        if len({uf.find(k) for k in now}) == 1:
            uf.union(now[0], ("person", born))


def _titles(names: _Names, persons: list[Key]) -> dict[str, frozenset[str]]:
    """Each person key's titles as the story writes them before it ("President Park": "President")."""
    return {k[1]: frozenset(t for f in names.forms[k] if (t := form_title(f))) for k in persons}


def _entities(analyses: Sequence[Analysis], names: _Names, uf: UnionFind[Key], checks: bool = True) -> list[Entity]:
    """One Entity per group of keys: its name, aliases and documents, in order of importance."""
    groups: dict[Key, list[Key]] = defaultdict(list)
    for k in names.forms:
        groups[uf.find(k)].append(k)
    entities = []
    full_surnames = {k[1].split()[-1] for k in names.forms if k[0] == "person" and " " in k[1]}
    for root, members in groups.items():
        kind = root[0]
        if all(GENDER_MARK in k[1] for k in members) and root[1].split(GENDER_MARK)[0] in full_surnames:
            continue  # "Mr. Sherman" the story's two Shermans leave unsure: each is listed by the full name
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
        votes = sum((names.kind_votes[k] for k in {k[1] for k in members}), Counter())
        support = Support(sum(all_forms.values()), votes[kind] / max(1, votes.total()))
        entities.append((support, Entity(name=name, kind=kind, aliases=aliases, docs=doc_ids)))
    order = {a.doc.id: i for i, a in enumerate(analyses)}
    for _, e in entities:
        e.docs.sort(key=lambda d: order.get(d, len(order)))
    entities.sort(key=lambda ne: (-len(ne[1].docs), -ne[0].mentions, ne[1].kind, ne[1].name))
    return listed([(e, s) for s, e in entities], [a.doc.text for a in analyses], checks)


def _choose_name(kind: EntityKind, forms: Counter[str]) -> str:
    """A person by the fullest form used; others by the most used full (non-acronym) form."""
    if kind == "person":
        # the fullest form, then the spelling the bare surnames agree with ("Shoigu" backs "Sergei Shoigu")
        def support(f: str) -> int:
            last = f.split()[-1]
            return forms[f] + sum(n for g, n in forms.items() if g == last and g != f)

        def fullness(f: str) -> int:  # a middle initial adds none: "Alexei Navalny" (x3) over "Aleksei A. Navalny"
            words = f.split()
            return len(words) - sum(1 for w in words[1:-1] if len(w.rstrip(".")) == 1)

        return max(forms, key=lambda f: (fullness(f), support(f), len(f), f))
    spelled = [f for f in forms if not f.replace(".", "").isupper()] or list(forms)
    return max(spelled, key=lambda f: (forms[f], len(f), f))


def _with_honorific(a: Analysis, m: Mention, form: str) -> str:
    """"Mr. Putin" when the text says so: the honorific sits just outside the model's span."""
    if m.kind != "person":
        return form
    hit = style_before(a.doc.text, m, a.mentions)  # not "EDS| President …": an office of the body
    return f"{hit} {form}" if hit else form
