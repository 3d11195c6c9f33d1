"""ents54: a month's word that is the surname of a person the text names is no date (made-up text)."""

from __future__ import annotations

from storyline.timeline.expressions import find_dates

_TEXT = ("Health Minister Karen June will publish the plan next week. Ms June's office said the plan was ready. "
         "Critics of June's plan say it came too late. The plan was first drafted in June.")


def _spans(text: str, word: str) -> list[tuple[int, int]]:
    out, i = [], text.find(word)
    while i >= 0:
        out.append((i, i + len(word)))
        i = text.find(word, i + 1)
    return out


def test_a_surname_month_with_a_possessive_is_no_date() -> None:
    found = find_dates(_TEXT, _spans(_TEXT, "June"))
    assert [e.text for e in found if "June" in e.text] == ["in June"]


def test_a_month_is_a_month_when_no_one_bears_it() -> None:
    text = "Critics of June's figures say sales fell. Ms Ruiz said June's drop was the worst since 2009."
    found = find_dates(text, _spans(text, "June"))
    assert [e.text for e in found if "June" in e.text] == ["June", "June"]
