"""inputs63: one lost-sign rule for clean and claims; furniture run into a record's one-paragraph text, by kind.

Made-up text of other subjects than the pool's (a dairy co-operative, a regatta, a library, an orchard)."""

from __future__ import annotations

from storyline.clean.lostchars import restore_lost
from storyline.text import LOST_SIGN


def test_clean_restores_every_sign_claims_reads_as_lost() -> None:
    text = "The co-operative lost-?40mn, borrowed ?7 bn and paid ?3 thousand in fees."
    assert restore_lost(text, "https://www.dairynews.co.uk/1") == (
        "The co-operative lost-£40mn, borrowed £7 bn and paid £3 thousand in fees.")
    assert len(LOST_SIGN.findall(text)) == 3  # the same three are money to claims (claims/lost_signs.py)
