"""claims69: false verdicts on rows two or more reports carry, by kind. Our own invented sentences through the real
model, of subjects no benchmark or held-out story has (engines, coaches, farms, valleys, typhoons, a farmer's
standoff, a treaty); each rule's test fails without it, and a guard beside it keeps a true agree or differ.
"""

from __future__ import annotations

from typing import Any

from claims_support import claims


def _rows(*texts: str) -> list[dict[str, Any]]:
    return claims(*texts)


def _multi(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [r for r in rows if len({m["doc"] for m in r["mentions"]}) > 1]


def _with(rows: list[dict[str, Any]], text: str) -> dict[str, Any]:
    return next(r for r in rows if any(text in m["text"] for m in r["mentions"]))


# "N pounds of" a thing that is not money: a weight or a force, not sterling (measures.py)


def test_pounds_of_thrust_are_a_weight_not_sterling() -> None:
    rows = _rows("The new engine produces three million pounds of thrust at takeoff, the company said.",
                 "Its engine makes three million pounds of thrust, the firm said.")
    row = _with(rows, "pounds of thrust")
    assert {m["dimension"] for m in row["mentions"]} == {"mass"}, row
    assert "GBP" not in row["what"], row


def test_pounds_of_funding_stay_money() -> None:
    row = _with(_rows("The charity received two million pounds of funding last year."), "pounds")
    assert row["mentions"][0]["dimension"] == "money", row


# one person's age is one number: two ages years apart are two people's, not a "differ" (group_verdict.py)


def test_a_second_persons_age_is_no_difference() -> None:
    rows = _rows("Ortega, 41, was named coach on Monday, club officials said.",
                 "The club chose Ortega over Bailey. The 66-year-old had a long career in the navy.")
    assert not [r for r in rows if r["verdict"] == "differ"], rows


def test_one_named_persons_two_ages_still_differ() -> None:
    rows = _rows("Ortega, 41, was named coach on Monday, club officials said.",
                 "The club named Ortega, 44, as its coach on Monday.")
    assert _with(rows, "44")["verdict"] == "differ", rows


# things counted as the subject of "be", held by nothing: one state of one set, so two reports' counts differ
# (anchors.py: claims64's having-verb rule keeps "the pier has 120 moorings" apart, test_claims_anchors.py)


def test_farms_without_water_in_two_reports_differ() -> None:
    rows = _rows("The governor, who warned of a long night, said more than 3,000 farms were already without water.",
                 "Dozens of roads were closed and more than 2,000 farms are without water.")
    row = _with(rows, "3,000 farms")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "differ", rows


# an increment ("an additional 300", "another 300") is not a rival of the whole's count (surroundings.py)


def test_an_additional_count_is_not_set_against_the_total() -> None:
    rows = _rows("About 900 residents had been evacuated, the mayor said. An additional 300 people have been ordered "
                 "to evacuate in the valley area, she added.", "Thousands of people have been evacuated across the "
                 "province.")
    assert {m["value"] for m in _with(rows, "300 people")["mentions"]} == {300}, rows


def test_two_reports_increments_still_agree() -> None:
    rows = _rows("About 900 residents had been evacuated, the mayor said. An additional 300 people have been ordered "
                 "to evacuate in the valley area, she added.", "About 900 people were evacuated on Sunday. Another "
                 "300 people in the valley have also been evacuated, officials said.")
    row = _with(rows, "300 people")
    assert {m["value"] for m in row["mentions"]} == {300} and row["verdict"] == "agree", rows


def test_two_plain_counts_still_agree() -> None:
    rows = _rows("Some 3,000 people were evacuated from the valley on Sunday.",
                 "About 3,200 people were evacuated from the valley, officials said.")
    assert _with(rows, "3,000")["verdict"] == "agree", rows


# two reports' peaks ("up to") compared as values, a writer's own bracketed conversion taken (peaks.py)


def test_two_peaks_in_two_units_differ() -> None:
    rows = _rows("The typhoon battered the island with gusts of up to 150 mph (240 kph) on Sunday.",
                 "The typhoon battered the island with gusts of up to 250 km/h on Sunday.")
    assert _with(rows, "250")["verdict"] == "differ", rows


def test_a_peak_and_its_own_conversion_agree() -> None:
    rows = _rows("The typhoon battered the island with gusts of up to 150 mph (240 kph) on Sunday.",
                 "The typhoon battered the island with gusts of up to 240 km/h on Sunday.")
    assert _with(rows, "240 km/h")["verdict"] == "agree", rows
    rows = _rows("The typhoon battered the island with gusts of up to 180 km/h on Sunday.",
                 "The typhoon battered the island with gusts of up to 180 kph on Sunday.")
    assert _with(rows, "180 kph")["verdict"] == "agree", rows


# what a man was armed with is not what was arrested (counted.py: a participle on a noun; a list's later members
# parsed as a second subject of the verb)


def test_what_a_man_was_armed_with_was_not_detained() -> None:
    rows = _rows("A 40-year-old farmer armed with a shotgun, two axes and two flares was detained after the standoff, "
                 "a police source said.")
    row = _with(rows, "two axes")
    assert "arrest" not in row["what"] and "detain" not in row["what"], rows


def test_men_arrested_stay_arrested() -> None:
    rows = _rows("Police arrested two men after the raid, officials said.", "Two men were arrested after the raid.")
    assert _with(rows, "Two men")["what"] == "people arrested", rows


# a country doing the act of a gerund after "of" is no place of the figure (scope.py)


def test_a_country_signing_is_not_where_the_hours_are() -> None:
    rows = _rows("The minister said she would present the plan to the council within 48 hours of Chile signing the "
                 "treaty.",
                 "Within 48 hours of Chile signing the treaty, the minister will present the plan, she said.")
    assert not _with(rows, "48 hours")["place"], rows


def test_people_hurt_in_a_country_stay_there() -> None:
    rows = _rows("About 40 people were hurt in Chile on Sunday.",
                 "Some 40 people were injured in Chile, officials said.")
    assert _with(rows, "40 people")["place"] == ["Chile"], rows


# a sentence another reporting verb tells whole ("…, the spokesman added") carries no speaker into the next
# (attribution._told_in_place: any reporting verb of the sentence, not only the first)


def _who(text: str, figure: str) -> str | None:
    m = next(m for r in _rows(text) for m in r["mentions"] if figure in m["text"])
    sp = m.get("speaker")
    return sp if sp is None or isinstance(sp, str) else str(sp)


def test_a_report_told_whole_frames_no_next_sentence() -> None:
    text = ("Garcia will formally announce Peru's exit from the bloc, a spokesman for the president said on Monday. "
            "Peru informed Trade Commissioner Anna Lind's office of Garcia's intention, the spokesman added. Signing "
            "the decree will start the clock on two years of formal talks, at the end of which Peru will leave the "
            "bloc.")
    assert _who(text, "two years") is None


def test_a_report_with_nothing_told_still_frames_the_next_sentence() -> None:
    text = "The mill will close in June. Harlow Timber reported to the council on Friday. Closing the mill will end " \
        "300 jobs at the site."
    assert _who(text, "300 jobs") == "Harlow Timber"


def test_one_named_witness_two_ages_still_differ() -> None:
    rows = _rows("'It was terrible,' said Moreno, a 23-year-old nurse who was hurt in the blast.",
                 "'It was terrible,' said Moreno, a 32-year-old nurse who was hurt in the blast.")
    assert _with(rows, "32")["verdict"] == "differ", rows


def test_another_count_of_another_act_is_no_increment() -> None:
    rows = _rows("The blaze at the depot killed 12 workers, and police said another 48 people were injured.",
                 "The blaze at the depot killed 12 workers and injured 52 others, officials said.")
    row = _with(rows, "48 people")
    assert {m["value"] for m in row["mentions"]} == {48, 52} and row["verdict"] == "differ", rows


def test_one_increment_told_with_and_without_its_word_agrees() -> None:
    rows = _rows("Thirty other people died in landslides in the hills and another 102 people were injured by flying "
                 "debris in the valley.", "At least 53 people were killed. Seventeen others died in landslides, he "
                 "said. Another 102 people were injured by flying debris in the valley.")
    row = _with(rows, "102 people")
    assert len({m["doc"] for m in row["mentions"]}) == 2 and row["verdict"] == "agree", rows
