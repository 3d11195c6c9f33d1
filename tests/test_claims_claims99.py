"""claims99: a row's what keeps that its figure measures a change (change_label.py), the second figure of "by N to M"
is a level (quantity_holder.py), and a percentage's holder never comes from a "with" instrument (share_of.py). Our
own invented sentences through the real model, of subjects no benchmark, in-sample or held-out story has (a
lighthouse trust, ferry fares, an orchard, a dye works); each rule's test fails without it, and a guard beside it
keeps what must stay.
"""

from __future__ import annotations

from claims_support import figures, whats


def test_a_sum_that_measures_a_rise_names_the_rise() -> None:
    rows = whats("The lighthouse trust's repair fund will increase $3.4 million next year, the trustees said.")
    assert rows and rows[0].startswith("increase in repair fund (USD)"), rows
    rows = whats("Ferry fares could rise by nearly $2 million, the report said.")
    assert rows == ["rise in Ferry fares (USD)"], rows


def test_a_level_and_a_transitive_change_stay_as_they_were() -> None:
    assert whats("Orchard sales fell to $1.2 billion last year.") == ["orchard sales (USD), last year"]
    assert whats("The harbour board cut the dredging budget by $2 million.") == ["dredging budget cut (USD)"]


def test_the_second_figure_of_by_n_to_m_is_a_level() -> None:
    kinds = {m.text: m.quantity.kind for m in figures("Orchard sales fell by $40 million to $1.2 billion last year.")}
    assert kinds == {"$40 million": "change", "$1.2 billion": "level"}, kinds
    kinds = {m.text: m.quantity.kind for m in figures("Ferry fares rose from $2 million to $3 million.")}
    assert list(kinds.values()) == ["level", "level"], kinds  # (a level's ends stay levels)


def test_a_with_instrument_in_a_passive_clause_holds_no_share() -> None:
    rows = whats("The cotton threads were washed twice and then dyed with a 3% solution of indigo.")
    assert rows == ["solution"], rows
    rows = whats("The dye works coloured the cotton threads with a 3% solution of indigo.")
    assert rows == ["solution"], rows


def test_a_with_result_of_an_active_intransitive_verb_keeps_its_subject() -> None:
    assert whats("The Greens won with a 7 percent swing in the river ward.") == ["swing (Greens)"]


def test_a_phrasal_verbs_particle_stays_in_the_what() -> None:
    assert whats("Police rounded up 40 fishermen in the harbour on Tuesday.") == ["fishermen rounded up"]
    assert whats("Twelve climbers gave up before the summit.") == ["climbers that gave up"]


def test_a_count_that_said_what_it_would_do_keeps_the_act() -> None:
    rows = whats("Twelve bakery owners said they would close their shops on Friday.")
    assert rows == ["bakery owners that said they would close their shops"], rows


def test_a_part_of_the_counted_whole_does_not_lend_the_whole_its_act() -> None:
    rows = whats("Talks will collapse if one of the four partners breaks its promise.")
    assert rows and "breaks" not in rows[0], rows
    assert whats("Most of the 300 ewes were sold at the fair.") == ["ewes (Most sold)"]
    assert whats("All of the 40 passengers were rescued by a trawler.") == ["people rescued"]  # (all: the whole's)


def test_a_sums_payer_is_its_holder_a_common_noun_too() -> None:
    rows = whats("Undocumented workers paid $11.6 billion in local taxes in 2014.")
    assert rows and rows[0].startswith("local taxes (USD) (undocumented workers)"), rows
    assert whats("He paid $40 for the ticket.") == ["“He paid $40” (USD)"]  # (a pronoun holds nothing)


def test_a_count_that_has_to_act_keeps_the_act() -> None:
    rows = whats("At least eight councillors will have to vote with the Greens to pass the budget.")
    assert rows == ["councillors that will have to vote"], rows
    assert whats("Twelve ferries have to be repaired before May.") == ["ferries that have to be repaired"]


def test_an_intransitive_verbs_own_phrase_completes_the_act() -> None:
    assert whats("Half a million farmers took to the streets on Sunday.") == ["farmers that took to the streets"]
    assert whats("At least 20 fishermen went on strike.") == ["fishermen that went on strike"]  # (``_idiom``'s)


def test_a_sum_paid_in_a_bare_noun_is_that_noun() -> None:
    rows = whats("The harbour master is accused of paying nearly $40m in bribes to the mayor's friend.")
    assert rows == ["bribes paid (USD)"], rows
    assert whats("The trawler owners paid $3 million in March.") == ["trawler owners paid (USD)"]  # (a date)


def test_a_payer_that_is_the_sums_thing_keeps_its_own_complements_holder() -> None:
    rows = whats("The former chief of Kelby Dairies spent an estimated $100 million on two unsuccessful campaigns.")
    assert "former chief spent (USD) (Kelby Dairies)" in rows, rows  # (half B: the payer hid the name)
