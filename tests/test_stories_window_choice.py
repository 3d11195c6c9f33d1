"""The date window as a user's choice (round 17 of bench/STORIES_EXPERIMENTS.md): ``--window DAYS|off|auto`` on
``add``, ``stories --recluster`` and ``brief``, ``$STORYLINE_WINDOW``, ``Store(window=...)``; the store keeps the
window it was built with and says when a later run uses another. ``auto`` is the default wherever none is given
(round 19): a new store gets it and keeps it, a store built before windows could be chosen stays off. (``auto``: the
share of the store's span, ``tests/test_stories_window.py``.) Made-up reports: a library's flood repairs."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from storyline.cli import main
from storyline.store import Store
from storyline.stories import ClusterSettings
from storyline.stories.batch import DEFAULT_SPLIT, window_split
from storyline.stories.window_choice import (
    AUTO_FLOOR,
    AUTO_SHARE,
    WindowError,
    default_window,
    parse_window,
    window_settings,
)

DAY = dt.date(2032, 9, 6)
LIBRARY = ("The Harwick Street library will stay shut while crews repair flood damage to its reading rooms, the "
           "council said. Water reached the shelves of the children's section and the archive in the basement. "
           "Librarians moved the rare maps to a warehouse and the council set aside money for new carpets, "
           "pumps and a drainage channel along the library's east wall.")


def _feed(tmp_path: Path, days: tuple[int, ...], first: int = 0) -> Path:
    """One JSONL article a report of the library's flood repairs each, published ``days`` after DAY (numbered
    from ``first``)."""
    lines = [json.dumps({"id": f"lib-{n}", "title": f"Harwick library flood repairs, update {n}",
                         "published": (DAY + dt.timedelta(days=d)).isoformat(),
                         "text": f"Update {n}. " + LIBRARY + f" Work on the drains went on for week {n + 1}."})
             for n, d in enumerate(days, first)]
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _stories(db: Path) -> int:
    with Store(db, create=False) as store:
        return len(store.stories())


def test_the_window_flag_reaches_the_clustering(tmp_path: Path) -> None:
    feed = _feed(tmp_path, (0, 1, 70, 71))  # two bursts ten weeks apart, one subject
    assert main(["add", str(feed), "--db", str(tmp_path / "auto.db"), "-q"]) == 0
    assert _stories(tmp_path / "auto.db") == 2  # the default (auto): the store spanned a day when day 70 came
    assert main(["add", str(feed), "--db", str(tmp_path / "off.db"), "-q", "--window", "off"]) == 0
    assert _stories(tmp_path / "off.db") == 1  # an archive of topics told over months: one story
    assert main(["add", str(feed), "--db", str(tmp_path / "on.db"), "-q", "--window", "21"]) == 0
    assert _stories(tmp_path / "on.db") == 2


def test_a_new_store_records_auto(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:  # empty, no window kept yet: the default
        assert store.window == "auto" and store.window_note is None
        assert store.settings.date_share == AUTO_SHARE and store.settings.date_gap == AUTO_FLOOR
    assert main(["add", str(_feed(tmp_path, (0,))), "--db", str(db), "-q"]) == 0
    assert "window" not in capsys.readouterr().err
    with Store(db) as store:
        assert store.conn.execute("SELECT value FROM meta WHERE key = 'window'").fetchone()[0] == "auto"
    more = tmp_path / "more"
    more.mkdir()
    _feed(more, (70, 71), first=1)
    assert main(["add", str(more), "--db", str(db), "-q"]) == 0  # the store keeps auto: a later burst apart
    assert "window" not in capsys.readouterr().err
    assert _stories(db) == 2


@pytest.mark.parametrize(("value", "reason"), [("abc", "not a number of days"), ("-3", "cannot be negative"),
                                               ("inf", "finite number of days"), ("nan", "finite number of days")])
def test_a_bad_window_names_the_flag_and_the_reason(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                    value: str, reason: str) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["add", str(tmp_path), "--db", str(tmp_path / "s.db"), f"--window={value}"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--window" in err and reason in err and "e.g. 21" in err
    assert not (tmp_path / "s.db").exists()


def test_parse_window_keeps_days_off_and_auto() -> None:
    assert parse_window("21") == "21" and parse_window(10.5) == "10.5" and parse_window(" 7.0 ") == "7"
    assert parse_window("off") == parse_window("0") == parse_window(0) == parse_window(None) == "off"
    assert parse_window("AUTO") == "auto"
    with pytest.raises(WindowError, match=r"\$STORYLINE_WINDOW 'weekly': not a number of days"):
        parse_window("weekly", "$STORYLINE_WINDOW")
    on = window_settings(ClusterSettings(), "21")
    assert (on.date_gap, on.date_share) == (21.0, 0.0)
    assert window_settings(on, "off").date_gap == 0.0
    assert window_settings(ClusterSettings(), "auto").date_share > 0


def test_the_store_keeps_its_window_and_says_when_a_run_uses_another(tmp_path: Path,
                                                                     capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["add", str(_feed(tmp_path, (0, 1))), "--db", str(db), "-q", "--window", "14"]) == 0
    with Store(db) as store:
        assert store.window == "14" and store.window_note is None
        assert store.settings.date_gap == 14.0
    capsys.readouterr()
    more = tmp_path / "more"
    more.mkdir()
    _feed(more, (60, 61), first=2)
    assert main(["add", str(more), "--db", str(db), "-q"]) == 0  # no flag: the store's window, said nothing
    assert "window" not in capsys.readouterr().err
    assert _stories(db) == 2
    assert main(["add", str(more), "--db", str(db), "-q", "--window", "off"]) == 0
    err = capsys.readouterr().err
    assert "built with the date window 14 days" in err and "clusters with off" in err
    with Store(db) as store:
        assert store.window == "off"


def test_the_environment_sets_the_window_and_a_bad_one_is_named(tmp_path: Path,
                                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STORYLINE_WINDOW", "30")
    with Store(tmp_path / "s.db") as store:
        assert store.window == "30"
    with Store(tmp_path / "t.db", window=7) as store:  # the API's (or the flag's) window comes first
        assert store.window == "7"
    monkeypatch.setenv("STORYLINE_WINDOW", "a month")
    with pytest.raises(WindowError, match=r"\$STORYLINE_WINDOW 'a month': not a number of days"):
        Store(tmp_path / "u.db")


def test_a_store_built_before_the_window_was_chosen_is_off(tmp_path: Path) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:
        store.add([_feed(tmp_path, (0,))])
        store.conn.execute("DELETE FROM meta WHERE key = 'window'")
    with Store(db, window=21) as store:
        assert store.window == "21" and store.window_note and "built with the date window off" in store.window_note


@pytest.mark.parametrize("days", [(0, 1, 2, 3, 4, 5, 6), (0, 3, 4, 5, 10, 11, 12)])
def test_a_new_store_fed_one_add_a_day_keeps_a_storys_days_together(tmp_path: Path, days: tuple[int, ...]) -> None:
    db = tmp_path / "s.db"
    with Store(db) as store:  # the default (auto): a young store's span is days, the window at least a week
        for n, day in enumerate(days):
            folder = tmp_path / f"day{n}"
            folder.mkdir()
            store.add([_feed(folder, (day,), first=n)])
        assert len(store.stories()) == 1


def test_a_store_built_before_windows_stays_off_by_default(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["add", str(_feed(tmp_path, (0, 1))), "--db", str(db), "-q", "--window", "off"]) == 0
    with Store(db) as store:  # reports and no meta.window: as a store built before the window could be chosen
        store.conn.execute("DELETE FROM meta WHERE key = 'window'")
    with Store(db) as store:
        assert store.window == "off" and store.window_note is None
        assert store.settings.date_gap == 0.0 and store.settings.date_share == 0.0
    more = tmp_path / "more"
    more.mkdir()
    _feed(more, (70, 71), first=2)
    assert main(["add", str(more), "--db", str(db), "-q"]) == 0  # no flag: off, as it was built; nothing said
    assert "window" not in capsys.readouterr().err
    assert _stories(db) == 1
    with Store(db) as store:
        assert store.conn.execute("SELECT value FROM meta WHERE key = 'window'").fetchone()[0] == "off"


def test_recluster_takes_the_window(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "s.db"
    assert main(["add", str(_feed(tmp_path, (0, 1, 70, 71))), "--db", str(db), "-q", "--window", "off"]) == 0
    assert _stories(db) == 1
    assert main(["stories", "--db", str(db), "--recluster", "--window", "21"]) == 0
    assert "built with the date window off" in capsys.readouterr().err
    assert _stories(db) == 2
    with pytest.raises(SystemExit):
        main(["stories", "--db", str(db), "--window", "21"])  # without --recluster it would change nothing
    assert "give --recluster too" in capsys.readouterr().err


def test_brief_splits_a_large_input_with_the_window(monkeypatch: pytest.MonkeyPatch) -> None:
    assert window_split("auto") is DEFAULT_SPLIT  # the default: auto, as a new store
    assert DEFAULT_SPLIT.store.date_share == AUTO_SHARE and DEFAULT_SPLIT.store.date_gap == AUTO_FLOOR
    off = window_split("off").store
    assert (off.date_gap, off.date_share) == (0.0, 0.0)
    assert window_split("21").store.date_gap == 21.0
    monkeypatch.delenv("STORYLINE_WINDOW", raising=False)
    assert default_window() == "auto" and default_window("off") == "off"
    monkeypatch.setenv("STORYLINE_WINDOW", "off")
    assert default_window() == "off" and default_window(21) == "21"
    with pytest.raises(SystemExit):
        main(["brief", "--db", "x.db", "--story", "1", "--window", "21"])


def test_the_stores_date_range_follows_its_stories(tmp_path: Path) -> None:
    with Store(tmp_path / "s.db") as store:
        assert store.index.date_range() == (None, None)
        store.add([_feed(tmp_path, (0, 9))])
        store.index.reset()
        assert store.index.date_range() == (DAY, DAY + dt.timedelta(days=9))


def test_a_bad_environment_window_creates_no_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setenv("STORYLINE_WINDOW", "-1")
    assert main(["add", str(_feed(tmp_path, (0,))), "--db", str(tmp_path / "s.db"), "-q"]) == 2
    assert "$STORYLINE_WINDOW '-1': a window cannot be negative" in capsys.readouterr().err
    assert not (tmp_path / "s.db").exists()
