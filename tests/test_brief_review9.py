"""The eighth read of the briefs (issue 12, bench/BRIEF_REVIEW.md, branch read8): four stories no file
names, read as the reviewers will. Rules for what it found: a photographer's credit closes a caption;
a newsletter box and a note about the page are not the story; a demonstrative that opens a quotation
points back; a speaker who "also" said something adds to words given before; a four-word quotation
says little alone; a reporting verb inside a quotation is not its speaker; a sentence goes on after
"Rd." when the next piece opens in lower case; an undated summary sentence keeps its report's order;
a timeline clause inside a quotation opened a sentence before is not cut; one event told by several
reports in different words is one timeline entry; a brief of one story of a cluster file lists only
that story's skipped inputs. Fixtures are written for these tests in the style of wire copy; none
comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Document, Skipped
from storyline.newswriting import caption, page_note, pointer
from storyline.summary.standalone import why_not_alone


def reasons(text: str) -> dict[str, str | None]:
    (a,) = story(text)
    return {s.text: why_not_alone(a, s) for s in a.sentences}


# --- what is not the story ------------------------------------------------------------------------


def test_a_photographers_credit_is_a_caption_and_closes_one() -> None:
    assert caption("(Maria Lopez/Daily Courier)")
    assert caption("(Tom Reed/The Harbour Gazette)")
    assert not caption("The chairman and/or chief executive will decide (and/or delegate).")
    got = reasons("Flowers were left at the gate of 8 Mill Rd. in the harbour area. (Maria Lopez/Daily Courier) "
                  "Over the weekend, neighbours held a vigil at the gate.")
    assert got["Flowers were left at the gate of 8 Mill Rd. in the harbour area."] == \
        "a photo credit follows it (a caption)"
    assert got["Over the weekend, neighbours held a vigil at the gate."] is None


def test_a_newsletter_box_is_furniture() -> None:
    assert pointer("You can unsubscribe at any time.")
    assert pointer("Sign up for the Morning Brief and get the latest news in your inbox.")
    assert pointer("By signing up you agree to receive email alerts from the paper.")
    assert not pointer("The union said members can sign up for the strike fund until Friday.")
    assert not pointer("Customers who want to unsubscribe from the service face a fee, the regulator said.")


def test_a_note_about_the_page_is_not_the_story() -> None:
    assert page_note("June 4, 2012 2:10 p.m.: The agency's director wrote to us to dispute two points in this story.")
    assert page_note("Correction: An earlier version misspelled the mayor's name.")
    assert page_note("This article has been updated to include the council's response.")
    assert not page_note('"There are no villains in this story," the mayor said on Monday.')
    assert not page_note("Update: The council said late Tuesday that the bridge would reopen on Friday.")
    got = reasons("The agency's director wrote to the paper to dispute two points in this story. "
                  "The council voted 7-2 on Monday to close the bridge.")
    assert got["The agency's director wrote to the paper to dispute two points in this story."] == \
        "a note about the page itself (a correction or an editor's note)"


# --- sentences that lean on others ---------------------------------------------------------------


def leads(text: str) -> dict[str, str | None]:
    from storyline.summary.standalone import not_a_lead

    (a,) = story(text)
    return {s.text: not_a_lead(a, s) for s in a.sentences}


def test_a_demonstrative_opening_a_quotation_cannot_lead() -> None:
    text = ("“This breach is further proof that the threats are constant,” said Ann Dale, the party's "
            "security chief. “This week is the busiest of the year,” said Tom Lee, the port's director.")
    got = leads(text)
    assert got["“This breach is further proof that the threats are constant,” said Ann Dale, the party's "
               "security chief."] == "starts with the demonstrative 'this' (inside its opening quotation)"
    assert got["“This week is the busiest of the year,” said Tom Lee, the port's director."] is None  # a time noun
    assert set(reasons(text).values()) == {None}  # both may stand in the account, after its lead


def test_a_speaker_who_also_said_something_cannot_lead() -> None:
    got = leads("The ministry said two bridges were closed. The ministry also said that three people were "
                "hurt in the blast near the depot. Police also found a knife in the car parked near the "
                "station on Friday.")
    assert got["The ministry also said that three people were hurt in the blast near the depot."] == \
        "starts with its speaker's 'also said' (more of what they said before)"
    assert got["Police also found a knife in the car parked near the station on Friday."] is None  # not a report
    assert got["The ministry said two bridges were closed."] is None


def test_the_lead_is_one_that_leans_on_nothing() -> None:
    from storyline.model import SummarySentence
    from storyline.summary.account import arrange

    (a,) = story("“This breach is further proof that the threats are constant,” said Ann Dale, the party's "
                 "security chief. The party was alerted on Tuesday that a fake login page had been set up to "
                 "gather passwords.", published=None)
    chosen = list(a.sentences)
    cited = [SummarySentence(text=s.text, citations=[]) for s in chosen]
    got = arrange(chosen, cited, [a])
    assert got[0].text.startswith("The party was alerted")


def test_a_four_word_quotation_says_little_alone() -> None:
    got = reasons('Then the government in the province fell. "There was a coup," Dale says. '
                  '"The coup left the mills without a buyer for a year," Dale says.')
    assert got['"There was a coup," Dale says.'].startswith("quotes someone in 4 words")
    assert got['"The coup left the mills without a buyer for a year," Dale says.'] is None


def test_a_quotation_whose_only_reporting_verb_is_inside_it_cannot_lead() -> None:
    text = ('"We think it is wrong that officials have reportedly told the press of a theory nobody who knew '
            'them believes." The family said it would not speak again.')
    got = leads(text)
    assert got['"We think it is wrong that officials have reportedly told the press of a theory nobody '
               'who knew them believes."'] == "quotes someone without saying who"
    assert got["The family said it would not speak again."] is None
    got = leads('"We think it is wrong that officials have reportedly told the press of a theory," the '
                'statement said.')
    assert list(got.values()) == [None]


# --- the sentence splitter -----------------------------------------------------------------------


def test_a_sentence_goes_on_after_an_abbreviation_when_the_next_piece_is_lower_case() -> None:
    (a,) = story("The family had listed the house at 8 Mill Rd. in the harbour district for $2 million. "
                 "He grew up on Main St. Then he moved to the U.S. in 2009 and never came back.")
    texts = [s.text for s in a.sentences]
    assert texts[0] == "The family had listed the house at 8 Mill Rd. in the harbour district for $2 million."
    assert any(t.endswith("moved to the U.S. in 2009 and never came back.") for t in texts)


# --- the account's order -------------------------------------------------------------------------


def test_undated_sentences_before_the_first_dated_one_keep_their_reports_order() -> None:
    from storyline.model import Sentence, SummarySentence
    from storyline.summary.account import _Dated, _fill_undated

    def item(i: int, day: dt.date | None) -> _Dated:
        s = Sentence("d", i, 10 * i, 10 * i + 9, f"s{i}", i)
        return _Dated(s, SummarySentence(text=f"s{i}", citations=[]), i, day, None, None)

    items = [item(2, None), item(5, dt.date(2009, 11, 1)), item(8, None), item(1, None)]
    _fill_undated(items)
    assert [d.day for d in items] == [dt.date(2009, 11, 1)] * 4  # before it: with the first dated one


# --- the timeline --------------------------------------------------------------------------------


def test_a_clause_inside_a_quotation_opened_before_is_not_cut() -> None:
    from storyline.timeline import build_timeline

    tl = build_timeline(story('Days before the storm, she made plans.\n"Looking forward to getting together at the '
                              'coast. I am flying out Monday, June 4 [to]Friday, June 8," she wrote in an e-mail to '
                              'friends last Monday.', published=None))
    texts = {e.text for e in tl}
    assert texts == {'"Looking forward to getting together at the coast. I am flying out Monday, June 4 [to]Friday, '
                     'June 8," she wrote in an e-mail to friends last Monday.'}, texts


def test_one_event_told_in_different_words_is_one_entry() -> None:
    from storyline.timeline import build_timeline

    tl = build_timeline(story(
        "Freedonia invaded Sylvania in 1961, a year after the old kingdom collapsed in a civil war.",
        "Sylvania was invaded by Freedonia in 1961 and annexed the following year, a move never recognised abroad.",
        "Freedonia invaded Sylvania in 1961, after the departure of the kingdom's last governor.",
        "Marconia invaded Sylvania in 1961, the historian said, citing letters found in an archive.",
    ))
    rows = [(e.date, sorted(c.doc for c in e.citations)) for e in tl if e.date == "1961"]
    assert ["d0", "d1", "d2"] in [docs for _, docs in rows]
    assert any(docs == ["d3"] for _, docs in rows)  # another invader: one name in common, another event


# --- inputs --------------------------------------------------------------------------------------


def test_a_brief_of_one_story_lists_only_its_own_skipped_inputs() -> None:
    from storyline.pipeline import Story, skipped_of

    docs = [Document(id="bench.jsonl#abc/1", text="x", story="abc"), Document(id="bench.jsonl#abc/3", text="y",
                                                                            story="abc")]
    skipped = [Skipped("bench.jsonl#abc/2", "furniture"), Skipped("bench.jsonl#xyz/1", "furniture"),
               Skipped("notes.txt", "not a report")]
    got = [k.input for k in skipped_of(Story("abc", "", docs), skipped)]
    assert got == ["bench.jsonl#abc/2", "notes.txt"]
    loose = [Document(id="a.txt", text="x"), Document(id="b.txt", text="y")]
    assert skipped_of(Story("story", "", loose), skipped) == skipped  # not a cluster file: every one


def test_a_pair_over_two_paragraphs_is_judged_by_its_opening_sentence() -> None:
    from storyline.model import Sentence
    from storyline.summary.standalone import not_a_lead

    (a,) = story('"We think it is wrong that officials have reportedly told the press of a theory nobody who knew '
                 'them believes."\nThe couple had two sons and a new grandchild.')
    first, second = a.sentences[0], a.sentences[1]
    pair = Sentence(first.doc, first.index, first.start, second.end, a.doc.text[first.start : second.end],
                    first.paragraph)
    assert not_a_lead(a, pair) == "quotes someone without saying who"
