"""Entities: people, organisations and places merged across reports with their aliases."""

from __future__ import annotations

from pathlib import Path

from storyline.analyse import analyse
from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Mention
from storyline.names import acronym, known_org, name_key, org_by_form
from storyline.places import locate_places


def doc_with(doc_id: str, *names: tuple[str, EntityKind], outlet: str | None = None) -> Analysis:
    """A document that is its names joined by ". ", with one mention per name."""
    text, mentions, pos = "", [], 0
    for name, kind in names:
        if text:
            text += ". "
            pos = len(text)
        text += name
        mentions.append(Mention(doc_id, pos, pos + len(name), name, kind))
    return Analysis(Document(id=doc_id, text=text, title=doc_id, outlet=outlet), [], mentions)


def names(entities: list[object]) -> dict[str, object]:
    return {e.name: e for e in entities}  # type: ignore[attr-defined]


def test_person_aliases_merge_across_documents() -> None:
    ents = merge_entities(
        [
            doc_with("a", ("Vladimir Putin", "person"), ("Putin", "person")),
            doc_with("b", ("Putin", "person")),
        ]
    )
    putin = next(e for e in ents if e.name == "Vladimir Putin")
    assert putin.kind == "person" and "Putin" in putin.aliases and putin.docs == ["a", "b"]


def test_honorific_before_the_mention_is_an_alias() -> None:
    a = Analysis(
        Document(id="a", text="Vladimir Putin spoke. Mr. Putin said so.", title="a"),
        [],
        [Mention("a", 0, 14, "Vladimir Putin", "person"), Mention("a", 26, 31, "Putin", "person")],
    )
    putin = merge_entities([a])[0]
    assert putin.name == "Vladimir Putin" and {"Putin", "Mr. Putin"} <= set(putin.aliases)


def test_near_identical_spellings_merge() -> None:
    ents = merge_entities(
        [
            doc_with("a", ("Sergei Shoigu", "person"), ("Shoigu", "person")),
            doc_with("b", ("Sergei Shoygu", "person")),
        ]
    )
    people = [e for e in ents if e.kind == "person"]
    assert len(people) == 1 and set(people[0].docs) == {"a", "b"}
    assert "Sergei Shoygu" in people[0].aliases


def test_islamic_state_aliases_are_one_group() -> None:
    ents = merge_entities(
        [
            doc_with("a", ("ISIS", "org"), ("Islamic State", "org")),
            doc_with("b", ("ISIL", "org"), ("IS", "org")),
            doc_with("c", ("Isis", "org"), ("Isil", "person"), ("Isil", "place")),
        ]
    )
    assert len(ents) == 1
    e = ents[0]
    assert e.name == "Islamic State" and e.kind == "org" and e.docs == ["a", "b", "c"]
    assert {"ISIS", "ISIL", "IS", "Isis", "Isil"} <= set(e.aliases)


def test_general_rules_acronym_possessive_the_and_spelling() -> None:
    assert acronym("the Free Syrian Army") == "fsa"
    assert acronym("Syrian Observatory for Human Rights") == "sohr"
    assert name_key("the Russian Defence Ministry's") == name_key("Russian Ministry of Defense")
    assert known_org("the Kremlin") == "Kremlin"
    ents = merge_entities(
        [
            doc_with("a", ("the Free Syrian Army", "org"), ("Syrian Observatory for Human Rights", "org")),
            doc_with("b", ("FSA", "org"), ("SOHR", "org"), ("Free Syrian Army’s", "org")),
        ]
    )
    got = names(ents)
    assert set(got) == {"Free Syrian Army", "Syrian Observatory for Human Rights"}


def test_first_name_variants_merge() -> None:
    ents = merge_entities(
        [
            doc_with("a", ("Ash Carter", "person"), ("Carter", "person")),
            doc_with("b", ("Ashton Carter", "person")),
            doc_with("c", ("Ash Carter", "person")),
        ]
    )
    assert len(ents) == 1 and ents[0].name == "Ash Carter"


def test_junk_and_own_outlet_are_left_out() -> None:
    ents = merge_entities(
        [
            doc_with("a", ("Reuters", "org"), ("state", "org"), ("Defense", "org"), ("NATO", "org"), outlet="Reuters"),
            doc_with("b", ("Reuters", "org")),
        ]
    )
    got = names(ents)
    assert set(got) == {"Reuters", "NATO"}
    assert got["Reuters"].docs == ["b"]  # type: ignore[attr-defined]


def test_places_from_the_gazetteer_override_model_labels() -> None:
    analyses = analyse(
        [
            Document(id="a", text="Fighting raged in Syria.\nActivists in Homs said the strikes hit Hama.", title="a"),
            Document(id="b", text="President Barack Obama said Obama would not send troops to Syria.", title="b"),
        ]
    )
    located = locate_places(analyses)
    ents = merge_entities(analyses, located)
    kinds = {e.name: e.kind for e in ents}
    assert kinds.get("Homs") == "place" and kinds.get("Hama") == "place" and kinds.get("Syria") == "place"
    assert kinds.get("Barack Obama") == "person" and "Obama" not in kinds
    syria = next(e for e in ents if e.name == "Syria")
    assert syria.docs == ["a", "b"]


def test_a_counted_name_is_not_a_person_unless_named_alone() -> None:
    text = ("Four warships launched 26 Kalibr cruise missiles against 11 targets, Shoigu said.\n"
            "Two Obama aides met 3 officials. Obama later spoke to reporters.")
    [a] = analyse([Document(id="a", text=text, title="a")])
    assert {m.text for m in a.mentions if m.counted} >= {"Kalibr"}
    people = {e.name for e in merge_entities([a]) if e.kind == "person"}
    assert "Shoigu" in people and "Obama" in people and "Kalibr" not in people


# --- type checks before listing (issue 12, item 4) -------------------------------------------


def kinds_of(*analyses: Analysis, checks: bool = True, located: bool = False) -> dict[str, str]:
    loc = locate_places(list(analyses)) if located else None
    return {e.name: e.kind for e in merge_entities(list(analyses), loc, checks=checks)}


def test_an_organisation_suffix_is_never_a_person() -> None:
    a = doc_with("a", ("Kestrel Harbour Authority", "person"), ("Defence Ministry", "person"), ("Jane Doe", "person"))
    got = kinds_of(a)
    assert got["Kestrel Harbour Authority"] == "org" and got["Defence Ministry"] == "org"
    assert got["Jane Doe"] == "person"
    assert kinds_of(a, checks=False)["Kestrel Harbour Authority"] == "person"  # the baseline keeps the error


def test_the_demo_lists_no_mistyped_names() -> None:
    # the demo story (our own fixture): a port authority the model calls a person, a neighbourhood it calls
    # an organisation, streets and a quay no gazetteer holds
    import storyline

    root = Path(__file__).resolve().parents[1] / "examples" / "harbour-fire"
    docs, _ = storyline.read_documents([root])
    analyses = analyse(docs)
    located = locate_places(analyses)
    checked = {e.name: e.kind for e in merge_entities(analyses, located)}
    baseline = {e.name: e.kind for e in merge_entities(analyses, located, checks=False)}
    assert baseline.get("Aldermouth Port Authority") == "person" and "Saltings" in baseline
    assert checked.get("Aldermouth Port Authority") == "org"
    assert not {"Saltings", "Quay 4", "Kestrel Road", "Dock Road"} & set(checked)
    assert checked.get("Maria Lopez") == "person" and checked.get("Brannock Freight") == "org"


def test_a_name_written_as_a_made_thing_is_not_an_organisation() -> None:
    text = (
        "The navy fired 26 Zircon cruise missiles at the depot, officials said.\n"
        "The missile systems Vortex NK engaged all targets. Boeing said it would deliver.\n"
        "Boeing jets were grounded."
    )
    a = Analysis(
        Document(id="a", text=text, title="a"), [],
        [
            Mention("a", text.index("Zircon"), text.index("Zircon") + 6, "Zircon", "org"),
            Mention("a", text.index("Vortex NK"), text.index("Vortex NK") + 9, "Vortex NK", "org"),
            Mention("a", text.index("Boeing said"), text.index("Boeing said") + 6, "Boeing", "org"),
            Mention("a", text.index("Boeing jets"), text.index("Boeing jets") + 6, "Boeing", "org"),
        ],
    )
    got = kinds_of(a)
    assert "Zircon" not in got and "Vortex NK" not in got
    assert got["Boeing"] == "org"  # also written as a name on its own: still the company
    assert kinds_of(a, checks=False)["Vortex NK"] == "org"


def test_airlines_and_unknown_locations_are_not_places() -> None:
    text = (
        "Malaysia Airlines said the jet left Kuala Lumpur on time. Air France flights to Paris resumed.\n"
        "Residents of the Saltmarsh neighbourhood were moved to a hall on Gullwing Road in Kuala Lumpur."
    )
    [a] = analyse([Document(id="a", text=text, title="a")])
    got = kinds_of(a, located=True)
    assert got.get("Kuala Lumpur") == "place" and got.get("Paris") == "place"
    assert got.get("Malaysia Airlines", "org") == "org" and got.get("Air France", "org") == "org"
    assert "Malaysia" not in got  # the airline's first word is not the country here
    assert "Saltmarsh" not in got  # a neighbourhood the gazetteer does not know: neither org nor place
    assert got.get("Gullwing Road") != "place"  # a gazetteer miss is not a place
    located = locate_places([a])
    assert {p.name for p in located.places} >= {"Kuala Lumpur", "Paris"}
    assert "Malaysia" not in {p.name for p in located.places}


def test_type_check_helpers() -> None:
    from storyline.names import continues_as_org, place_context, thing_context

    assert org_by_form("Aldermouth Port Authority") and org_by_form("Air India") and org_by_form("the Health Ministry")
    assert not org_by_form("Tony Blair") and not org_by_form("Authority")
    assert continues_as_org(" Airlines said") and continues_as_org(" Port Authority said")
    assert not continues_as_org(" and Homs") and not continues_as_org(" said on Friday")
    text = "launched 26 Kalibr cruise missiles; the Saltings district; Apple said its phones sold"
    assert thing_context(text, 12, 18)  # Kalibr
    assert place_context(text, text.index("Saltings"), text.index("Saltings") + 8)
    assert not thing_context(text, text.index("Apple"), text.index("Apple") + 5)


def test_owners_and_makers_are_not_products_and_codes_are_not_names() -> None:
    from storyline.names import designator, thing_context

    text = "U.S. Navy ships searched the area. The navy fired 12 Tomahawk missiles."
    assert not thing_context(text, 0, 9)  # "U.S. Navy ships": the owner, not a product
    i = text.index("Tomahawk")
    assert thing_context(text, i, i + 8)
    assert designator("A330s") and designator("AF447") and designator("MD-11") and designator("Su-34")
    assert not designator("Boeing") and not designator("Quay 4") and not designator("al-Qaeda")
    a = doc_with("a", ("AF447", "person"), ("A330s", "org"), ("Airbus", "org"))
    assert set(kinds_of(a)) == {"Airbus"}


def test_awards_are_modifiers_whose_plural_is_written_as_a_word() -> None:
    """``_shape_evidence`` finds a modifier's plural by one scan of each text: the same words as a search
    for each modifier's ``\\b<word>s\\b`` in every text, including near misses."""
    import re

    from storyline.entities.evidence import _MODIFIER_OF_PLURAL, _Evidence, _shape_evidence

    texts = [
        "Oscar nominees met. The Oscars, and two Emmys; Emmy-winning actors. Tony voters, Tonyss, Tonys-x.",
        "Grammy winners (Grammysé, 2Grammys, _Grammys) and Golden Globe voters; the Globes.",
        "Booker judges praised the Bookers; Nobel laureates, Nobelsx and a Nobels_ prize. Peabody awards.",
    ]
    analyses = [Analysis(Document(id=str(i), text=t), [], []) for i, t in enumerate(texts)]
    ev = _Evidence({}, set(), set(), set())
    _shape_evidence(analyses, ev, {})
    modifiers = {w for t in texts for w in _MODIFIER_OF_PLURAL.findall(t)}
    expected = {w.lower() + "s" for w in modifiers if any(re.search(rf"\b{re.escape(w)}s\b", t) for t in texts)}
    assert ev.awards == expected == {"oscars", "emmys", "tonys", "globes", "bookers"}
