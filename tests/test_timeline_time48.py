"""The timeline kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time48"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import story

TUE = dt.date(2011, 3, 15)  # a Tuesday


def _entries(text: str, published: dt.date = TUE) -> list[tuple[str, str, list[tuple[str, str]]]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.text, [(g.name, g.text) for g in e.who])
            for e in build_timeline(story(text, published=published), same_thing)]


def test_a_clause_its_whole_sentence_shows_under_another_date_is_not_shown_again() -> None:
    # "Iraqi forces last month ousted Islamic State from eastern Mosul" under January and the whole sentence, "… and
    # embarked on a new offensive … this week", under the week: one act told twice
    got = _entries("Rebel fighters last month seized the northern ridge and launched a new push on the valley town "
                   "this week.")
    assert [d for d, t, _ in got if "seized the northern ridge" in t] == ["2011-W11"], got


def test_a_clause_of_a_sentence_shown_nowhere_else_keeps_its_date() -> None:
    # guard: two sentences, each with its own date, both stay
    got = _entries("Rebel fighters seized the northern ridge last month. The army launched a new push on the valley "
                   "town this week.")
    assert [d for d, t, _ in got if t.startswith("Rebel fighters")] == ["2011-02"], got


def test_a_subject_pronoun_is_glossed_with_the_subject_before_it_among_several_people() -> None:
    # "Amos Yee was jailed in 2015 … late leader Lee Kuan Yew, whose son Lee Hsien Loong … He was jailed again in
    # 2016 …": the 2015 sentence carried into the 2016 entry, told under both years
    got = _entries("Ann Ruiz was fined in 2009 for breaking the rules of the rowing federation, whose chairman Tom "
                   "Hale is now the sports minister. She was fined again in 2010 for missing a drug test.")
    assert [(t, who) for d, t, who in got if d == "2010"] == [
        ("She was fined again in 2010 for missing a drug test.", [("She", "Ann Ruiz")])], got


def test_a_subject_of_the_other_gender_is_no_referent() -> None:
    # guard: "She" after a sentence whose subject is "Peter Hale" is not glossed with him; the lead-in is carried
    got = _entries("Peter Hale was fined in 2009 for breaking the rules of the rowing federation, whose chairman Ann "
                   "Ruiz is now the sports minister. She was fined again in 2010 for missing a drug test.")
    assert [(t[:10], who) for d, t, who in got if d == "2010"] == [("Peter Hale", [])], got


def test_a_day_of_next_year_written_with_of_is_next_years() -> None:
    # "… by 5 February of next year" in a 2017 report read as 5 Feb 2017
    got = _entries("The two leagues must agree on the new rules by 5 February of next year, the federation said.")
    assert [d for d, _, _ in got] == ["2012-02-05"], got


def test_a_day_before_a_name_that_starts_with_a_months_short_form_is_no_date() -> None:
    # "1st Julia" (an ordinal before a name) read as 1 July
    got = _entries("The 1st Julia Street bridge was closed to traffic on Monday.")
    assert [d for d, _, _ in got] == ["2011-03-14"], got


def _rows_of(*texts: str) -> list[tuple[str, str, list[str]]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.text, [c.doc for c in e.citations])
            for e in build_timeline(story(*texts, published=dt.date(2011, 3, 16)), same_thing)]


def test_one_vote_told_by_two_reports_with_its_tally_and_no_name_in_common_is_one_entry() -> None:
    # "Tuesday's symbolic motion, which was proposed by the Scottish government …, was backed by 90 votes to 34." [1]
    # and "With 90 votes to 34, Scottish parliament voted overwhelmingly against … on Tuesday …" [2]: two entries
    got = _rows_of("Tuesday's motion on the tram line, which was proposed by the transport board led by its chair Ann "
                   "Ruiz, was backed by 41 votes to 12.",
                   "With 41 votes to 12, the Leeds city council voted overwhelmingly against closing the tram line on "
                   "Tuesday - with most of the votes against coming from the mayor's own party.")
    assert len([t for _, t, _ in got if "41 votes to 12" in t]) == 1, got


def test_two_acts_of_one_day_sharing_one_figure_stay_two() -> None:
    # guard: one figure in common and no name: two acts
    got = _rows_of("The tram board approved 12 new stops for the line on Tuesday, its chair said.",
                   "The Leeds city council cut 12 bus routes from its network on Tuesday, with more cuts to come.")
    assert len(got) == 2, got


def test_a_said_clause_cut_from_its_attribution_keeps_its_date() -> None:
    # guard: "President Trump's income in 2005 totaled more than $150 million, the White House said in a statement on
    # Tuesday evening": the clause is what was said; its year stays its entry's (the saying is the whole's)
    got = _entries("The club's income in 2009 totaled more than $150 million, the club's chairman Tom Hale said in a "
                   "statement on Monday.")
    assert "2009" in [d for d, _, _ in got], got


def test_one_dated_thing_mentioned_in_three_sentences_is_one_entry() -> None:
    # "the Tuesday hearing" and "the Thursday hearing" each in three entries of one report
    got = _entries("The chairman of the transport committee called off the Thursday hearing with the rail bosses. "
                   "The Thursday hearing was to feature the head of the rail regulator, Ann Ruiz. Opposition members "
                   "said the Thursday hearing would have shown the scale of the delays.")
    assert [t[:20] for _, t, _ in got if "Thursday hearing" in t] == ["The chairman of the "], got


def test_two_dated_things_of_one_day_stay_two() -> None:
    # guard: the Thursday hearing and the Thursday vote are two things
    got = _entries("The committee called off the Thursday hearing with the rail bosses. Members were angry about the "
                   "Thursday vote on fares, which went ahead.")
    assert len([t for _, t, _ in got if "Thursday" in t]) == 2, got


def test_a_month_after_including_takes_the_tense_of_the_verb_above() -> None:
    # "… in the months ahead, … William's and Kate's July visit to Germany and Poland" dated July of the year before
    got = _entries("The trip is the first of several the minister will make in the months ahead, including her July "
                   "visit to Chile and Peru.")
    assert [d for d, _, _ in got] == ["2011-07"], got


def test_a_month_after_including_in_a_past_sentence_stays_past() -> None:
    # guard: "made several trips, including her July visit": last July
    got = _entries("The minister made several trips, including her July visit to Chile and Peru.")
    assert [d for d, _, _ in got] == ["2010-07"], got


def _relations(text: str) -> list[tuple[str, str | None, bool]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, e.relation, e.mention) for e in build_timeline(story(text, published=TUE), same_thing)]


def test_things_from_a_year_are_of_that_year_not_since_it() -> None:
    # "… published what it said were leaked tax filings from 1995 that revealed …" dated "since 1995"
    got = _relations("Ahead of the vote, the paper published what it said were leaked club accounts from 1995 that "
                     "showed a large debt.")
    assert got == [("1995", None, True)], got


def test_a_place_held_from_a_year_stays_since() -> None:
    # guard: "played in the top league from 1995" is a period from 1995
    got = _relations("The club has played in the top league from 1995, the chairman said.")
    assert got == [("1995", "since", False)], got


def test_a_lead_in_that_opens_inside_a_quotation_starts_at_its_mark() -> None:
    # '… EU ... We are now on the threshold …," Davis said in a statement. "So we will trigger Article 50 by the end
    # of this month …"' filed from "We are now …": the lead-in cut inside the quotation, with no opening mark
    got = _entries("\"The council has today backed the plan to rebuild the old tram line ... We are now at the start "
                   "of the biggest rebuilding of our city in a generation,\" the mayor said in a statement. \"So we "
                   "will start the work by the end of this month as planned and finish it in time for the games.\"")
    assert [t[:12] for _, t, _ in got if "So we will" in t] == ["\"The council"], got


def test_a_pronoun_after_an_opening_phrase_is_carried_by_the_sentence_naming_its_one() -> None:
    # "In an online question-and-answer session on Friday, he said …" with its "he" named only in the sentence before
    got = _entries("\"The reef is dying faster than we thought,\" said Ann Ruiz, a marine biologist who led the "
                   "survey. In an online question-and-answer session on Friday, she said the reef had lost half its "
                   "coral.", published=dt.date(2011, 3, 18))
    assert [t[:8] for _, t, _ in got if "session on Friday" in t] == ["\"The ree"], got


def test_a_pronoun_after_an_opening_phrase_is_glossed_under_a_dated_lead_in() -> None:
    got = _entries("The survey team was led by Ann Ruiz, a marine biologist, on 4 March. In an online session on "
                   "Friday, she said the reef had lost half its coral.", published=dt.date(2011, 3, 18))
    assert [who for d, _, who in got if d == "2011-03-18"] == [[("she", "Ann Ruiz")]], got


def test_a_sign_off_glued_after_the_entrys_sentence_is_not_shown() -> None:
    # "… completion scheduled by May. aw/ (AFP)" on the timeline
    got = _entries("Work on the new bridge over the river started on Monday, with completion scheduled by May. "
                   "jm/ (AFP)", published=dt.date(2011, 3, 18))
    assert [t for _, t, _ in got] == [
        "Work on the new bridge over the river started on Monday, with completion scheduled by May."], got


def test_a_wire_in_brackets_inside_the_sentence_stays() -> None:
    # guard: no writers' initials with a slash before the bracket: the sentence's own words
    got = _entries("Work on the new bridge started on Monday, the engineers told the wire (AP).",
                   published=dt.date(2011, 3, 18))
    assert [t[-5:] for _, t, _ in got] == ["(AP)."], got


def test_a_crosshead_in_quotation_marks_run_into_the_sentence_is_not_shown() -> None:
    # "'Far more than symbolic' Ahead of Tuesday's non-binding vote, Scottish First Minister … said …"
    got = _entries("'Far from a done deal' Ahead of Tuesday's vote on the tram line, the mayor said it was the most "
                   "important in the city's history.", published=dt.date(2011, 3, 16))
    assert [t[:9] for _, t, _ in got] == ["Ahead of "], got


def test_a_quotation_before_a_name_and_its_verb_stays() -> None:
    # guard: '"Fake news" Trump called …': the quotation is the sentence's own words
    got = _entries("\"Fake news\" Trump called the report on Tuesday, in a post on the site.",
                   published=dt.date(2011, 3, 16))
    assert [t[:11] for _, t, _ in got] == ["\"Fake news\""], got


def test_a_pronoun_opening_a_paragraph_is_glossed_with_the_one_the_paragraph_before_names() -> None:
    # "He added that Tuesday's revelations could actually play out in Trump's favour." opening its paragraph
    got = _entries("The journalist Ann Ruiz said the papers had come to her by post.\n\nShe added that Tuesday's "
                   "revelations could actually help the mayor.", published=dt.date(2011, 3, 16))
    assert [who for _, t, who in got if t.startswith("She added")] == [[("She", "Ann Ruiz")]], got


def test_a_pronoun_opening_a_paragraph_after_two_people_is_not_glossed() -> None:
    # guard: the paragraph before names two people
    got = _entries("The journalist Ann Ruiz told the mayor Tom Hale that the papers had come by post.\n\nShe added "
                   "that Tuesday's revelations could actually help the mayor.", published=dt.date(2011, 3, 16))
    assert [who for _, t, who in got if t.startswith("She added")] == [[]], got
