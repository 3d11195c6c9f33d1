"""The ninth read's summary and timeline faults (issue 12, bench/BRIEF_REVIEW.md, "Ninth read", branch read9):
stories in no file of ours showed a decade read as a year ("the late 1970's" as 1970), dates of things
still to come written in the simple present ("the auction ends June 2", "which begins May 22") shown as
events, summary items that need the sentence before them (a colon's introducer, "Earlier Saturday,
…", a surname given in full before), and an undated report's sentences parted by another report's.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Analysis, Citation, Document, Sentence, SummarySentence
from storyline.summary import candidates
from storyline.summary.account import arrange
from storyline.summary.standalone import not_a_lead, points_back, why_not_alone
from storyline.timeline import build_timeline

# --- a decade is no year -------------------------------------------------------------------------------


def test_a_decade_is_not_read_as_its_first_year() -> None:
    tl = build_timeline(story(
        "The inquiry found that the provincial police in the period from the late 1960's to early 1980's "
        "kept secret files on hundreds of union organisers.",
        "The board said the harbour was dredged in 1974 and again in the early 1990s.",
        published=None))
    assert [e.date for e in tl] == ["1974"], [(e.date, e.text) for e in tl]


def test_a_year_before_a_possessive_s_is_still_a_year() -> None:
    tl = build_timeline(story("She was a student leader in 1987's short-lived campus protests in the capital.",
                              published=None))
    assert [e.date for e in tl] == ["1987"], [(e.date, e.text) for e in tl]


# --- a timetable in the simple present is still to come ------------------------------------------------


def test_a_timetable_in_the_simple_present_is_expected() -> None:
    tl = build_timeline(story(
        "The county is selling the old mill's machinery in an online auction. The auction ends June 2, and "
        "the money raised will go to the town museum.",
        "The club's best player has not withdrawn from the regional championship, which begins May 22.",
        "Her lawyer said she was confident she would win when the case goes to trial in March.",
        published=None))
    got = {e.date: e.future for e in tl}
    assert got == {"--06-02": True, "--05-22": True, "--03": True}, [(e.date, e.future, e.text) for e in tl]


def test_a_past_or_an_earlier_day_of_a_timetable_verb_is_an_event() -> None:
    tl = build_timeline(story(
        "The auction of the old mill's machinery ended June 2 with every lot sold.",
        "The new ferry terminal opens on March 4, a week late, the harbour board said on Monday.",
        published=None))
    assert {e.date: e.future for e in tl} == {"--06-02": False, "--03-04": True}, [(e.date, e.future) for e in tl]
    dated = build_timeline(story("The new ferry terminal opens on March 4, a week late, the harbour board said.",
                                 published=dt.date(2019, 3, 11)))
    assert [(e.date, e.future) for e in dated] == [("2019-03-04", False)], [(e.date, e.future) for e in dated]


# --- summary items that need the sentence before them ----------------------------------------------------


def test_a_sentence_that_completes_an_introducer_ending_on_a_colon_leans_on_it() -> None:
    [a] = story("The inquiry into the crane collapse reported to the harbour board on Monday.\n"
                "After two years of hearings, the main finding of the inquiry is that:\n"
                "The harbour authority ignored repeated warnings about the crane's worn cables.", published=None)
    finding = next(s for s in a.sentences if s.text.startswith("The harbour authority"))
    assert why_not_alone(a, finding) == ("starts with the completion of the sentence before it (which ends on a "
                                         "colon)")
    units = [s.text for s in candidates([a])]
    assert any(t.startswith("After two years of hearings") and t.endswith("worn cables.") for t in units), units
    assert "The harbour authority ignored repeated warnings about the crane's worn cables." not in units, units


def test_a_sentence_dated_against_the_day_before_it_is_not_shown_alone() -> None:
    assert points_back("Earlier Saturday, the defence minister said his forces would hold an exercise near the border.")
    assert points_back("Later that day the ferry company cancelled every crossing.")
    assert not points_back("Earlier this week, the defence minister said his forces would hold an exercise.")
    assert not points_back("Later this year the ferry company will open a second route to the islands.")
    assert not points_back("On Saturday, the defence minister said his forces would hold an exercise near the border.")


def test_a_surname_the_report_gave_in_full_before_does_not_lead() -> None:
    [a] = story("Behind the headlines, film star Dario Vellani is quietly giving away his old luggage for charity.\n"
                "On his contribution, Vellani says he was glad to take part in the airline's auction.\n"
                "Vellani is joining the singer Mara Quist and others in the auction, which raises money for schools.",
                published=None)
    why = {s.text[:20]: not_a_lead(a, s) for s in a.sentences}
    assert why["Behind the headlines"] is None, why
    assert why["On his contribution,"] is not None and "Dario Vellani" in why["On his contribution,"], why
    assert why["Vellani is joining t"] is not None, why


# --- an undated report's next sentence follows it ---------------------------------------------------------


def _analysis(doc_id: str, sentences: list[str]) -> Analysis:
    text = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(doc=doc_id, index=i, start=pos, end=pos + len(s), text=s, paragraph=i))
        pos += len(s) + 1
    return Analysis(Document(id=doc_id, text=text, title=doc_id, published=None), sents, [])


def _cited(s: Sentence) -> SummarySentence:
    return SummarySentence(s.text, [Citation(s.doc, s.start, s.end)])


def test_an_undated_reports_next_sentence_follows_it_not_another_reports() -> None:
    a = _analysis("a", ["The senator doubted the governor's claim to be a strict conservative.",
                        '"I had never heard that phrase before," the Ohio senator said on a Sunday talk show.',
                        "He did not say whom he would back."])
    b = _analysis("b", ["The governor's rival said the straw poll had been bought with free tickets.",
                        "The governor's campaign called the charge untrue."])
    chosen = [a.sentences[0], b.sentences[0], a.sentences[1], b.sentences[1]]
    out = [s.text for s in arrange(chosen, [_cited(s) for s in chosen], [a, b])]
    assert out == [a.sentences[0].text, a.sentences[1].text, b.sentences[0].text, b.sentences[1].text], out


def test_an_undated_report_keeps_its_order_when_the_lead_is_not_its_first_chosen_sentence() -> None:
    a = _analysis("a", ["Leave it to the old champion to come back in style.",
                        "The champion said on Tuesday she had started training again after a long injury.",
                        "Her coach said she was progressing well and set no date for a return."])
    chosen = [a.sentences[1], a.sentences[0], a.sentences[2]]
    cited = [_cited(s) for s in chosen]
    cited[0].citations.append(Citation("b", 0, 10))  # a second source states it: it leads (not the report's lede)
    out = [s.text for s in arrange(chosen, cited, [a])]
    assert out == [a.sentences[1].text, a.sentences[0].text, a.sentences[2].text], out
