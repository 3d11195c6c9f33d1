"""summ43: an update note telling what was added ("Updated at 4:10 p.m. ET with additional comments from …") and a
"Read more about …"/"See more by …" link are notes about the page, no news; a passive verb of scheduling with an
infinitive of the event ("was scheduled to resume at 10 a.m. Monday …") is a schedule note, never shown. Fixtures
are made up (a museum, a court, a council); none comes from the bench or the pools."""

from __future__ import annotations

from conftest import story
from storyline.newswriting import page_note, pointer
from storyline.summary.schedule import schedule_note


def test_an_update_note_telling_what_was_added_is_a_page_note() -> None:
    assert page_note("Updated at 4:10 p.m. ET with additional comments from the museum's director.")
    assert page_note("Updated on Tuesday with a statement from the city council.")
    assert page_note("Updated March 3 to include reaction from the union.")


def test_an_updated_thing_in_the_news_is_no_page_note() -> None:
    assert not page_note("Updated rules for the museum's loans took effect on Monday with little notice.")
    assert not page_note("Updated at dawn, the river gauges showed a rise of two metres.")


def test_read_more_about_and_see_more_by_are_pointers() -> None:
    assert pointer("Read more about heritage policy in the Gazette's Culture Topic Center.")
    assert pointer("See more by Jane Doe on Example.com.")
    assert not pointer("Readers wanted more about the collection, the curator said.")


def _first(text: str) -> bool:
    a = story(text)[0]
    return schedule_note(a, a.sentences[0])


def test_a_scheduled_infinitive_with_a_time_is_a_schedule_note() -> None:
    assert _first("The hearing was scheduled to resume at 10 a.m. Monday via video links with the court.")
    assert _first("The council vote is slated to begin on Thursday morning.")


def test_a_scheduled_infinitive_with_an_object_or_no_time_is_news() -> None:
    assert not _first("The museum was scheduled to return the stolen paintings to Italy on Monday.")
    assert not _first("The hearing was scheduled to resume after the judge recovered.")
    assert not _first("The museum is expected to close its east wing on Monday.")


def test_a_notebook_separator_is_no_part_of_an_item() -> None:
    from storyline.summary import summarise

    text = ("The city library reopened on Monday after a year of repairs to its roof. ...\n"
            "The museum next door added a wing for maps, its director said. ...\n"
            "The council approved a budget of $4 million for the two buildings on Tuesday.")
    got = summarise(story(text))
    assert got, "an account"
    assert not any(s.text.rstrip().endswith(("...", "…")) for s in got), [s.text for s in got]
    assert all(story(text)[0].doc.text[c.start:c.end] == s.text for s in got for c in s.citations[:1])


def test_a_quotation_closed_on_a_comma_keeps_its_speaker() -> None:
    text = ("“I talked to him and told him: ‘Welcome home,’” Rangers chief ranger Tom Hill said. “It’s a kid’s dream"
            " to play first violin in the orchestra of your hometown. It just doesn’t get any better than that.”")
    a = story(text)[0]
    assert not any(s.text.startswith("Rangers chief") for s in a.sentences), [s.text for s in a.sentences]
    assert any(s.text.endswith("‘Welcome home,’” Rangers chief ranger Tom Hill said.") for s in a.sentences)
