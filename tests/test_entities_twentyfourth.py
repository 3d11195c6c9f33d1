"""The eighteenth read's entity junk by kind (issue 12, bench/BRIEF_REVIEW.md, "ents24"): a made thing written with
its size ("the new 15-inch Vantor Book") and a name joined to it before one plural noun ("Vantor Book and Vantor
Slate models") are products, and so is the product line's word only ever written before a noun ("the Vantor
lineup"); the names of a list a plural division noun closes ("Alder, Brisco, Cantwell and Van Dorn counties") are
counties; the words of a wire dateline's town ("ST. ELLIS, Fla. (AP) —") are the town's; the tail of a place's
name after its connector ("Brenau am| Lech") is the place's; a doctrine's name ("Agrarian Syndicalism") is an idea;
an acronym that leaves out the last word after "and" ("the Danish OWS" of "the Danish Office for Water Safety and
Inspection") is the body's. None of them is listed as a person or an organisation. Fixtures are made up; none comes
from the bench. Guards: a maker written between a size and its product ("the 15-inch Kestrel Vantor Book"), a
player's height ("the 7-foot Aldo Brenner"), makers joined before a plural noun ("Kestrel and Orbis phones"), a list
of people no division noun closes, a person the dateline's town does not hold, "Osama bin Laden" (no place before
"bin"), a ministry of an "-ism" ("Ministry of Tourism") and two bodies that spell one acronym stay as they were."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_name_written_with_its_size_is_a_product() -> None:
    text = ("The Vantor lineup gets a new laptop. The new 15-inch Vantor Book features a brighter display, Kestrel "
            "said. The 13-inch Vantor Book keeps its old keyboard. Kestrel will move all Vantor Book and Vantor Slate "
            "models to the new keyboard, as Kestrel and Orbis phones did.")
    got = tagged((text, [("Vantor", "org"), ("Vantor Book", "org"), ("Kestrel", "org"), ("Vantor Book", "person"),
                         ("Kestrel", "org"), ("Vantor Book", "org"), ("Vantor Slate", "org"), ("Kestrel", "org"),
                         ("Orbis", "org")]))
    assert not any(n.startswith("Vantor") for n in got), got
    assert got.get("Kestrel", ("",))[0] == "org", got  # the maker
    from storyline.entities.sized_products import sized_use

    maker = "the 15-inch Kestrel Vantor Book"
    assert not sized_use(maker, 12, 19) and sized_use("the 15-inch Vantor Book", 12, 23)  # the maker is not sized
    assert got.get("Orbis", ("",))[0] == "org", got  # a maker joined to one before a plural noun
    got = tagged(("The 7-foot Aldo Brenner scored 30 points. Brenner, 24, was hurt.",
                  [("Aldo Brenner", "person"), ("Brenner", "person")]))
    assert got.get("Aldo Brenner", ("",))[0] == "person", got  # a player's height: a person, never tagged a body


def test_the_names_of_a_county_list_are_no_people() -> None:
    text = "The virus has been found in Alder, Brisco, Cantwell and Van Dorn counties, officials said."
    got = tagged((text, [("Alder", "place"), ("Brisco", "person"), ("Cantwell", "person"), ("Van Dorn", "person")]))
    assert not {"Brisco", "Cantwell", "Van Dorn"} & set(got), got
    got = tagged(("Brisco, Cantwell and Van Dorn voted against the plan.",
                  [("Brisco", "person"), ("Cantwell", "person"), ("Van Dorn", "person")]))
    assert {"Brisco", "Cantwell", "Van Dorn"} <= set(got), got  # a list of people: no division noun closes it


def test_a_word_of_the_datelines_town_is_no_person() -> None:
    text = "ST. ELLIS, Fla. (AP) — Health officials said Monday that Dana Morrow had died."
    got = tagged((text, [("ST", "place"), ("ELLIS", "person"), ("AP", "org"), ("Dana Morrow", "person")]))
    assert "ELLIS" not in got, got
    assert got.get("Dana Morrow", ("",))[0] == "person", got
    assert got.get("Associated Press", ("",))[0] == "org", got  # the agency in the dateline's bracket stays


def test_the_tail_of_a_place_name_after_its_connector_is_no_person() -> None:
    text = "The house in Brenau am Lech, a town on the border, was sold to the state, an aide to Osama bin Laden said."
    got = tagged((text, [("Brenau", "place"), ("Lech", "person"), ("Osama", "person"), ("Laden", "person")]))
    assert "Lech" not in got, got
    assert "Laden" in got or "Osama" in got, got  # a person's particle: no place before "bin"


def test_an_english_connector_between_spaces_joins_no_tail() -> None:
    text = ("Staff based in Lorvale at Brindle Bank walked out, and talks in Kessov on Varnagaz debt resumed. "
            "The mayor of Westcombe-on-Sea, Dana Hale, stayed at home.")
    got = tagged((text, [("Lorvale", "place"), ("Brindle Bank", "org"), ("Kessov", "place"), ("Varnagaz", "org"),
                         ("Westcombe", "place"), ("Sea", "person"), ("Dana Hale", "person")]))
    assert {"Brindle Bank", "Varnagaz"} <= set(got), got  # "at", "on" between spaces: no place's tail
    assert "Sea" not in got, got  # hyphened, "-on-" is the place's own word


def test_a_doctrines_name_is_no_organisation() -> None:
    text = ("The museum must never evoke the memory of Agrarian Syndicalism, the Ministry of Tourism said. "
            "Critics of Pastoralism disagreed.")
    got = tagged((text, [("Agrarian Syndicalism", "org"), ("the Ministry of Tourism", "org"),
                         ("Pastoralism", "org")]))
    assert "Agrarian Syndicalism" not in got and "Pastoralism" not in got, got
    assert got.get("Ministry of Tourism", ("",))[0] == "org", got


def test_an_acronym_without_the_names_last_word_after_and_is_the_body() -> None:
    text = ("The Danish Office for Water Safety and Inspection said the wells were closed. The OWS said on Monday "
            "the risk was low, and the Danish OWS has said there is no need to worry.")
    got = tagged((text, [("The Danish Office for Water Safety and Inspection", "org"), ("OWS", "org"),
                         ("OWS", "org")]))
    assert got == {"Danish Office for Water Safety and Inspection": ("org", ["OWS"])}, got
    text += " The Office for Wildlife Surveys and Research closed two roads."
    got = tagged((text, [("The Danish Office for Water Safety and Inspection", "org"), ("OWS", "org"),
                         ("OWS", "org"), ("The Office for Wildlife Surveys and Research", "org")]))
    assert got.get("OWS", ("",))[0] == "org", got  # two bodies spell "OWS" so: it joins neither
