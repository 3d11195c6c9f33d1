"""A made thing's plural name counted by a scaled figure ("sold 7.4m Velbas", "0.5 million Velbas in the quarter").

The model marks a name a number counts ("26 Kalibr missiles": ``Mention.counted``) by the parse, which reads no
scaled figure glued to its letters ("7.4m") as the name's number. A plural name (its last letter "s") written right
after a figure with a scale (``lexicon/claims.toml``'s ``[numbers]`` scales: "7.4m", "5bn", "0.5 million") is
counted too: things sold or shipped, no person or body.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Mention

_SCALES = lexicon.alternation(lexicon.document("claims")["numbers"]["scales"])
_SCALED_BEFORE = re.compile(r"(?<![\w.,])\d[\d,]*(?:\.\d+)?[ \t]?(?:" + _SCALES + r")[ \t]+$")


def scale_counted(text: str, m: Mention) -> bool:
    """Is the mention counted by the model, or a plural name right after a scaled figure (module docstring)?"""
    return m.counted or (m.text.endswith("s") and _SCALED_BEFORE.search(text, max(0, m.start - 24), m.start)
                         is not None)
