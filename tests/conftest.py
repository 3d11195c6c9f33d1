"""Shared test helpers: where ../shared is, and small hand-made analyses.

The gold and acceptance tests need ../shared (``STORYLINE_SHARED`` names another
place). Marked ``@needs_shared``, they skip where it is absent, so a clean clone
still tests; with ``STORYLINE_REQUIRE_SHARED=1`` (what ``.ci/run`` sets when ../shared
exists) they fail instead, so CI cannot pass without the strongest checks.
"""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType

import pytest

from storyline.model import Analysis, Document, Sentence

ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("STORYLINE_SHARED") or ROOT.parent / "shared")
DEMO = ROOT / "examples" / "harbour-fire"

needs_shared = pytest.mark.needs_shared
"""Marks a test that reads ../shared (the seeds, gold and bench files)."""


def load_module(path: Path) -> ModuleType:
    """A script of bench/ or scripts/ imported as a module (they are not a package)."""
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[path.stem] = mod
    spec.loader.exec_module(mod)
    return mod


def shared_present() -> bool:
    return (SHARED / "seeds").is_dir() and (SHARED / "gold").is_dir() and (SHARED / "bench").is_dir()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "needs_shared: reads ../shared; skips without it unless required")


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    if item.get_closest_marker("needs_shared") is None or shared_present():
        return
    if os.environ.get("STORYLINE_REQUIRE_SHARED") == "1":
        pytest.fail(f"{SHARED} (seeds, gold, bench) is required (STORYLINE_REQUIRE_SHARED=1) but not there")
    pytest.skip(f"{SHARED} is not present")


def make_analysis(doc_id: str, sentences: list[str], copy_of: str | None = None) -> Analysis:
    """An Analysis whose document text is the sentences, one per line."""
    text = "\n".join(sentences)
    sents, pos = [], 0
    for i, s in enumerate(sentences):
        sents.append(Sentence(doc=doc_id, index=i, start=pos, end=pos + len(s), text=s, paragraph=i))
        pos += len(s) + 1
    return Analysis(Document(id=doc_id, text=text, title=doc_id, copy_of=copy_of), sents, [])


def story(*texts: str, published: dt.date | None = dt.date(2019, 3, 11)) -> list[Analysis]:
    """Made-up reports d0, d1, … (titled by their ids, dated ``published``) parsed by the real pipeline."""
    from storyline.analyse import analyse

    return analyse([Document(id=f"d{i}", text=t, title=f"d{i}", published=published) for i, t in enumerate(texts)])


Judge = Callable[[Sequence[tuple[Sentence, Sequence[Sentence]]], Sequence[Analysis]], list[dict[str, Sentence]]]


def timeline_rows(*texts: str, published: dt.date | None) -> list[tuple[str, bool, bool, str]]:
    """(date, mention, future, text) of each timeline entry of a one-report-per-text story: the timeline tests' view."""
    from storyline.pipeline import same_thing
    from storyline.timeline import build_timeline

    entries = build_timeline(story(*texts, published=published), same_thing)
    return [(e.date, e.mention, e.future, e.text) for e in entries]


def judge_telling(tells: Callable[[Sentence], bool]) -> Judge:
    """A made-up citation judge (``summarise(confirm=…)``): two sentences state the same thing when both
    tell what ``tells`` looks for; at most one sentence per report."""

    def judge(claims: Sequence[tuple[Sentence, Sequence[Sentence]]], analyses: Sequence[Analysis],
              ) -> list[dict[str, Sentence]]:
        out: list[dict[str, Sentence]] = []
        for s, cands in claims:
            found: dict[str, Sentence] = {}
            for t in cands:
                if t.doc not in found and tells(s) and tells(t):
                    found[t.doc] = t
            out.append(found)
        return out

    return judge


def entities(*texts: str) -> list[tuple[str, str, list[str]]]:
    """(name, kind, aliases) of each entity the brief would list for ``story(*texts)``."""
    from storyline.entities import merge_entities
    from storyline.places import locate_places

    a = story(*texts)
    return [(e.name, e.kind, e.aliases) for e in merge_entities(a, locate_places(a))]


def article_page(title: str, paras: Sequence[str], head: str = "", url: str = "", extra: str = "",
                 byline: str = "") -> str:
    """A made-up article page: the title as ``<title>`` and ``<h1>``, each paragraph a ``<p>`` in ``<article>``; with
    optional ``<head>`` markup, a canonical URL, markup after the text and a byline (the page-kind tests' view)."""
    body = "".join(f"<p>{p}</p>" for p in paras)
    link = f'<link rel="canonical" href="{url}">' if url else ""
    by = f'<div class="byline">{byline}</div>' if byline else ""
    return (f"<html><head><title>{title}</title>{link}{head}</head>"
            f"<body><article><h1>{title}</h1>{by}{body}{extra}</article></body></html>")


def page_kind(html: str) -> str | None:
    """The kind a page is noted as (None when not noted); a noted page is never skipped."""
    from storyline.ingest.html import extract_html

    kind = extract_html(html, "x").kind
    assert kind is None or not kind.skip
    return None if kind is None else kind.kind


def old_version_store(db: Path, version: int) -> None:
    """A store as storyline wrote it at schema ``version``: that version's migrations, and one story holding one
    report ('old.txt', "The Varne flooded Kelbridge again."), for the tests that open older stores."""
    import sqlite3

    from storyline.store.schema import MIGRATIONS, _statements
    from storyline.stories.vectors import pack

    with sqlite3.connect(db) as c:
        for script in MIGRATIONS[:version]:
            for statement in _statements(script):
                c.execute(statement)
        c.execute(f"PRAGMA user_version = {version}")
        c.execute("INSERT INTO stories(id, title, created, updated, reports, centroid) "
                  "VALUES (1, 'Old flood story', '2025-01-01', '2025-01-01', 1, ?)", (pack({1: 1.0}),))
        c.execute("INSERT INTO reports(doc_id, content_hash, story, title, text, added, features, signature) "
                  "VALUES ('old.txt', 'h1', 1, 'Old flood', 'The Varne flooded Kelbridge again.', '2025-01-01', "
                  "x'', x'')")
    c.close()
