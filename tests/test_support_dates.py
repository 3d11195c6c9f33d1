"""The judge's clock and calendar conflicts found by made pairs (scripts/support_synthetic.py): a time on the
hour ("9 p.m.") is a clock time, and two days of one month are two dates. (Fixtures written for these tests.)"""

from __future__ import annotations

from storyline import support as S
from storyline.nlp import get_nlp


def _read(text: str) -> S.Reading:
    return S.read(get_nlp()(text))


def test_a_time_on_the_hour_is_a_clock_time() -> None:
    s = _read("The ferry to Varnholm left the harbour at 9 p.m. with 40 passengers aboard.")
    assert S.figure_check(s, _read("The ferry to Varnholm left the harbour at 11 p.m. with 40 passengers aboard."))\
        == "differ"
    assert S.figure_check(s, _read("The ferry to Varnholm left the harbour at 9pm with 40 passengers aboard.")) is None
    assert S.figure_check(s, _read("At 9:00 p.m. the ferry to Varnholm left with 40 passengers.")) is None
    assert _read("It opens at 12 a.m.").times == frozenset({0}) and _read("It opens at 12 p.m.").times == {720}


def test_a_time_on_the_hour_keeps_a_cited_copy_out() -> None:
    s = "The ferry to Varnholm left the harbour at 9 p.m. with 40 passengers aboard, the operator said."
    v = S.supports(s, "The ferry to Varnholm left the harbour at 11 p.m. with 40 passengers aboard.")
    assert not v.supports and v.reason == "figures differ"


def test_two_days_of_one_month_are_two_dates() -> None:
    s = _read("The library in Eastmouth reopened on Jan. 24 after a year of repairs.")
    assert S.context_check(s, _read("The library in Eastmouth reopened on Jan. 23 after a year of repairs.")) == "date"
    assert S.context_check(s, _read("On 24 January the Eastmouth library reopened after repairs.")) is None
    assert S.context_check(s, _read("The library in Eastmouth reopened on Monday after repairs.")) is None
    # a day the passage shares is enough (a second date is background)
    assert S.context_check(s, _read("Closed on Jan. 3 last year, the library reopened on January 24th.")) is None
    # another month is the month rule's, a year alone no date
    assert S.context_check(s, _read("The library reopened on Feb. 24 after repairs.")) == "month"
    assert _read("The library opened in January 2019.").dates == frozenset()
    assert _read("It reopened on the 24th of January.").dates == frozenset({(1, 24)})


def test_exact_figures_of_one_thing_must_pair_off() -> None:
    # a wide figure ("hundreds of …") does not stand in for an exact one that disagrees
    s = _read("Crews evacuated about 300 residents from the valley, where hundreds of residents own farms.")
    p = _read("Crews evacuated about 420 residents from the valley, where hundreds of residents own farms.")
    assert S.figure_check(s, p) == "differ"
    # two figures of one thing against two: each must meet its own
    two = _read("The final drew nearly 4.2 million viewers, while the semi-final averaged more than 4 million viewers.")
    other = _read("The final drew nearly 7.2 million viewers, while the semi-final averaged more than 4 million"
                  " viewers.")
    assert S.figure_check(two, other) == "differ"
    # the same figures, one of them said twice, or in other words, still agree
    assert S.figure_check(s, _read("About 300 residents were evacuated; the 300 residents own farms.")) is None
    assert S.figure_check(two, _read("Nearly 4.2 million viewers watched the final.")) != "differ"
