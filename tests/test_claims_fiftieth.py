"""Claims: the wrong claims rows of the forty-seventh read, by kind (bench/BRIEF_REVIEW.md, "claims50"): a count
as the speaker ("Of the 17 apps …, just three … told users"), a pronoun "It" as the speaker over a named "according
to" source, the writer's clause on a speaker's body given to the speaker ("said X, a spokesman for Y, …, and raised
$27 million"), a name's base as the figure's place ("Reveal Mobile, based in North Carolina, which had … 500 apps"),
a range's top as the figure ("half a cent to two cents"), the verb as the "what" of a raised subject ("is small but
growing, expected to reach …", "are set to lose their jobs") and a count lost before a name the parse broke ("Some
280 Just Eat employees"). Our own invented sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _mentions(text: str) -> list[tuple[str, dict[str, Any]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, m) for g in groups for m in g.to_dict()["mentions"]]


def _one(text: str, figure: str) -> tuple[str, dict[str, Any]]:
    found = [(w, m) for w, m in _mentions(text) if figure in m["text"]]
    assert len(found) == 1, _mentions(text)
    return found[0]


# a count is no speaker (attribution.counted_subject)


def test_a_count_is_no_speaker_of_its_whole() -> None:
    text = ("Of the 30 firms that the agency saw selling such data, only four told customers that the data could "
            "be sold.")
    _, m = _one(text, "30 firms")
    assert m["speaker"] is None


def test_a_named_subject_still_speaks() -> None:
    # guard: a reporting verb's named subject stays the speaker
    _, m = _one("Of the 12 shops that were inspected, the council told reporters, two had closed.", "12 shops")
    assert m["speaker"] == "the council"


# "It" gives way to a named "according to" source (attribution.speaker_for)


def test_it_gives_way_to_according_to() -> None:
    text = ("A sensor on the bridge logs the traffic. It recorded the lorries as often as every five seconds, "
            "according to a report by the county engineers.")
    _, m = _one(text, "five seconds")
    assert m["speaker"] is not None and m["speaker"].startswith("a report")


# the writer's joined clause on a speaker's body is no report (attribution.joined_deed)


def test_a_joined_deed_after_an_inverted_speaker_is_no_report() -> None:
    text = ("“We will not sell,” said Mary Stone, a spokeswoman for Plumtree, which makes garden tools, and raised "
            "more than $15 million last year from investors.")
    _, m = _one(text, "$15 million")
    assert m["speaker"] is None


def test_a_reported_clause_keeps_its_speaker() -> None:
    # guard: a figure in what the speaker says stays hers
    _, m = _one("Mary Stone, a spokeswoman for Plumtree, said the firm raised $15 million last year.", "$15 million")
    assert m["speaker"] == "Mary Stone"


# a name's base is no place of a figure (unplaced.named_base)


def test_a_names_base_is_no_place_of_its_figure() -> None:
    text = "The biggest supplier was Brightmoor Labs, based in Ohio, which had tracking code in more than 300 games."
    _, m = _one(text, "300 games")
    assert m["place"] == []


def test_a_place_of_the_figure_itself_stays() -> None:
    # guard: a place the figure's own clause names stays
    _, m = _one("Brightmoor Labs had tracking code in more than 300 games sold in Ohio.", "300 games")
    assert m["place"] == ["Ohio"]


# "half a X to N X" is a range (half_ranges.py)


def test_half_a_unit_opens_a_range() -> None:
    _, m = _one("The trail runs half a mile to three miles through the woods.", "three miles")
    assert (m["low"], m["high"]) == (0.5, 3)


def test_a_plain_range_is_unchanged() -> None:
    # guard: "one to three miles" reads as before
    _, m = _one("The trail runs one to three miles through the woods.", "three miles")
    assert (m["low"], m["high"]) == (1, 3)


# a raised subject's figure is of that subject, and a raising passive no event (counted._raised_subject, raising.py)


def test_a_bare_participles_reaching_verb_is_its_clauses_subjects() -> None:
    text = "The market for drones is small but growing, expected to reach about $90 million a year by 2030."
    what, _ = _one(text, "$90 million")
    assert what.startswith("market")


def test_a_raising_passive_hands_its_subject_on() -> None:
    what, _ = _one("Some 40 workers are set to lose their jobs, the firm said.", "40 workers")
    assert what == "workers that lose their jobs"


# a count before a name the parse broke (counted._name_word, extract._event)


def test_a_count_before_a_broken_name_is_kept() -> None:
    text = "Some 120 Just Bake employees in Norway are set to lose their jobs, the company said."
    what, m = _one(text, "120")
    assert m["value"] == 120 and "employees" in what


# "a clinic 20 miles away": how far the noun is, not the verb's measure (counted._measured_thing)


def test_a_distance_away_is_of_the_noun_it_follows() -> None:
    what, _ = _one("Every morning she drives to a clinic 20 miles away.", "20 miles")
    assert what == "clinic (mi)"


def test_a_verbs_own_distance_stays_the_verbs() -> None:
    # guard: "lies 30 kilometers away" hangs on no noun
    what, _ = _one("The village lies 30 kilometers away from the border.", "30 kilometers")
    assert what == "distance (km) away from the border"  # (no noun's; its own phrase names it, claims92)


def test_a_measure_of_a_thing_keeps_its_own_words() -> None:
    # guard: the broken-name reading is for counts only; "inches of rain" keeps its mention
    _, m = _one("Parts of the coast could see as much as seven inches of rain this week.", "inches")
    assert m["text"] == "as much as seven inches of rain"


def test_a_raising_passive_before_a_passive_clause() -> None:
    what, _ = _one("Over 300 guards are expected to be deployed along the route.", "300 guards")
    assert what == "guards deployed (expected)"
