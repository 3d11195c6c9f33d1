"""ents65: a place the model typed a person or a body is typed by how the story writes the name
(``entities.place_votes``), on made-up text of other subjects. Fixtures are made up for these tests; none comes from
the bench or the pool."""

from __future__ import annotations

from storyline.entities import _Names
from storyline.entities.place_votes import vote_places
from test_brief_review23 import tagged


def test_a_town_the_model_typed_a_body_that_reports_write_after_in_is_no_body() -> None:
    got = tagged(("In Ludlow, the cheese fair drew 9,000 visitors on Saturday.", [("Ludlow", "org")]),
                 ("Ludlow stallholders sold out of blue cheese by noon.", [("Ludlow", "org")]),
                 ("The fair in Ludlow has run since 1995, its organiser Ana Velu said.",
                  [("Ludlow", "org"), ("Ana Velu", "person")]))
    assert got.get("Ludlow", ("place",))[0] == "place", got


def test_a_town_name_the_story_writes_as_a_companys_stays_a_body() -> None:
    got = tagged(("Shares in Kendal fell 4% on Monday. Kendal said mint cake sales had slowed.",
                  [("Kendal", "org"), ("Kendal", "org")]),
                 ("Kendal, which makes mint cake, will cut 40 jobs.", [("Kendal", "org")]))
    assert got["Kendal"][0] == "org", got


def test_a_towns_short_name_written_as_a_places_joins_the_resolved_towns_entry() -> None:
    texts = ["Crowds filled Velby-on-Wold for the theatre festival.", "In Velby, hotels were full on Saturday.",
             "Velby traders sold out, and stalls in Velby closed early."]
    names = _Names()
    names.add("place", "@velby on wold", "Velby-on-Wold", "d0", "Velby-on-Wold")
    for doc in ("d1", "d2", "d2"):
        names.add("org", "velby", "Velby", doc)
    vote_places(names, texts, {"velby on wold": "Velby-on-Wold"}, (), set())
    assert ("org", "velby") not in names.forms and names.forms[("place", "@velby on wold")]["Velby"] == 3, names


def test_a_bodys_first_word_clipped_is_the_one_longer_bodys_short_name() -> None:
    got = tagged(("The Agricultural Board raised grain quotas on Monday.", [("Agricultural Board", "org")]),
                 ("The Agri said farmers would get more seed.", [("Agri", "org")]),
                 ("The Agricultural Board meets again in May.", [("Agricultural Board", "org")]))
    assert list(got) == ["Agricultural Board"] and "Agri" in got["Agricultural Board"][1], got


def test_a_clip_two_longer_bodies_fit_stays_apart() -> None:
    got = tagged(("The Agricultural Board and the Agricultural Union met on Monday.",
                  [("Agricultural Board", "org"), ("Agricultural Union", "org")]),
                 ("The Agri said farmers would get more seed.", [("Agri", "org")]))
    assert "Agri" in got, got


def test_a_bodys_name_that_opens_a_longer_bodys_adjective_is_another_body() -> None:
    got = tagged(("The Parliamentary Budget Office said the dam would cost 2 billion crowns.",
                  [("Parliamentary Budget Office", "org")]),
                 ("Parliament will vote on the dam in May.", [("Parliament", "org")]))
    assert "Parliament" in got and "Parliamentary Budget Office" in got, got
