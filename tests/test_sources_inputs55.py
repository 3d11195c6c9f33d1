"""Sources: two outlets printing one agency text are one voice, shown so (inputs55, ``sources._mark_agency_texts``).

A broadcaster and a news channel each run one agency's story with a paragraph of their own: the whole texts share
too little for a reprint, yet sentence by sentence most of the shorter report is the other's wording. Our own
invented volcano and library reports, none from a page.
"""

from __future__ import annotations

import pytest

from storyline import sources
from storyline.model import Brief, Document
from storyline.render import render
from storyline.sources import copy_kind, independent_count, mark_copies

_AGENCY = [
    "Lava from the Mount Karsten volcano reached the outskirts of the village of Velm on Tuesday, forcing about "
    "1,200 residents to leave their homes overnight.",
    "Civil protection officials said the eruption, which began on Sunday evening, had sent a column of ash five "
    "kilometres into the sky above the island.",
    "Flights to and from the island's only airport were suspended on Monday and were expected to stay grounded "
    "until at least Thursday morning.",
    "The regional governor told a news conference that no injuries had been reported but that several farm "
    "buildings on the lower slopes had been destroyed.",
]
_OWN_A = ("Our correspondent on the island describes a town covered in a fine grey dust. Schools across the region "
          "will stay shut this week, the education board announced. Volunteers set up a shelter in the sports hall "
          "of the neighbouring town, where families slept on camp beds. Farmers drove their cattle down to the coast "
          "road in long lines. Scientists at the national observatory are watching the crater with drones. The last "
          "eruption of the mountain, in 1971, lasted nearly three months. Church bells rang in the old town at noon as "
          "a sign of hope. The mayor of Velm slept in the town hall to stay close to the rescue teams.")
_OWN_B = ("Tourists at the harbour hotels were told to keep their windows closed. Ferry companies added extra "
          "sailings to the mainland for those who wanted to leave. Insurers said claims for crops and sheds would be "
          "paid quickly. The island's football club called off its weekend match against the visitors from the "
          "north. A choir from the capital offered to sing at a concert for the families who lost their barns. "
          "Hikers were turned back at the foot of the mountain by police officers in masks. Bakers in the market "
          "square handed out free bread to the people queueing for the ferry. The coastguard moved two patrol boats "
          "into the bay in case the road to the port was cut. A wine cooperative on the eastern side said its "
          "harvest was safe for now. Pharmacies ran short of dust masks by Tuesday afternoon, shoppers said.")


def _doc(ident: str, text: str, outlet: str) -> Document:
    return Document(id=ident, text=text, title=ident, outlet=outlet)


def _pair() -> list[Document]:
    return [_doc("tv.json", " ".join([*_AGENCY[:2], _OWN_A, *_AGENCY[2:]]), "Island Broadcasting"),
            _doc("news.json", " ".join([_OWN_B, *_AGENCY]), "World News Channel")]


def test_two_outlets_printing_one_agency_text_are_one_voice_and_say_so() -> None:
    docs = _pair()
    out = mark_copies(docs)
    assert [d.copy_of for d in out] == [None, None], "the whole texts are no reprint"
    assert [d.wire_of for d in out] == [None, "tv.json"]
    assert independent_count([d.id for d in out], out) == 1
    assert copy_kind(out[1], out) == ("reprints one agency text, as does", "tv.json")


def test_the_sources_list_and_the_count_follow(monkeypatch: pytest.MonkeyPatch) -> None:
    out = mark_copies(_pair())
    md = render(Brief(story_id="s", title="Volcano", words=100, documents=out), "md")
    assert "2 reports, 1 independent" in md
    assert "(`news.json`); reprints one agency text, as does [1]" in md
    monkeypatch.setattr(sources, "AGENCY_TEXTS", False)
    assert independent_count([d.id for d in out], out) == 2


def test_one_shared_sentence_is_no_agency_text() -> None:
    docs = [_doc("tv.json", " ".join([_OWN_A, _AGENCY[0]]), "Island Broadcasting"),
            _doc("news.json", " ".join([_AGENCY[0], _OWN_B]), "World News Channel")]
    out = mark_copies(docs)
    assert [d.wire_of for d in out] == [None, None]
    assert independent_count([d.id for d in out], out) == 2


def test_one_story_told_in_own_words_is_two_voices() -> None:
    own = ("Residents of Velm fled overnight on Tuesday as lava crept towards the village. About 1,200 people left "
           "their homes, officials said. Ash from the mountain has closed the island's airport since Monday. The "
           "governor said nobody was hurt, though some farm sheds on the slopes burned down.")
    docs = [_doc("tv.json", " ".join(_AGENCY), "Island Broadcasting"), _doc("paper.json", own, "Velm Herald")]
    assert [d.wire_of for d in mark_copies(docs)] == [None, None]


def test_one_agency_text_quoted_in_both_is_not_one_wording() -> None:
    # two reports quoting one long statement are two reports of the statement (quotations are taken out)
    said = [f"\u201c{s}\u201d the ministry said." for s in _AGENCY]
    docs = [_doc("a.json", " ".join([*said, _OWN_A]), "Island Broadcasting"),
            _doc("b.json", " ".join([_OWN_B, *said]), "World News Channel")]
    assert [d.wire_of for d in mark_copies(docs)] == [None, None]
