"""An update label whose note tells what the newsroom changed on the page ("Update July 3rd, 8:05AM ET: Added a
chart and a tweet.") is a note about the page, not news: never a summary item, never a timeline entry. An update
that states news ("Update: The council said …") stays. Fixtures are made up for these tests; none comes from the
bench or the unseen pool."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.newswriting import page_note
from storyline.pipeline import same_thing
from storyline.timeline import build_timeline

NOTE = "Update June 4th, 9:10AM ET: Added a chart of the fares and a tweet from the mayor."


def test_an_update_label_telling_an_edit_is_a_page_note() -> None:
    assert page_note(NOTE)
    assert page_note("UPDATE, 4:30 p.m.: Corrected the spelling of the councillor's name.")
    assert page_note("Updated 10.15 BST: This story has been updated with comment from the ministry.")


def test_an_update_stating_news_is_no_page_note() -> None:
    assert not page_note("Update: The council said late Tuesday that the bridge would reopen on Friday.")
    assert not page_note("Update 3pm: The death toll rose to 12, the fire service said.")
    assert not page_note("Updates to the plan: added costs will fall on tenants, the council said.")


def test_an_update_note_is_no_timeline_entry() -> None:
    got = build_timeline(story("The city raised bus fares by 20 percent on Monday, the transit board said. " + NOTE,
                               published=dt.date(2021, 6, 4)), same_thing)
    assert got, "the fare rise is an entry"
    assert not any(e.text.startswith("Update") for e in got), [e.text for e in got]
