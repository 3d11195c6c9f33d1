"""Claims: the WHO of a row, structurally (bench/BRIEF_REVIEW.md, "claims61"): a speaker only from a reporting
frame that governs the figure's own clause (a reporting clause hung on that clause, a relative clause whose relative
word reports the figure), never from another clause's verb nor from a sentence before whose report held a clause of
its own; no speaker for a figure in a non-restrictive relative clause of any form (", none of whom …"); and a guard
that the figure's own locative phrase stays its place (the round's place half was reverted). Our own invented
sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _mentions(text: str) -> list[tuple[str, dict[str, Any]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, m) for g in groups for m in g.to_dict()["mentions"]]


def _one(text: str, figure: str) -> tuple[str, dict[str, Any]]:
    found = [(w, m) for w, m in _mentions(text) if figure in m["text"]]
    assert len(found) == 1, _mentions(text)
    return found[0]


# a reporting verb of another clause is no frame of the figure (attribution._other_cue)


def test_a_joined_clauses_reporting_verb_is_no_speaker() -> None:
    text = ("The two leagues had played 14 friendly matches since their owners met in Lisbon and agreed to "
            "closer ties.")
    _, m = _one(text, "14 friendly matches")
    assert m["speaker"] is None


def test_a_reporting_clause_after_the_figure_still_speaks() -> None:
    # guard: "…, the union said" hung on the figure's clause stays the speaker
    _, m = _one("About 300 nurses walked out on Monday, the union said.", "300 nurses")
    assert m["speaker"] == "the union"


# no frame in the sentence: no speaker, not the one of the sentence before (attribution.speaker_for)


def test_the_sentence_before_lends_no_speaker() -> None:
    text = ("The museum lent 40 paintings to the show, according to Maria Lopez. There were 9,000 visitors in "
            "May, a 12% increase on April.")
    _, m = _one(text, "12%")
    assert m["speaker"] is None


def test_a_quotation_keeps_its_speaker_over_sentences() -> None:
    # guard: a quotation's own speaker carries on inside the quotation
    text = "\u201cWe sold 500 tickets. Then we hired 80 ushers,\u201d said Maria Lopez."
    _, m = _one(text, "80 ushers")
    assert m["speaker"] == "Maria Lopez"


# a non-restrictive relative clause of any form is the writer's background (attribution._background)


def test_none_of_whom_is_the_writers_background() -> None:
    text = ("The league warned on Friday that the club risked relegation unless its owners hired coaches, none of "
            "whom were included in the 25-man squad.")
    _, m = _one(text, "25-man squad")
    assert m["speaker"] is None


# a relative clause whose relative word reports the figure: its antecedent speaks (attribution._relative_report)


def test_who_reported_gives_its_antecedent() -> None:
    text = "\u201cWe need more rangers,\u201d said Okafor, who has reported up to 30 poaching raids since March."
    _, m = _one(text, "30 poaching raids")
    assert m["speaker"] == "Okafor"


# guard: a locative phrase of the figure's own clause stays its place


def test_the_figures_own_place_stays() -> None:
    _, m = _one("Engineers built 90 turbines in Norway last year, the firm said.", "90 turbines")
    assert m["place"] == ["Norway"]
