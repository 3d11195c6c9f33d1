"""Claims: one wire sentence behind two outlets' mentions is one source (claims70, wire_sentences.py). Two outlets
that print one agency sentence are otherwise independent reports (most of their text their own), so only the
sentence tells. Our own invented ferry-strike and orchard-frost reports through the real model, none from a page.
"""

from __future__ import annotations

from typing import Any

import pytest

from storyline.analyse import analyse
from storyline.claims import extract_claims, wire_sentences
from storyline.model import Document
from storyline.store.records import _claim

_WIRE = ("The strike has cancelled 86 ferry sailings between the mainland and the islands since Monday, "
         "the operator's spokesman told the agency on Wednesday.")
_OWN_A = ("Islanders queued for hours at the harbour in Port Brannock. The union wants a pay rise that matches "
          "inflation, and talks broke down late last week. Shops on the islands say bread and milk are running low.")
_OWN_B = ("Hauliers warned that fresh fish could not reach the markets in time. The regional minister urged both "
          "sides to return to the table. Tourism bodies fear bookings for the summer season will suffer.")


def _claims(*docs: tuple[str, str]) -> list[dict[str, Any]]:
    given = [Document(id=f"d{i}.txt", text=t, title=f"d{i}", outlet=o) for i, (t, o) in enumerate(docs)]
    return [c.to_dict() for c in extract_claims(analyse(given))]


def _row(rows: list[dict[str, Any]], value: float) -> dict[str, Any]:
    found = [r for r in rows if any(m["value"] == value for m in r["mentions"])]
    assert found, rows
    return found[0]


def test_two_outlets_printing_one_agency_sentence_are_one_source() -> None:
    rows = _claims((f"{_OWN_A} {_WIRE}", "Harbour Gazette"), (f"{_WIRE} {_OWN_B}", "Island Courier"))
    row = _row(rows, 86)
    assert row["verdict"] == "agree" and row["independent_sources"] == 1, row
    assert row["shared_wording"] == [["d0.txt", "d1.txt"]], row


def test_two_outlets_telling_one_figure_in_their_own_words_are_two_sources() -> None:
    own = "Since the walkout began on Monday, 86 sailings have been cancelled, according to the ferry firm."
    rows = _claims((f"{_OWN_A} {_WIRE}", "Harbour Gazette"), (f"{own} {_OWN_B}", "Island Courier"))
    row = _row(rows, 86)
    assert row["verdict"] == "agree" and row["independent_sources"] == 2 and "shared_wording" not in row, row


def test_one_quoted_statement_in_both_is_two_reports_of_the_quote() -> None:
    quote = '"We have lost 1,200 apple trees to the frost in a single night," said the grower, Mara Quint.'
    a = f"Frost struck the orchards of the Tallow valley overnight. {quote} Growers fear a poor harvest this autumn."
    b = (f"Temperatures fell to minus six in the valley before dawn on Tuesday. {quote} "
         "Insurers said claims from fruit farms were already arriving.")
    rows = _claims((a, "Valley Post"), (b, "Farm Weekly"))
    row = _row(rows, 1200)
    assert row["independent_sources"] == 2 and "shared_wording" not in row, row


def test_switch_off_counts_the_reports() -> None:
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(wire_sentences, "ENABLED", False)
        rows = _claims((f"{_OWN_A} {_WIRE}", "Harbour Gazette"), (f"{_WIRE} {_OWN_B}", "Island Courier"))
    assert _row(rows, 86)["independent_sources"] == 2


def test_a_shared_phrase_is_not_one_wording() -> None:
    a = "The council approved a budget of 4 million pounds for the new swimming pool on Tuesday evening."
    b = "Councillors backed the swimming pool plan, which carries a budget of 4 million pounds, after a long debate."
    assert not wire_sentences.one_wording(a, b)
    assert wire_sentences.one_wording(_WIRE, "Officials said that " + _WIRE.lower())


def test_the_row_names_the_shared_sentence() -> None:
    rows = _claims((f"{_OWN_A} {_WIRE}", "Harbour Gazette"), (f"{_WIRE} {_OWN_B}", "Island Courier"))
    claim = _claim(_row(rows, 86))
    assert claim.shared == [["d0.txt", "d1.txt"]]
