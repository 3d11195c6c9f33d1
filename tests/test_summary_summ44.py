"""summ44: history counted back a year or more ("a year ago", "three summers ago") passes the lead; a preview of an
event due later on its report's own day ("… opens tonight") is not shown when a report dated after that day is in the
story; an opening clause whose verb is a bare "do" ("After they did, …") and a singular pronoun after an opening
clause whose only subject is plural ("As old rivals go, he …") lean on the sentence before. Fixtures are made up (a
gallery, a festival, a rowing club, a bridge); none comes from the bench or the pools."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.analyse import analyse
from storyline.model import Document
from storyline.summary import summarise
from storyline.summary.lead import history_lead
from storyline.summary.overtaken import later_today
from storyline.summary.standalone import why_not_alone

_DAY = dt.date(2019, 3, 11)


def _history(text: str) -> str | None:
    a = story(text, published=_DAY)[0]
    return history_lead(a, a.sentences[0])


def test_a_year_or_more_counted_back_is_history() -> None:
    assert _history("The city gallery turned down the painting a year ago.")
    assert _history("The gallery bought the painting three summers ago from a dealer in Lyon.")
    assert _history("The gallery bought the painting two years ago from a dealer in Lyon.")


def test_less_than_a_year_counted_back_or_a_weekday_is_no_history() -> None:
    assert not _history("The gallery bought the painting six months ago from a dealer in Lyon.")
    assert not _history("The gallery bought the painting two weeks ago from a dealer in Lyon.")
    assert not _history("The gallery, which turned the painting down a year ago, bought it on Monday.")


def test_a_lede_told_a_year_back_does_not_lead_the_account() -> None:
    text = ("Marta Vidal was turned down by the city gallery a year ago. "
            "The painter from Girona had her first show at the gallery open on Saturday night, the director said. "
            "About 400 visitors came to see the 30 canvases by Vidal over the weekend.")
    got = summarise(story(text, published=_DAY))
    assert got and not got[0].text.startswith("Marta Vidal was turned down"), [s.text for s in got]


def test_a_word_of_later_today_on_a_verb_to_come_is_a_preview() -> None:
    a = story("The river festival opens tonight with a concert by the town band in Mill Park.", published=_DAY)[0]
    assert later_today(a, a.sentences[0])
    b = story("The council will vote this evening on the new bridge toll.", published=_DAY)[0]
    assert later_today(b, b.sentences[0])
    c = story("The town band played tonight to a crowd of 2,000 in Mill Park.", published=_DAY)[0]
    assert not later_today(c, c.sentences[0])


def test_a_preview_of_its_own_day_is_not_shown_beside_a_later_report() -> None:
    preview = ("The river festival opens tonight with a concert by the town band in Mill Park. "
               "Organisers sold 1,500 tickets for the first night of the festival.")
    report = ("The river festival opened with a concert by the town band in Mill Park on Monday night. "
              "About 2,000 people came to the park for the first night, the organisers said.")
    docs = analyse([Document(id="d0", text=preview, title="d0", published=dt.date(2019, 3, 11)),
                    Document(id="d1", text=report, title="d1", published=dt.date(2019, 3, 12))])
    got = summarise(docs)
    assert got and not any("opens tonight" in s.text for s in got), [s.text for s in got]
    alone = summarise(story(preview, published=dt.date(2019, 3, 11)))
    assert any("opens tonight" in s.text for s in alone), [s.text for s in alone]


def _why(text: str) -> str | None:
    a = story(text, published=_DAY)[0]
    return why_not_alone(a, a.sentences[0])


def test_an_opening_clause_of_a_bare_do_leans_on_the_sentence_before() -> None:
    assert _why("After they did, the club's coach was one of the first people to call the mayor.")
    assert _why("If she does, the council will vote on the bridge again in May.")


def test_a_do_with_its_object_or_a_comparison_stands_alone() -> None:
    assert _why("After they did the repairs, the club's coach reopened the boathouse on Monday.") is None
    assert _why("As it did in 2010, the rowing club won the river race on Sunday.") is None


def test_a_singular_pronoun_after_a_clause_of_a_plural_subject_leans_on_the_sentence_before() -> None:
    assert _why("As old rivals go, he would not take much room at the club's dinner table.")
    assert _why("When the officers arrived, she had already left the bridge by car.")


def test_a_singular_pronoun_after_a_clause_of_a_singular_subject_stands_alone() -> None:
    assert _why("When the chairman resigned, he thanked the rowing club's members for their support.") is None
    assert _why("As the prices rose, they cut the club's budget for the new boats.") is None


def _general(text: str, k: int = 0) -> str | None:
    from storyline.summary.general import general_remark

    a = story(text, published=_DAY)[0]
    return general_remark(a, a.sentences[k])


def test_a_frame_of_a_time_gone_by_and_the_past_remark_after_it_are_no_events() -> None:
    text = ("There was a time not so long ago when it was easy to tell a ferry from a cruise ship. "
            "Most plainly, ferries were small and slow. "
            "The port of Halden launched a 300-metre ferry on Monday.")
    assert _general(text, 0)
    assert _general(text, 1)
    assert not _general(text, 2)
    assert _general("There were days when the ferry ran every hour between the islands.")


def test_a_dated_there_was_or_a_past_remark_with_no_frame_before_it_is_kept() -> None:
    assert not _general("There was a time in March 2018 when the ferry ran every hour between the islands.")
    assert not _general("There was a fire on the ferry when it docked at Halden on Monday.")
    assert not _general("Most plainly, ferries were small and slow. The port launched a big one on Monday.")


def test_that_s_with_a_curly_apostrophe_and_a_clause_leans_on_the_sentence_before() -> None:
    assert _why("That\u2019s sound advice when it comes to old bridges.")
    assert _why("That's sound advice when it comes to old bridges.")
    assert _why("That\u2019s a big step for the rowing club, its coach said on Monday.") is None


def test_a_rubric_in_capitals_opening_a_report_is_not_shown() -> None:
    from storyline.summary.title_datelines import rubric_end

    assert rubric_end("NEWS ANALYSIS: The rowing club has won the river race again.") == len("NEWS ANALYSIS: ")
    assert rubric_end("Update: The rowing club has won.") == 0
    assert rubric_end('The club\'s coach said: "We won."') == 0
    text = ("NEWS ANALYSIS: The rowing club has sold its boathouse on the river to a developer for $2 million. "
            "The club's members approved the sale at a meeting on Monday night, the coach said.")
    got = summarise(story(text, published=_DAY))
    assert got and not any(s.text.startswith("NEWS") for s in got), [s.text for s in got]
    assert any(s.text.startswith("The rowing club has sold") for s in got), [s.text for s in got]


def test_so_opening_a_main_clause_leans_on_the_sentence_before() -> None:
    assert _why("So the river water rose to the rower's chin within a few minutes.")
    assert _why("So far, the rowing club has spent $2 million on the new boathouse.") is None
    assert _why("So many people came to the regatta that the bridge was closed on Sunday.") is None


def test_a_quotation_and_its_tag_on_a_person_named_before_leans_on_it() -> None:
    assert _why("\"We could not reach her,\" the coach said.")
    assert _why("\"I'm trying to see him,\" Ortega said.")
    assert _why("\"We could not reach Maria in the boathouse,\" the coach said.") is None
    assert _why("\"We could not reach the boathouse in time,\" the coach said on Monday.") is None


def test_where_the_news_opens_after_a_lede_of_history_counts_as_its_report_s_lede() -> None:
    from storyline.summary.lead import delayed_lede

    text = ("Marta Vidal was turned down by the city gallery a year ago. Not this time. "
            "The painter from Girona had her first show at the gallery open on Saturday night. "
            "The gallery's director met her on Monday.")
    a = story(text, published=_DAY)[0]
    flags = [delayed_lede(a, s) for s in a.sentences]
    assert flags == [False, False, True, False], [(s.text, f) for s, f in zip(a.sentences, flags, strict=True)]
    b = story("Marta Vidal sold a painting to the city gallery. The painter had a show there on Saturday night.",
              published=_DAY)[0]
    assert not any(delayed_lede(b, s) for s in b.sentences)


def test_a_short_quotation_on_a_demonstrative_leans_on_the_sentence_before() -> None:
    assert _why("\"Maria, did you hear that?\" the coach asked.")
    assert _why("\"Maria, did you hear the horn?\" the coach asked.") is None


def test_a_share_of_it_with_nothing_named_before_leans_on_the_sentence_before() -> None:
    assert _why("Ortega spent quite a bit of it in March on new oars for the club.")
    assert _why("Most of them left the boathouse before the storm on Sunday.")
    assert _why("The club bought the old boathouse and sold half of it on Monday.") is None
