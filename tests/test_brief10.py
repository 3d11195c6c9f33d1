"""Tenth Done-when round (issue 12; bench/BRIEF_REVIEW.md "Done-when read, tenth session", branch brief10):
the purpose rule of the citation judge, narrowed and switched on, and a summary sentence that refers back
with "those"/"these". Every fixture is made up for these tests; none comes from the bench."""

from __future__ import annotations

from typing import Any


def _read(text: str) -> Any:
    from storyline.nlp import get_nlp
    from storyline.support.reading import read

    return read(get_nlp()(text))


# --- citations: the purpose rule --------------------------------------------------------------------

def test_a_purpose_behind_try_to_is_the_verb_it_governs() -> None:
    """ "to try to defuse the tension": the purpose is "defuse", which a passage may state with another
    catenative ("in an effort to defuse"); the passage states it, so the rule does not rule it out."""
    from storyline.support.reading import purpose_check

    s = _read("The envoy flew to Corvale on Sunday to try to defuse the growing tension between Marbury and Tessin.")
    states_it = _read("The envoy arrived in Corvale on Sunday in an effort to defuse the tension between the two "
                      "neighbours.")
    assert purpose_check(s, states_it) is None
    names_only = _read("The envoy has warned for months about the tension between Marbury and Tessin.")
    assert purpose_check(s, names_only) == "cause"  # the tension, but neither the trip nor its purpose


def test_a_passage_that_states_the_main_claim_may_leave_the_purpose_out() -> None:
    """The passage states what the sentence claims ("pulled out of talks") and names the purpose's noun
    with another verb ("on acquiring a stake"): a detail left out, not another part of the claim."""
    from storyline.support.reading import purpose_check

    s = _read("Orbis Air said Wednesday it had pulled out of talks to buy a stake in the ailing Delmar Airlines.")
    p = _read("Delmar Airlines said it will try to rebuild alone after Orbis Air pulled out of talks on acquiring "
              "a stake in the carrier.")
    assert purpose_check(s, p) is None


def test_the_judge_rules_out_a_passage_that_names_a_purposes_nouns_as_something_else() -> None:
    """Shipped on (data/support_settings.toml ``purpose = true``): the judge's conflict rules rule the
    pair out, not only ``purpose_check`` called by hand."""
    from storyline.support.learned import conflict, purpose_rule

    assert purpose_rule()
    s = _read("Prosecutors say Vane killed Orr to keep her from talking to police about the death of his partner.")
    listed = _read("The series listed the killings Vane is suspected of: Orr's death and the death of his partner.")
    assert conflict(s, listed) == "cause"
    leaves_it_out = _read("Vane killed Orr, prosecutors say.")
    assert conflict(s, leaves_it_out) is None


# --- summary: a sentence that refers back with "those"/"these" --------------------------------------

_VANE = ("Jon Vane, a property heir, was sentenced on Wednesday in Dayton to seven years in prison for a federal "
         "gun crime. Vane has previous convictions in Ohio for jumping bail and carrying a weapon across state "
         "lines in 2004. Vane served about three years in connection with those charges. His lawyer, Ann Orr, "
         "said on Wednesday that Vane would appeal the sentence before the end of the month.")


def test_a_sentence_that_refers_back_with_those_is_shown_only_joined_to_the_sentence_before_it() -> None:
    from conftest import story
    from storyline.summary.rank import fit_budget, rank, shown_order

    ranked = rank(story(_VANE), words=200)
    for shown in (shown_order(ranked), fit_budget(ranked, 200)):
        texts = [s.text for s in shown]
        assert not any(t.startswith("Vane served") for t in texts)  # never alone
        assert any(t.startswith("Vane has previous convictions") and "those charges." in t for t in texts)
        assert sum("Vane has previous convictions" in t for t in texts) == 1  # not shown twice


def test_a_back_reference_with_nothing_plural_before_it_is_not_shown() -> None:
    """ "in these pictures": the sentence before names nothing they can be (a photo outside the text)."""
    from conftest import story
    from storyline.summary.rank import fit_budget, rank

    a = story("Ann Orr, the Corvale mayor, went to a birthday party on Friday night at a hotel in Corvale. "
              "The party was held in the hotel's main hall on the first floor. "
              "Orr was smiling in these pictures on Saturday as she was driven to the station. "
              "Orr is due to present the town's budget to the council on Monday.")
    texts = [s.text for s in fit_budget(rank(a, words=200), 200)]
    assert texts and not any("these pictures" in t for t in texts)
    assert any(t.startswith("Ann Orr, the Corvale mayor") for t in texts)


def test_a_passage_that_has_the_claims_verb_only_before_a_noun_presupposes_the_event() -> None:
    """ "handing the newly elected governor a divided council" presupposes the election and states something
    else: only the sentence's background (bench/citations/README.md's labelling rules)."""
    from storyline.support.reading import background_check

    s = _read("Voters in Marbury elected Ann Orr as governor on Sunday.")
    presupposes = _read("Rivals of Ann Orr won three council seats on Sunday, handing the newly elected governor a "
                        "divided council.")
    assert background_check(s, presupposes) == "background"
    assert background_check(s, _read("Ann Orr was elected governor of Marbury on Sunday, officials said.")) is None
    assert background_check(s, _read("Rivals won three council seats on Sunday as voters elected Ann Orr "
                                     "governor.")) is None
