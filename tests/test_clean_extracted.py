"""Cleaning text that an article extractor already chose (an HTML page through trafilatura):
tables, structured lists at the end, and the model's share (storyline.clean.extracted)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.extracted import in_shaped_run, is_table_row, overrule_model_majority, shape
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.model import Document, RawDocument

TITLE = "Doobie Brothers announce 50th anniversary tour of North America"
P1 = ("The Doobie Brothers will mark their 50th anniversary with a tour of North America next summer, "
      "the band said on Monday, with Michael McDonald back in the line-up for the first time in decades.")
P2 = ("The tour opens in June in Pennsylvania and ends in October in Texas, and tickets go on sale to "
      "the public on Friday morning through the venues and the band's website.")
P3 = ("Shares in the retailer fell more than 5 percent on Tuesday after it cut its sales forecast for the "
      "year, while its rival's shares slipped about 1 percent, the exchange said.")
DATES = [
    "June 26 -- PPL Center, Allentown, PA",
    "June 27 -- BB&T Pavilion, Camden, NJ",
    "Aug. 8 -- Hollywood Casino Amphitheatre - Chicago, Tinley Park, IL",
    "Aug. 14 -- Hollywood Casino Amphitheatre – St. Louis, St. Louis, MO",
    "Oct. 10 -- The Cynthia Woods Mitchell Pavilion, Houston, TX",
]
SHORT = "Michael McDonald returns for the anniversary shows"
RELATED = ["Dave Matthews Band takes over Rock Hall Fan Vote", "Santana plays Blossom Music Center in 2019",
           "Parabolic Lightcloud by amigo and amigo"]


def html(text: str) -> Document:
    return clean_document(RawDocument(id="page.html", text=text, source="html"))


def test_table_rows_from_the_extractor_stay() -> None:
    rows = ["| Ticker | Security | Last | Change | Change % |", "|---|---|---|---|---|",
            "| HD | THE HOME DEPOT INC. | 225.86 | -12.99 | -5.44% |",
            "| LOW | LOWE'S COMPANIES INC. | 113.40 | -1.62 | -1.41% |"]
    doc = html("\n".join([TITLE, P3, *rows, P1]))
    kept = doc.text.split("\n")
    assert [r for r in rows if r in kept] == [rows[0], rows[2], rows[3]]  # the header rule has no words
    assert is_table_row(rows[2]) and not is_table_row(rows[1]) and not is_table_row("Home | News | Local")


def test_a_schedule_ending_the_article_stays_and_a_related_box_goes() -> None:
    doc = html("\n".join([TITLE, P1, P2, *DATES]))
    assert all(d in doc.text.split("\n") for d in DATES)
    doc = html("\n".join([TITLE, P1, P2, *RELATED]))
    assert not any(r in doc.text for r in RELATED)
    assert {r.text for r in doc.removed} >= set(RELATED)


def test_shape_is_the_separators_not_the_words() -> None:
    assert {shape(d) for d in DATES} == {"-,"}
    assert shape("October 3 – Phoenix, AZ @ Ak-Chin Pavilion") == shape("October 9 – Irving, TX @ Toyota Music Factory")
    assert shape("- Italy (Group J): 10th appearance") == shape("- Finland (Group J): Zero appearances")
    assert shape("Dave Matthews Band takes over Rock Hall Fan Vote") == ""


def test_a_shaped_run_needs_three_lines_of_words() -> None:
    lines = [Line(d) for d in DATES[:2]] + [Line(P1)]
    assert not in_shaped_run(lines, 0)
    lines = [Line(d) for d in DATES[:3]]
    assert all(in_shaped_run(lines, i) for i in range(3))
    stamps = [Line("2019-11-19T08:57:40+01:00"), Line("2019-11-19T07:23:12+01:00"), Line("2019-11-19T08:57:45+01:00")]
    assert not in_shaped_run(stamps, 1)


def _model_removed(text: str) -> Line:
    return Line(text, reason=Reason.FURNITURE, by_model=True)


def test_the_model_does_not_remove_most_of_an_extracted_text() -> None:
    lines = [Line(P1), Line(P2), Line(P3)] + [_model_removed(f"Meal {i}: 1 cup oats, 1 cup berries") for i in range(30)]
    overrule_model_majority(lines)
    assert all(ln.kept for ln in lines)
    lines = [Line(P1), Line(P2), _model_removed("Popular on the site this week")]
    overrule_model_majority(lines)
    assert not lines[2].kept


def test_an_article_list_keeps_its_repeated_lines_but_a_page_twice_loses_the_copy() -> None:
    plan = ["Meal 1", "Eat every 2-3 hours", "1 scoop oats, 1 cup strawberries", "Meal 2", "Eat every 2-3 hours",
            "Tomato cucumber salad with chicken", "Meal 3", "Eat every 2-3 hours", "Slow cooker beef chili"]
    doc = html("\n".join([TITLE, P1, *plan, P2]))
    assert doc.text.split("\n").count("Eat every 2-3 hours") == 3
    doc = html("\n".join([TITLE, P1, SHORT, P2, P1, SHORT, P2, P3]))
    assert doc.text.split("\n") == [P1, SHORT, P2, P3]


def test_a_page_of_links_keeps_the_model_verdict() -> None:
    links = [_model_removed(f"Section {i} headlines and the latest stories from our newsroom") for i in range(9)]
    lines = [Line(P1), *links]
    overrule_model_majority(lines)
    assert not any(ln.kept for ln in links)  # one paragraph of intro is no article to side with


def test_a_lone_layout_row_of_empty_cells_goes_and_a_tables_group_label_stays() -> None:
    """A layout table's row of empty cells and one short label ("| | home | | | |") is the page's layout, not a
    table's data; a data table's group label with its rows under it stays (inputs46)."""
    layout = "| | portal | | | | |"
    rows = ["| Region | | | |", "| North | 12 | 14 | 15 |", "| South | 9 | 11 | 10 |"]
    doc = html("\n".join([TITLE, "| |", layout, "| |", P1, P2, *rows, P3]))
    kept = doc.text.split("\n")
    assert layout not in kept and (layout, Reason.NAV) in {(r.text, r.reason) for r in doc.removed}
    assert all(r in kept for r in rows)
