"""summ54: an item is news, not a feature's scene nor a column's voice, read from the sentence's structure, on made-up
text (a ferry line, an orchard fair): a present-tense narration or a question in the writer's voice that no other
source tells is left out; a dated, counted, attributed or past-tense act, a plan ("is to …"), and a scene another
source tells are kept."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.nlp import get_nlp
from storyline.summary.lead import lead_key
from storyline.summary.newsness import narrated_now, unsupported_scenes

_DAY = dt.date(2022, 9, 14)


def _why(text: str) -> str | None:
    return narrated_now(next(iter(get_nlp()(text).sents)))


def test_present_narration_and_the_writers_voice_read_as_no_news() -> None:
    assert _why("Ines Varga looks at the old ferryman, shakes his hand and laughs.") is not None  # a scene
    assert _why("The island is a long way from the capital.") is not None  # an evaluative copula
    assert _why("The ferry captain seems to touch a nerve.") is not None  # a verb of seeming
    assert _why("Will the island ever get its bridge?") is not None  # a question to the reader


def test_acts_dated_counted_attributed_or_planned_read_as_news() -> None:
    assert _why("The ferry line cut its crossings to the island on Monday.") is None  # past, dated
    assert _why("The ferry line has cut its crossings to the island.") is None  # present perfect
    assert _why("The island loses 40 crossings a week under the new timetable.") is None  # a figure
    assert _why("The ferry line cuts its crossings to the island, its owner says.") is None  # attributed
    assert _why("Ines Varga is to become the ferry line's new director.") is None  # a plan
    assert _why('"The island is a long way from the capital," Varga said.') is None  # a quotation


def test_a_scene_no_other_source_tells_is_left_out_and_one_another_tells_is_kept() -> None:
    feature, wire = story(
        "Ines Varga walks past the empty stalls of the orchard fair and stops at the cider press. "
        "The Brell orchard fair was cancelled on Monday after a storm flattened its tents.",
        "Organisers cancelled the Brell orchard fair on Monday after a storm flattened its tents. "
        "The storm damaged 30 orchards near the town, the council said.", published=_DAY)
    scene, news = feature.sentences[0], wire.sentences[0]
    assert unsupported_scenes([scene, news], [feature, wire]) == [scene]
    assert unsupported_scenes([feature.sentences[1], news], [feature, wire]) == []


def test_a_present_tense_state_the_other_source_tells_too_is_kept() -> None:
    first, second = story(
        "The old Brell ferry remains out of service after its engine failed on Friday.",
        "The old Brell ferry remains out of service, and islanders must travel by the mainland bridge.",
        published=_DAY)
    assert unsupported_scenes([first.sentences[0]], [first, second]) == []  # dated anyway
    assert unsupported_scenes([second.sentences[0]], [first, second]) == []  # the other source tells it


def test_a_story_of_one_report_is_left_alone() -> None:
    (only,) = story("Ines Varga walks past the empty stalls of the orchard fair and stops at the cider press. "
                    "The Brell orchard fair was cancelled on Monday.", published=_DAY)
    assert unsupported_scenes([only.sentences[0]], [only]) == []


def test_a_scene_another_source_tells_does_not_lead() -> None:
    feature, wire = story(
        "The old Brell ferry sits idle at the quay, and islanders wait for the mainland bus.",
        "The old Brell ferry sits idle at the quay while islanders wait for the bus. "
        "The ferry line withdrew its last boat from the Brell crossing on Monday.", published=_DAY)
    scene, news = feature.sentences[0], wire.sentences[1]
    assert unsupported_scenes([scene, news], [feature, wire]) == []  # the other source tells it: shown
    key = lead_key([scene, news], [2, 1], [feature, wire])
    assert max(range(2), key=key) == 1  # the act leads, though more sources tell the scene
