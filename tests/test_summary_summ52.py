"""summ52: one person's act told again, on made-up text (a harbour pilot, a rowing club, a town council): a verb with
its particle tells an event of its family ("passed away", "stepped down"); a report's second telling of a named
person's act under a description ("The 61-year-old died …", "The pilot died …") is one item with the first, in one
report or two."""

from __future__ import annotations

import datetime as dt
import importlib

from conftest import story
from storyline.pipeline import sentence_figures
from storyline.summary.retold import retold

_DAY = dt.date(2021, 6, 8)
_retold = importlib.import_module("storyline.summary.retold")  # the package's name ``retold`` is the function


def _families(text: str) -> frozenset[str]:
    a = story(text, published=_DAY)[0]
    return frozenset(_retold.event_of(a, a.sentences[0])[0])


def test_a_verb_with_its_particle_tells_its_family() -> None:
    assert "death" in _families("Harbour pilot Martin Keane has passed away.")
    assert "resignation" in _families("The rowing club's chairman, Tomas Hale, stepped down on Tuesday.")
    assert "death" not in _families("The town council passed the harbour budget on Tuesday.")  # the verb alone


_PILOT = ("Veteran harbour pilot Martin Keane has passed away. "
          "The 61-year-old died suddenly at his home in Brell on Friday, the port office said. "
          "He guided ships into the harbour for thirty years.")


def test_one_reports_second_telling_under_an_age_is_one_item() -> None:
    analyses = story(_PILOT, published=_DAY)
    chosen = analyses[0].sentences[:2]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {1: 0}


def test_another_reports_telling_under_a_noun_of_persons_is_one_item() -> None:
    analyses = story(_PILOT, "Harbour pilot Martin Keane has died at the age of 61. "
                     "The pilot died a day after guiding a grain ship into the harbour.", published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {1: 0}


def test_a_description_of_another_act_is_another_item() -> None:
    analyses = story(_PILOT, "Harbour pilot Martin Keane has died at the age of 61. "
                     "The pilot was named harbour master in 2015.", published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {}


def test_a_bare_surname_subject_of_a_reported_clause_is_unnamed() -> None:
    from storyline.summary.unnamed import bare_surnames

    a = story("Tomas Hale resigned as chairman of the Kessel rowing club on Tuesday. "
              "The club backed the Moldovan Petru Ciobanu as his successor. "
              "Mira Lind, a rowing coach from Brell, notes that Ciobanu has a wide network of sponsors.",
              published=_DAY)[0]
    item = a.sentences[2]
    assert bare_surnames([a.sentences[0], item], [a]) == ["", "Ciobanu"]
    assert bare_surnames([a.sentences[0], a.sentences[1], item], [a]) == ["", "", ""]  # the full name is shown
