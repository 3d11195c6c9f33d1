"""The summary faults the eighteenth to twentieth reads left open (issue 12, bench/BRIEF_REVIEW.md, "summ18"): a
press release's ordinary-case dateline under a one-sentence standfirst, a definition or a general present-tense
remark as an item, the lede's figure told again with its count, and an item leaning on a referent no earlier item
introduces. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.summary.title_datelines import opening_datelines

NOV = dt.date(2019, 11, 20)

# --- a press release's dateline under its standfirst ----------------------------------------------------------------


def test_a_dateline_under_a_one_sentence_standfirst_is_found() -> None:
    release = ("Though banner ads are the most common kind of display unit, video units earn the most per view.\n"
               "Boston, MA – The range of display units now sold has pushed display spending past print in 2018, "
               "according to an analysis by the firm. The firm studied 40 million ad views.")
    analyses = story(release, published=NOV)
    second = analyses[0].sentences[1]
    assert second.text.startswith("Boston, MA –")
    assert opening_datelines(analyses) == {("d0", second.start): len("Boston, MA – ")}


def test_a_dash_in_a_later_paragraph_is_no_dateline() -> None:
    report = ("Banner ads are the most common kind of display unit. Video units earn the most per view.\n"
              "Boston, MA – The range of display units now sold has pushed display spending past print in 2018.")
    assert opening_datelines(story(report, published=NOV)) == {}


# --- a definition or a general present-tense remark --------------------------------------------------------------


def _general(text: str, index: int = -1) -> str | None:
    from storyline.summary.general import general_remark

    a = story(text, published=NOV)[0]
    return general_remark(a, a.sentences[index])


def test_a_definition_is_no_item() -> None:
    assert _general("Fewer adults in the county smoked last year, the survey found. Gum disease is where the tissue "
                    "around a person's teeth becomes inflamed over the course of several months.") is not None


def test_a_general_remark_meaning_nowadays_is_no_item() -> None:
    assert _general("Two hikers caught tick fever in the park last week, officials said. Today, tick fevers are "
                    "rare, but they do happen.") is not None


def test_a_present_state_of_the_story_stays() -> None:
    lede = "Two hikers caught tick fever in the park last week, officials said. "
    assert _general(lede + "The park is closed until further notice.") is None  # "the park": the story's own
    assert _general(lede + "Both hikers are in stable condition at Mercy Hospital.") is None  # a name, no kind
    assert _general(lede + "Tick fevers are rare in March, the county's doctor said.") is None  # a past tense
    assert _general(lede + "Park rangers are on alert on Monday.") is None  # a day of the story
    assert _general("Tick fevers are rare, but two hikers caught one in the park last week.", 0) is None  # a lede


# --- the lede's figure told again with its count ---------------------------------------------------------------


def test_a_detail_giving_the_ledes_figure_again_is_no_second_item() -> None:
    from storyline.summary.restated import restated

    a = story("Home sales in the county fell 12 percent last month despite low mortgage rates. Buyers blamed high "
              "prices. Local agents sold 1,204 homes in October, still down 12 percent from a year ago, the "
              "realtors' group said.", published=NOV)[0]
    lede, _, detail = a.sentences
    assert restated([lede, detail], [a]) == [detail]


def test_another_figure_or_another_measure_is_its_own_item() -> None:
    from storyline.summary.restated import restated

    a = story("Home sales in the county fell 12 percent last month despite low mortgage rates. Condo sales fell 3 "
              "percent in the same month. Rents at the county's apartments rose 12 percent over the year, the "
              "landlords' group said.", published=NOV)[0]
    assert restated(a.sentences, [a]) == []


# --- "the statistics": a thing the report introduced in a sentence no item shows --------------------------------


def test_the_thing_introduced_in_no_item_leans_on_nothing() -> None:
    from storyline.summary.referents import unintroduced

    a = story("A baker in Varn switched her shop's page to a business account on Monday. Sites like hers show "
              "statistics such as visits and clicks to business accounts only. After a few days, the statistics "
              "started rolling in.", published=NOV)[0]
    lede, intro, later = a.sentences
    assert unintroduced([lede, later], [a]) == [later]
    assert unintroduced([lede, intro, later], [a]) == []  # shown with its introduction


def test_a_thing_the_story_names_or_never_introduced_stays() -> None:
    from storyline.summary.referents import unintroduced

    a = story("Acme Corp. said on Monday it would close its plant in Varn. The company blamed falling orders for "
              "its steel. The statistics office said orders fell in October.", published=NOV)[0]
    assert unintroduced(a.sentences, [a]) == []  # "the company": never introduced by a bare noun


def test_the_summary_leaves_a_general_remark_out_and_takes_the_next_sentence() -> None:
    from storyline.summary import summarise

    report = ("Two hikers caught tick fever in Varn State Park last week, county officials said on Monday. Today, "
              "tick fevers are rare, but they do happen. Rangers closed three trails near the lake on Tuesday and "
              "sprayed the brush along them.")
    texts = [i.text for i in summarise(story(report, published=NOV), words=40)]
    assert not any(t.startswith("Today") for t in texts), texts
    assert any(t.startswith("Rangers closed") for t in texts), texts


def test_a_named_thing_or_a_quotations_speaker_is_left_alone() -> None:
    from storyline.summary.referents import unintroduced

    a = story("Skywatchers saw a meteor display over Varn on Tuesday. In 1966, the Perseid display peaked at 150,000 "
              "meteors per hour.", published=NOV)[0]
    assert unintroduced(a.sentences[1:], [a]) == []  # "the Perseid display": the name says which
    b = story("A spokesperson for the club in Varn apologised on Monday for the stunt. \"It was not a real gun, it was "
              "a stupid joke,\" said the spokesperson.", published=NOV)[0]
    assert unintroduced(b.sentences[1:], [b]) == []
