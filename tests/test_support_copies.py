"""The copy rule before the citation judge (storyline.support.copies), on invented text."""

from __future__ import annotations

import pytest

from storyline import support as S
from storyline.analyse import analyse
from storyline.model import Document
from storyline.sources import mark_copies
from storyline.support.copies import claim_tokens, counterpart, near_copy

CLAIM = "Rescuers pulled 1,200 people from the flooded valley on Tuesday, a police spokesman said."


@pytest.mark.parametrize("passage", [
    CLAIM,
    "Rescuers pulled 1,200 people from the flooded valley on Tuesday.",  # attribution dropped
    "ELMSTEAD, Norland (Wire) _ Rescuers pulled 1200 people from the flooded valley on Tuesday, police said.",
    "Police said rescuers pulled 1,200 people from the flooded valley on Tuesday.",  # attribution moved
    "According to the police, rescuers pulled 1,200 people from the flooded valley on Tuesday.",
    "“Rescuers pulled 1,200 people from the flooded valley on Tuesday,” the spokesman said.",  # quote marks
    "Rescuers pulled 1,200 people from a flooded valley on Tuesday, a police spokesman said.",  # an article
])
def test_near_copies_pass(passage: str) -> None:
    assert near_copy(CLAIM, passage)


@pytest.mark.parametrize("passage", [
    "Rescuers pulled 1,300 people from the flooded valley on Tuesday, a police spokesman said.",  # a figure
    "Rescuers pulled 12,000 people from the flooded valley on Tuesday, a police spokesman said.",
    "Rescuers pulled 1,200 people from the flooded valley on Wednesday, a police spokesman said.",  # a day
    "Rescuers have not pulled 1,200 people from the flooded valley on Tuesday, a police spokesman said.",  # "not"
    "Rescuers never pulled 1,200 people from the flooded valley on Tuesday, a police spokesman said.",
    "Rescuers may pull 1,200 people from the flooded valley on Tuesday, a police spokesman said.",  # hedged
    "Rescuers pulled 1,200 sheep from the flooded valley on Tuesday, a police spokesman said.",  # another thing
    "Rescuers pulled 1,200 people from the flooded valley on Tuesday, a police spokesman said, but 40 died.",
    "Rescuers pulled 1,200 people from the flooded valley on Tuesday, a police spokesman denied.",
    "Volunteers pulled 1,200 people from the flooded valley on Tuesday, a police spokesman said.",  # an actor
])
def test_a_changed_figure_word_or_negation_is_no_copy(passage: str) -> None:
    assert not near_copy(CLAIM, passage)


def test_number_and_percent_formatting_are_one_number() -> None:
    assert near_copy("Turnout in the northern province reached 62.0 per cent on Sunday.",
                     "Turnout in the northern province reached 62% on Sunday.")
    assert near_copy("Three firefighters were treated for smoke inhalation at the scene.",
                     "3 firefighters were treated for smoke inhalation at the scene.")
    assert not near_copy("Turnout in the northern province reached 62 per cent on Sunday.",
                         "Turnout in the northern province reached 26 per cent on Sunday.")


def test_a_short_fragment_is_no_copy() -> None:
    assert not near_copy("He said so on Monday.", "He said so on Monday.")
    assert claim_tokens("Officials said the dam above the village held overnight, the agency said.") == (
        "the", "dam", "above", "the", "village", "held", "overnight")
    assert claim_tokens("Officials said the dam held, the agency said.") == ("officials", "said", "the", "dam", "held")


def test_a_reprint_counterpart_may_run_on() -> None:
    s = "Members had complained last week about batteries stored near a charging station."
    resplit = ("The cause was not known, and members had complained last week about batteries stored near a "
               "charging station.")
    assert counterpart(s, resplit) and not near_copy(s, resplit)
    assert not counterpart(s, "Members had complained last week about batteries stored near a loading bay.")
    assert not counterpart(s, "Members had not complained last week about batteries stored near a charging station.")


def test_the_judge_cites_a_copy_without_a_model_and_can_switch_it_off() -> None:
    copy = "Rescuers pulled 1,200 people from the flooded valley on Tuesday."
    changed = "Rescuers pulled 1,300 people from the flooded valley on Tuesday."
    yes, no = S.judge([(CLAIM, copy), (CLAIM, changed)], S.SupportConfig(threshold=0.999))
    assert yes.supports and yes.reason == "copy" and not yes.model
    assert not no.supports and no.reason != "copy"
    off = S.judge([(CLAIM, copy)], S.SupportConfig(copies=False))[0]
    assert off.reason != "copy"


def test_supported_citations_cite_a_reprints_counterpart() -> None:
    story = ("The harbour warehouse burned for six hours on Friday night. "
             "Members of the dockers' union had complained last week about batteries stored near a charging station. "
             "The company said it was cooperating with investigators and that all goods were stored legally.")
    reprint = story.replace("Members of the dockers' union had complained",
                            "The cause was not known; members of the dockers' union had complained")
    docs = mark_copies([Document(id="a", text=story), Document(id="b", text=reprint),
                        Document(id="c", text="A fire destroyed a bakery in the old town on Friday night.")])
    assert docs[1].copy_of == "a"
    analyses = analyse(docs)
    claim = analyses[0].sentences[1]
    others = [t for an in analyses[1:] for t in an.sentences]
    strict = S.SupportConfig(threshold=0.999)
    found = S.supported_citations([(claim, others)], analyses, strict)
    assert list(found[0]) == ["b"] and "charging station" in found[0]["b"].text
    unmarked = [Document(id=d.id, text=d.text) for d in docs]  # the same texts, not marked as reprints
    assert not S.supported_citations([(claim, others)], analyse(unmarked), strict)[0]
