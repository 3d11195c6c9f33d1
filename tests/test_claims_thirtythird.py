"""Claims: the twenty-third read's wrong rows, by kind (bench/CLAIMS_NOTES.md, "claims33"): "put" and "post" in a
sense of doing are no report ("put it away", "each posted $5,000 bond"; attribution._deed_sense); a wire dateline is
no list line's label, so no place of the lede's figures (extract.mentions_of); a subject with "no" denies its verb
("No checks were conducted for eight hours"; scope.is_negated, table.describe); a figure in the "to" clause of a verb
of trying is an aim ("working to fill 300 vacancies"; surroundings.hedge, lexicon aim_verbs); a part of a named
whole keeps the whole name ("eight of its New York shares"; extract's partitive unit). Our own invented sentences
through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures

# "put" and "post" in a sense of doing


def test_put_away_is_no_report() -> None:
    ms = figures("Dover made it as Jon Hale scored the winner and Sam Pike put it away in the second half. "
                 "Dover allowed only one shot on goal and converted half of its four chances.")
    assert ms and all(m.speaker is None for m in ms)


def test_posted_bond_is_no_report() -> None:
    ms = figures("The two harbour guards each posted $5,000 bond on Tuesday.")
    assert [m.value for m in ms] == [5000]
    assert ms[0].speaker is None


def test_as_he_put_it_still_reports() -> None:
    ms = figures("As the harbour chief put it, 300 boats left the bay.")
    assert ms and ms[0].speaker is not None and ms[0].speaker.text == "the harbour chief"


# a wire dateline is no place of the act


def test_a_dateline_is_no_list_label() -> None:
    ms = figures("ALDERTON – Two harbour guards were charged Tuesday with falsifying records.")
    assert [m.value for m in ms] == [2]
    assert ms[0].places == []


def test_a_list_line_keeps_its_label() -> None:
    ms = figures("Toll so far:\n* Aldermouth - 28 people killed")
    assert any("Aldermouth" in m.places for m in ms)


# a subject with "no" denies its verb


def test_no_subject_negates() -> None:
    whats = [c["what"] for c in claims("No harbour checks were conducted for at least eight hours, prosecutors said.")]
    assert whats == ["time not conducted (h)"]


def test_a_plain_measure_is_not_negated() -> None:
    whats = [c["what"] for c in claims("Harbour checks were conducted for at least eight hours, prosecutors said.")]
    assert whats == ["Harbour checks conducted (h)"]


# an aim is no deed


def test_working_to_fill_is_an_aim() -> None:
    whats = [c["what"] for c in claims("The harbour chief said the port is working to fill 300 vacancies.")]
    assert whats == ["vacancies filled (aim)"]


def test_filled_is_done() -> None:
    whats = [c["what"] for c in claims("The harbour chief said the port filled 300 vacancies.")]
    assert whats == ["vacancies filled"]


# a part of a named whole keeps the whole name


def test_part_of_a_named_whole() -> None:
    ms = figures("One Dover share will be worth eight of its New York shares.")
    assert [m.unit for m in ms] == ["New York shares"]


def test_a_dateline_city_is_no_place_of_the_act() -> None:
    ms = figures("WASHINGTON – Two harbour guards were charged Tuesday with falsifying records.")
    assert [m.value for m in ms] == [2]
    assert ms[0].places == []


def test_a_dateline_city_leaves_the_sentence_place() -> None:
    ms = figures("BOSTON – Two harbour guards were charged Tuesday with falsifying records in Dover.")
    assert ms[0].places == ["Dover"]


def test_a_city_later_in_the_lede_is_a_place() -> None:
    ms = figures("Two harbour guards were charged Tuesday in London with falsifying records.")
    assert ms[0].places == ["London"]


def test_working_to_fill_as_a_side_clause_is_an_aim() -> None:
    whats = [c["what"] for c in claims("The harbour chief admitted shortages, telling the council that officials are "
                                       "working to fill 300 vacancies across the port.")]
    assert whats == ["vacancies filled (aim)"]


def test_a_fronted_no_phrase_negates_nothing() -> None:
    ms = figures("No use crying now, the harbour plan was approved in 2014 by 96% of shareholders.")
    assert ms and not any(m.negated for m in ms)
