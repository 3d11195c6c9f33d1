"""brief11 (issue 12, bench/BRIEF_REVIEW.md, "brief11"): the eleventh and tenth reads saw one fact told as
several summary items, the lede of each report in turn (a death told three times, six ledes in a row). A
chosen sentence that the citation judge finds another chosen sentence states is folded into that item as a
citation, and the words it frees go to the next sentences. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

from conftest import judge_telling, story
from storyline.model import Citation, Sentence, SummarySentence
from storyline.summary import summarise
from storyline.summary.config import SummaryConfig
from storyline.summary.fold import fold

VOICES = SummaryConfig(hide_writer_we=True, hide_continued_quotes=True)  # off by default (held-out ROUGE)

LEDES = (
    "Marta Kellen, the baker who ran the Old Mill bakery in Dunmore for forty years, died on Sunday at 81. "
    "She opened the bakery in 1979 with a loan from her brother and a single oven. "
    "The bakery sold rye bread to half the valley and won the county fair prize nine times. "
    "Her funeral will be held at St Anne's church in Dunmore next Friday.",
    "Dunmore has lost its best-loved baker: Kellen died at home over the weekend, relatives said. "
    "Kellen trained as a nurse before taking up baking in her thirties. "
    "The town council will name the square outside the bakery after her, the mayor announced on Monday.",
    "Kellen, who fed the whole valley from a single oven since 1979, died after a short illness. "
    "Her son Piotr will keep the bakery open, he told the Dunmore Courier. "
    "Customers left flowers and loaves of bread at the bakery door on Monday morning.",
)


def _died(s: Sentence) -> bool:
    return "Kellen" in s.text and " died" in s.text.replace("has died", " died")


_judge = judge_telling(_died)  # a made-up judge: both sentences tell Kellen's death


def test_one_death_told_by_three_ledes_is_one_item_citing_all_three() -> None:
    a = story(*LEDES)
    got = summarise(a, words=90, confirm=_judge)
    deaths = [s for s in got if "Kellen" in s.text and "died" in s.text]
    assert len(deaths) == 1, [s.text for s in got]
    assert sorted({c.doc for c in deaths[0].citations}) == ["d0", "d1", "d2"], deaths[0].citations


def test_the_words_a_folded_lede_frees_go_to_another_fact() -> None:
    a = story(*LEDES)
    got = summarise(a, words=90, confirm=_judge)
    assert sum(len(s.text.split()) for s in got) > 40, [s.text for s in got]
    assert len({s.text for s in got}) == len(got)


def test_without_a_judge_nothing_is_folded() -> None:
    a = story(*LEDES)
    assert summarise(a, words=90) == summarise(a, words=90, confirm=None)


def test_fold_keeps_the_earlier_item_and_adds_the_later_ones_report() -> None:
    s0 = Sentence(doc="d0", index=0, start=0, end=20, text="A fell at the mill.")
    s1 = Sentence(doc="d1", index=0, start=5, end=30, text="At the mill, A fell.")
    s2 = Sentence(doc="d2", index=3, start=40, end=70, text="The mill reopened on Monday.")
    items = [
        SummarySentence(s0.text, [Citation("d0", 0, 20), Citation("d1", 5, 30)]),
        SummarySentence(s1.text, [Citation("d1", 5, 30)]),
        SummarySentence(s2.text, [Citation("d2", 40, 70)]),
    ]
    kept, cited, folded = fold([s0, s1, s2], items, {"d0": 0, "d1": 1, "d2": 2})
    assert kept == [s0, s2] and folded == [s1]
    assert [c.doc for c in cited[0].citations] == ["d0", "d1"]
    # the later item cites the earlier one (the judge read it the other way round): folded too
    items2 = [SummarySentence(s0.text, [Citation("d0", 0, 20)]),
              SummarySentence(s1.text, [Citation("d1", 5, 30), Citation("d0", 0, 20)])]
    kept2, cited2, _ = fold([s0, s1], items2, {"d0": 0, "d1": 1})
    assert kept2 == [s1] and [c.doc for c in cited2[0].citations] == ["d1", "d0"]  # the one more reports cite


SPEAKER_BEFORE = (
    "The ferry to Corran Island will run again on Friday, the harbour office said on Tuesday. "
    "\u201cHer niece left on the morning boat before the storm,\u201d said Lena Holt, who runs the guest house. "
    "\u201cMara had told her mother she was sailing to Corran Island on Friday for a week or so.\u201d "
    "Coastguard boats searched the sound for two days before the niece was found safe on the mainland."
)


def test_a_quotation_that_continues_the_one_before_is_not_shown_alone() -> None:
    from storyline.summary.voice import continues_quotation

    a = story(SPEAKER_BEFORE)
    got = [s.text for s in summarise(a, words=200, cfg=VOICES)]
    assert not any(t.startswith("\u201cMara had told") for t in got), got
    quote = next(s for s in a[0].sentences if s.text.startswith("\u201cMara"))
    assert continues_quotation(a[0], quote)
    # not when the sentence before quotes nobody, nor when the speaker is outside the quotation
    c = story("The ferry ran again on Friday. "
              "\u201cMara had told her mother she was sailing to Corran Island on Friday for a week or so.\u201d")
    assert not continues_quotation(c[0], c[0].sentences[1])
    b = story("\u201cHer niece left on the morning boat,\u201d said Lena Holt. "
              "\u201cMara had told her mother she was sailing to Corran Island,\u201d Holt said.")
    assert not continues_quotation(b[0], b[0].sentences[1])


def test_the_papers_own_we_is_ranked_but_not_shown() -> None:
    from storyline.summary.voice import writer_we

    assert writer_we("According to a Courier count of county records, we do have a high rate of boats lost at sea.")
    assert writer_we("Our county has the highest rate of boats lost at sea on the coast.")
    assert not writer_we("We will rebuild every pier, the mayor said on Friday.")
    assert not writer_we("\u201cWe will rebuild every pier,\u201d the mayor said.")
    assert not writer_we("The harbour office counted 12 boats lost at sea in 2030.")


def test_a_summary_leaves_out_the_papers_we() -> None:
    a = story("The harbour office counted 12 boats lost at sea off Dunmore in 2030, twice the year before. "
              "According to a Courier count of county records, we do have a high rate of boats lost at sea. "
              "The coastguard will add a second lifeboat at Dunmore next spring, its chief said on Monday.")
    got = [s.text for s in summarise(a, words=120, cfg=VOICES)]
    assert got and not any(" we " in f" {t} " for t in got), got


def test_fold_keeps_the_sentence_more_reports_cite() -> None:
    s0 = Sentence(doc="d0", index=0, start=0, end=40, text="An editorial said the vote was a win.")
    s1 = Sentence(doc="d1", index=0, start=0, end=30, text="Voters re-elected the mayor.")
    items = [SummarySentence(s0.text, [Citation("d0", 0, 40), Citation("d1", 0, 30)]),
             SummarySentence(s1.text, [Citation("d1", 0, 30), Citation("d0", 0, 40), Citation("d2", 5, 25)])]
    kept, cited, folded = fold([s0, s1], items, {"d0": 0, "d1": 1, "d2": 2})
    assert kept == [s1] and folded == [s0]
    assert [c.doc for c in cited[0].citations] == ["d1", "d0", "d2"]
