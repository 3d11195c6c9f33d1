"""The fourth new user's walk (ux13), brief and command line: what a person saw that the page or the
message did not make clear. Each test fails on the code before it (main at bd0d90c0)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from storyline.cli import main
from storyline.model import Brief, ClaimGroup, ClaimMention, Document, PlaceRow
from storyline.render import render
from storyline.render.map import render_map

TEXT = "Officials said 40 people were moved from the harbour district on Tuesday, and 45 more on Wednesday."


def _mention(doc: str, value: int) -> ClaimMention:
    return ClaimMention(doc=doc, start=15, end=24, text=f"{value} people", value=value, low=value, high=value,
                        qualifier=None, unit="people", speaker="Officials", event=None, place=[], time=[],
                        vague=False)


def _brief(title: str = "Report 1", reports: int = 2) -> str:
    docs = [Document(id=f"r{i}", text=TEXT, title=title if i == 1 else f"Report {i}", outlet="Wire")
            for i in range(1, reports + 1)]
    claims = [ClaimGroup(id="c1", what="people moved", verdict="differ", independent_sources=1,
                         mentions=[_mention("r1", 40), _mention("r1", 45)], event=None, place=[]),
              ClaimGroup(id="c2", what="people moved again", verdict="single", independent_sources=1,
                         mentions=[_mention(docs[-1].id, 40)], event=None, place=[])]
    return render(Brief(story_id="s", title="Harbour", words=100, documents=docs, claims=claims), "html")


def test_the_fold_says_which_of_its_rows_one_report_disagrees_on() -> None:
    """A Multi-News story's fold read "21 claims from a single independent source" beside the filter's
    "single 20": its one row of verdict differ (figures that differ within one report) was unexplained."""
    page = _brief()
    assert ("2 claims from a single independent source (1 of them marked differ: it disagrees within one "
            "report)") in page


def test_the_source_filter_cuts_a_long_title_at_a_word_end() -> None:
    """The source list cut titles inside a word with no sign of it ("[2] WW3 Seethes In Syria: Russia Heads On
    Syrian Ground, Jets Cut Off US D")."""
    title = "WW3 Seethes In Syria: Russia Heads On Syrian Ground, Jets Cut Off US Drones Over Latakia"
    option = re.search(r'<option value="1">(.*?)</option>', _brief(title))
    assert option is not None
    assert option.group(1) == "[1] WW3 Seethes In Syria: Russia Heads On Syrian Ground, Jets Cut Off US… (Wire)"


def test_each_verdict_radio_names_its_group_for_a_screen_reader() -> None:
    """A screen reader heard "all 24, radio button", "contested 1, radio button": the word "verdict" was
    text beside them, not part of their names."""
    page = _brief()
    assert 'id="cf-all" class="cf-radio" checked aria-label="verdict: all (2 claims)"' in page
    assert 'id="cf-differ" class="cf-radio" aria-label="verdict: differ (1 claim)"' in page


def test_a_story_of_one_report_has_no_filters_that_filter_nothing() -> None:
    """A one-report story's claims showed "verdict (all 5) (single 5)" and a source list of "every source"
    and its one report: controls that change nothing."""
    docs = [Document(id="r1", text=TEXT, title="Report 1", outlet="Wire")]
    claims = [ClaimGroup(id=f"c{i}", what=f"people moved {i}", verdict="single", independent_sources=1,
                         mentions=[_mention("r1", 40 + i)], event=None, place=[]) for i in (1, 2)]
    page = render(Brief(story_id="s", title="Harbour", words=100, documents=docs, claims=claims), "html")
    section = page.split('<section id="claims">')[1].split("</section>")[0]
    assert "2 claims from a single independent source" in section
    assert 'class="cf-radio"' not in section and "cf-bar" not in section and 'id="cf-source"' not in section
    two = _brief(reports=2)
    assert 'id="cf-single" class="cf-radio"' in two and 'id="cf-source"' in two


def test_the_closer_maps_caption_names_each_place_once() -> None:
    """The caption of a Syria story's closer map read "… Homs, Hama, Talbiseh, Homs, Aleppo, Idlib, Idlib …":
    a city and its region of one name, said twice with nothing to tell them apart."""
    places = [PlaceRow("Homs", 34.73, 36.72, "city", ["a"], 5, "SY"),
              PlaceRow("Homs", 34.9, 37.2, "region", ["a"], 2, "SY", extent_km=80),
              PlaceRow("Hama", 35.13, 36.75, "city", ["a"], 3, "SY"),
              PlaceRow("Aleppo", 36.2, 37.15, "city", ["a"], 3, "SY"),
              PlaceRow("Cairo", 30.04, 31.24, "city", ["a"], 2, "EG"),
              PlaceRow("Baghdad", 33.3, 44.4, "city", ["a"], 2, "IQ"),
              PlaceRow("Tehran", 35.7, 51.4, "city", ["a"], 2, "IR")]
    caption = re.search(r"<figcaption[^>]*>(.*?)</figcaption>", render_map(places))
    assert caption is not None
    assert "a closer view of Homs (city), Hama, Homs (region), Aleppo." in caption.group(1)
    assert "the list below names them too" in caption.group(1)  # not only "hover": a phone cannot


def test_story_not_found_in_an_input_of_one_story_says_to_leave_it_out(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """``brief FOLDER --story 99`` on one story said "its 1 story is, largest first:" above "  story  6
    reports  Fire guts …": the id ``story`` read as a word, and no word that --story was not needed."""
    (tmp_path / "a.txt").write_text("Harbour fire\n\n" + TEXT + "\n", encoding="utf-8")
    assert main(["brief", str(tmp_path), "--story", "99", "-q"]) == 2
    err = capsys.readouterr().err
    assert ("no story with id 99 in the input; it holds one story (1 report), the one used when --story is "
            "left out") in err
    assert "largest first" not in err
