"""summ47: a bare weekday read a week off, by the verb it dates: "said on Monday she would …" dates the saying (the
Monday before, though the parser hangs the day from the reported "would"), and "could be released as early as
Monday" a day that may still come (the Monday after); and one act told by two reports in words that read less alike
(``timeline.alike.LOOSE``) but share its participant and its figure, on one date or one inside the other's period; an
entry opening on a demonstrative and its noun ("That number will double …") carries the sentence before it; a month
word that is a named person's surname before a verb ("May can then invoke …") is no date.
Fixtures are made up (a town council, a museum); none comes
from the bench or the pools."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import timeline_rows
from storyline.timeline import alike

_TUESDAY = dt.date(2021, 6, 15)
_FRIDAY = dt.date(2021, 6, 18)


def test_a_weekday_right_after_a_past_verb_of_saying_dates_the_saying() -> None:
    rows = timeline_rows("The mayor said on Monday she would seek a new vote because the council is dragging the "
                         "town into debt.", published=_TUESDAY)
    assert [(d, future) for d, _, future, _ in rows] == [("2021-06-14", False)]


def test_the_saying_day_does_not_move_the_reports_other_monday() -> None:
    rows = timeline_rows("The treasurer welcomed the council's approval on Monday. The mayor said on Monday she "
                         "would seek a new vote on the budget.", published=_TUESDAY)
    assert {d for d, _, _, _ in rows} == {"2021-06-14"}


def test_a_weekday_inside_the_reported_clause_keeps_its_future() -> None:
    rows = timeline_rows("The mayor said the museum will reopen on Monday after the repairs.", published=_TUESDAY)
    assert [(d, future) for d, _, future, _ in rows] == [("2021-06-21", True)]


def test_a_weekday_under_a_modal_of_possibility_is_to_come() -> None:
    rows = timeline_rows("The curator's lawyer, Ann Grey, said he could be released as early as Monday.",
                         published=_FRIDAY)
    assert [(d, future) for d, _, future, _ in rows] == [("2021-06-21", True)]


def test_a_negated_or_perfect_modal_keeps_the_day_before() -> None:
    rows = timeline_rows("The curator could not attend the museum's board meeting on Monday because of the strike.",
                         published=_FRIDAY)
    assert [d for d, _, _, _ in rows] == ["2021-06-14"]


def test_a_weekday_naming_a_thing_under_a_modal_keeps_the_day_before() -> None:
    rows = timeline_rows("The curator said Tuesday's vote could still help the museum win the grant.",
                         published=_FRIDAY)
    assert [(d, future) for d, _, future, _ in rows] == [("2021-06-15", False)]


_WING = ("The Ghent library reopened its east wing on Monday, its board said, adding that the work had cost "
         "$4.2 million and that the reading room would carry its founder's name.",
         "Flood repairs at the library in Ghent came to $4.2 million, officials announced on Monday.")


def test_one_statement_told_two_ways_with_its_name_and_figure_is_one_entry() -> None:
    assert len(timeline_rows(*_WING, published=_TUESDAY)) == 1


def test_without_the_loose_bar_the_statement_is_two_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alike, "LOOSE", 1.01)
    assert len(timeline_rows(*_WING, published=_TUESDAY)) == 2


def test_two_acts_of_one_day_with_no_figure_in_common_stay_two() -> None:
    rows = timeline_rows(_WING[1], "The Ghent library board said on Monday that 1,200 readers had signed up since the "
                         "reopening of the wing.", published=_TUESDAY)
    assert len(rows) == 2


_FLOOD = ("The Ghent Courier reported last year that the library had lost 12,000 books in the flood, most of them "
          "maps.",
          "In October, the Ghent Courier found that 12,000 of the library's books had been ruined when the river burst "
          "its banks.")


def test_one_act_dated_by_its_year_and_by_its_month_is_one_entry_under_the_month() -> None:
    rows = timeline_rows(*_FLOOD, published=dt.date(2021, 3, 2))
    assert [d for d, _, _, _ in rows] == ["2020-10"]


def test_without_the_loose_bar_the_year_and_the_month_are_two_entries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(alike, "LOOSE", 1.01)
    rows = timeline_rows(*_FLOOD, published=dt.date(2021, 3, 2))
    assert sorted(d for d, _, _, _ in rows) == ["2020", "2020-10"]


def test_an_entry_opening_on_a_demonstrative_and_its_noun_carries_the_sentence_before() -> None:
    rows = timeline_rows("The Ghent library lost 12,000 books in the flood. That number will double by 2022 if the "
                         "roof is not repaired, the board said.", published=_TUESDAY)
    assert [t for _, _, _, t in rows] == ["The Ghent library lost 12,000 books in the flood. That number will double "
                                          "by 2022 if the roof is not repaired, the board said."]


def test_an_entry_opening_on_a_demonstrative_time_stands() -> None:
    rows = timeline_rows("The Ghent library flooded in March. That week the board closed the east wing on Monday.",
                         published=_TUESDAY)
    assert ("2021-06-14", "That week the board closed the east wing on Monday.") in [(d, t) for d, _, _, t in rows]


def test_a_month_word_that_is_a_named_persons_surname_before_a_verb_is_no_date() -> None:
    rows = timeline_rows("Prime Minister Anna June won the vote on Monday. The bill goes next to the King for "
                         "approval, and June can then call the election at any time. June is preparing to reject the "
                         "demand, the Courier reported. The last vote was held in June.",
                         published=dt.date(2021, 3, 16))
    assert sorted(d for d, _, _, _ in rows) == ["2020-06", "2021-03-15"]
