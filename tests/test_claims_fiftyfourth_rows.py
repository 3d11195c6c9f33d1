"""Claims: single-report row kinds of the fiftieth to fifty-fourth reads and check27 (bench/BRIEF_REVIEW.md,
"claims54"): a relative clause whose pronoun is the object ("100 men that X convicted" read "men that convicted
that"), a stray second subject ("thanks" of "thanks to") in a share's words, a share by which a thing is lower or
higher than another shown as its size, a distance "outside of" or "from" a place shown as the verb in the place it
describes, the page's rule for its reader ("You can't enter more than 20 emails") as a claim, and a duration's verb
as the whole "what" ("stayed (yr)"). Our own invented sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.model import Document


def _rows(text: str) -> list[tuple[str, dict[str, Any]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, m) for g in groups for m in g.to_dict()["mentions"]]


def _what(text: str, figure: str) -> str:
    found = [w for w, m in _rows(text) if figure in m["text"]]
    assert len(found) == 1, _rows(text)
    return found[0]


# a relative clause whose pronoun is the verb's object (wording._relative_object)


def test_a_relative_object_keeps_the_clause_subject() -> None:
    text = "The list would include some 80 women that Norway convicted of thefts committed before 1998."
    assert _what(text, "80 women") == "women that Norway convicted"


def test_a_relative_subject_still_reads_its_verb() -> None:
    # guard: "that" as the subject keeps the old wording
    assert _what("The town has some 80 workers that build boats.", "80 workers") == \
        "workers that build boats (town)"  # (the clause's holder named, claims66)


# a stray second subject of a share's verb (wording._subject_of_bare_verb)


def test_thanks_to_is_no_subject_of_a_share() -> None:
    text = ("The county has the highest jobless rate in the region; thanks to the plant's closure, at least 60 "
            "percent of Dorville's workers will move away.")
    assert _what(text, "60 percent") == "share of workers: move"


# a share by which a thing is more or less than another (wording._comparative_share)


def test_a_comparative_share_is_a_difference() -> None:
    text = ("The survey shows that Norway's output per head has been 12 per cent lower than it would have been "
            "without the floods.")
    assert _what(text, "12 per cent") == "percentage: Norway output lower than it would have been"


def test_a_comparative_share_after_a_verb_keeps_it() -> None:
    assert _what("Sales were 5 percent higher than a year earlier.", "5 percent") == \
        "percentage: Sales higher than a year earlier"


# a distance from a place after "outside of" or "from" (journeys._fixed_origin, table._measure_what)


def test_a_distance_outside_of_a_place_is_from_it() -> None:
    text = "Molefe lives in Katlehong, a small farming town 25 miles outside of Pretoria."
    assert _what(text, "25 miles") == "distance (mi) outside of Pretoria"  # (its phrase as written, claims92)


def test_a_journey_keeps_its_verb() -> None:
    # guard: a verb of going stays the name of the distance
    assert _what("The plane flew 300 km from Perth.", "300 km") == "distance flown (km) from Perth"


# the page's rule for its reader (addressed.reader_limit)


def test_a_limit_set_to_the_reader_is_no_claim() -> None:
    assert _rows("You can't order more than 30 tickets.") == []


def test_a_quoted_you_stays_a_claim() -> None:
    # guard: a speaker's "you" in quotation marks, and a "you" under no negated modal
    assert _what("\"You can't feed more than 300 people with that,\" she said.", "300 people") == "people fed"
    assert _what("You can buy up to 4 tickets.", "4 tickets") == "tickets bought"


# a duration's verb with its subject and complement (predicates.verb_predicate)


def test_a_duration_verb_takes_its_complement() -> None:
    assert _what("She stayed 19 years in prison.", "19 years") == "stayed in prison (yr)"
    assert _what("Two of them have remained locked in solitary for almost 30 years.", "30 years") == \
        "locked in solitary (yr)"
    assert _what("I have known Ortega for about 12 years.", "12 years") == "known Ortega (yr)"


def test_a_duration_verb_takes_its_noun_subject() -> None:
    text = "Most members agreed to allow the jobless rate to remain elevated for more than 20 months."
    assert _what(text, "20 months") == "jobless rate remain elevated (mo)"


def test_a_weak_verb_still_reads_time() -> None:
    # guard: "lasted" names nothing; the row names the talks that lasted (claims97: no bare "time (h)")
    # (claims97: no bare placeholder)
    assert _what("The talks lasted more than two hours.", "two hours") == "talks lasted (h)"


# an article's count of its own parts (lexicon empty_count_nouns)


def test_an_articles_own_takeaways_are_no_claim() -> None:
    assert _rows("Here are five takeaways from the summit.") == []


def test_an_offset_before_a_clause_takes_no_predicate() -> None:
    # guard: "three months after Ana went missing" is no length of her going missing
    what = _what("Luis Vega also disappeared three months after Ana Ruiz went missing.", "three months")
    assert "missing" not in what


# a share the copula's subject is at (wording._copula_share)


def test_a_share_a_subject_is_at_is_the_subjects() -> None:
    assert _what("Inflation is at 12%, or twice the target, the bureau said.", "12%") == "percentage: Inflation"


# a future set in a period still to come (awaited._coming_period)


def test_a_would_in_the_coming_months_is_expected() -> None:
    text = ("Kerr assured the union that the firm would hire some 300 workers gradually in the coming months, Ali "
            "Musa said.")
    assert _what(text, "300 workers") == "workers hired (expected)"


def test_a_plain_will_stays_unmarked() -> None:
    # guard: a "will" with no coming period or awaited event is a plan told as one (claims32)
    assert _what("The firm will hire 200 staff.", "200 staff") == "staff hired"


# a figure whose noun is the object of an "if" clause's verb (readings.conditional)


def test_a_figure_in_an_if_clause_through_its_noun_is_conditional() -> None:
    text = "Imagine what would have happened if the council had faced, say, a 12-month deadline to cut waste."
    assert _what(text, "12-month") == "deadline (mo) (if)"


def test_a_figure_with_no_if_stays_a_fact() -> None:
    # guard
    assert _what("The council faced a 12-month deadline to cut waste.", "12-month") == "deadline (mo)"


def test_a_negated_duration_verb_keeps_not_before_it() -> None:
    # guard: the column's "not" goes before the verb, so a negated verb takes no subject or complement
    assert _what("Officials said images were not received from the station for three hours.", "three hours") == \
        "time not received (h)"


def test_a_dates_phrase_is_no_complement() -> None:
    # guard: "in the early 1990s" says when, not what
    assert "1990s" not in _what("She spent about four years in the early 1990s.", "four years")


def test_a_long_subject_is_left_out() -> None:
    # guard: a subject with words after it would be cut mid-phrase ("like stream" of "the ribbon-like stream of …")
    what = _what("Once every 20 years, the ribbon-like trail of dust behind the comet crosses the orbit of Mars.",
                 "20 years")
    assert "like" not in what and "trail" not in what


def test_an_indefinite_phrase_is_no_complement() -> None:
    # guard: "at a time" says how often, not what
    assert _what("He is sometimes held for up to two hours at a time.", "two hours") == "time held (h)"


def test_a_participle_with_no_phrase_takes_no_space() -> None:
    assert _what("Tomas Reyes spent 31 years locked up for a theft.", "31 years") == "Tomas Reyes spent locked up (yr)"
