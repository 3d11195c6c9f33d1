"""Repeated timeline entries the eleventh read left (issue 12, bench/BRIEF_REVIEW.md, "time12"): one event at
two precisions, one sentence under its main date and again under a date it mentions, and one day's event told
twice in entries that share a report. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story


def _timeline(*texts: str) -> list[tuple[str, list[str], bool, str]]:
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    return [(e.date, sorted({c.doc for c in e.citations}), e.mention, e.text)
            for e in build_timeline(story(*texts, published=None), same_thing)]


def test_one_birth_at_a_year_and_at_a_day_is_one_entry_under_the_day() -> None:
    tl = _timeline("Born in 1952, she was the second of five children of a Kelbridge shipwright.",
                   "Marguerite Anne Holloway was born on March 3, 1952, in the Harbour Street district of Kelbridge.")
    assert [(d, docs) for d, docs, _, _ in tl] == [("1952-03-03", ["d0", "d1"])], tl


def test_another_persons_birth_in_that_year_stays_apart() -> None:
    tl = _timeline("Her brother Anthony Holloway was born in 1952 in a Kelbridge nursing home.",
                   "Marguerite Anne Holloway was born on March 3, 1952, in the Harbour Street district of Kelbridge.")
    assert sorted(d for d, _, _, _ in tl) == ["1952", "1952-03-03"], tl


def test_another_event_of_that_year_stays_apart() -> None:
    tl = _timeline("In 1952 she opened a bakery on Harbour Street with her first husband.",
                   "Marguerite Anne Holloway was born on March 3, 1952, in the Harbour Street district of Kelbridge.")
    assert sorted(d for d, _, _, _ in tl) == ["1952", "1952-03-03"], tl


def test_a_sentence_is_not_filed_again_under_a_year_it_mentions() -> None:
    tl = _timeline("When the bridge fell in May 1961, the council handled the fallout calmly and, through patient "
                   "work, helped pave the way for a series of reforms that culminated in the collapse of the old "
                   "guild in 1968.")
    assert [d for d, _, _, _ in tl] == ["1961-05"], tl


def test_a_passage_shows_once_under_its_main_date() -> None:
    tl = _timeline("Mr. Holloway was the last mayor to serve in the navy. He went on to build a long resume, as a "
                   "shipwright, a judge and a harbour master, before becoming the governor's deputy in 1980 and "
                   "then succeeding him in the election in 1988.")
    assert [(d, mention) for d, _, mention, _ in tl] == [("1988", False)], tl


def test_a_mention_in_a_sentence_of_its_own_stays() -> None:
    tl = _timeline("The poet, who was born in 1931, moved to the capital in 1957. The painter, who was born in "
                   "1931, was a shy and quiet man all his life, his sister said.")
    assert [d for d, _, _, _ in tl] == ["1931", "1957"], tl  # the first 1931 is the 1957 sentence's context


def test_a_mention_on_the_main_clause_stays_beside_the_sentences_other_date() -> None:
    tl = _timeline("Detained by the junta's police in 1976, the editor was given a closed trial, jailed and "
                   "released under house arrest in 1983.")
    assert sorted(d for d, _, _, _ in tl) == ["1976", "1983"], tl


def test_one_days_event_told_twice_in_entries_sharing_reports_is_one_entry() -> None:
    tl = _timeline("Tomas Verhoeven was reported as missing in Aldermouth County on Oct. 9, 2019. "
                   "Tomas Verhoeven, 31, of Kelbridge, was reported missing on Oct. 9 by his sister, who told "
                   "the sheriff's office that he had gone north to work on a fishing boat.",
                   "Tomas Verhoeven was reported as missing in Aldermouth County on Oct. 9, 2019. Tomas "
                   "Verhoeven, 31, of Kelbridge, was reported missing on Oct. 9 by his sister, who said he had "
                   "gone north to work on a fishing boat.")
    assert [(d, docs) for d, docs, _, _ in tl] == [("2019-10-09", ["d0", "d1"])], tl


def test_two_events_of_one_day_stay_apart() -> None:
    tl = _timeline("Tomas Verhoeven was reported missing on Oct. 9, 2019, by his sister. The harbour office "
                   "closed the north pier on Oct. 9, 2019, after a storm damaged its lights.")
    assert len(tl) == 2, tl


def test_a_year_does_not_join_two_different_days() -> None:
    tl = _timeline("The Kelbridge ferry Arden sank in 1952 off the north pier, killing 40 people.",
                   "The Kelbridge ferry Arden sank on March 3, 1952, off the north pier, killing 40 people.",
                   "The Kelbridge ferry Arden sank on May 9, 1952, off the north pier, killing 40 people.")
    assert sorted(d for d, _, _, _ in tl if d != "1952") == ["1952-03-03", "1952-05-09"], tl
