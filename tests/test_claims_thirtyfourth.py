"""Claims: the twenty-fourth read's wrong rows, by kind (bench/BRIEF_REVIEW.md, "claims34"): a unit written as one
hyphened word ("lb-ft", lexicon units); a compound adjective of a machine's parts is a kind, not a count ("a
four-door car", lexicon compound_not_counts); a verb of looking says nothing of what is measured ("you're looking at
400 km", lexicon regard_verbs); a condition's figure up a clause's chain or before the verb's own "if" clause
("If we were able to cut it by 40%", "faces 20 years in prison if convicted"); a ceiling noun ("a maximum sentence
of 20 years": up to); a plan's "to" clause ("a plan to hire 300 workers": an aim); a span that dates a happening
("That came seven years after he fled"); a speed's range from rest ("0-60 mph"). Our own invented sentences through
the real model (``analyse``), none from a benchmark story.
"""

from __future__ import annotations

from claims_support import claims, figures

# a unit written as one hyphened word


def test_lb_ft_is_torque() -> None:
    rows = claims("The harbour tug's new engine gives 400 lb-ft of torque.")
    assert [c["what"] for c in rows] == ["torque (lb-ft)"]
    assert rows[0]["mentions"][0]["unit_code"] == "lb-ft"


def test_lb_alone_is_a_mass() -> None:
    ms = figures("The harbour parcel weighed 40 lb.")
    assert [(m.dimension, m.unit_code) for m in ms] == [("mass", "lb")]


# a compound adjective of a machine's parts is a kind


def test_four_door_car_is_no_count() -> None:
    assert figures("Building a four-door harbour car might seem like an odd plan.") == []


def test_four_cars_is_a_count() -> None:
    ms = figures("The harbour board bought four cars on Monday.")
    assert [m.value for m in ms] == [4]


# a verb of looking says nothing of what is measured


def test_looking_at_a_distance() -> None:
    whats = [c["what"] for c in claims("As for range, you're looking at up to 400 km on one charge.")]
    assert whats == ["distance (km)"]


def test_a_verb_of_travel_names_the_distance() -> None:
    whats = [c["what"] for c in claims("The harbour ferry sailed 400 km on one charge.")]
    assert whats == ["distance sailed (km)"]


# a condition's figure


def test_if_up_a_clause_chain() -> None:
    whats = [c["what"] for c in claims('"If we were able to cut the harbour\'s costs by 40%, we could build more '
                                       'docks," said Ann Lee.')]
    assert len(whats) == 1 and whats[0].endswith("(if)")


def test_able_without_if_is_a_fact() -> None:
    whats = [c["what"] for c in claims('"We were able to cut the harbour\'s costs by 40%," said Ann Lee.')]
    assert len(whats) == 1 and not whats[0].endswith("(if)")


def test_faces_if_convicted() -> None:
    rows = claims("The harbour chief faces a maximum sentence of 20 years in prison if convicted.")
    assert len(rows) == 1 and rows[0]["what"].endswith("(if)")
    assert rows[0]["mentions"][0]["qualifier"] == "up to"


def test_a_sentence_handed_down_is_a_fact() -> None:
    rows = claims("The harbour chief was sentenced to 20 years in prison.")
    assert len(rows) == 1 and not rows[0]["what"].endswith("(if)")
    assert rows[0]["mentions"][0]["qualifier"] is None


# a plan's "to" clause is an aim


def test_a_plan_to_hire_is_an_aim() -> None:
    whats = [c["what"] for c in claims("The port drew up a plan to hire 300 dock workers.")]
    assert whats == ["dock workers hired (aim)"]


def test_hired_is_done() -> None:
    whats = [c["what"] for c in claims("The port hired 300 dock workers.")]
    assert whats == ["dock workers hired"]


# a span that dates a happening


def test_came_years_after_is_no_length() -> None:
    assert figures("That came seven years after he fled the harbour town.") == []


def test_lived_for_years_is_a_length() -> None:
    ms = figures("He lived in the harbour town for seven years.")
    assert [(m.value, m.dimension) for m in ms] == [(7, "duration")]


# a speed's range from rest


def test_zero_to_sixty_is_no_speed() -> None:
    ms = figures("In that form, 0-60 mph comes up quickly in the harbour car, and its top speed is 150 mph.")
    assert [(m.value, m.unit_code) for m in ms] == [(150, "mph")]


def test_of_after_a_second_conjunct() -> None:
    whats = [c["what"] for c in claims("The harbour tug would offer 335 horsepower and 517 lb-ft of torque in total.")]
    assert whats == ["torque (lb-ft)"]


# a singular noun is no subject of a plural verb


def test_a_singular_subject_of_a_plural_verb_is_no_actor() -> None:
    whats = [c["what"] for c in claims("For this years’ edition of Dover Harbour Fair sailors, fishermen and builders "
                                       "from twelve different ports show their boats.")]
    assert whats == ["different ports"]  # (no actor; and no clause in a bracket: claims97)


def test_a_plural_subject_is_named() -> None:
    whats = [c["what"] for c in claims("For this year's edition of the harbour fair, sailors from twelve different "
                                       "ports show their boats.")]
    assert whats == ["different ports"]  # (claims97: a finite clause in a bracket is dropped)


# a destination is no place of the figure


def test_a_destination_is_no_place() -> None:
    whats = [c["what"] for c in claims("The port will send 40 harbour workers to the North Sea next year.")]
    assert whats == ["harbour workers sent"]


def test_a_place_of_the_act_stays() -> None:
    whats = [c["what"] for c in claims("The port kept 40 harbour workers in the North Sea last year.")]
    assert whats == ["harbour workers kept in North Sea, last year"]  # (its time: claims73)


# "for N units" with a perfect is how long the perfect has held


def test_for_decades_with_a_perfect() -> None:
    whats = [c["what"] for c in claims("The harbour method has been used on sailors and those due to undergo surgery "
                                       "for more than two decades.")]
    assert whats == ["harbour method used (decade)"]  # (its noun subject too: claims54)


def test_for_weeks_without_a_perfect() -> None:
    whats = [c["what"] for c in claims("The harbour method was used on sailors due to undergo surgery for two weeks.")]
    assert whats == ["undergo surgery (wk)"]  # (its object too: claims54)


# a quotation run on into the next paragraph keeps its speaker


_RUN_ON = ('"For years the harbour has been too small," said harbour chief Ann Lee. "If we were able to build one more '
           'dock, we could take more ships.\n"And the old plan is not so crazy. We would hire 300 dock workers."')


def test_a_quotation_run_on_keeps_its_speaker() -> None:
    ms = figures(_RUN_ON)
    assert [(m.value, m.speaker.text if m.speaker else None) for m in ms] == [(300, "harbour chief Ann Lee")]


def test_a_closed_quotation_is_not_carried() -> None:
    ms = figures('"For years the harbour has been too small," said harbour chief Ann Lee.\n'
                 '"We would hire 300 dock workers."')
    assert [(m.value, m.speaker) for m in ms] == [(300, None)]
