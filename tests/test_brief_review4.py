"""The fourth read of the briefs (issue 12, bench/BRIEF_REVIEW.md): a web page's pointer is never a
summary sentence, a deadline ("by 2020") is not a period "until 2020", and the account's order
follows what it shows (event time, then report time, then discourse): a sentence in the present
tense is the state at its report's time, not an event of the passage before it. Fixtures are
written for these tests in the style of wire copy; none comes from the bench."""

from __future__ import annotations

import datetime as dt

import pytest

from storyline.analyse import analyse
from storyline.model import Analysis, Citation, Document, SummarySentence
from storyline.render.common import date_label
from storyline.summary.account import arrange, told_now
from storyline.summary.standalone import why_not_alone
from storyline.timeline import build_timeline
from storyline.timeline.expressions import find_dates


def story(*docs: tuple[str, str, dt.date | None]) -> list[Analysis]:
    return analyse([Document(id=i, text=t, title=i, published=p) for i, t, p in docs])


# --- pointers ---------------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "The full list of this year's award winners can be read here, along with the judges' notes.",
    "Click here to sign up for the council's flood alerts.",
    "Watch the video above.",
    "Watch the video of the rescue below.",
    "See the full gallery here.",
    "Read more: Storm closes the coast road",
    "The inspectors' report is available online at www.example.org.",
    "The mayor's statement can be found below.",
])
def test_a_web_pointer_is_never_a_summary_sentence(text: str) -> None:
    a = story(("d", "The council approved the new flood barrier on Monday after a long debate.\n" + text, None))[0]
    why = {s.text: why_not_alone(a, s) for s in a.sentences}
    assert why["The council approved the new flood barrier on Monday after a long debate."] is None
    pointer = next(s for s in a.sentences if s.text.startswith(text[:12]))
    assert why[pointer.text] is not None and "pointer" in why[pointer.text]


@pytest.mark.parametrize("text", [
    "The mayor said the plan can be read as a warning to the port's owners.",
    "Police said the suspect could be seen on a neighbour's camera leaving the house.",
    "He said the footage can be seen here in the town hall next week.",
    "Watch the skies tonight, astronomers said, as the meteor shower peaks after midnight.",
])
def test_a_sentence_that_only_uses_the_words_is_not_a_pointer(text: str) -> None:
    a = story(("d", text, None))[0]
    why = why_not_alone(a, a.sentences[0])
    assert why is None or "pointer" not in why


# --- deadlines --------------------------------------------------------------------------------


def test_by_a_year_is_a_deadline_not_a_period() -> None:
    [e] = find_dates("The guild made a commitment to double the number of women among its members by 2020.")
    assert e.relation == "by"
    [u] = find_dates("The harbour stays closed until 2020, the port said.")
    assert u.relation == "until"


def test_a_deadline_shows_as_by_in_the_timeline() -> None:
    analyses = story(("r", "The guild announced on Wednesday that it had invited 600 new members.\n"
                           "The guild has made a commitment to double the number of women among its members by 2020.",
                      dt.date(2016, 6, 29)))
    entries = build_timeline(analyses)
    [deadline] = [e for e in entries if e.date == "2020"]
    assert deadline.relation == "by"
    assert date_label(deadline) == "by 2020"
    assert not any(date_label(e).startswith("until") for e in entries)


# --- order ------------------------------------------------------------------------------------

PLANT = (
    "Inspectors visited the Ashby pumping plant on 2 April 2024 and found two pumps badly worn.\n"
    "The plant's owner is still reviewing the findings.\n"
    "An engineer said two technicians were sent to repair them."
)
STRIKE = (
    "Workers at the Ashby pumping plant walked out on 3 May 2024 over the worn pumps.\n"
    "The Ashby pumping plant supplies water to 40,000 homes in the valley."
)


def test_present_and_past_main_clauses() -> None:
    a = story(("p", PLANT, dt.date(2024, 5, 10)))[0]
    now = [told_now(a, s) for s in a.sentences]
    assert now == [False, True, False]


def test_a_present_tense_sentence_is_ordered_at_its_report_date_as_it_is_shown() -> None:
    analyses = story(("p", PLANT, dt.date(2024, 5, 10)), ("s", STRIKE, dt.date(2024, 5, 4)))
    plant, strike = analyses
    lead = strike.sentences[1]
    chosen = [lead, plant.sentences[1], plant.sentences[0], strike.sentences[0]]
    cited = [SummarySentence(s.text, [Citation(s.doc, s.start, s.end)]) for s in chosen]
    cited[0].citations.append(Citation(plant.doc.id, plant.sentences[0].start, plant.sentences[0].end))
    out = arrange(chosen, cited, analyses, build_timeline(analyses))
    assert [s.text for s in out] == [
        lead.text,
        plant.sentences[0].text,  # 2 Apr 2024
        strike.sentences[0].text,  # 3 May 2024
        plant.sentences[1].text,  # "is still reviewing": reported 10 May, shown and ordered so
    ]
    shown = {s.text: (s.date, s.date_basis) for s in out}
    assert shown[plant.sentences[1].text] == ("2024-05-10", "reported")


def test_a_past_narration_keeps_its_passage_time() -> None:
    analyses = story(("p", PLANT, dt.date(2024, 5, 10)), ("s", STRIKE, dt.date(2024, 5, 4)))
    plant, strike = analyses
    chosen = [strike.sentences[1], strike.sentences[0], plant.sentences[0], plant.sentences[2]]
    cited = [SummarySentence(s.text, [Citation(s.doc, s.start, s.end)]) for s in chosen]
    out = arrange(chosen, cited, analyses, build_timeline(analyses))
    # "… said two technicians were sent …" has no date of its own: it is told after the 2 Apr visit and
    # is ordered there (before the 3 May strike), though it shows its report's date
    assert [s.text for s in out] == [strike.sentences[1].text, plant.sentences[0].text, plant.sentences[2].text,
                                     strike.sentences[0].text]
    assert (out[2].date, out[2].date_basis) == ("2024-05-10", "reported")
