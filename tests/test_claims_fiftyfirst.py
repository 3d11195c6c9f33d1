"""Claims: the wrong claims rows of the forty-eighth and forty-ninth reads and the lead's clean check of session 26,
by kind (bench/BRIEF_REVIEW.md, "claims51"): a span before an "after"/"before" clause shown as a figure ("four months
after it opened"), a sum's kind after "in" lost for the verb ("drew $4.5 billion in revenue", "did $2 million …
in sales"), a sum restated ", or $2.10 per share" under the verb, a copula's share shown by its number and its
earlier value ("was 12%, down from 15%") merged with it, a share's bare verb with no noun ("grew 35%"), a future
that waits for a coming event with no *(expected)* ("will serve … upon completion"), and an estimate merged with
the actual figure ("estimated 8.5% growth"). Our own invented sentences through the real model (``analyse``), none
from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(text: str) -> list[tuple[str, dict[str, Any]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, m) for g in groups for m in g.to_dict()["mentions"]]


def _whats(text: str) -> dict[str, str]:
    return {m["text"]: w for w, m in _rows(text)}


def _what_of(text: str, figure: str) -> str:
    found = [w for w, m in _rows(text) if figure in m["text"]]
    assert len(found) == 1, _rows(text)
    return found[0]


# a span before an "after"/"before" clause with its own subject dates the main clause (readings.clause_offset)


def test_a_span_before_a_clause_with_its_subject_is_no_figure() -> None:
    assert _rows("The clinic has stayed empty six weeks after it opened its doors.") == []


def test_a_span_the_main_verb_holds_stays() -> None:
    # guard: the years are what he served, not when
    assert _what_of("He served 20 years after he was convicted.", "20 years") == "time served (yr)"


# a sum's kind after "in" on its verb (sum_forms.sum_form)


def test_a_sums_kind_after_in_is_its_what() -> None:
    text = "The retail unit, which includes shoes and hats, drew a combined $4.5 billion in revenue."
    assert _what_of(text, "4.5 billion") == "revenue (USD)"


def test_a_sums_kind_past_a_phrase_of_time() -> None:
    assert _what_of("The shop did $2 million in the year in sales, he said.", "2 million") == "sales (USD)"


def test_a_place_after_in_is_no_kind() -> None:
    # guard: "in Ohio" is where, not what
    assert not _what_of("The firm earned $3 million in Ohio.", "3 million").startswith("Ohio")


# a sum restated after ", or" is of the sum before (sum_forms.restated_sum)


def test_a_restated_sum_takes_the_thing_of_the_sum_before() -> None:
    text = "Net income rose to $3.2 billion, or $2.10 per share, the company said."
    assert _what_of(text, "2.10") == "net income (USD) per share"


# a copula's share is its subject's; "down from" gives the earlier value (wording._copula_share, surroundings.change)


def test_a_copulas_share_is_its_subjects() -> None:
    assert _what_of("The jobless rate was 4.1% in May.", "4.1") == "percentage: jobless rate"


def test_a_share_down_from_is_the_earlier_value_in_a_row_of_its_own() -> None:
    whats = _whats("The profit margin was 12%, down from 15% in the first quarter.")
    assert whats == {"12%": "percentage: profit margin", "15%": "percentage: profit margin down from"}


# a share's bare verb reads its noun subject (wording._subject_of_bare_verb)


def test_a_shares_bare_verb_reads_its_subject() -> None:
    text = "The cloud business grew 35%, the firm said."
    assert _what_of(text, "35") == "percentage: cloud business grew"


def test_a_shares_phrase_with_a_noun_keeps_its_words() -> None:
    # guard: "in late trade" already says where; no place is added (claims89: the what names what fell and whose,
    # from the figure's own phrase, own_phrase.py)
    assert _what_of("Shares of Acme fell 3% in late trade.", "3%") == "percentage: Shares fell (Acme)"


# a future that waits for a coming event is expected (awaited.py)


def test_a_future_upon_completion_is_expected() -> None:
    text = "The county has built a new hall that will serve over 2,000 families upon completion of its last wing."
    assert _what_of(text, "2,000") == "families served (expected)"


def test_a_future_when_it_opens_is_expected() -> None:
    text = "The new bridge will carry 40,000 cars a day when it opens."
    assert _what_of(text, "40,000").endswith("(expected)")


def test_a_plain_future_is_no_forecast() -> None:
    # guard: claims32's plans stay unmarked
    assert _what_of("The plant will employ 300 workers.", "300") == "workers employed"


# an estimate parsed as an adjective is expected, and no side of the actual figure (forecasts.participle_forecast)


def test_an_estimate_is_apart_from_the_actual_figure() -> None:
    text = ("Acme said sales were up 9% over last year and compared with 8% growth in the first quarter. Analysts on "
            "average estimated 8.5% growth and $2.1 billion in revenue, according to data from FactSet.")
    whats = _whats(text)
    assert whats["estimated 8.5% growth"].endswith("(expected)")
    assert not whats["8% growth"].endswith("(expected)")
    assert whats["$2.1 billion in revenue"] == "revenue (USD) (expected)"


def test_an_estimated_figure_with_an_article_stays_a_figure() -> None:
    # guard: "an estimated $21 billion" is an approximate figure, not a forecast
    assert _what_of("Sales reached an estimated $21 billion last year.", "21 billion") == "sales (USD), last year"


# a multiple glued to its sign is a figure of what grew (multiples.py)


def test_a_glued_multiple_is_a_figure_of_what_grew() -> None:
    text = "Spam volume across its customers has increased by more than 40× over the past six months, the firm said."
    rows = [(w, m) for w, m in _rows(text) if "40" in m["text"]]
    # (claims97: a noun phrase, no bare placeholder)
    assert [(w, m["qualifier"], m["value"]) for w, m in rows] == [("Spam volume increased (×)", "more than", 40)]


def test_a_sign_between_two_numbers_is_no_multiple() -> None:
    # guard: "3x 4 metres" is a size, not a multiple
    assert all("×" not in w for w, _ in _rows("The board is 3x 4 metres."))


# a count of "things" or "reasons" is how a topic is split, no set (counted_thing.not_a_claim)


def test_a_count_of_things_is_no_claim() -> None:
    assert _rows("There are three things to be watching here.") == []
    assert _rows("The panel could do one of two things, Reiss said.") == []


def test_a_count_of_people_stays() -> None:
    # guard: a count of a set one could check
    assert _what_of("The panel has nine members, Reiss said.", "nine").startswith("members")


# a comparison's verb is a weak event: two figures "compared with" are not one claim by it (weak_event_verbs)


def test_two_compared_figures_are_two_claims() -> None:
    text = ("Acme shares have lagged, rising 17% in the last year, compared with a 33% gain for Bolt, analysts say. "
            "Acme said revenue was up 20% over last year and compared with 19% growth in the first quarter.")
    assert _what_of(text, "33%") != _what_of(text, "19%")
