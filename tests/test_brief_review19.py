"""brief12 (issue 12, bench/BRIEF_REVIEW.md, "brief12"): the eleventh and tenth reads' leftovers in the
summary. One fact told as two items because the reports write its figure differently ("$972,814" and "about
$973,000"; "$1.2 million" and "$1,200,000"), and the refill after a fold bringing back a sentence a kept item
already cites. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from collections.abc import Sequence

from conftest import judge_telling, story
from storyline.model import Analysis, Citation, Sentence, SummarySentence
from storyline.pipeline import sentence_figures
from storyline.summary import rank, summarise
from storyline.summary.statements import figures_agree

COSTS = (
    "The Harbin Shipping Company filed court papers on Tuesday seeking $482,316 in legal costs from Dana Voss, "
    "the former engineer who recently lost her wage lawsuit against the shipping company. "
    "The company said it would waive the costs if Voss does not appeal. "
    "Voss worked for the company for nine years before she was dismissed in 2016.",
    "Port operator Harbin Shipping Company is seeking to recover about $482,000 in costs from a bitter wage "
    "trial that gripped the port city of Kell, according to a court filing on Tuesday. "
    "Her lawyer said she was weighing the offer and would answer within two weeks. "
    "The jury had found for the company on every count after a five-week trial.",
)


def _figures_of(a: Sequence[Analysis], doc: str, k: int) -> Sequence[tuple[float, float, str]]:
    return sentence_figures(a)(next(x for x in a if x.doc.id == doc).sentences[k])


def test_a_rounded_figure_states_the_precise_one() -> None:
    a = story(*COSTS)
    assert figures_agree(_figures_of(a, "d0", 0), _figures_of(a, "d1", 0))


def test_a_scaled_figure_states_the_same_figure_written_out() -> None:
    a = story("The city will spend $1.2 million on the new Kessel bridge over the river this year.",
              "The city will spend $1,200,000 on the new Kessel bridge, the council said on Monday.")
    assert figures_agree(_figures_of(a, "d0", 0), _figures_of(a, "d1", 0))


def test_different_figures_still_differ() -> None:
    a = story("The city will spend $1.2 million on the new Kessel bridge over the river this year.",
              "The city will spend $1.8 million on the new Kessel bridge, the council said on Monday.")
    assert not figures_agree(_figures_of(a, "d0", 0), _figures_of(a, "d1", 0))


def test_the_costs_told_with_a_rounded_figure_are_one_item() -> None:
    a = story(*COSTS)
    ranked = rank(a, words=120, figures=sentence_figures(a))
    shown = [ranked.sentences[i].text for i in ranked.order]
    ledes = [t for t in shown if "Harbin Shipping Company" in t]
    assert len(ledes) == 1, shown


def test_without_the_figure_reader_the_rounded_figure_is_another_statement() -> None:
    """The guard: the summary's own text reading (no reader handed in) keeps "482,316" and "482,000" apart."""
    a = story(*COSTS)
    ranked = rank(a, words=120)
    shown = [ranked.sentences[i].text for i in ranked.order]
    assert len([t for t in shown if "Harbin Shipping Company" in t]) == 2, shown


def test_the_summary_tells_the_costs_once() -> None:
    a = story(*COSTS)
    got = summarise(a, words=120, figures=sentence_figures(a))
    assert len([s for s in got if "Harbin Shipping Company" in s.text]) == 1, [s.text for s in got]


LEDES = (
    "The Orla space agency has named its new sun probe after the astronomer Ida Brenner. "
    "The probe will launch from the Veldt coast next summer. "
    "Brenner studied the sun's corona for fifty years at the Halm observatory.",
    "Orla's sun probe now bears the name of astronomer Ida Brenner, the space agency announced. "
    "Agency engineers said the heat shield had passed its last test in March. "
    "The probe is the first the agency has built to fly close to the sun.",
    "The Orla space agency gave its sun probe a new name on Wednesday, honouring Ida Brenner. "
    "The mission will cost the agency far less than its last probe to Mars. "
    "Brenner, now 91, attended the ceremony with her grandchildren.",
)


def _named(s: Sentence) -> bool:
    return "Brenner" in s.text and ("name" in s.text or "named" in s.text)


_judge = judge_telling(_named)  # a made-up judge: both sentences tell the naming


def test_the_refill_after_a_fold_brings_no_other_telling_of_the_folded_fact() -> None:
    a = story(*LEDES)
    got = summarise(a, words=45, confirm=_judge)
    namings = [s for s in got if _named(Sentence(s.citations[0].doc, 0, 0, 0, s.text))]
    assert len(namings) == 1, [s.text for s in got]


def test_the_refill_skips_a_sentence_a_kept_item_cites() -> None:
    from storyline.summary import _stated

    a = story(*LEDES)
    ranked = rank(a, words=45)
    d1 = next(x for x in a if x.doc.id == "d1").sentences[0]
    kept = SummarySentence("x", [Citation("d0", 0, 10), Citation("d1", d1.start, d1.end)])
    got = _stated(ranked, [kept], [])
    assert [(s.doc, s.start) for s in got] == [("d1", d1.start)]


# (3) Dangling items read from the parse: the writer's "we", a sentence about the article, a continued quotation.

GAZETTE = (
    "Dunmore County has more missing people per head than any county in the state, state records show. "
    "According to a Gazette analysis of available state data, we do have a high rate of missing persons reports. "
    "The story was accompanied by a slideshow of all 12 people currently listed as missing in the county. "
    "Sheriff Lina Ortas said most of the people listed had been found but never taken off the list.",
    "Dunmore County leads the state in missing persons reports per head, state records show. "
    "Sheriff Lina Ortas said the county would review every name on the state's list of missing people. "
    "Families of two of the missing held a vigil outside the county courthouse on Sunday.",
)


def _span(a: Sequence[Analysis], doc: str, k: int) -> object:
    from storyline.summary.standalone import sentence_spans

    x = next(y for y in a if y.doc.id == doc)
    return sentence_spans(x, x.sentences[k])[0]


def test_the_papers_we_is_read_from_the_parse() -> None:
    from storyline.summary.voice import writer_we, writer_we_subject

    a = story(*GAZETTE)
    assert writer_we_subject(_span(a, "d0", 1))
    assert not writer_we(a[0].sentences[1].text)  # the text-only reading took "reports" for a reporting verb


def test_a_speakers_we_and_anyones_we_are_not_the_papers() -> None:
    from storyline.summary.voice import writer_we_subject

    a = story("We will rebuild the bridge by spring, the mayor said on Monday. "
              "The mayor said we will rebuild the bridge by spring. "
              "Humans reached the island far earlier than we thought, the archaeologists said.")
    assert not any(writer_we_subject(_span(a, "d0", k)) for k in range(3))


def test_a_sentence_about_the_article_is_read_from_the_parse() -> None:
    from storyline.summary.voice import about_the_article

    a = story(*GAZETTE)
    assert about_the_article(_span(a, "d0", 2))
    b = story("The story has gripped the town for weeks, and the sheriff has asked for calm.")
    assert not about_the_article(_span(b, "d0", 0))  # the story as the news, not the page


def test_the_summary_shows_neither_the_papers_we_nor_the_note_about_the_article() -> None:
    a = story(*GAZETTE)
    got = [s.text for s in summarise(a, words=200)]
    assert not any("we do have" in t or "slideshow" in t for t in got), got
    assert any("Sheriff Lina Ortas" in t for t in got), got


CONTINUED = (
    "Mara Quill, 23, was listed as missing by the Dunmore sheriff for three months last winter.\n"
    "\"Her mother had phone contact with her in the spring,\" said Deputy Lina Ortas. \"Mara had told her she "
    "was going to work on a farm in the hills and she would not be able to call her for a week or so.\"\n"
    "Quill was found safe in March, the sheriff's office said.",
)


def test_a_continued_quotation_has_its_speaker_in_the_sentence_before() -> None:
    from storyline.summary.voice import continued_quotation, speaker_outside

    a = story(*CONTINUED)
    x = a[0]
    k = next(i for i, s in enumerate(x.sentences) if s.text.startswith('"Mara had told'))
    assert speaker_outside(_span(a, "d0", k - 1))
    assert not speaker_outside(_span(a, "d0", k))  # "had told" is inside the quotation: what is quoted
    assert continued_quotation(x, x.sentences[k], _span(a, "d0", k), _span(a, "d0", k - 1))


def test_with_the_knob_a_continued_quotation_is_shown_only_with_its_speaker() -> None:
    from storyline.summary.config import SummaryConfig

    a = story(*CONTINUED)
    got = [s.text for s in summarise(a, words=200, cfg=SummaryConfig(join_continued_quotes=True))]
    told = [t for t in got if "Mara had told" in t]
    assert told and all("said Deputy Lina Ortas" in t for t in told), got


# (2) A lead that is a detail someone gave, not the news.

MISSING = (
    "Mara Quill, a contestant on the dating show Island Hearts, was listed as missing in Dunmore County. "
    "Her listing was noticed by a reader in Kell. "
    "The show was filmed on an island off Portugal. "
    "Dunmore County Sheriff's Office said in a statement that Quill's mother called deputies on March 3 and "
    "filed a missing person's report for her daughter after losing touch with her.",
    "Viewers know the contestant for her sharp remarks. "
    "Fans joked online about the mix-up. "
    "Producers declined to comment. "
    "Dunmore County Sheriff's Office said in a statement that Quill's mother called deputies on March 3 and "
    "filed a missing person's report for her daughter after she lost touch with her.",
)


def test_a_statement_from_deep_in_a_report_is_a_detail() -> None:
    from storyline.summary.lead import detail_lead

    a = story(*MISSING)
    x = a[0]
    assert detail_lead(x, x.sentences[3]) is not None
    assert detail_lead(x, x.sentences[0]) is None  # a report's lede is the news


def test_a_lede_that_reports_a_statement_is_news() -> None:
    from storyline.summary.lead import detail_lead

    a = story("Police said a man was shot dead outside the Dunmore library on Sunday night.")
    assert detail_lead(a[0], a[0].sentences[0]) is None


def test_the_news_leads_not_the_statement_two_reports_print() -> None:
    a = story(*MISSING)
    got = summarise(a, words=120, confirm=_same_text)
    assert got and "said in a statement" not in got[0].text, [s.text for s in got]


def _same_text(
    claims: Sequence[tuple[Sentence, Sequence[Sentence]]], analyses: Sequence[Analysis],
) -> list[dict[str, Sentence]]:
    """A made-up judge: the two reports' sentences on the sheriff's statement state the same thing."""
    return [{t.doc: t for t in cands if "statement" in s.text and "statement" in t.text} for s, cands in claims]
