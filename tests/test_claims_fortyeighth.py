"""Claims: the wrong claims rows of the forty-third to forty-fifth reads, by kind (bench/BRIEF_REVIEW.md,
"claims48"): numbers inside written-out arithmetic ("2^15", "10^5 * 300 = …"), two values offered as a choice
("a 2.4GHz or 5GHz band") read as a range, "two or more" shown as "or more 2", a sum's compound noun cut to its
first word ("$250 book voucher": "book"), the first word of a longer name taken for a place ("the Islamic State":
"in Islamic"), a purpose's goal taken for the place ("waiting to cross into …"), a possibility told as a fact
("may have escaped"), a rise shown as a share ("a 400% increase": "share of increase") and a change verb lost
to a verb inside its object ("cut their chances of becoming allergic by 80%").
Our own invented sentences through the real model (``analyse``), none from a page.
"""

from __future__ import annotations

from storyline.analyse import analyse
from storyline.claims import extract_claims, figure_mentions
from storyline.model import ClaimMention, Document
from storyline.render.common import format_figure


def _rows(text: str) -> list[tuple[str, list[str]]]:
    groups = extract_claims(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [(g.what, [m.text for m in g.mentions]) for g in groups]


def _whats(text: str) -> list[str]:
    return [w for w, _ in _rows(text)]


def _places(text: str) -> list[list[str]]:
    mentions, _ = figure_mentions(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [list(m.places) for m in mentions]


# numbers inside arithmetic are no claims (arithmetic.py)


def test_an_exponent_and_its_base_are_no_figures() -> None:
    assert _rows("The new format lets a server store numbers up to 2^20, engineers said.") == []


def test_the_terms_of_a_written_out_product_are_no_figures() -> None:
    assert _rows("That is a total of 10^4 * 200 = 2,000,000 entries, engineers said.") == []


def test_a_figure_beside_arithmetic_in_another_sentence_stays() -> None:
    # guard: a plain count in the same paragraph is kept
    rows = _rows("The root holds 200 entries. That is a total of 10^4 * 200 = 2,000,000 entries.")
    assert [t for _, ts in rows for t in ts] == ["holds 200 entries"]


# two values offered as a choice are no range (arithmetic.py)


def test_two_values_each_with_its_unit_joined_by_or_are_no_range() -> None:
    text = "Most routers pick a channel the phone is not using (often a 2.4GHz or 5GHz band) for the link."
    assert _rows(text) == []


def test_two_bare_numbers_joined_by_or_stay_a_range() -> None:
    # guard: "five or six homes" is one uncertain figure
    rows = _rows("The storm destroyed five or six homes, police said.")
    assert rows == [("homes destroyed", ["destroyed five or six homes"])]


# a qualifier written after the number is shown after it (render/common.py)


def _mention(qualifier: str, unit: str = "connected clients", dimension: str = "count") -> ClaimMention:
    return ClaimMention(doc="d", start=0, end=1, text="", value=2, low=2, high=2, qualifier=qualifier,
                        unit=unit, speaker=None, event=None, place=[], time=[], vague=False, dimension=dimension)


def test_or_more_is_shown_after_its_number() -> None:
    assert format_figure(_mention("or more")) == "2 or more connected clients"


def test_or_more_is_shown_after_a_measures_unit() -> None:
    assert format_figure(_mention("or more", "mph", "speed")) == "2 mph or more"


def test_odd_is_glued_after_its_number() -> None:
    assert format_figure(_mention("-odd")) == "2-odd connected clients"


def test_a_qualifier_before_the_number_stays_before_it() -> None:
    assert format_figure(_mention("at least")) == "at least 2 connected clients"


# a sum's compound noun the parser split (compounds.py)


def test_a_sums_compound_noun_is_shown_whole() -> None:
    text = "Each worker will receive a $200 meal voucher per month, the firm said."
    assert _whats(text) == ["meal voucher (USD) per month"]


# a place that opens a longer name, and a purpose's goal, are no place of the figure (unplaced.py)


def test_the_first_word_of_a_longer_name_is_no_place() -> None:
    assert _places("Rebels loyal to the Islamic State seized 30 soldiers on Monday.") == [[]]


def test_a_place_before_a_weekday_stays_a_place() -> None:
    # guard: "in Texas Monday" is no longer name
    assert _places("Storms killed 12 people in Texas Monday, officials said.") == [["Texas"]]


def test_the_goal_of_a_purpose_is_no_place() -> None:
    assert _places("Maria has been waiting three months to cross into Canada, she said.") == [[]]


def test_a_place_the_figure_is_in_stays_beside_a_goal() -> None:
    # guard: the figure's own place stays
    assert _places("About 40 migrants waited in Tijuana for three weeks.")[0] == ["Tijuana"]


# a possibility is no fact (modals.py)


def test_may_have_marks_the_row() -> None:
    assert "others that escaped (may)" in _whats("Two guards died, and four others may have escaped, police said.")


def test_could_alone_is_no_possibility() -> None:
    # guard: "could hold" is a capacity, no hedge
    assert not any("(may)" in w for w in _whats("The hall could hold 500 people, its owner said."))


def test_a_projected_toll_is_not_marked_twice() -> None:
    assert _whats("The toll might rise to 40, officials said.") == ["people killed (projected)"]


# a change told as a percentage (rises.py)


def test_a_percent_counting_a_rise_is_no_share() -> None:
    whats = _whats("In Canada, more than 5% of adults smoke, a 30% drop since 2001.")
    assert any(w.startswith("percentage drop") for w in whats) and not any("share of drop" in w for w in whats)


def test_by_a_percent_inside_a_change_verbs_object_takes_the_change() -> None:
    text = "Eating the snacks early cut their chances of becoming allergic by more than 80% compared to others."
    assert _whats(text) == ["percentage: cut their chances of becoming allergic by more than 80"]


# "It" reporting a finding is the study the sentence before is about (antecedents.py)


def _speakers(text: str) -> list[str | None]:
    mentions, _ = figure_mentions(analyse([Document(id="d0.txt", text=text, title="d0")]))
    return [m.speaker.text if m.speaker is not None else None for m in mentions]


def test_it_found_resolves_to_the_study_before() -> None:
    text = ("The study is published in a medical journal, and it was presented at a meeting in Boston. It found that "
            "eating eggs early cut the risk of an allergy by more than 60% compared to other kids.")
    assert _speakers(text) == ["The study"]


def test_it_stays_unresolved_after_a_sentence_about_no_study() -> None:
    # guard: a sentence before about a person's plan gives "it" no antecedent
    text = "The mayor is in Boston this week, and he was asked about it. It found that 60% of the roads need repair."
    assert _speakers(text) != ["The mayor"]
