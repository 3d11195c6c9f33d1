"""summ47: a bare weekday read a week off, by the verb it dates: "said on Monday she would …" dates the saying (the
Monday before, though the parser hangs the day from the reported "would"), and "could be released as early as
Monday" a day that may still come (the Monday after). Fixtures are made up (a town council, a museum); none comes
from the bench or the pools."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

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
