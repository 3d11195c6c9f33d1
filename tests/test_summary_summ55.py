"""summ55: the news is what most reports open with, on made-up text (an island's ferry-line vote): an item other
voices open with counts them toward the lead, an opening votes for no item of a report filed before it, and a
report's set-up filed before the result does not lead."""

from __future__ import annotations

import datetime as dt

from storyline.analyse import analyse
from storyline.model import Analysis, Document
from storyline.summary.lead import choose_lead, lead_key
from storyline.summary.openings import opening_voices

_SUNDAY, _MONDAY = dt.date(2022, 5, 8), dt.date(2022, 5, 9)


def _ferry(preview_day: dt.date = _SUNDAY) -> list[Analysis]:
    """Three newsrooms: one report filed before the count, two after it."""
    return analyse([
        Document(id="d0", title="Polls close on Orla island", published=preview_day, outlet="isle.example",
                 text="Polls closed on Orla island on Sunday evening after a day of voting on the ferry line. "
                      "Islanders were voting on whether to sell the Orla ferry line to a Baltic shipping firm."),
        Document(id="d1", title="Orla island sells its ferry line to a Baltic firm", published=_MONDAY,
                 outlet="coast.example",
                 text="Islanders on Orla have voted to sell their ferry line to a Baltic shipping firm, the island "
                      "council said on Monday. The firm will run four crossings a day from June."),
        Document(id="d2", title="Orla votes to sell ferry line", published=_MONDAY, outlet="harbour.example",
                 text="The people of Orla island backed the sale of the island's ferry line to a Baltic shipping "
                      "firm in Sunday's vote. Turnout was 71 percent."),
    ])


def test_an_item_other_voices_open_with_has_their_voices() -> None:
    ferry = _ferry()
    result, closed = ferry[1].sentences[0], ferry[0].sentences[0]
    voices = opening_voices([result, closed], ferry)
    assert voices[0] == {"d2"}  # d2's title and lede tell the sale; d1's own voice is not counted
    assert voices[1] == frozenset()  # no report opens with the polls closing


def test_an_opening_votes_for_no_item_of_a_report_filed_before_it() -> None:
    preview = _ferry()[0].sentences[1]  # "Islanders were voting on whether to sell …" (Sunday)
    assert opening_voices([preview], _ferry())[0] == frozenset()  # Monday's ledes tell what became of it
    same_day = _ferry(_MONDAY)
    assert opening_voices([same_day[0].sentences[1]], same_day)[0]  # filed the same day, they vote for it


def test_the_result_most_reports_open_with_leads_over_a_set_up_filed_before_it() -> None:
    ferry = _ferry()
    chosen = [ferry[0].sentences[0], ferry[1].sentences[1], ferry[2].sentences[1], ferry[1].sentences[0]]
    cited = [[s.doc] for s in chosen]
    key = lead_key(chosen, [1] * len(chosen), ferry, cited)
    assert key(3) > key(0)
    lead = choose_lead(chosen, [1] * len(chosen), ferry, lambda k: (), lambda s: True, 3, cited)
    assert chosen[lead] is ferry[1].sentences[0]  # the result, ranked fourth, leads


def test_a_sentence_more_reports_cite_but_none_opens_with_does_not_lead_from_below_the_few() -> None:
    ferry = _ferry()
    voting = ferry[0].sentences[1]  # "Islanders were voting on whether to sell …", cited by two, opened with by none
    chosen = [ferry[0].sentences[0], ferry[1].sentences[1], ferry[2].sentences[1], voting]
    cited = [[s.doc] for s in chosen[:3]] + [["d0", "d2"]]
    lead = choose_lead(chosen, [1, 1, 1, 2], ferry, lambda k: (), lambda s: True, 3, cited)
    assert chosen[lead] is ferry[0].sentences[0]
