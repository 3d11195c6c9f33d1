"""The twenty-fourth read's summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ21"): a quotation's inner sentence
shown as the writer's; "In addition to" a named
thing, no connective; an opening general remark whose pronoun stands for the kind of its condition; initials the
brief never spells out. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.summary.standalone import why_not_alone

NOV = dt.date(2019, 11, 20)


def _why(text: str) -> list[str | None]:
    a = story(text, published=NOV)[0]
    return [why_not_alone(a, s) for s in a.sentences]


# --- a quotation's inner sentence ---------------------------------------------------------------------------------


QUOTED = ('The harbour board met in Varn on Monday.\n"And the plan is not so odd: ferries have run on gas for two '
          "decades. Most large ports have depots for it, which keeps the crossing cheap.\n"
          '"We aim to build on this," said Ana Roth, the board\'s chair.')


def test_an_item_opening_inside_a_quotation_opened_before_it_is_not_shown() -> None:
    from storyline.summary.inner_quotes import inside_quotation, quoted_items

    a = story(QUOTED, published=NOV)[0]
    inside = [inside_quotation(a, s) for s in a.sentences]
    assert inside == [False, False, True, False], [s.text for s in a.sentences]
    assert quoted_items(a.sentences, [a]) == [a.sentences[2]]


def test_a_sentence_that_closes_its_quotation_or_follows_it_is_left_alone() -> None:
    from storyline.summary.inner_quotes import inside_quotation

    a = story('"Ferries have run on gas for two decades. It keeps the crossing cheap," said Ana Roth, the chair. '
              "The board will vote in May.", published=NOV)[0]
    assert not any(inside_quotation(a, s) for s in a.sentences)


def test_a_mark_left_open_inside_a_paragraph_opens_no_quotation() -> None:
    from storyline.summary.inner_quotes import inside_quotation

    a = story("The board told me “depots will open around the coast after a brief “pause” :) “. Buyers should "
              "expect to wait two weeks for tickets, and households are limited to six.", published=NOV)[0]
    assert not any(inside_quotation(a, s) for s in a.sentences), [s.text for s in a.sentences]


# --- "In addition to" a named thing -------------------------------------------------------------------------------


def test_in_addition_to_a_named_thing_is_no_connective() -> None:
    why = _why("In addition to the three deaths at a fuel plant on Tuesday, the ombudsman said 30 people were hurt.")
    assert why == [None]
    why = _why("The plant was shut. In addition to this, the ombudsman said 30 people were hurt.")
    assert why[1] is not None and "connective" in why[1], why


# --- an opening general remark with a conditional ------------------------------------------------------------------


def test_a_remark_on_a_kind_under_a_present_condition_is_general() -> None:
    from storyline.summary.general import general_remark

    a = story("If a ferry does not carry a radio then it is usually fitted with flares instead. Now the Varn "
              "harbour board has ordered radios for its four ferries.", published=NOV)[0]
    assert general_remark(a, a.sentences[0]) is not None
    assert general_remark(a, a.sentences[1]) is None
    b = story("When the ferry sank off Varn on Monday, it was carrying 40 passengers.", published=NOV)[0]
    assert general_remark(b, b.sentences[0]) is None


# --- initials the brief never spells out --------------------------------------------------------------------------

INITIALS = ("The Varn harbour board met on Monday to plan a gas depot. Its engineers called in the board's Joint "
            "Design Office to draw the depot's tanks. The JDO team then drew three designs for the quay. "
            "Two dockers fell ill with harbour lung, or HL, last spring. HL is a rare condition of the lungs.")


def _unexpanded(shown: list[str]) -> list[str]:
    from storyline.summary.initials import unexpanded

    a = story(INITIALS, published=NOV)[0]
    chosen = [s for s in a.sentences if any(s.text.startswith(p) for p in shown)]
    return [s.text[:12] for s, _ in unexpanded(chosen, [a])]


def test_initials_spelled_out_before_in_no_item_are_not_shown() -> None:
    assert _unexpanded(["The Varn", "The JDO", "HL is"]) == ["The JDO team", "HL is a rare"]


def test_initials_shown_with_their_spelling_out_stay() -> None:
    assert _unexpanded(["The Varn", "Its engineers", "The JDO", "Two dockers", "HL is"]) == []


def test_initials_spelled_out_in_the_item_itself_or_in_another_reports_item_stay() -> None:
    from storyline.summary.initials import unexpanded

    a, b = story(INITIALS, "The Joint Design Office of Varn drew three designs, its chief said on Monday.",
                 published=NOV)
    jdo = next(s for s in a.sentences if s.text.startswith("The JDO"))
    assert unexpanded([a.sentences[0], jdo], [a, b]) != []
    assert unexpanded([a.sentences[0], jdo, b.sentences[0]], [a, b]) == []
    c = story("The Joint Design Office met on Monday. Its chief said the Joint Design Office (JDO) would grow.",
              published=NOV)[0]
    assert unexpanded(c.sentences[1:], [c]) == []


def test_initials_of_a_place_or_never_spelled_out_stay() -> None:
    from storyline.summary.initials import unexpanded

    a = story("The United States sent two ships to Varn on Monday. The US navy said the ships would stay. "
              "The NTSB team arrived on Tuesday.", published=NOV)[0]
    assert unexpanded(a.sentences[1:], [a]) == []


def test_the_sentence_that_spells_initials_out_is_brought_to_the_item() -> None:
    from storyline.summary import rank
    from storyline.summary.initials import spelling_unit, unexpanded

    a = story(INITIALS, published=NOV)[0]
    ranked = rank([a], words=200)
    jdo = next(s for s in a.sentences if s.text.startswith("The JDO"))
    ((item, spans),) = unexpanded([a.sentences[0], jdo], [a])
    unit = spelling_unit(ranked, item, spans, [])
    assert unit is not None and "Joint Design Office" in unit.text, unit
    assert spelling_unit(ranked, item, spans, [unit]) is None  # left out: the item goes instead
