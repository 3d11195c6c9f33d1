"""The type checks (package docstring): the kind a name's evidence (``evidence._Evidence``) allows it, or none
(not listed): treaties and bills, fragments, places standing for institutions, products, taxa, adjectives,
businesses the model read as people, locations no gazetteer row holds."""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from .. import lexicon
from ..ingest.glyphs import dictionary_word
from ..model import EntityKind
from ..names import (
    FIRST_NAME_GENDERS,
    HONORIFICS,
    JOB_TITLES,
    PLACE_NOUNS,
    designator,
    document_part,
    joined_names,
    name_key,
    org_by_form,
    place_metonym,
)
from ..names.natural import TIME_ZONES, feature_first, feature_name, is_natural_object, is_storm
from ..text import fold
from .common_words import no_name as common_word
from .cut_names import members_pair
from .doctrines import doctrine_name
from .evidence import _SENTENCE_INSIDE, _Evidence
from .given_names import only_in_given_names
from .list_runs import comma_bodies, plural_bodies
from .modifier_names import capital_name, division_head, modifier_thing, noun_phrase_modifier
from .peoples import creed_name, event_name, exit_coinage, faith_place, observance_name, people_plural
from .person_org_runs import person_and_body
from .place_pairs import place_pair
from .place_words import former_state, monument_name, period_name
from .product_names import product_person
from .scandal_names import scandal_name
from .shapes import (
    TITLE_MODIFIERS,
    after_preposition,
    bill_name,
    clock_time,
    craft_name,
    date_abbreviation,
    demonym,
    document_name,
    emphasis_caps,
    landmark_name,
    negated_adjective,
    noun_acronym,
    one_letter_short,
    pact_name,
    signup_furniture,
    street_name,
    transposed,
    venue_name,
    versioned,
)
from .slogan_words import slogan_word
from .title_initials import title_short_form

# One word with a capital inside after four lower-case letters at least ("QuarryStone", "BlackRock"): a business's
# coinage; people's inner capitals follow short particles ("McKay", "DeVos", "MacKenzie", "LaToya"): ents57.
_INNER_CAPITAL = re.compile(r"^[A-Z][a-z]{3,}[A-Z][a-z]{2,}$")


def _written_as_business(kind: EntityKind, k: str, name: str, ev: _Evidence) -> bool:
    """Is a name the model read as a person or a place written as a business's? A place only after a business's
    noun ("the investment company Velmora"): before one ("the AI company", "the Liberty company") it may say only
    what or where the business is."""
    return (kind == "place" and k in ev.named_companies) or (
        kind == "person" and k in ev.companies and fold(name) not in ev.surnames) or (
        kind == "person" and (k in ev.listed_bodies or k in ev.bracketed_bodies) and fold(name) not in ev.surnames
        and fold(name.split()[0]) not in FIRST_NAME_GENDERS) or (
        kind == "person" and (_INNER_CAPITAL.match(name) is not None and k not in ev.voiced or k in ev.office_bodies)
    )  # "Acme Web Services,
    # Orbis Cloud and Velox Cloud"; "the Social Liberals (Tarn Venstre)": the body's own name in its language; "an
    # adviser to the fund QuarryStone", "Velsh Dem leader Jo Kerr" (ents57)


def _checked_kind(kind: EntityKind, name: str, ev: _Evidence) -> EntityKind | None:
    """The kind a name's type checks allow (module docstring), or None: not listed."""
    if document_name(name) or pact_name(name) or name_key(name) in ev.numbered or bill_name(name):
        return None  # "Convention on Terrorism", "Trans-Pacific Partnership": treaties; "Air France Flight| 447";
        # "H.R. 667": a bill
    if name.count("(") != name.count(")") or _no_name(kind, name, ev):
        return None  # "Maule (III": a name cut inside a bracket; "Det", "Email Sign| Up", "Mar| -a-Lago", "WIN"
    if place_metonym(name) or former_state(name):
        return "place"  # "Capitol Hill", "Wall Street": a place standing for an institution, not an organisation;
        # "the Soviet Union": a former state no gazetteer row stands for
    if document_part(name) or _SENTENCE_INSIDE.search(name):
        return None  # "Extended Data Fig", "Supplementary Information": a paper's parts; "Prince. Oxfam": a cut
    if _two_names(name, kind, ev) or _owned_or_crew(name, kind, ev) or person_and_body(name, ev):
        return None  # "IMF and World Bank", "Durst for Berman": two names in one span, each listed on its own;
        # "Wella's Hairdressers| at Heart": an owner's thing; "Spiegel & Co.": a person and those around him
    words = name.split()
    if kind == "org" and _people_or_place_head(name, words, ev):
        return None  # "Indigenous Australians": a people; "Rio" beside "Rio de Janeiro": a placed name's short form
    rest = after_preposition(name)
    if rest is not None and name_key(rest) in ev.keys:
        return None  # "Across Capitol Hill on Wednesday": a sentence's preposition; the name is "Capitol Hill"
    if name_key(name) in ev.divisions and kind != "place":
        return None  # "the Bío Bío Region", "Talca, Maule Region": a region no gazetteer row holds, not a person
    if name_key(name) in ev.model_years:
        return None  # "a white 2007 four-door Hyundai Sonata": a car's model, not a person
    if org_by_form(name):
        return "org"  # "Aldermouth Port Authority" is not a person, "Malaysia Airlines" not a place
    if _time_storm_street_venue_alias(kind, name, ev):
        return None
    if _a_feature(name, ev):
        return None if name_key(name) in ev.org_heads else "place"  # "Cape Hatteras"; not "Mount Sinai| Hospital"
    if designator(name) or versioned(name) or "[" in name or "]" in name:
        return None  # "AF447", "A330s": a flight or a model's code; "[I]t": a fragment of a quotation
    k = name_key(name)
    if k in ev.things or (kind != "place" and _no_actor(kind, name, words, k, ev)):
        return None  # a product or a weapon ("Kalibr NK"), a taxon, a method's acronym, an adjective …
    if kind == "person" and _shouted_initials(name, ev.texts, ev.people):
        return "org"  # "raised money for charity QUARN": a body's initials, no person's name (never written "Quarn")
    if kind == "person" and " " not in name and (fold(name) in ev.plurals or k in ev.award_names) and fold(
            name) not in ev.surnames:
        return None  # "Oscar nominees" beside "the Oscars": an award's name, not a first name of "Oscar Isaac"
    if kind == "org" and " " not in name and fold(name) in ev.awards:
        return None  # "the Oscars" (the story also writes "Oscar nominees"): an award, not its academy
    if kind == "org" and k in ev.listed_people and len(name.split()) > 1:
        return "person"  # "Maren Ade, Nuri Bilge Ceylan, Souleymane Cissé": named among people, one of them
    if kind == "person" and len(name.split()) > 1 and any(designator(w) for w in name.split()):
        return "org"  # "TV3 New Zealand": a channel's or a firm's code name; people's names hold no digits
    if kind == "person" and k in ev.affiliated and fold(name) not in ev.surnames:
        return "org"  # "Ann Quarrow, of Heritage Wessex, said": where she works, no person
    if kind == "person" and k in ev.the_named:
        return "org"  # "a set at the Jolly Fiddler", "The Jolly Fiddler was half-empty": a venue's, no one's name
    if _written_as_business(kind, k, name, ev):
        return "org"  # "Liberty-based Acme has made a donation", "the investment company Velmora": a business
    if _a_location(kind, name, ev):
        return None  # a neighbourhood, a street, a town the gazetteer does not know ("the port of Aldermouth")
    if kind == "person" and _heads_one_org(name, ev) and fold(name) not in ev.surnames:
        return "org"  # "Gibson" of "Gibson Guitar Corporation": the company, the model read as a person
    if kind == "place" and ev.placed_run:
        return None  # tagged as a place, unknown to the gazetteer (resolved places came in above)
    return kind


def _a_feature(name: str, ev: _Evidence) -> bool:
    """A natural feature's name: by its own words ("Cape Hatteras"), written after a feature's noun ("the island of
    X"), or opening with "River" and always written after "the" ("the River Tigris": ents57)."""
    k = name_key(name)
    return feature_name(name) or k in ev.features or (feature_first(name) and k in ev.the_named)


def _a_location(kind: EntityKind, name: str, ev: _Evidence) -> bool:
    """Is a name the story writes as a location's ("the port of Aldermouth") no actor's? A person's name only when one
    word and no surname of the story's people, or of two words or more opening with no given name and never written
    as a person's or a speaker's ("the districts of Tel Quarum": ents57)."""
    k = name_key(name)
    return k in ev.locations and (kind != "person" or (" " not in k and fold(name) not in ev.surnames) or (
        " " in k and fold(name.split()[0]) not in FIRST_NAME_GENDERS and k not in ev.voiced))


def _time_storm_street_venue_alias(kind: EntityKind, name: str, ev: _Evidence) -> bool:
    """A time, a storm, a sky's object, a street, a division typed a person, a venue, a self-given alias or a piece
    of a landform's name: no actor's name to list."""
    if name in TIME_ZONES or clock_time(name) or is_storm(name, ev.storms) or is_natural_object(name, ev.objects):
        return True  # "EST", "5:57pm PDT": times; "Hurricane Irene", "Irene": a storm; "Leo", "Comet Halley": sky
    if street_name(name):
        return True  # "Drury Circle", "Interstate 435": a street or a road, a location no gazetteer holds
    if kind == "person" and len(words := name.split()) >= 2 and words[-1][:1].isupper() and (
            words[-1].lower() in PLACE_NOUNS and fold(words[0]) not in FIRST_NAME_GENDERS):
        return True  # "Tarn West Sub County", "Velbrook District": a division no gazetteer row holds, no person
    if kind == "person" and fold(name) not in ev.surnames and fold(name) not in FIRST_NAME_GENDERS and division_head(
            name, ev.texts, ev.written):
        return True  # "when Tarnby was in a mess" beside "Tarnby County": the place, no person
    if venue_name(name) and (kind != "person" or name_key(name) in ev.determined or _owners_building(name, ev)):
        return True  # "the O2 Arena", "at Aldermouth's Civic Theatrette": a venue ("Arsenio Hall said": a person);
        # "his Quarrow Tower flat" beside "Ana Quarrow": a building named for its owner
    if landmark_name(name):
        return True  # "the Washington Monument", "via Ben Gurion Airport": a landmark's or a structure's name
    if name_key(name) in ev.aliases:
        return True  # '"AJ"', a name an unnamed man gave himself
    if kind != "place" and period_name(name):
        return True  # "a Bronze Age skeleton": a time, no actor
    if name_key(name) in ev.the_named and monument_name(name):
        return True  # "the Aldbury Barrow, which was once 15 metres tall": a monument, a location
    if kind == "person" and name_key(name) in ev.placed_words and fold(name) not in ev.surnames:
        return True  # "a dig in Aldshire" (tagged a place there): a place the gazetteer lacks, no person
    return name_key(name) in ev.landform_pieces and kind != "place"  # "an area known as Aldfell| arete"


def titles_only(name: str) -> bool:
    """Is every word of a person's name a job title or an honorific ("Surgeon Dr" of "Surgeon Dr Emma King", "Chief
    Inspector")? Titles before a name the model cut off, no one's name (ents50)."""
    words = name.split()
    return len(words) > 1 and all(w.rstrip(".") in HONORIFICS or w.lower() in JOB_TITLES for w in words)


def _no_name(kind: EntityKind, name: str, ev: _Evidence) -> bool:
    """Words that are no name: a title's abbreviation alone ("Det" of "Det. Brandon Price") or its initials ("IG"
    beside "Inspector General": ``title_initials``), a newsletter box
    ("Email Sign| Up"), a date's abbreviation ("Mar| -a-Lago", "Wed"; not "Jan| Egeland"), a common word in
    capitals ("We will continue to WIN.", unless the story defines the acronym), a common noun's or slang's acronym
    ("its IPO", "Why TF …", unless defined or the initials of a body of the story), pieces of a run of given names
    ("christened Clarissa Theresa Philomena …": ``given_names``), a nationality's adjective
    ("Malagasy"), a word the story translates and its language ("Tata, which in Velsh means": ``glossed_words``),
    a location's name misspelt ("Kaltryera" for "Kaltyerra"), a family ("the Shermans"); an ordinary
    word, a title-case run, a work's title, a data service's name (``common_words``)."""
    if name.rstrip(".") in HONORIFICS or (kind == "person" and titles_only(name)) or signup_furniture(name) or (
            common_word(kind, name, ev.common)) or (
            kind != "place" and negated_adjective(name)) or (
            kind != "place" and title_short_form(name, ev.title_initials, ev.initials)):
        return True  # "Nonfinancial debt …": a negated adjective; "Drag racing …", "Of All Time", "her book X",
        # "Westlaw data", "an Avenger torpedo bomber"
    if kind != "place" and name_key(name) in ev.glossed and fold(name) not in ev.surnames:
        return True  # "Tata, which in Velsh means “father”": a word translated, and the language it is in
    if name_key(name) in ev.birth_names or (ev.birth_names and only_in_given_names(name, ev.texts)):
        return True  # "christened Clarissa Theresa Philomena …": pieces of one person's given names, told once
    if date_abbreviation(name) and not _starts_longer(name, ev):
        return True
    if kind == "org" and emphasis_caps(name) and name_key(name) not in ev.defined:
        return True
    if kind != "place" and noun_acronym(name) and name_key(name) not in ev.defined | ev.initials:
        return True  # "its upcoming IPO", "Why TF does anyone care": a noun's or slang's acronym (not "Turbo Fund")
    if kind != "place" and scandal_name(name, ev.keys):
        return True  # "Velugate" beside "Ana Velu": an affair's nickname, no one (``scandal_names``)
    if kind != "place" and (event_name(name) or exit_coinage(name) or faith_place(name, ev.place_names)
                            or observance_name(name, kind == "person", FIRST_NAME_GENDERS)):
        return True  # "the Boston Marathon", "the Carrington Event", "Royal Assent": an event or a procedure; "Velxit":
        # an exit (ents58); "Orthodox Serbia": a placed country; "Aldbury International Day": an observance
    if kind != "place" and (demonym(name) or people_plural(name) or creed_name(name)) and fold(name) not in ev.surnames:
        return True  # "U.S. and Malagasy law": a nationality's adjective ("Bill English": a surname); "Croats"; "Islam"
    if kind != "place" and _misspelt_location(name, ev):
        return True  # "[the Kaltryera site shows]" beside "the Kaltyerra rock shelter": the site, misspelt
    if kind == "org" and _misspelt_place(name, ev):
        return True  # "Los Angles police detectives" beside the placed "Los Angeles": the city, misspelt
    return kind == "person" and _family_plural(name, ev)


_MISSPELT_MIN = 6  # letters: two short names a swap apart are often two names ("Dean" / "Dane")


def _misspelt_location(name: str, ev: _Evidence) -> bool:
    """A one-word name that is a location's name the story writes with two neighbouring letters swapped."""
    k = name_key(name)
    return (" " not in k and len(k) >= _MISSPELT_MIN and fold(name) not in ev.surnames and k not in ev.locations
            and any(transposed(k, loc) for loc in ev.locations))


_MISSPELT_PLACE_MIN = 8  # letters: shorter names a letter apart are often two names ("Austin" / "Austen")


def _misspelt_place(name: str, ev: _Evidence) -> bool:
    """A name the model read as an organisation's that is a placed name of the story with one letter left out."""
    k = name_key(name)
    return len(k) >= _MISSPELT_PLACE_MIN and k not in ev.place_names and any(
        one_letter_short(k, p) for p in ev.place_names)


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
    (OSL)"), an adjective ("a Eurocentric view"), a craft ("Parker Solar Probe"), a product's web address
    ("sunglasses called Spectra", "on Spectra.com"), typed a person too ("software, known as Spectra")."""
    if name in TITLE_MODIFIERS or (kind == "org" and k in ev.products) or (kind == "person" and k in ev.owned_products):
        return True
    if kind == "person" and k in ev.named_products and fold(name) not in ev.surnames:
        return True  # "this software, known as Red Wolf": a product the model read as a person
    if doctrine_name(name) and not org_by_form(name):
        return True  # "the memory of National Syndicalism": an ideology, no body (``doctrines``)
    if kind == "person" and k in ev.sized and fold(name) not in ev.surnames:
        return True  # "the 13-inch Vantor Book was updated": a sized thing the model read as a person's name
    if craft_name(name) and k not in ev.companies:
        return True  # "Parker Solar Probe", "Hubble Space Telescope": a craft, a made thing
    if (site := _SITE.match(name)) is not None and name_key(site.group(1)) in ev.products:
        return True  # "available on Spectra.com": the web address of a product's shop, a product's name
    if kind == "person" and k in ev.brands and fold(name) not in ev.surnames:
        return True  # "the Acme logo", "a trademark for the Acme shape": a brand, written as no one's
    if kind == "person" and fold(name) not in ev.surnames and fold(name) not in FIRST_NAME_GENDERS and (
            noun_phrase_modifier(name, ev.texts, ev.written) or modifier_thing(name, ev.texts, ev.written)):
        return True  # "the Velox and Quarn shots", "about Tarnby detectives": a maker's, a town's word, no one's;
        # "the Quellit vote", "the Quellit talks", "after Quellit": an event's word, never anyone's (ents55)
    if kind == "person" and k in ev.body_products and fold(words[0]) not in ev.surnames:
        return True  # "Velbrook Forge" beside the body "Velbrook": the body's product or part, no person (ents51)
    if kind == "person" and (fold(name) not in ev.surnames or fold(name) in {
            k.rsplit(None, 1)[-1] for k in ev.body_products}) and fold(name) not in FIRST_NAME_GENDERS and (
            product_person(name, ev.texts, ev.written)):
        return True  # "the Velbrook browser", "coming to Velbrook": a product once before its noun, never a person's
    if kind != "place" and slogan_word(name, ev.texts, ev.written):
        return True  # 'the slogan "Grower. Shipper. Seller."': a tagline's word, no one (``slogan_words``)
    if kind == "org" and capital_name(name) and noun_phrase_modifier(name, ev.texts, ev.written):
        return True  # "fell on the Velby stock exchange": a capital's name only a modifier, the town's word, no body
    if k in ev.articled and k in ev.products_once and fold(name) not in ev.surnames:
        return True  # "opened fire on a Maserati", "in a Tata Nano, a small car": a thing, no one is "a Smith"
    if fold(words[0]) in ev.taxa and all(w.islower() for w in words[1:]) and fold(name) not in ev.surnames:
        return True
    parts = re.split(r"[\s-]+", name)
    return all(p in ev.method_acronyms for p in parts) or k in ev.adjectives


def _two_names(name: str, kind: EntityKind, ev: _Evidence) -> bool:
    """A span that holds two names the story lists apart: "IMF and World Bank" (both named alone, one of several
    words or an acronym; a one-word first part written nowhere else before a longer body's name is its first word:
    "the Arts and Crafts Research Council"), two placed names ("Tarnby and Velbrook") or a person's name joined to
    another by a preposition ("Durst for Berman", "Durst in New York"), two places joined by a hyphen ("Velmar-Aldland":
``place_pairs``), or a "person" of two names joined by "at" (a
    team at its ground, "Velby at Tarn Park"). Not a name an acronym in brackets spells out
    whole ("the Free Army of Tarn and the Marches (FATM)": one body, ents55)."""
    if name_key(name) in ev.spelled_out:
        return False
    if (kind != "place" and name_key(name) in ev.run_together) or comma_bodies(name) or plural_bodies(name):
        return True  # "Ashby, Corral, Vantage News and TVQ": two names of a list (list_runs)
    if kind != "place" and place_pair(name, ev.place_names):
        return True  # "the Velmar-Aldland border": two places joined by a hyphen (ents67)
    left, sep, right = name.partition(" and ")
    if not sep:
        left, sep, right = name.partition(" & ")
    if sep and kind == "org" and not members_pair(name) and name_key(left) in ev.keys and name_key(
            right) in ev.keys and (
            " " in left or " " not in right or written_alone(left, ev.texts, name)) and (
        " " in left or " " in right or left.isupper() or right.isupper()
    ) and not (" " not in right and name_key(right) in ev.place_names):  # "Mountain Guides Scotland and Ireland"
        return True
    if sep and kind != "place" and name_key(left) in ev.place_names and name_key(right) in ev.place_names:
        return True  # "Tarnby and Velbrook" tagged a body: two placed towns, no body (ents54)
    if sep and kind != "place" and (event_name(left) or event_name(right)) and " " in left and " " in right:
        return True  # "the Aldermouth Marathon and Great Fell Run": two events, neither an actor
    joined = joined_names(name)
    if joined is not None and kind == "person" and " at " in name and not org_by_form(name):
        return True  # "Limerick at Maginn Park": a fixture, a team at its ground; no one's name holds "at" (ents59)
    return joined is not None and kind != "place" and name_key(joined[0]) in ev.people and not org_by_form(joined[0])


_SITE = re.compile(r"^(.+?)\.(?:com|net|org|co|io|app)$", re.IGNORECASE)  # "Spectra.com"
_OWNED = re.compile(r"^(.+?)['’]s[ \t]+(\S.*)$")  # "Wella's Hairdressers"
_CREW = re.compile(r"^(.+?)[ \t]*(?:&|and)[ \t]*[Cc]o\.?$")  # "Spiegel & Co.", "Spiegel and co."


def _owned_or_crew(name: str, kind: EntityKind, ev: _Evidence) -> bool:
    """A name that holds another name of the story in its possessive before one or two words, no organisation's
    ("Wella's Hairdressers| at Heart", "Sementilli's Twitter": the owner's thing, the owner is listed, the story
    writing the owner alone too), or a
    person's name before "& Co." ("Spiegel & Co. only have to sell …": the person and those around him)."""
    if kind == "place":
        return False
    if (owned := _OWNED.match(name)) is not None:
        return (name_key(owned.group(1)) in ev.keys and len(owned.group(2).split()) <= 2
                and not org_by_form(owned.group(2)) and written_alone(owned.group(1), ev.texts))
    crew = _CREW.match(name)
    return crew is not None and (name_key(crew.group(1)) in ev.people or fold(crew.group(1)) in ev.surnames) and (
        name_key(crew.group(1)) not in ev.companies)


def written_alone(owner: str, texts: Sequence[str], within: str = "") -> bool:
    """Does the story write ``owner`` once at least without a possessive after it ("for Wella." beside "Wella's
    Stylists"; not "Slovene Bishop", only ever written in "the Slovene Bishop's Conference"), and, with ``within``,
    outside that name ("IMF" beside "IMF and World Bank"; not "Arts", only ever in "the Arts and Crafts Council")?"""
    alone = re.compile(r"(?<![\w'’-])" + re.escape(owner) + r"(?![\w-]|['’]s\b)")
    inside = re.compile(r"(?<![\w'’-])" + re.escape(within) + r"(?![\w-])") if within else None
    return any(len(alone.findall(t)) > (len(inside.findall(t)) if inside else 0) for t in texts)


SHOUTED_MIN = 3  # letters: "AJ", "TJ" are people's initials
_BODY_NOUN = r"\b(?:" + lexicon.alternation(lexicon.words("body_kind_nouns")) + r")[ \t]+"


_INITIALS_MAX = 3  # letters of a person's initials ("JFK"); a longer name in capitals is a body's ("TVNZ")


def _shouted_initials(name: str, texts: Sequence[str], people: Collection[str]) -> bool:
    """A one-word name typed a person, written in capitals (three letters or more) right after a body's noun ("for
    charity QUARN"; lexicon/body_kind_nouns.txt) and never otherwise cased: a body's initials, no person's name. A name
    also written in lower case ("Quarn") or as a transcript's speaker label ("QUARN: …"), or whose first and last
    letters are a full name's initials of the story's people ("FDR" beside "Franklin Roosevelt"), stays. Four capitals
    or more that are no word of the sentence model's vocabulary ("CORRECTION" is one) need no body's noun before them
    ("he told TVQN."): people's initials run to three (ents55). Initials joined by a hyphen are read as one run of
    capitals ("the ruling VPN-KL": a party's, ents61)."""
    letters = name.replace("-", "") if all(name.split("-")) else name
    if " " in name or not letters.isalpha() or not letters.isupper() or len(letters) < SHOUTED_MIN:
        return False
    low = name.lower()
    if any(len(w := k.split()) >= 2 and w[0][:1] == low[0] and w[-1][:1] == low[-1] for k in people):
        return False  # "FDR" beside "Franklin Roosevelt": a person's initials
    after_body = re.compile(_BODY_NOUN + re.escape(name) + r"(?![\w-])")
    other = re.compile(r"(?<![\w-])" + re.escape(name[0] + name[1:].lower()) + r"(?![\w-])", re.I)
    label = re.compile(r"(?<![\w-])" + re.escape(name) + r"[ \t]*:")  # "QUARN: …", a transcript's speaker
    unread = len(letters) > _INITIALS_MAX and dictionary_word(name) is False
    return ((unread or any(after_body.search(t) for t in texts))
            and not any(m.group() != name for t in texts for m in other.finditer(t))
            and not any(label.search(t) for t in texts))


def _owners_building(name: str, ev: _Evidence) -> bool:
    """A venue's name whose first word is the surname of a person of the story and no given name ("Quarrow Tower"
    beside "Ana Quarrow"): a building named for its owner, however the uses read ("Arsenio Hall" keeps a given
    name)."""
    words = name.split()
    return len(words) == 2 and fold(words[0]) in ev.surnames and fold(words[0]) not in FIRST_NAME_GENDERS


def _people_or_place_head(name: str, words: list[str], ev: _Evidence) -> bool:
    """A body's name that is a people's ("Indigenous Australians", the story writing "Australian" as a modifier) or
    a placed name's short form ("Rio" beside "Rio de Janeiro") or its initials ("TVL" beside the placed "Tarn Valley
    Land")."""
    if len(words) > 1 and words[-1].endswith("ans") and fold(words[-1][:-1]) in ev.peoples:
        return True
    if re.fullmatch(r"[A-Z]{2,4}", name) and any(
            "".join(w[0] for w in p.split() if w[:1].isupper()) == name for p in ev.place_names.values()):
        return True  # "PNG" beside the placed "Papua New Guinea": the place's short form, no body
    return len(words) == 1 and fold(name) in ev.place_heads
