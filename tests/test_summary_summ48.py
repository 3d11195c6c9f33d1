"""summ48: an account, not a heap, by kind, on made-up text (a ferry line, a museum, a marathon, gulls, a harbour,
a lifeboat, a mountain pass): background of a month before the report below its lede does not lead, nor a line dated
by a clause of the same time years back; a filler giving a kept item's count again, a filler close to a sentence left
out as told already, a quotation whose speaker is 'the official' or 'the ministry' its report named in a sentence no
item shows, and a 'Because …' answer are not shown; a date in a gloss or an aside does not date an item."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Analysis, Sentence
from storyline.pipeline import sentence_figures
from storyline.summary.account import glossed
from storyline.summary.fillers import close_to_told
from storyline.summary.lead import history_lead, lead_key
from storyline.summary.prior import prior_month
from storyline.summary.referents import unintroduced
from storyline.summary.retold import FILLER_CLOSE, retold
from storyline.summary.standalone import why_not_alone

_DAY = dt.date(2021, 4, 14)

_FERRY = ("Islanders on Varna Sound have voted to keep their ferry line in public hands, the island council said on "
          "Tuesday. The vote was backed by 412 votes to 97. Turnout was high across the three harbours. "
          "The regional court ruled last month that the sale of the line needed the islanders' consent.")


def _leader(text: str, background: int) -> str:
    """The sentence that leads between a report's lede (one source) and its sentence ``background`` (two sources)."""
    a = story(text, published=_DAY)[0]
    pair = [a.sentences[0], a.sentences[background]]
    key = lead_key(pair, [1, 2], [a])
    return pair[max(range(2), key=key)].text


def test_a_ruling_last_month_below_the_lede_is_background() -> None:
    a = story(_FERRY, published=_DAY)[0]
    assert prior_month(a, a.sentences[3])
    assert _leader(_FERRY, 3).startswith("Islanders on Varna Sound")


def test_a_month_named_before_the_report_is_background_a_recent_day_is_not() -> None:
    text = ("The museum reopened its east wing on Monday after a two-year refit, its director said. "
            "Visitors queued along the river. In March 2019, the roof of the wing collapsed in a storm. "
            "The board approved the refit on April 10.")
    a = story(text, published=_DAY)[0]
    assert prior_month(a, a.sentences[2])
    assert not prior_month(a, a.sentences[3])  # four days before the report: the week's news


def test_a_month_to_come_or_a_present_state_is_not_background() -> None:
    text = ("The marathon will start at the harbour on Sunday, organisers said. "
            "The race is expected to be held again in January. "
            "The course is longer than it was last year.")
    a = story(text, published=_DAY)[0]
    assert not prior_month(a, a.sentences[1])
    assert not prior_month(a, a.sentences[2])


def test_a_clause_of_the_same_time_dates_its_main_clause() -> None:
    text = ("Divers reached the wreck of the trawler on Sunday, the coastguard said. "
            "The harbour tower was sold to a hotel chain when the port board closed it in 2009.")
    a = story(text, published=_DAY)[0]
    assert history_lead(a, a.sentences[1])
    b = story("The harbour tower, which the port board closed in 2009, was sold to a hotel chain on Monday.",
              published=_DAY)[0]
    assert not history_lead(b, b.sentences[0])  # a relative clause only glosses the news


def _sentences(*texts: str) -> tuple[list[Sentence], list[Analysis]]:
    """Each report's first sentence, and the reports, of made-up one-sentence reports."""
    analyses = story(*texts, published=_DAY)
    return [a.sentences[0] for a in analyses], analyses


def test_a_filler_that_gives_a_kept_items_count_again_retells_it() -> None:
    chosen, analyses = _sentences(
        "Wardens counted 230 nesting gulls on the Varna cliffs this spring, the island trust said.",
        "The survey, which took volunteers three weeks, found 230 gulls along the northern ledges.")
    got = retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False], frozenset({1}))
    assert got == {1: 0}


def test_a_filler_with_a_count_of_a_few_things_or_another_count_is_kept() -> None:
    chosen, analyses = _sentences(
        "Wardens counted 230 nesting gulls on the two Varna cliffs this spring, the island trust said.",
        "The two cliffs are closed to climbers until the end of July, when 40 gulls will be ringed.")
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False], frozenset({1})) == {}


def test_a_filler_close_to_a_sentence_left_out_as_told_goes_too() -> None:
    told, _ = _sentences("The harbour board agreed on Monday to close the old ferry pier for the winter, it said.")
    fill, _ = _sentences("On Monday the harbour board agreed to shut the old ferry pier for the winter months.",
                         "Fishermen will moor at the new breakwater in Varna until the spring.")
    moved = [Sentence("d9", s.index, s.start, s.end, s.text, s.paragraph) for s in fill]
    assert [s.text for s in close_to_told(moved, told, FILLER_CLOSE)] == [fill[0].text]


_LIFEBOAT = ("Two fishermen were rescued off Varna Point on Sunday after their boat capsized, the coastguard said. "
             "An official with the coastguard, Ana Petrova, said the men had clung to the hull for three hours. "
             "The boat sank soon after the rescue. "
             '"We will keep looking for the nets. Our crews work in two shifts," the official said.')


def test_a_quotation_whose_speaker_is_the_thing_its_report_introduced_leans_on_it() -> None:
    a = story(_LIFEBOAT, published=_DAY)[0]
    quote = a.sentences[3]
    two = [s for s in a.sentences if s.start >= quote.start]  # the quotation may split in two sentences
    unit = Sentence(a.doc.id, two[0].index, two[0].start, two[-1].end, a.doc.text[two[0].start:two[-1].end])
    assert unintroduced([a.sentences[2], unit], [a]) == [unit]
    assert unintroduced([a.sentences[1], a.sentences[2], unit], [a]) == []  # the item that introduces her is shown


def _glossed(text: str, phrase: str) -> bool:
    a = story(text, published=_DAY)[0]
    return glossed(a, a.sentences[0], phrase)


def test_a_date_in_a_gloss_or_an_aside_does_not_date_the_sentence() -> None:
    assert _glossed("The harbour trust - which lost its chairman in January - said it would not comment on the sale.",
                    "January")
    assert _glossed("The harbour trust (whose chairman resigned in January) said it would not comment on the sale.",
                    "January")
    assert _glossed("The harbour trust, whose chairman resigned in January, said it would not comment on the sale.",
                    "January")


def test_a_date_of_the_act_or_of_a_clause_on_the_verb_dates_the_sentence() -> None:
    assert not _glossed("The harbour trust said in January that it would sell the old pier to a hotel group.",
                        "January")
    assert not _glossed("Speaking on Monday, the mayor of Varna said the old pier would close for the winter.",
                        "Monday")


def test_a_quotation_whose_speaker_its_report_named_before_leans_on_the_name() -> None:
    text = ("Heavy snow closed the Varna pass on Monday, stranding 40 lorries. "
            "Drivers were told to wait at the border post, the Transport Ministry of Varnia reported. "
            "\"The ploughs will reach the summit by Tuesday night,\" the ministry said.")
    a = story(text, published=_DAY)[0]
    assert unintroduced([a.sentences[0], a.sentences[2]], [a]) == [a.sentences[2]]
    assert unintroduced([a.sentences[1], a.sentences[2]], [a]) == []  # the item that names it is shown


def test_a_because_answer_after_a_question_in_one_paragraph_does_not_stand_alone() -> None:
    text = ("Why did the council close the old pier? Because the pilings had rotted through. "
            "The pier opened in 1920, and the town paid for it with a lottery, the council said.")
    a = story(text, published=_DAY)[0]
    because = next(s for s in a.sentences if s.text.startswith("Because"))
    assert why_not_alone(a, because)
