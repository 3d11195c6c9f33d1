"""The support judge: does a passage state what a sentence states? (Fixtures written for these
tests; the measured precision and recall are in bench/citations_eval.py.)"""

from __future__ import annotations

import pytest

from storyline import support as S
from storyline.analyse import analyse
from storyline.model import Document
from storyline.nlp import get_nlp


def _read(text: str) -> S.Reading:
    return S.read(get_nlp()(text))


def test_different_figures_are_another_claim() -> None:
    s = _read("The fire injured 14 people and forced 350 residents from their homes.")
    assert S.figure_check(s, _read("The fire injured 12 people, officials said.")) == "differ"
    assert S.figure_check(s, _read("Fourteen people were hurt and 350 residents left their homes.")) is None
    assert S.figure_check(s, _read("The fire injured several people.")) == "missing"


def test_clock_times_must_agree() -> None:
    s = _read("The blaze was reported at about 10:40 p.m. on Thursday.")
    assert S.figure_check(s, _read("The first call came in at 10:15 p.m. on Thursday.")) == "differ"


def test_a_negated_or_hedged_claim_is_not_the_claim() -> None:
    s = _read("The ministry closed the border crossing on Monday.")
    assert S.claim_check(s, _read("The ministry has not closed the border crossing.")) == "negation"
    assert S.claim_check(s, _read("The ministry may close the border crossing.")) == "modality"
    assert S.claim_check(s, _read("Officials said the ministry closed the border crossing.")) is None
    # a hedged sentence is supported by a passage that states it as fact
    hedged = _read("The ministry may close the crossing.")
    assert S.claim_check(hedged, _read("The ministry closed the crossing.")) is None


def test_a_negative_subject_or_object_negates_the_claim() -> None:
    s = _read("A salvage crew from Norway has recovered part of the hull.")
    assert S.claim_check(s, _read("Crews from Norway and Sweden say neither has recovered any wreckage.")) == "negation"
    assert S.claim_check(s, _read("No crew has recovered the hull yet.")) == "negation"
    assert S.claim_check(s, _read("The divers recovered no wreckage on Friday.")) == "negation"
    assert S.claim_check(s, _read("A second crew has recovered more of the hull.")) is None
    # and the other way round: the negated sentence is not supported by the positive passage
    assert S.claim_check(_read("Neither crew has recovered any wreckage."), s) == "negation"


def test_weekdays_and_quotes() -> None:
    s = _read("The council voted on Tuesday to close the library.")
    assert S.context_check(s, _read("The council voted on Thursday to keep the library open.")) == "day"
    q = _read('"We will rebuild the school by spring," the mayor said.')
    assert S.context_check(q, _read('"Nobody expected the flood to rise this fast," the mayor said.')) == "quote"


def test_the_judge_on_a_paraphrase_and_a_same_topic_sentence() -> None:
    claim = "The port authority said the warehouse had passed a fire safety inspection in January."
    same = "The warehouse passed a fire safety inspection in January, the port authority said."
    other = "The port authority says fire safety inside the warehouse is the tenant's responsibility."
    yes, no = S.judge([(claim, same), (claim, other)])
    assert yes.supports and not no.supports
    assert yes.score > no.score


def test_cheap_word_test() -> None:
    assert S.shares_enough("Fourteen people were injured in the warehouse fire.", "The warehouse fire injured people.")
    assert not S.shares_enough("Fourteen people were injured in the warehouse fire.", "Shares rose on Monday.")


def test_supported_citations_pick_the_supporting_document() -> None:
    docs = [
        Document(id="a", text="The bridge over the river will reopen to traffic on Monday, the mayor said."),
        Document(id="b", text="The mayor said the bridge over the river will reopen to traffic on Monday."),
        Document(id="c", text="The mayor said the bridge over the river was closed to traffic last year."),
    ]
    analyses = analyse(docs)
    claim = analyses[0].sentences[0]
    others = [t for a in analyses[1:] for t in a.sentences]
    found = S.supported_citations([(claim, others)], analyses)
    assert list(found[0]) == ["b"]
    assert found[0]["b"].text == docs[1].text


def test_the_learned_weights_fit_the_features() -> None:
    from storyline.support.learned import CHEAP, FULL, weights

    w = weights()
    assert w.cheap.names == CHEAP and w.full.names == FULL
    assert 0.0 <= w.reject < w.accept <= 1.0 and 0.0 < w.threshold <= 1.0


def test_clear_cases_need_no_model_pass() -> None:
    claim = "The city council voted on Tuesday to close the old harbour bridge to heavy lorries."
    copy = "The city council voted on Tuesday to close the old harbour bridge to heavy lorries, officials said."
    unrelated = "Shares in the shipping company rose sharply on Tuesday."
    yes, no = S.judge([(claim, copy), (claim, unrelated)])
    assert yes.supports and not yes.model
    assert not no.supports and no.reason == "few shared words"


def test_cite_cites_only_what_the_judge_confirms() -> None:
    from storyline.summary import cite

    docs = [
        Document(id="a", text="The bridge over the river will reopen to traffic on Monday, the mayor said."),
        Document(id="b", text="The mayor said the bridge over the river will reopen to traffic on Monday."),
        Document(id="c", text="The mayor said the bridge over the river was closed to traffic last year."),
    ]
    analyses = analyse(docs)
    chosen = [analyses[0].sentences[0]]
    judged = cite(chosen, analyses, confirm=S.supported_citations)
    assert [c.doc for c in judged[0].citations] == ["a", "b"]
    nothing = cite(chosen, analyses, confirm=lambda claims, _: [{} for _ in claims])
    assert [c.doc for c in nothing[0].citations] == ["a"]


def test_months_must_agree_and_scale_words_are_figures() -> None:
    s = _read("In July, the Security Council backed the plan for a trial in the Netherlands.")
    assert S.context_check(s, _read("The Security Council approved the plan in August.")) == "month"
    assert S.context_check(s, _read("The Security Council approved the plan on July 28.")) is None
    crowd = _read("Half a million people watched as the pope beatified the cardinal.")
    assert crowd.figures, "'half a million' is a figure"
    assert S.figure_check(crowd, _read("A huge crowd watched as the pope beatified the cardinal.")) == "missing"


def test_a_unit_of_two_sentences_is_supported_by_either() -> None:
    unit = ("Coach Dana Whitfield of the Aldermouth Rovers resigned on Monday after the club's worst season. "
            "She said the decision had been her own and thanked the players.")
    assert _read(unit).parts and len(_read(unit).parts) == 2
    second = "Whitfield said the decision to resign had been her own and she thanked the players."
    other = "The Aldermouth Rovers will play their next match in Eastmouth on Saturday afternoon."
    [v, w] = S.judge([(unit, second), (unit, other)])
    assert v.supports and not w.supports
    assert not S.judge([(unit.split(". ")[0] + ".", second)])[0].supports  # the first sentence alone does not


def test_a_number_in_a_title_is_not_a_figure() -> None:
    s = _read("Marta Lindqvist, the co-host of the cookery show “Two Hungry Sisters,” died on Saturday in Uppsala.")
    assert not s.figures, "'Two' names the show, it counts nothing"
    aged = _read("Marta Lindqvist, the co-host of the cookery show, has died in Uppsala aged 71.")
    assert S.figure_check(s, aged) is None  # was "differ": 2 against 71
    counted = _read("Two hungry sisters ran the cookery show.")
    assert counted.figures, "outside a title the same word is a figure"


def test_the_operating_point_comes_from_the_settings_file() -> None:
    import tomllib
    from importlib import resources

    from storyline.support.learned import operating_threshold, trust_threshold, weights

    raw = tomllib.loads(resources.files("storyline").joinpath("data", "support_settings.toml").read_text("utf-8"))
    value = raw["support"]["threshold"]
    expected = {"trained": weights().threshold, "trust": trust_threshold()}
    assert operating_threshold() == expected.get(value, value)
    # the trust point is stricter than the trainer's: it is chosen among higher thresholds
    assert weights().threshold < trust_threshold() <= 1.0


def test_a_higher_threshold_cites_a_subset() -> None:
    claim = "The city council voted on Tuesday to close the old harbour bridge to heavy lorries."
    pairs = [
        (claim, "The city council voted on Tuesday to close the old harbour bridge to heavy lorries, officials said."),
        (claim, "On Tuesday councillors decided that lorries may no longer cross the old harbour bridge."),
        (claim, "The old harbour bridge was closed to heavy lorries in 2019 after the council voted."),
        (claim, "The council will vote next week on whether to close the old harbour bridge to lorries."),
    ]
    from storyline.support.learned import weights

    lax = S.judge(pairs, S.SupportConfig(threshold=weights().threshold))
    strict = S.judge(pairs, S.SupportConfig(threshold=0.99))
    assert all(a.supports or not b.supports for a, b in zip(lax, strict, strict=True))
    assert lax[0].supports and strict[0].supports  # a copy is cited at any operating point
    assert [v.supports for v in S.judge(pairs)] == [
        v.supports for v in S.judge(pairs, S.SupportConfig(threshold=S.operating_threshold()))]


def test_the_settings_name_a_point_or_give_a_probability(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.support import learned

    for value, expected in (("trained", learned.weights().threshold), ("trust", 0.9), (0.5, 0.5)):
        monkeypatch.setattr(learned, "_settings", lambda v=value: {"threshold": v, "trust": 0.9})
        assert learned.operating_threshold() == expected
    for bad in ("loose", 0.0, 1.5, True):
        monkeypatch.setattr(learned, "_settings", lambda v=bad: {"threshold": v, "trust": 0.9})
        with pytest.raises(ValueError, match="support.threshold"):
            learned.operating_threshold()
