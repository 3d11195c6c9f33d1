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
