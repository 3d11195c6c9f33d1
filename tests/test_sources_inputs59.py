"""Sources: an agency's text rewritten freely, two sentences kept close, a third near and the rest in the outlet's own
words, is one voice with the agency's copy (inputs59, ``sources.CLOSE_REWORDINGS``); a closing credit cleaning cut
still credits an agency.

A ferry operator's strike told by a wire and by a site crediting "news agencies" that rewrote it; two reports that
tell the strike in their own words stay two voices. Our own invented texts.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from storyline import sources
from storyline.model import Document, Removed
from storyline.sources import independent_count, mark_copies, one_voice, voice_features

_WIRE = (
    "Crews of the Northern Isles ferry company walked out on Monday in a dispute over night shifts, halting all "
    "sailings to the islands. "
    "The union said that many of the crews had worked twelve-hour shifts without a break since the company cut its "
    "staff last spring. "
    "The company said it had offered a pay rise of four percent and would meet the union again on Thursday. "
    "Islanders who depend on the ferries for food and fuel were told to expect delays of several days. "
    "Critics say that the cuts the crews fought last year have returned under the company's new owners, a "
    "shipping group based in Rotterdam."
)
_REWRITTEN = (
    "Ferry sailings to the Northern Isles stopped on Monday as crews went on strike. "
    "The union said that many of the crews had worked twelve-hour shifts without a break since the company "
    "reduced its staff in the spring. "
    "Shops on the islands began to ration bread and milk by the afternoon. "
    "The operator says it offered a pay rise of four percent before the walkout began. "
    "Critics say that the cuts the crews fought last year have returned with the new owners, a Dutch group."
)
_OWN = (
    "The harbour at Kirkwall was silent on Monday morning, the ferries tied up and their crews on the quay. "
    "A deckhand told our reporter that twelve-hour night shifts had become the rule since the spring. "
    "The operator's spokeswoman said the offer on the table was fair and the strike was unnecessary. "
    "Shopkeepers on the islands said they had bread for two days at most. "
    "A councillor called on the government to step in before fuel ran short."
)


_TWO_CLOSE = _REWRITTEN.replace("The operator says it offered a pay rise of four percent before the walkout began. ",
                                "Talks are due to resume later this week, a spokeswoman for the operator said. ")


@pytest.fixture
def switch() -> Iterator[None]:
    saved = sources.CLOSE_REWORDINGS
    yield
    sources.CLOSE_REWORDINGS = saved


def _doc(ident: str, text: str, outlet: str, removed: list[Removed] | None = None) -> Document:
    return Document(id=ident, text=text, title=ident, outlet=outlet, story="s1", removed=removed or [])


_CREDIT = [Removed("Source: News agencies", "byline")]


def test_a_freely_rewritten_agency_text_is_one_voice() -> None:
    docs = [_doc("wire.json", _WIRE, "Harbour Wire"), _doc("site.json", _REWRITTEN, "Isles Daily", _CREDIT)]
    out = mark_copies(docs)
    assert [d.wire_of for d in out] == [None, "wire.json"]
    assert independent_count([d.id for d in out], out) == 1
    assert one_voice(voice_features(docs[0]), voice_features(docs[1]))


def test_an_own_report_stays_a_second_voice() -> None:
    docs = [_doc("wire.json", _WIRE, "Harbour Wire"), _doc("own.json", _OWN, "Isles Daily", _CREDIT)]
    assert independent_count(["wire.json", "own.json"], mark_copies(docs)) == 2


def test_without_the_rule_the_rewrite_is_a_second_voice(switch: None) -> None:
    sources.CLOSE_REWORDINGS = False
    docs = [_doc("wire.json", _WIRE, "Harbour Wire"), _doc("site.json", _REWRITTEN, "Isles Daily", _CREDIT)]
    assert independent_count(["wire.json", "site.json"], mark_copies(docs)) == 2
    assert not one_voice(voice_features(docs[0]), voice_features(docs[1]))


def test_without_an_agency_credit_a_close_rewrite_is_no_agency_text() -> None:
    docs = [_doc("wire.json", _WIRE, "Harbour Wire"), _doc("site.json", _REWRITTEN, "Isles Daily")]
    assert independent_count(["wire.json", "site.json"], mark_copies(docs)) == 2


def test_two_close_sentences_alone_are_no_agency_text() -> None:
    docs = [_doc("wire.json", _WIRE, "Harbour Wire"), _doc("site.json", _TWO_CLOSE, "Isles Daily", _CREDIT)]
    assert independent_count(["wire.json", "site.json"], mark_copies(docs)) == 2
