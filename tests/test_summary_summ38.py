"""summ38: the fifty-fourth read's and check27's summary faults, by kind (issue 12). Made-up reports only.

A feature that opens on one person's anecdote whose clause of purpose only mentions the day's event, and states
that event a few sentences on (after the person's quotation) with a day and a named subject: the sentence stating
the event leads, alone and beside another report, over the anecdote."""

from __future__ import annotations

from conftest import story
from storyline.summary.rank import rank, shown_order
from storyline.summary.single_report import mentioned_news

FEATURE = (
    "KELBRIDGE — Ana Roth baked a cake for the poorest children so that they, too, could celebrate the 100th "
    "birthday of the town they call home: Kelbridge.\n"
    "But like most of her neighbours, Roth was also giving thanks for the town's old harbour.\n"
    "“If it wasn't for the harbour, I would not be owning my own bakery,” said Roth, 58. “It taught us to work. "
    "It gave us bread. It kept us going.”\n"
    "On Sunday, Kelbridge celebrated its 100th birthday with a parade along the quay.\n"
    "Vendors sold flags and pins along the quay.\n"
    "Schoolchildren sang the town's old songs outside the council hall.\n"
    "The mayor, Ines Varga, opened a new museum of the harbour on Sunday afternoon.\n"
)
OTHER = ("Children in Kelbridge sang songs on Sunday as the valley's towns held fairs across the region.\n"
         "The regional council paid for the fairs, a spokesman said.\n")


def test_the_news_an_anecdotal_opening_only_mentions_is_found() -> None:
    a = story(FEATURE)[0]
    told = mentioned_news(a)
    assert told is not None and told[1].text.startswith("On Sunday, Kelbridge celebrated"), told


def test_an_opening_that_tells_the_event_itself_is_no_anecdote() -> None:
    a = story("On Sunday, the people of Kelbridge celebrated the town's 100th birthday with a parade.\n"
              "Ana Roth baked a cake so that the children could celebrate the town's 100th birthday too.\n"
              "On Sunday, the people of Kelbridge celebrated the town's 100th birthday once more.\n")[0]
    assert mentioned_news(a) is None


def test_one_report_leads_with_the_news_not_the_anecdote() -> None:
    texts = [s.text for s in shown_order(rank(story(FEATURE), words=60))]
    assert texts and texts[0].startswith("On Sunday, Kelbridge celebrated"), texts


def test_beside_another_report_the_news_takes_the_anecdotes_place() -> None:
    a = story(FEATURE, OTHER)
    order = [s.text for s in rank(a, words=200).sentences]
    ranked = rank(a, words=200)
    got = [ranked.sentences[i].text for i in ranked.order]
    news = next(k for k, t in enumerate(got) if t.startswith("On Sunday, Kelbridge celebrated"))
    anecdote = next((k for k, t in enumerate(got) if "Ana Roth baked" in t), len(got))
    assert news < anecdote, (got, order)


def test_two_reports_telling_one_celebration_in_other_words_retell_one_event() -> None:
    from storyline.summary.retold import event_of, retells

    a = story("On Sunday, the people of Kelbridge celebrated Mayor Ines Varga's 90th birthday on the quay.\n",
              "Children in Kelbridge have been marking Ines Varga's 90th birthday with songs.\n")
    s, t = a[0].sentences[0], a[1].sentences[0]
    assert retells(s, event_of(a[0], s), t, event_of(a[1], t))


EVE = ("President Ines Varga will mark the town's 100th birthday by overseeing the opening of a new harbour museum "
       "in Kelbridge.\n"
       "The museum cost the town council two million euros, its treasurer said.\n"
       "Kelbridge prepared on Saturday for the birthday, with flags along the quay.\n")
DAY = ("Crowds filled the quay of Kelbridge on Sunday as bands played the town's old songs.\n"
       "Schoolchildren sang outside the council hall until the evening.\n"
       "Fishermen decked their boats with flags and rang the harbour bell at noon.\n"
       "President Ines Varga oversaw the opening of the new harbour museum in Kelbridge.\n")


def test_a_plan_another_report_tells_done_gives_the_deed_its_place() -> None:
    from storyline.summary.plans import plans_done

    a = story(EVE, DAY)
    ranked = rank(a, words=200)
    sents = ranked.sentences
    plan = next(k for k, s in enumerate(sents) if "will mark the town" in s.text)
    deed = next(k for k, s in enumerate(sents) if "oversaw the opening of the new" in s.text)
    assert plans_done(a, sents) == {deed: {plan}}
    shown = [s.text for s in shown_order(ranked)]
    assert any("oversaw the opening of the new" in t for t in shown), shown
    assert not any("will mark the town" in t for t in shown), shown


def test_an_irregular_past_the_tagger_took_for_a_noun_is_read_as_the_verb() -> None:
    from spacy.tokens import Doc

    from storyline.nlp import get_nlp
    from storyline.summary.plans import _verb_lemma

    doc = Doc(get_nlp().vocab, words=["Varga", "oversaw", "openings"], pos=["PROPN", "NOUN", "NOUN"],
              deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
    assert _verb_lemma(doc[1]) == "oversee"
    other = Doc(get_nlp().vocab, words=["Varga", "museum", "openings"], pos=["PROPN", "NOUN", "NOUN"],
                deps=["nsubj", "ROOT", "dobj"], heads=[1, 1, 1])
    assert _verb_lemma(other[1]) is None


def test_a_pages_message_about_the_readers_thing_is_no_item() -> None:
    from storyline.nlp import get_nlp
    from storyline.summary.voice import page_message

    nlp = get_nlp()
    assert page_message(nlp("An error has occurred and your message has not been sent.")[:])
    assert page_message(nlp("Your comment has been saved.")[:])
    assert not page_message(nlp("Fibrosis can interfere with your ability to breathe.")[:])
    assert not page_message(nlp("The harbour board said your taxes would rise by 4 percent.")[:])
    assert not page_message(nlp("Ferries crossed the bay and your guide Ana Roth waved.")[:])
    texts = [s.text for s in shown_order(rank(story(DAY, "An error has occurred and your email has not been sent.\n"
                                                    "Crowds sang in Kelbridge on Sunday as the bands played.\n"),
                                              words=300))]
    assert texts and not any("your email" in t for t in texts), texts
