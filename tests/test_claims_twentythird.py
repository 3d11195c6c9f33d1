"""Claims: one figure, one row by its frame (bench/CLAIMS_NOTES.md, "claims23"): who or what a figure's clause is
about (frames.py) and whether two clauses tell one kind of event (kin.events_kin); our own invented sentences
through the real model (``analyse``), none from a benchmark story. The guards keep different referents apart.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _joined(rows: list[dict[str, Any]], docs: int) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) == docs]


def _values(row: dict[str, Any]) -> list[float]:
    return sorted(m["value"] for m in row["mentions"])


# one participant, one kind of event: one figure whatever the values or the words


def test_one_country_asking_for_aid_with_two_verbs_differs() -> None:
    rows = claims("The government of Freedonia has asked for $14 billion in aid, officials said.",
                  "Freedonia requested $18 billion in aid from its neighbours.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_a_sum_told_by_its_verb_and_by_its_event_noun_is_one_figure() -> None:
    rows = claims("Acme Corp agreed on Monday to acquire Beta Inc for $2.1 billion, the companies said.",
                  "Acme Corp said its $2.4 billion takeover of Beta Inc would close next year.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ" and _values(row[0]) == [2.1e9, 2.4e9], rows


def test_a_company_named_before_its_pronoun_owns_its_debt() -> None:
    rows = claims("Acme Airways flies to 40 cities. It has been unable to make payments on $2.1 billion of debt.",
                  "With $2.4 billion in debt, Acme Airways is in desperate shape.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ" and _values(row[0]) == [2.1e9, 2.4e9], rows


def test_one_candidates_share_told_as_a_defeat_and_a_win_differs() -> None:
    rows = claims("Senator Ruiz appeared to have defeated Juan Gomez with 56 percent of the vote, officials said.",
                  "Senator Ruiz won 51 percent of the vote in the election.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows


def test_two_companies_debts_and_cities_stay_apart() -> None:
    rows = claims("Acme Airways flies to 40 cities. Acme Airways has been unable to pay $2.1 billion of debt.",
                  "Beta Airlines flies to 30 cities. Beta Airlines has been unable to pay $2.4 billion of debt.")
    assert not _joined(rows, 2), rows


# one word, two referents: events of different kinds


def test_bombers_who_blew_up_and_bombers_an_image_shows_are_two_figures() -> None:
    rows = claims("Four suicide bombers blew themselves up at the station on Monday, police said.",
                  "Images from a security camera showed three bombers entering the station.")
    assert not _joined(rows, 2), rows


def test_parts_of_the_bombers_shown_or_met_are_not_the_bombers_count() -> None:
    rows = claims("Four suicide bombers blew themselves up on three trains and a bus in the capital on Monday.",
                  "Three of the bombers were shown in a video entering the station on Monday morning.",
                  "Police said an informer had met with two of the bombers in March.")
    values = [_values(r) for r in rows if any(m["unit"].endswith("bombers") for m in r["mentions"])]
    assert [4] in values and not any(4 in v and len(v) > 1 or 2 in v and 3 in v for v in values), rows


def test_two_countries_asking_for_aid_are_two_figures() -> None:
    rows = claims("Freedonia asked for $14 billion in aid on Monday, officials said.",
                  "Sylvania asked for $18 billion in aid on Monday.")
    assert not _joined(rows, 2), rows


# guards that pass on main too


def test_a_death_toll_told_two_ways_differs_and_the_injured_stay_apart() -> None:
    rows = claims("Police said 12 people died in the blast in Karachi on Monday and 40 were injured.",
                  "The Monday bombing in Karachi killed 15 people and wounded 35.")
    two = _joined(rows, 2)
    assert len(two) == 2 and all(r["verdict"] == "differ" for r in two), rows
    assert sorted(_values(r)[0] for r in two) == [12, 35], rows


def test_two_attacks_stay_apart() -> None:
    rows = claims("A bomb killed 12 people in Karachi on Monday, police said.",
                  "A bomb killed 15 people in Lahore on Friday, police said.")
    assert not _joined(rows, 2), rows


def test_the_police_count_and_the_organisers_count_are_one_crowd() -> None:
    rows = claims("Police said 10,000 people marched through Paris on Saturday against the pension reform.",
                  "Organisers said 50,000 people marched through Paris on Saturday against the pension reform.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] in ("differ", "contested"), rows


def test_firefighters_who_battled_and_fought_are_one_count() -> None:
    rows = claims("About 40 firefighters battled the blaze at the warehouse on Sunday.",
                  "Some 45 firefighters fought the warehouse fire on Sunday, officials said.")
    row = _joined(rows, 2)
    assert len(row) == 1 and row[0]["verdict"] == "differ", rows
