"""summ57: an item must be readable where it stands, on made-up text (a rowing club, a bakery): an item that takes up
with "the" and a shell noun ("the incident") what the sentence before it told, while no item shows that sentence,
leans on it; a frame around the news told elsewhere ("The vote follows months of protests.") does not lead."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.summary.frames import frame_lead
from storyline.summary.lead import tells_news
from storyline.summary.referents import unintroduced

_DAY = dt.date(2022, 4, 12)

_CLUB = ("The Brell rowing club has banned its coach for a season. A rower saw the coach push a junior off the jetty "
         "on Saturday. The club and the town council investigated the incident. The coach has ten days to appeal.")


def test_a_shell_noun_takes_up_what_the_sentence_before_told() -> None:
    a = story(_CLUB, published=_DAY)[0]
    lede, seen, item, appeal = a.sentences
    assert unintroduced([lede, item, appeal], [a]) == [item]  # which incident? the push is in no item
    assert unintroduced([lede, seen, item, appeal], [a]) == []  # shown after the push, it is the push


def test_an_ordinary_definite_noun_first_written_with_the_is_left_alone() -> None:
    a = story("The Brell bakery has closed after forty years. Flour prices rose by a third this winter. "
              "The owner blamed the landlord for the closure.", published=_DAY)[0]
    lede, _, item = a.sentences
    assert unintroduced([lede, item], [a]) == []  # "the landlord": a thing the reader knows from the story


def test_a_frame_around_the_news_does_not_lead() -> None:
    a = story("The Brell bakery strike comes a week after the owners cut the night shift's pay by a fifth. "
              "Bakers at Brell walked out on Monday. The bakery's closure follows months of falling sales.",
              published=_DAY)[0]
    frame, news, follows = a.sentences
    assert frame_lead(a, frame) is not None
    assert frame_lead(a, follows) is not None
    assert frame_lead(a, news) is None
    assert not tells_news(a, frame) and tells_news(a, news)


def test_a_person_who_comes_after_an_event_is_no_frame() -> None:
    a = story("Mayor Tomas Hale came to the quay after the storm had passed. The harbour reopened on Friday.",
              published=_DAY)[0]
    assert frame_lead(a, a.sentences[0]) is None  # a person's coming is an act of the story


def test_a_demonstrative_or_an_unowned_pronoun_before_a_shell_noun_takes_up_the_sentence_before() -> None:
    a = story("The Brell rowing club has banned its coach for a season. A rower said the coach pushed a junior off the "
              "jetty. The club said it was looking into this and other incidents. The town paper could not confirm "
              "her claims. Mayor Tomas Hale repeated his claims about the jetty.", published=_DAY)[0]
    lede, said, this, her, his = a.sentences
    assert unintroduced([lede, this], [a]) == [this]  # which incidents?
    assert unintroduced([lede, her], [a]) == [her]  # whose claims?
    assert unintroduced([lede, said, this], [a]) == []
    assert unintroduced([lede, his], [a]) == []  # "his" stands for the mayor the sentence names
