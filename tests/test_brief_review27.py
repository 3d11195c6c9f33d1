"""The sixteenth read's faults (issue 12, bench/BRIEF_REVIEW.md, "Sixteenth read", branch read16): five ten-report
wire clusters showed timeline entries dated by a date of a subordinate part of the sentence (a landmark after
"since", a relative clause, "one of whom …", a participle set off after a noun), a plan "scheduled for" a month not
marked expected, a wire dateline with typesetting codes shown as a summary item, an era's abbreviation and a news
agency's name placed on the map, background lines every report repeats leading the summary (a dateline the sentence
splitter set apart also kept every report's lede from counting as one), and pre-vote forecasts cited for the result.
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.newswriting import dateline_end
from storyline.nlp import get_nlp
from storyline.places import locate_places
from storyline.summary.lead import background_lead, choose_lead, dateline_only, report_lede
from storyline.support import supports
from storyline.support.forecast import claim_tense
from storyline.timeline import build_timeline


def _entries(*texts: str, published: dt.date | None = dt.date(1998, 12, 10)) -> list[tuple[str, bool, bool, str]]:
    return [(e.date, e.mention, e.future, e.text) for e in build_timeline(story(*texts, published=published))]


def _marks(text: str, date: str) -> tuple[bool, bool]:
    got = _entries(text)
    found = [(m, x) for d, m, x, _ in got if d.startswith(date)]
    assert found, got
    return found[0]


# --- timeline: a date of a subordinate part of the sentence --------------------------------------------------------


def test_a_date_after_since_and_a_founding_is_the_foundings() -> None:
    mention, _ = _marks("Activists say the charter does not forbid new parties; there have been none since "
                        "the founding of the Varn Republic in 1949.", "1949")
    assert mention


def test_a_date_of_a_noun_inside_a_relative_clause_is_a_mention() -> None:
    mention, _ = _marks("But the 20-year-old Orla Venn, who broke the 200-meter record at the national games in "
                        "October 1997, said she was tired.", "1997")
    assert mention


def test_one_of_whom_opens_a_relative_clause() -> None:
    mention, _ = _marks("Last week the police arrested 12 members of the Kelby Harbour Party, one of whom, Tam Oset, "
                        "is to go on trial Dec. 17.", "1998-12-17")
    assert mention


def test_a_participle_set_off_after_a_noun_dates_the_noun() -> None:
    mention, _ = _marks("Diplomats said they believed the minister had been surprised by the offer, extended on "
                        "Aug. 24.", "1998-08-24")
    assert mention


def test_the_clauses_own_date_stays_the_clauses() -> None:
    assert _marks("The council approved the Kelby harbour plan on Aug. 24.", "1998-08-24") == (False, False)
    got = _entries("Arrested on Aug. 24, the clerk was freed the next week.")  # an opening participle: not described
    assert ("1998-08-24", False) in [(d, m) for d, m, _, _ in got], got


def test_scheduled_for_a_month_is_a_plan() -> None:
    _, expected = _marks("The younger Oset, a leader of the harbour party, is scheduled for release in April.", "")
    assert expected
    # the subject's date: no plan (a report after 2009, as "back in" says; a date after the report is expected)
    got = _entries("His purchase back in 2009 is set to fetch a six-figure sum.", published=dt.date(2013, 5, 1))
    assert got and not any(x for d, _, x, _ in got if d.startswith("2009")), got


# --- summary: a dateline with typesetting codes, and one set apart -------------------------------------------------


def test_a_dateline_with_typesetting_codes_is_cut() -> None:
    text = "KELBY &UR; &LR; _ Protesting the lack of a lawyer, the father of a dissident seeks a delay."
    assert text[dateline_end(text):].startswith("Protesting")
    assert dateline_end("AT&T; said _ nothing") == 0


def test_a_dateline_the_splitter_set_apart_keeps_no_lede_out() -> None:
    assert dateline_only("KELBY _") and dateline_only("KELBY (AP) _") and not dateline_only("Kelby is quiet.")
    a = story("KELBY _\nOne leader of the harbour party will be tried on Dec. 17, court papers show. The decision "
              "was quick.")[0]
    first = next(s for s in a.sentences if s.text.startswith("One leader"))
    assert report_lede(a, first)


# --- summary: background below a lede does not lead ----------------------------------------------------------------


_WAR = ("VARNA (AP) _ Police in Orme detained the rebel leader Tam Oset on Friday after he stepped off a plane. "
        "The interior minister said he would ask for his extradition. Oset leads the Kelby Front, which has fought "
        "for autonomy since 1984. Nearly 37,000 people have died in the conflict. Oset was a student leader in 1979. "
        "Nearly 200 people have died since Monday.")


def test_background_below_a_lede_is_no_news() -> None:
    a = story(_WAR)[0]
    toll = next(s for s in a.sentences if s.text.startswith("Nearly 37,000"))
    bio = next(s for s in a.sentences if s.text.startswith("Oset was"))
    recent = next(s for s in a.sentences if s.text.startswith("Nearly 200"))
    lede = next(s for s in a.sentences if "detained" in s.text)
    assert background_lead(a, toll) and background_lead(a, bio)
    assert not background_lead(a, recent)  # a day of its own: news
    assert not background_lead(a, lede)


def test_the_news_ranked_lower_leads_when_the_few_tell_none_with_the_best_keys() -> None:
    a = story(_WAR)[0]
    pick = [next(s for s in a.sentences if s.text.startswith(t)) for t in ("The interior", "Oset was", "Police in")]
    firsts = [(1, 0), (1, 1), (1, 1)]  # the only news among the few carries a worse key (a disputed figure)
    got = choose_lead(pick, [1, 5, 1], [a], lambda k: firsts[k], lambda s: True, 2)
    assert pick[got].text.startswith("Police in") or "detained" in pick[got].text, pick[got].text


# --- places: an era and a news agency ------------------------------------------------------------------------------


def _places(*texts: str) -> list[str]:
    return [p.name for p in locate_places(story(*texts)).places]


def test_an_eras_abbreviation_is_no_province() -> None:
    got = _places("The ruins near Tripoli were first inhabited in the sixth century B.C. and draw few tourists. "
                  "Farmers settled there in 500 B.C., the guide said.")
    assert "British Columbia" not in got, got


def test_a_province_written_after_a_town_stays() -> None:
    got = _places("The company moved its office from Toronto to Vancouver, B.C., last year.")
    assert "Vancouver" in got, got


def test_a_news_agencys_name_is_no_town() -> None:
    got = _places("Turkey's Anatolia news agency said the envoy in Rome asked for the rebel's extradition.")
    assert "Anatolia" not in got and "Rome" in got, got


# --- citations: a forecast does not support the result -------------------------------------------------------------


def test_a_forecast_does_not_support_the_result() -> None:
    nlp = get_nlp()
    result = "Varn voters appeared to re-elect President Tam Oset in the first round of balloting Sunday."
    polls = "As Varn voters prepare to vote on Sunday, polls predict that President Tam Oset will win re-election."
    assert claim_tense(nlp(result), {"say"}, {"predict"}) == "past"
    assert claim_tense(nlp(polls), {"say", "predict"}, {"expect"}) == "forecast"
    assert not supports(result, polls).supports
    looked_back = "The cuts were initially expected after the vote, in which President Tam Oset was re-elected."
    assert claim_tense(nlp(looked_back), {"say"}, {"expect"}) == ""  # an expectation told in the past
