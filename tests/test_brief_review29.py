"""The summary and timeline faults the fifteenth and sixteenth reads left open (issue 12, bench/BRIEF_REVIEW.md,
"summ17"): "here" in a wire report whose dateline the summary cuts, a person named by surname only when no item
gives the full name, a quotation opening on a third person's pronoun, a bare "The judge agreed, …", and a
scene-setting lede leading the account. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.summary.standalone import why_not_alone


def _why(text: str, index: int = -1) -> str | None:
    a = story(text)[0]
    s = a.sentences[index]
    return why_not_alone(a, s)


# --- (a) "here" after a cut dateline ---------------------------------------------------------------------------------


def test_here_in_a_dateline_report_cannot_stand_alone() -> None:
    why = _why("KELBY HARBOUR (AP) _ A dissident fleeing arrests in Varn arrived here Wednesday and announced a "
               "protest at the assembly.")
    assert why is not None and "here" in why


def test_here_in_a_later_sentence_of_a_dateline_report() -> None:
    why = _why("KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. Police here said he had asked for asylum on "
               "Tuesday afternoon.")
    assert why is not None and "here" in why


def test_here_without_a_dateline_or_inside_a_quotation_or_as_an_opening_is_left_alone() -> None:
    assert _why("A dissident fleeing arrests in Varn arrived here Wednesday and announced a protest.", 0) is None
    assert _why('KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. "We are safe here now," the dissident said '
                "to the reporters.") is None
    assert _why("KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. Here is what the police said about the "
                "case on Tuesday.") is None


# --- (c) a quotation opening on a pronoun, a bare reply -------------------------------------------------------------


def test_a_quotation_opening_on_he_leans_on_the_sentence_before() -> None:
    why = _why("Orla Venn regained custody of her son Tam. \"He's still on a soy formula and he is doing well,\" "
               "Venn said.")
    assert why is not None and "'he'" in why


def test_a_quotation_opening_on_it_leans_unless_it_is_extraposed() -> None:
    why = _why('Filming stopped for a day. "It filtered down to the crew," says Tam Oset, who worked on the film.')
    assert why is not None and "'it'" in why
    assert _why('The mayor spoke on Monday. "It is clear that the harbour must be dredged," the mayor said.') is None
    assert _why('The mayor spoke on Monday. "I am sure the harbour will be dredged," the mayor said.') is None


def test_a_bare_reply_leans_on_the_sentence_before() -> None:
    why = _why("The mother asked to be allowed to feed the boy a vegan formula. The judge agreed, throwing out the "
               "agency's claim that she was unfit.")
    assert why is not None and "reply" in why
    assert _why("The mother asked for custody. The judge agreed to return the boy within ten days.") is None
    assert _why("The mother asked for custody. The judge agreed with the agency on every point.") is None
