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


def test_two_reports_telling_one_attack_retell_one_event() -> None:
    from storyline.summary.retold import event_of, retells

    a = story("A crowd of 300 people attacked the Varna police post with stones, injuring one officer, Dimov added.\n",
              "The Varna police said a crowd had attacked its post and tried to storm the armoury at dawn.\n")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retells(s, event_of(a[0], s), t, event_of(a[1], t))


def test_two_reports_telling_one_aim_retell_one_event() -> None:
    from storyline.summary.retold import event_of, retells

    a = story("Mayor Ines Varga said the toll was raised to pay for roads. It was also aimed at keeping lorries "
              "out of Varna.\n",
              "The move aims to deter the lorries that cross Varna on their way to the port.\n")
    s, t = a[0].sentences[-1], a[1].sentences[0]
    assert retells(s, event_of(a[0], s), t, event_of(a[1], t))


def test_the_stocks_move_does_not_lead_over_the_results() -> None:
    from storyline.summary.lead import aside_lead

    a = story("Tarnco's shares fell by 3% on the Varna stock exchange in early trading.\n"
              "Tarnco said its net loss narrowed to 20 million euros in the second quarter.\n"
              "The stock exchange of Varna opened a new hall on Monday.\n")[0]
    assert aside_lead(a, a.sentences[0]) is not None
    assert aside_lead(a, a.sentences[1]) is None and aside_lead(a, a.sentences[2]) is None


def test_an_answer_with_so_does_not_stand_alone() -> None:
    from storyline.summary.standalone import why_not_alone

    a = story("The panel voted on Monday to ease the limits on the drug.\n"
              "Dimov said he doesn't think so.\n"
              "Prices rose in March, and so did the rents in Varna.\n"
              '"I think so," Dimov told the panel on Monday.\n')[0]
    assert why_not_alone(a, a.sentences[1]) is not None
    assert why_not_alone(a, a.sentences[2]) is None and why_not_alone(a, a.sentences[3]) is None
