"""The summary faults the twenty-second read left open (issue 12, bench/BRIEF_REVIEW.md, "summ20"): a quotation's
speaker's tag split from it; "the …" of an opening phrase introduced in no item though the item quotes; a surname
whose full name ends in a suffix ("Jr."); a quoting item's subject by surname when the quotation is in the joined
sentence only; a quotation whose speaker the reader never met; an opening general remark of "the … of" a kind; a
general remark with a modal and a share; a kind the parse takes for a name. Fixtures are made up for these tests;
none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

NOV = dt.date(2019, 11, 20)  # a Wednesday

# --- a quotation's speaker's tag split off after its own stop -----------------------------------------------------


def test_a_speakers_tag_in_lower_case_after_a_closed_quotation_stays_with_it() -> None:
    a = story("Deputies broke into the barn in Varn on Monday. \"Drop it! Drop the rake!\" a deputy yelled. "
              "The farmer came out.", published=NOV)[0]
    texts = [s.text for s in a.sentences]
    assert "a deputy yelled." not in texts, texts  # no sentence of the tag alone
    assert any(t.endswith("Drop the rake!\" a deputy yelled.") for t in texts), texts
    assert texts[-1] == "The farmer came out.", texts


# --- a surname whose introduction is in no item -------------------------------------------------------------------


def _bare(text: str, shown: list[str]) -> list[str]:
    from storyline.summary.unnamed import bare_surnames

    a = story(text, published=NOV)[0]
    chosen = [s for s in a.sentences if any(s.text.startswith(p) for p in shown)]
    return bare_surnames(chosen, [a])


STORY = ("Two farmers of Varn were fined on Monday for dumping slurry in the river. Joseph K. Brandt Jr., the county "
         "prosecutor, said the fines were the largest on record. Tomas Meier, a farmer, paid his fine at once. ")


def test_a_surname_before_a_generation_suffix_is_the_surname() -> None:
    text = STORY + "Brandt asked the court for a ban on slurry tanks."
    assert _bare(text, ["Two farmers", "Brandt asked"]) == ["", "Brandt"]
    assert _bare(text, ["Two farmers", "Joseph", "Brandt asked"]) == ["", "", ""]  # shown with the full name


def test_a_subject_by_surname_is_judged_when_only_the_joined_sentence_quotes() -> None:
    text = STORY + "Meier had sold the farm in May.\n\"I am done with it,\" a neighbour said."
    from storyline.model import Sentence
    from storyline.summary.unnamed import bare_surnames

    a = story(text, published=NOV)[0]
    sold, quote = a.sentences[-2:]
    joined = Sentence(sold.doc, sold.index, sold.start, quote.end, a.doc.text[sold.start : quote.end], sold.paragraph)
    assert bare_surnames([a.sentences[0], joined], [a]) == ["", "Meier"]


# --- "the …" of an opening phrase introduced in no item, in an item that quotes -----------------------------------


def test_an_opening_phrases_the_noun_is_unintroduced_though_the_item_quotes() -> None:
    from storyline.summary.referents import unintroduced

    a = story("A Varn man admitted on Monday to threatening the mayor. He was arrested in May for the April 2 "
              "letter to the town hall. During the letter, he called the mayor a \"crook,\" the court heard. "
              "The mayor thanked the police.", published=NOV)[0]
    lede, intro, during, thanks = a.sentences
    assert unintroduced([lede, during, thanks], [a]) == [during]
    assert unintroduced([lede, intro, during, thanks], [a]) == []  # shown with its introduction


def test_a_quotations_speaker_by_the_noun_is_left_alone() -> None:
    from storyline.summary.referents import unintroduced

    a = story("A Varn man admitted on Monday to threatening the mayor. A spokesperson for the court spoke to "
              "reporters. \"He will be sentenced in May,\" the spokesperson said.", published=NOV)[0]
    lede, _, quote = a.sentences
    assert unintroduced([lede, quote], [a]) == []


# --- general remarks: "the … of" a kind, a modal with a share, a kind the parse takes for a name, a lede ---------


def _general(text: str, index: int = -1) -> str | None:
    from storyline.summary.general import general_remark

    a = story(text, published=NOV)[0]
    return general_remark(a, a.sentences[index])


LEDE = "Two dogs caught demodectic mange in the park last week, officials said. "


def test_the_process_of_a_kind_is_a_kind() -> None:
    assert _general(LEDE + "The spread of mange is a slow affair between dogs and foxes.") is not None
    assert _general(LEDE + "The spread of the mange is a worry for the park.") is None  # "of the mange": the story's


def test_a_modal_general_remark_with_a_share_is_no_item() -> None:
    assert _general(LEDE + "Mange can be fatal in up to 60 per cent of dogs if not treated.") is not None
    assert _general(LEDE + "Mange is fatal in 60 per cent of the park's dogs.") is None  # a share of the story


def test_a_kind_the_parse_takes_for_a_name_is_a_kind() -> None:
    assert _general(LEDE + "Demodectic is the most common form and is where dogs lose their fur.") is not None


def test_an_opening_general_remark_is_no_item_and_a_span_of_years_is_no_money() -> None:
    text = ("The growth of coral reefs is a slow dance between sea and stone, spanning thousands of years. In search "
            "of answers, a team of divers has mapped the largest reef of the gulf.")
    assert _general(text, 0) is not None
    assert _general("Tick fevers are rare, but two hikers caught one in the park last week.", 0) is None


# --- a verb that names a thing gives no speaker ------------------------------------------------------------------


def test_a_pronoun_subject_of_naming_is_no_missing_speaker() -> None:
    from storyline.summary.standalone import sentence_spans, speaker_problem

    a = story("A team of divers has mapped the largest reef of the gulf, a reef they call Blue Nine.", published=NOV)[0]
    assert speaker_problem(sentence_spans(a, a.sentences[0])[0]) is None
    b = story("The reef is the largest of the gulf, they said.", published=NOV)[0]
    assert speaker_problem(sentence_spans(b, b.sentences[0])[0]) is not None


def test_a_name_inside_the_quotation_is_not_the_speakers_antecedent() -> None:
    from storyline.summary.standalone import sentence_spans, speaker_problem

    a = story("\"This is what Bob Marley would have wanted for the reef,\" he told the radio.", published=NOV)[0]
    assert speaker_problem(sentence_spans(a, a.sentences[0])[0]) is not None
    b = story("Mayor Ann Holt said he would close the reef.", published=NOV)[0]  # a name outside a quotation
    assert speaker_problem(sentence_spans(b, b.sentences[0])[0]) is None
