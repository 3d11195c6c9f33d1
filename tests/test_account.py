"""The account (issue 12, item 2): sentences that stand alone, dated and in time order, led by
what most sources report, a "Where the sources disagree" part and a headline for a title.
Fixtures are written for these tests, in the style of wire copy; none comes from the bench."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from storyline.analyse import analyse
from storyline.model import (
    Analysis,
    Citation,
    ClaimGroup,
    ClaimMention,
    Document,
    Sentence,
    SummarySentence,
    TimelineEntry,
)
from storyline.pipeline import build_brief
from storyline.render.html import render_html
from storyline.render.markdown import render_markdown
from storyline.summary import candidates
from storyline.summary.account import arrange, first_day
from storyline.summary.config import SummaryConfig
from storyline.summary.standalone import why_not_alone
from storyline.summary.title import seo_shape, story_title


def _why(text: str) -> list[tuple[str, str | None]]:
    a = analyse([Document(id="d", text=text)])[0]
    return [(s.text, why_not_alone(a, s)) for s in a.sentences]


REPORT = (
    "Rescue crews pulled 14 survivors from the collapsed Harbour Street warehouse on Tuesday, the city "
    "fire chief Maria Lopez said.\n"
    "However, dozens of workers are still missing.\n"
    "He said the search would continue through the night.\n"
    "\"We will not stop until everyone is found,\" Lopez told reporters.\n"
    "\"We will not stop until everyone is found,\" he said.\n"
    "\"The roof came down in seconds and the whole building shook like paper.\"\n"
    "This week the council will review the inspection records.\n"
    "This includes the fire safety inspection carried out in January.\n"
    "These failures were not reported to the council.\n"
    "US officials offered help with the search on Wednesday.\n"
    "Firefighters search the rubble of the warehouse in Aldermouth on Tuesday. (AP Photo/Jane Doe)\n"
    "A view of the damaged warehouse.\n"
    "The former harbour master said the roof had been repaired in 2019.\n"
    "The former said the roof had been repaired in 2019."
)


def test_what_cannot_stand_alone_and_why() -> None:
    why = dict(_why(REPORT))
    assert why["Rescue crews pulled 14 survivors from the collapsed Harbour Street warehouse on Tuesday, the city "
               "fire chief Maria Lopez said."] is None
    assert "connective 'however'" in str(why["However, dozens of workers are still missing."])
    assert "pronoun 'he'" in str(why["He said the search would continue through the night."])
    assert why["\"We will not stop until everyone is found,\" Lopez told reporters."] is None
    assert why["\"We will not stop until everyone is found,\" he said."] == "its speaker is only a pronoun"
    assert why["\"The roof came down in seconds and the whole building shook like paper.\""] == (
        "quotes someone without saying who")
    assert why["This week the council will review the inspection records."] is None  # a time noun
    assert "this includes" in str(why["This includes the fire safety inspection carried out in January."])
    assert "demonstrative 'these'" in str(why["These failures were not reported to the council."])
    assert why["US officials offered help with the search on Wednesday."] is None  # an acronym, not "us"
    assert "caption" in str(why["Firefighters search the rubble of the warehouse in Aldermouth on Tuesday."])
    assert why["(AP Photo/Jane Doe)"] == "reads as a caption"
    assert why["A view of the damaged warehouse."] is not None  # a fragment
    assert why["The former harbour master said the roof had been repaired in 2019."] is None
    assert "the former" in str(why["The former said the roof had been repaired in 2019."])


def test_a_pronoun_speaker_named_earlier_in_the_sentence_is_fine() -> None:
    [(_, why)] = _why("Premier Alan Ross met the families shortly after a briefing where he announced that "
                      "the inquiry would be public.")
    assert why is None


def test_a_news_agency_in_a_name_is_not_a_photo_credit() -> None:
    [(_, why)] = _why("An AP/Ipsos poll has found that three in ten voters have donated to the relief fund.")
    assert why is None


def test_a_dangling_sentence_competes_joined_to_the_sentence_it_leans_on() -> None:
    a = analyse([Document(id="d", text=(
        "Coach Dana Whitfield of the Aldermouth Rovers resigned on Monday after the club's worst season.\n"
        "She said the decision had been her own and thanked the players.\n"
        "But the board had already begun looking for a successor."))])
    texts = [c.text for c in candidates(a)]
    assert any(t.startswith("Coach Dana Whitfield") and "She said the decision" in t for t in texts), texts
    assert not any(re.match(r"She\b", t) for t in texts), texts
    # a connective opening is weighed by the ranking unless the config rejects it outright
    assert "But the board had already begun looking for a successor." in texts
    strict = [c.text for c in candidates(a, SummaryConfig(reject_connectives=True))]
    assert not any(re.match(r"(She|But)\b", t) for t in strict), strict
    # "But …" leans on "She said …", which itself leans on the first: never a chain of three
    assert not any("But the board" in t for t in strict), strict


# --- the account: dates, order, lead ---------------------------------------------------------------

def _analysis(doc_id: str, sentences: list[str], published: dt.date | None) -> Analysis:
    text = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(doc=doc_id, index=i, start=pos, end=pos + len(s), text=s, paragraph=i))
        pos += len(s) + 1
    return Analysis(Document(id=doc_id, text=text, title=doc_id, published=published), sents, [])


def _entry(date: str, a: Analysis, k: int, **kw: object) -> TimelineEntry:
    s = a.sentences[k]
    return TimelineEntry(date=date, text=s.text, citations=[Citation(s.doc, s.start, s.end)],
                         precision="day", phrase="on Tuesday", **kw)  # type: ignore[arg-type]


def _cited(s: Sentence, *also: Sentence) -> SummarySentence:
    return SummarySentence(s.text, [Citation(x.doc, x.start, x.end) for x in (s, *also)])


A = _analysis("a", [
    "The port authority approved the new terminal on 3 March 2024.",  # dated in the timeline
    "Construction began a week later, officials said.",
    "The terminal will handle 40 ships a month.",
], dt.date(2024, 3, 20))
B = _analysis("b", [
    "Dockworkers went on strike on 1 February 2024 over the terminal plans.",
    "The strike ended after two days.",
], dt.date(2024, 3, 21))
C = _analysis("c", [
    "The new terminal was approved in March, the port authority said.",
], None)


def _arrange(chosen: list[Sentence], cited: list[SummarySentence], claims: list[ClaimGroup] | None = None,
             timeline: list[TimelineEntry] | None = None) -> list[SummarySentence]:
    tl = timeline if timeline is not None else [
        _entry("2024-03-03", A, 0), _entry("2024-02-01", B, 0)]
    return arrange(chosen, cited, [A, B, C], tl, claims or [])


def test_every_sentence_gets_its_event_date_or_its_report_date() -> None:
    chosen = [A.sentences[0], A.sentences[2], B.sentences[0], C.sentences[0]]
    out = {s.text: (s.date, s.date_basis) for s in _arrange(chosen, [_cited(x) for x in chosen])}
    assert out[A.sentences[0].text] == ("2024-03-03", "event")
    assert out[B.sentences[0].text] == ("2024-02-01", "event")
    assert out[A.sentences[2].text] == ("2024-03-20", "reported")  # no date of its own: its report's
    assert out[C.sentences[0].text] == (None, None)  # no date at all: none is invented


def test_a_plan_or_a_running_total_is_not_the_sentences_date() -> None:
    chosen = [A.sentences[0]]
    tl = [_entry("2024-03-03", A, 0, future=True)]
    [s] = _arrange(chosen, [_cited(A.sentences[0])], timeline=tl)
    assert (s.date, s.date_basis) == ("2024-03-20", "reported")


def test_after_the_lead_sentences_follow_time_then_report_order() -> None:
    # selection order puts the March sentences first; the account reads February → March
    chosen = [A.sentences[0], A.sentences[1], B.sentences[1], B.sentences[0]]
    cited = [_cited(A.sentences[0], C.sentences[0]), _cited(A.sentences[1]), _cited(B.sentences[1]),
             _cited(B.sentences[0])]
    out = [s.text for s in _arrange(chosen, cited)]
    assert out[0] == A.sentences[0].text  # the lead: two sources state it
    assert out[1:] == [B.sentences[0].text, B.sentences[1].text, A.sentences[1].text]


def _dispute(a: Analysis, k: int) -> ClaimGroup:
    s = a.sentences[k]
    m = ClaimMention(doc=s.doc, start=s.start, end=s.end, text=s.text, value=40, low=40, high=40, qualifier=None,
                     unit="ships", speaker=None, event=None, place=[], time=[], vague=False)
    return ClaimGroup(id="c1", what="ships a month", verdict="differ", independent_sources=2, mentions=[m],
                      event=None, place=[])


def test_the_lead_is_what_most_sources_state_and_never_a_disputed_figure() -> None:
    # ranked first: the one-source terminal figure, which the claims find disputed
    chosen = [A.sentences[2], B.sentences[0], A.sentences[0]]
    cited = [_cited(A.sentences[2]), _cited(B.sentences[0]), _cited(A.sentences[0], C.sentences[0])]
    out = _arrange(chosen, cited, claims=[_dispute(A, 2)])
    assert out[0].text == A.sentences[0].text
    # without the dispute and with equal support, a report's lede goes first (brief13: the writer put the news
    # first) …
    cited = [_cited(A.sentences[2], B.sentences[1]), _cited(B.sentences[0]), _cited(A.sentences[0], C.sentences[0])]
    assert _arrange(chosen, cited)[0].text == A.sentences[0].text
    # … and between sentences from further down, the ranking decides
    chosen = [A.sentences[2], B.sentences[1], A.sentences[1]]
    cited = [_cited(A.sentences[2]), _cited(B.sentences[1]), _cited(A.sentences[1])]
    assert _arrange(chosen, cited)[0].text == A.sentences[2].text


def test_first_day_of_each_precision() -> None:
    assert first_day("2015-09-30") == dt.date(2015, 9, 30)
    assert first_day("2015-W40") == dt.date(2015, 9, 28)
    assert first_day("2015-09") == dt.date(2015, 9, 1)
    assert first_day("--09-30") is None


# --- titles ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("title", "seo"),
    [
        ("Russia Syria: Russia Strikes Syria", True),
        ("Warehouse Fire: Aldermouth Warehouse Fire", True),
        ("Fire", True),
        ("Fire destroys Aldermouth warehouse, 12 workers killed", False),
        ("Aldermouth fire: council orders an inquiry into the warehouse blaze", False),
    ],
)
def test_seo_shaped_headlines(title: str, seo: bool) -> None:
    assert (seo_shape(title) is not None) is seo


def test_the_title_is_the_most_representative_headline_that_reads_as_one() -> None:
    docs = [
        Document(id="1", text="x", title="Aldermouth Fire: Warehouse Fire Kills Aldermouth Workers"),
        Document(id="2", text="x", title="Warehouse fire kills 12 workers in Aldermouth"),
        Document(id="3", text="x", title="Council orders inquiry after Aldermouth warehouse fire"),
    ]
    assert story_title(docs) == "Warehouse fire kills 12 workers in Aldermouth"
    only_seo = [Document(id="1", text="x", title="Aldermouth Fire: Warehouse Fire Kills Aldermouth Workers")]
    assert story_title(only_seo) == only_seo[0].title  # the only headline there is


# --- end to end: the brief --------------------------------------------------------------------------

DOCS = [
    Document(id="a", outlet="Harbour Post", published=dt.date(2024, 3, 6),
             title="Aldermouth Fire: Warehouse Fire Kills Aldermouth Workers", text=(
                 "A fire destroyed the Harbour Street warehouse in Aldermouth on Tuesday, killing 12 workers, "
                 "the fire service said.\n"
                 "The blaze started in the loading bay at about 3 a.m., according to the fire service.\n"
                 "Firefighters search the rubble of the warehouse in Aldermouth on Tuesday. (AP Photo/Jane Doe)\n"
                 "However, the owners said the building had passed a fire safety inspection in January.\n"
                 "On Wednesday, the city council ordered an inquiry into the fire, Mayor Ann Ruiz said.")),
    Document(id="b", outlet="Coast News", published=dt.date(2024, 3, 7),
             title="Aldermouth warehouse fire kills workers as council orders inquiry", text=(
                 "The city council ordered an inquiry on Wednesday into the warehouse fire that killed workers "
                 "in Aldermouth.\n"
                 "A fire destroyed the Harbour Street warehouse in Aldermouth on Tuesday, killing 15 workers, "
                 "a union official said.\n"
                 "Mayor Ann Ruiz said the inquiry would report within three months.\n"
                 "\"We owe the families answers,\" she said.")),
    Document(id="c", outlet="Daily Wire", published=dt.date(2024, 3, 6),
             title="Fire destroys Aldermouth warehouse", text=(
                 "A fire destroyed a warehouse on Harbour Street in Aldermouth on Tuesday, the fire service said.\n"
                 "The blaze started in the loading bay at about 3 a.m., the fire service said.\n"
                 "Twelve workers were killed, according to the fire service.\n"
                 "The warehouse had passed a fire safety inspection in January, its owners said.")),
]


@pytest.fixture(scope="module")
def brief():  # type: ignore[no-untyped-def]
    return build_brief(DOCS, words=120)


def test_the_brief_reads_as_an_account(brief) -> None:  # type: ignore[no-untyped-def]
    texts = [s.text for s in brief.summary]
    assert texts, "no summary"
    assert not any("Firefighters search the rubble" in t for t in texts)  # a caption
    assert not any(re.match(r"(However|He|She|But|This|These)\b", t) for t in texts)
    assert not any(t.startswith("\"We owe") for t in texts)  # a quote is never without its speaker
    assert "killing 15" not in texts[0] and "killing 12" not in texts[0]  # not led by the disputed toll
    assert all(s.date for s in brief.summary)  # every report is dated, so every sentence is
    days = [s.date for s in brief.summary[1:] if s.date_basis == "event"]
    assert days == sorted(days), days
    assert brief.title == "Aldermouth warehouse fire kills workers as council orders inquiry"


def test_markdown_shows_dates_and_where_the_sources_disagree(brief) -> None:  # type: ignore[no-untyped-def]
    md = render_markdown(brief)
    summary = md.split("## Summary", 1)[1].split("\n## ", 1)[0]
    lines = [ln for ln in summary.splitlines() if ln.startswith("- ")]
    assert len(lines) == len(brief.summary)
    assert all(re.match(r"- \*\*(reported )?(\d{1,2} )?[A-Z][a-z]{2} 2024\*\* — ", ln) for ln in lines), lines
    part = md.split("## Where the sources disagree", 1)[1].split("\n## ", 1)[0]
    [row] = [ln for ln in part.splitlines() if ln.startswith("- ")]
    assert "12 workers" in row and "15 workers" in row and "(differ)" in row
    assert "the fire service" in row and "a union official" in row  # who says what


def test_html_shows_dates_and_where_the_sources_disagree(brief) -> None:  # type: ignore[no-untyped-def]
    html = render_html(brief)
    assert html.count('<time class="when" datetime="2024-') == len(brief.summary)
    assert "Where the sources disagree" in html
    part = html.split('<ul class="disagree">', 1)[1].split("</ul>", 1)[0]
    assert part.count("<li>") == 1 and "12 workers" in part and "a union official" in part


# --- connective openings: ranked, never shown ---------------------------------------------------------

def test_which_openings_are_connectives() -> None:
    from storyline.summary.standalone import points_back

    assert points_back("But the board had already begun looking for a successor.")
    assert points_back("However, dozens of workers are still missing.")
    assert points_back("LONDON (AP) _ Meanwhile, the talks resumed on Monday.")
    assert points_back("Later, the minister said the talks would resume.")
    assert not points_back("Later talks are planned for Monday in Geneva.")  # no comma: not a connective
    assert not points_back("Butter prices rose by a third in the spring.")
    assert not points_back("\"But we will rebuild,\" the mayor said on Tuesday.")  # the speaker's own voice
    assert not points_back("The council voted to close the warehouse.")


def test_a_hidden_sentence_gives_its_place_to_the_next_one() -> None:
    from storyline.summary.rank import Ranked, fit_budget, shown_order

    texts = ["But the board had already begun looking for a successor.",
             "Coach Dana Whitfield resigned on Monday after the club's worst season.",
             "The club will name an interim coach this week, its chairman said."]
    sents = [Sentence(doc="d", index=i, start=100 * i, end=100 * i + len(t), text=t, paragraph=i)
             for i, t in enumerate(texts)]
    shown = Ranked(sents, [0, 1, 2])
    hidden = Ranked(sents, [0, 1, 2], hidden=frozenset({0}))
    assert [s.text for s in fit_budget(shown, 25)] == texts[:2]
    assert [s.text for s in fit_budget(hidden, 25)] == texts[1:]
    assert [s.text for s in shown_order(hidden)] == texts[1:]


def test_the_summary_never_shows_a_connective_opening() -> None:
    story = [
        _analysis("a", ["Coach Dana Whitfield of the Aldermouth Rovers resigned on Monday after a bad season.",
                        "But the Rovers had already signed a new coach from Eastmouth City in secret talks.",
                        "Fans gathered outside the stadium on Tuesday evening."], None),
        _analysis("b", ["Whitfield led the Aldermouth Rovers for six seasons and won the cup in 2019.",
                        "She resigned on Monday after the club's worst season in a decade."], None),
        _analysis("c", ["Whitfield thanked the Aldermouth Rovers players in a short statement on Monday.",
                        "The club's worst season ended with a home defeat on Saturday."], None),
    ]
    from storyline.summary import select

    def texts(cfg: SummaryConfig) -> list[str]:
        return [s.text for s in select(story, 200, cfg)]

    assert any(t.startswith("But ") for t in texts(SummaryConfig(hide_connectives=False)))  # it ranks well
    shown = texts(SummaryConfig())
    assert shown and not any(t.startswith("But ") for t in shown), shown
    assert any("Whitfield" in t for t in shown)


def test_another_points_back_whatever_the_parse_calls_it() -> None:
    from storyline.summary.standalone import points_back

    assert points_back("Another item attracting interest is the suspect's old typewriter.")
    assert not points_back("Police seized the suspect's laptop and another phone on Monday.")


def test_a_bare_definite_person_and_a_concessive_opener_lean_on_what_came_before() -> None:
    why = dict(_why("Gunmen shot a couple in the car park on Wednesday.\n"
                    "The man was shot four times.\n"
                    "The 53-year-old man was shot four times.\n"
                    "The man who fired the shots was arrested.\n"
                    "Sure, the company is the one in the dock.\n"
                    "One grabbed the woman's purse before they fled.\n"
                    "One of the gunmen grabbed the woman's purse.\n"
                    "Two men were arrested on Friday."))
    assert "'the man'" in str(why["The man was shot four times."])
    assert why["The 53-year-old man was shot four times."] is None  # described, not only pointed at
    assert why["The man who fired the shots was arrested."] is None
    assert "connective 'sure'" in str(why["Sure, the company is the one in the dock."])
    assert "pronoun 'one'" in str(why["One grabbed the woman's purse before they fled."])
    assert why["One of the gunmen grabbed the woman's purse."] is None
    assert why["Two men were arrested on Friday."] is None
