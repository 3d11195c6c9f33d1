"""Claims: the wrong claims rows of the forty-fifth and forty-sixth reads, by kind (bench/BRIEF_REVIEW.md,
"claims49"): a span that is a chance's or a change's window shown as a length ("a 20% chance … during the next
five days": "time (d) | 5 d"), a chance's threshold shown as a forecast ("a 50% chance of more than five inches of
rain": "rain (in) | more than 5 in"), two chances of two things in one report made one row, a share told by the
first of two joined complements ("a 50% chance of X and an 80% chance of Y": the 80% under the 50%'s words) or cut
inside a phrase ("… within the next five"), and a name opening with digits shown as a count ("told 404 Media").
Our own invented sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(text: str) -> list[tuple[str, list[str]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, [m.text for m in g.mentions]) for g in groups]


def _texts(text: str) -> list[str]:
    return [t for _, ts in _rows(text) for t in ts]


# a chance's or a change's window is no length of its own (windows.py)


def test_the_window_of_a_chance_is_no_length() -> None:
    text = "The agency gives the storm a 40% chance of forming during the next three days, forecasters said."
    assert _texts(text) == ["40% chance"]


def test_the_window_of_a_multiple_is_no_length() -> None:
    text = "Phishing traffic across the network has increased by more than 90× over the past three months."
    assert not any("months" in t for t in _texts(text))


def test_the_window_of_a_multiple_in_a_reported_clause_is_no_length() -> None:
    text = ("The firm reports that scan volume across its clients has increased by more than 90× over the past "
            "six months.")
    assert not any("months" in t for t in _texts(text))


def test_a_count_over_the_past_years_keeps_its_length() -> None:
    # guard: a count's span stays a figure (claims13's "In the past four years, thieves robbed three shops")
    texts = _texts("In the past four years, thieves robbed three shops.")
    assert "four years" in texts


# a chance's threshold is no forecast (windows.py)


def test_the_threshold_of_a_chance_is_no_figure() -> None:
    text = "Towns along the coast are seeing a 60% chance of more than four inches of rain, forecasters said."
    assert _texts(text) == ["60% chance"]


def test_rain_told_without_a_chance_stays() -> None:
    # guard: "could see as much as six inches of rain" is a forecast of its own
    assert any("six inches" in t for t in _texts("Parts of the coast could see as much as six inches of rain."))


# two chances of two things are two rows (windows.chance_scope)


def test_two_chances_of_two_things_are_two_rows() -> None:
    text = ("The agency gives the storm a 40% chance of forming within two days. Towns along the coast are "
            "seeing a 40% chance of more than four inches of rain.")
    assert sorted(len(ts) for _, ts in _rows(text)) == [1, 1]


def test_one_chance_told_twice_is_one_row() -> None:
    # guard: the same chance of the same thing in one report stays one row
    text = ("Forecasters give the town a 40% chance of rain on Monday. The town's 40% chance of rain worries "
            "farmers.")
    rows = _rows(text)
    assert len(rows) == 1, rows


# a share's own conjunct, and no phrase cut by the word limit (wording.share_phrase)


def test_a_joined_chance_is_told_by_its_own_words() -> None:
    text = ("The agency is giving the storm a 50% chance of becoming a tropical storm within the next 48 hours "
            "and an 80% chance of formation within the next five days.")
    whats = {ts[0]: w for w, ts in _rows(text)}
    assert "80%" in whats["80% chance"] and "50%" not in whats["80% chance"]
    assert "80%" not in whats["50% chance"]


def test_a_share_is_not_cut_inside_a_phrase() -> None:
    (what, _), = _rows("It only has a 10% chance of development within the next five days.")
    assert not what.endswith("five") and not what.endswith("next")


# a name that opens with digits is no count (led_names.py)


def test_a_name_opening_with_digits_is_no_count() -> None:
    assert _rows("The flaw is severe, several engineers told 404 Media on Monday.") == []


def test_a_count_of_a_capitalised_plural_stays() -> None:
    # guard: "40 Marines" counts people
    assert _texts("The ministry said 40 Marines were deployed to the border.") == ["40 Marines"]


# a measure a raised subject reaches is that subject's (counted._set_by_verb, measured_thing)


def test_a_level_reached_under_a_raising_verb_is_its_subjects() -> None:
    (what, _), = _rows("Rainfall totals for the coast this week are expected to reach 3 to 5 inches.")
    assert what.startswith("totals (in)")


def test_a_shares_own_of_phrase_is_not_cut() -> None:
    # guard: "of kids who …" says what the share is of; the word limit cuts inside it as before
    text = "About 3% of them became allergic, compared to about 17% of kids who did not eat the snacks early."
    whats = [w for w, ts in _rows(text) if "17%" in ts[0]]
    assert whats and "17 %" not in whats[0][-5:] and not whats[0].endswith("17"), whats


def test_a_conjunct_holding_the_figure_stays_in_its_words() -> None:
    # guard: "either $95 … or 1% of family income": the 1% is in the second conjunct, which stays
    rows = _rows("Each household pays either $95 per adult or 1% of family income, whichever results in more.")
    assert any("1%" in w for w, ts in rows if "1%" in ts[0]), rows


def test_a_range_of_percents_keeps_its_words() -> None:
    # guard: "between 0 and 0.25 percent" is one figure; its second end is no conjunct of its own
    rows = _rows("The bank keeps the rate for overnight funds between 0 and 2.5 percent, officials said.")
    assert any("between 0 and 2.5 percent" in w for w, _ in rows), rows


def test_a_whole_phrase_before_the_limit_is_kept() -> None:
    # guard: the limit falls after "… than in other towns", on a relative clause: the phrase stays
    text = ("The share of homes owned by young families was 20.8 to 23.5 percent higher than in other towns, which "
            "were 13.4 to 19.4 percent on average.")
    assert any("than in other towns" in w for w, _ in _rows(text))
