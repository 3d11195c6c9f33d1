"""inputs61: a JSON record's text by kind: hyphens for spaces beside prepositions in a record that shows the fault, a
dash typed as hyphens glued to a word, a currency sign lost to "?", a crosshead before an ordinary word written
capitalised, and a teaser headline in two halves around its own colon.

Made-up records of a museum, a dairy co-operative and a ferry line; each positive test fails with its switch off.
"""

from __future__ import annotations

import pytest

from storyline.clean import crossheads, gluedstarts, hyphens, inlineparts, lostchars
from storyline.clean.hyphens import mend_hyphens
from storyline.clean.inlineparts import cut_record_furniture
from storyline.clean.lostchars import restore_lost

_FAULT = "The museum-said it was closing. "  # a hyphen for a space of the kinds read before (the fault shown)


def _cut(text: str) -> tuple[str, list[str]]:
    out, parts = cut_record_furniture(mend_hyphens(text))
    return out, [p.text for p in parts]


def test_prepositions_hyphens_are_spaces_in_a_record_with_the_fault() -> None:
    text = _FAULT + "Its curators are dependent-on donors; visits-fell-by half (AMF)-on Monday, a son-in-law said."
    assert mend_hyphens(text) == ("The museum said it was closing. Its curators are dependent on donors; "
                                  "visits-fell by half (AMF) on Monday, a son-in-law said.")


def test_auxiliaries_hyphens_are_spaces_in_a_record_with_the_fault() -> None:
    text = _FAULT + "Its board had-shown no interest, the rules were not-followed and they-cut the staff."
    assert mend_hyphens(text) == ("The museum said it was closing. Its board had shown no interest, the rules were not "
                                  "followed and they cut the staff.")


def test_prepositions_hyphens_stay_in_a_record_without_the_fault() -> None:
    text = "The head-on crash closed the museum's road. A hands-on gallery and a drive-by tour stay (AMF)-on hold."
    assert mend_hyphens(text) == text


def test_an_arabic_article_and_a_names_syllable_stay() -> None:
    text = _FAULT + "The curator met Moon Jae-in at the an-Nasr gallery and the at-Tawhid library, up-to a point."
    assert mend_hyphens(text) == ("The museum said it was closing. The curator met Moon Jae-in at the an-Nasr gallery "
                                  "and the at-Tawhid library, up to a point.")


def test_the_record_words_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "RECORD_WORDS", False)
    assert "dependent-on donors" in mend_hyphens(_FAULT + "Its curators are dependent-on donors.")


def test_a_dash_typed_as_hyphens_glued_to_a_word_is_spaced() -> None:
    text = "The curator said-- when asked -- that the referendum---which few expected --changed plans."
    assert mend_hyphens(text) == ("The curator said -- when asked -- that the referendum -- which few expected -- "
                                  "changed plans.")


def test_the_dash_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(hyphens, "DASHES", False)
    assert "said--" in mend_hyphens("The curator said-- when asked, that plans changed.")


def test_a_currency_sign_lost_to_a_question_mark_is_the_outlets_countrys() -> None:
    text = "The co-operative made a ?7bn loss, $38m (?31m) more than in 2015, and paid ?650,000 to ?2 million savers."
    assert restore_lost(text, "https://www.dairynews.co.uk/story/1") == (
        "The co-operative made a £7bn loss, $38m (£31m) more than in 2015, and paid £650,000 to £2 million savers.")
    assert restore_lost(text, "https://www.dairynews.ie/story/1").startswith("The co-operative made a €7bn loss")


def test_a_question_mark_is_left_where_nothing_tells_the_sign() -> None:
    text = "Was the loss worth it?5 farmers asked. Is it? 7 said no. A ?7bn loss and ?12 cows."
    assert restore_lost(text, "https://dairynews.example.com/1") == text  # no country in the address
    assert restore_lost(text, "https://www.dairynews.co.uk/1") == (  # inputs64: a plain amount before a word is a
        "Was the loss worth it?5 farmers asked. Is it? 7 said no. A £7bn loss and £12 cows.")  # sum ("?1 coin")


def test_the_currency_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(lostchars, "SIGNS", False)
    assert restore_lost("a ?7bn loss", "https://www.dairynews.co.uk/1") == "a ?7bn loss"


_FERRY = ("The ferry line cut its winter timetable on Tuesday. Boats will sail twice a day. The company blamed fuel "
          "costs. ")
_FERRY_END = " The union said it would meet the managers. Passengers were told to book early."


def test_a_crosshead_before_an_ordinary_word_written_capitalised_is_cut() -> None:
    out, parts = _cut(_FERRY + "Streamlining plan Restructuring costs rose to 3 million euros last year." + _FERRY_END)
    assert parts == ["Streamlining plan"]
    assert "early. Restructuring costs rose" not in out and "company blamed fuel costs. Restructuring costs" in out


def test_a_crosshead_before_a_many_is_cut() -> None:
    out, parts = _cut(_FERRY + "Age limit Many passengers over 70 will sail for free." + _FERRY_END)
    assert parts == ["Age limit"] and "costs. Many passengers over 70" in out


def test_a_name_a_day_or_a_people_after_a_sentences_opening_words_stays() -> None:
    kept = [
        "Ferries stopped Wednesday after the storm.",  # a day
        "Western crews supporting Irish sailors were seen at the port.",  # a people
        "Harbour officials contacted Cole about the timetable.",  # the text's own name
    ]
    text = _FERRY + " ".join(kept) + " The line's chief, Ann Cole, spoke later." + _FERRY_END
    out, parts = _cut(text)
    assert parts == [] and all(k in out for k in kept), parts


def test_the_crosshead_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(crossheads, "WORD_OPENS", False)
    monkeypatch.setattr(gluedstarts, "ENABLED", False)  # inputs66 finds it by the glued sentence too
    _, parts = _cut(_FERRY + "Streamlining plan Restructuring costs rose to 3 million euros last year." + _FERRY_END)
    assert parts == []


_COLON = ("RELATED: It was 'Rain,' not 'Snow': A history of the port's worst winter McAllister quickly reopened the "
          "line on Monday and said boats were safe.")
_HYPHENED = ("READ MORE: Dairy prices fall across West Africa's markets One-sided deals are typical in Western "
             "Europe, a region where buyers set prices.")


def test_a_teaser_headline_in_two_halves_around_its_colon_is_cut_whole() -> None:
    out, parts = _cut(_FERRY + _COLON + _FERRY_END)
    assert parts == ["RELATED: It was 'Rain,' not 'Snow': A history of the port's worst winter"], parts
    assert "costs. McAllister quickly reopened the line" in out


def test_a_glued_sentence_opening_on_a_hyphened_subject_stays() -> None:
    out, parts = _cut(_FERRY + _HYPHENED + _FERRY_END)
    assert parts == ["READ MORE: Dairy prices fall across West Africa's markets"], parts
    assert "costs. One-sided deals are typical in Western Europe" in out


def test_the_colon_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlineparts, "COLON_HEADS", False)
    _, parts = _cut(_FERRY + _COLON + _FERRY_END)
    assert parts == ["RELATED: It was 'Rain,' not 'Snow':"], parts
    _, parts = _cut(_FERRY + _HYPHENED + _FERRY_END)
    assert parts != ["READ MORE: Dairy prices fall across West Africa's markets"], parts
