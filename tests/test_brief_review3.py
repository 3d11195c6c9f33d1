"""The third read of the briefs (issue 12, bench/BRIEF_REVIEW.md): timeline entries a reader can
take as they are (captions marked, no dangling opening connective or list marker, no list
fragments; a period that only describes a noun or a relative clause, or a date that only names a
thing, is not the sentence's event date), and hashtags are not names. Fixtures are written for
these tests in the style of wire copy; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from storyline.analyse import analyse
from storyline.model import Analysis, Citation, Document, Sentence, SummarySentence, TimelineEntry
from storyline.render.html import render_html
from storyline.render.markdown import render_markdown
from storyline.summary.account import arrange
from storyline.timeline import build_timeline as _build_timeline
from storyline.timeline.expressions import find_dates
from storyline.timeline.shape import bracket_end, trim_opening

MON = dt.date(2019, 3, 11)


def story(*docs: tuple[str, str, dt.date | None]) -> list[Analysis]:
    return analyse([Document(id=i, text=t, title=i, published=p) for i, t, p in docs])


def timeline(analyses: list[Analysis]) -> list[dict[str, Any]]:
    return [e.to_dict() for e in _build_timeline(analyses)]


def _verbatim(analyses: list[Analysis], tl: list[dict[str, Any]]) -> None:
    docs = {a.doc.id: a.doc.text for a in analyses}
    for e in tl:
        c = e["citations"][0]
        assert docs[c["doc"]][c["start"] : c["end"]] == e["text"]


# --- captions -------------------------------------------------------------------------------


def test_a_caption_keeps_its_date_and_is_marked_as_a_caption() -> None:
    analyses = story(
        ("wire", "Fighter jets struck fuel depots near the northern border on Monday, the army said.", MON),
        ("site", "The coastguard on March 8 shows a patrol boat towing a damaged trawler into the harbour.\n"
                 "Officials said the trawler had lost power in the storm.", None),
    )
    tl = timeline(analyses)
    [entry] = [e for e in tl if e["date"].endswith("03-08")]
    assert entry["caption"] is True
    assert entry["text"].startswith("The coastguard on March 8 shows")
    assert not any(e.get("caption") for e in tl if e is not entry)
    _verbatim(analyses, tl)


def test_a_present_tense_sentence_dated_before_its_report_is_a_caption() -> None:
    tl = timeline(story(("r", "Qantas A380-800 VH-OQA lands at London Heathrow Airport on June 4, 2011.\n"
                              "The airline grounded its fleet of the type on Monday after an engine failure.",
                         MON)))
    cap = [e for e in tl if e["date"] == "2011-06-04"]
    assert cap and cap[0]["caption"] is True
    assert not [e for e in tl if e["date"] == "2019-03-11"][0].get("caption")


def test_the_same_event_told_as_news_heads_the_entry_not_its_caption() -> None:
    tl = timeline(story(
        ("pics", "The coastguard on March 8 shows a patrol boat towing the damaged trawler Mary Ann into port.",
         None),
        ("news", "On March 8, a coastguard patrol boat towed the damaged trawler Mary Ann into port.", MON),
    ))
    [entry] = [e for e in tl if e["date"] == "2019-03-08"]
    assert not entry.get("caption")
    assert entry["text"].startswith("On March 8, a coastguard")
    assert {c["doc"] for c in entry["citations"]} == {"pics", "news"}


def test_a_caption_entry_is_labelled_in_markdown_and_html() -> None:
    from storyline.pipeline import build_brief

    docs = [Document(id="site", text="Police in riot gear on March 8 show a protester being led away from the "
                                      "square.\nHundreds of protesters marched through the capital on Monday "
                                      "against the new tax law.", title="Protests", published=MON)]
    brief = build_brief(docs, words=60)
    assert any(e.caption for e in brief.timeline)
    assert "*Photo caption:* Police in riot gear" in render_markdown(brief)
    assert '<span class="note">Photo caption:</span> Police in riot gear' in render_html(brief)


def test_a_caption_date_does_not_label_a_summary_sentence() -> None:
    a = story(("r", "Rescuers search the rubble of the market on March 4, 2019, in a photo released by the army.\n"
                    "The army said 12 people were killed.", dt.date(2019, 3, 9)))[0]
    s = a.sentences[0]
    cited = SummarySentence(text=s.text, citations=[Citation("r", s.start, s.end)])
    entry = TimelineEntry(date="2019-03-04", text=s.text, citations=[Citation("r", s.start, s.end)],
                          precision="day", phrase="March 4, 2019", caption=True)
    [out] = arrange([s], [cited], [a], [entry])
    assert out.date_basis == "reported" and out.date == "2019-03-09"


# --- openers: connectives and list markers --------------------------------------------------


def test_an_opening_connective_is_trimmed_and_the_text_stays_a_span() -> None:
    analyses = story(("r", "The search was suspended in April.\n"
                           "However, on May 4, the search was extended to May 25.\n"
                           "But the navy said on Monday that its ships would stay in the area.", MON))
    tl = timeline(analyses)
    texts = {e["text"] for e in tl}
    assert "on May 4, the search was extended to May 25." in texts
    assert "the navy said on Monday that its ships would stay in the area." in texts
    assert not any(t.lower().startswith(("however", "but ")) for t in texts)
    _verbatim(analyses, tl)


def test_connectives_that_carry_the_syntax_or_open_a_quotation_are_kept() -> None:
    for text in ("Also killed on Monday were two police officers at the checkpoint.",
                 "\"But we will rebuild the bridge by May,\" the mayor said on Monday.",
                 "However bad the storm on Monday was, the dam held."):
        assert trim_opening(text, 0, len(text)) == 0, text
    text = "Meanwhile, the river rose above its banks on Monday in three towns."
    assert text[trim_opening(text, 0, len(text)) :] == "the river rose above its banks on Monday in three towns."
    text = "(For example, the shuttle was hit by debris in September last year.)"
    start, end = trim_opening(text, 0, len(text)), bracket_end(text, 0, len(text))
    assert text[start:end] == "the shuttle was hit by debris in September last year."
    text = "(Another satellite failed on May 19, when it began to spin."
    assert trim_opening(text, 0, len(text)) == 0 and bracket_end(text, 0, len(text)) == len(text)


def test_a_list_marker_is_not_part_of_the_entry_and_a_list_fragment_is_no_event() -> None:
    analyses = story(("r", "Incidents during the season:\n"
                           "* The club's flag was shown at the cup final in Madrid on April 14, 2018.\n"
                           "* April 21, 2018: semi-final between the two clubs in Seville\n"
                           "• Fans of both sides clashed outside the stadium on May 2, 2018.", MON))
    tl = timeline(analyses)
    texts = [e["text"] for e in tl]
    assert "The club's flag was shown at the cup final in Madrid on April 14, 2018." in texts
    assert "Fans of both sides clashed outside the stadium on May 2, 2018." in texts
    assert not any(e["date"] == "2018-04-21" for e in tl)  # no finite verb: a list fragment
    _verbatim(analyses, tl)


# --- periods are not event dates ------------------------------------------------------------


def test_from_year_to_year_is_one_range() -> None:
    [e] = find_dates("He worked for the bank from 1965 to 1972, when it was sold.")
    assert e.text == "from 1965 to 1972" and e.range_end is not None and e.relation is None
    [e] = find_dates("Hundreds disappeared between 1976 and 1983.")
    assert e.text == "between 1976 and 1983" and e.range_end is not None
    [e] = find_dates("The charges cover the years between Sept. 11, 1973, the day of the coup, and Dec. 31, 1983.")
    assert e.range_end is not None and e.range_end.text == "Dec. 31, 1983"


def test_a_period_of_a_noun_or_relative_clause_is_not_the_sentences_date() -> None:
    tl = timeline(story(("r", "The general, who ruled the country from 1973 to 1990, was arrested on Friday in "
                              "a clinic.\n"
                              "Her inquiry began in 1996 into the killing of students during the military rule "
                              "from 1976 to 1983.\n"
                              "The ministers who, while in office until 1997, approved the sale were not named.\n"
                              "The fire service said crews fought the blaze, which was under control by early "
                              "Friday morning.", dt.date(2019, 3, 16))))
    dates = {e["date"] for e in tl}
    assert "1973" not in dates and "1976" not in dates and "1997" not in dates
    assert "1996" in dates  # the inquiry's own date
    assert "2019-03-15" in dates  # "by early Friday": a deadline, not a period


def test_a_range_of_the_main_clause_is_one_entry_and_no_summary_date() -> None:
    a = story(("r", "The warrant charges that between Sept. 11, 1973, the day of the coup, and Dec. 31, 1983, "
                    "the general ordered the killings, a spokeswoman said.", dt.date(1998, 10, 17)))[0]
    entries = _build_timeline([a])
    [e] = entries
    assert (e.date, e.end) == ("1973-09-11", "1983-12-31")
    s: Sentence = a.sentences[0]
    cited = SummarySentence(text=s.text, citations=[Citation("r", s.start, s.end)])
    [out] = arrange([s], [cited], [a], entries)
    assert out.date_basis == "reported" and out.date == "1998-10-17"  # not "11 Sep 1973": a period's start


# --- a date that names a thing is not the sentence's event date ----------------------------


def test_a_date_that_names_a_thing_is_marked_and_labels_no_summary_sentence() -> None:
    a = story(("r", "A lawyer for the company on Thursday portrayed its rival as an eager participant in a "
                    "June 1995 meeting at which the rival says an offer was made.\n"
                    "The two firms met again on June 21, 1995, in the rival's offices.", dt.date(1998, 10, 23)))[0]
    entries = _build_timeline([a])
    # A thing's date never dates the sentence: it is a marked mention, or (time52) no entry at all when the
    # sentence is shown whole under its own day (Thursday).
    named = [e for e in entries if e.date == "1995-06"]
    assert all(e.mention is True and e.to_dict()["mention"] is True for e in named)
    assert named or any(e.date == "1998-10-22" and "June 1995 meeting" in e.text for e in entries)
    met = [e for e in entries if e.date == "1995-06-21"]
    assert met and met[0].mention is False
    s = a.sentences[0]
    cited = SummarySentence(text=s.text, citations=[Citation("r", s.start, s.end)])
    [out] = arrange([s], [cited], [a], entries)
    assert out.date != "1995-06"  # the lawyer spoke on Thursday, not in June 1995


def test_a_relative_clause_date_is_a_mention() -> None:
    entries = _build_timeline(story(("r", "A search team recovered part of the tail of the jet, which crashed "
                                          "in the ocean on June 1.", dt.date(2009, 6, 8))))
    assert [(e.date, e.mention) for e in entries] == [("2009-06-01", True)]


def test_a_year_that_names_a_thing_lends_no_year_to_a_bare_month() -> None:
    tl = timeline(story(("r", "The government focused on the June 1995 meeting in its suit, filed in May, and "
                              "more has been reported since.", None)))
    assert not any(e["date"] == "1995-05" for e in tl)
    assert any(e["date"] == "--05" and e["year_known"] is False for e in tl)


def test_a_hashtag_or_handle_is_not_listed_as_a_name() -> None:
    from storyline.entities import merge_entities
    from storyline.model import Mention

    text = "Fans used #OscarsSoWhite and wrote to @ReignOfApril. Mayor Ana Ortiz backed them."
    spans = [("OscarsSoWhite", "person"), ("ReignOfApril", "person"), ("Ana Ortiz", "person")]
    mentions = [Mention("r", text.index(n), text.index(n) + len(n), n, k) for n, k in spans]  # type: ignore[arg-type]
    listed = {e.name for e in merge_entities([Analysis(Document(id="r", text=text, title="r"), [], mentions)])}
    assert listed == {"Ana Ortiz"}


def test_a_sentence_cut_at_a_dash_runs_on_and_an_interrupted_clause_is_not_an_entry() -> None:
    analyses = story(("r", "In one memo, written in December 1995 _ in the thick of the fight for the market _ "
                           "Marsh wrote to others in the company that the rival's software was far better.\n"
                           "The December 1994 e-mail is not related, the government contends, to the June 1995 "
                           "meeting in which the offer was made.", None))
    a = analyses[0]
    tl = timeline(analyses)
    memo = [e for e in tl if e["date"] == "1995-12"]
    assert memo and memo[0]["text"].endswith("the rival's software was far better.")
    for e in tl:
        if e["date"] in ("1994-12", "1995-06"):
            assert e["text"].endswith("in which the offer was made."), e["text"]
    _verbatim(analyses, tl)
    assert a.doc.text  # the fixture parsed


def test_a_date_after_its_noun_is_the_event_not_a_mention() -> None:
    entries = _build_timeline(story(("r", "An inspection in January found no breaches at the warehouse.\n"
                                          "Russian airstrikes on Wednesday hit positions held by rebel groups.",
                                     MON)))
    assert entries and not any(e.mention for e in entries)


def test_streets_and_numbered_roads_are_not_organisations() -> None:
    from storyline.entities import merge_entities
    from storyline.entities.shapes import street_name
    from storyline.model import Mention

    assert street_name("Drury Circle") and street_name("Interstate 435") and street_name("Dock Road")
    assert not street_name("Highway Patrol") and not street_name("Stone Haven Apartments")
    text = "The car was found on Drury Circle near Interstate 435. The Highway Patrol and Mayor Ana Ortiz spoke."
    spans = [("Drury Circle", "org"), ("Interstate 435", "org"), ("Highway Patrol", "org"), ("Ana Ortiz", "person")]
    mentions = [Mention("r", text.index(n), text.index(n) + len(n), n, k) for n, k in spans]  # type: ignore[arg-type]
    listed = {e.name for e in merge_entities([Analysis(Document(id="r", text=text, title="r"), [], mentions)])}
    assert listed == {"Highway Patrol", "Ana Ortiz"}
