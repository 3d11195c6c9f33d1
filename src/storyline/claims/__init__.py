"""Claims stage: every figure that matters, who said it, and whether the sources agree.

    analyses → figures (numbers.py) → mentions (extract.py, attribution.py)
             → groups + verdicts (grouping.py) → ``Brief.claims`` (``model.ClaimGroup``)

Reads the one spaCy parse the analysis stage made (``Analysis.paragraphs``);
never runs a model. ``ClaimGroup.to_dict`` gives the JSON contract (ARCHITECTURE.md)::

    {"id", "what", "verdict", "independent_sources", "event", "place", "linked"?,
     "shared_wording"?: [[doc ids whose mentions rest on one wire sentence (claims/wire_sentences.py)]],
     "minor"?: true (below the line of a figure that matters: kept, shown folded; claims/weight.py),
     "mentions": [{"doc", "start", "end", "text", "value", "low", "high",
                   "qualifier", "unit", "speaker", "event", "place", "time", "vague", ...}]}

Spans index into the cleaned ``Document.text``. The conventions (qualifier
intervals, vague words, exclusions, attribution cues, grouping and verdict rules)
are documented at the top of each module.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, ClaimGroup
from .dateline import dateline_pairs, dateline_places
from .extract import mentions_of
from .figure_mention import FigureMention
from .grouping import Places
from .lost_sign_currency import resolve_lost_signs
from .place_relation import place_eq
from .table import build_claims
from .victims import one_set_of_victims

__all__ = ["extract_claims", "figure_mentions"]


def figure_mentions(analyses: Sequence[Analysis]) -> tuple[list[FigureMention], Places]:
    """Every claim-worthy figure of every document, and the place containment the texts state."""
    pairs: list[tuple[str, str]] = []
    mentions: list[FigureMention] = []
    texts: dict[str, str] = {}
    for i, a in enumerate(analyses):
        home = dateline_places(a.doc.text)
        pairs.extend(dateline_pairs(home))
        texts[a.doc.id] = a.doc.text
        for m in mentions_of(a, i, pairs):
            m.home = home
            if m.places and not m.places_direct and any(place_eq(p, h) for p in m.places for h in home):
                m.places_direct = True  # the report's own place, named again ("in Poland's cold wave"): the figure's
            mentions.append(m)
    one_set_of_victims(mentions)  # "shot five neighbours" / "five people were killed" (victims.py)
    resolve_lost_signs(mentions)  # "?7bn" beside other reports' pounds: sterling (lost_sign_currency.py)
    return mentions, Places(pairs, texts)


def extract_claims(analyses: Sequence[Analysis]) -> list[ClaimGroup]:
    """The claims table of a story: groups of mentions with verdicts, most important first."""
    mentions, places = figure_mentions(analyses)
    return build_claims(mentions, [a.doc for a in analyses], places)
