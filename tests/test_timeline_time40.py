"""The timeline faults of the fifty-fifth to fifty-seventh reads (bench/BRIEF_REVIEW.md, "time40"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

WED = dt.date(2011, 3, 16)  # a Wednesday


def _on(got: list[tuple[str, bool, bool, str]], opening: str) -> list[str]:
    return [d for d, _, _, t in got if t.startswith(opening)]


def test_a_figure_compared_with_a_quarter_of_last_year_is_a_mention() -> None:
    got = timeline_rows("The ferry line said fares rose by 12% to 3.1 million crowns from 2.8 million in the "
                        "first quarter last year.", published=WED)
    assert [m for _, m, _, t in got if t.startswith("The ferry line")] == [True], got


def test_a_change_since_last_year_is_not_dated_by_it() -> None:
    got = timeline_rows("The ferry line's profits were up by more than 9% since last year, its chief told "
                        "shareholders.", published=WED)
    assert not _on(got, "The ferry line"), got


def test_a_change_from_a_year_ago_alone_is_no_entry() -> None:
    got = timeline_rows("The cargo arm earned 40m crowns on sales of 900m crowns, down 12% from a year ago and "
                        "flat on the quarter.", published=WED)
    assert not _on(got, "The cargo arm"), got


def test_more_than_a_year_ago_is_no_entry() -> None:
    got = timeline_rows("The ferry line carried more cars in the winter months than a year ago, when the bridge "
                        "was shut.", published=WED)
    assert not _on(got, "The ferry line"), got


def test_a_sale_of_last_year_stays_dated() -> None:
    got = timeline_rows("The ferry line sold its oldest boat to a museum last year for 2 million crowns.",
                        published=WED)
    assert _on(got, "The ferry line") == ["2010"], got


def test_a_clause_cut_from_its_sentence_keeps_its_subjects_whole_name() -> None:
    got = timeline_rows("Marsh Dairies voluntarily recalled the goat cheese on Monday, and Fenwick pulled the "
                        "cheese from shelves and began calling shoppers who bought it last Friday, according to "
                        "state news releases.", published=WED)
    assert not [t for _, _, _, t in got if t.startswith("Dairies")], got


def test_a_clause_cut_after_a_name_parsed_as_a_verb_keeps_the_name() -> None:
    from spacy.tokens import Doc

    from storyline.nlp import get_nlp
    from storyline.timeline.date_clause import clause_span

    words = ["Fenholt", "Dairies", "recalled", "the", "goat", "cheese", "on", "Monday", ",", "and", "Lark",
             "pulled", "it", "last", "Friday", "."]
    heads = [0, 2, 0, 5, 5, 2, 2, 6, 2, 2, 11, 2, 11, 14, 11, 0]
    deps = ["ROOT", "nsubj", "ccomp", "det", "compound", "dobj", "prep", "pobj", "punct", "cc", "nsubj", "conj",
            "dobj", "amod", "npadvmod", "punct"]
    pos = ["VERB", "PROPN", "VERB", "DET", "NOUN", "NOUN", "ADP", "PROPN", "PUNCT", "CCONJ", "PROPN", "VERB",
           "PRON", "ADJ", "PROPN", "PUNCT"]
    spaces = [True] * 16
    spaces[7] = spaces[14] = spaces[15] = False
    doc = Doc(get_nlp().vocab, words=words, spaces=spaces, heads=heads, deps=deps, pos=pos)
    at = doc.text.index("Monday")
    a, _ = clause_span(doc, at, at + len("Monday"), 0, len(doc.text))
    assert doc.text[a:].startswith("Fenholt Dairies recalled"), doc.text[a:]


def test_a_posts_credit_line_does_not_head_the_entry() -> None:
    from storyline.timeline.shape import trim_opening

    text = ('— Ann Lee (@annlee_port) March 16, 2011 "It is sad that after the floods of 2004 and 2007 the '
            'harbour walls were left as they were," she said.')
    assert text[trim_opening(text, 0, len(text)):].startswith('"It is sad'), text


FRI = dt.date(2011, 3, 18)  # a Friday


def test_protests_called_for_after_the_days_prayers_are_expected() -> None:
    got = timeline_rows("Fishermen's unions had called for protests across the harbour district after Friday "
                        "prayers.", published=FRI)
    assert [(d, f) for d, _, f, t in got if t.startswith("Fishermen")] == [("2011-03-18", True)], got


def test_a_call_made_on_a_day_is_no_plan() -> None:
    got = timeline_rows("Fishermen's unions called on Friday for protests across the harbour district.",
                        published=FRI)
    assert [(d, f) for d, _, f, t in got if t.startswith("Fishermen")] == [("2011-03-18", False)], got


THU = dt.date(2011, 3, 17)  # a Thursday


def test_its_time_for_firms_to_report_on_the_day_is_expected() -> None:
    got = timeline_rows("It's time for two harbour firms to report their quarterly earnings after the markets close "
                        "Thursday.", published=THU)
    assert [(d, f) for d, _, f, t in got if t.startswith("It's time")] == [("2011-03-17", True)], got


def test_its_time_for_a_pair_of_firms_to_report_on_the_day_is_expected() -> None:
    got = timeline_rows("It's time for a pair of harbour firms to report quarterly earnings after the markets close "
                        "Thursday.", published=THU)
    assert [(d, f) for d, _, f, t in got if t.startswith("It's time")] == [("2011-03-17", True)], got


def test_a_posts_credit_line_alone_is_no_lead_in() -> None:
    # entry_start (lead_ins.py) carries no lead-in that is only such a line back over a trimmed entry
    from storyline.timeline.shape import post_credit

    assert post_credit("— Ann Lee (@annlee_port) March 16, 2011\n")
    assert not post_credit("Mayor Ann Lee (@annlee_port) said on March 16, 2011 that the pier would close. ")
