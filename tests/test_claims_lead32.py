"""The lead's session-32 fix: the 'what' column's past participle of an irregular verb comes from the lexicon's
[participles] table, so a count that suspects are sought for never reads "seeked" (check32b's held-out row)."""

from storyline.claims.wording import participle


def test_irregular_present_form_reads_its_participle() -> None:
    assert participle("seek", "seeks") == "sought"
    assert participle("flee", "fleeing") == "fled"
    assert participle("withdraw", "withdraws") == "withdrawn"


def test_regular_verbs_still_take_ed() -> None:
    assert participle("evacuate", "evacuating") == "evacuated"
    assert participle("rescue", "rescues") == "rescued"
    assert participle("deploy", "deploys") == "deployed"
