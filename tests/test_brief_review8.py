"""The seventh read of the briefs (issue 12, bench/BRIEF_REVIEW.md, branch brief7): an opinion piece
never leads the summary; a sentence that refers back mid-way ("that sentence") or previews an outcome
the story reports is not shown; a timeline entry that opens on a connective or is a quotation with
no speaker is carried by the sentence before it, or not filed; an age scale's zero year ("before
1950 AD") is no entry; a number after an initialism's stop does not start a sentence; a PDF's "?"
for a lost ligature or apostrophe is repaired where a word results. Fixtures are written for these
tests in the style of wire copy and papers; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.model import Citation, SummarySentence


def parse(text: str):  # type: ignore[no-untyped-def]
    from storyline.nlp import get_nlp

    return get_nlp()(text)[:]


# --- opinion pieces ------------------------------------------------------------------------------

EDITORIAL = ("The Daily Ledger said in an editorial for Tuesday, May 7:\n"
             "Mayor Ruth Kessel has won a second term. She must now cut the city's deficit.\n"
             "Voters chose her because they trusted her budgets more than her rival's.")
NEWS = ("PORTVILLE, Ohio _ Mayor Ruth Kessel won a second term on Sunday with 58 percent of the vote.\n"
        "Her rival, Tom Ade, conceded on Monday.")


def test_a_labelled_editorial_is_an_opinion_piece_and_a_dated_report_is_not() -> None:
    from storyline.summary.opinion import opinion_text

    assert opinion_text(EDITORIAL)
    assert opinion_text("Mayor Kessel has won. She must act.", title="Opinion: the mayor's second term")
    assert not opinion_text(NEWS)
    # a report that quotes someone's "we must" is not an editorial
    assert not opinion_text('PORTVILLE, Ohio _ "We must cut, we should cut, we must act now," the mayor said. '
                            '"Our city should not wait, we must not," she said. Our reporters counted the votes.')


def test_an_unlabelled_piece_in_an_editorial_boards_voice_is_opinion() -> None:
    from storyline.summary.opinion import opinion_text

    text = ("The city council should stop dithering. We have said so before and we say it again: the budget "
            "must be balanced this year. Our readers deserve better, and we believe the mayor must lead. "
            "The council should vote now.")
    assert opinion_text(text)
    assert not opinion_text("The council voted on Tuesday to balance the budget. The mayor signed it.")


def test_an_opinion_pieces_sentence_never_leads_the_account() -> None:
    from storyline.summary.account import arrange

    analyses = story(EDITORIAL, NEWS, published=None)
    ed = next(s for s in analyses[0].sentences if "second term" in s.text)
    news = next(s for s in analyses[1].sentences if "58 percent" in s.text)
    cited = [SummarySentence(s.text, [Citation(s.doc, s.start, s.end)]) for s in (ed, news)]
    shown = arrange([ed, news], cited, analyses)
    assert shown[0].text == news.text and {s.text for s in shown} == {ed.text, news.text}  # demoted, not dropped


# --- sentences that lean on what is not shown ------------------------------------------------------

def test_a_demonstrative_mid_sentence_that_names_nothing_refers_back() -> None:
    from storyline.summary.standalone import back_reference

    assert back_reference(parse("The council will decide Tuesday whether it accepts that proposal, which "
                                "the mayor sent in May."))
    for text in ("The council met this week and will vote on Tuesday.",
                 "The mayor sent a proposal in May, and the council rejected that proposal on Tuesday.",
                 "The fund will pay those residents who lost their homes.",
                 '"We will never accept this plan," the mayor said on Tuesday.'):
        assert back_reference(parse(text)) is None, text


def test_a_preview_is_known_by_its_future_whether_clause_and_its_outcome_by_the_past_tense() -> None:
    from storyline.summary.outcomes import past_verbs, preview_verb

    assert preview_verb(parse("Judge Ann Ruiz will say Friday whether she approves the settlement.")) == "approve"
    assert preview_verb(parse("Judge Ann Ruiz approved the settlement on Friday.")) is None
    assert "approve" in past_verbs(parse("Judge Ann Ruiz approved the settlement on Friday."))
    assert "approve" not in past_verbs(parse("Judge Ann Ruiz will approve the settlement."))


def test_a_preview_is_not_shown_when_the_story_reports_its_outcome() -> None:
    from storyline.summary import rank, shown_order

    preview = "Judge Ann Ruiz will say Friday whether she approves the settlement between the two mills."
    outcome = "Judge Ann Ruiz approved the settlement between the two mills on Friday in Dayton."
    shown = [s.text for s in shown_order(rank(story(preview + " The mills employ 300 workers.",
                                                    outcome + " The mills employ 300 workers.")))]
    assert outcome in shown and preview not in shown
    alone = [s.text for s in shown_order(rank(story(preview + " The mills employ 300 workers.")))]
    assert preview in alone  # with no outcome in the story, the preview is news


# --- timeline ------------------------------------------------------------------------------------

def test_a_timeline_quotation_without_its_speaker_is_carried_by_the_sentence_before_it() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        "The police chief, Ana Ortiz, said that 700 inmates escaped after the storm. \"It took us years to "
        "catch them. Today they walked free.\"\nThe storm struck on March 2."))
    quoted = [e for e in entries if "Today they walked free" in e.text]
    assert quoted and all(e.text.startswith("The police chief") for e in quoted)


def test_a_timeline_entry_opening_on_a_connective_takes_the_sentence_before_it_or_is_not_filed() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        "The $7 billion figure is not without foundation. But it is based on savings from a budget released "
        "in August 2018.\nBut it was revised in October 2018, officials said."))
    aug = [e for e in entries if e.date == "2018-08"]
    assert aug and aug[0].text.startswith("The $7 billion figure")
    assert not any(e.date == "2018-10" for e in entries)  # nothing before it in its paragraph


def test_an_age_scales_zero_year_is_no_entry() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story("Ages are given in calendar years before 1950 AD, and the oldest layer is "
                                   "49,000 years before 1950 ad in the model. The dig itself began in 2012."))
    assert "1950" not in {e.date for e in entries} and "2012" in {e.date for e in entries}


# --- input: splitter and a PDF's lost glyphs ------------------------------------------------------

def test_a_number_after_an_initialisms_stop_does_not_open_a_sentence() -> None:
    a = story("The court has said so. See Dept. of Roads v. Hale, 512 U.S. 310, 316 (1994). The memo was "
              "released on Friday.")[0]
    assert any(s.text.startswith("See Dept. of Roads v. Hale, 512 U.S. 310") for s in a.sentences)
    assert not any(s.text.startswith("310") for s in a.sentences)
    a = story("The memo says he was paid by a US. person and by a foreign bank. The bank denied it.")[0]
    assert any(s.text.startswith("The memo says he was paid by a US. person and") for s in a.sentences)


def test_a_pdfs_question_mark_for_a_ligature_or_apostrophe_is_repaired_only_into_words() -> None:
    from storyline.ingest.glyphs import repair_lost_glyphs

    text, n = repair_lost_glyphs("The ?rst report on the of?ce was classi?ed, and the agency didn?t say so. "
                                 "The agency?s first officer filed it. Was it true? Nobody knew. The ?xyzq?p "
                                 "and the memo?an aside.")
    assert "first report" in text and "office" in text and "classified" in text
    assert "didn’t" in text and "agency’s" in text
    assert "Was it true? Nobody" in text and "?xyzq?p" in text and "memo?an" in text
    assert n == 5
    assert repair_lost_glyphs("Why? Because.") == ("Why? Because.", 0)


def test_the_repair_is_said_in_the_documents_notes() -> None:
    from storyline.ingest.sanitize import safe_document
    from storyline.model import RawDocument

    doc = safe_document(RawDocument(id="memo.pdf", text="The ?rst of?cial report."))
    assert doc.text == "The first official report."
    assert any("question mark" in n.note for n in doc.notes)


def test_a_timeline_entry_opening_on_a_pronoun_or_a_set_off_connective_takes_the_sentence_before_it() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        "Jon Vane was charged with fraud in Ohio. He was arrested in Dayton in March 2016 by federal agents.\n"
        "The mayor resigned. Reports from the city, however, said the council met in May 2016 to replace her."))
    march = next(e for e in entries if e.date == "2016-03")
    may = next(e for e in entries if e.date == "2016-05")
    assert march.text.startswith("Jon Vane was charged") and may.text.startswith("The mayor resigned.")
    alone = build_timeline(story("He was arrested in Dayton in March 2016 by federal agents."))
    assert alone and alone[0].text.startswith("He was arrested")  # nothing before it: kept as it is


# --- citations -------------------------------------------------------------------------------------

def test_a_passage_that_names_a_purposes_nouns_but_not_its_verb_does_not_support_it() -> None:
    from storyline.nlp import get_nlp
    from storyline.support.reading import purpose_check as context_check
    from storyline.support.reading import read as reading

    def read(text: str):  # type: ignore[no-untyped-def]
        return reading(get_nlp()(text))

    s = read("Prosecutors say Vane killed Orr to keep her from talking to police about the death of his partner.")
    shares_nouns = read("The series listed the killings Vane is suspected of: Orr's death and the death of his "
                        "partner.")
    states_it = read("Vane is accused of killing Orr to keep her from talking to police about his partner's death.")
    assert context_check(s, shares_nouns) == "cause"
    assert context_check(s, states_it) is None
    leaves_it_out = read("Vane killed Orr, prosecutors say.")
    assert context_check(s, leaves_it_out) is None  # part of the claim, not a different part


def test_a_timeline_entry_never_starts_inside_a_quotation_of_several_sentences() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        'The envoy said: "I am asking all our friends to help us. Today as the island goes through its worst '
        'day I am calling for support. The need is great."\nThe storm struck on March 2.'))
    quoted = [e for e in entries if "worst day" in e.text]
    assert quoted and all(e.text.startswith("The envoy said") for e in quoted)


def test_a_pronoun_speaker_or_a_bare_quantifier_takes_the_sentence_before_it() -> None:
    from storyline.timeline.shape import opens_on_pronoun

    assert opens_on_pronoun('"We grabbed the kids and ran," she said on Friday at the centre.')
    assert opens_on_pronoun("Most were back home by lunchtime on Friday.")
    assert not opens_on_pronoun("Most residents were back home by lunchtime on Friday.")
    assert not opens_on_pronoun('"We ran," Ann Orr said on Friday.')
    assert not opens_on_pronoun("US officials said on Friday that the talks had failed.")


def test_a_pronoun_entry_is_carried_back_over_two_sentences_to_the_name() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        "Pastor Ann Orr of the Valley Church told reporters the mission was separate from the church. She said "
        "members had faced anger after the arrests. Her congregation prayed for them on March 7, 2010."))
    prayed = next(e for e in entries if "prayed" in e.text)
    assert prayed.text.startswith("Pastor Ann Orr")


def test_a_quotation_opening_its_paragraph_with_a_pronoun_speaker_takes_the_paragraph_that_names_her() -> None:
    from storyline.timeline import build_timeline

    entries = build_timeline(story(
        "Janet Ode was watching television in her flat when she saw the light. By the time she reached the "
        "window, flames were coming through the roof.\n"
        '"Someone was banging on the doors. We grabbed the kids and ran," she said on March 8, 2019 at the '
        "community centre.\nThe fire started on March 7, 2019."))
    quoted = next(e for e in entries if "grabbed the kids" in e.text)
    assert quoted.text.startswith("Janet Ode was watching television")
