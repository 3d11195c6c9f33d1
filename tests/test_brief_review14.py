"""The tenth read's general faults left open (issue 12, bench/BRIEF_REVIEW.md, "Tenth read", "What is left in
the top 20"; branch ents11): towns written in a list read as people ("Zadar, Sibenik and Dubrovnik along the
Dalmatian Coast"), a spacecraft listed as an organisation, a heading in capitals listed as a name, a body's
name cut at its possessive ("Croatian Bishop| 's Conference"), a bullet of "Story highlights" and a
standfirst taken for the title, and one event told by several reports repeated in the timeline. Fixtures are
made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import entities

# --- names ------------------------------------------------------------------------------------------------


def _listed(*texts: str) -> dict[str, str]:
    return {name: kind for name, kind, _ in entities(*texts)}


def test_towns_written_in_a_list_of_places_are_places() -> None:
    got = _listed("Pula was spared in the war in Croatia, but Zadar, Sibenik and Dubrovnik along the Dalmatian "
                  "Coast were heavily damaged. Dubrovnik suffered the most.")
    assert got.get("Zadar") == "place" and got.get("Sibenik") == "place" and got.get("Dubrovnik") == "place", got
    got = _listed("Tourists crowd Zadar and Dubrovnik in Croatia every summer, the ferry line said.")
    assert got.get("Zadar") == "place" and got.get("Dubrovnik") == "place", got


def test_a_town_the_story_never_writes_as_a_person_is_a_place() -> None:
    got = _listed("The pope flew to Croatia on Saturday. Pilgrims came from Sibenik by bus. Sibenik lost its "
                  "cathedral roof in the war.")
    assert got.get("Sibenik") == "place", got
    got = _listed("The coach praised the team in Croatia. Sibenik scored twice from the penalty spot, and Sibenik "
                  "said he was happy.")
    assert got.get("Sibenik") != "place", got


def test_people_named_like_towns_stay_people() -> None:
    got = _listed("Historians in the United States rank Lincoln, Jefferson and Washington as the greatest "
                  "presidents. Lincoln freed the slaves.")
    assert got.get("Lincoln") != "place" and got.get("Jefferson") != "place", got
    got = _listed("Paris Hilton and Nicky Hilton flew to London, England. Paris said she loved the city.")
    assert got.get("Nicky Hilton") == "person" and "Paris Hilton" in got and got.get("London") == "place", got
    got = _listed("Jordan Henderson and Mohamed Salah scored in Liverpool, England. Henderson said the team "
                  "played well.")
    assert got.get("Jordan Henderson") == "person", got
    got = _listed("Florence Nightingale, Mary Seacole and Elizabeth Fry worked in London, England. Nightingale "
                  "said the wards were filthy.")
    assert got.get("Florence Nightingale") == "person" and got.get("Mary Seacole") == "person", got


def test_a_craft_is_no_organisation() -> None:
    got = _listed("NASA said the Parker Solar Probe will fly closer to the sun than any craft before. The probe "
                  "was first called Solar Probe Plus.")
    assert "Solar Probe Plus" not in got and "Parker Solar Probe" not in got and got.get("NASA") == "org", got
    got = _listed("The Hubble Space Telescope took pictures, and the International Space Station passed "
                  "overhead, the European Space Agency said.")
    assert "Hubble Space Telescope" not in got and "International Space Station" not in got, got
    assert got.get("European Space Agency") == "org", got


def test_a_heading_in_capitals_is_no_name() -> None:
    got = _listed("EXTENDED SUMMARY THE IMPACT OF SPACE WEATHER Modern technological society depends on "
                  "satellites, the panel said.\nEXTENDED SUMMARY tors in New England changed their plans. In the "
                  "event of an outage, knowledge of the EXTENDED SUMMARY 70 Average number of events helps.")
    assert not any(n.isupper() for n in got), got
    got = _listed("Officials at NASA and the FBI met on Monday. NASA said the talks went well.")
    assert "NASA" in got, got


def test_a_body_cut_at_its_possessive_is_whole() -> None:
    got = _listed("At a meeting with the Slovene Bishop's Conference after the mass, the pope urged unity. "
                  "The Slovene Bishop's Conference said it welcomed him.")
    assert "Slovene Bishop's Conference" in got and "Slovene Bishop" not in got, got


# --- titles -----------------------------------------------------------------------------------------------


def _title(text: str) -> str:
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    return clean_document(RawDocument(id="x", text=text, source="text")).title or ""


_BODY = ("(CNN) The mayor of Kelbridge resigned on Monday after an audit found that city funds had been spent on "
         "a private boat, officials said.\nThe audit, ordered by the council in March, covered four years of "
         "spending and found 41 payments that no record explained.\nThe mayor said in a statement that he had "
         "done nothing wrong and would fight the findings in court.\n")


def test_a_story_highlights_bullet_is_never_the_title() -> None:
    assert _title("Story highlights The audit covered four years of the city's spending\nThe mayor says he will "
                  "fight the findings\n" + _BODY) == ""
    assert _title("Kelbridge mayor quits over boat audit\n" + _BODY) == "Kelbridge mayor quits over boat audit"


def test_a_standfirst_is_no_headline() -> None:
    standfirst = ("Accused of spending city funds on a private boat over four years, the mayor of Kelbridge will "
                  "fight the audit's findings in court")
    assert _title(standfirst + "\n" + _BODY) == ""
    assert _title("Kelbridge Mayor Resigns After Audit Finds City Funds Were Spent on a Private Boat and Trips "
                  "Abroad\n" + _BODY).startswith("Kelbridge Mayor Resigns")


# --- timeline ---------------------------------------------------------------------------------------------


def test_one_death_told_by_two_reports_is_one_entry() -> None:
    from conftest import story
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    a = story("The archbishop, who was jailed by the communists after the war and died under house arrest in 1960, "
              "was a hero to many Croats, the bishop said.",
              "The archbishop died at 62 in 1960 while under house arrest following his conviction on charges of "
              "treason.", published=None)
    tl = build_timeline(a, same_thing)
    assert [(e.date, sorted(c.doc for c in e.citations)) for e in tl] == [("1960", ["d0", "d1"])], \
        [(e.date, e.text) for e in tl]
    assert len(build_timeline(a)) == 2  # the word test alone keeps them apart


def test_two_events_of_one_year_stay_apart() -> None:
    from conftest import story
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    a = story("The archbishop died under house arrest in 1960, the church said.",
              "The city's new cathedral was opened to visitors in 1960 after nine years of building work.",
              published=None)
    assert len(build_timeline(a, same_thing)) == 2


def test_a_sentence_shows_once_under_its_main_date() -> None:
    from conftest import story
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    a = story("By 1942 he began denouncing the regime, once in a letter to the leader and, in 1943, in sermons to "
              "priests. The poet, who was born in 1931, moved to the capital in 1957.", published=None)
    tl = build_timeline(a, same_thing)
    assert "1943" not in [e.date for e in tl] and "1942" in [e.date for e in tl], [(e.date, e.text) for e in tl]
    assert "1943" in [e.date for e in build_timeline(a)]
    assert all(e.mention for e in tl if e.date == "1931")  # a mention stays, marked as one
