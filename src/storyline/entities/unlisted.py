"""Mentions the entities stage lists under no name: a hashtag, an idiom's name, a transcript's capitals, a
recording's, a measure's or a kind's acronym, a material, an owner's thing, an office's portfolio, a craft, a
clause (``tag_or_idiom``), and the names in a credit line (``uncredited``)."""

from __future__ import annotations

from ..model import Analysis, Mention
from ..names.credits import credit_spans
from ..names.natural import in_idiom
from .acronym_pairs import acronym_pair
from .apposed_bodies import apposed_body
from .attributive_names import event_modifier, party_modifier, place_modifier
from .award_names import award_name
from .capital_lines import capitals_only
from .clause_runs import clause_run
from .comma_names import comma_joined
from .condition_names import condition_name
from .craft_short_names import craft_short_name
from .craft_uses import craft_written
from .device_acronyms import device_acronym
from .evidence import _Evidence
from .facility_heads import building_part, facility_named
from .file_formats import file_format
from .holder_names import holder_name
from .initialled_names import initialled_mentions
from .journals import journal_whole
from .kin_names import kin_mentions
from .kind_glosses import kind_glossed
from .known_mentions import known_mentions
from .legal_owners import legal_owner
from .levy_names import levy_name
from .mass_names import mass_name
from .measure_acronyms import measure_acronym
from .model_names import model_name
from .noun_acronyms import noun_acronym
from .numbered_parts import number_abbreviation, numbered_range
from .owned_things import owned_thing
from .portfolios import portfolio_words
from .product_names import product_name
from .publication_names import publication_mentions
from .question_openers import question_opener
from .quoted_terms import quoted_term
from .race_events import race_event
from .resident_modifiers import resident_modifier
from .schedule_rows import after_at, row_venue
from .school_names import school_mentions, school_typed
from .shop_names import shop_name
from .spelled_initials import spelled_initials
from .table_headers import header_cell
from .thing_acronyms import thing_acronym
from .thing_labels import thing_label
from .tickers import ticker_code
from .tool_names import plural_acronym, plural_spelled, spelled_tool, tool_name
from .unit_heads import unit_words

__all__ = ["tag_or_idiom", "uncredited"]


def tag_or_idiom(a: Analysis, m: Mention, ev: _Evidence, name: str) -> bool:
    """A hashtag or a handle ("#OscarsSoWhite", "@nytimes": a tag, not a name), an idiom's name ("opened Pandora's box":
    no one in the story), a table's header word ("| Code | Issuer |": ``table_headers``), a quoted term's first word
    ("“Cellar lung”": ``quoted_terms``), a name written only in a transcript's capitals ("… TO THE DOOR.":
    ``capital_lines``), an acronym only ever written before a recording's noun ("CCTV footage": ``thing_labels``), as a
    graded amount ("the highest CTR": ``measure_acronyms``) or as a kind of thing ("its EV", "in RWD form":
    ``noun_acronyms``), a file's format ("PNG files": ``file_formats``), a device's kind ("DVR features":
    ``device_acronyms``) or spelled out in lower case ("HPN … hyper pulmonary nodes": ``spelled_initials``), a material
    written as an amount ("more AppleSkin": ``mass_names``), an owner's thing ("its electric Gran Turismo":
    ``owned_things``), an office's portfolio ("Energy| Secretary Rick Perry": ``portfolios``), a craft's short name
    ("Kestrel's images" beside "the Kestrel Space Telescope": ``craft_short_names``), a condition's name ("Velbrook Fen
    disease": ``condition_names``), a question's verb ("Will Ana Ruiz win?": ``question_openers``), a unit's field
    ("Head of Equity Research at Acme": ``unit_heads``), a race's event after its distance ("the 200 yard Velbrook
    Medley": ``race_events``), a clause ("Garrett hit Rudolph": ``clause_runs``), a made product's name ("Quarrow 3",
    "the Velbrook browser": ``product_names``), a modifier before a noun ("the Aldbury Regatta| movement" beside "the
    Aldbury Regattas", "Aldbury Fenpox patient": ``attributive_names``), a technical thing's acronym ("DNS queries",
    "a random MAC.": ``thing_acronyms``), a device's model ("Tarn Nighthawk x6": ``model_names``), an award ("Tarn
    Bronze Award": ``award_names``), a levy ("Alternative Minimum Tax": ``levy_names``), a facility's short name ("The
    Tarn museum") or a building's name only before its parts ("the Velmhall steps": ``facility_heads``), numbered parts
    ("Layers 1 and 2": ``numbered_parts``), a tool's name or the acronym it spells ("the Tarn Command-Line Interface
    (TCLI)") and an acronym's plural ("attacking IPs": ``tool_names``), a town's name only before a person's noun ("a
    Tarnby man": ``resident_modifiers``), a company's stock-market code ("Velbrook (VLBK)": ``tickers``)."""
    return ev.checks and (a.doc.text[max(m.start - 1, 0) : m.start] in ("#", "@")
                          or in_idiom(a.doc.text, m.start, m.end)
                          or header_cell(a.doc.text, m.start, m.end)  # "| Code | Issuer |": a column's name
                          or ticker_code(a.doc.text, m.start, m.end)  # "Velbrook (VLBK)": a company's code
                          or quoted_term(a.doc.text, m.start, m.end, ev.texts)  # "“Cellar lung”": a term
                          or capitals_only(m, name, ev.capital_spans, ev.cased)
                          or thing_label(name, ev.texts, ev.written)  # "CCTV footage": a kind of recording
                          or measure_acronym(name, ev.texts, ev.written)  # "the highest CTR": a measure
                          or noun_acronym(name, ev.texts, ev.written)  # "its EV", "in RWD form": a kind of thing
                          or file_format(name, ev.texts, ev.written)  # "DOC, PPT, JPEG", "PNG files": a file's kind
                          or device_acronym(name, ev.texts, ev.written)  # "DVR features", "CCTV units": a device
                          or m.kind != "place" and thing_acronym(name, ev.texts, ev.written)  # "the MAC address"
                          or model_name(name, m.kind)  # "Netgear Nighthawk x6": a device's model, no body
                          or award_name(name, m.kind, ev.keys) or levy_name(name, m.kind, a.doc.text, m.start)
                          or numbered_range(name, a.doc.text, m.end)  # "Layers 1 and 2": parts, no body
                          or tool_name(name, m.kind)  # "the Tarn Command-Line Interface": a tool, no body
                          or spelled_tool(name, ev.texts, ev.written)  # "… Interface (TCLI)": the tool's acronym
                          or plural_acronym(name)  # "attacking IPs": a class of things
                          or plural_spelled(name, ev.texts, ev.written)  # "Small and Tiny Firms (STFs)": a class
                          or resident_modifier(name, m.kind, ev.texts, ev.written)  # "a Tarnby man": a town
                          or facility_named(name, m.kind, ev.texts, ev.written)  # "The Bardo museum", "Velmoor prison"
                          or building_part(name, m.kind, ev.texts, ev.written)  # "the Velmhall steps": a building
                          or spelled_initials(name, ev.texts, ev.written)  # "HPN … hyper pulmonary nodes"
                          or mass_name(name, ev.texts, ev.written)  # "more AppleSkin": a material
                          or owned_thing(name, ev.texts, ev.written)  # "its electric Gran Turismo"
                          or portfolio_words(name, ev.texts, ev.written)  # "Energy| Secretary Rick Perry"
                          or craft_written(name, ev.texts, ev.written)  # "our Blue Moon lander": a craft
                          or craft_short_name(name, ev.texts, ev.written)  # "Kestrel| Space Telescope": a craft
                          or _glossed_or_numbered(a, m, ev, name)  # "Quillax, a type of organism", "Nos. 13"
                          or condition_name(name, ev.texts, ev.written)  # "Velbrook Fen disease": an illness
                          or question_opener(name, ev.texts, ev.written)  # "Will Ana Ruiz win?": a question's verb
                          or unit_words(name, ev.texts, ev.written)  # "Head of Equity Research at Acme": a unit
                          or m.kind != "person" and race_event(name, ev.texts, ev.written)  # "the 200 yard X Medley"
                          or product_name(name, m.kind, ev.texts, ev.written)  # "Quarrow 3": a numbered title
                          or event_modifier(name, ev.texts, ev.written)  # "the Aldbury Regatta movement"
                          or place_modifier(name, ev.texts, ev.written, ev.place_names)  # "Aldbury Fenpox patient"
                          or party_modifier(name, ev.texts, ev.written)  # "a House Democratic source"
                          or clause_run(name, ev))  # "Garrett hit Rudolph": a clause, two people



def _glossed_or_numbered(a: Analysis, m: Mention, ev: _Evidence, name: str) -> bool:
    """A kind of living thing, a craft or a made thing the story glosses ("Quillax, a type of organism", "Called
    Velta, the craft": ``kind_glosses``), a number's abbreviation ("citing Nos. 13 and 17": ``numbered_parts``)."""
    return kind_glossed(name, m.kind, ev.texts, ev.written) or number_abbreviation(name, a.doc.text, m.end)

def uncredited(a: Analysis, ev: _Evidence) -> list[Mention]:
    """The document's mentions but those in a credit ("(Orla Fennimore/CBC)", "With reports from Tu Anh Le …"): who
    made the report or its pictures, not who is in the story; a schedule's row cut to its venue, and a dated row's
    venue whole (``schedule_rows``); a journal's name after a publishing cue, whole (``journals``); a shop's name
    with its "'s" (``shop_names``); a periodical's name the model left untagged, after a journal's noun
    (``publication_names``); a person's name with middle initials the model left untagged in a list of people
    (``initialled_names``); two bodies the model tagged as one, initials "and" a body's name (``acronym_pairs``); a
    school's town and compass point before a student's name, typed or added as a body (``school_names``); a known
    group's name and a relative's full name the model left untagged (``known_mentions``, ``kin_names``); a body
    typed a person that a phrase in apposition names a body (``apposed_bodies``); a body's name cut at its own
    list's comma, whole (``comma_names``); a company's name the model lost before its legal ending ("Tarnwick| LLC"),
    whole (``legal_owners``); an office's holder run into the body after the title, a person (``holder_names``)."""
    credits = credit_spans(a.doc.text) if ev.checks else []
    kept = [m for m in a.mentions if not any(s <= m.start and m.end <= e for s, e in credits)]
    if not ev.checks:
        return kept
    kept = [apposed_body(m, a.doc.text) for m in comma_joined(kept, a.doc.text)]  # "Academy of Allergy, Asthma
    # and Immunology": one name (``comma_names``); "Ansar Tarn, an al-Qaeda-linked organization": a body
    kept = [g for m in kept if (g := legal_owner(m, a.doc.text, a.mentions)) is not None]  # "Tarnwick| LLC": whole
    kept = [holder_name(m, a.doc.text, a.mentions) for m in kept]  # "Inspector General of Tarn Police Ana Ruiz"
    starts = {m.start for m in a.mentions}
    return [shop_name(journal_whole(row_venue(r, a.doc.text), a.doc.text, starts), a.doc.text)  # "published in
            # BMJ| Case Reports": a journal, whole; "Rival Quorley|'s was also lower": a shop's name with its "'s"
            # (``shop_names``); "May 2 -- Tarn Music Park at Alder Creek, Bexford, NM": a row's venue, whole
            for m in kept for p in acronym_pair(school_typed(m, a.doc.text))  # "VBC and Tarn Savings Bank": two
            # names (``acronym_pairs``); "Ardley North's Jo Tarn": a school, a body (``school_names``)
            if (r := after_at(p, a.doc.text)) is not None  # "TX @ Toyota Music Factory": a venue
            ] + publication_mentions(a.doc.id, a.doc.text, a.mentions) + initialled_mentions(  # "the journal X"
                a.doc.id, a.doc.text, a.mentions) + school_mentions(  # "Ana Ruiz, Cal TJ Morrow, and Bo Lund"
                a.doc.id, a.doc.text, a.mentions) + known_mentions(  # "Tarn West senior Bo Lund": an untagged school
                a.doc.id, a.doc.text, a.mentions) + kin_mentions(  # "linked to the Islamic State": a known group
                a.doc.id, a.doc.text, a.mentions)  # "Eloise Parry" beside the tagged "Fiona Parry": a relative
