"""A percentage on a charge levied as a rate (claims39, the twenty-ninth read): "eliminate the 15% tariffs on about
$125 billion worth of Chinese goods" gives the tariff's rate on the goods it taxes, not a share of all tariffs; the
"what" column says "tariff rate" (lexicon ``levy_nouns``), not "share of tariffs: …".
"""

from __future__ import annotations

from .vocab import word_set

LEVY_NOUNS = word_set("levy_nouns")


def levy_rate(counted: str) -> str:
    """'tariff rate' for a share counted in "tariffs" or "tariff"; '' for any other thing."""
    word = counted.lower()
    for singular in (word, word.removesuffix("s"), word.removesuffix("es")):
        if singular in LEVY_NOUNS:
            return f"{singular} rate"
    return ""
