"""Sources: an outlet rewording an agency's text is one voice with the agency's copy (inputs57,
``sources.REWORDED_AGENCY_TEXTS``).

A public broadcaster prints an agency's story about a museum's stolen paintings; a news site crediting "news agencies"
retells it in its own words: the same facts in the same order, few sentences of one wording, but several four-word
phrases in each. Two reports that tell the same theft in their own words stay two voices. Our own invented texts.
"""

from __future__ import annotations

import pytest

from storyline import sources
from storyline.model import Document
from storyline.sources import copy_kind, independent_count, mark_copies, one_voice, voice_features

_AGENCY = (
    "Thieves broke into the Harlow Museum of Fine Art early on Sunday and took three paintings by the Flemish "
    "master Pieter Lanz, police in the city said. "
    "The thieves entered through a skylight on the roof of the east wing and disabled two alarm sensors before "
    "they reached the gallery. "
    "A night guard raised the alarm shortly after four in the morning when he noticed that a display case in the "
    "main hall had been smashed. "
    "The three works, painted between 1620 and 1634, are insured for a combined value of about 40 million euros, "
    "according to the museum's director. "
    "Officers set up roadblocks on the motorway to the coast and asked anyone who saw a grey van near the museum to "
    "come forward. "
    "The museum will stay closed to visitors until at least Wednesday while forensic teams examine the building."
)
_REWORDED = (
    "Three paintings by the Flemish master Pieter Lanz were taken from the Harlow Museum of Fine Art early on "
    "Sunday, city police said. "
    "Investigators believe the thieves came in through a skylight on the roof of the east wing and switched off two "
    "alarm sensors before reaching the room. "
    "It was a night guard who raised the alarm shortly after four in the morning, after he saw a display case in "
    "the main hall smashed. "
    "The works, painted between 1620 and 1634, are insured for a combined value of about 40 million euros, the "
    "director said. "
    "The museum is due to reopen later in the week. "
    "Source: News agencies"
)
_OWN = (
    "Art lovers queued outside the Harlow Museum of Fine Art on Sunday only to find its doors shut. "
    "Three paintings by Pieter Lanz had gone overnight, a curator told us. "
    "Our reporter saw police tape across the steps and a ladder propped against the east wall. "
    "The director, close to tears, said the loss was a blow to the whole city. "
    "Insurers put the paintings' value at 40 million euros. "
    "A local art dealer said such famous works were almost impossible to sell."
)


def _doc(ident: str, text: str, outlet: str, story: str = "s1") -> Document:
    return Document(id=ident, text=text, title=ident, outlet=outlet, story=story)


def test_an_agency_text_reworded_by_a_crediting_outlet_is_one_voice() -> None:
    docs = [_doc("tv.json", _AGENCY, "Harlow Broadcasting"), _doc("site.json", _REWORDED, "World Daily")]
    out = mark_copies(docs)
    assert [d.wire_of for d in out] == [None, "tv.json"]
    assert independent_count([d.id for d in out], out) == 1
    assert copy_kind(out[1], out) == ("rewrites one agency text, as does", "tv.json")
    assert one_voice(voice_features(docs[0]), voice_features(docs[1]))


def test_no_agency_credit_no_join() -> None:
    docs = [_doc("tv.json", _AGENCY, "Harlow Broadcasting"),
            _doc("site.json", _REWORDED.replace("Source: News agencies", ""), "World Daily")]
    out = mark_copies(docs)
    assert independent_count([d.id for d in out], out) == 2


def test_two_reports_in_their_own_words_stay_two() -> None:
    docs = [_doc("tv.json", _AGENCY + " Source: news agencies", "Harlow Broadcasting"),
            _doc("own.json", _OWN, "City Post")]
    out = mark_copies(docs)
    assert independent_count([d.id for d in out], out) == 2
    assert not one_voice(voice_features(docs[0]), voice_features(docs[1]))


def test_the_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "REWORDED_AGENCY_TEXTS", False)
    docs = [_doc("tv.json", _AGENCY, "Harlow Broadcasting"), _doc("site.json", _REWORDED, "World Daily")]
    out = mark_copies(docs)
    assert independent_count([d.id for d in out], out) == 2
    assert not one_voice(voice_features(docs[0]), voice_features(docs[1]))
