"""ents61: names and places half A of pool7's in-sample stories showed wrong by kind (bench/BRIEF_REVIEW.md, "ents61"),
on made-up text of another subject. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from storyline.entities.peoples import country_adjective, nationality_cut
from storyline.model import Analysis, Document, Mention
from storyline.places.candidates import Candidate
from storyline.places.surnames import uncued_surnames
from test_brief_review23 import tagged


def _surnames(text: str, people: list[str], bare: list[tuple[str, int, bool]]) -> set[str]:
    """The uncued surnames of one made-up report: its people's full names as mentions, and candidate places (name,
    occurrence, cue) the way the places stage reads them."""
    mentions = [Mention("d", (at := text.index(p)), at + len(p), p, "person") for p in people]
    analysis = Analysis(Document(id="d", text=text, title="d"), [], mentions)
    cands = []
    for name, nth, cue in bare:
        at = -1
        for _ in range(nth + 1):
            at = text.index(name, at + 1)
        cands.append(Candidate("d", at, at + len(name), name, "GPE", cue=cue))
    return uncued_surnames([analysis], cands)


def test_a_surname_listed_after_another_persons_name_is_no_place() -> None:
    text = ("The count was run by clerk Ada Okafor and her deputy Sam Jordan. Okafor and Jordan sealed the boxes. "
            "On Sunday, Jordan wrote to the board.")
    got = _surnames(text, ["Ada Okafor", "Sam Jordan"], [("Jordan", 1, True), ("Jordan", 2, True)])
    assert got == {"jordan"}, got


def test_a_surname_listed_beside_a_place_keeps_the_lists_cue() -> None:
    text = "The count was run by Sam Jordan. Observers came from Syria and Jordan to watch it."
    got = _surnames(text, ["Sam Jordan"], [("Jordan", 1, True)])
    assert got == set(), got


def test_a_nationality_before_a_persons_full_name_is_no_part_of_it() -> None:
    text = ("The league's new chairman is Congolese Amani Kabasele, who ran the Congolese Football Federation for "
            "six years. Kabasele said the cup would stay in Kinshasa.")
    got = tagged((text, [("Congolese Amani Kabasele", "person"), ("Congolese Football Federation", "org"),
                         ("Kabasele", "person")]))
    assert "Amani Kabasele" in got and "Congolese Amani Kabasele" not in got, got
    assert got.get("Congolese Football Federation", ("",))[0] == "org", got


def test_a_nationality_is_read_from_the_storys_placed_country() -> None:
    assert nationality_cut("Malawian Ana Maren Oduya", {"malawi"}) == "Ana Maren Oduya"
    assert nationality_cut("Malawian Ana Oduya", set()) is None  # no Malawi placed: no nationality known
    assert nationality_cut("Adrian Paul Moss", {"adria"}) is None  # a town's name makes no nationality
    assert nationality_cut("Malawian Water Authority", {"malawi"}) is None  # a body's name
    assert country_adjective("Velorian", {"veloria"}) and not country_adjective("Velorian", {"tarn"})


def test_initials_joined_by_a_hyphen_are_a_bodys_not_a_persons() -> None:
    text = ("Mwangi sat in parliament for the ruling KANU-RF before he turned to football. He later ran the "
            "national league.")
    got = tagged((text, [("Mwangi", "person"), ("KANU-RF", "person")]))
    assert got.get("KANU-RF", ("",))[0] != "person", got


def test_an_awards_name_typed_a_body_is_no_body() -> None:
    text = ("The Tarn Film Academy said its judges had picked nine films. The Tarn Film Awards will be handed out in "
            "March, the Academy said.")
    got = tagged((text, [("Tarn Film Academy", "org"), ("Tarn Film Awards", "org"), ("Academy", "org")]))
    assert "Tarn Film Awards" not in got, got
    assert got.get("Tarn Film Academy", ("",))[0] == "org", got


def test_a_countrys_name_is_the_country_beside_its_capital_of_a_longer_name() -> None:
    from storyline.places.gazetteer import load_gazetteer
    from storyline.places.resolver import Resolver, story_context

    resolver = Resolver(load_gazetteer(), set())

    def cand(name: str) -> Candidate:
        return Candidate("d", 0, len(name), name, "GPE")

    # "Avocado growers in Mexico City met buyers from Washington; Mexico sold more to the United States than ever."
    first = [(n, p) for n in ("Mexico City", "Washington", "United States", "Mexico")
             if (p := resolver.decide(cand(n), None)) is not None]
    got = resolver.decide(cand("Mexico"), story_context(first))
    assert got is not None and got.kind == "country" and got.country == "MX", got
    city = resolver.decide(cand("Mexico City"), story_context(first))
    assert city is not None and city.kind == "city", city
