"""Whose figure a row is (claims40, the thirtieth read): "James finished with 25 points, 11 rebounds and 10 assists"
and "Chris Paul had four points, 10 assists and five rebounds" are two players' lines; equal numbers of different
subjects are different claims, not one claim told twice and agreeing. A report's two mentions whose names tied to the
counted thing or its event (``FigureMention.actors``: "Paul had", "Gallinari added", "Shell's pay") are both given
and share no word are two figures, whatever their values. A mention with no name ("He has at least 10 assists") is
left to the other rules, and so are two reports' mentions, whose names for one holder may differ.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .extract import FigureMention


def holders_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two mentions of one report with names of their own, none in common: two subjects' figures."""
    return a.doc == b.doc and bool(a.actors) and bool(b.actors) and not a.actors & b.actors
