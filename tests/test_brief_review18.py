"""The twelfth read's faults (issue 12, bench/BRIEF_REVIEW.md, "Twelfth read", branch read12): stories in no file
of ours showed a stock sentence ("… didn't immediately respond to requests for comment.") citing a passage with
the same words and another subject; summary items opening on "Before," (and leading), "Previously it … them",
"Honestly,", "Well," and "Though in all honesty, we …"; two sentences the source ran together shown without a
space ("triumph.It"); a magazine issue's date filed as an event; and places drawn for the first word of a
newspaper's name ("the USA TODAY community") and the end of a television title written in title case ("star
of Real Housewives Of Beverly Hills"). Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.model import Analysis
from storyline.summary.standalone import why_not_alone
from storyline.timeline import build_timeline

# --- citations ---------------------------------------------------------------------------------------------


def test_a_stock_sentence_with_another_named_subject_does_not_support() -> None:
    from storyline.support import supports

    v = supports("A Harlow Mining spokeswoman declined to comment on the lawsuit.",
                 "Brenton Freight and Castell Bank declined to comment on the lawsuit.")
    assert not v.supports and v.reason == "subject", v
    v = supports("A Varne representative didn't immediately respond to requests for comment.",
                 "Brenton Freight and Castell Bank didn't immediately respond to requests for comment.")
    assert not v.supports and v.reason == "subject", v


def test_the_same_subject_named_another_way_is_no_conflict() -> None:
    from storyline.nlp import get_nlp
    from storyline.support.reading import read, subject_check

    def r(text: str):  # type: ignore[no-untyped-def]
        return read(get_nlp()(text))

    assert subject_check(r("A Harlow Mining spokeswoman declined to comment on the lawsuit."),
                         r("Harlow declined to comment on the lawsuit, a spokeswoman said.")) is None
    assert subject_check(r("Officials in Kelbridge said the ferry had sunk."),
                         r("Varnish officials said the ferry had sunk.")) is None  # a place is no named subject


# --- summary: sentences that lean on the one before ------------------------------------------------------------


def _why(*texts: str) -> dict[str, str | None]:
    a: list[Analysis] = story(*texts)
    return {s.text: why_not_alone(doc, s) for doc in a for s in doc.sentences}


def test_a_conversational_marker_dangles() -> None:
    got = _why("Honestly, I'm not sure how to describe this sound. Well, the ferry is late again.",
               "Well over 300 people attended the vote. Before the vote, the council met for an hour.")
    assert got["Honestly, I'm not sure how to describe this sound."], got
    assert got["Well, the ferry is late again."], got
    assert got["Well over 300 people attended the vote."] is None, got
    assert got["Before the vote, the council met for an hour."] is None, got


def test_an_opening_before_does_not_lead() -> None:
    from storyline.summary.standalone import not_a_lead

    a = story("The $90 lamps are now sold online. Before, the lamps were sold from carts in the harbour district.",
              "Before the vote, the council met for an hour.")
    got = {s.text: not_a_lead(doc, s) for doc in a for s in doc.sentences}
    assert got["Before, the lamps were sold from carts in the harbour district."], got
    assert got["Before the vote, the council met for an hour."] is None, got
    assert got["The $90 lamps are now sold online."] is None, got


def test_a_pronoun_after_an_opening_adverb_dangles() -> None:
    got = _why("Kelbridge Lamps now sells its lamps online. Previously it only sold them from carts in the harbour.",
               "Previously the company sold its lamps from carts in the harbour.")
    assert got["Previously it only sold them from carts in the harbour."], got
    assert got["Previously the company sold its lamps from carts in the harbour."] is None, got


def test_a_subordinator_that_governs_the_main_clause_dangles() -> None:
    got = _why("The council praised the new ferry. Though in all honesty, we did not look too hard at the hull.",
               "Though the storm weakened overnight, it flooded forty homes on the coast.")
    assert got["Though in all honesty, we did not look too hard at the hull."], got
    assert got["Though the storm weakened overnight, it flooded forty homes on the coast."] is None, got


# --- timeline ------------------------------------------------------------------------------------------------


def test_the_date_of_a_magazines_issue_is_no_event() -> None:
    tl = build_timeline(story("This is a longer version of the review that ran in the Dec. 7 issue of the Kelbridge "
                              "Gazette. The film opens on Dec. 11, 2031, in forty cinemas.", published=None))
    assert [e.date[5:] for e in tl] == ["12-11"], [(e.date, e.text) for e in tl]


# --- places --------------------------------------------------------------------------------------------------


def _placed(*texts: str) -> set[str]:
    from storyline.places import locate_places

    return {r.name for r in locate_places(story(*texts)).places}


def test_the_first_word_of_a_newspapers_name_is_no_place() -> None:
    got = _placed("You share in the USA TODAY community, so please keep your comments civil. The film was shot "
                  "in Ohio.", "He told the Chicago Tribune that the vote would wait.")
    assert "USA" not in got and "United States" not in got and "Chicago" not in got, got
    assert "Ohio" in got, got
    assert "Chicago" in _placed("He moved to Chicago today, after the vote.")


def test_the_end_of_a_title_in_title_case_is_no_place() -> None:
    got = _placed("The stylist's friend, star of Real Housewives Of Beverly Hills, said the loss was huge. "
                  "She flew in from Denver.")
    assert "Beverly Hills" not in got and "Denver" in got, got
    assert "Seattle" in _placed("Storm Hits Homes In Seattle\nThe storm hit forty homes in Seattle on Monday.")


# --- rendering -----------------------------------------------------------------------------------------------


def test_a_unit_whose_source_ran_two_sentences_together_is_shown_with_a_space() -> None:
    from storyline.render.common import spaced

    assert spaced("The film is uneven, more hit than triumph.It was still one of the year's films.") == (
        "The film is uneven, more hit than triumph. It was still one of the year's films.")
    assert spaced("It is sold at Spectacles.com and in the U.S.Army stores.") == (
        "It is sold at Spectacles.com and in the U.S.Army stores.")


def test_a_subordinate_clause_with_its_own_verb_before_the_comma_stands() -> None:
    got = _why("While some voters blame the harbour board for the flood, the mayor abruptly fired its chairman on "
               "Tuesday.")
    assert all(v is None for v in got.values()), got
