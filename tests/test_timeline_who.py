"""Who's who on the timeline (bench/BRIEF_REVIEW.md, "time25"): an entry that names someone by surname only, whom no
earlier entry introduces, gets summary.who's gloss: the report's own words that introduce them, cited, shown under
the line. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Brief, Entity
from storyline.pipeline import _timeline_who, same_thing
from storyline.timeline import build_timeline

NOV = dt.date(2019, 11, 20)

VARGA = ("Owen Varga, a chest doctor at Dunmore Royal Infirmary, studied the case for a year.\n"
         "The patient had slept on a feather pillow for months before the cough began.\n"
         "Varga first saw the patient on Monday, the hospital said.\n"
         "On Tuesday, Varga told the patient to throw the pillow away.")
VARGA_PERSON = Entity("Owen Varga", "person", ["Varga", "Dr. Owen Varga"], ["d0"])


def _timeline() -> tuple[Brief, list[list[tuple[str, str]]]]:
    a = story(VARGA, published=NOV)[0]
    timeline = _timeline_who(build_timeline([a], same_thing), [a], [VARGA_PERSON])
    brief = Brief("s", "t", 200, [a.doc], timeline=timeline, entities=[VARGA_PERSON])
    return brief, [[(g.name, g.text) for g in e.who] for e in timeline]


def test_a_surname_no_earlier_entry_introduces_is_glossed_once_at_its_first_entry() -> None:
    brief, who = _timeline()
    assert [e.date for e in brief.timeline] == ["2019-11-18", "2019-11-19"]
    assert who == [[("Varga", "Owen Varga, a chest doctor at Dunmore Royal Infirmary")], []]
    g = brief.timeline[0].who[0].citation
    assert brief.documents[0].text[g.start:g.end] == brief.timeline[0].who[0].text and g.doc == "d0"


def test_an_entry_that_writes_the_full_name_gets_no_gloss() -> None:
    a = story("Owen Varga, a chest doctor, first saw the patient on Monday. Varga saw him again on Tuesday.",
              published=NOV)[0]
    timeline = _timeline_who(build_timeline([a], same_thing), [a], [VARGA_PERSON])
    assert [[g.name for g in e.who] for e in timeline] == [[], []]


def test_the_timeline_gloss_is_shown_in_markdown_html_and_json_and_comes_back_from_the_store() -> None:
    import storyline.render  # noqa: F401  (registers the renderers)
    from storyline.store.records import brief_from_dict

    brief, _ = _timeline()
    md = brief.to_markdown()
    assert "  - *Varga:* Owen Varga, a chest doctor at Dunmore Royal Infirmary [1]" in md.split("## Timeline")[1]
    html = brief.to_html()
    line = html.split('<ol class="timeline">')[1].split("</ol>")[0]
    assert '<p class="who"><em>Varga:</em> Owen Varga, a chest doctor at Dunmore Royal Infirmary' in line
    g = brief.timeline[0].who[0].citation
    assert f'href="#d1-{g.start}-{g.end}"' in html and f'id="d1-{g.start}-{g.end}"' in html  # the link's passage
    d = brief.to_dict()
    assert d["timeline"][0]["who"][0]["name"] == "Varga" and "who" not in d["timeline"][1]
    assert brief_from_dict(d).to_dict() == d
