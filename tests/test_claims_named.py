"""Claims: a row's what named from the parse alone (claims/named.py, claims60): the noun the number modifies with its
own "of" phrase, "N of X", a sum's "of"/"in" phrase, the subject of a verb that brings it to the figure, a copula's
subject; where the parse ties the figure to no noun, the shortest verbatim span of its clause, quoted, not a word
guessed from near it. Our own invented sentences through the real model, none from a page.
"""

from __future__ import annotations

from tests.claims_support import whats


def test_the_noun_a_number_modifies_keeps_its_own_of_phrase() -> None:
    assert whats("The committee held 14 rounds of budget talks since March.") == ["rounds of budget talks held"]


def test_a_count_names_its_noun_not_its_verb() -> None:
    # the noun phrase is the parse's, whole ("seasonal pickers", not "pickers"); the verb its argument's
    assert whats("The orchard employs 240 seasonal pickers from nearby villages.") == ["seasonal pickers employed"]


def test_a_casualty_count_keeps_its_whole_noun_phrase() -> None:
    assert whats("Three members of the harbour police died overnight in clashes near the port.") == \
        ["members of the harbour police killed"]


def test_a_sum_names_the_subject_that_comes_to_it() -> None:
    got = whats("The town's budget gap has swelled to about $4.1 million a year, the mayor said.")
    assert got and got[0].startswith("town's budget gap (USD)"), got


def test_a_measured_amount_names_its_of_phrase() -> None:
    assert whats("Farmers harvested 40,000 tonnes of barley this season.") == ["barley (t)"]


def test_a_bound_is_no_value_of_its_subject() -> None:
    # "exceeds" bounds the figure: the sum is not $900,000; no noun is guessed, the clause is quoted
    got = whats("The sum exceeds the $900,000 the club was seeking for its new stand.")
    assert got == ["sum (USD)"], got  # (claims97: a noun phrase, no quoted clause)


def test_a_bare_count_is_its_clause_quoted_not_a_guessed_noun() -> None:
    got = whats("The club will offer 30 courses this year, of which 12 will be free.")
    assert got == ["courses offered", "“12 will be free”"], got


def test_a_sum_in_a_place_is_no_kind() -> None:
    # guard: "in Lyon" is where the sum is raised, not what it is
    got = whats("The club hopes to raise up to $2bn in Lyon.")
    assert got and not got[0].startswith("Lyon"), got


def test_a_value_a_thing_is_moved_to_names_the_thing() -> None:
    assert whats("If you were to move the ticket price back to $40, more fans would come.") == \
        ["ticket price (USD) (if)"]


def test_a_long_clause_quotes_its_verb_and_figure() -> None:
    # the clause with its subject is too long to quote: the verb and the figure, never the figure alone
    text = "The harbour charity's long spring walk along the coast, which took place in May, raised $4.5 million."
    got = whats(text)
    assert got and got[0].startswith("long spring walk raised"), got  # (claims97: a noun phrase, no quoted clause)
