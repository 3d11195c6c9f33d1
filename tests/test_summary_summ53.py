"""summ53: one fact told once, and citations that say the same, on made-up text (a city marathon, a harbour
toll): two reports' sentences that read alike once their written-out numbers read as digits, and give one count,
are one item, though they name no one in common."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.pipeline import sentence_figures
from storyline.summary.numerals import as_digits, spelled_values
from storyline.summary.retold import retold

_DAY = dt.date(2021, 6, 8)


def test_numbers_written_out_read_as_digits() -> None:
    assert as_digits("Three hundred and forty-two runners finished.") == "342 runners finished."
    assert as_digits("Two thousand five hundred people and nine dogs") == "2500 people and 9 dogs"
    assert as_digits("One of the runners fell.") == "One of the runners fell."  # a lone "one" stays
    assert as_digits("five six seven") == "five six seven"  # no one number
    assert spelled_values("Some 340 runners and twelve pacers") == frozenset({"12"})


_RACE = ("Some 342 runners are taking part this year. "
         "Organisers said the route had been changed because of road works.")
_OTHER = ("The city's spring race returned on Sunday after a two-year break. "
          "Three hundred and forty-two runners are competing over the full distance of the course.")


def test_one_count_in_digits_and_in_words_is_one_item() -> None:
    analyses = story(_RACE, _OTHER, published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {1: 0}


def test_another_count_of_the_same_thing_is_another_item() -> None:
    analyses = story(_RACE, _OTHER.replace("Three hundred and forty-two", "Ninety-five"), published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [True, False]) == {}


_BAKERY = ("A gas cylinder exploded at a bakery in Dorran on Monday, injuring an apprentice baker. "
           "The shop has been closed for repairs.")
_SHOP = ("Firefighters said a young apprentice was hurt in Dorran on Monday morning. "
         "The fire service said the blast was an accident.")


def test_a_participle_of_result_tells_its_clause_s_event() -> None:
    analyses = story(_BAKERY, _SHOP, published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[0]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {1: 0}


def test_a_clause_with_its_own_subject_tells_another_event() -> None:
    analyses = story(_BAKERY.replace(", injuring an apprentice baker", ", while its owner was injuring his hand"),
                     _SHOP, published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[0]]
    assert "injury" not in _retold_families(analyses[0], chosen[0])


def _retold_families(a: object, s: object) -> frozenset[str]:
    import importlib

    return frozenset(importlib.import_module("storyline.summary.retold").event_of(a, s)[0])


_FERRY = ("The ferry operator said on Monday that it had suspended all sailings to the island until further notice. "
          "Islanders have asked for a replacement service.")
_QUOTE = ("Storms battered the coast for a third day. "
          "\"We have suspended every sailing to the island until further notice,\" the ferry operator said.")


def test_one_subject_s_act_told_and_quoted_is_one_item() -> None:
    analyses = story(_FERRY, _QUOTE, published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {1: 0}


def test_another_subject_s_act_is_another_item() -> None:
    analyses = story(_FERRY, _QUOTE.replace("the ferry operator", "the harbour master"), published=_DAY)
    chosen = [analyses[0].sentences[0], analyses[1].sentences[1]]
    assert retold(chosen, analyses, lambda k: (-k,), sentence_figures(analyses), [False, False]) == {}


def test_a_passage_stating_one_sentence_of_a_unit_but_another_count_is_no_support() -> None:
    from storyline.support import judge

    unit = ("A ferry carrying 212 passengers ran aground off Lessa on Friday. "
            "Coastguard crews took everyone off the ship by nightfall, the harbour office said.")
    same = "Coastguard crews took everyone off the ship by nightfall, the harbour office said."
    other = ("Coastguard crews took all 180 passengers off the ship by nightfall, the harbour office said.")
    assert judge([(unit, same)])[0].supports
    assert not judge([(unit, other)])[0].supports


def test_a_passage_with_another_least_count_is_no_support() -> None:
    from storyline.support import supports

    item = "A landslide in the hills above Vessa has killed at least 41 people, rescuers say."
    other = "A landslide struck the hills above Vessa on Monday, killing at least 43 people."
    assert not supports(item, other).supports
    assert supports(item, "A landslide struck the hills above Vessa on Monday, killing at least 41 people.").supports
