"""Groups and verdicts: which figures measure the same thing, and do the sources agree?

Two mentions measure the same thing when

- they count the same thing: the same head noun ("missiles"), one a compound of
  the other ("warships" / "ships"), or, for a casualty event, any word for people
  ("people", "individuals", "residents");
- in the same event: the same casualty class (killed, injured ...); or, outside
  casualties, the same verb, or different verbs over a specific counted thing with
  values of the same size (40 firefighters "battled" and 45 "fought": within a
  factor 1.5, neither vague); shares ("90 percent of the strikes", "two out of 57 strikes") only
  with shares of the same thing;
- with no sign of two incidents. When one names places that contain the other's
  ("Homs and Hama" vs "Talbiseh", known because a report says "Talbiseh in Homs"),
  the scopes differ: separate groups, *linked*. Otherwise evidence adds up, and two
  points split: different places both tied to the event (2), different places of
  which one is only in the sentence around the figure (1), casualties from
  different kinds of cause ("crash" vs "strikes": 2; "attacks" vs "strikes": 1),
  different calendar dates tied to the event (2).

Mentions join the best group they are compatible with *all* members of (complete
linkage), in document order, so a mention without a place cannot chain two
places together.

Verdicts: ``differ`` when the values' intervals (``numbers.interval``) do not all
overlap; otherwise ``single`` when one independent source carries the group
(reprints count once, ``sources.independent_count``), else ``agree``.
``contested`` when two or more speakers assert incompatible things: a share
group where a figure is stated against a claim (a negated predicate: "90 percent
... have not been against ISIL"; "only two out of 57 strikes had hit"), or
shares on both sides of one half ("most of the strikes hit X" / "90 percent did
not"); or a figure that one speaker denies or disputes ("the army denied that 20
civilians were killed") next to the same figure asserted by another.
Groups are ordered by importance: casualties first (killed, injured, missing,
abducted, evacuated, arrested, rescued), then by independent sources, mentions,
and first appearance.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..model import ClaimGroup, ClaimMention, Document, Verdict
from ..sources import independent_count
from .extract import CASUALTY_ORDER, FigureMention, calendar_dates, cause_distance, participle
from .numbers import interval

SIZE_RATIO = 1.5  # different verbs, same counted thing: values within this factor are one measure


def _norm_place(name: str) -> str:
    return re.sub(r"^(?:the)\s+", "", name.lower()).replace("’s", "").replace("'s", "").strip()


def _place_eq(a: str, b: str) -> bool:
    x, y = _norm_place(a), _norm_place(b)
    if x == y:
        return True
    xs, ys = set(x.split()), set(y.split())
    return bool(xs) and bool(ys) and (xs <= ys or ys <= xs)


class Places:
    """Containment between places, as the reports state it ('Talbiseh in Homs')."""

    def __init__(self, pairs: Sequence[tuple[str, str]]) -> None:
        self.outer: dict[str, set[str]] = {}
        for inner, outer in pairs:
            self.outer.setdefault(_norm_place(inner), set()).add(_norm_place(outer))

    def contains(self, outer: str, inner: str) -> bool:
        """Is ``inner`` inside ``outer`` (transitively)?"""
        target = _norm_place(outer)
        seen: set[str] = set()
        stack = [_norm_place(inner)]
        while stack:
            p = stack.pop()
            for o in self.outer.get(p, ()):
                if _place_eq(o, target):
                    return True
                if o not in seen:
                    seen.add(o)
                    stack.append(o)
        return False

    def innermost(self, names: Sequence[str]) -> list[str]:
        return [p for p in names if not any(q != p and self.contains(p, q) for q in names)]

    def relation(self, a: FigureMention, b: FigureMention) -> str:
        """'same', 'wider' (a's places contain b's), 'narrower', 'different' (both tied to the
        event), or 'apart' (disjoint, but at least one only from the sentence around the figure)."""
        pa, pb = self.innermost(a.places), self.innermost(b.places)
        if not pa or not pb or any(_place_eq(x, y) for x in pa for y in pb):
            return "same"
        if all(any(self.contains(y, x) for y in pb) for x in pa):
            return "narrower"
        if all(any(self.contains(x, y) for x in pa) for y in pb):
            return "wider"
        return "different" if a.places_direct and b.places_direct else "apart"


def _same_thing(a: FigureMention, b: FigureMention) -> bool:
    """Same counted thing (see the module docstring)."""
    if (a.share is None) != (b.share is None) or a.measure != b.measure or a.currency != b.currency:
        return False
    if a.head == b.head:
        return True
    if a.event_class and a.event_class == b.event_class and a.person_unit and b.person_unit:
        return True
    short, long_ = sorted((a.head, b.head), key=len)
    return len(short) >= 4 and long_.endswith(short) and not a.measure


def _same_event(a: FigureMention, b: FigureMention) -> bool:
    if a.share is not None and a.counted and b.counted:
        return True  # shares of one thing ("the strikes"), whatever each says of them
    if a.share is not None:  # bare percentages: the same verb, values of a size
        lo, hi = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
        return a.event == b.event and hi / lo <= SIZE_RATIO
    if a.event_class or b.event_class:
        return a.event_class == b.event_class
    if a.event == b.event:
        return True
    if a.person_unit or b.person_unit or a.vague or b.vague:
        return False  # "hundreds of Yemenis" at one protest and at another are not one measure
    lo, hi = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    return hi / lo <= SIZE_RATIO


def measure_key_compatible(a: FigureMention, b: FigureMention) -> bool:
    """Same counted thing in the same event, whatever the place."""
    return _same_thing(a, b) and _same_event(a, b)


def compatible(a: FigureMention, b: FigureMention, places: Places) -> bool:
    """Do two mentions measure the same thing (module docstring)?"""
    if a.doc == b.doc and a.start == b.start:
        return False
    if not measure_key_compatible(a, b):
        return False
    rel = places.relation(a, b)
    if rel in ("wider", "narrower"):
        return False
    # Evidence that these are two incidents: places, cause, date. Two points split them.
    evidence = {"different": 2, "apart": 1}.get(rel, 0)
    if a.event_class:
        evidence += cause_distance(a.cause, b.cause)
    da, db = calendar_dates(a.times), calendar_dates(b.times)
    if da and db and not da & db:
        evidence += 2
    return evidence < 2


def _affinity(a: FigureMention, b: FigureMention) -> int:
    score = 0
    score += 2 if a.event == b.event else 0
    score += 1 if a.unit.lower() == b.unit.lower() else 0
    score += 1 if a.value == b.value else 0
    score += 1 if a.places and set(a.places) & set(b.places) else 0
    return score


@dataclass(slots=True)
class Group:
    """Mentions that measure one thing, with its verdict."""

    members: list[FigureMention]
    verdict: Verdict = "single"
    independent: int = 0
    linked: list[int] = field(default_factory=list)
    id: str = ""
    what: str = ""


def group_mentions(mentions: Sequence[FigureMention], places: Places) -> list[Group]:
    """Complete-linkage grouping in document order (module docstring)."""
    groups: list[Group] = []
    for m in sorted(mentions, key=lambda m: (m.doc_index, m.start)):
        best: tuple[int, int] | None = None
        for gi, g in enumerate(groups):
            if all(compatible(m, o, places) for o in g.members):
                score = sum(_affinity(m, o) for o in g.members) * 10 // len(g.members)
                if best is None or score > best[0]:
                    best = (score, gi)
        if best is None:
            groups.append(Group([m]))
        else:
            groups[best[1]].members.append(m)
    return groups


def verdict(group: Group, docs: Sequence[Document]) -> Verdict:
    """agree / differ / contested / single (module docstring)."""
    ms = group.members
    group.independent = independent_count([m.doc for m in ms], docs)
    speakers = {m.speaker.head if m.speaker else "" for m in ms}
    if len(speakers) > 1:
        if ms[0].share is not None:
            sides = {m.share is not None and (1 - m.share if m.negated else m.share) > 0.5 for m in ms}
            if any(m.rebuttal for m in ms) or len(sides) > 1:
                return "contested"
        elif any(m.disputed for m in ms) and not all(m.disputed for m in ms):
            return "contested"
    lows, highs = zip(*(interval(m.value, m.low, m.high, m.qualifier, m.vague) for m in ms), strict=True)
    if max(lows) > min(highs):
        return "differ"
    return "single" if group.independent <= 1 else "agree"


def describe(group: Group, places: Places) -> str:
    """The 'what' column: 'people killed in Talbiseh', 'Kalibr cruise missiles launched'."""
    ms = group.members
    cls = next((m.event_class for m in ms if m.event_class), None)
    if cls and all(m.person_unit for m in ms):
        unit = "people"
    else:
        counts = Counter(m.unit for m in ms)
        unit = min(counts, key=lambda u: (-counts[u], len(u)))
    if ms[0].share is not None:
        things = Counter(m.counted for m in ms)
        preds = [p for p in dict.fromkeys(m.frame for m in ms if not m.share_word) if p][:3]
        thing = things.most_common(1)[0][0]
        return (f"share of {thing}" if thing else "percentage") + (": " + " / ".join(preds) if preds else "")
    frames = Counter(m.frame for m in ms if m.frame)
    ev = Counter((m.event, m.event_text) for m in ms if m.event and m.event not in ("be", "have"))
    if ms[0].currency:
        lemma, text, noun = next(((m.event, m.event_text, m.event_noun) for m in ms if m.event), (None, None, False))
        verb = (text or "").lower() if noun else participle(lemma, text) if lemma else ""
        what = f"{verb} (in {unit})" if verb else unit
    elif cls == "casualties":
        what = "casualties (killed or injured)"
    elif cls:
        what = f"{unit} {cls}"
    elif frames:
        what = min(frames, key=lambda f: (-frames[f], len(f)))
    elif ev:
        (lemma, text), _ = ev.most_common(1)[0]
        assert lemma is not None
        what = f"{unit} {participle(lemma, text)}"
    else:
        what = unit
    where = group_places(group, places)
    if where:
        what += " in " + where[0]
    return what


def group_places(group: Group, places: Places) -> list[str]:
    """The group's places, most cited first: those tied to the event, or else those most mentions share."""
    ms = group.members
    direct = Counter(p for m in ms if m.places_direct for p in places.innermost(m.places))
    if direct:
        return [p for p, _ in direct.most_common()]
    loose = Counter(p for m in ms for p in places.innermost(m.places))
    return [p for p, n in loose.most_common() if 2 * n >= len(ms)]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "claim"


def _importance(g: Group) -> tuple[int, int, int, int, int]:
    cls = next((m.event_class for m in g.members if m.event_class), None)
    rank = CASUALTY_ORDER.index(cls) if cls in CASUALTY_ORDER else (len(CASUALTY_ORDER) if cls else 99)
    first = min(g.members, key=lambda m: (m.doc_index, m.start))
    return rank, -g.independent, -len(g.members), first.doc_index, first.start


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def claim_mention(m: FigureMention) -> ClaimMention:
    """One mention as the brief shows it (``model.ClaimMention``)."""
    sp = m.speaker
    shared = m.share is not None
    return ClaimMention(
        doc=m.doc, start=m.start, end=m.end, text=m.text,
        value=_number(m.value), low=_number(m.low), high=_number(m.high),
        qualifier=m.qualifier, unit=m.unit, speaker=sp.label() if sp else None,
        event=m.event_class or m.event, place=m.places, time=m.times, vague=m.vague,
        speaker_span=(sp.start, sp.end) if sp is not None else None,
        speaker_cue=sp.cue if sp is not None else None,
        speaker_as_written=sp.written if sp is not None and sp.written and sp.written != sp.text else None,
        speaker_resolved=sp.resolved if sp is not None else True,
        share=round(m.share, 4) if m.share is not None else None,
        base=_number(m.base) if shared and m.base is not None else None,
        negated=shared and m.negated,
    )  # fmt: skip


def build_claims(mentions: Sequence[FigureMention], docs: Sequence[Document], places: Places) -> list[ClaimGroup]:
    """Groups with verdicts and links, ordered by importance (``model.ClaimGroup``)."""
    groups = [g for g in group_mentions(mentions, places) if not all(m.share_word for m in g.members)]
    for g in groups:
        g.verdict = verdict(g, docs)
    groups.sort(key=_importance)
    used: set[str] = set()
    for g in groups:
        g.what = describe(g, places)
        slug = base = _slug(g.what)
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        g.id = slug
    for i, g in enumerate(groups):  # wider/narrower scopes of one measure
        for j, h in enumerate(groups):
            if i != j and any(
                measure_key_compatible(a, b) and places.relation(a, b) in ("wider", "narrower")
                for a in g.members for b in h.members
            ):
                g.linked.append(j)
    out: list[ClaimGroup] = []
    for g in groups:
        ms = sorted(g.members, key=lambda m: (m.doc_index, m.start))
        out.append(
            ClaimGroup(
                id=g.id, what=g.what, verdict=g.verdict, independent_sources=g.independent,
                mentions=[claim_mention(m) for m in ms],
                event=next((m.event_class for m in ms if m.event_class), ms[0].event),
                place=group_places(g, places),
                linked=[groups[j].id for j in g.linked],
            )  # fmt: skip
        )
    return out
