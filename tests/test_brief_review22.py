"""The thirteenth read's faults (issue 12, bench/BRIEF_REVIEW.md, "Thirteenth read", branch read13): stories in
no file of ours showed summary items whose subject pronoun follows an opening phrase that names no one ("Realising
his wife had fallen, he climbed …", shown after another man's item; "Months later, he returned …"); a date of
a noun that a relative clause describes ("against a lower court ruling in 2016 that had found …") taken for the
sentence's own date (a wrong year on the timeline and on the summary item); timeline entries opening on a
demonstrative that stands for the sentence before ("This is still the method …", "This followed two arrests
…"); and a photo's caption kept as text and dated ("…, seen here in 2014, was suspended … (Photo: …)").
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.model import Analysis
from storyline.summary.standalone import why_not_alone
from storyline.timeline import build_timeline

# --- summary: a pronoun after an opening phrase ----------------------------------------------------------------


def _why(*texts: str) -> dict[str, str | None]:
    a: list[Analysis] = story(*texts)
    return {s.text: why_not_alone(doc, s) for doc in a for s in doc.sentences}


def test_a_pronoun_after_an_opening_clause_that_names_no_one_dangles() -> None:
    got = _why("The ferry captain was questioned for six hours. When it was over, he resigned from the harbour board.",
               "The keeper saw the boat capsize. Realising his brother had gone under, he dived into the water.")
    assert got["When it was over, he resigned from the harbour board."], got
    assert got["Realising his brother had gone under, he dived into the water."], got
    assert "opening phrase" in (got["Realising his brother had gone under, he dived into the water."] or ""), got


def test_a_time_phrase_before_the_pronoun_is_left_alone() -> None:
    # tried and not shipped: "Months later, he returned …" dangles too, but taking it cost the ROUGE gate
    got = _why("The ferry captain was questioned for six hours. Weeks later, he resigned from the harbour board.")
    assert got["Weeks later, he resigned from the harbour board."] is None, got


def test_an_opening_phrase_that_names_whom_the_pronoun_means_stands() -> None:
    got = _why("When the harbour master resigned, he blamed the board for the flood.",
               "After Orla Venn arrived, she was questioned for an hour.",
               "As ferry fares rose, they cut the winter timetable.",
               "As for the harbour master, he was questioned for an hour.",
               '"After the storm, he left the island," the keeper said.')
    assert got["When the harbour master resigned, he blamed the board for the flood."] is None, got
    assert got["After Orla Venn arrived, she was questioned for an hour."] is None, got
    assert got["As ferry fares rose, they cut the winter timetable."] is None, got
    assert got["As for the harbour master, he was questioned for an hour."] is None, got


def test_the_dangling_item_is_shown_with_the_sentence_it_leans_on() -> None:
    from storyline.summary import summarise

    a = story("Harbour pilot Tomas Reyl was told to leave the Kelbridge ferry in 2031 after a passenger complained. "
              "Realising his licence had been restored, he returned to the ferry after the passenger withdrew the "
              "complaint.",
              "The Kelbridge ferry company said Tomas Reyl had been told to leave the ferry in 2031.")
    texts = [s.text for s in summarise(a)]
    assert not any(t.startswith("Realising his licence") for t in texts), texts


# --- timeline: a noun's date, a demonstrative opening ---------------------------------------------------------


def test_a_date_of_a_noun_a_relative_clause_describes_is_a_mention() -> None:
    tl = build_timeline(story(
        "The high court dismissed an appeal by the ferry company against some of the grounds for a lower court "
        "ruling in 2029 that had found the harbour board was wrong to refuse its licence.", published=None))
    assert [(e.date, e.mention) for e in tl] == [("2029", True)], [(e.date, e.mention, e.text) for e in tl]


def test_a_date_of_the_clause_stays_the_clauses() -> None:
    tl = build_timeline(story("The harbour board refused the ferry company's licence in 2029 after a long hearing.",
                              published=None))
    assert [(e.date, e.mention) for e in tl] == [("2029", False)], [(e.date, e.mention, e.text) for e in tl]


def test_a_summary_item_takes_no_date_of_a_described_noun() -> None:
    from storyline.summary import summarise

    a = story("The high court dismissed an appeal by the ferry company against a lower court ruling in 2029 that "
              "had found the harbour board was wrong to refuse its licence.",
              "Harbour pilots in Kelbridge voted to strike over the winter timetable of the ferry company.",
              published=None)
    items = summarise(a, timeline=build_timeline(a))
    assert any("lower court ruling in 2029" in s.text for s in items), [s.text for s in items]
    assert not any(s.date and s.date.startswith("2029") for s in items), [(s.text, s.date) for s in items]


def test_an_entry_opening_on_a_demonstrative_is_carried_by_the_sentence_before() -> None:
    tl = build_timeline(story("The survey uses the Varne method of counting seabirds. This is still the method "
                              "the board uses, and it was first used in 1988.",
                              published=None))
    assert [e.date for e in tl] == ["1988"], [(e.date, e.text) for e in tl]
    assert tl[0].text.startswith("The survey uses the Varne method"), tl[0].text


def test_a_demonstrative_before_a_noun_is_no_pronoun() -> None:
    from storyline.timeline.shape import opens_on_pronoun

    assert opens_on_pronoun("This followed two arrests in 2029 and 2031.")
    assert opens_on_pronoun("That was in 2029.")
    assert not opens_on_pronoun("This week the board met in 2029.")
    assert not opens_on_pronoun("That said, the board met in 2029.")
    assert not opens_on_pronoun("These ferries sailed in 2029.")


# --- cleaning: a caption that points at its photo ----------------------------------------------------------------


def test_a_line_with_its_credit_cut_that_points_at_its_photo_is_a_caption() -> None:
    from storyline.clean import clean_document
    from storyline.clean.reasons import Reason
    from storyline.model import RawDocument

    caption = ("'The Kelbridge Gazette' says pilot Tomas Reyl, seen here in 2027, was told to leave the ferry "
               "after a passenger complained. (Photo: Ann Lee, Harbour Press)")
    body = [
        "The Kelbridge ferry company said on Monday that harbour pilot Tomas Reyl had been told to leave the "
        "ferry in 2031 after a passenger complained about his conduct on the crossing.",
        "The company said the pilot had denied the complaint and returned to work months later, after the "
        "passenger withdrew it and the harbour board closed its inquiry without a finding.",
        "Passengers on the morning crossing told the Gazette they had seen the pilot shouting at a deckhand "
        "before the ferry left the quay, and that the captain had stepped in.",
    ]
    doc = clean_document(RawDocument(id="t", text="\n".join([caption, *body]), source="multinews"))
    assert doc.text.split("\n") == body, doc.text
    assert any(r.reason == Reason.CAPTION and "seen here" in r.text for r in doc.removed), doc.removed


def test_a_sentence_with_a_credit_cut_and_no_pointer_stays() -> None:
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    line = ("Pilot Tomas Reyl was told to leave the ferry after a passenger complained, the company said. "
            "(Photo: Ann Lee, Harbour Press)")
    body = ["The Kelbridge ferry company said on Monday that the harbour board had closed its inquiry into the "
            "complaint without a finding, and that the pilot had returned to work.",
            "Passengers on the morning crossing said they had seen nothing unusual before the ferry left."]
    doc = clean_document(RawDocument(id="t", text="\n".join([line, *body]), source="multinews"))
    assert doc.text.split("\n")[0].startswith("Pilot Tomas Reyl was told to leave the ferry"), doc.text


# --- timeline: a month told as the latest of its sentence ------------------------------------------------------


def test_a_month_told_as_the_latest_takes_no_year_of_a_later_month() -> None:
    tl = build_timeline(story(
        "The pilot has a history of fines for speeding in the harbour, most recently in February, paying two fines "
        "for speeding past the quay in July 2029 in the old port.", published=None))
    feb = [e for e in tl if e.date.endswith("-02") or "February" in e.phrase]
    assert feb and not any(e.date.startswith("2029") for e in feb), [(e.date, e.text) for e in tl]


def test_a_month_with_a_later_month_of_one_year_still_takes_its_year() -> None:
    tl = build_timeline(story("The pilot was fined in February and again in July 2029 for speeding past the quay.",
                              published=None))
    assert "2029-02" in [e.date for e in tl], [(e.date, e.text) for e in tl]


def test_a_participle_before_a_noun_makes_no_opening_clause() -> None:
    got = _why("In a pair of linked meetings, he spoke to the harbour board about the ferry.")
    assert got["In a pair of linked meetings, he spoke to the harbour board about the ferry."] is None, got
