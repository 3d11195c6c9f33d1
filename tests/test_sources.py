from __future__ import annotations

from storyline.model import Document
from storyline.sources import independent_count, mark_copies

WIRE = (
    "EASTMOUTH (Wire) — A fire swept through a grain warehouse in the port of Eastmouth late on "
    "Thursday, sending a column of smoke over the city and forcing the evacuation of nearby streets. "
    "Fire chief Maria Lopez said 40 firefighters fought the blaze for six hours. The cause is unknown."
)


def test_reprint_is_marked_copy_of_the_earlier_document() -> None:
    docs = [
        Document(id="a.txt", text=WIRE),
        Document(id="b.txt", text="Local news\n" + WIRE + "\nMore in Local"),
        Document(id="c.txt", text="The mayor announced a review of harbour safety rules after the fire."),
    ]
    out = mark_copies(docs)
    assert [d.copy_of for d in out] == [None, "a.txt", None]
    assert docs[1].copy_of is None, "inputs are not mutated"
    assert independent_count(["a.txt", "b.txt", "c.txt"], out) == 2


def test_different_stories_are_not_copies() -> None:
    docs = [Document(id="a", text=WIRE, story="s1"), Document(id="b", text=WIRE, story="s2")]
    assert [d.copy_of for d in mark_copies(docs)] == [None, None]
