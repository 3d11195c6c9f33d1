"""Who's who (bench/BRIEF_REVIEW.md, "ents40"): a long appositive cut before a clause that defines its last conjunct
("… member and one of 10 people who decide what …", the clause parsed on the conjunct's noun, on the appositive's
head or on the name) is cut before that conjunct's "and", not inside it. Fixtures
are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt
from typing import Any

from spacy.tokens import Doc

from conftest import story
from storyline.model import Citation, Entity, SummarySentence
from storyline.summary.who import _after, who_glosses

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


def _doc(words: list[str], heads: list[int], deps: list[str]) -> Any:
    """A made-up parse (the model's attachment of a relative clause varies from text to text): words, heads, labels."""
    import spacy

    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps)


_WORDS = ["Ana", "Ruiz", ",", "the", "board", "'s", "longest", "member", "and", "one", "of", "nine", "people", "who",
          "decides", "what", "fees", "tenants", "pay", ",", "said", "it", "failed", "."]
_HEADS = [1, 20, 1, 4, 7, 4, 7, 1, 7, 7, 9, 12, 10, 14, 1, 16, 18, 18, 14, 20, 20, 22, 20, 20]
_DEPS = ["compound", "nsubj", "punct", "det", "poss", "case", "amod", "appos", "cc", "conj", "prep", "nummod", "pobj",
         "nsubj", "relcl", "det", "dobj", "nsubj", "ccomp", "punct", "ROOT", "nsubj", "ccomp", "punct"]


def test_an_appositive_whose_last_conjunct_a_clause_on_the_name_defines_ends_before_it() -> None:
    doc = _doc(_WORDS, _HEADS, _DEPS)
    end = _after(doc, doc[0:2])
    assert doc[0:end].text == "Ana Ruiz , the board 's longest member", doc[0:end].text


def test_an_appositive_with_a_comma_before_the_clause_stays_whole() -> None:
    words = [*_WORDS[:13], ",", *_WORDS[13:]]
    heads = [h + (1 if h >= 13 else 0) for h in _HEADS]
    heads.insert(13, 1)
    deps = [*_DEPS[:13], "punct", *_DEPS[13:]]
    doc = _doc(words, heads, deps)
    end = _after(doc, doc[0:2])
    assert doc[0:end].text == "Ana Ruiz , the board 's longest member and one of nine people", doc[0:end].text


def test_an_appositive_with_no_conjunct_before_a_clause_on_the_name_stays_whole() -> None:
    words = ["Ana", "Ruiz", ",", "another", "board", "ally", "who", "seemed", "to", "relish", "it", ",", "said", "no",
             "."]
    heads = [1, 12, 1, 5, 5, 1, 7, 1, 9, 7, 9, 12, 12, 12, 12]
    deps = ["compound", "nsubj", "punct", "det", "compound", "appos", "nsubj", "relcl", "aux", "xcomp", "dobj",
            "punct", "ROOT", "dobj", "punct"]
    doc = _doc(words, heads, deps)
    end = _after(doc, doc[0:2])
    assert doc[0:end].text == "Ana Ruiz , another board ally", doc[0:end].text
