"""inputs63: one lost-sign rule for clean and claims; furniture run into a record's one-paragraph text, by kind.

Made-up text of other subjects than the pool's (a dairy co-operative, a regatta, a library, an orchard)."""

from __future__ import annotations

from storyline.clean.lostchars import restore_lost
from storyline.text import LOST_SIGN


def test_clean_restores_every_sign_claims_reads_as_lost() -> None:
    text = "The co-operative lost-?40mn, borrowed ?7 bn and paid ?3 thousand in fees."
    assert restore_lost(text, "https://www.dairynews.co.uk/1") == (
        "The co-operative lost-£40mn, borrowed £7 bn and paid £3 thousand in fees.")
    assert len(LOST_SIGN.findall(text)) == 3  # the same three are money to claims (claims/lost_signs.py)


# -- furniture run into a record's one-paragraph text ------------------------------------------------------------

import pytest  # noqa: E402

from storyline.clean import captionruns, closingcredit, gluedlabels, inlineparts  # noqa: E402
from storyline.clean.inlineparts import cut_record_furniture  # noqa: E402

_REGATTA = ("The regatta on the lake was cancelled on Sunday after strong winds capsized two boats. Organisers said "
            "nobody was hurt and the race would be held next month. The club's secretary said members were "
            "disappointed but understood the decision. ")


def _cut(text: str) -> tuple[str, list[tuple[str, str]]]:
    out, parts = cut_record_furniture(text)
    return out, [(str(p.reason), p.text) for p in parts]


def test_a_contributors_credit_run_into_the_text_is_cut_as_a_byline() -> None:
    text = (_REGATTA + "Harbour Radio's Jane Roe and Tom Lee in Westport contributed to this report. The club will "
            "meet on Friday to set a new date.")
    out, parts = _cut(text)
    assert "contributed" not in out and out.endswith("to set a new date.")
    assert parts == [("byline", "Harbour Radio's Jane Roe and Tom Lee in Westport contributed to this report.")]


def test_a_credit_with_reporting_and_no_report_named_is_cut_too() -> None:
    out, _ = _cut(_REGATTA + "- Jane Roe contributed reporting.")
    assert out.rstrip().endswith("understood the decision.")


def test_the_contributors_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(closingcredit, "CONTRIBUTORS", False)
    out, _ = _cut(_REGATTA + "Jane Roe contributed to this report.")
    assert out.endswith("contributed to this report.")


def test_a_closing_credit_before_the_sign_off_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(closingcredit, "INNER", False)  # the closing credit's own reading, not the one inside a text
    out, parts = _cut(_REGATTA + "Author: Jane Roe, Tom Lee jr/tl (AFP, Reuters)")
    assert out.rstrip().endswith("understood the decision.")
    assert ("byline", "Author: Jane Roe, Tom Lee") in parts


def test_a_caption_glued_before_a_quotation_its_tag_shows_opens_a_sentence_is_cut() -> None:
    text = (_REGATTA + 'Skipper Ann Moss (left) with the club\'s patron Lord Hale "We have sailed in worse weather, '
            'but safety comes first," Moss told the local paper. The boats will be repaired this week.')
    out, parts = _cut(text)
    assert '"We have sailed in worse weather' in out and "Lord Hale" not in out
    assert parts == [("photo caption", "Skipper Ann Moss (left) with the club's patron Lord Hale")]


@pytest.mark.parametrize("sentence", [
    # the run leads into the quotation: a verb of saying, a function word, a comma before the mark
    'The skipper told reporters "We have sailed in worse weather, but safety comes first," Moss said.',
    'The skipper was furious about "the way the club handled it, all of it," Moss said.',
    # a title quoted, and a tag that goes on: the quotation is no sentence's opening
    'In the report published in the journal of the Rowing Society "Oar Weekly," the editors wrote that the lake '
    'was too rough for racing.',
    # a work's title quoted, its tag going on after the verb
    'Moss, author of the much-read "A History of the Lake and Its Boats," argues that the race was doomed.',
    'After winning "Sailing Home For The Winter," the skipper told the crowd that she would retire.',
    # no tag after the quotation's close
    'Skipper Ann Moss with the club\'s patron "We have sailed in worse weather, but safety comes first." The boats '
    'will be repaired.',
])
def test_a_run_that_belongs_to_the_quotations_sentence_stays(sentence: str) -> None:
    out, parts = _cut(_REGATTA + sentence + " The boats will be repaired this week.")
    assert not [p for p in parts if p[0] == "photo caption"], parts


def test_the_glued_caption_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(captionruns, "ENABLED", False)
    text = _REGATTA + 'Skipper Ann Moss (left) with her crew "We have sailed in worse weather," Moss said.'
    assert "with her crew" in _cut(text)[0]


def test_a_verbless_sentence_pointing_at_its_photo_is_a_caption(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (_REGATTA + "A view of the marina (right) from the clubhouse roof. Ann Moss (left) was named captain "
            "last year. The boats will be repaired this week.")
    out, parts = _cut(text)
    assert "A view of the marina" not in out and "Ann Moss (left) was named captain last year." in out
    assert parts == [("photo caption", "A view of the marina (right) from the clubhouse roof.")]
    monkeypatch.setattr(captionruns, "PHOTO_CAPTIONS", False)
    assert "A view of the marina" in _cut(text)[0]


def test_a_teasers_sentence_case_headline_ends_before_an_ordinary_word_written_capitalised(
        monkeypatch: pytest.MonkeyPatch) -> None:
    text = (_REGATTA + "READ MORE: Storm closes the harbour for a week Heavy rain fell on the town overnight, the "
            "council said. The boats will be repaired this week.")
    out, parts = _cut(text)
    assert "Heavy rain fell on the town overnight, the council said." in out
    assert parts == [("teaser link", "READ MORE: Storm closes the harbour for a week")]
    monkeypatch.setattr(inlineparts, "WORD_ENDS", False)
    monkeypatch.setattr(gluedlabels, "LONG_TEASERS", False)  # inputs64's long teaser ends there too
    assert "Heavy rain fell" not in _cut(text)[0]  # the old cut took the report's sentence with it


def test_a_records_title_gets_its_lost_sign_back_as_its_text_does() -> None:
    from storyline.clean import clean_document
    from storyline.model import RawDocument

    raw = RawDocument(id="a.json", text=_REGATTA + "The club lost ?2m on the season.",
                      title="Regatta club losses treble to ?2m", url="https://www.lakenews.co.uk/1", source="json")
    doc = clean_document(raw)
    assert doc.title == "Regatta club losses treble to £2m" and "lost £2m" in doc.text


def test_a_credit_label_with_its_names_inside_the_text_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    text = (_REGATTA + "Author: Jane Roe, Tom Lee Repairs to the fleet The club has raised money to repair the "
            "boats over the winter. Members will vote on the new date.")
    out, parts = _cut(text)
    assert "Jane Roe" not in out and "Repairs to the fleet The club has raised money" in out
    assert parts == [("byline", "Author: Jane Roe, Tom Lee")]
    monkeypatch.setattr(closingcredit, "INNER", False)
    assert "Author: Jane Roe" in _cut(text)[0]


def test_a_label_without_a_writers_name_after_it_stays() -> None:
    text = _REGATTA + "Source: the club's annual report, which members approved. Members will vote on the date."
    assert _cut(text)[1] == []


def test_a_capitalised_word_after_a_capitalised_one_is_no_end_of_a_teasers_headline() -> None:
    text = (_REGATTA + "READ MORE: Welsh Sailors count the cost of the storm on the coast Repairs to the fleet will "
            "take a month, the club said. The boats will be repaired this week.")
    _, parts = _cut(text)
    assert not any(p[1] == "READ MORE: Welsh" for p in parts)  # "Sailors" follows a capitalised word


def test_a_credit_split_at_a_names_abbreviation_is_cut_whole() -> None:
    out, parts = _cut(_REGATTA + "Harbour Radio's Jane Roe, Tom Lee Jr. and Ann Moss contributed to this report.")
    assert out.rstrip().endswith("understood the decision.")
    assert [p[0] for p in parts] == ["byline"]


def test_a_cut_before_an_opening_quotation_keeps_the_sentences_apart() -> None:
    from storyline.clean.credits import _cut
    from storyline.clean.lines import Line
    from storyline.clean.reasons import Reason
    text = 'The club won nothing in 2017. Readers can vote on this page. "Her record stands," the chair said.'
    line = Line(text)
    a = text.index("Readers")
    _cut(line, a, text.index('"Her'), Reason.CAPTION)
    assert line.text == 'The club won nothing in 2017. "Her record stands," the chair said.'
    closing = Line('He said "we will win (Photo: Ann Lee)" and left.')
    _cut(closing, closing.text.index(" (Photo"), closing.text.index('" and'), Reason.PHOTO)
    assert closing.text == 'He said "we will win" and left.'
