"""Claims: the twenty-fifth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims35"): an emergency line's
number ("911 calls", lexicon emergency_numbers); a number opening a quoted term ("the term "three amigos"", lexicon
naming_words); an aside's "if" and a fronted "If convicted" (conditions.py); "at a time" (a rate per go); a fronted
"by" span (a point reached); a journey's "from" place (journeys.py); evidence under a report (lexicon
evidence_nouns); a sum's noun ("a budget request for $5bn", lexicon sum_nouns); a count after "between" in a noun's
phrase. Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures

# an emergency line's number


def test_911_calls_are_no_count() -> None:
    assert figures("Harbour police began receiving 911 calls on Tuesday afternoon.") == []


def test_a_count_of_calls_stays() -> None:
    ms = figures("Harbour police received 300 calls on Tuesday afternoon.")
    assert [m.value for m in ms] == [300]


# a number opening a quoted term


def test_a_quoted_term_is_no_count() -> None:
    assert claims('Ann Lee said she never used the term "three musketeers" about the harbour board.') == []


def test_a_quoted_count_after_a_speech_verb_stays() -> None:
    ms = figures('The harbour board said "two ferries" had been lost in the storm.')
    assert [m.value for m in ms] == [2]


# an "if" clause inside a bracketed aside is the aside's; a fronted bare participle's "if" is the verb's


def test_an_aside_if_is_not_the_figure_condition() -> None:
    whats = [c["what"] for c in claims("As a team, the Harbour FC had 11 shots on goal (well, 12 if you count the "
                                       "disallowed one).")]
    assert whats == ["shots (Harbour FC)"]  # (the clause's holder named, claims66)


def test_an_if_after_the_verb_still_conditions() -> None:
    whats = [c["what"] for c in claims("The harbour board will pay 40 workers if the dock opens.")]
    assert len(whats) == 1 and whats[0].endswith("(if)")


def test_a_fronted_bare_participle_if_conditions() -> None:
    whats = [c["what"] for c in claims("If convicted, he faces up to 20 years in prison.")]
    assert len(whats) == 1 and whats[0].endswith("(if)")


def test_a_fronted_if_with_a_subject_is_left_alone() -> None:
    whats = [c["what"] for c in claims("If you look at it, 40 percent of the harbour's boats are old.")]
    assert len(whats) == 1 and not whats[0].endswith("(if)")


# a count per go ("at a time")


def test_at_a_time_is_a_rate_per_go() -> None:
    whats = [c["what"] for c in claims("The harbour crane lifts four boxes at a time.")]
    assert whats == ["boxes lifted per go"]


def test_at_a_time_of_something_is_no_rate() -> None:
    whats = [c["what"] for c in claims("The harbour hired four workers at a time of crisis.")]
    assert whats == ["workers hired"]


# a fronted "by" span says when


def test_a_fronted_by_span_is_a_point_reached() -> None:
    assert claims("His symptoms improved within a month, and by six months he felt well again.") == []


def test_a_by_span_after_its_verb_measures_the_change() -> None:
    whats = [c["what"] for c in claims("The harbour launch was delayed by six months.")]
    assert whats == ["harbour launch delayed (mo)"]  # (its noun subject too: claims54)


# a journey's distance is from its start, not in it


def test_a_journey_distance_is_from_its_start() -> None:
    whats = [c["what"] for c in claims("The harbour dog had traveled more than 300 miles from Ohio.")]
    assert whats == ["distance traveled (mi) from Ohio"]


def test_a_journey_distance_in_a_place_stays_in_it() -> None:
    whats = [c["what"] for c in claims("The harbour ferry sailed 300 miles in Ohio.")]
    assert whats == ["distance sailed (mi) in Ohio"]


# evidence that reveals a finding is no source when someone reports it


def _speakers(text: str) -> list[str | None]:
    return [m["speaker"] for c in claims(text) for m in c["mentions"]]


def test_whoever_reports_the_evidence_is_the_source() -> None:
    assert _speakers("Harbour officials said a scan of the dog's tag revealed that the dog had traveled more than "
                     "300 miles from Ohio.") == ["Harbour officials"]


def test_evidence_alone_stays_the_source() -> None:
    assert _speakers("A scan of the dog's tag revealed that the dog had traveled more than 300 miles from "
                     "Ohio.") == ["A scan of the dog's tag"]


def test_a_named_teller_under_a_report_stays() -> None:
    assert _speakers("Harbour officials said Ann Lee revealed that 300 boats had sunk.") == ["Ann Lee"]


# a sum's noun names the sum


def test_a_request_for_a_sum_names_it() -> None:
    whats = [c["what"] for c in claims("The board is debating the harbour's 2020 budget request for $5.6bn, and "
                                       "whether a new dock is feasible.")]
    assert whats == ["harbour's budget request (USD)"]


def test_a_sale_for_a_sum_is_not_the_thing_sold() -> None:
    whats = [c["what"] for c in claims("The harbour board sold the old ferry company for $5 million.")]
    assert whats == ["“The harbour board sold the old ferry company for $5 million” (USD)"]


# a count after "between" in a noun's phrase names the noun's sides


def test_between_counts_the_sides_of_the_noun() -> None:
    whats = [c["what"] for c in claims("The harbour chief said officials began receiving calls on Tuesday about a "
                                       "fight aboard a ferry between two men.")]
    assert whats == ["men (fight)"]


def test_between_on_a_verb_object_is_left_alone() -> None:
    whats = [c["what"] for c in claims("Talks between three harbour unions failed on Monday.")]
    assert whats == ["harbour unions (Talks failed)"]
