"""Claims: a general grammar of English time and number expressions (bench/CLAIMS_NOTES.md, "claims14: a
grammar, not misses"; lexicon/quantities.toml, claims/grammar.py).

One or more invented sentences for each form of a checklist written from general references (the TimeML
TIMEX3 DURATION forms, CGEL's numerals, quantulum3's and dateparser's forms), not from any set's misses. Some
forms were already read before this round; they stay here as the checklist's record. Our own sentences,
through the real model (``analyse``); none comes from the benchmark stories.
"""

from __future__ import annotations

import pytest

from claims_support import figures


def _read(text: str) -> list[tuple[float, str]]:
    return [(round(m.value, 4), m.dimension) for m in figures(text)]


# 1. durations: "N units", spelled or in digits, from seconds to centuries

@pytest.mark.parametrize(("text", "want"), [
    ("The fire on the pier burned for 45 seconds.", (45, "duration")),
    ("Dockers walked out for 45 minutes on Monday.", (45, "duration")),
    ("The port was closed for 72 hours.", (72, "duration")),
    ("The ferry service was cut for six weeks.", (6, "duration")),
    ("The union fought the plan over three decades.", (3, "duration")),
    ("Fishermen have used the quay for two centuries.", (2, "duration")),
    ("The ship was stuck in the ice for a fortnight.", (1, "duration")),
    ("The harbour festival ran for 10 nights.", (10, "duration")),
])
def test_n_units_of_time(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


# 2. "N-unit" compounds as adjectives: a length whatever noun they describe (TIMEX3 DURATION)

@pytest.mark.parametrize(("text", "want"), [
    ("The jury heard the evidence in a 10-day trial.", (10, "duration")),
    ("The mayor held a one-day summit with the fishermen.", (1, "duration")),
    ("The port commissioned a two-year study of the silt.", (2, "duration")),
    ("The talks broke down after a half-hour debate.", (0.5, "duration")),
    ("A three-year-old boy was found on the quay.", (3, "age")),
    ("The mayor adopted a six-month-old puppy.", (6, "age")),
])
def test_n_unit_compounds(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


@pytest.mark.parametrize("text", [
    "The ferry timetable uses a 24-hour clock.",
])
def test_an_n_unit_compound_on_a_clock_is_no_length(text: str) -> None:
    assert _read(text) == []


# 3. fractions: "N and a half units", "a unit and a half", "half a unit"

@pytest.mark.parametrize(("text", "want"), [
    ("The talks lasted two and a half days.", (2.5, "duration")),
    ("The search went on for a week and a half.", (1.5, "duration")),
    ("Fishermen waited half a day for the ferry.", (0.5, "duration")),
    ("The ferry was delayed for half an hour.", (0.5, "duration")),
])
def test_fractions_of_units(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


# 4. "a couple of units" / "a couple of nouns" (two)

@pytest.mark.parametrize(("text", "want"), [
    ("The dock strike lasted a couple of days.", (2, "duration")),
    ("A couple of boats sank in the storm, the coastguard said.", (2, "count")),
])
def test_a_couple_of(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


# 5. "N units and M units": one length, told (as the gold's convention has it) in its first unit; the smaller
# unit is a piece of it, not a figure of its own

@pytest.mark.parametrize(("text", "want"), [
    ("The captain was jailed for two years and six months.", [(2, "duration")]),
    ("The new pier took ten years and three months to build.", [(10, "duration")]),
    ("The clerk accepted a plea deal for a 4-year-and-two-month term.", [(4, "duration")]),  # glued (lead11b)
    ("She faces a three-year-and-six-month ban.", [(3, "duration")]),
])
def test_n_units_and_m_units(text: str, want: list[tuple[float, str]]) -> None:
    assert _read(text) == want


# 6. ranges: "N to M units", "N-M units", "N or M units" (the low end is the value)

@pytest.mark.parametrize(("text", "want"), [
    ("The works will take three to four months.", (3, "duration")),
    ("The works will take 3-4 months.", (3, "duration")),
    ("The talks lasted four or five days.", (4, "duration")),
    ("The ferry ran between 10 and 12 hours late.", (10, "duration")),
])
def test_ranges_of_units(text: str, want: tuple[float, str]) -> None:
    got = figures(text)
    assert want in [(m.value, m.dimension) for m in got]
    assert all(m.high > m.low for m in got)


# 7. qualifiers: "more/less than", "about", "nearly", "almost", "at least", "up to"

@pytest.mark.parametrize("text", [
    "The strike lasted more than three weeks.",
    "The strike lasted nearly three weeks.",
    "The captain spent almost three weeks at sea.",
    "The strike lasted at least three weeks.",
    "The works could take up to three weeks.",
    "The union has fought the plan for about three weeks.",
])
def test_qualified_lengths(text: str) -> None:
    assert [m.value for m in figures(text) if m.dimension == "duration"] == [3]


# 8. prepositions of extent: "for", "during", "over", "within", "after ... of", "the past/last N units"

@pytest.mark.parametrize("text", [
    "The union has fought the plan for the past six years.",
    "The union fought the plan during the last six years.",
    "The crew returned home after six days of captivity.",
    "The ferry sank within six minutes.",
])
def test_lengths_after_prepositions_of_extent(text: str) -> None:
    assert [m.value for m in figures(text) if m.dimension == "duration"] == [6]


# 9. anchored durations ("N units ago / later / earlier") say when: no length (a recurring interval, "every 20
# minutes", is a figure since claims21: the gold labels "every five minutes", "every 33 years"; test_claims_twentyfirst)

@pytest.mark.parametrize("text", [
    "The strike ended three weeks ago.",
    "The ship sank two days later.",
    "The builders had finished the pier ten years earlier.",
    "He finished third in the race.",
])
def test_points_in_time_rates_and_ordinals_are_no_figures(text: str) -> None:
    assert _read(text) == []


# 10. quantified noun phrases: "N nouns", "N of the nouns", "N of them", "all N", "some N"

@pytest.mark.parametrize(("text", "want"), [
    ("The storm damaged 2,000 homes.", (2000, "count")),
    ("Twelve of the fishermen were rescued.", (12, "count")),
    ("All 12 fishermen were rescued.", (12, "count")),
    ("Some 300 fishermen marched on the harbour.", (300, "count")),
    ("About 300 fishermen marched on the harbour.", (300, "count")),
    ("Forty fishermen were at sea on Sunday.", (40, "count")),
])
def test_quantified_noun_phrases(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


def test_n_of_them_after_a_count_is_a_part_of_it() -> None:
    got = _read("Forty fishermen were at sea when the storm hit. Twelve of them were rescued on Sunday.")
    assert (12, "count") in got and (40, "count") in got


# 11. counts as the first part of a compound adjective: "an N-page ...", "an N-member ...", "a three-party ..."

@pytest.mark.parametrize(("text", "want"), [
    ("The prosecutors filed a 48-page indictment against the captain.", (48, "count")),
    ("The mayor leads a three-party coalition in the port.", (3, "count")),
    ("The prosecutors handed up an eight-count indictment.", (8, "count")),
    ("The 15-member council met on Friday.", (15, "count")),
    ("The port joined a 450-seat parliament.", (450, "count")),
])
def test_counts_as_compound_adjectives(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


def test_a_ratio_a_season_and_a_year_are_no_tallies_or_counts() -> None:
    assert _read("The ratio of boats to piers was 3-1 last year.") == []
    assert _read("The club won the 1998-99 season title.") == []
    assert _read("The 2005 elections were peaceful.") == []


@pytest.mark.parametrize("text", [
    "The harbour saw a three-fold rise in trade.",
    "The quay is a two-way street for the lorries.",
    "The mayor unveiled a 10-point plan for the port.",
    "The painting fetched a six-figure sum at the harbour sale.",  # a size of the number, not six sums (lead11d)
    "Inflation in the port town reached double-digit levels.",
])
def test_compounds_that_name_a_kind_are_no_counts(text: str) -> None:
    assert _read(text) == []


# 12. tallies: "voted N-M", "a N-M ruling", "the vote was N-M", "by N votes to M"

@pytest.mark.parametrize(("text", "want"), [
    ("The council voted 314-214 to approve the harbour budget.", [314, 214]),
    ("The court issued a 5-4 ruling on the quay.", [5, 4]),
    ("The vote was 52-48 in favour of the pier.", [52, 48]),
    ("The dockers won the vote by 30 votes to 12.", [30, 12]),
    ("The council voted 7-0 to close the quay.", [7, 0]),
])
def test_tallies(text: str, want: list[float]) -> None:
    got = [m.value for m in figures(text) if m.dimension == "count"]
    assert sorted(got) == sorted(want)


# 13. shares: "one in N", "N percent / per cent / %"

@pytest.mark.parametrize("text", [
    "Fishing fell 12 per cent last year.",
    "Fishing fell 12 percent last year.",
    "Fishing fell 12% last year.",
])
def test_percent_forms(text: str) -> None:
    assert _read(text) == [(12, "percent")]


def test_one_in_n() -> None:
    m = figures("One in five fishermen lost a boat.")[0]
    assert m.share is not None and abs(m.share - 0.2) < 1e-9


# 14. vague counts: "dozens/hundreds/thousands of", "a dozen"

@pytest.mark.parametrize(("text", "want"), [
    ("Dozens of fishermen marched on the harbour.", (12, "count")),
    ("Hundreds of boats were damaged.", (100, "count")),
    ("Thousands of fishermen marched on the harbour.", (1000, "count")),
    ("A dozen boats were damaged.", (12, "count")),
])
def test_vague_counts(text: str, want: tuple[float, str]) -> None:
    assert want in _read(text)


# 15. money: currency signs and words, with "million / billion / bn / m"

@pytest.mark.parametrize(("text", "want"), [
    ("The harbour will cost $5 million.", 5e6),
    ("The harbour will cost 40 million euros.", 4e7),
    ("The harbour will cost £2bn.", 2e9),
    ("The harbour will cost £20m, officials said.", 2e7),
    ("The harbour will cost 300 million dollars.", 3e8),
    ("The harbour will cost 5 million pounds.", 5e6),
])
def test_money(text: str, want: float) -> None:
    assert (want, "money") in _read(text)


def test_a_glued_length_names_what_it_describes_without_its_piece() -> None:
    # "a 4-year-and-two-month term": one length of 4 years (the piece is no figure), and the row names the
    # term, not "-and-two-month term" (lead11e); its unit is the length's (claims26: "4 yr", not "4 term")
    mentions = figures("The clerk accepted a plea deal for a 4-year-and-two-month term.")
    assert [(m.value, m.unit, m.counted) for m in mentions] == [(4, "yr", "term")]
