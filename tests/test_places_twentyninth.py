"""The twenty-ninth read's misplaced place (bench/BRIEF_REVIEW.md, "Twenty-ninth read"; branch ents33): a product's
or an assistant's name the gazetteer reads as a far small town. Fixtures are made up; none comes from the bench."""

from __future__ import annotations

from storyline.places.candidates import Candidate
from storyline.places.gazetteer import load_gazetteer
from storyline.places.resolver import Resolver, story_context


def test_a_far_small_towns_name_with_no_place_context_is_no_place() -> None:
    resolver = Resolver(load_gazetteer(), set())
    anchors = [Candidate("d", 0, 10, name, "GPE") for name in ("California", "Sacramento")]
    us = story_context([(c.text, p) for c in anchors if (p := resolver.decide(c, None)) is not None])
    assert resolver.decide(Candidate("d", 100, 104, "Sira", "GPE"), us) is None  # "whether its Sira shortcuts"
    sira = resolver.decide(Candidate("d", 100, 104, "Sira", "GPE"), None)  # the first pass reads it as an anchor:
    assert sira is not None  # its own country's weight is no support for it
    first = [(c.text, p) for c in anchors if (p := resolver.decide(c, None)) is not None]
    own = story_context([*first, ("Sira", sira)])
    assert resolver.decide(Candidate("d", 100, 104, "Sira", "GPE"), own) is None
    alone = resolver.decide(Candidate("d", 100, 104, "Sira", "GPE"), story_context([("Sira", sira)]))
    assert alone is not None  # the story's only place: nothing against it
    placed = resolver.decide(Candidate("d", 100, 104, "Sira", "GPE", cue=True), us)  # "in Sira"
    assert placed is not None and placed.country == "IN"
    anchors = [Candidate("d", 0, 10, name, "GPE") for name in ("India", "Bangalore")]
    india = story_context([(c.text, p) for c in anchors if (p := resolver.decide(c, None)) is not None])
    home = resolver.decide(Candidate("d", 100, 104, "Sira", "GPE"), india)  # the story's own country
    assert home is not None and home.country == "IN"
