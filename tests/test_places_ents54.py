"""ents54: a sky's body written in lower case ("around the moon") is no town the gazetteer spells so (made-up text)."""

from __future__ import annotations

from test_brief_review15 import _placed


def test_the_moon_in_lower_case_is_no_place() -> None:
    got = _placed("Velox, the rocket company founded by billionaire Ana Ruiz, plans to fly a pair of teachers around "
                  "the moon and back to Earth in 2019, the company announced Monday in Houston.")
    assert got == {"Houston"}, got


def test_a_place_inside_a_known_groups_long_name_is_no_place() -> None:
    got = _placed("In 2015 she posted images of killings by the Islamic State of Iraq and the Levant on a blog. "
                  "Prosecutors in Paris opened the case, and militants later fled to Iraq.")
    assert "Levant" not in got and {"Paris", "Iraq"} <= got, got
