"""The date kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time47"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import story, timeline_rows

TUE = dt.date(2011, 3, 15)  # a Tuesday
FRI = dt.date(2011, 3, 18)


def _rows(got: list[tuple[str, bool, bool, str]], opening: str) -> list[tuple[str, bool]]:
    return [(d, f) for d, _, f, t in got if t.startswith(opening)]


def test_a_surname_month_opening_a_clause_is_no_date() -> None:
    # "The bill goes next to …, and May can then invoke Article 50", "But May is preparing to reject the demand" beside
    # "Theresa May" dated May *(expected)*: the month's word is her surname, the subject of its clause
    got = timeline_rows("The rules go next to the league's board for a vote. The board must sign them off, and June "
                        "can then publish them. The club owner Karen June said the clubs were ready. But June "
                        "is preparing to reject the demand, the paper reported.", published=TUE)
    assert not [t for _, _, _, t in got if "June can" in t or "June is" in t], got


def test_a_month_opening_a_clause_stays_a_month_when_no_person_has_that_name() -> None:
    # guard: with no "Karen June" in the text, the month is not taken for a surname
    got = timeline_rows("The rules go next to the league's board for a vote. The board must sign them off, and June "
                        "can then publish them. The club owner Karen Fry said the clubs were ready.", published=TUE)
    assert [d for d, _, _, t in got if "June can" in t] == ["2011-06"], got


def test_a_month_after_in_stays_a_month_beside_a_surname() -> None:
    # guard: "in June" in a text naming Karen June is still the month
    got = timeline_rows("The club owner Karen June said the clubs were ready. The new rules take effect in June, "
                        "the league said.", published=TUE)
    assert [d for d, _, _, t in got if t.startswith("The new rules")] == ["2011-06"], got


def test_the_earliest_weekday_under_a_modal_is_to_come() -> None:
    # "Mr Yee's lawyer … said he could be released as early as Monday." in a Friday's report put on the Monday before
    got = timeline_rows("The curator said the gallery could reopen as early as Monday, after the flood.", published=FRI)
    assert _rows(got, "The curator") == [("2011-03-21", True)], got


def test_a_past_as_early_as_weekday_stays_past() -> None:
    # guard: with no modal, "as early as Monday" tells a past day
    got = timeline_rows("The curator said staff knew of the leak as early as Monday.", published=FRI)
    assert _rows(got, "The curator") == [("2011-03-14", False)], got


def test_the_last_week_of_a_month_is_that_month() -> None:
    # "… now expected in the last week of March." in a March report dated "8 Mar to 14 Mar" (the week before)
    got = timeline_rows("The league has cleared the transfer rules. This means clubs are free to sign players - now "
                        "expected in the last week of April.", published=TUE)
    assert _rows(got, "This means") == [("2011-04-24", True)], got


def test_the_last_week_of_the_reports_month_is_to_come() -> None:
    # "… now expected in the last week of March." in a report of 14 March: its last seven days, still to come
    got = timeline_rows("This means clubs are free to sign players - now expected in the last week of March.",
                        published=TUE)
    assert _rows(got, "This means") == [("2011-03-25", True)], got


def test_the_last_week_of_a_month_gone_by_is_past() -> None:
    # guard: a past verb's "the last week of February" is that February, done
    got = timeline_rows("Ticket sales fell sharply in the last week of February, the club said.", published=TUE)
    assert _rows(got, "Ticket sales") == [("2011-02-22", False)], got


def test_the_last_week_stays_the_week_before() -> None:
    # guard: "last week" with no month after it is still the week before the report
    got = timeline_rows("Ticket sales fell sharply last week, the club said.", published=TUE)
    assert [d for d, _ in _rows(got, "Ticket sales")] == ["2011-W10"], got


def test_a_word_in_capitals_parsed_as_a_verb_cuts_no_clause() -> None:
    # "IS targets in the al-Bab area in January, just weeks after …": the entry cut at "IS" (parsed as "is") from
    # "They carried out their first joint air strikes on IS targets …"
    got = timeline_rows("Despite their rivalry, the two firms have joined forces in recent months. They carried out "
                        "their first joint test flights on IS targets in the Baltic area in January, just weeks after "
                        "securing a pricing deal between pilots and managers that has held in many ports since the end "
                        "of last year.", published=TUE)
    assert [t for _, _, _, t in got if "IS targets" in t and not t.startswith(("They carried", "Despite"))] == [], got
    assert [t for _, _, _, t in got if "IS targets" in t], got


def _spans(got_texts: list[str], opening: str) -> list[tuple[str, str | None, bool]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    entries = build_timeline(story(*got_texts, published=TUE), same_thing)
    return [(e.date, e.end, e.future) for e in entries if e.text.startswith(opening)]


def test_last_fall_dates_the_sentence_not_a_year_inside_it() -> None:
    # "Investigations by the New York Times last fall showed that Trump used a gigantic loss in 1995 …" dated 1995:
    # "last fall" was no date, so the year the finding is about dated the finding
    got = _spans(["An audit by the state comptroller last fall showed that the district lost a large grant in 2004 "
                  "to pay its debts."], "An audit")
    assert got == [("2010-09", "2010-11", False)], got


def test_this_summer_is_the_reports_year_and_to_come() -> None:
    got = _spans(["The zoo will open a new aviary this summer, the director said."], "The zoo")
    assert got == [("2011-06", "2011-08", True)], got


def test_a_fall_that_is_a_drop_is_no_season() -> None:
    # guard: "The last fall in grain prices" is a drop, no autumn
    got = _spans(["The last fall in grain prices hit farmers hard in 2009."], "The last fall")
    assert got == [("2009", None, False)], got


def test_a_month_in_a_chronology_told_in_the_present_is_of_its_year() -> None:
    # "In 2011, as regimes crumble …, Syrians take to the streets … The Syrian government responds with live
    # ammunition, claiming some 400 lives by May." dated "by May 2017 *(expected)*"
    got = _spans(["In 2004, as prices soar across the region, thousands of farmers take to the roads in protest. "
                  "The ministry responds with new subsidies, costing some $4m by May."], "The ministry")
    assert got == [("2004-05", None, False)], got


def test_a_present_plan_after_a_year_told_in_the_past_stays_to_come() -> None:
    # guard: after a year told in the past tense, a present's month is the report's reading
    got = _spans(["In 2004 the cooperative was founded by six farmers. It opens a new shop in May, the chairman "
                  "said."], "In 2004 the cooperative was founded by six farmers. It opens")
    assert got == [("2011-05", None, True)], got
