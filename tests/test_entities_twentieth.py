"""Names ranked by corroboration (issue 12, bench/BRIEF_REVIEW.md, "ents20"; ``entities/corroboration.py``, off by
default in ``lexicon/corroboration.toml``): with it on, a name written once in one report with nothing that
corroborates it (no second report, no second mention of one kind, no known name's shape, no cue of what it is) is
listed after the corroborated names; nothing is dropped. Fixtures are made up; none comes from the bench. Mentions
are given by hand. Guards: off, the stage's order is kept; a name two reports write stays first; a cue ("said"), a
known shape (an organisation's word, a given name and a surname, an acronym never written in lower case) and a
second mention of one kind each corroborate; a name tagged two kinds twice does not."""

from __future__ import annotations

import pytest

from storyline import lexicon
from storyline.entities import corroboration
from storyline.model import Entity
from test_brief_review23 import tagged


@pytest.fixture
def on(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corroboration, "ON", True)


def _order(*docs: tuple[str, list[tuple[str, str]]]) -> list[str]:
    return list(tagged(*docs))  # type: ignore[arg-type]


_STORY = ("Glimmerdawn was on every sign. The Zeta Harbour Authority closed the quay on Monday.",
          [("Glimmerdawn", "org"), ("Zeta Harbour Authority", "org")])


def test_off_by_default_the_stages_order_is_kept() -> None:
    assert lexicon.document("corroboration")["corroboration"]["on"] is False
    assert _order(_STORY) == ["Glimmerdawn", "Zeta Harbour Authority"]


@pytest.mark.usefixtures("on")
def test_an_uncorroborated_name_is_listed_after_a_corroborated_one() -> None:
    assert _order(_STORY) == ["Zeta Harbour Authority", "Glimmerdawn"]


@pytest.mark.usefixtures("on")
def test_nothing_is_dropped() -> None:
    assert sorted(_order(_STORY)) == ["Glimmerdawn", "Zeta Harbour Authority"]


@pytest.mark.usefixtures("on")
def test_a_verb_of_saying_corroborates() -> None:
    got = _order(("Brindlecourt was on the posters. Quorvex said on Monday it would appeal.",
                  [("Brindlecourt", "org"), ("Quorvex", "org")]))
    assert got == ["Quorvex", "Brindlecourt"], got


@pytest.mark.usefixtures("on")
def test_a_given_name_and_a_surname_corroborate_but_two_ordinary_words_do_not() -> None:
    got = _order(("Deep Throat was the source, according to Ann Quarrow.",
                  [("Deep Throat", "person"), ("Ann Quarrow", "person")]))
    assert got == ["Ann Quarrow", "Deep Throat"], got


@pytest.mark.usefixtures("on")
def test_an_acronym_the_story_never_writes_in_lower_case_corroborates() -> None:
    got = _order(("The ZQV team went to the door. The FENCE was painted; the fence was old. The ZQW hearing ended.",
                  [("ZQV", "org"), ("FENCE", "org"), ("ZQW", "org")]))
    assert got.index("ZQV") < got.index("FENCE") and got.index("ZQW") < got.index("FENCE"), got
    shaped = Entity("DOOR", "org", [], ["d0"])
    assert not corroboration.known_shape(shaped, ["They came to the door."])
    assert corroboration.known_shape(shaped, ["They came to the DOOR."])


@pytest.mark.usefixtures("on")
def test_a_name_two_reports_write_stays_first() -> None:
    got = _order(("Marrowick was there. The Zeta Harbour Authority closed the quay.",
                  [("Marrowick", "org"), ("Zeta Harbour Authority", "org")]),
                 ("Marrowick again.", [("Marrowick", "org")]))
    assert got[0] == "Marrowick", got


@pytest.mark.usefixtures("on")
def test_a_second_mention_of_one_kind_corroborates_but_two_kinds_do_not() -> None:
    one_kind = Entity("Velmora", "org", [], ["d0"])
    texts = ["Velmora was on the sign. Velmora again."]
    assert corroboration.corroborated(one_kind, corroboration.Support(2, 1.0), texts)
    assert not corroboration.corroborated(one_kind, corroboration.Support(2, 0.5), texts)
    assert not corroboration.corroborated(one_kind, corroboration.Support(1, 1.0), texts)


def test_places_are_never_moved(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(corroboration, "ON", True)
    place = Entity("Nowhereton", "place", [], ["d0"])
    org = Entity("Zeta Harbour Authority", "org", [], ["d0"])
    got = corroboration.ranked([(place, corroboration.Support(1)), (org, corroboration.Support(1))], ["x"])
    assert got == [place, org]
