"""inputs65: record text that reads as written — hyphens read by the tagger, crossheads before a clause opener, a
quotation the page closed with another mark, a teaser's headline ending at its first word again.

Made-up text of other subjects than the pool's (a harbour, a choir, a bakery, a football club, a mayor's fines)."""

from __future__ import annotations

import pytest

from storyline.clean import crossheads, inlineparts, lostchars, taggedhyphens
from storyline.clean.inlineparts import cut_record_furniture
from storyline.clean.lostchars import restore_letters
from storyline.clean.taggedhyphens import mend_tagged


def _cut(text: str) -> tuple[str, list[tuple[str, str]]]:
    out, parts = cut_record_furniture(text)
    return out, [(str(p.reason), p.text) for p in parts]


# -- hyphens the tagger reads as spaces ---------------------------------------------------------------------------

def test_a_subject_glued_to_its_verb_is_spaced_and_a_participle_compound_stays() -> None:
    text = ("The harbour master-closed the port on Friday. A council-backed scheme will pay the fishermen, and the "
            "storm-damaged pier stays shut.")
    out = mend_tagged(text)
    assert "harbour master closed the port" in out
    assert "council-backed scheme" in out and "storm-damaged pier" in out
    assert len(out) == len(text)


def test_a_pronoun_on_either_side_is_spaced() -> None:
    text = "The choir will perform-their new anthem in the cathedral before-she retires from the stage next spring."
    assert mend_tagged(text) == ("The choir will perform their new anthem in the cathedral before she retires from "
                                 "the stage next spring.")


def test_a_word_glued_to_a_name_is_spaced_but_a_prefix_stays() -> None:
    text = ("The orchestra's conductor-Jane Roe spoke before the anti-Brussels protest and the post-War exhibition, "
            "as the then-Mayor looked on.")
    out = mend_tagged(text)
    assert "conductor Jane Roe" in out
    assert "anti-Brussels" in out and "post-War" in out and "then-Mayor" in out


def test_a_finite_verb_glued_to_its_object_is_spaced_but_an_auxiliary_compound_stays() -> None:
    text = "Two members broke-ranks with the board. He is a has-been who knows the know-how of the trade."
    out = mend_tagged(text)
    assert "broke ranks" in out
    assert "has-been" in out and "know-how" in out


def test_names_capitals_and_chains_stay() -> None:
    text = "Kim Gee-sung met the ZANU-PF envoy about a state-of-the-art port that-would-be built."
    assert mend_tagged(text) == text


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(taggedhyphens, "ENABLED", False)
    text = "The harbour master-closed the port on Friday."
    assert mend_tagged(text) == text


# -- crossheads before a clause opener ----------------------------------------------------------------------------

_BAKERY = ("The bakery reopened on Monday after a long closure. The owners said trade was slow at first. "
           "Flour prices doubled in March To cope with the costs, the owners raised the price of a loaf by ten cents. "
           "Customers were understanding, they said.")


def test_a_crosshead_before_a_clause_opener_is_cut() -> None:
    out, parts = _cut(_BAKERY)
    assert "Flour prices doubled in March" not in out and "To cope with the costs, the owners raised" in out
    assert parts == [("subheading", "Flour prices doubled in March")]


def test_a_clause_opener_before_no_sentence_cuts_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    text = ("The bakery reopened on Monday after a long closure. The owners said trade was slow at first. "
            "She sang Such a day in the shop. Customers were understanding, they said.")
    assert _cut(text)[1] == []
    monkeypatch.setattr(crossheads, "CLAUSE_OPENS", False)
    assert _cut(_BAKERY)[1] == []


# -- a quotation closed with another mark ----------------------------------------------------------------------------

_FINES = ("The mayor denied the \"parking fines' story in March. Her office issued a statement on Tuesday. "
          "Trust collapsed When the accounts were published, the mayor's support fell sharply in the polls. "
          "The \"Finesgate\" affair has dominated the campaign ever since.")


def test_a_crosshead_after_a_quotation_closed_with_another_mark_is_cut(monkeypatch: pytest.MonkeyPatch) -> None:
    out, parts = _cut(_FINES)
    assert "Trust collapsed" not in out and parts == [("subheading", "Trust collapsed")]
    monkeypatch.setattr(crossheads, "NEXT_OPENS", False)
    assert "Trust collapsed" in _cut(_FINES)[0]


def test_a_place_inside_a_quotation_still_is() -> None:
    text = ('He said: "We lost. Trust collapsed When the accounts came out, we knew it was over for us all." '
            "Then he left.")
    assert crossheads.quote_open(text, text.index("Trust"))


# -- a teaser's headline ends at its first word again --------------------------------------------------------------

_CLUB = ("The club confirmed the signing of a new goalkeeper on Friday. The fee was not disclosed. "
         "READ MORE: Rangers chase a striker from Leeds Rangers had tried to sign him last summer, but the deal "
         "collapsed over his wages and the move to Rangers was called off. The window closes on Thursday.")


def test_a_teaser_headline_ends_at_its_first_word_again(monkeypatch: pytest.MonkeyPatch) -> None:
    out, parts = _cut(_CLUB)
    assert "Rangers had tried to sign him last summer" in out
    assert parts == [("teaser link", "READ MORE: Rangers chase a striker from Leeds")]
    monkeypatch.setattr(inlineparts, "FIRST_WORD_ENDS", False)
    assert "Rangers had tried to sign him last summer" not in _cut(_CLUB)[0]


def test_a_headline_repeated_is_no_new_sentence() -> None:
    assert not inlineparts._repeats_head("READ MORE: Rangers chase a striker", "Rangers", "chase")


# -- a letter lost inside a word ------------------------------------------------------------------------------------

def test_a_letter_lost_inside_a_word_is_restored_by_the_word_english_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    text = "The caf?s owners told the na\ufffd\ufffdve reporter at the CAF\ufffd\ufffd door: what? nothing at all?"
    assert restore_letters(text) == "The cafés owners told the naïve reporter at the CAFÉ door: what? nothing at all?"
    monkeypatch.setattr(lostchars, "LETTERS", False)
    assert restore_letters(text) == text


def test_no_word_no_letter() -> None:
    text = "See example.org/page?id=5 and the zq?xv code, paid \ufffd40 at the door."
    assert restore_letters(text) == text


def test_a_hyphen_after_a_restored_letter_is_read_too() -> None:
    assert mend_tagged("The singer Beyoncé-had a big night.") == "The singer Beyoncé had a big night."


def test_compounds_before_a_noun_or_of_parts_never_written_alone_stay() -> None:
    text = ("The meeting was mind-numbingly slow. Officials traced Moscow-linked spending in the vote and backed the "
            "Paris-sponsored four-nation plan.")
    assert mend_tagged(text) == text
