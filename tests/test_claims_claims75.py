"""claims75: a row's content, by kind (which figures are rows, what a row says a figure is, who said it). Our own
invented sentences through the real model, of subjects no benchmark or pool story has (a flooded valley, a harvest,
a ferry line); each rule's test fails without it, and a guard beside it keeps a true reading.
"""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc
from spacy.vocab import Vocab

from claims_support import claims
from storyline.claims.attribution import _subject
from storyline.claims.quotes import quote_regions
from storyline.claims.stranded_names import inverted_name


def _speakers(rows: list[dict[str, Any]], figure: str) -> list[str | None]:
    return [m.get("speaker") for r in rows for m in r["mentions"] if figure in m["text"]]


# a quotation run on from a quotation whose closing mark was dropped ('… sealed the dam. "They say that …'), as in a
# text whose paragraphs were joined into one line: the "They" inside it is the quotation's, not a narrator's; the
# quotation carries on the one before it and takes its speaker (quotes.quote_regions, attribution._run_on)

_RUN_ON = ('Rescue teams reached the flooded valley on Friday, the regional governor said. "This is one of the hardest '
           'days the valley has seen in years," said Radio Alpina\'s Marta Keller, reporting from Brig. "This village '
           'is about 12 kms from the river, and the engineers now say that they have sealed the dam. "They say that '
           'the three pumping stations of the valley have been repaired by the army and they have cleared the main '
           'road." The valley was hit by floods in 2009.')


def test_a_run_on_quotation_takes_the_speaker_of_the_one_it_carries_on() -> None:
    assert _speakers(claims(_RUN_ON), "three pumping") == ["Radio Alpina's Marta Keller"]


def test_a_mark_that_opens_a_sentence_opens_a_quotation() -> None:
    text = '"The dam is sealed. "They say the road is clear."'
    assert [text[a:b] for a, b in quote_regions(text, run_on=True)] == ["The dam is sealed.",
                                                                        "They say the road is clear."]


def test_closing_marks_pair_as_before() -> None:
    text = 'She said: "The dam is sealed." "The road is clear," he added. The "new" bridge opens.'
    assert quote_regions(text, run_on=True) == quote_regions(text)


# a count of the sources themselves ("…, two port officials said", "Two sources told the Herald …") is who reports,
# not what: no row; the reported figure keeps them as its speaker (source_counts.py)


def test_a_count_of_the_sources_is_no_row() -> None:
    rows = claims("Three gunmen attacked a ferry terminal north of Bergen on Monday, wounding a number of passengers, "
                  "two port officials said, without giving a number.")
    assert not _speakers(rows, "two port officials") and _speakers(rows, "Three gunmen") == ["two port officials"]
    rows = claims("Two sources told the Herald that 40 workers would lose their jobs at the mill.")
    assert not _speakers(rows, "Two sources") and _speakers(rows, "40 workers") == ["Two sources"]


def test_a_count_that_reports_or_is_reported_stays() -> None:
    rows = claims("Twelve countries reported outbreaks of the fever this week. The inquiry interviewed 84 witnesses, "
                  "the report said.")
    assert _speakers(rows, "Twelve countries") and _speakers(rows, "84 witnesses") == ["the report"]
    rows = claims("Fourteen residents of the harbour town announced on Sunday that they would start a hunger strike "
                  "against the new ferry tolls.")
    assert _speakers(rows, "Fourteen residents"), rows  # what they announce is their act


# a relative clause set off by a comma states its own fact, whatever condition its antecedent's clause is under ("…
# if it approved the merger, which it did by 61 percent"): no "(if)"; "which would pay" stays under it
# (readings.stated_aside); and its "did" stands for the verb and object it hangs on (wording._done)


def test_an_aside_after_a_condition_states_its_figure() -> None:
    rows = claims("The island was promised a new harbour if it approved the merger, which it did by 61 percent in a "
                  "2009 vote.")
    assert [r["what"] for r in rows] == ["percentage: approved merger by 61 percent"], rows


def test_a_modal_aside_stays_under_the_condition() -> None:
    rows = claims("The club would build a stadium if it won the lottery grant, which would pay 40 percent of the cost.")
    assert [r["what"].endswith("(if)") for r in rows] == [True], rows


# a verb of saying inside the figure's own quotation ('"They say … were sunk by the storm and the divers have found
# the wrecks …"') is the quoted speaker's words, no cue of the figure, as _ancestor_cue already held
# (attribution._other_cue)


def test_a_cue_inside_the_figures_quotation_is_not_its_speaker() -> None:
    rows = claims('"The storm hit the coast overnight," said Captain Ola Dahl, speaking from Bergen. "They say that '
                  'the two ferries of the line were sunk by the storm and the divers have found the wrecks near the '
                  'pier."')
    assert _speakers(rows, "two ferries") == ["Captain Ola Dahl"], rows


# a copula's span with a noun complement ("who was mayor for nine years") is that post's or role's length: "mayor
# (yr)", not "time (yr)" (predicates._complement)


def test_a_copulas_noun_names_the_span() -> None:
    rows = claims("Ms Lind, who was mayor for nine years, had ambitions to be a painter as a young woman.")
    assert [r["what"] for r in rows] == ["mayor (yr)"], rows
    rows = claims("The museum has been closed for about five years.")
    assert [r["what"] for r in rows] == ["museum closed (yr)"], rows


# a bare participle's subject underwent it ("which has seen more than 41,000 people killed"): "people killed", not
# "people that killed" (wording.frame)


def test_a_bare_participles_subject_underwent_it() -> None:
    rows = claims("The valley has been rocked by fighting since 2012, which has seen more than 41,000 people killed "
                  "and millions more displaced.")
    assert any(r["what"].startswith("people killed") for r in rows) and not any("that killed" in r["what"]
                                                                                 for r in rows), rows


# a place's population told as "a kingdom of 5.3 million" is its population, and the row says so (table._kind)


def test_a_population_row_says_population() -> None:
    rows = claims("Norway, a kingdom of 5.3 million which has long been praised for its welfare state, takes pride in "
                  "its fjords.")
    assert [r["what"] for r in rows] == ["population"], rows


# an inverted tag whose name the parse hangs on a later verb ('"…," said Anna Berg, a biologist who co-authored the
# paper', "Berg" the subject of "authored"): the person named right after the verb is its speaker
# (stranded_names.inverted_name). The broken parse is built by hand: the model gives it only inside long texts.


def _inverted_tag() -> Doc:
    words = ['"', "It", "grows", ",", '"', "said", "Anna", "Berg", ",", "a", "biologist", "who", "co", "-",
             "authored", "the", "paper", "."]
    heads = [5, 2, 5, 5, 5, 5, 7, 14, 7, 10, 7, 12, 10, 7, 5, 16, 14, 5]
    deps = ["punct", "nsubj", "ccomp", "punct", "punct", "ROOT", "compound", "nsubj", "punct", "det", "appos", "nsubj",
            "relcl", "punct", "ccomp", "det", "dobj", "punct"]
    pos = ["PUNCT", "PRON", "VERB", "PUNCT", "PUNCT", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PRON", "VERB",
           "PUNCT", "VERB", "DET", "NOUN", "PUNCT"]
    lemmas = ['"', "it", "grow", ",", '"', "say", "Anna", "Berg", ",", "a", "biologist", "who", "co", "-", "author",
              "the", "paper", "."]
    spaces = [False, True, False, False, True, True, True, False, True, True, True, True, False, False, True, True,
              False, False]
    ents = ["O"] * 6 + ["B-PERSON", "I-PERSON"] + ["O"] * 10
    return Doc(Vocab(), words=words, spaces=spaces, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents,
               sent_starts=[True] + [False] * 17)


def test_an_inverted_tags_name_is_the_speaker() -> None:
    doc = _inverted_tag()
    subject = _subject(doc[5])
    assert subject is not None and subject.text == "Berg"


def test_a_verb_not_after_a_quotation_or_comma_takes_no_name_after_it() -> None:
    doc = _inverted_tag()
    assert inverted_name(doc[14]) is None and inverted_name(doc[2]) is None


# a place named only as a distance's landmark ("a town about 60 km west of Frankfurt") is no place of the
# sentence's other figures; the distance keeps it as its origin (landmarks.py)


def test_a_distances_landmark_is_no_place_of_the_charges() -> None:
    rows = claims("A man from Bingen, a town about 60 km west of Frankfurt, has been charged with two counts of arson.")
    counts = next(r for r in rows if any(m["value"] == 2 for m in r["mentions"]))
    distance = next(r for r in rows if any(m["value"] == 60 for m in r["mentions"]))
    assert "Frankfurt" not in counts["what"] and "Frankfurt" in distance["what"], rows


def test_a_place_the_figure_is_in_stays() -> None:
    rows = claims("Two counts of arson were laid in Frankfurt, about 60 km east of Bingen, on Tuesday.")
    assert any("Frankfurt" in r["what"] and "Bingen" not in r["what"] for r in rows
               if any(m["value"] == 2 for m in r["mentions"])), rows


# a figure in a "with" clause of its own subject takes no place of a noun outside it ("… the status of foreign
# workers in Norway …, with the government winning the vote by 74 votes to 35"); the place of the verb the clause
# hangs on stays ("Fighting raged in Homs, with at least 20 people killed") (branch_places.other_branch)


def test_a_figure_in_a_with_clause_takes_no_nouns_place_outside_it() -> None:
    rows = claims("The assembly also agreed not to drop guarantees over the status of foreign workers in Norway from "
                  "the bill, with the government winning the vote by a margin of 74 votes to 35.")
    assert rows and not any("Norway" in r["what"] for r in rows), rows


def test_a_with_clause_keeps_its_verbs_place() -> None:
    rows = claims("Fighting raged in Homs on Monday, with at least 20 people killed.")
    assert [r["what"] for r in rows] == ["people killed in Homs"], rows


# a place in what a relative clause's verb of saying reports ("a 13-page ruling, which said the blogger faced
# persecution in Norway") is the report's, no place of the ruling (branch_places._reported_by_relative)


def test_a_place_a_relative_clause_reports_is_not_the_figures() -> None:
    rows = claims("The judge released a 13-page ruling, which said the blogger faced persecution in Norway for his "
                  "opinions.")
    assert rows and not any("Norway" in r["what"] for r in rows), rows


def test_a_relative_clauses_own_place_stays() -> None:
    rows = claims("Rescuers found 40 survivors, who were flown to hospitals in Bergen on Monday.")
    assert any("Bergen" in r["what"] for r in rows), rows
