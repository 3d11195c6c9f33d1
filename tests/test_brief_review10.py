"""The eighth round on the summary and timeline (issue 12, bench/BRIEF_REVIEW.md, branch brief8): what the
seventh and eighth reads left. A date a report gives for something still to come (a present progressive
arrangement, "I am coming south Monday, December 18 [to] Friday, January 12", or "will") is marked
"(expected)", not shown as an event that happened; year-unknown months that fit in a few months round a
year's end run October, December, January; a headline a photo credit was joined to still titles an
untitled report; a present-tense sentence of an undated report that ends on a bare full date is a
caption; "is in talks to be acquired" is stale beside another report's "agreed to be sold". Fixtures
are written for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Brief, Citation, Document, TimelineEntry
from storyline.render import render_html, render_markdown
from storyline.timeline import build_timeline

# --- plans are not events ----------------------------------------------------------------------------


def test_a_present_progressive_arrangement_is_planned() -> None:
    tl = build_timeline(story('Days before the storm, she was making plans.\n"Looking forward to the coast. I am '
                              'flying out Monday, June 4 [to]Friday, June 8," she wrote in an e-mail to friends.',
                              "Lena Ortiz last saw the couple on May 2 at a concert in the old harbour hall.",
                              published=None))
    got = {e.date: e.future for e in tl}
    assert got == {"--06-04": True, "--06-08": True, "--05-02": False}, got


def test_a_progressive_of_the_reports_own_day_is_news_and_a_later_one_a_plan() -> None:
    tl = build_timeline(story("Thousands of teachers are marching through the capital on March 11, the union said. "
                              "The union's leaders are meeting the education minister on March 14 to press "
                              "their demands.", published=dt.date(2019, 3, 11)))
    got = {e.date: e.future for e in tl}
    assert got == {"2019-03-11": False, "2019-03-14": True}, got


def test_a_plan_and_a_past_event_of_the_same_sentence_keep_their_own_tenses() -> None:
    tl = build_timeline(story("The mayor, who opened the new bridge on February 20, is visiting the flooded "
                              "district on March 15 with the regional governor.", published=dt.date(2019, 3, 11)))
    got = {e.date: e.future for e in tl}
    assert got.get("2019-03-15") is True and got.get("2019-02-20") is not True, got


def _brief(entry: TimelineEntry) -> Brief:
    doc = Document(id="a.txt", text=entry.text, title="A")
    return Brief(story_id="s", title="T", words=100, documents=[doc], timeline=[entry])


def test_a_planned_entry_says_so_in_markdown_and_html() -> None:
    text = "The minister will visit the port on May 3."
    planned = TimelineEntry("2024-05-03", text, [Citation("a.txt", 0, len(text))], "day", "on May 3", future=True)
    md = render_markdown(_brief(planned))
    assert "- 3 May 2024 *(expected)* — The minister will visit" in md, md
    assert "(expected)" in render_html(_brief(planned))
    past = TimelineEntry("2024-05-03", text, [Citation("a.txt", 0, len(text))], "day", "on May 3")
    assert "(expected)" not in render_markdown(_brief(past)) and "(expected)" not in render_html(_brief(past))


# --- months over a year's end --------------------------------------------------------------------------


def test_year_unknown_months_run_over_a_years_end() -> None:
    tl = build_timeline(story(
        "The couple were last seen in public on Oct. 28 at a charity concert in the old harbour hall.",
        "Neighbours said the house was put up for sale on Dec. 4 for the first time in 30 years.",
        "The police said on Jan. 9 that the inquiry had been handed to the homicide squad.",
        published=None))
    assert [e.date for e in tl] == ["--10-28", "--12-04", "--01-09"], [e.date for e in tl]


def test_year_unknown_months_spread_over_the_year_keep_the_calendars_order() -> None:
    tl = build_timeline(story(
        "The first shipment of grain left the northern port on Feb. 3 after a week's delay.",
        "A second shipment of grain left the northern port on May 19 after the river thawed.",
        "The last shipment of grain left the northern port on Sept. 30 before the autumn storms.",
        published=None))
    assert [e.date for e in tl] == ["--02-03", "--05-19", "--09-30"], [e.date for e in tl]


# --- an untitled report's headline above a photo credit --------------------------------------------


def _clean(text: str) -> Document:
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    return clean_document(RawDocument(id="x", text=text, source="text"))


BODY = ("Federal agents searched the Brannock Harbour Works on Tuesday over timber the company imported "
        "from abroad, the company's lawyer said in a statement.\n"
        "The company said its timber was bought legally and that the works would stay open while the "
        "inquiry goes on, and that it would cooperate with the agents.\n")


def test_a_headline_joined_to_the_photo_credit_under_it_is_the_title() -> None:
    head = "Why Federal Agents Searched The Brannock Harbour Works"
    doc = _clean(f"{head}\ni itoggle caption Anna Reyes/The Harbour Gazette/Wire Photos\n{BODY}")
    assert doc.title == head, doc.title
    assert doc.text.startswith("Federal agents searched")


def test_a_caption_above_its_credit_is_no_title() -> None:
    for line in ("Agents carry boxes out of the harbour works on Tuesday",  # a caption: sentence case
                 "Brannock Harbour Works Tuesday Morning"):  # names, no function word
        doc = _clean(f"{line}\ni itoggle caption Anna Reyes/The Harbour Gazette/Wire Photos\n{BODY}")
        assert doc.title in ("", None), (line, doc.title)


# --- an undated report's caption ------------------------------------------------------------------------


def test_an_undated_reports_caption_ends_on_its_date() -> None:
    from storyline.summary.standalone import why_not_alone

    def first(text: str) -> str | None:
        (a,) = story(text + " The council met for three hours on the plan.", published=None)
        return why_not_alone(a, a.sentences[0])

    assert first("Harbour master Anna Reyes inspects a damaged crane at the old port in Aldermouth "
                 "March 15, 2019.") is not None
    assert first("Mayor Anna Reyes speaks to reporters outside city hall in Aldermouth, March 15, 2019.") is not None
    assert first("Mayor Anna Reyes travels to the flooded district on March 15, 2019.") is None  # a scheduled visit
    assert first("The council meets again in the spring, its clerk wrote in a note dated March 15, 2019.") is None
    assert first("Harbour master Anna Reyes inspected a damaged crane in Aldermouth March 15, 2019.") is None  # past


def test_an_undated_reports_caption_is_marked_in_the_timeline() -> None:
    tl = build_timeline(story("Harbour master Anna Reyes inspects a damaged crane at the old port in Aldermouth "
                              "March 15, 2019. The port reopened to ships a week later, the authority said.",
                              published=None))
    assert [e.caption for e in tl if e.date == "2019-03-15"] == [True], tl


# --- a stale "in talks" beside its outcome -----------------------------------------------------------


def test_in_talks_beside_the_reported_outcome_is_stale() -> None:
    from storyline.summary.config import DEFAULT
    from storyline.summary.rank import _leaning

    analyses = story(
        "The owner of the Aldermouth Grain Exchange is in talks to be acquired by a young trading "
        "platform, according to people briefed on the matter. The exchange has lost business for years.",
        "The Aldermouth Grain Exchange, the port's market for two centuries, agreed to be sold to a trading "
        "platform for $2 billion. The deal needs the regulator's approval.",
        "Brannock Freight is in talks to be acquired by a rival, its chief executive said on Monday.")
    sents = [s for a in analyses for s in a.sentences]
    hidden = {sents[i].text for i in _leaning(analyses, sents, list(range(len(sents))), DEFAULT)}
    assert any(t.startswith("The owner of the Aldermouth Grain Exchange is in talks") for t in hidden), hidden
    assert not any(t.startswith("Brannock Freight") for t in hidden), hidden  # no shared name: not its outcome
    assert not any(t.startswith("The Aldermouth Grain Exchange, the port's") for t in hidden), hidden


def test_in_talks_with_no_outcome_stays() -> None:
    from storyline.summary.config import DEFAULT
    from storyline.summary.rank import _leaning

    analyses = story(
        "The owner of the Aldermouth Grain Exchange is in talks to be acquired by a young trading platform.",
        "The Aldermouth Grain Exchange reported higher profits for the year, its chairman said.")
    sents = [s for a in analyses for s in a.sentences]
    assert not _leaning(analyses, sents, list(range(len(sents))), DEFAULT)


def test_a_narrative_present_is_no_plan() -> None:
    tl = build_timeline(story("Nov. 8, 1994, Aldermouth _ Dr. Anna Reyes is eating breakfast in her kitchen when "
                              "two bullets crash through the window.",
                              "Courage is marching across the old harbour bridge in Aldermouth in 1965, the "
                              "museum's new exhibition says.", published=None))
    assert tl and not any(e.future for e in tl), [(e.date, e.future) for e in tl]
