"""The timeline kinds the pool7 in-sample half A left (bench/BRIEF_REVIEW.md, "time49"), by kind.
Fixtures are made up for these tests; none comes from the pages."""

from __future__ import annotations

import datetime as dt

from conftest import timeline_rows

MON = dt.date(2011, 3, 14)  # a Monday


def test_last_week_for_an_act_another_report_dates_by_its_day_is_one_entry_under_the_day() -> None:
    # "Last week, Mubarak was acquitted …" (a Monday's report, for a Thursday eleven days back) beside "On March 2,
    # Mubarak was acquitted …": one act under the week and under the day
    got = timeline_rows("On March 3, the city council approved the new tram budget by a narrow margin.",
                        "Last week, the city council approved the new tram budget by a narrow margin.",
                        published=MON)
    assert [d for d, _, _, t in got if "tram budget" in t] == ["2011-03-03"], got


def test_a_week_told_act_under_a_day_its_sentence_only_mentions_shows_the_act() -> None:
    # "Last week, … Trump tweeted that …" beside "… also responded to Trump's tweet of February 3, …": the day's
    # sentence only mentions the tweet, so the act's own sentence is shown, under the day
    got = timeline_rows("Earlier this week, the ferry company cut its winter timetable to two sailings a day.",
                        "The island's mayor complained about the ferry company's timetable cut of March 8, which "
                        "leaves the ferry company with two sailings a day.",
                        published=dt.date(2011, 3, 10))
    rows = [(d, m, t[:30]) for d, m, _, t in got if "ferry" in t]
    assert rows == [("2011-03-08", False, "Earlier this week, the ferry c")], got


def test_a_day_outside_the_week_and_another_act_stay_apart() -> None:
    # guards: a day two weeks before "last week" is not its day; another act of the week's day is not the same act
    got = timeline_rows("On February 21, the city council approved the new tram budget by a narrow margin. On March 8, "
                        "the city council rejected a plan to close the old bus depot.",
                        "Last week, the city council approved the new tram budget by a narrow margin.",
                        published=MON)
    assert sorted(d for d, _, _, _ in got) == ["2011-02-21", "2011-03-08", "2011-W10"], got


THU = dt.date(2011, 3, 17)  # a Thursday


def test_a_weekday_an_untensed_due_sets_is_the_coming_one() -> None:
    # "Mr Trump has also ordered a report, due on Friday, listing …" in a Thursday report dated the Friday before
    got = timeline_rows("The mayor has also ordered a review of the harbour tolls, due on Friday, listing every fee "
                        "the port charges.", published=THU)
    assert [(d, f) for d, _, f, t in got if "harbour tolls" in t] == [("2011-03-18", True)], got


def test_a_weekday_a_past_due_tells_is_the_one_before() -> None:
    # guards: "was due on Friday" and a "due" in a sentence told in the simple past keep the Friday before
    for text in ("The review of the harbour tolls was due on Friday, the port authority said.",
                 "The review of the harbour fees, due on Friday, was handed in two days late."):
        got = timeline_rows(text, published=THU)
        assert [(d, f) for d, _, f, _ in got] == [("2011-03-11", False)], got


TUE = dt.date(2011, 3, 15)  # a Tuesday


def test_a_weekday_a_past_perfect_expectation_sets_is_the_one_gone_by() -> None:
    # "The department had been expected to provide a response by Monday …" read as the coming Monday, (expected)
    got = timeline_rows("The ferry company had been expected to publish its new winter timetable by Monday, but it "
                        "asked the island council for more time.", published=TUE)
    assert [(d, f) for d, _, f, _ in got] == [("2011-03-14", False)], got


def test_a_weekday_a_present_expectation_sets_is_still_to_come() -> None:
    # guard: "is expected to publish … by Monday" is the coming Monday, a plan
    got = timeline_rows("The ferry company is expected to publish its new winter timetable by Monday, the island "
                        "council said.", published=TUE)
    assert [(d, f) for d, _, f, _ in got] == [("2011-03-21", True)], got


def test_an_entry_opening_on_a_similar_thing_carries_the_sentence_it_compares_with() -> None:
    # "A similar proposal by Foreign Minister Wang Yi was rejected … last week" and "The related executive order last
    # week was frozen …" shown alone: similar to what, related to what?
    got = timeline_rows("The rowing federation wants to move the national regatta to the northern lakes. A similar "
                        "plan by the sports minister was rejected by the clubs last week.", published=TUE)
    assert [t[:30] for d, _, _, t in got if d == "2011-W10"] == ["The rowing federation wants to"], got


def test_an_entry_opening_on_a_plain_noun_stands_alone() -> None:
    # guard: "A new plan by …" leans on nothing
    got = timeline_rows("The rowing federation wants to move the national regatta to the northern lakes. A new "
                        "plan by the sports minister was rejected by the clubs last week.", published=TUE)
    assert [t[:30] for d, _, _, t in got if d == "2011-W10"] == ["A new plan by the sports minis"], got


def test_one_plan_two_reports_word_alike_after_their_subjects_is_one_entry() -> None:
    # "Mr Yee's lawyer … said he could be released as early as Monday." [2] and "…, the 18-year-old was eligible for
    # immediate release …, and could be released as early as Monday." [3]: one plan in two entries
    got = timeline_rows("Mr Tan's lawyer, Mary Lowe, said he could be released as early as Monday.",
                        "Although the coast guard had initially opposed Tan's bail application, the 52-year-old "
                        "fisherman was eligible for immediate release following the magistrate's ruling, and could be "
                        "released as early as Monday.", published=THU)
    assert len([d for d, _, _, _ in got if d == "2011-03-21"]) == 1, got


def test_a_short_clause_or_one_with_no_name_shared_is_no_sign_of_one_act() -> None:
    # guards: "will meet on Monday" (four words) is anyone's plan; the same long clause in sentences that share no
    # name may be two subjects' acts
    from types import SimpleNamespace

    from storyline.timeline.told import _worded_alike

    def entry(subject: str, claim: str, bare: str, names: set[str]) -> SimpleNamespace:
        return SimpleNamespace(subject=subject, claim=claim, bare=bare, names=frozenset(names))

    a = entry("", "he will meet on Monday", "will meet on Monday", {"dunn"})
    b = entry("The union", "The union will meet on Monday", "", {"dunn"})
    assert not _worded_alike(a, b)  # type: ignore[arg-type]
    c = entry("", "he could sign the new contract on Monday", "could sign the new contract on Monday", {"dunn"})
    d = entry("The winger", "The winger could sign the new contract on Monday", "", {"ferreira"})
    assert not _worded_alike(c, d)  # type: ignore[arg-type]
    assert _worded_alike(c, entry("The winger", d.claim, "", {"dunn"}))  # type: ignore[arg-type]


def _glossed(text: str) -> list[tuple[str, list[tuple[str, str]]]]:
    from conftest import story
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.text[:24], [(g.name, g.text) for g in e.who])
            for e in build_timeline(story(text, published=TUE), same_thing)]


def test_a_pronoun_after_a_speakers_i_is_not_glossed_with_a_person_the_speaker_names() -> None:
    # Trump's tweet glued into the text, "I'd bet … President Obama was tapping my phones …", then "He presented no
    # evidence …" glossed "*He:* Obama": he is the one who says "I"
    got = _glossed("The striker posted a message online in October. I'd bet a good lawyer could make a great case out "
                   "of the fact that coach Peter Hale was hiding my injury reports in October! He offered no proof, "
                   "and the club said last week that the claim was false.")
    assert ("He offered no proof, and", []) in got, got


def test_a_pronoun_after_an_opening_phrase_is_not_glossed_past_a_named_subject_the_typing_missed() -> None:
    # "Kathrada and Mandela were jailed …" (only Mandela a person mention), then "In 1997, he also became …" glossed
    # "*he:* Mandela"
    got = _glossed("Kessling and Anna Moore were jailed with the other reformers in 1964. In 1997, she also became "
                   "the chair of the island museum council.")
    assert ("In 1997, she also became", []) in got, got


def test_a_subject_pronoun_after_a_named_subject_is_still_glossed() -> None:
    # guard: the subject of the sentence before is the one person it names
    got = _glossed("Tom Hale was jailed in 2009 for insulting judges. He was jailed again in 2010 for six weeks.")
    assert ("He was jailed again in 2", [("He", "Tom Hale")]) in got, got
