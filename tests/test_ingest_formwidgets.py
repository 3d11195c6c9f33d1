"""A widget with a form among the article's lines (``ingest.formwidgets``, bench/BRIEF_REVIEW.md, "inputs46")."""

from __future__ import annotations

import pytest

from storyline.ingest import formwidgets
from storyline.ingest.markup import markup_hints

LEDE = ("The river burst its banks on Tuesday and flooded the lower town, officials said, and crews worked "
        "through the night to pump the water out.")
P2 = "The council said the flood wall would be finished by the spring, a year later than planned."
ASK = "How High Is Your Water? Check Your Street Now!"
TOOL = "This tool does not replace the advice of the emergency services."


def page(wrap_all_in_form: bool = False) -> str:
    widget = (f'<div class="tool-x"><h4>{ASK}</h4><form><input name="street"><button>Go</button></form>'
              f"<p>{TOOL}</p></div>")
    body = f"<div class='story'><p>{LEDE}</p>{widget}<p>{P2}</p></div>"
    if wrap_all_in_form:
        body = f"<form id='page'><input type='hidden' name='state'>{body}</form>"
    return f"<html><body>{body}</body></html>"


def test_a_forms_box_that_does_not_hold_the_lede_is_a_widget() -> None:
    assert markup_hints(page(), [LEDE, ASK, TOOL, P2]) == {ASK: "furniture", TOOL: "furniture"}


def test_a_page_wrapped_in_one_form_keeps_its_article() -> None:
    hints = markup_hints(page(wrap_all_in_form=True), [LEDE, ASK, TOOL, P2])
    assert LEDE not in hints and P2 not in hints and hints.get(TOOL) == "furniture"


def test_off_the_switch_the_widget_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(formwidgets, "FORM_WIDGETS", False)
    assert markup_hints(page(), [LEDE, ASK, TOOL, P2]) == {}
