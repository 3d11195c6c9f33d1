"""The thirty-first and thirty-second reads' entity junk and misses by kind (issue 12, bench/BRIEF_REVIEW.md,
"ents36"). Fixtures are made up; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_an_officers_title_run_onto_the_business_before_the_officers_name_is_cut() -> None:
    text = "At the home of Quarrow CIO Ana Ruiz, Quarrow executives showed off the app. Ruiz said it works."
    got = tagged((text, [("Quarrow CIO", "org"), ("Ana Ruiz", "person"), ("Quarrow", "org"), ("Ruiz", "person")]))
    assert "Quarrow CIO" not in got, got
    assert got.get("Quarrow", ("",))[0] == "org" and "Ana Ruiz" in got, got


def test_a_body_ending_on_a_title_word_with_no_name_after_it_stays_whole() -> None:
    text = "The Quarrow CEO Forum met in May. Ana Ruiz spoke."
    got = tagged((text, [("Quarrow CEO Forum", "org"), ("Ana Ruiz", "person")]))
    assert "Quarrow CEO Forum" in got, got


def test_the_whole_science_writing_capitalises_is_no_body() -> None:
    text = ("The Quarrow telescope will hear faint signals from across the Universe, says Ana Ruiz. She hopes to "
            "study planets outside the Solar System and stars of the Milky Way. Acme Optics built it.")
    got = tagged((text, [("Quarrow", "org"), ("Universe", "org"), ("Ana Ruiz", "person"), ("Solar System", "org"),
                         ("Milky Way", "org"), ("Acme Optics", "org")]))
    assert "Universe" not in got and "Solar System" not in got and "Milky Way" not in got, got
    assert "Acme Optics" in got and "Ana Ruiz" in got, got


def test_a_town_named_for_an_attack_there_is_no_body() -> None:
    text = ("A year after the Newtown school shooting, Acme Group still sells rifles. Ana Ruiz of Acme Group said "
            "sales were up.")
    got = tagged((text, [("Newtown", "org"), ("Acme Group", "org"), ("Ana Ruiz", "person"), ("Acme Group", "org")]))
    assert "Newtown" not in got, got
    assert "Acme Group" in got, got


def test_a_seat_after_a_legislators_title_and_for_is_no_body() -> None:
    text = ("Ana Ruiz, the Labour MP for Quarrow Central, who backed the report, spoke. Acme Union said it was "
            "overdue.")
    got = tagged((text, [("Ana Ruiz", "person"), ("Labour", "org"), ("Quarrow Central", "org"),
                         ("Acme Union", "org")]))
    assert "Quarrow Central" not in got, got
    assert "Labour" in got and "Acme Union" in got, got


def test_a_bodys_possessive_run_onto_what_it_has_is_cut_at_the_possessive() -> None:
    text = ("Ana Ruiz is co-chair of the Quarrow Academy of Sciences’ TARN supervisory committee. Bo Lund studied at "
            "Ardley University’s Velbrook Business School.")
    got = tagged((text, [("Ana Ruiz", "person"), ("the Quarrow Academy of Sciences’ TARN supervisory committee", "org"),
                         ("Bo Lund", "person"),
                         ("Ardley University’s Velbrook Business School", "org")]))
    assert "Quarrow Academy of Sciences’ TARN" not in got and "TARN" not in got, got
    assert got.get("Quarrow Academy of Sciences", ("",))[0] == "org", got
    assert "Ardley University" in got and "Velbrook Business School" in got, got


def test_a_game_listed_after_games_like_is_a_work() -> None:
    text = ("It is a season pass, popular thanks to games like Quarrowfall, says Ana Ruiz. Acme Studios sells it. "
            "Late in the game Bo Lund scored twice for Tarn United.")
    got = tagged((text, [("Quarrowfall", "person"), ("Ana Ruiz", "person"), ("Acme Studios", "org"),
                         ("Bo Lund", "person"), ("Tarn United", "org")]))
    assert "Quarrowfall" not in got, got
    assert "Ana Ruiz" in got and "Acme Studios" in got and "Bo Lund" in got, got


def test_a_name_written_only_before_a_built_on_ending_is_a_product() -> None:
    text = "Sales fell as Quarrow OS-based PCs took the market, Acme Group said. Ana Ruiz runs Acme Group."
    got = tagged((text, [("Quarrow OS", "org"), ("Acme Group", "org"), ("Ana Ruiz", "person"), ("Acme Group", "org")]))
    assert "Quarrow OS" not in got, got
    assert "Acme Group" in got and "Ana Ruiz" in got, got
