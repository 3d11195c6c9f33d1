"""The 63rd read's and the ho29 check's entity faults, by kind (bench/BRIEF_REVIEW.md, "ents51"), on made-up text: a
company typed a person beside its stock-market code's own row, products typed people (before a product's noun, in a
list after a plural product's noun, a body's product opening with the body's name), a surname misspelt with a vowel
added typed a body or a second person, a social handle as a name, a bare town placed abroad though the report's clock
times are stamped in one country's zone. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.entities.misspelt import _vowel_added
from storyline.entities.tickers import ticker_after, ticker_code
from storyline.places import locate_places
from storyline.places.zone_countries import zone_countries
from test_brief_review23 import tagged


def test_a_company_written_with_its_stock_code_is_a_company_and_its_code_no_second_body() -> None:
    text = ('Ana Ruiz said of database maker Quorvia (QRVA) that "profit matters more to them than customers." Asked '
            "about Quorvia, she said little.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Quorvia", "person"), ("QRVA", "org"), ("Quorvia", "person")]))
    assert got.get("Quorvia", ("",))[0] == "org" and "QRVA" not in got, got
    at = text.index("Quorvia")
    assert ticker_after(text, at, at + 7) and ticker_code(text, text.index("QRVA"), text.index("QRVA") + 4)
    market = "Tarnex (Nasdaq: TNX) rose."
    assert ticker_after(market, 0, 6) and ticker_code(market, market.index("TNX"), market.index("TNX") + 3)
    party = "Jacob Mbeki (ANC) and Zuma (ANC) spoke, Bo Lund said."
    assert not ticker_after(party, party.index("Zuma"), party.index("Zuma") + 4)  # a party, not Zuma's code
    got = tagged((party, [("Jacob Mbeki", "person"), ("ANC", "org"), ("Zuma", "person"), ("ANC", "org"),
                          ("Bo Lund", "person")]))
    assert got.get("Zuma", ("",))[0] == "person" and "ANC" in got, got


def test_a_product_once_before_its_noun_and_never_a_persons_is_no_person() -> None:
    text = ("Laptops running the Quillo browser will get voice search. It will be coming to Quillo next year, and "
            "users of Quillo can try it now, Bo Lund said.")
    got = tagged((text, [("Quillo", "person"), ("Quillo", "person"), ("Quillo", "person"), ("Bo Lund", "person")]))
    assert "Quillo" not in got and "Bo Lund" in got, got
    person = ("Fans of the Quillo show cheered. Quillo said he would tour next year, and Quillo sang twice, "
              "Bo Lund said.")
    got = tagged((person, [("Quillo", "person"), ("Quillo", "person"), ("Quillo", "person"), ("Bo Lund", "person")]))
    assert "Quillo" in got, got  # "Quillo said he": a person's, whatever else is before a noun
    apps = "Developers want new Vantor apps. Users of Vantor love it, Bo Lund said."
    got = tagged((apps, [("Vantor", "person"), ("Vantor", "person"), ("Bo Lund", "person")]))
    assert "Vantor" not in got, got


def test_a_surname_with_a_vowel_added_is_its_bearers() -> None:
    assert _vowel_added("picahai", "pichai") and not _vowel_added("rossia", "rossi") and not _vowel_added(
        "velasqueza", "velasquez")
    text = ("Division chief Omar Velasquez announced that sales doubled. In addition, Velasaquez revealed that 40 new "
            "stores opened.")
    got = tagged((text, [("Omar Velasquez", "person"), ("Velasaquez", "org")]))
    assert got.get("Omar Velasquez", ("", []))[1] == ["Velasaquez"] and "Velasaquez" not in got, got
    got = tagged((text, [("Omar Velasquez", "person"), ("Velasaquez", "person")]))
    assert "Velasaquez" not in got, got


def test_products_listed_after_a_plural_things_noun_are_no_people() -> None:
    text = ("Beyond search, it offers online tools and platforms including: Tarnmail, Quillo and Velbrook. It also "
            "runs the ad platforms Adwise and Adsmith, Bo Lund said.")
    spans = [("Tarnmail", "person"), ("Quillo", "person"), ("Velbrook", "org"), ("Adwise", "org"),
             ("Adsmith", "person"), ("Bo Lund", "person")]
    got = tagged((text, spans))
    assert not {"Tarnmail", "Quillo", "Adsmith"} & set(got) and "Bo Lund" in got, got
    people = "The firm hired engineers including Quillo, Ana Ruiz said. Quillo said he was pleased."
    got = tagged((people, [("Quillo", "person"), ("Ana Ruiz", "person"), ("Quillo", "person")]))
    assert "Quillo" in got, got  # a person's noun's list, and "Quillo said he"


def test_a_social_handle_is_no_name() -> None:
    text = "Follow Bo Lund on Twitter @BoLundWrites for more. Bo Lund covers rowing."
    got = tagged((text, [("Bo Lund", "person"), ("Twitter @BoLundWrites", "person"), ("Bo Lund", "person")]))
    assert "Twitter @BoLundWrites" not in got and "Bo Lund" in got, got


def test_a_person_opening_with_a_bodys_one_word_name_is_its_product() -> None:
    text = ("Velbrook announced new phones. The big news for developers is Velbrook Forge, a new tool. Velbrook said "
            "Velbrook Forge is free. Velbrook shares rose, Bo Lund said.")
    got = tagged((text, [("Velbrook", "org"), ("Velbrook Forge", "person"), ("Velbrook", "org"),
                         ("Velbrook Forge", "person"), ("Velbrook", "org"), ("Bo Lund", "person")]))
    assert "Velbrook Forge" not in got and got.get("Velbrook", ("",))[0] == "org", got
    named = "Velbrook hired staff. Velbrook said Velbrook Ruiz, who joined in May, would lead it. Velbrook grew."
    got = tagged((named, [("Velbrook", "org"), ("Velbrook", "org"), ("Velbrook Ruiz", "person"), ("Velbrook", "org")]))
    assert "Velbrook Ruiz" in got, got  # "Velbrook Ruiz, who": a person's, written so
    twice = ("Tarik Velasco, 18, from Aldmouth, was seen at the station. Tarik was reported missing. Police asked "
             "about Tarik's whereabouts. A photo of Tarik Velasco was shown.")
    got = tagged((twice, [("Tarik Velasco", "person"), ("Tarik", "org"), ("Tarik", "org"),
                          ("Tarik Velasco", "person")]))
    assert "Tarik Velasco" in got, got  # a given name twice read as a body: too few to make it one


def test_a_clock_times_one_country_zone_places_a_bare_towns_namesake_there() -> None:
    stamped = ("Ask the new app for cafes in Santa Rosa and it lists them. Updated at 4:10 p.m. PT with comments "
               "from Bo Lund.")
    got = {p.name: p.country for p in locate_places(story(stamped)).places}
    assert got == {"Santa Rosa": "US"}, got
    assert zone_countries(story(stamped)) == ["US"]
    assert zone_countries(story("The final starts at 5 ET, Bo Lund said.")) == []  # no minutes, no "p.m.": a score
    assert zone_countries(story("It opens at 10:00 GMT, Bo Lund said.")) == []  # a zone of many countries


def test_a_bodys_product_leaves_the_body_apart_from_its_other_names() -> None:
    text = ("Velbrook showed Velbrook Lens, its eyewear, and new Lens apps. Velbrook also showed Velbrook Atlas. "
            "Users love Lens, and Velbrook is pleased, Bo Lund said.")
    got = tagged((text, [("Velbrook", "org"), ("Velbrook Lens", "person"), ("Lens", "person"), ("Velbrook", "org"),
                         ("Velbrook Atlas", "org"), ("Lens", "person"), ("Velbrook", "org"), ("Bo Lund", "person")]))
    assert "Lens" not in got and "Velbrook Lens" not in got, got  # the product, not a person
    assert got.get("Velbrook", ("", ["?"])) == ("org", []), got  # "Velbrook Atlas" no alias of the parent
