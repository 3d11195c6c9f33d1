"""The twenty-ninth read's entity junk and misses by kind (issue 12, bench/BRIEF_REVIEW.md, "ents33"). Fixtures
are made up; none comes from the bench."""

from __future__ import annotations

from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Located, Mention
from test_brief_review23 import tagged


def _placed_run(text: str, spans: list[tuple[str, EntityKind]]) -> dict[str, tuple[str, list[str]]]:
    """The entities of one made-up report with the places stage run (it placed none of the spans)."""
    mentions, at = [], 0
    for span, kind in spans:
        at = text.index(span, at)
        mentions.append(Mention("d0", at, at + len(span), span, kind))
        at += len(span)
    a = Analysis(Document(id="d0", text=text, title="d0"), [], mentions)
    return {e.name: (e.kind, e.aliases) for e in merge_entities([a], Located())}


def test_a_numbered_title_is_no_person() -> None:
    text = "Quarrow 3 runs at 1080p on the service, Ana Ruiz said. Quarrow 3 is a step down. Channel 4 aired it."
    got = tagged((text, [("Quarrow 3", "person"), ("Ana Ruiz", "person"), ("Quarrow 3", "person"),
                         ("Channel 4", "org")]))
    assert "Quarrow 3" not in got and "Ana Ruiz" in got, got
    assert "Channel 4" in got, got  # a body's name ending on a number, typed a body: stays


def test_an_editions_name_is_no_body() -> None:
    text = "The Founder's and Deluxe Editions launch tomorrow, Tarn Games said. Ana Ruiz bought one."
    got = tagged((text, [("Deluxe Editions", "org"), ("Tarn Games", "org"), ("Ana Ruiz", "person")]))
    assert "Deluxe Editions" not in got and "Tarn Games" in got, got


def test_a_name_written_only_before_a_products_noun_is_no_body() -> None:
    text = ("It runs at 60fps in the Velbrook browser, Ana Ruiz said. Those who play through the Velbrook browser "
            "see drops. The Tarn console is fine, and Tarn said so. Orbis phones did too.")
    got = tagged((text, [("Velbrook", "person"), ("Ana Ruiz", "person"), ("Velbrook", "person"), ("Tarn", "org"),
                         ("Tarn", "org"), ("Orbis", "org")]))
    assert "Velbrook" not in got and "Ana Ruiz" in got, got
    assert "Tarn" in got, got  # also written as a body: stays
    assert "Orbis" in got, got  # a body before a product's noun: its maker


def test_a_name_run_on_over_a_clauses_first_word_is_cut() -> None:
    text = ("Ana Ruiz will sing at the Velbrook Music Awards after Tarn scolded her label. Tarn said so. The Velbrook "
            "Music Awards are in May.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Velbrook Music Awards after Tarn", "org"), ("Tarn", "person"),
                         ("Velbrook Music Awards", "org")]))
    assert "Velbrook Music Awards after Tarn" not in got and "Velbrook Music Awards" in got, got


def test_an_outlets_possessive_with_another_name_is_two_names() -> None:
    text = ("According to The Quill’s Velbrook review, Velbrook runs at 1080p. Velbrook launched today, Ana Ruiz "
            "said.")
    got = tagged((text, [("The Quill’s Velbrook", "person"), ("Velbrook", "org"), ("Velbrook", "org"),
                         ("Ana Ruiz", "person")]))
    assert "The Quill’s Velbrook" not in got and "Quill’s Velbrook" not in got, got
    assert any(k.endswith("Quill") and v[0] == "org" for k, v in got.items()), got
    assert got.get("Velbrook", ("",))[0] == "org", got


def test_a_works_maker_tagged_a_place_is_a_body() -> None:
    text = ("Ana Ruiz made a Velbrook documentary. Tarn blocked her Velbrook special, as revealed in Quarrow’s Acme "
            "review. Bo Lund was born in Aldmere and lives in Aldmere.")
    got = _placed_run(text, [("Ana Ruiz", "person"), ("Velbrook", "place"), ("Tarn", "org"), ("Velbrook", "place"),
                             ("Quarrow", "place"), ("Bo Lund", "person"), ("Aldmere", "place"), ("Aldmere", "place")])
    assert got.get("Velbrook", ("",))[0] == "org" and got.get("Quarrow", ("",))[0] == "org", got
    assert got.get("Aldmere", ("",))[0] != "org", got  # written as a place: no body


def test_a_numbered_name_before_a_versions_noun_is_no_body() -> None:
    text = ("The Tarn Quarrow 3 port runs at 30fps, Ana Ruiz said. Tarn said so. The Velbrook 4 channel is new, "
            "and Velbrook 4 said so.")
    got = tagged((text, [("Tarn Quarrow 3", "org"), ("Ana Ruiz", "person"), ("Tarn", "org"), ("Velbrook 4", "org"),
                         ("Velbrook 4", "org")]))
    assert "Tarn Quarrow 3" not in got and "Tarn" in got, got
    assert "Velbrook 4" in got, got  # also written as a body
