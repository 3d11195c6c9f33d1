"""Who's who (bench/BRIEF_REVIEW.md, "ents40"): a long appositive cut before a clause that defines its last conjunct
("… member and one of 10 people who decide what …") is cut before that conjunct's "and", not inside it. Fixtures
are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Citation, Entity, SummarySentence
from storyline.summary.who import who_glosses

NOV = dt.date(2019, 11, 20)

RUIZ = ("Tarnwell Reserve Bank President Ana Ruiz, the bank's longest-serving member and one of 10 people who decide "
        "what rates borrowers pay on loans, cards and other credit products, said the plan was a gamble.\n"
        "Rates have stayed near zero for two years.\n"
        '"It is a dangerous gamble," Ruiz said.')
RUIZ_PERSON = Entity("Ana Ruiz", "person", ["Ruiz"], ["d0"])


def test_a_long_appositive_is_cut_before_the_conjunct_its_clause_defines() -> None:
    a = story(RUIZ, published=NOV)[0]
    items = [SummarySentence(a.sentences[k].text, [Citation(a.doc.id, a.sentences[k].start, a.sentences[k].end)])
             for k in (1, 2)]
    out = who_glosses(items, [a], [RUIZ_PERSON])
    assert [(g.name, g.text) for g in out[1].who] == [
        ("Ruiz", "Tarnwell Reserve Bank President Ana Ruiz, the bank's longest-serving member")]
