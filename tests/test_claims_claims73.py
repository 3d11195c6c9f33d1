"""claims73: a row's content, by kind (what a figure is, its time, who said it). Our own invented sentences through
the real model, of subjects no benchmark or held-out story has (a regional assembly vote, a harbour, a quarry);
each rule's test fails without it, and a guard beside it keeps a true figure.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claims_support import claims, figures
from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.claims.attribution import _told_in_place
from storyline.model import Document

# a live blog's time stamp opening an entry ("21.10 Exit polls: …") is a clock's time, no figure (headings.py)


def test_a_live_entry_time_stamp_is_no_figure() -> None:
    texts = [m.text for m in figures("20.45 Polls have closed across the province.\n\n21.10 Exit polls: The Farmers' "
                                     "Party is set to win 31 seats, the broadcaster said.")]
    assert not any("21.10" in t or "20.45" in t for t in texts) and any("31 seats" in t for t in texts), texts


def test_stamps_run_into_one_paragraph_are_no_figures() -> None:
    texts = [m.text for m in figures("Polls closed at nine, officials said. 21.35 Turnout was 81 percent in the "
                                     "province.")]
    assert not any("21.35" in t for t in texts) and any("81" in t for t in texts), texts


def test_a_decimal_before_a_unit_or_a_currency_stays_a_figure() -> None:
    texts = [m.text for m in figures("Water levels rose 12.50 Metres at the weir. 12.50 Euros was the fare.")]
    assert sum("12.50" in t for t in texts) == 2, texts


def test_a_decimal_inside_a_sentence_stays_a_figure() -> None:
    rows = claims("Consumer prices rose 21.10 percent in the province last year, the statistics office said.")
    assert any(m["value"] == 21.1 for r in rows for m in r["mentions"]), rows


# a quotation with its tag ('"…," the Herald quoted a source as saying.') is a report told whole: its source is not
# carried into the writer's next sentence (attribution.py). The parse that let it through (the quotation's own verb
# the sentence's root, the tag's verb a conjunct with no clause of its own) is built by hand: the model gives it only
# on long sentences.


def _quoted_and_tagged() -> tuple[Any, list[tuple[int, int]]]:
    words = ['"', "Crews", "say", "the", "pier", "is", "unsafe", ",", '"', "the", "Herald", "quoted", "a", "source",
             "as", "saying", "."]
    heads = [2, 2, 2, 4, 5, 2, 5, 2, 2, 10, 11, 2, 13, 11, 11, 14, 2]
    deps = ["punct", "nsubj", "ROOT", "det", "nsubj", "ccomp", "acomp", "punct", "punct", "det", "nsubj", "conj", "det",
            "dobj", "prep", "pcomp", "punct"]
    pos = ["PUNCT", "NOUN", "VERB", "DET", "NOUN", "AUX", "ADJ", "PUNCT", "PUNCT", "DET", "PROPN", "VERB", "DET",
           "NOUN", "ADP", "VERB", "PUNCT"]
    lemmas = ['"', "crew", "say", "the", "pier", "be", "unsafe", ",", '"', "the", "Herald", "quote", "a", "source",
              "as", "say", "."]
    spaces = [False, True, True, True, True, True, False, False, True, True, True, True, True, True, True, False, False]
    doc = Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
              sent_starts=[True] + [False] * 16)
    return doc, [(0, doc[8].idx + 1)]


def test_a_tagged_quotation_is_a_report_told_whole() -> None:
    doc, quotes = _quoted_and_tagged()
    assert _told_in_place(doc[0 : len(doc)], quotes)


# a place where the speaker says it ("…," Okafor said from Lagos) is no place of the figures (placeless.py)


def test_the_place_of_the_saying_is_no_place_of_the_figure() -> None:
    rows = claims('"If the levy had not been in effect, the port would have paid only $5m in fees," Okafor said from '
                  "Lagos.")
    row = next(r for r in rows if any(m["value"] == 5000000 for m in r["mentions"]))
    assert "Lagos" not in row["what"] and not row["mentions"][0]["place"], row


def test_a_place_of_the_act_stays() -> None:
    rows = claims("The storm destroyed 40 boats in Lagos, Okafor said.")
    assert any("Lagos" in r["what"] for r in rows), rows


# numbers that stand as pronouns: "the only one that cares" (pronoun_numbers.py); a pair the text named, with an aside
# after a comma ("between the two companies, which …"), and "the two" read back from it (counted.py)


def test_the_pronoun_one_is_no_count() -> None:
    rows = claims('"The only one that cares about the harbour fees are the fishermen," the mayor said.')
    assert not rows, rows


def test_one_before_its_noun_stays_a_count() -> None:
    rows = claims("The storm killed one fisherman and injured 12 others near the harbour.")
    assert any(m["value"] == 1 for r in rows for m in r["mentions"]), rows


def test_a_pair_the_text_named_is_no_count() -> None:
    rows = claims("The deal comes after a warming of relations between the two companies, which had previously been "
                  "strained after a price war.")
    assert not rows, rows


def test_a_bare_pair_after_a_named_pair_is_no_count() -> None:
    rows = claims("The deal comes after a warming of relations between the two brewers, which had previously been "
                  "strained after a price war two years ago. By the end of 2016, the two, who back opposite sides in "
                  "the tariff row, were co-operating to reach a deal in Munich.")
    assert not rows, rows


def test_the_counted_set_a_restrictive_clause_names_stays() -> None:
    rows = claims("The council approved the 12 spending plans that fund the harbour works.")
    assert any(m["value"] == 12 for r in rows for m in r["mentions"]), rows


# an elliptical count's own verb says what befell its people: "another 1.2 million have fled" is no toll (extract.py)


def test_an_elliptical_count_takes_its_own_verb() -> None:
    rows = claims("The agency estimates that about 40,000 people have been killed since the start of the drought and "
                  "another 1.2 million have fled the region.")
    row = next(r for r in rows if any(m["value"] == 1200000 for m in r["mentions"]))
    assert "killed" not in row["what"], rows


def test_an_elliptical_count_with_no_verb_keeps_the_toll() -> None:
    rows = claims("The floods killed 74 people in Luzon and 43 more in Samar, officials said.")
    row = next(r for r in rows if any(m["value"] == 43 for m in r["mentions"]))
    assert "killed" in row["what"], rows


# an age is no fact of a place ("age of Dahl in Norway" from "has been held in Norway"): table.py


def test_an_age_row_names_no_place() -> None:
    rows = claims("Mr Dahl, 52, has been held in Norway since he landed at Oslo airport in March.",
                  "The 52-year-old Dahl was detained at the airport in Oslo.")
    row = next(r for r in rows if any(m["value"] == 52 for m in r["mentions"]))
    assert row["what"].startswith("age") and "Norway" not in row["what"] and not row["place"], row


# a past figure's row says when ("guards killed, 2015", "people killed, last month"): past_times.py, table.py


def _dated_claims(*texts: str) -> list[dict[str, Any]]:
    docs = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", published=dt.date(2017, 2, 10))
            for i, t in enumerate(texts)]
    return [c.to_dict() for c in extract_claims(analyse(docs))]


def _what(rows: list[dict[str, Any]], value: float) -> str:
    return str(next(r for r in rows if any(m["value"] == value for m in r["mentions"]))["what"])


def test_a_past_years_figure_says_its_year() -> None:
    rows = _dated_claims("Gunmen killed three guards at the mine on Tuesday. In 2015 a gunman killed five guards at "
                         "the same mine.")
    assert _what(rows, 5).endswith(", 2015") and "2015" not in _what(rows, 3), rows


def test_last_months_toll_says_last_month() -> None:
    rows = _dated_claims("On Tuesday, a slide at the quarry killed 9 workers, police said. Last month, a landslide at "
                         "the quarry killed 12 workers.")
    assert _what(rows, 12).endswith(", last month") and "month" not in _what(rows, 9), rows


def test_the_year_of_the_figure_before_is_not_this_ones() -> None:
    rows = _dated_claims("Turnout in the regional vote was 81 percent, up from 75 percent in 2012.")
    assert "2012" not in _what(rows, 81), rows


def test_a_running_totals_start_is_no_label() -> None:
    rows = _dated_claims("Some 66 miners have been killed since the strike began last August.")
    assert "August" not in _what(rows, 66), rows


def test_a_year_naming_a_thing_is_no_label() -> None:
    rows = _dated_claims("The reporter received the two pages of the club's 2005 accounts in the mail.")
    assert all("2005" not in r["what"] for r in rows), rows


def test_this_years_date_is_no_label() -> None:
    rows = _dated_claims("In January 2017 the ferry carried 4,000 passengers.")
    assert "2017" not in _what(rows, 4000), rows


# a quotation its own full stop ends is no tag's after it; a cue past a quotation after the figure tags the
# quotation, not the figure (attribution.py)


def _who(rows: list[dict[str, Any]], value: float) -> Any:
    row = next(r for r in rows if any(m["value"] == value for m in r["mentions"]))
    return next(m for m in row["mentions"] if m["value"] == value)["speaker"]


def test_a_closed_quotation_is_not_the_next_sentences_subjects() -> None:
    rows = claims('"The mayor, this very careful man, wants a levy where every trawler would pay the same as boats '
                  'that land less than 40 tonnes a year." The accounts showed the harbour paid an effective levy of 12 '
                  "percent in 2015.")
    assert _who(rows, 40) is None and _who(rows, 12) == "The accounts", rows


def test_a_figure_before_a_quotation_is_not_its_tags() -> None:
    rows = claims("Fishing crews in the bay are almost surrounded by two different fleets \"It was agreed to enhance "
                  "coordination in the course of the season against illegal trawlers and other rogue operators,\" the "
                  "statement added.")
    assert _who(rows, 2) is None, rows


def test_a_quotations_tag_still_speaks_it() -> None:
    rows = claims('"We landed 40 tonnes of cod this week," the skipper said. The skipper said "we landed 12 tonnes '
                  'of hake on Monday."')
    assert _who(rows, 40) == "the skipper" and _who(rows, 12) == "The skipper", rows


# a place of a clause coordinated beside the figure's is no place of the figure (branch_places.py)


def _place_of(rows: list[dict[str, Any]], value: float) -> list[str]:
    row = next(r for r in rows if any(m["value"] == value for m in r["mentions"]))
    return list(next(m for m in row["mentions"] if m["value"] == value)["place"])


def test_a_place_of_the_next_clause_is_not_the_spans() -> None:
    rows = claims("The order suspends the ferry programme for 120 days and bars trawlers from Norway indefinitely.")
    assert _place_of(rows, 120) == [], rows


def test_a_place_of_a_gapped_clause_is_not_the_spans() -> None:
    rows = claims("The ban bars visitors from the islands for 90 days, and fishermen from Norway indefinitely.")
    assert _place_of(rows, 90) == [], rows


def test_a_place_of_a_with_clause_is_not_the_spans() -> None:
    rows = claims("The rule halts all imports for 90 days, with shipments from Peru barred indefinitely.")
    assert _place_of(rows, 90) == [], rows


def test_a_place_of_the_figures_own_clause_stays() -> None:
    rows = claims("Mr Dahl, who was held for 120 days in Norway, said he was relieved. Police arrested 14 people in "
                  "Leeds and charged them with fraud.")
    assert _place_of(rows, 120) == ["Norway"] and _place_of(rows, 14) == ["Leeds"], rows


def test_a_span_up_to_now_is_no_past_label() -> None:
    rows = _dated_claims("The port ranks third among the big six harbours in total cargo over the last three years.")
    assert all("last three years" not in r["what"] for r in rows), rows


def test_a_figure_set_against_its_clauses_date_takes_no_label() -> None:
    rows = _dated_claims("The median wage of a dock worker fell by 1.8 per cent last year after four years of "
                         "increases.")
    assert _what(rows, 1.8).endswith(", last year") and "last year" not in _what(rows, 4), rows


def test_years_ago_is_a_past_label() -> None:
    rows = _dated_claims("Two years ago the ferry carried 4,000 passengers.")
    assert _what(rows, 4000).endswith(", two years ago"), rows


def test_a_mixed_quotations_tag_speaks_the_figure_before_it() -> None:
    rows = claims('The $12 million was in addition to "paying tens of millions of dollars in other fees such as '
                  'harbour and mooring fees," a port official said.')
    assert _who(rows, 12000000) == "a port official", rows


def test_a_quoted_name_is_no_quotation_of_its_own() -> None:
    rows = claims('A storm off the coast sank three trawlers as they fished the so-called "Silver Bank," coastguard '
                  "officials announced on Thursday.")
    assert _who(rows, 3) == "coastguard officials", rows


# a figure in an adverbial before a cue that tells a clause of its own is not the cue's ("In a statement made after
# the 52-year-old Okafor was detained, the company said it would …": attribution.py)


def test_an_age_in_the_adverbial_of_a_report_is_not_the_reporters() -> None:
    rows = claims("In a statement made after the 52-year-old Okafor was detained, the Lumen Mining Company said it "
                  "would cooperate with investigators.", "Okafor, 52, was detained on Friday.")
    row = next(r for r in rows if any(m["value"] == 52 for m in r["mentions"]))
    assert all(m["speaker"] is None for m in row["mentions"]), row


def test_a_toll_in_the_adverbial_of_a_report_is_not_the_reporters() -> None:
    rows = claims("After 40 miners died in the flood, officials said the dam was unsafe.")
    assert _who(rows, 40) is None, rows


def test_a_toll_the_report_tells_stays_the_reporters() -> None:
    rows = claims("On Friday, officials said 40 miners died in the flood.")
    assert _who(rows, 40) == "officials", rows


def test_a_bare_verb_conjunct_is_no_clause_of_its_own() -> None:
    rows = claims("The losses included 71 sheep that died in floods near Leeds and 41 cattle that drowned, were "
                  "crushed or died in mudslides near Bradford.")
    assert "Bradford" in _place_of(rows, 41), rows


def test_a_participles_figure_takes_its_verbs_date() -> None:
    rows = _dated_claims("In November 2015, a storm hit the coast, killing 12 fishermen.")
    assert _what(rows, 12).endswith(", November 2015"), rows


def test_a_place_the_parse_hangs_on_a_verb_of_saying_stays() -> None:
    rows = claims("The coastguard warned of waves 5 to 10 feet high in Cornwall, accompanied by strong gales.")
    assert any("Cornwall" in r["what"] for r in rows), rows
