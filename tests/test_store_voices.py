"""The store counts a story's independent sources as its brief does (issue 13, inputs56: ``store.voices``).

Two outlets printing one agency's text, each with lines of its own, share too little of their whole texts for a
reprint; the brief counts them as one source (``sources.independent_sources``), and so must ``storyline stories``.
Our own invented reports of a dam's sluice failure, none from a page.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import old_version_store

from storyline import sources
from storyline.store import Store

_AGENCY = [
    "Engineers opened the emergency spillway of the Dravna dam on Friday after one of its three sluice gates jammed "
    "during a routine test, the regional water authority said.",
    "About 4,000 people living along the river below the dam were told to move to higher ground as a precaution "
    "while divers inspected the damaged gate.",
    "The authority said the dam itself was sound and that water levels in the reservoir had dropped by almost a "
    "metre since the spillway was opened.",
    "A spokeswoman for the authority told reporters that repairs to the jammed gate could take until the end of "
    "next week, depending on the weather.",
]
_OWN_A = ("Our reporter at the riverside found streets of shuttered shops and empty cafes. Buses took elderly "
          "residents to a school gym on the hill where the army set up field kitchens. Anglers who fish below the "
          "weir said they had never seen the river so brown. The town's mayor walked the embankment with a "
          "megaphone on Friday evening. Local farmers moved tractors and hay bales away from the flood meadows. "
          "The dam was finished in 1964 and last repaired eleven years ago. Volunteers filled sandbags in the car park "
          "of the supermarket until late at night. A retired lock keeper said the gates had always been stiff in cold "
          "weather. The hospital moved its ground-floor wards upstairs as a precaution. Church halls in three "
          "villages opened their doors to anyone who needed a bed. Police closed the old stone bridge to lorries "
          "and tractors.")
_OWN_B = ("Hotels in the valley offered free rooms to families who had to leave. The railway company cut its "
          "timetable along the river line and laid on coaches instead. Children from the village choir sang for "
          "the evacuees in the school gym on Saturday. A brewery near the bridge moved its barrels to a warehouse "
          "in the next town. Canoe clubs pulled their boats out of the water and cancelled races. Shopkeepers "
          "said trade had halved since the warning was given. A vet drove from farm to farm to check on the cattle "
          "moved off the low fields. The football club lent its minibus to carry pensioners to the shelters. Walkers "
          "were asked to keep off the towpath until further notice. Students at the technical college offered to "
          "help clear the mud from cellars. A bakery gave away its unsold bread to the volunteers each evening.")


def _articles(folder: Path) -> Path:
    folder.mkdir()
    for name, outlet, text in (
            ("radio.json", "Valley Radio", " ".join([*_AGENCY[:2], _OWN_A, *_AGENCY[2:]])),
            ("daily.json", "The Lowland Daily", " ".join([_OWN_B, *_AGENCY]))):
        (folder / name).write_text(json.dumps({"id": name, "title": "Dravna dam spillway opened after gate jams",
                                               "source": outlet, "published": "2026-03-06", "text": text}))
    return folder


def test_two_outlets_printing_one_agency_text_are_listed_as_one_source_as_the_brief_says(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        store.add([_articles(tmp_path / "in")])
        (story,) = store.stories()
        assert story.reports == 2 and story.independent_sources == 1
        assert store.conn.execute("SELECT count(*) FROM reports WHERE copy_of IS NULL").fetchone()[0] == 2  # no copy
        assert "2 reports, 1 independent" in store.brief_text(story.id)
        assert store.brief(story.id).provenance["independent_sources"] == 1


def test_the_count_follows_the_rule_the_brief_follows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sources, "AGENCY_TEXTS", False)  # one rule: switched off, both count the outlets apart
    with Store(tmp_path / "s.db") as store:
        store.add([_articles(tmp_path / "in")])
        (story,) = store.stories()
        assert story.independent_sources == 2
        assert "2 reports, 2 independent" in store.brief_text(story.id)


def test_a_store_counted_by_the_old_rule_is_recounted_when_opened(tmp_path: Path) -> None:
    db = tmp_path / "old.db"
    old_version_store(db, 9)
    with sqlite3.connect(db) as c:  # two outlets' agency text, counted as two by a storyline that counted copies
        for rid, name, outlet, text in ((2, "radio.json", "Valley Radio", " ".join([_OWN_A, *_AGENCY])),
                                        (3, "daily.json", "The Lowland Daily", " ".join([_OWN_B, *_AGENCY]))):
            c.execute("INSERT INTO reports(id, doc_id, content_hash, story, title, outlet, text, added, features, "
                      "signature) VALUES (?, ?, ?, 1, 'Dam', ?, ?, '2026-03-06', x'', x'')",
                      (rid, name, f"h{rid}", outlet, text))
        c.execute("UPDATE stories SET reports = 3, independent_sources = 3 WHERE id = 1")
    c.close()
    with Store(db) as store:
        (story,) = store.stories()
        assert story.independent_sources == 2  # old.txt, and the two outlets' one agency text
        assert not store.voices.stale()
        assert store.conn.execute("PRAGMA user_version").fetchone()[0] == 10
    with Store(db) as store:  # counted once: the next open reads the count
        assert store.stories()[0].independent_sources == 2


def test_a_report_added_later_joins_its_storys_voices(tmp_path: Path) -> None:
    """The second add compares the new report with its story's members only, and the count is the brief's."""
    folder = _articles(tmp_path / "in")
    later = tmp_path / "later"
    later.mkdir()
    (folder / "daily.json").rename(later / "daily.json")
    own = ("Rescue crews from three counties were sent to the Dravna valley on Friday as water poured over the "
           "spillway. Families packed cars with blankets and pets and drove up the mountain road. The water board "
           "has not said what caused the gate to stick. Shops in the lower town boarded up their windows. A ferry "
           "across the reservoir was stopped until the level settles. Engineers from the capital are expected on "
           "Saturday morning to look at the gate.")
    (later / "wire.json").write_text(json.dumps({  # a third outlet's own words: its own voice
        "id": "wire.json", "title": "Dravna dam spillway opened after gate jams", "source": "Hill Post",
        "published": "2026-03-07", "text": own + " The Dravna dam's spillway was opened on Friday."}))
    with Store(tmp_path / "s.db") as store:
        store.add([folder])

        def afresh(*args: object) -> None:
            raise AssertionError("a report joining a story is compared with its members, not counted afresh")

        store.voices.afresh = afresh  # type: ignore[method-assign]
        store.add([later])
        (story,) = store.stories()
        assert story.reports == 3
        assert story.independent_sources == 2
        assert "3 reports, 2 independent" in store.brief_text(story.id)
