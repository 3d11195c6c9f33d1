"""A level not reached is no measured level (claims95).

"Norland hasn't been spending 3 percent of its budget on roads" tells that a level was not met: it says nothing of
what Norland spends, so it is never one figure with another report's measured "2.1 percent" (a join that would show a
false "differ"), nor with a target of the same value ("agreed to spend 3 percent": a target missed is no rebuttal of
the target). Only an object: a negated subject's share ("90 percent of the strikes did not hit the base") stays with
the share asserted, a dispute (group_verdict.py); so does a span ("has not happened for 80 years").
A casualty toll keeps its own rules (a denied toll beside an asserted one is a dispute: group_verdict.py).

A negation inside a restrictive relative clause picks out who ("Those who don't spend 3 percent are now raising
their budgets"): the sentence asserts something else of them, so it denies no one's figure and is no rebuttal.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:  # (figure_mention imports attribution, which imports what imports this module)
    from .figure_mention import FigureMention


def unmet_apart(a: FigureMention, b: FigureMention) -> bool:
    """One figure's act negated, the other's not, neither a casualty toll, the negated one the object of its verb: a
    level its subject does not reach (module docstring)."""
    if a.negated == b.negated or a.event_class is not None or b.event_class is not None:
        return False
    return (a if a.negated else b).role == "object"


def picks_out(event: Token | None) -> bool:
    """Is the negated verb the head of a restrictive relative clause ("those who don't spend ..."): no comma before
    the clause?"""
    if event is None or event.dep_ != "relcl":
        return False
    first = event.left_edge
    return first.i == 0 or event.doc[first.i - 1].text != ","
