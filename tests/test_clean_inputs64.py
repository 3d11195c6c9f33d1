"""inputs64: a page's labels and lists run into a record's one-paragraph text, by their layout.

Made-up text of other subjects than the pool's (a ferry company, a county show, a chess club, a bakery)."""

from __future__ import annotations

import pytest

from storyline.clean import gluedlabels
from storyline.clean.inlineparts import cut_record_furniture

_FERRY = ("The ferry company cancelled all crossings on Tuesday after a storm damaged the harbour wall. Engineers "
          "said repairs would take at least a week. The company said passengers would get their money back. ")


def _cut(text: str) -> tuple[str, list[tuple[str, str]]]:
    out, parts = cut_record_furniture(text)
    return out, [(str(p.reason), p.text) for p in parts]


# -- a device notice glued before a sentence ----------------------------------------------------------------------

def test_a_device_notice_glued_before_a_sentence_is_cut_alone() -> None:
    text = (_FERRY + "Media playback is not supported on this device Harbour master Jane Roe: \"We have never seen "
            "waves like it in thirty years at the port.\" The wall was built in 1890.")
    out, parts = _cut(text)
    assert 'Harbour master Jane Roe: "We have never seen waves' in out and "Media playback" not in out
    assert parts == [("CMS artefact", "Media playback is not supported on this device")]


def test_two_notices_in_a_row_go_together_and_a_word_they_name_does_not_end_them() -> None:
    text = (_FERRY + "Media playback is unsupported on your device This content will not work on your device, please "
            "check Javascript is enabled or update your browser Passengers queued for hours at the terminal on "
            "Tuesday morning. The wall was built in 1890.")
    out, parts = _cut(text)
    assert "Passengers queued for hours at the terminal on Tuesday morning." in out
    assert "Javascript" not in out and len(parts) == 1


def test_a_notice_with_a_share_prompt_after_it_is_still_cut_whole() -> None:
    text = _FERRY + "Media playback is not supported on this device Share this with Get the latest news sent to you."
    out, _ = _cut(text)
    assert "Get the latest news" not in out and "Share this" not in out


def test_the_notices_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gluedlabels, "NOTICES", False)
    text = (_FERRY + "Media playback is not supported on this device Passengers queued for hours at the terminal on "
            "Tuesday morning. The wall was built in 1890.")
    out, _ = _cut(text)
    assert "Passengers queued for hours" not in out  # the whole sentence went with the notice


# -- a link's label naming a writer ---------------------------------------------------------------------------------

def test_a_read_more_label_naming_a_writer_is_cut_before_the_honorific_that_opens_the_sentence() -> None:
    text = (_FERRY + "Read more from Tom Lee Mrs Moss told the county council that the harbour needed a new wall. "
            "Read more from Ann here. The wall was built in 1890.")
    out, parts = _cut(text)
    assert "Mrs Moss told the county council that the harbour needed a new wall." in out
    assert "Read more" not in out
    assert ("teaser link", "Read more from Tom Lee") in parts and ("teaser link", "Read more from Ann here.") in parts


def test_the_writer_links_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gluedlabels, "WRITER_LINKS", False)
    out, _ = _cut(_FERRY + "Read more from Tom Lee Mrs Moss told the county council that the harbour needed a wall.")
    assert "Read more from Tom Lee Mrs Moss" in out


def test_a_sentence_about_reading_more_is_no_label() -> None:
    text = _FERRY + "Read more from the report, the council said, before deciding on the wall."
    out, parts = _cut(text)
    assert out == text and parts == []


# -- a teaser that runs on past a headline's reach ------------------------------------------------------------------

def test_a_long_teaser_ends_before_the_sentence_glued_to_its_headline() -> None:
    text = (_FERRY + "WATCH: Storm damage in the harbour Radio Coast's Jane Roe, reporting from the quay, said the "
            "company expects the first crossings to resume by the end of next week. The wall was built in 1890.")
    out, parts = _cut(text)
    assert "Radio Coast's Jane Roe, reporting from the quay, said the company expects" in out
    assert ("teaser link", "WATCH: Storm damage in the harbour") in parts


def test_the_long_teasers_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gluedlabels, "LONG_TEASERS", False)
    text = (_FERRY + "WATCH: Storm damage in the harbour Radio Coast's Jane Roe, reporting from the quay, said the "
            "company expects the first crossings to resume by the end of next week. The wall was built in 1890.")
    out, _ = _cut(text)
    assert "reporting from the quay" not in out


# -- a list closing the text ---------------------------------------------------------------------------------------

_SHOW = ("The county show drew record crowds on Saturday despite the rain. Farmers from four counties entered "
         "their cattle and sheep. The organisers said next year's show would run for three days. ")
_RESULTS = ("Best Heifer Winner - Jane Roe - Hill Farm Tom Lee - Low Farm Best Ram Winner - Ann Moss - Beck Farm "
            "Sam Hale - Top Farm Best Ewe Winner - Tom Lee - Low Farm Ann Moss - Beck Farm Best Bull Winner - Sam "
            "Hale - Top Farm Jane Roe - Hill Farm")


def test_a_list_closing_the_text_goes_with_its_lead_in_and_the_promo_before_it() -> None:
    text = _SHOW + "Watch highlights of the show tonight on Channel 4? Here are the main winners: " + _RESULTS
    out, parts = _cut(text)
    assert out.rstrip().endswith("would run for three days.")
    assert parts[0][0] == "related-stories list" and parts[0][1].startswith("Watch highlights")


def test_a_lead_in_ending_the_text_on_a_colon_is_cut() -> None:
    out, _ = _cut(_SHOW + "The prizes will be handed out in the following villages:")
    assert out.rstrip().endswith("would run for three days.")


def test_a_list_of_victims_written_with_commas_stays() -> None:
    text = _SHOW + ("Two people were hurt when a tent collapsed: Jane Roe, 45, of Hill Farm, Tom Lee, 32, of Low Farm, "
                    "both taken to the County Hospital in Westport by ambulance with cuts and bruises to the head")
    out, parts = _cut(text)
    assert out == text and parts == []


def test_the_closing_lists_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(gluedlabels, "CLOSING_LISTS", False)
    out, _ = _cut(_SHOW + "Here are the main winners: " + _RESULTS)
    assert "Best Heifer" in out


# -- a glued sentence opening on a possessive, or on "The" before a figure -----------------------------------------

_CHESS = ("The chess club moved to the town library on Monday after forty years in the church hall. Members said "
          "the new room was warmer. The club meets twice a week. ")


def test_a_caption_glued_before_a_sentence_opening_on_a_possessive_is_a_crosshead() -> None:
    text = _CHESS + "Club captain Jane Roe plays at the library on Monday night Her team won the county league in May."
    out, parts = _cut(text)
    assert out.rstrip().endswith("Her team won the county league in May.")
    assert parts == [("subheading", "Club captain Jane Roe plays at the library on Monday night")]


def test_a_promo_glued_before_the_and_a_figure_is_a_crosshead() -> None:
    text = _CHESS + "See the players as they arrived at the library 2017 The 2017 season starts in September."
    out, parts = _cut(text)
    assert out.rstrip().endswith("The 2017 season starts in September.")
    assert parts == [("subheading", "See the players as they arrived at the library 2017")]


def test_a_possessive_inside_a_sentence_stays() -> None:
    text = _CHESS + "The captain gave her trophy to the youngest player, and his parents thanked the club."
    out, parts = _cut(text)
    assert out == text and parts == []


# -- a currency sign lost before a plain amount --------------------------------------------------------------------

def test_a_lost_sign_before_a_plain_amount_and_a_noun_is_restored() -> None:
    from storyline.clean.lostchars import restore_lost

    url = "https://www.bakerynews.co.uk/1"
    assert restore_lost("The new ?2 loaf and a ?5 cake went on sale.", url) == (
        "The new £2 loaf and a £5 cake went on sale.")
    for text in ("Ovens cooled to ?5 degrees overnight.", "Sales fell ?3 percent.", "The ?2 Loaf Company"):
        assert restore_lost(text, url) == text


# -- edges found on the bench's texts read as records ---------------------------------------------------------------

def test_a_long_teaser_does_not_end_at_a_day_inside_the_glued_sentence() -> None:
    text = (_FERRY + "[RECOMMENDED: Gale closes the pier for a day | Divers search the bay] Jane Roe was rescued "
            "Tuesday by a lifeboat crew off the harbour wall. The wall was built in 1890.")
    out, parts = _cut(text)
    assert "Jane Roe was rescued Tuesday by a lifeboat crew" in out


def test_a_long_passage_ending_on_a_colon_is_no_lead_in() -> None:
    text = _SHOW + ("The judges, who came from four counties and had judged at the show for many years, said the "
                    "standard of the cattle was higher than ever and praised the young farmers, adding this:")
    out, parts = _cut(text)
    assert out == text and parts == []


def test_an_opener_before_a_year_and_a_comma_ends_a_crosshead_but_not_before_a_bare_figure() -> None:
    out, parts = _cut(_CHESS + "Moved in the sixties In 1965, the club left the school for the church hall.")
    assert parts == [("subheading", "Moved in the sixties")]
    text = _CHESS + "What is it like to be named one of the 30 Under 30? The captain said it was an honour."
    assert _cut(text) == (text, [])


def test_a_long_teaser_ends_at_the_last_sentence_start_in_its_reach_not_at_a_name_in_its_headline() -> None:
    text = (_FERRY + "RELATED: Gale breaks Harbour Road wall, closes seafront cafe The Mayor was told about the damage "
            "late on Monday night, a council official said. The wall was built in 1890.")
    out, parts = _cut(text)
    assert "The Mayor was told about the damage late on Monday night" in out and "Harbour Road" not in out
