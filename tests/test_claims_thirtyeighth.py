"""Claims: the twenty-eighth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims38"): a sentence's opening
before a dash taken as a list line's label (openings.py, lexicon clause_openers); "all-time" cut; an offset before a
clause's start (offsets.py, lexicon onset_verbs); a list heading and a measure naming an event (headings.py); "two
of three" as a share (measures.py); a page label as the subject; a range in two units (spans.py); a comparison's
yardstick in brackets (yardsticks.py, lexicon yardstick_words). Our own invented sentences through the real model
(``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims
from claims_support import whats as _whats

# a sentence's opening before a dash is no list line's label, so no place


def test_a_connective_opening_before_a_dash_is_no_place() -> None:
    assert _whats("And there was plenty of the grain — about 1,400 tons, the harbour master said.") == ["weight (ton)"]


def test_a_lower_case_clause_before_a_dash_is_no_place() -> None:
    assert _whats("The crew found plenty of the grain — about 1,400 tons, the harbour master said.") == [
        "weight found (ton)"]


def test_a_list_line_label_stays_the_place() -> None:
    assert _whats("Westmark Province - approximately 2,400 people died.") == ["people killed in Westmark Province"]


# a determiner joined by a hyphen is a word of a compound ("all-time"), kept in the "what"


def test_all_time_is_kept_whole() -> None:
    assert _whats("The harbour index scaled a new all-time high of 4,210.5 in early trade.") == [
        "new all-time high scaled"]


# an offset before a clause's event dates the clause it hangs on: no figure


def test_an_offset_before_a_clause_is_no_figure() -> None:
    assert _whats("The two captains meet in Harbourton just 40 days before the season opens.") == []


def test_a_length_before_a_clause_stays_a_figure() -> None:
    assert _whats("The crew worked for three weeks before the season opened.") == ["crew worked (wk)"]


# the piece's own list heading counts its items: no claim


def test_a_verbless_list_heading_is_no_claim() -> None:
    assert _whats("Five big questions heading into the harbour vote, to be aired on Channel Nine:") == []


def test_a_heading_with_a_verb_stays_a_claim() -> None:
    assert _whats("Five trawlers sank in the harbour on Tuesday:") == ["trawlers that sank in the harbour"]


# a measure written as a name's modifier ("the 400 metre Harbour Sprint title") names the event


def test_a_measure_naming_an_event_is_no_figure() -> None:
    assert _whats("Dunmore junior Ada Vell won the 400 metre Harbour Sprint state title.") == []


def test_a_measure_of_a_thing_stays_a_figure() -> None:
    assert _whats("The crew dragged the boat 400 metres up the beach.") == ["distance dragged (m)"]


# "two of three X": a share, not the whole three


def test_two_of_three_is_a_share() -> None:
    assert _whats("Salt and fresh water, two of three needs for the colony, are found all over the island.") == [
        "share of needs: found all over the island", "needs"]  # the whole a figure of its own, as after "of the"


def test_a_plain_count_stays_a_count() -> None:
    assert _whats("Salt and fresh water, three needs for the colony, are found all over the island.") == ["needs found"]


# a page's label before a colon is no subject


def test_a_page_label_is_no_subject() -> None:
    assert _whats("Results: Dunmore junior Ada Vell won the state final in the pool with a score of 312.40.") == [
        "score (won)"]


def test_a_subject_stays_in_the_what() -> None:
    assert _whats("The Dunmore crew won the final in the harbour with a score of 312.40.") == [
        "score (Dunmore crew won with)"]


# a range whose ends are told in two units of one dimension: one figure, not two


def _ranges(text: str) -> list[tuple[str, float, float]]:
    return [(c["what"], m["low"], m["high"]) for c in claims(text) for m in c["mentions"]]


def test_a_range_across_units_is_one_figure() -> None:
    assert _ranges("Recovery of the harbour seals can range from three weeks to two years.") == [
        ("recovery (wk)", 3, 104)]


def test_two_figures_in_two_units_stay_two() -> None:
    assert len(_ranges("The crew sailed for three weeks and the repairs took two years.")) == 2


# a comparison's yardstick described in brackets: its figure is no claim


def test_a_yardsticks_bracketed_figure_is_no_claim() -> None:
    assert _whats("The spill was almost enough to fill a harbour tanker (which holds about 3,100 tons of oil).") == []


def test_a_bracketed_figure_without_a_comparison_stays() -> None:
    assert _whats("The crew unloaded a harbour tanker (which holds about 3,100 tons of oil).") == ["oil (ton)"]


def test_an_offset_before_another_clause_stays_a_figure() -> None:
    assert _whats("The crew sailed the boat to Harbourton 40 days before the storm hit.") != []
