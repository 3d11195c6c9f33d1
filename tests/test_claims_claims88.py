"""claims88: a claim row's weight from what the story's reports share (claims/weight.py ``StoryView``): a figure
whose sentence reads like the reports' leads weighs above one from a side story at an earlier place, and a value
some report's first two sentences give is marked so under any noun. Made-up reports of a subject no benchmark,
in-sample or held-out story has (a chess open in a mountain town); each test fails without the rule.
"""

from __future__ import annotations

import datetime as dt

from storyline.claims.weight import FEATURES, features, load_weights, story_view
from storyline.model import ClaimGroup, ClaimMention, Document

_LEAD = ("A record field of grandmasters began the Varn Open chess tournament on Saturday, the organisers said. "
         "The tournament runs for nine rounds in the town hall. ")


def _doc(text: str, i: int = 0, title: str = "Grandmasters gather for the Varn Open") -> Document:
    return Document(id=f"d{i}.txt", text=text, title=title, outlet=f"outlet{i}.example",
                    published=dt.date(2024, 2, 3))


def _row(text: str, figure: str, what: str, value: float, unit: str, doc: int = 0) -> ClaimGroup:
    start = text.index(figure)
    m = ClaimMention(doc=f"d{doc}.txt", start=start, end=start + len(figure), text=figure, value=value, low=value,
                     high=value, qualifier=None, unit=unit, speaker=None, event=None, place=[], time=[],
                     vague=False, dimension="count")
    return ClaimGroup(id=what, what=what, verdict="single", independent_sources=1, mentions=[m], event=None,
                      place=[])


def test_a_figure_about_the_storys_event_outweighs_an_earlier_side_storys() -> None:
    text = (_LEAD + "The town's bakery sells about 300 pastries on market days. Its ovens date from the 1950s. "
            "Snow closed the pass last week. In the tournament, about 300 chess players from 40 countries "
            "compete for the grandmaster title.")
    docs = {"d0.txt": _doc(text)}
    bakery = _row(text, "about 300 pastries", "pastries sold", 300, "pastries")
    players = _row(text, "about 300 chess players", "chess players competing", 300, "players")
    view = story_view([bakery, players], docs)
    model = load_weights()
    p_bakery = model.probability(features(bakery, docs, model.hedges, view))
    p_players = model.probability(features(players, docs, model.hedges, view))
    assert p_players > p_bakery, (p_players, p_bakery)


def test_a_value_another_reports_lead_gives_is_marked_under_any_noun() -> None:
    first = "The Varn Open drew 412 entrants on Saturday, its organisers said. Play began at noon. "
    second = _LEAD + "Organisers counted 412 registered players by Friday night, and 37 arbiters."
    docs = {"d0.txt": _doc(first), "d1.txt": _doc(second, 1)}
    entrants = _row(first, "412 entrants", "entrants", 412, "entrants")
    players = _row(second, "412 registered players", "registered players", 412, "players", doc=1)
    arbiters = _row(second, "37 arbiters", "arbiters", 37, "arbiters", doc=1)
    view = story_view([entrants, players, arbiters], docs)
    at = FEATURES.index("value_lead")
    assert features(players, docs, load_weights().hedges, view)[at] == 1.0
    assert features(arbiters, docs, load_weights().hedges, view)[at] == 0.0
