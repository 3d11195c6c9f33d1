"""Claims: figures news writes in compounds and set phrases (bench/CLAIMS_NOTES.md, "claims25"): a magnitude glued
to its scale word or given by a verb of measuring ("a magnitude-7.6 earthquake", "the quake measured 8.8",
"registered 6.1 on the Richter scale"; magnitudes.py), a mixed fraction ("2 1/2 years"; number_words.py), a negated
ceiling ("will not exceed 5 percent": at most 5), a tally given "as" ("reported the death toll as 30") and "the
number of dead" put at a value (bare.estimated_at). Our own invented sentences through the real model
(``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures, one

# magnitudes


def test_a_magnitude_glued_before_its_number_is_a_magnitude() -> None:
    m = one("A magnitude-7.6 earthquake struck off the coast on Sunday.")
    assert (m.value, m.dimension) == (7.6, "magnitude")


def test_a_magnitude_glued_after_its_number_is_no_count_of_quakes() -> None:
    m = one("A 7.6-magnitude quake struck off the coast on Sunday.")
    assert (m.value, m.dimension) == (7.6, "magnitude")


def test_the_quake_measured_is_a_magnitude() -> None:
    m = one("The quake measured 8.8, the Geological Survey said.")
    assert (m.value, m.dimension) == (8.8, "magnitude")


def test_a_reading_on_the_richter_scale_is_a_magnitude() -> None:
    m = one("The earthquake registered 6.1 on the Richter scale, officials said.")
    assert (m.value, m.dimension) == (6.1, "magnitude")


def test_a_tremor_measuring_and_a_quake_which_measured_are_magnitudes() -> None:
    assert one("A tremor measuring 6.1 shook the city on Monday.").dimension == "magnitude"
    assert one("The earthquake, which measured 7.1, struck at noon.").dimension == "magnitude"


def test_two_wordings_of_one_magnitude_are_one_row() -> None:
    rows = claims("A magnitude-7.6 earthquake struck off the coast on Sunday, the Geological Survey said.",
                  "The quake measured 7.6, the Geological Survey said.")
    row = next(r for r in rows if any(m["value"] == 7.6 for m in r["mentions"]))
    assert len(row["mentions"]) == 2 and row["verdict"] == "agree", rows


# mixed fractions, bounds, tallies


def test_a_mixed_fraction_is_one_figure() -> None:
    m = one("He was sentenced to 2 1/2 years in prison.")
    assert (m.value, m.dimension) == (2.5, "duration")


def test_a_vulgar_fraction_is_one_figure() -> None:
    m = one("The strike lasted 2½ days.")
    assert (m.value, m.dimension) == (2.5, "duration")


def test_a_negated_ceiling_is_an_upper_bound() -> None:
    assert one("The rise will not exceed 5 percent, the minister said.").qualifier == "no more than"
    assert one("Rents rose at a rate not exceeding 5 percent.").qualifier == "no more than"


def test_a_toll_reported_as_a_value_counts_people() -> None:
    m = one("The ministry reported the death toll as 30.")
    assert (m.value, m.unit) == (30, "people")


def test_a_toll_reported_as_it_counts_people() -> None:
    m = one("The death toll rose on Monday. Police reported it as 30.")
    assert (m.value, m.unit) == (30, "people")


def test_the_number_of_dead_put_at_a_value_counts_them() -> None:
    m = one("Officials put the number of dead at 1,500.")
    assert (m.value, m.unit) == (1500, "people")


# guards


def test_a_ceiling_passed_stays_a_lower_bound() -> None:
    assert one("Sales exceeded 5 million units last year.").qualifier != "no more than"


def test_a_length_measured_is_no_magnitude() -> None:
    ms = figures("The fish measured 8 inches, the angler said.")
    assert [m.dimension for m in ms] == ["length"], [(m.text, m.dimension) for m in ms]


def test_a_bare_number_put_at_a_value_says_not_of_what() -> None:
    assert figures("Officials put the number at 1,500.") == []
    assert figures("Police reported it as 30.") == []  # ("it": no tally named before it)



# a figure's referent told by a common noun or a pronoun (referents.py)


def test_the_storm_stands_for_the_storm_the_paragraph_names() -> None:
    m = one("Typhoon Xan struck the island on Monday. The storm packed winds of 150 kph.")
    assert m.referred == frozenset({"xan"}) and m.referent == frozenset({"xan"}), (m.referred, m.referent)


def test_the_carrier_stands_for_the_airline_of_the_lede() -> None:
    ms = figures("Zorbair Airlines cut its routes on Monday.\n\nThe carrier has a fleet of 40 planes.")
    m = next(x for x in ms if x.value == 40)
    assert [k.split()[0] for k in m.referent] == ["zorbair"], m.referent


def test_the_storm_in_two_reports_is_one_storms_wind() -> None:
    rows = claims("Typhoon Xan struck the island on Monday. The storm packed winds of 150 kph.",
                  "Typhoon Xan hit the island on Monday, officials said. Its winds reached 170 kph.")
    assert len(rows) == 1 and rows[0]["verdict"] == "differ", rows


def test_two_storms_in_one_story_keep_their_winds_apart() -> None:
    rows = claims("Typhoon Xan struck the island on Monday. The storm packed winds of 150 kph.",
                  "Typhoon Yul hit the island on Monday. The storm packed winds of 170 kph.")
    assert len(rows) == 2, rows


# guards


def test_a_pronoun_that_may_stand_for_two_names_stands_for_none() -> None:
    ms = figures("Typhoon Xan and Typhoon Yul struck the coast on Monday. It packed winds of 150 kph.")
    assert all(not m.referred and not getattr(m, "referent", None) for m in ms), [(m.text, m.referred) for m in ms]


def test_the_company_between_two_companies_stands_for_none() -> None:
    ms = figures("Acme Holdings and Beta Holdings reported results on Monday. The company lost $30 million.")
    assert all(not getattr(m, "referent", None) for m in ms), [(m.text, m.participants) for m in ms]
