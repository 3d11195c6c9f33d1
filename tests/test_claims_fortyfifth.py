"""Claims: the wrong rows of the thirty-ninth and fortieth reads, by kind (bench/BRIEF_REVIEW.md, "claims45"):
a bare dollar on the page of an outlet whose country has a dollar of its own shown as US dollars ("cut about half a
million dollars" on an Australian page: "cut (USD)"); "he" unresolved though the sentence before names its one
person outside a subject or a reporting clause ("To Hoenig, …", "According to Shiguematsu, …" with the name typed
a place there, the report having named "Alberto Shiguematsu" before); a price shown by its verb ("a set costs
$24.99": "costs (USD)"); a denial lost and what is mentioned made a place ("Three subsequent sanctions resolutions
also have no mention of Bushehr": "subsequent sanctions resolutions in Bushehr"); consent taken for a report
("Washington and its allies agreed to remove any reference …" the speaker of the next sentence's figure).
Our own invented sentences through the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import figures, whats
from storyline.analyse import analyse
from storyline.claims import figure_mentions
from storyline.claims.figure_mention import FigureMention
from storyline.claims.local_dollar import outlet_dollar
from storyline.model import Document


def _figures(text: str, url: str | None) -> list[FigureMention]:
    mentions, _ = figure_mentions(analyse([Document(id="d0.txt", text=text, title="d0", url=url)]))
    return mentions


def _codes(text: str, url: str | None) -> list[str | None]:
    return [m.unit_code for m in _figures(text, url)]


# a bare "$" or "dollars" takes the dollar of the outlet's country


def test_dollars_on_an_australian_outlet_are_australian() -> None:
    text = "The sports commission will cut about half a million dollars from the swimming budget next year."
    assert _codes(text, "https://www.example.net.au/news/2013/cuts") == ["AUD"]


def test_a_dollar_sign_on_a_canadian_outlet_is_canadian() -> None:
    text = "The province will spend $40 million on new bridges next year."
    assert _codes(text, "https://news.example.ca/2019/bridges") == ["CAD"]


def test_dollars_on_a_us_or_unknown_outlet_stay_us() -> None:
    text = "The province will spend $40 million on new bridges next year."
    assert _codes(text, "https://www.example.com/2019/bridges") == ["USD"]
    assert _codes(text, None) == ["USD"]


def test_a_dollar_written_as_the_us_one_stays_us() -> None:
    text = "The company will invest US$40 million in the new plant."
    assert _codes(text, "https://www.example.com.au/business/plant") == ["USD"]


def test_a_country_without_a_dollar_or_a_generic_domain_names_none() -> None:
    assert outlet_dollar("https://www.example.co.uk/news") is None
    assert outlet_dollar("https://example.tv/news") is None
    assert outlet_dollar("http://www.abc.net.au/news/2013-04-22/x") == "AUD"


# "he" resolves to the one person the sentence before names, and to a surname the report gave a person


def _speakers(text: str) -> list[str | None]:
    return [m.speaker.text if m.speaker else None for m in figures(text)]


def test_he_is_the_one_person_of_a_to_phrase_before() -> None:
    text = ("To Hoenig, the Fed's policies are risky. For example, he notes that consumption had long been about 63 "
            "percent of gross domestic product.")
    assert _speakers(text) == ["Hoenig"]


def test_he_stays_unresolved_when_the_sentence_before_names_two_people() -> None:
    text = ("To Mary Hoenig and John Smith, the bank's policies are risky. She said that 40 homes were lost in the "
            "fire.")
    assert _speakers(text) == ["She"]


def test_a_surname_the_report_gave_a_person_is_a_person() -> None:
    text = ("Alberto Shiguematsu, a resident, said the air was bad.\n\nAccording to Shiguematsu, the sky went dark at "
            "noon. He said that 40 homes were lost in the fire.")
    assert _speakers(text) == ["Shiguematsu"]


# the object of "costs" is the price of its subject; a past, modal or payer's "cost" stays the verb's


def test_a_sum_a_thing_costs_is_its_price() -> None:
    text = "Fans can buy the rings now (a set costs $24.99 and ships in the spring)."
    assert whats(text) == ["set (USD)"]  # the noun of the clause that costs it (claims97; was the clause quoted)


def test_a_present_cost_is_its_subject_s() -> None:
    # (claims97: a noun phrase, no quoted clause)
    assert whats("A ticket costs $50 at the door, organisers said.") == ["ticket (USD)"]


def test_an_estimated_cost_stays_the_verb_s() -> None:
    assert whats("The blaze could cost insurers more than $20 million, an estimate says.") == [
        "“The blaze could cost insurers more than $20 million” (USD)"]


def test_a_past_cost_stays_the_verb_s() -> None:
    assert whats("The storm cost the state $5 billion last year.") == [
        "“The storm cost the state $5 billion” (USD), last year"]  # (its time: claims73)


# "have no mention of X": denied, and X no place


def test_what_a_thing_has_no_mention_of_is_no_place_and_the_row_says_no() -> None:
    text = "Three later reports also have no mention of Dresden."
    ms = figures(text)
    assert [(m.places, m.negated) for m in ms] == [([], True)]
    assert whats(text) == ["later reports that have no mention of Dresden"]


def test_a_place_after_of_on_another_noun_stays() -> None:
    assert [m.places for m in figures("Floods destroyed 40 homes in the suburbs of Dresden.")] == [["Dresden"]]


# "agreed to" + infinitive is consent, no report: no speaker of its sentence or the next


def test_agreeing_to_do_something_is_no_report() -> None:
    text = "Washington and its allies agreed to remove any reference to it. Three later reports also mention Dresden."
    assert _speakers(text) == [None]


def test_agreeing_that_is_still_a_report() -> None:
    assert _speakers("The two sides agreed that 40 prisoners would be freed.") == ["The two sides"]


def test_a_possessor_is_the_person_without_its_s() -> None:
    text = "But Li's team wants to add dishes. Together they will improve its resolution by 100 times, he says."
    assert _speakers(text) == ["Li"]
