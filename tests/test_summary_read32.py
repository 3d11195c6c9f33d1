"""The thirty-first and thirty-second reads' summary faults (issue 12, bench/BRIEF_REVIEW.md, "summ27"): a report that
opens on a reaction ("… newspaper blasted …") led by a later point because its lede's main verb reacts; an item whose
subject "also" did something ("The paper also blamed …") leading. Fixtures are made up for these tests; none comes
from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from conftest import story

AUG = dt.date(2019, 8, 20)

_REACTION = ("VARN, Aug. 20 -- Norland's state radio slammed Estmark on Tuesday for holding a naval drill with Sudland "
             "near the Varn strait, warning that Estmark will pay a price for the drill. "
             "Estmark has said that the drill is part of its plans to guard the Varn strait, but Norland has called it "
             "a rehearsal for an invasion of the Varn coast. "
             "The radio also blamed Estmark for raising tensions in the Varn strait by moving new ships to the coast "
             "of the Varn strait. "
             "Norland has also tested a series of rockets in recent weeks in protest of the naval drill near the "
             "Varn strait. "
             "Norland warned last week that talks with Estmark on the Varn strait would not resume while the drill "
             "went on.")


def _span(text: str) -> Any:
    from storyline.parses import sentence_span

    a = story(text, published=AUG)[0]
    return sentence_span(a, a.sentences[0])


def test_a_one_report_lede_whose_main_verb_reacts_tells_its_news() -> None:
    from storyline.summary.lead import tells_news

    a = story(_REACTION, published=AUG)[0]
    lede = a.sentences[0]
    assert lede.text.startswith("VARN") or lede.text.startswith("Norland")
    first = next(s for s in a.sentences if "slammed" in s.text)
    assert not tells_news(a, first)  # among several reports: a reaction to the news
    assert tells_news(a, first, alone=True)  # one report opening on it: the reaction is its news
    later = next(s for s in a.sentences if s.text.startswith("Norland warned"))
    assert tells_news(a, later, alone=True) == tells_news(a, later)  # only the lede


def test_a_one_report_story_leads_with_its_reacting_lede() -> None:
    from storyline.summary import summarise

    items = summarise(story(_REACTION, published=AUG), 120)
    assert items and "slammed Estmark" in items[0].text, [s.text for s in items]


def test_a_subject_that_also_did_something() -> None:
    from storyline.summary.single_report import also_added

    assert also_added(_span("The radio also blamed Estmark for raising tensions in the strait."))
    assert also_added(_span("The army has also moved two brigades to the coast."))
    # not: "also" elsewhere, a quotation's "also", no subject before it, a clause's "also"
    assert also_added(_span("The radio blamed Estmark for raising tensions and also for the drill.")) is None
    assert also_added(_span("\u201cWe also blamed them,\u201d the radio said.")) is None
    assert also_added(_span("Also on Tuesday, the radio blamed Estmark for the drill.")) is None
    assert also_added(_span("The radio said that Estmark had also moved ships to the coast.")) is None


def test_an_also_deed_does_not_lead_one_report() -> None:
    from storyline.summary.account import _fits_lead

    one = story(_REACTION, published=AUG)
    also = next(s for s in one[0].sentences if s.text.startswith("The radio also"))
    assert not _fits_lead(one, one[0], also)
    two = story(_REACTION, "Estmark and Sudland began a naval drill near the Varn strait on Monday.", published=AUG)
    also2 = next(s for s in two[0].sentences if s.text.startswith("The radio also"))
    assert _fits_lead(two, two[0], also2)  # several reports: as before


_CAMEL = ("eVarn 3\u2019s second test build includes a new mode that makes the Varn ferry app show every crossing "
          "of the Varn strait on one map. "
          "The mode, which was spotted by Maria Lopez on a forum, only appears to be working on the newest Varn ferry "
          "phones with this build of the app. "
          "Normally, the Varn ferry app shows one crossing of the Varn strait at a time on its map of the strait. "
          "The mode should arrive in the public build of the Varn ferry app next month.")


def test_a_lede_opening_on_a_camel_cased_name_is_a_candidate() -> None:
    from storyline.summary import summarise
    from storyline.summary.candidates import candidates

    a = story(_CAMEL, published=AUG)
    assert any(c.text.startswith("eVarn 3") for c in candidates(a)), [c.text for c in candidates(a)]
    items = summarise(a, 120)
    assert items and items[0].text.startswith("eVarn 3"), [s.text for s in items]
    # a sentence cut mid-phrase still opens on a plain lower-case word and is no candidate
    cut = story("and the mode should arrive in the public build of the Varn ferry app next month.", published=AUG)
    assert not candidates(cut)


def test_the_writers_own_taste() -> None:
    from storyline.summary.voice import writer_taste

    assert writer_taste(_span("Personally, the new ferry is not to my liking, but the crossing is faster."))
    assert writer_taste(_span("Frankly, I never cared for the old timetable of the Varn ferry."))
    # not: no first person, a first person inside a quotation, no stance opening
    assert not writer_taste(_span("Frankly, the plan to close the Varn crossing failed on Monday."))
    assert not writer_taste(_span("Personally, \u201cmy crew is the best,\u201d Maria Lopez said on Monday."))
    assert not writer_taste(_span("The new ferry is not to my liking, Maria Lopez said on Monday."))


def test_the_writers_taste_is_not_shown_in_one_report() -> None:
    from storyline.summary import summarise

    text = ("Varn Ferries opened a new route across the Varn strait on Monday, with two new ferries for the crossing. "
            "The route runs every hour between the Varn port and the Estmark coast of the Varn strait. "
            "Personally, the new ferries are not to my liking, as they look like the old ferries of the Varn "
            "strait. "
            "Tickets for the new route of the Varn ferries cost 10 euros for the crossing of the strait.")
    items = summarise(story(text, published=AUG), 120)
    assert items and not any(s.text.startswith("Personally") for s in items), [s.text for s in items]
