"""summ39: the 55th–57th reads' summary faults, by kind (issue 12). Made-up reports only.

A writer's lead-ins are no items: an invitation to the reader ("Let's look at …") and a heading sentence that
announces accounts of what happened without giving one ("There were different versions of what led to …")."""

from __future__ import annotations

from conftest import story
from storyline.summary import summarise
from storyline.summary.pointers import media_pointer

_LEAD_INS = (
    "The council of Varna approved a budget of 40 million lev on Monday after a long debate.\n"
    "Let's look at the projects to watch.\n"
    "There were different versions of what led to the clash in the council hall.\n"
    "Police said two members had pushed a clerk, and the clerk was taken to hospital.\n"
    "Residents said the clerk had fallen when the lights went out.\n"
)


def test_an_invitation_to_the_reader_is_no_item() -> None:
    a = story(_LEAD_INS)[0]
    assert media_pointer(a, a.sentences[1])
    other = story('"Let\'s look at the projects again," the mayor said on Monday.\n'
                  "Let him speak, the mayor told the council on Monday.\n")[0]
    assert not any(media_pointer(other, s) for s in other.sentences)


def test_a_heading_that_announces_accounts_is_no_item() -> None:
    a = story(_LEAD_INS)[0]
    assert media_pointer(a, a.sentences[2])
    other = story("There are two accounts of the fire, one from police and one from residents.\n"
                  "There were different versions of the fire from police and residents.\n"
                  "There were 40 members in the council hall on Monday.\n")[0]
    assert not any(media_pointer(other, s) for s in other.sentences)


def test_lead_ins_are_not_shown() -> None:
    texts = [s.text for s in summarise(story(_LEAD_INS), 200)]
    assert texts and not any(t.startswith(("Let's", "There were different")) for t in texts), texts
