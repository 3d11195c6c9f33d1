"""A big brief stays readable in HTML: claims by importance with single-source rows folded,
verdict filters without JavaScript, a source filter with it, long name lists and report
texts folded; still one self-contained page the web app's CSP allows.

The brief is built here from our own text (12 reports, 40 claims, 50 names).
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import pytest

from storyline.model import Brief, ClaimGroup, ClaimMention, Document, Entity, Verdict
from storyline.render import render
from storyline.render.claims_html import importance
from storyline.render.html import FOLD_SOURCES, TOP_NAMES
from storyline.serve.briefview import renderer_assets

sys.path.insert(0, str(Path(__file__).resolve().parent / "serve"))

VISIBLE = "() => [...document.querySelectorAll('tr.cr')].filter(r => r.checkVisibility()).map(r => r.className)"
SENTENCE = "Officials said {n} people were moved from the harbour district on Tuesday. "
VERDICTS: list[Verdict] = ["agree", "differ", "contested", "single"]


def _doc(i: int) -> Document:
    text = "".join(SENTENCE.format(n=10 * i + k) for k in range(40))
    return Document(id=f"r{i}", text=text, title=f"Report {i} on the harbour", outlet=f"Outlet {i}")


def _mention(doc: Document, k: int) -> ClaimMention:
    start = len(SENTENCE.format(n=0)) * k
    end = start + len(SENTENCE.format(n=0)) - 2
    return ClaimMention(doc=doc.id, start=start, end=end, text=doc.text[start:end], value=k, low=k, high=k,
                        qualifier=None, unit="people", speaker="Officials", event=None, place=[], time=[],
                        vague=False)


def _claim(c: int, docs: list[Document]) -> ClaimGroup:
    """Claim c: stated by c % 5 + 1 reports (1 = single source), verdict cycling."""
    n = c % 5 + 1
    members = [docs[(c + j) % len(docs)] for j in range(n)]
    verdict: Verdict = "single" if n == 1 else VERDICTS[c % 3]
    return ClaimGroup(id=f"c{c}", what=f"people moved, count {c}", verdict=verdict, independent_sources=n,
                      mentions=[_mention(d, c % 40) for d in members], event=None, place=[])


@pytest.fixture(scope="module")
def big() -> Brief:
    docs = [_doc(i) for i in range(1, 13)]
    claims = [_claim(c, docs) for c in range(40)]
    entities = [Entity(name=f"Person {k}", kind="person", aliases=[], docs=[d.id for d in docs[: 1 + k % 12]])
                for k in range(50)]
    entities.sort(key=lambda e: -len(e.docs))
    return Brief(story_id="big", title="Harbour district moved", words=100, documents=docs, claims=claims,
                 entities=entities)


@pytest.fixture(scope="module")
def page(big: Brief) -> str:
    return render(big, "html")


def _rows(html: str) -> list[str]:
    return re.findall(r'<tr class="cr cr-(\w+)" data-docs=" ([\d ]*) ">', html)


def test_claims_sorted_by_importance_single_source_folded(big: Brief, page: str) -> None:
    main, _, folded = page.partition('<details class="cf-single">')
    folded = folded.split("</details>")[0]
    shown = [c for c in sorted(big.claims, key=importance) if c.independent_sources > 1]
    assert len(_rows(main)) == len(shown) == 32
    counts = [len(docs.split()) for _, docs in _rows(main)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 5
    assert "8 claims from a single independent source<" in folded and len(_rows(folded)) == 8
    assert all(v == "single" for v, _ in _rows(folded))
    five = [c.verdict for c in sorted(big.claims, key=importance) if c.independent_sources == 5]
    assert five == sorted(five, key=["contested", "differ", "agree", "single"].index)  # disagreement first


def test_verdict_filter_without_javascript(page: str) -> None:
    css = renderer_assets().css
    for v in ("contested", "differ", "agree", "single"):
        assert f'<input type="radio" name="cf-verdict" id="cf-{v}" class="cf-radio" aria-label="verdict: {v} (' in page
        assert f"#cf-{v}:checked~* tr.cr:not(.cr-{v})" in css
    assert '<label class="cf-source" hidden>' in page  # the source filter needs brief.js, which unhides it


def test_names_beyond_the_top_are_folded(page: str) -> None:
    people = page.split('<section id="people">')[1].split("</section>")[0]
    shown, _, folded = people.partition('<details class="more-names">')
    assert shown.count("<li>") == TOP_NAMES and f"{50 - TOP_NAMES} more names" in folded
    assert folded.count("<li>") == 50 - TOP_NAMES
    assert shown.index("Person 11<") < shown.index("Person 10<")  # most-reported first, as merged
    assert "Person 0<" in folded and "Person 0<" not in shown


def test_report_texts_folded_when_many(big: Brief, page: str) -> None:
    assert len(big.documents) > FOLD_SOURCES
    assert page.count('<details class="doc-text">') == len(big.documents)
    small = Brief(story_id="s", title="t", words=50, documents=big.documents[:3], claims=[])
    assert '<details class="doc-text">' not in render(small, "html")


def test_self_contained_and_allowed_by_the_app_csp(page: str) -> None:
    assert not re.search(r"""<(?:link|img|iframe|script)\b[^>]*\b(?:src|href)=""", page)
    assert "http://" not in page and "https://" not in page
    assert not re.search(r"""\sstyle=|\son[a-z]+=""", page)  # inline styles and handlers: CSP refuses them
    assert "cf-source" in renderer_assets().js  # the app serves this script as /assets/brief.js


def _shown_without_js(page: str, path: Path, verdict: str) -> list[str]:
    from serve_support import chromium, chromium_problem

    problem = chromium_problem()
    if problem:
        pytest.skip(problem)
    path.write_text(page, encoding="utf-8")
    with chromium(viewport={"width": 1000, "height": 800}, java_script_enabled=False) as context:
        p = context.new_page()
        p.goto(path.as_uri())
        p.click(f"label[for=cf-{verdict}]")
        shown: list[str] = p.evaluate(VISIBLE)
        assert not p.locator("#cf-source").is_visible()
    return shown


def test_verdict_filter_works_with_javascript_off(page: str, tmp_path: Path) -> None:
    shown = _shown_without_js(page, tmp_path / "big.html", "agree")
    assert shown and all("cr-agree" in c for c in shown)


@pytest.fixture(scope="module")
def browser_page(page: str, tmp_path_factory: pytest.TempPathFactory) -> Any:
    from serve_support import chromium, chromium_problem

    problem = chromium_problem()
    if problem:
        pytest.skip(problem)
    path = tmp_path_factory.mktemp("big") / "big.html"
    path.write_text(page, encoding="utf-8")
    with chromium(viewport={"width": 1000, "height": 800}) as context:
        p = context.new_page()
        p.goto(path.as_uri())
        yield p


def test_filters_in_a_browser(browser_page: Any) -> None:
    p = browser_page
    assert len(p.evaluate(VISIBLE)) == 32  # single-source rows folded
    p.click("label[for=cf-differ]")
    shown = p.evaluate(VISIBLE)
    assert shown and all("cr-differ" in c for c in shown)
    p.click("label[for=cf-single]")  # only folded rows match: the fold opens
    shown = p.evaluate(VISIBLE)
    assert len(shown) == 8 and all("cr-single" in c for c in shown)
    p.click("label[for=cf-all]")
    p.select_option("#cf-source", "3")
    docs = p.evaluate("() => [...document.querySelectorAll('tr.cr')].filter(r => r.checkVisibility())"
                      ".map(r => r.dataset.docs)")
    assert docs and all(" 3 " in d for d in docs)
    p.select_option("#cf-source", "")


def test_a_citation_opens_its_folded_report(browser_page: Any) -> None:
    p = browser_page
    link = p.locator("section#sources a.cite, section#claims a.cite").first
    target = link.get_attribute("href")
    link.click()
    assert p.evaluate(f"() => document.getElementById('{target[1:]}').closest('details').open")
    assert p.locator(target).is_visible()


def test_claims_table_is_readable_on_a_narrow_screen(page: str, browser_page: Any) -> None:
    """At 400 px the five-column claims table scrolled sideways with Sources and Verdict out of sight and no
    cue; its rows are now stacked, each value under its column's name, and nothing needs a sideways scroll."""
    cells = re.findall(r'<td data-label="([^"]+)">', page)
    assert cells[:5] == ["What", "Figures", "Who said it", "Sources", "Verdict"]
    p = browser_page
    try:
        for width, stacked in ((400, True), (1280, False)):
            p.set_viewport_size({"width": width, "height": 900})
            wide = p.evaluate("() => [...document.querySelectorAll('table.claims')].filter(t => t.checkVisibility())"
                              ".map(t => t.parentElement.scrollWidth - t.parentElement.clientWidth)")
            assert wide and max(wide) <= 1, (width, wide)  # no sideways scroll inside the table's box
            label = p.evaluate("() => getComputedStyle(document.querySelector('tr.cr td'), '::before').content")
            assert (label == '"What"') is stacked, (width, label)
            box = p.locator("tr.cr td[data-label=Verdict]").first.bounding_box()
            assert box is not None and box["x"] + 10 < width  # in sight, not off to the right
    finally:
        p.set_viewport_size({"width": 1000, "height": 800})
