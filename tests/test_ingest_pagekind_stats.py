"""A stats post: tables of figures with the writer's notes, noted not skipped (``pagekind``; inputs25)."""

from __future__ import annotations

from storyline.ingest.html import extract_html
from storyline.ingest.pagekind import page_kind

_NOTE = ("<p>The back line held up well against a quick attack, and the two starters at full back played every "
         "minute of the match for the third week running.</p>")


def _rows(n: int) -> str:
    return "".join(f"<tr><td>DF</td><td>Player {chr(65 + i)} Smith</td><td>{60 + i}</td><td>{80 + i}%</td>"
                   f"<td>{i} tackles and one pass defended in coverage</td></tr>" for i in range(n))


def _page(rows: int, notes: int) -> str:
    table = f"<table><tr><th>Pos</th><th>Player</th><th>Plays</th><th>%</th><th>Stats</th></tr>{_rows(rows)}</table>"
    return ("<html><head><title>Rovers' defensive numbers and notes: Week 9</title></head><body><article>"
            "<h1>Rovers' defensive numbers and notes: Week 9</h1>" + _NOTE + table + _NOTE * notes
            + "</article></body></html>")


def test_a_page_mostly_of_table_rows_with_notes_is_a_stats_post() -> None:
    kind = extract_html(_page(12, 3), "p").kind
    assert kind is not None and kind.kind == "stats" and not kind.skip
    assert "table rows" in kind.reason


def test_a_report_with_a_small_table_is_no_stats_post() -> None:
    kind = extract_html(_page(5, 10), "p").kind
    assert kind is None or kind.kind != "stats"
    text = "\n".join(["The council met on Monday and agreed the budget for the coming year after a long debate."] * 20)
    assert page_kind("<html></html>", None, text + "\n| a | 1 |", None, None) is None
