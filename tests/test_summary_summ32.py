"""The summary faults the reads left open (issue 12, bench/BRIEF_REVIEW.md, "summ32"): a thing "the" names that the
sentence before introduced with "a" ("… wrote in the blog post." after "According to a blog post for …"), a sentence
opening on a phrase of addition leading ("Beyond a fresh coat of paint, …"), a report's hedged lede passed over
("… may be backfiring."). Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

NOV = dt.date(2019, 11, 20)


def _span(text: str, k: int = -1) -> object:
    from storyline.parses import sentence_span

    a = story(text, published=NOV)[0]
    return sentence_span(a, a.sentences[k])


def test_the_second_mention_of_a_thing_introduced_with_a_leans_on_the_sentence_before() -> None:
    from storyline.summary.antecedents import introduced_just_before

    before = _span("According to a trade letter for Varn Weekly, the mill of Kell will close in the spring.", 0)
    assert introduced_just_before(before, _span('"The mill is losing money," Orla Venn wrote in the trade letter.'))
    assert not introduced_just_before(before, _span("Orla Venn wrote in the weekly letter of the guild."))
    assert not introduced_just_before(before, _span('Venn said: "The trade letter is wrong."'))  # quoted
    other = _span("According to the guild, the mill of Kell will close in the spring.", 0)
    assert not introduced_just_before(other, _span("Orla Venn wrote in the trade letter."))  # told with "the"


def test_a_sentence_of_the_blog_post_is_shown_with_the_sentence_introducing_it() -> None:
    from storyline.summary import summarise

    text = ("The old mill of Kell will close in the spring, its owners said on Tuesday.\n"
            "The mill has ground the grain of the valley of Varn since 1871.\n"
            "Its forty workers will be offered jobs at the new plant in Varn, the owners said.\n"
            "According to a trade letter for Varn Weekly, the price of grain in the valley fell by a third last year.\n"
            '"There is a direct link between the price of grain and the fate of the mills," Orla Venn wrote in the '
            "trade letter.")
    texts = [s.text for s in summarise(story(text, published=NOV), 200)]
    assert any("trade letter" in t for t in texts), texts
    assert all(t.startswith("According to a trade letter") for t in texts if "in the trade letter" in t), texts


def test_a_phrase_of_addition_opening_a_sentence_adds_to_a_thing_told_before() -> None:
    from storyline.summary.single_report import added_opening

    assert added_opening(_span("Beyond a new coat of paint, the real change is in the engine of the ferry."))
    assert added_opening(_span("Apart from the fine, the firm of Kell must repair the old bridge by May."))
    assert not added_opening(_span("The real change is in the engine, beyond the new coat of paint."))
    assert not added_opening(_span("Beyond the river lies the town of Kell."))  # no comma: a place, not an addition


def test_a_sentence_opening_on_a_phrase_of_addition_does_not_lead_one_report() -> None:
    from storyline.summary import summarise

    text = ("Streaming television to phones is nice, but we enjoy watching television on the television, and Varn "
            "Ferries had plenty to say about its ferries today.\n"
            "Due in the spring, the new ferry of Varn Ferries will finally add a bigger deck, and it looks like many "
            "of our wishes made it in.\n"
            "Beyond a new coat of paint and a bigger deck, the real change is in the engine, which burns half the fuel "
            "of the old one.\n"
            "New features include a cafe, a play room for children and a deck for bicycles.\n"
            "About the only thing we miss is a bigger cafe.")
    items = summarise(story(text, published=NOV), 60)
    assert items and not items[0].text.startswith("Beyond"), [s.text for s in items]


def test_a_reports_lede_hedged_by_a_guess_tells_the_news_of_one_report() -> None:
    from storyline.summary.lead import tells_news

    a = story("Kell's strict new fishing law may be backfiring.\n"
              "Meant to protect the salmon of the river, it is also driving away the fishermen who kept the river "
              "clean.\n"
              "Some fishermen may leave the town of Kell for good.", published=NOV)[0]
    assert tells_news(a, a.sentences[0], alone=True)  # the lede: the writer's hedged claim is the news
    assert not tells_news(a, a.sentences[0])  # with other reports a guess still does not lead
    assert not tells_news(a, a.sentences[2], alone=True)  # not the lede: a guess
    advice = story("Buyers should expect to wait for the new ferry of Kell.\n"
                   "The ferry will be late.", published=NOV)[0]
    assert not tells_news(advice, advice.sentences[0], alone=True)  # advice, not a guess
