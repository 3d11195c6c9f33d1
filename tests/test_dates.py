"""Date expressions: each form found and resolved, with and without a publication date."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.dates import read_stated_date
from storyline.timeline.expressions import DateExpression, find_dates
from storyline.timeline.resolution import YearHint, resolve

WED = dt.date(2015, 9, 30)  # a Wednesday


def one(text: str) -> DateExpression:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def iso(text: str, published: dt.date | None = WED, hint: YearHint | None = None, future: bool = False) -> str | None:
    value = resolve(one(text), published, hint, future)
    return value.iso() if value else None


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Russia has conducted 112 attacks since Sept. 30.", "Sept. 30"),
        ("On October 7, the minister reported.", "October 7"),
        ("in Paris on Friday 13th November.", "Friday 13th November"),
        ("Since September 2014, a coalition has been hitting targets.", "September 2014"),
        ("the airstrikes on Wednesday had targeted groups", "on Wednesday"),
        ("Yesterday, forces launched attacks.", "Yesterday"),
        ("Russia last week began carrying out airstrikes.", "last week"),
        ("The report is dated 2015-09-30 in the archive.", "2015-09-30"),
        ("It first launched strikes in September at the request of Assad.", "in September"),
        ("The war began in 2011 after protests.", "in 2011"),
        ("The talks ended three days ago without a deal.", "three days ago"),
        ("It happened on the 13th of November in Paris.", "the 13th of November"),
        ("The summit on Sept. 30, 2015 was short.", "Sept. 30, 2015"),
    ],
)
def test_finds_each_form(text: str, phrase: str) -> None:
    assert one(text).text == phrase


def test_no_false_dates() -> None:
    # "Sept" alone is not the 7th; "may" and "march" in lower case are not months; durations are not dates
    assert find_dates("Troops may march on the city for two days; Sept is a word here.") == []
    assert find_dates("He spent more than a year there with 2015 soldiers.") == []


def test_since_and_until_relations() -> None:
    assert one("attacks since Sept. 30 have hit").relation == "since"
    assert one("Shoigu added that from Sept. 30, Russia was able to").relation == "since"
    assert one("the ceasefire holds until October 7 at least").relation == "until"


# --- with a publication date ---------------------------------------------------------------


def test_weekday_on_the_publication_day_is_that_day() -> None:
    assert iso("strikes on Wednesday had targeted groups") == "2015-09-30"


def test_weekday_is_the_most_recent_such_day() -> None:
    assert iso("the general said on Monday") == "2015-09-28"
    assert iso("talks on Thursday ended") == "2015-09-24"
    assert iso("it happened last Wednesday") == "2015-09-23"


def test_weekday_in_the_future() -> None:
    assert iso("they will meet on Friday", future=True) == "2015-10-02"
    assert iso("they meet next Wednesday") == "2015-10-07"


def test_relative_days() -> None:
    assert iso("Yesterday, forces launched attacks.") == "2015-09-29"
    assert iso("today's demarche hardly seems helpful") == "2015-09-30"
    assert iso("the day before yesterday it rained") == "2015-09-28"
    assert iso("the talks ended three days ago") == "2015-09-27"


def test_last_week_is_a_week() -> None:
    value = resolve(one("Russia last week began airstrikes"), WED)
    assert value is not None and value.precision == "week" and value.iso() == "2015-W39"
    assert value.first_day() == dt.date(2015, 9, 21) and value.last_day() == dt.date(2015, 9, 27)
    assert iso("at the United Nations this week") == "2015-W40"


def test_months_and_years() -> None:
    assert iso("launched strikes in September at the request") == "2015-09"
    assert iso("it began last month") == "2015-08"
    assert iso("it began in March") == "2015-03"
    assert iso("Since September 2014, a coalition") == "2014-09"
    assert iso("The war began in 2011 after protests") == "2011"
    assert iso("elections last year") == "2014"


def test_day_and_month_take_the_nearest_year() -> None:
    assert iso("On October 2 the talks open") == "2015-10-02"
    assert iso("On December 25 the church was hit", published=dt.date(2016, 1, 3)) == "2015-12-25"
    assert iso("On October 7, the minister reported.") == "2015-10-07"
    assert iso("the summit on Sept. 30, 2015 was short", published=None) == "2015-09-30"


def test_ranges_keep_both_ends() -> None:
    value = resolve(one("fighting on Sept. 28-30 killed dozens"), dt.date(2015, 10, 1))
    assert value is not None and value.iso() == "2015-09-28" and value.end is not None
    assert value.end.iso() == "2015-09-30"
    value = resolve(one("strikes from Sept. 30 to Oct. 2 hit"), dt.date(2015, 10, 5))
    assert value is not None and value.iso() == "2015-09-30" and value.end is not None
    assert value.end.iso() == "2015-10-02"
    value = resolve(one("between December 30 and January 2 the truce held"), dt.date(2016, 1, 5))
    assert value is not None and value.iso() == "2015-12-30" and value.end is not None
    assert value.end.iso() == "2016-01-02"


def test_day_and_month_of_last_year() -> None:
    assert iso("the plane that crashed on June 1 last year", published=dt.date(2010, 5, 6)) == "2009-06-01"


def test_iso_date() -> None:
    assert iso("dated 2015-09-30 in the archive", published=None) == "2015-09-30"


# --- without a publication date -------------------------------------------------------------


def test_relative_dates_need_a_publication_date() -> None:
    hint = YearHint(published=[WED])
    for text in ("on Wednesday", "Yesterday, they said", "Russia last week began", "three days ago"):
        assert resolve(one(text), None, hint) is None, text


def test_year_inferred_from_the_story() -> None:
    hint = YearHint(published=[WED])
    value = resolve(one("attacks since Sept. 30"), None, hint)
    assert value is not None and value.iso() == "2015-09-30" and value.year_inferred
    assert value.basis and "publication" in value.basis
    assert iso("On October 7, he reported", published=None, hint=hint) == "2015-10-07"
    assert iso("launched strikes in September at", published=None, hint=hint) == "2015-09"


def test_year_inferred_from_a_nearby_date_only() -> None:
    value = resolve(one("On October 7, he reported"), None, YearHint(nearby=[dt.date(2013, 9, 30)]))
    assert value is not None and value.iso() == "2013-10-07" and value.year_inferred
    assert value.basis and "sentence" in value.basis
    # a date with a year elsewhere in the story is weak evidence: the year stays unknown
    assert iso("On October 7, he reported", published=None, hint=YearHint(explicit=[dt.date(2015, 10, 1)])) == (
        "--10-07"
    )
    # a nearby date decades away does not lend its year either
    assert iso("On October 7, he reported", published=None, hint=YearHint(nearby=[dt.date(1973, 5, 1)])) == (
        "--10-07"
    )


def test_weekday_picks_the_year() -> None:
    # Friday 13 November: 2015 fits, 2014 and 2016 do not
    hint = YearHint(published=[dt.date(2015, 9, 30)])
    assert iso("in Paris on Friday 13th November.", published=None, hint=hint) == "2015-11-13"
    # no year near the story has that weekday: the year stays unknown
    far = YearHint(published=[dt.date(2014, 3, 1)])
    assert iso("in Paris on Friday 13th November.", published=None, hint=far) == "--11-13"


def test_unknown_year_is_kept_unknown() -> None:
    assert iso("attacks since Sept. 30", published=None) == "--09-30"
    assert iso("launched strikes in September at", published=None) == "--09"
    far = YearHint(published=[dt.date(2010, 4, 15)], explicit=[])  # Oct. 7 is 190 or 175 days away
    value = resolve(one("On October 7, he reported"), None, YearHint(published=[dt.date(2015, 9, 30)]))
    assert value is not None and value.year == 2015
    assert iso("On October 7, he reported", published=None, hint=far) == "--10-07"


# --- the shared date reader (storyline.dates) --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("September 30, 2015", None, ("2015-09-30", "day")),
        ("30 Sept. 2015 10:32 EDT", None, ("2015-09-30", "day")),
        ("September 2015", None, ("2015-09", "month")),  # a month, never the 1st of September
        ("September 30", None, None),  # no year and nothing to read it against
        ("September 30", WED, ("2015-09-30", "day")),
        ("30.09.2015", None, ("2015-09-30", "day")),  # dotted: day first
        ("09/30/2015", None, ("2015-09-30", "day")),  # 30 cannot be a month
        ("03/04/2015", None, ("2015", "year")),  # which is the month? only the year is sure
        ("July 4, 1776", None, None),  # outside the plausible years
        ("yesterday", WED, None),
    ],
)
def test_read_stated_date_states_only_what_the_text_states(
    text: str, base: dt.date | None, expected: tuple[str, str] | None
) -> None:
    got = read_stated_date(text, base=base)
    if expected is None:
        assert got is None
        return
    assert got is not None
    shown = {"day": got.date.isoformat(), "month": got.date.isoformat()[:7], "year": str(got.date.year)}
    assert (shown[got.precision], got.precision) == expected


def test_number_words_count_in_ago_expressions() -> None:
    assert iso("The dam was built twenty years ago, officials said.") == "1995"
    assert iso("The plant closed fifteen days ago.") == "2015-09-15"


# --- dates as people write them ------------------------------------------------------------


@pytest.mark.parametrize(
    ("iso_text", "shown"),
    [
        ("2015-09-30", "30 Sep 2015"),
        ("2015-W40", "week of 28 Sep 2015"),
        ("2015-09", "September 2015"),
        ("2015", "2015"),
        ("--09-30", "30 Sep (year unknown)"),
        ("--09", "September (year unknown)"),
        ("2016-W01", "week of 4 Jan 2016"),
        ("not a date", "not a date"),
        ("2015-13", "2015-13"),
    ],
)
def test_readable_dates(iso_text: str, shown: str) -> None:
    from storyline.dates import readable

    assert readable(iso_text) == shown


def test_timeline_labels_read_as_people_write_them() -> None:
    from storyline.model import TimelineEntry
    from storyline.render.common import date_label

    week = TimelineEntry("2015-W40", "t", [], "week", "last week")
    assert date_label(week) == "week of 28 Sep 2015"
    total = TimelineEntry("2015-09-30", "t", [], "day", "since Sept. 30", relation="since", year_inferred=True)
    assert date_label(total) == "since 30 Sep 2015 (year inferred)"
    span = TimelineEntry("2015-09-28", "t", [], "day", "Sept. 28-30", end="2015-09-30")
    assert date_label(span) == "28 Sep 2015 to 30 Sep 2015"


_FORMS_TEXT = (
    "On 2015-09-30 the court sat. Sept. 28-30, 2015 and 30 September 2014 were busy; so was September 2013, "
    "and in September, in 1998, on Wednesday morning, yesterday, the day before yesterday, last night, this "
    "evening, tonight, tomorrow, last week, over the past month, three days ago and 10 years ago. From 1976 to "
    "1983, between Sept. 11, 1973, the year he seized power, and Dec. 31, 1983. Mid-May, late June, by 2020, "
    "until Friday, since early March, next year, Tues. 4 Aug."
)


def test_the_needed_words_filter_finds_the_same_dates(monkeypatch: pytest.MonkeyPatch) -> None:
    """``_NEEDS`` only skips patterns that cannot match: the same expressions with every pattern run."""
    from pathlib import Path

    from storyline.timeline import expressions

    root = Path(__file__).resolve().parents[1]
    texts = [_FORMS_TEXT, *(p.read_text("utf-8") for p in sorted((root / "examples").rglob("*.txt")))]
    texts += [line for t in texts for line in t.splitlines() if line.strip()]  # the lines, as paragraphs
    filtered = [find_dates(t) for t in texts]
    monkeypatch.setattr(expressions, "_NEEDS", dict.fromkeys(expressions._NEEDS, ("",)))
    assert [find_dates(t) for t in texts] == filtered
    assert len(filtered[0]) >= 20  # every form is in the first text
    assert {e.form for e in filtered[0]} >= {"iso", "month_day", "day_month", "month_year", "month", "year",
                                             "weekday", "relative_day", "period", "ago"}
