"""Scale: cached analyses (never parse a report twice) and Dask runs identical to serial ones."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import pytest

from story_fixtures import stream, write_folder, write_jsonl
from storyline import cli
from storyline.model import Document, RawDocument
from storyline.pipeline import build_brief
from storyline.store import Store
from storyline.store.analyses import content_hash, memory_analyser, pack, unpack
from storyline.store.briefs import BriefJob, Built, build
from storyline.store.prepare import Prepared, prepare

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
CRASH = "CRASH-THIS-WORKER"


def _docs(n: int = 2) -> list[Document]:
    return [Document(id=i, text=text, title=f"{topic} {i}") for i, topic, text in stream(n)]


def _brief_json(docs: list[Document], **kwargs: Any) -> dict[str, Any]:
    d = build_brief(docs, **kwargs).to_dict()
    d["provenance"].pop("seconds")
    return d


def test_a_cached_analysis_gives_the_same_brief_as_a_fresh_parse() -> None:
    from storyline.analyse import analyse

    docs = _docs()
    blobs = {content_hash(a.doc): pack(a) for a in analyse(docs)}
    assert _brief_json(docs, analyser=memory_analyser(blobs)) == _brief_json(docs)


def test_an_analysis_that_does_not_fit_the_text_is_a_miss() -> None:
    from storyline.analyse import analyse

    doc = _docs(1)[0]
    blob = pack(analyse([doc])[0])
    assert unpack(blob, doc) is not None
    assert unpack(blob, Document(id=doc.id, text="Something else entirely.\n" + doc.text)) is None


def test_briefs_of_a_store_added_with_analyse_parse_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.analyse

    with Store(tmp_path / "s.db") as store:
        store.add([write_folder(tmp_path / "in", 2)], analyse=True)
        assert store.conn.execute("SELECT count(*) FROM analyses").fetchone()[0] == 6
        parsed: list[int] = []
        real = storyline.analyse.analyse

        def counting(docs: Sequence[Document]) -> list[Any]:
            parsed.append(len(docs))
            return real(docs)

        monkeypatch.setattr(storyline.analyse, "analyse", counting)
        for s in store.stories():
            assert len(store.brief(s.id).documents) == s.reports
        assert parsed == []


def test_a_brief_parses_only_members_not_yet_cached(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import storyline.analyse

    folder = write_folder(tmp_path / "in", 2)
    parsed: list[str] = []
    real = storyline.analyse.analyse

    def counting(docs: Sequence[Document]) -> list[Any]:
        parsed.extend(d.id for d in docs)
        return real(docs)

    monkeypatch.setattr(storyline.analyse, "analyse", counting)
    with Store(tmp_path / "s.db") as store:
        store.add([folder / "flood-0.txt"])
        sid = store.stories()[0].id
        store.brief(sid)
        store.add([folder / "flood-1.txt"])
        store.brief(sid)
    assert sorted(parsed) == ["flood-0.txt", "flood-1.txt"]  # each parsed once, across two briefs


def test_workers_without_dask_say_how_to_get_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # `import distributed` now fails
    folder = write_folder(tmp_path / "in", 1)
    assert cli.main(["add", str(folder), "--db", str(tmp_path / "s.db"), "--workers", "2"]) == 2
    assert cli.main(["brief", str(folder), "--workers", "2"]) == 2
    err = capsys.readouterr().err
    assert err.count("pip install 'storyline[dask]'") == 2 and "Traceback" not in err


# --- on a Dask cluster -------------------------------------------------------------------------

def crashing(raws: Sequence[RawDocument], counts: Mapping[str, int] | None, max_chars: int,
             with_analysis: bool) -> Prepared:
    """``prepare``, except that a report holding ``CRASH`` kills its worker process."""
    if any(CRASH in r.text for r in raws):
        os._exit(3)
    return prepare(raws, counts, max_chars, with_analysis)


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    pytest.importorskip("distributed")
    import cloudpickle

    from storyline.scale import connect

    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # workers cannot import the tests
    with connect(workers=2) as c:
        c.wait_for_workers(2, timeout=300)
        yield c


def test_the_local_cluster_waits_for_a_restarted_worker_while_it_runs(client: Any) -> None:
    """Dask reads lost-worker-timeout when a worker is lost, long after the cluster started: at its
    default (15 s) a worker restarted after a crash that loads its models slowly was closed for good."""
    import dask

    assert dask.config.get("distributed.deploy.lost-worker-timeout") == "300s"
    assert dask.config.get("distributed.scheduler.allowed-failures") == 0


def _snapshot(db: Path) -> dict[str, Any]:
    conn = sqlite3.connect(db)
    try:
        return {
            "reports": conn.execute("SELECT doc_id, content_hash, story, copy_of, features, signature, text "
                                    "FROM reports ORDER BY id").fetchall(),
            "stories": conn.execute("SELECT id, title, reports, independent_sources, version, centroid "
                                    "FROM stories ORDER BY id").fetchall(),
            "analyses": conn.execute("SELECT * FROM analyses ORDER BY content_hash").fetchall(),
            "briefs": [(*row[:4], _no_seconds(row[4]), row[5], _SECONDS.sub("", row[6])) for row in conn.execute(
                "SELECT story, words, story_version, builder, json, markdown, html FROM briefs ORDER BY story")],
        }
    finally:
        conn.close()


_SECONDS = re.compile(r"<dt>seconds</dt><dd>[0-9.]+</dd>")
"""The one line of a brief's HTML that is a timing."""


def _no_seconds(brief_json: str) -> dict[str, Any]:
    d: dict[str, Any] = json.loads(brief_json)
    d["provenance"].pop("seconds")
    return d


def run(*args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "storyline", *args], capture_output=True, env=ENV, cwd=ROOT,
                          timeout=600)


def test_add_on_a_scheduler_gives_the_serial_store(tmp_path: Path, client: Any) -> None:
    feed = write_jsonl(tmp_path / "feed.jsonl", 60)  # three batches of the store
    serial = run("add", str(feed), "--db", str(tmp_path / "serial.db"), "--analyse", "--briefs", "--no-progress")
    dask = run("add", str(feed), "--db", str(tmp_path / "dask.db"), "--scheduler", client.scheduler.address,
               "--no-progress")
    assert serial.returncode == dask.returncode == 0, dask.stderr.decode()
    assert serial.stdout == dask.stdout
    one, two = _snapshot(tmp_path / "serial.db"), _snapshot(tmp_path / "dask.db")
    assert len(one["reports"]) == 60 and len(one["analyses"]) == 60
    assert b"briefs built 3" in dask.stdout  # every story's brief, built on the workers
    assert len(one["briefs"]) == len({r[2] for r in one["reports"]}) == 3
    assert one == two  # the same stories, cached analyses and briefs (apart from their timings)


def test_brief_on_a_scheduler_is_the_serial_brief(tmp_path: Path, client: Any) -> None:
    folder = write_folder(tmp_path / "in", 2)
    serial = run("brief", str(folder), "--format", "json", "-q")
    dask = run("brief", str(folder), "--format", "json", "-q", "--scheduler", client.scheduler.address)
    assert serial.returncode == dask.returncode == 0, dask.stderr.decode()
    drop = b'"seconds"'
    strip = [b"\n".join(ln for ln in out.stdout.splitlines() if drop not in ln) for out in (serial, dask)]
    assert strip[0] == strip[1]


def test_a_report_that_kills_its_worker_is_retried_then_skipped(tmp_path: Path, client: Any) -> None:
    from storyline.scale import add

    raws = [RawDocument(id=i, text=text) for i, _, text in stream(2)]
    raws.insert(2, RawDocument(id="bomb", text=f"{CRASH}\n" + raws[0].text))
    with Store(tmp_path / "s.db") as store:
        result = add(store, client, raws, work=crashing)
        assert result.added == 6
        assert [(s.input, "died twice" in s.reason) for s in result.skipped] == [("bomb", True)]
        assert store.counts()["reports"] == 6
    client.wait_for_workers(2, timeout=300)  # the nannies restart the workers


def crashing_brief(job: BriefJob) -> Built:
    """``build``, except that a story holding ``CRASH`` kills its worker process."""
    if any(CRASH in d.text for d in job.docs):
        os._exit(3)
    return build(job)


def test_a_story_whose_brief_kills_its_worker_is_retried_then_listed(tmp_path: Path, client: Any) -> None:
    from storyline.scale import add

    raws = [RawDocument(id=i, text=text) for i, _, text in stream(2)]
    raws.append(RawDocument(id="bomb", text=raws[0].text + f"\n\nOfficials said the {CRASH} siren sounded twice "
                                                             "across the valley on Tuesday night."))
    with Store(tmp_path / "s.db") as store:
        result = add(store, client, raws, briefs=200, brief_work=crashing_brief)
        bomb = dict(result.joined)["bomb"]
        assert result.added == 7 and not result.skipped
        assert [(f.input, "died twice" in f.reason) for f in result.brief_failures] == [(bomb, True)]
        assert result.briefs == 2 and store.stale_briefs(s.id for s in store.stories()) == [int(bomb)]
    client.wait_for_workers(2, timeout=300)
