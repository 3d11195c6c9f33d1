"""claims80: a mention's content, by kind: the figure as parsed (a lost currency sign, a rate "of every"), its
noun, place and speaker. Our own invented sentences through the real model, of subjects no benchmark, in-sample or
held-out story has (a carmaker's debts, orchards, a painter's estate); each rule's test fails without it, and a guard
beside it keeps what must stay.
"""

from __future__ import annotations

import datetime as dt

from claims_support import claims, figures
from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document
from storyline.parses import parsed

# a "?" glued to a scaled amount is a currency sign the record's encoding lost (lost_signs.py)

_DEBTS = "The carmaker has built up more than ?50bn of debts since the ?45.5bn rescue in 2009."


def test_a_lost_sign_before_a_scaled_amount_is_money_with_its_qualifier() -> None:
    debts = next(m for m in figures(_DEBTS) if m.value == 50e9)
    assert (debts.dimension, debts.qualifier) == ("money", "more than"), (debts.dimension, debts.qualifier)


def test_a_lost_sign_before_an_amount_in_thousands_is_money() -> None:
    fee = next(m for m in figures("The former mayor is being paid ?650,000 a year by the bank.") if m.value == 650000)
    assert fee.dimension == "money", (fee.text, fee.dimension)


def test_a_lost_sign_ends_no_sentence() -> None:
    a = analyse([Document(id="d", text=_DEBTS + " It said so.", title="t")])[0]
    assert [s.text for p in a.paragraphs for s in parsed(p).sents][0] == _DEBTS


def test_a_lost_sign_takes_the_one_currency_the_other_reports_write() -> None:
    rows = claims("The carmaker has built up more than ?50bn of debts, it said on Friday.",
                  "The carmaker's debts now stand at more than 50 billion pounds, it said on Friday.")
    debts = [m for r in rows for m in r["mentions"] if m["value"] == 50e9]
    assert {m["unit"] for m in debts} == {"GBP"}, debts


def test_a_lost_sign_in_brackets_is_the_amount_converted() -> None:
    ms = figures("The painter paid $1.2bn (?0.9bn) for the estate in 2005.")
    assert [(m.value, m.unit_code) for m in ms] == [(1.2e9, "USD")], [(m.text, m.value, m.unit_code) for m in ms]


def test_a_question_mark_before_a_count_stays_a_question() -> None:
    ms = figures("Was it worth it?50 farmers came to the meeting.")
    assert all(m.dimension != "money" for m in ms), [(m.text, m.dimension) for m in ms]


# "85 of every 100 X": one rate, as "out of every 100" is, not two counts (measures.share_of_whole)


def test_of_every_is_a_share() -> None:
    rows = claims("Growers said 85 of every 100 orchards in the valley lack water.")
    assert len(rows) == 1 and rows[0]["what"].startswith("share of orchards"), [r["what"] for r in rows]


def test_of_the_count_stays_a_share() -> None:
    ms = figures("Growers said 85 of the 100 orchards in the valley lack water.")
    assert any(m.share is not None for m in ms), [(m.text, m.share) for m in ms]


# a bare surname of a person the report named in full is that person, not the place of a figure (placeless.py)

_STALL = ("Head cook Martha Ruiz and her partner Brian Cullinan run the stall at the county fair. After the jars are "
          "filled with jam, they are sealed by the only two people who know the recipe ahead of the fair -- in this "
          "case, Ruiz and Cullinan.")


def test_a_named_persons_surname_is_no_place() -> None:
    rows = claims(_STALL)
    assert [m["place"] for r in rows for m in r["mentions"]] == [[]], [(r["what"], r["place"]) for r in rows]


def test_a_place_after_a_preposition_stays_a_place() -> None:
    rows = claims("Aid worker Sam Jordan flew out on Monday. "
                  "Two thousand refugees crossed into Jordan, officials said.")
    assert [m["place"] for r in rows for m in r["mentions"]] == [["Jordan"]], [(r["what"], r["place"]) for r in rows]


def test_a_name_after_a_word_for_a_person_is_no_place() -> None:
    rows = claims("According to the ledger, the baker and his wife Georgia paid $5,000 in rent last year.")
    assert all(m["place"] == [] for r in rows for m in r["mentions"]), [(r["what"], r["place"]) for r in rows]


# an adjective the parse hangs on the word after it ("costs last year") is no split head of the sum's noun
# (compounds.split_head)


def test_a_time_word_after_a_sums_noun_is_not_its_head() -> None:
    rows = claims("According to the ledger, the baker's restructuring costs last year amounted to 2.1 billion pounds.")
    assert [r["what"] for r in rows] == ["baker's restructuring costs (GBP), last year"], [r["what"] for r in rows]


# a crosshead glued before a sentence is no part of the figure's noun (named._glued_start)


def test_a_glued_crosshead_is_not_in_the_what() -> None:
    rows = claims("Streamlining effort Restructuring costs last year amounted to 2.1 billion pounds, "
                  "the bakery reported.")
    assert [r["what"] for r in rows] == ["restructuring costs (GBP), last year"], [r["what"] for r in rows]


# a span before "before"/"after" and its noun set off by commas as an aside dates what it stands beside
# (exclusions._aside_offset)


def test_an_aside_offset_before_an_event_is_no_figure() -> None:
    rows = claims("The fire, just six weeks before the county fair, comes as a group of farmers claimed "
                  "responsibility for a parcel bomb.")
    assert rows == [], [r["what"] for r in rows]


def test_an_aside_after_a_verbs_clause_stays_a_figure() -> None:
    rows = claims("The board released the keeper on leave, exactly five months before the end of his contract, the "
                  "club said.")
    assert len(rows) == 1, [r["what"] for r in rows]


def test_a_span_of_a_verb_before_an_event_stays_a_figure() -> None:
    rows = claims("The ferry sailed for 40 days before the storm, the captain said.")
    assert len(rows) == 1, [r["what"] for r in rows]


# a cue in a side clause of time ("After X declared …") or an act's "as" clause ("as X claimed responsibility")
# dates the figure's clause; it reports nothing of it (attribution._time_clause)


def test_a_cue_in_a_time_clause_is_no_speaker() -> None:
    rows = claims("After the judges wrongly declared the red team winner on Sunday, three of the team's coaches had "
                  "already started their speeches.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == [None], rows


def test_an_as_clause_that_reports_stays_the_speaker() -> None:
    rows = claims("Two people were injured in the fire, as the council reported on Monday.")
    assert [m["speaker"] for r in rows for m in r["mentions"]] == ["the council"], rows


# "the country of N people" is a population, of the place that noun stands for, not of another place its clause
# names (populations.place_noun_of)


def test_a_country_of_n_people_is_a_population_with_no_other_place() -> None:
    rows = claims("In recent years, the country of over five million people has traded its reliance on Norway for "
                  "dependence on Chile.")
    assert [(r["what"], r["place"]) for r in rows] == [("population", [])], [(r["what"], r["place"]) for r in rows]


def test_a_places_own_population_keeps_its_place() -> None:
    rows = claims("Croatia's 4.7 million population voted on Sunday.")
    assert [r["place"] for r in rows] == [["Croatia"]], [(r["what"], r["place"]) for r in rows]


# "of over N": more than N, as "over N" is (numbers._pre_qualifier)


def test_of_over_is_a_qualifier() -> None:
    crowd = next(m for m in figures("The island, a country of over five million people, voted on Sunday.")
                 if m.value == 5e6)
    assert crowd.qualifier == "over", (crowd.text, crowd.qualifier)


# a figure in a "when" clause of a noun named by a past year takes that year (past_times._when_antecedent)


def test_a_when_clause_of_a_dated_noun_is_dated() -> None:
    docs = [Document(id="d.txt", text="The results are on par with those from the 2012 election, when the mayor "
                     "received roughly 97 percent of the votes.", title="d", published=dt.date(2017, 2, 13))]
    whats = [c.to_dict()["what"] for c in extract_claims(analyse(docs))]
    assert whats == ["share of votes: received roughly 97 percent of the votes, 2012"], whats
