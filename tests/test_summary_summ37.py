"""summ37: the fifty-third read's multi-report summary faults, by kind (issue 12). Made-up reports only.

Two reports' ledes telling one event, one naming its subject only by description, are one item; the item that
stays cites the other's report only where the judge finds the same statement; a second source that states only
the quotation of a two-sentence line does not support the line."""

from __future__ import annotations

from conftest import judge_telling, story
from storyline import support as S
from storyline.summary import summarise
from storyline.summary.cite import cite_retold
from storyline.summary.retold import event_of, retells, retold

LEDES = (
    "Harbour campaigner Tomas Verel has been freed from jail pending an appeal, a day after his conviction. "
    "The ruling came after a hearing that lasted two hours in the Kelbridge court building.",
    "The best-known critic of the port board was released from custody on Friday, as the authorities in the "
    "valley edged back from a decision that set off angry protests. Crowds gathered in the squares at night.",
)


def test_two_reports_ledes_of_one_family_retell_one_event_with_no_name_in_common() -> None:
    a = story(*LEDES)
    s, t = a[0].sentences[0], a[1].sentences[0]
    e, f = event_of(a[0], s), event_of(a[1], t)
    assert e[0] & f[0], "freed and released: one family"
    assert not e[1] & f[1], "no name in common: the second lede describes its subject"
    assert not retells(s, e, t, f)  # not ledes: a name or figure is still needed
    assert retells(s, e, t, f, ledes=True)
    assert retold([s, t], a, lambda k: (-k,), ledes=[True, True]) == {1: 0}
    assert retold([s, t], a, lambda k: (-k,)) == {}


def test_the_summary_shows_the_two_ledes_once() -> None:
    got = [s.text for s in summarise(story(*LEDES), words=200, confirm=judge_telling(lambda s: False))]
    assert sum(t.startswith(("Harbour campaigner", "The best-known critic")) for t in got) == 1, got


def test_the_item_that_stays_cites_the_retelling_only_where_the_judge_agrees() -> None:
    a = story(*LEDES)
    s, t = a[0].sentences[0], a[1].sentences[0]
    items = summarise(a[:1], words=30)
    assert items and items[0].text.startswith("Harbour campaigner")
    order = {"d0": 0, "d1": 1}
    yes = cite_retold([s, t], items + items, {1: 0}, a, judge_telling(lambda x: "free" in x.text
                                                                       or "releas" in x.text), order)
    assert [c.doc for c in yes[0].citations] == ["d0", "d1"]
    no = cite_retold([s, t], items + items, {1: 0}, a, judge_telling(lambda x: False), order)
    assert [c.doc for c in no[0].citations] == ["d0"]


def test_a_second_source_stating_only_the_quotation_does_not_support_the_line() -> None:
    unit = ("Harbour campaigner Tomas Verel and his co-accused were released at once, and Verel embraced his "
            "sister. \"I am very grateful to all the people who supported us in the Kelbridge squares,\" he said.")
    quote = ("\"I am very grateful to all the people who supported us in the Kelbridge squares,\" Verel told "
             "the crowd.")
    account = ("Tomas Verel and his co-accused were released at once, and Verel embraced his sister outside the "
               "court.")
    [q, acc] = S.judge([(unit, quote), (unit, account)])
    assert not q.supports and q.reason == "only the quotation"
    assert acc.supports
    assert S.judge([(unit.split(" \"")[0], account)])[0].supports
    aside = ("Unless you are using some older wireless phones, that is. \"They instantly turn on and connect to "
             "your phone, watch or laptop,\" the Lumo manual says.")
    manual = "\"They instantly turn on and connect to your phone, watch or laptop,\" the Lumo manual says."
    assert S.judge([(aside, manual)])[0].supports  # an aside beside the quotation tells no account
