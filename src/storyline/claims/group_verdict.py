"""A group's verdict: do the sources that give one figure agree, differ, or contest it?

Split from grouping.py (claims53) so that the grouping rules can grow. The rules, as grouping.py's docstring
tells them: ``differ`` when the values' intervals (``numbers.interval``) do not all overlap; otherwise ``single``
when one independent source carries the group (reprints and one newsroom's reports count once,
``sources.independent_count``), else ``agree``. Mentions of one newsroom count once: two reports of one named outlet
(its blog and its story, both "example.com"; AP's story on two papers' sites, "Post (AP)" and "Review (AP)") are one
source, so a figure only they give is ``single``, never ``agree`` (claims62; ``sources.one_newsroom``, so that the
table and the sources list count alike).
``contested`` when two or more speakers assert incompatible things: shares on both sides of one half, a figure one
speaker denies next to the same figure asserted by another, two named speakers' incompatible figures set side by
side in one report (rivals.py).
A count of others beside a name ("Norland and 13 other nations") may be told with the name counted in ("14
nations"): the verdict reads it as either (and_others.py, claims79).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import Document, Verdict
from ..sources import one_newsroom
from .and_others import with_the_named_one
from .as_of import as_of_update
from .figure_mention import FigureMention
from .peaks import peaks_apart
from .rivals import set_against
from .rounded_events import slack_stands
from .verdicts import Rates, values_agree
from .wire_sentences import independent_count

AGE_DRIFT = 1.0  # years: one person's age told by two reports days apart differs by a birthday at most
UPDATE_NOTE = "update: a running count or a revised estimate, reported at different moments"


@dataclass(slots=True)
class Group:
    """Mentions that measure one thing, with its verdict."""

    members: list[FigureMention]
    verdict: Verdict = "single"
    independent: int = 0
    linked: list[int] = field(default_factory=list)
    id: str = ""
    what: str = ""
    update: bool = False  # differ because a running count was updated (or an estimate revised)


def verdict(group: Group, docs: Sequence[Document], rates: Rates) -> Verdict:
    """agree / differ / contested / single (module docstring)."""
    ms = group.members
    group.independent = independent_count([(m.doc, m.sentence) for m in ms], docs)  # one wire sentence: once
    speakers = {m.speaker.head if m.speaker else "" for m in ms}
    if len(speakers) > 1:
        if ms[0].share is not None:
            sides = {m.share is not None and (1 - m.share if m.negated else m.share) > 0.5 for m in ms}
            if any(m.rebuttal for m in ms) or len(sides) > 1:
                return "contested"
        elif any(m.disputed for m in ms) and not all(m.disputed for m in ms):
            return "contested"
        if _sides_in_one_report(ms, rates) or _set_against(ms, {d.id: d.text for d in docs}):
            return "contested"
    read = with_the_named_one(ms, {d.id: d.text for d in docs})  # "Norland and 13 other nations" (and_others.py)
    if not _agree(read, rates) or any(m.revised for m in ms) and len({(m.value, m.high) for m in ms}) > 1 or \
            peaks_apart(ms, rates):
        group.update = any(m.update for m in ms) or as_of_update(ms, docs) or len({m.doc for m in ms}) > 1 and bool(
            {m.event_class for m in ms} - {None}) and len(speakers - {""}) <= 1
        # (a toll in two reports grows, unless two named sources give the two values: the fire service's 12
        # and a union official's 15 are sources that differ, not a count updated: claims72)
        return "differ"  # (a revised estimate differs from the one it replaces, even within rounding)
    return "single" if len({m.doc for m in ms}) <= 1 or one_newsroom([m.doc for m in ms], docs) else "agree"


def _agree(ms: Sequence[FigureMention], rates: Rates) -> bool:
    """Do the values agree, a plain whole measure rounded to its unit only as rounded_events allows (claims76)?"""
    return values_agree(ms, rates, slack_stands(ms), bounds=True)  # "less than 5%" holds "3%" (verdicts.py)


def _sides_in_one_report(ms: Sequence[FigureMention], rates: Rates) -> bool:
    """One report sets two speakers' incompatible figures of one event side by side, one of them named ('40
    percent voted, the Salam newspaper said ... an opposition group claimed that only about 10 percent voted'):
    a dispute, not a difference between reports; not a running count or a revised estimate, nor a casualty toll, whose
    sources often give different counts in one report (the claims gold calls those differ)."""
    for i, a in enumerate(ms):
        for b in ms[i + 1 :]:
            sa, sb = a.speaker, b.speaker
            if a.doc != b.doc or a.event_class is not None or b.event_class is not None or sa is None or sb is None:
                continue
            if "named" in (sa.kind, sb.kind) and sa.head != sb.head and a.event == b.event and not (
                    a.update or b.update or a.revised or b.revised) and not _agree([a, b], rates):
                return True
    return False


def _set_against(ms: Sequence[FigureMention], texts: dict[str, str]) -> bool:
    """Two speakers' incompatible values of one figure set against each other in one sentence ("The police put the
    crowd at 2,000, while protesters said it was 5,000"; "an official said 50 were detained, but activists said 169"):
    a dispute between them, not a count reported at different moments (rivals.set_against, claims52)."""
    return any(set_against(a, b, texts.get(a.doc, "")) for i, a in enumerate(ms) for b in ms[i + 1 :])


def ages_apart(ms: list[FigureMention]) -> list[list[FigureMention]]:
    """An age group split into the ages of different people (claims69): one person's age is one number, so two
    ages more than ``AGE_DRIFT`` apart ("Ortega, 41" / "The 66-year-old had a long career in the navy") are two
    people's, not reports that differ, unless a name ties them ("said Moreno, a 23-year-old nurse" / "said Moreno,
    a 32-year-old nurse": a true difference, one of them a typo). Ages within the drift stay one group."""
    if not ms or ms[0].dimension != "age":
        return [ms]
    parts: list[list[FigureMention]] = []
    for m in sorted(ms, key=lambda m: m.value):
        if parts and m.value - parts[-1][0].value <= AGE_DRIFT:
            parts[-1].append(m)
        else:
            parts.append([m])
    names = [frozenset().union(*(m.actors | m.owner | m.participants for m in p)) for p in parts]
    home = list(range(len(parts)))  # parts tied by a name are one person's ages told two ways
    for i in range(len(parts)):
        home[i] = next((home[j] for j in range(i) if names[j] & names[i]), i)
    return [[m for j in range(len(parts)) if home[j] == i for m in parts[j]] for i in range(len(parts)) if home[i] == i]
