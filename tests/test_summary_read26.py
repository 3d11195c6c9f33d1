"""The twenty-sixth read's summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ23"): a back-reference whose
antecedent is in no item: a singular demonstrative inside the sentence ("would reuse that experience"), a
pronoun opening its opening quotation ('"It has …," said …'). Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any

from conftest import story
from storyline.summary.config import DEFAULT

NOV = dt.date(2019, 11, 20)


def _span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[0])


def test_a_singular_demonstrative_or_a_quotations_opening_pronoun_leans_on_one_thing_before() -> None:
    from storyline.summary.antecedents import leans_on_one_before

    assert leans_on_one_before(_span("Ana Roth, the firm's chair, said Orvel would reuse that experience in its "
                                     "new ferries."))
    assert leans_on_one_before(_span("\u201cIt has a lot of deck space and a very quiet engine,\u201d said Ana "
                                     "Roth, the chair of Orvel."))
    # not: a time noun, a noun the sentence named before, an expletive "it", a quotation's own "that"
    assert leans_on_one_before(_span("Ana Roth said Orvel would open a depot in Varn later that year.")) is None
    assert leans_on_one_before(_span("Orvel built a ferry in Varn, and that ferry now runs daily to Kell.")) is None
    assert leans_on_one_before(_span("\u201cIt is time to build more ferries,\u201d said Ana Roth, the chair "
                                     "of Orvel.")) is None
    assert leans_on_one_before(_span("\u201cWe saw the need to do that,\u201d said Ana Roth, the chair of "
                                     "Orvel.")) is None


_ORVEL = ("The port of Varn on Monday chose three firms to build electric ferries for its crossing to Kell. "
          "The three firms, Orvel, Tamsin Yards and Kell Marine, were picked from nine that bid. "
          "Orvel is best known for building small river barges in Varn. "
          "Ana Roth, the firm's chair, said Orvel would reuse that experience in its new ferries. "
          "Tamsin Yards will offer the port its Wren ferry, which the yard first showed in May. "
          "\u201cIt has a lot of deck space and a very quiet engine,\u201d said Piet Lund, the head of Tamsin "
          "Yards. "
          "The port expects the first of the new ferries to sail to Kell in 2022.")


def test_an_item_that_points_back_at_one_thing_is_shown_joined_to_the_sentence_naming_it() -> None:
    from storyline.summary.rank import fit_budget, rank, shown_order

    ranked = rank(story(_ORVEL, published=NOV), words=300)
    for shown in (shown_order(ranked), fit_budget(ranked, 300)):
        texts = [s.text for s in shown]
        assert not any(t.startswith(("Ana Roth", "\u201cIt has")) for t in texts), texts  # never alone
        reuse = [t for t in texts if "reuse that experience" in t]
        assert all(t.startswith("Orvel is best known") for t in reuse), texts
        deck = [t for t in texts if "deck space" in t]
        assert all(t.startswith("Tamsin Yards will offer") for t in deck), texts
        assert reuse or deck


def test_without_the_rule_the_back_reference_is_shown_alone() -> None:
    from storyline.summary.rank import rank, shown_order

    cfg = replace(DEFAULT, join_singular_back_references=False)
    texts = [s.text for s in shown_order(rank(story(_ORVEL, published=NOV), cfg, words=300))]
    assert any(t.startswith(("Ana Roth", "\u201cIt has")) for t in texts), texts


def test_with_several_reports_the_item_is_left_as_it_is() -> None:
    """With two reports the rule does not apply (it cost ROUGE on the gate's multi-report sets)."""
    from storyline.summary.rank import rank, shown_order

    other = "The port of Varn chose three firms on Monday to build its new electric ferries, officials said."
    texts = [s.text for s in shown_order(rank(story(_ORVEL, other, published=NOV), words=300))]
    assert not any(t.startswith("Orvel is best known") and "reuse that experience" in t for t in texts), texts


def test_an_item_whose_sentence_before_cannot_stand_alone_is_left_as_it_is() -> None:
    """ "… to land that cargo": the sentence before is a quotation of "he"; the item is not left out."""
    from storyline.summary.rank import rank, shown_order

    text = ("The port of Varn on Monday chose three firms to build electric ferries for its crossing to Kell. "
            "\u201cWe need more boats soon,\u201d he said. "
            "Last year the port asked firms to build boats carrying cars and lorries, and to move that cargo to "
            "Kell within an hour.")
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), words=300))]
    assert any(t.startswith("Last year the port asked") for t in texts), texts


def test_an_item_whose_demonstrative_names_a_thing_two_sentences_back_is_left_out() -> None:
    """ "said of that dock": the dock is named two sentences before, and the sentence between cannot stand alone."""
    from storyline.summary.rank import rank, shown_order

    text = ("The port of Varn on Monday chose three firms to build electric ferries for its crossing to Kell. "
            "This new dock at Kell was built for larger ferries. "
            "This includes the Wren, a ferry the port plans to sail in 2022. "
            "\u201cWe had to move fast,\u201d Ana Roth, the port's chair, said of that dock at a meeting in Varn. "
            "Orvel will build the first of the ferries in its yard at Kell.")
    texts = [s.text for s in shown_order(rank(story(text, published=NOV), words=300))]
    assert texts and not any("that dock" in t for t in texts), texts
