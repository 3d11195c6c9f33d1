"""The figure record: a number as written, before anything is known about what it counts.

Read by numbers.py (``find_figures``) and by the readers of what follows a number (measures.py); the
conventions it records are in numbers.py's docstring.
"""

from __future__ import annotations

from dataclasses import dataclass

from .vocab import Unit


@dataclass(slots=True)
class Figure:
    """A number as written: tokens, value, range, qualifier, unit or currency (module conventions)."""

    start: int  # first token, qualifier included (index into the paragraph Doc)
    end: int  # one past the last token of the figure (its unit and a bracketed conversion included)
    num: int  # the number token whose syntactic head is the counted thing
    value: float
    low: float
    high: float
    qualifier: str | None = None
    vague: bool = False
    weak: bool = False  # "several", "a few": casualty figures only
    percent: bool = False
    base: float | None = None  # "two out of 57": 57
    base_token: int | None = None  # the token of the whole in "two of the 57 strikes" (read as a figure too)
    whole: bool = False  # the whole of such a share, read as a figure: it takes no part's verb
    of_token: int | None = None  # the counted thing after "of" ("hundreds of people")
    glued: str | None = None  # the word glued to the number ("Russian" in "fourRussian")
    currency: int | None = None  # token of the currency sign or word ("$20 million", "20 million euros")
    currency_code: str | None = None  # ISO code ("USD")
    unit: Unit | None = None  # measure unit ("kph")
    dimension: str = "count"  # count | percent | money | length | speed | duration | ... | category | years ago
    modifier: bool = False  # "a 550-member delegation", "115-mph winds": it measures the noun after
    share_word: bool = False  # "most of", "half of": a share in words (see SHARE_WORDS)
    written: str = ""  # the number as written ("5.6 million"), for rounding
    conversion: str = ""  # the same figure in a second unit, as written ("81 mph")
    tally: str | None = None  # "for" / "against": a side of a vote or a score ("voted 314-214"; grammar.py)
    sides: tuple[float, float] | None = None  # a tally's two sides ("314-214": (314, 214); tallies.py)
    char_start: int = 0  # character offsets of the figure text in the paragraph
    char_end: int = 0

    @property
    def share(self) -> float | None:
        """The fraction the figure states (0.9 for 90 percent, 2/57 for two out of 57)."""
        if self.percent:
            return self.value / 100
        if self.base:
            return self.value / self.base
        return None
