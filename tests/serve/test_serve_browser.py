"""The web app in a real browser: Debian's headless Chromium driven by Playwright.

Covers list → story → document → back, adding a pasted report and seeing it join its
story, search, the phone layout (390 px) and hostile reports (nothing injected runs:
the document title stays the page's own, and no Content-Security-Policy violation
happens on any page, which also proves the app's own pages need nothing inline).

Skipped, with the reason, only when Chromium or Playwright is missing; `.ci/run`
installs Chromium first and says loudly when it could not.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from serve.serve_support import FIXTURES, chromium, chromium_problem, copy_store, live_server
from storyline.serve.app import create_app
from storyline.serve.web import doc_url

_PROBLEM = chromium_problem()
pytestmark = pytest.mark.skipif(_PROBLEM is not None, reason=f"browser tests need Chromium: {_PROBLEM}")

WATCH = """
window.__csp = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__csp.push(e.violatedDirective + ' ' + e.blockedURI);
});
"""


@pytest.fixture(scope="module")
def site(fixture_store: tuple[Path, dict[str, str]], tmp_path_factory: pytest.TempPathFactory
         ) -> Iterator[tuple[str, dict[str, str]]]:
    path, ids = fixture_store
    db = copy_store(path, tmp_path_factory.mktemp("browser") / "store.db")
    with live_server(create_app(db)) as base:
        yield base, ids


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with chromium(viewport={"width": 1280, "height": 900}) as context:
        context.add_init_script(WATCH)
        yield context


@pytest.fixture()
def page(browser: Any) -> Iterator[Any]:
    p = browser.new_page()
    yield p
    p.close()


def settle(page: Any) -> None:
    """Give injected handlers (image errors, hovers) every chance to fire, then check nothing did."""
    page.wait_for_load_state("load")
    for x, y in ((50, 50), (300, 200), (600, 400), (200, 700)):
        page.mouse.move(x, y)
    page.wait_for_timeout(250)
    served = page.evaluate("document.documentElement.outerHTML")
    assert page.evaluate("window.__csp") == [], page.url
    title = re.search(r"<title>(.*?)</title>", served, re.S)
    assert title and not re.fullmatch(r"PWNED-\d+", page.title())
    assert "PWNED" not in page.title() or "PWNED" in html.unescape(title.group(1))


def test_list_story_document_and_back(page: Any, site: tuple[str, dict[str, str]]) -> None:
    base, ids = site
    page.goto(base + "/")
    settle(page)
    page.get_by_role("link", name="Lindqvist closes Tollgate Bridge after engineers find cracks").click()
    assert page.url == f"{base}/stories/{ids['Tollgate']}"
    settle(page)
    assert page.locator("main header h1").inner_text() == "Lindqvist closes Tollgate Bridge after engineers find cracks"
    assert page.locator("#summary a.cite").count() > 0
    reports = page.locator("section.reports")
    reports.get_by_role("link", name="Cracked girders shut busy river bridge in Lindqvist").click()
    assert page.url == base + doc_url(ids["Tollgate"], "bridge-wire-2")
    settle(page)
    assert page.locator("div.text mark").count() > 0
    assert page.locator("ol.cut li").count() >= 1
    page.locator("#back").click()
    assert page.url.startswith(f"{base}/stories/{ids['Tollgate']}#d")
    page.go_back()
    assert page.url == base + doc_url(ids["Tollgate"], "bridge-wire-2")
    page.go_back()
    page.go_back()
    assert page.url == base + "/"


def test_adding_a_pasted_report_joins_its_story(page: Any, site: tuple[str, dict[str, str]]) -> None:
    base, ids = site
    page.goto(base + "/")
    page.get_by_role("link", name="Add reports").click()
    settle(page)
    page.fill("#text", (FIXTURES / "bridge_update.txt").read_text(encoding="utf-8"))
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="Add to the store").click()
    settle(page)
    assert "added 1" in page.locator("#summary").inner_text()
    joined = page.locator("ul.joined li").first
    assert "joined" in joined.inner_text()
    joined.locator("a.story-link").click()
    assert page.url == f"{base}/stories/{ids['Tollgate']}"
    assert page.locator("section.reports").get_by_role(
        "link", name="Shuttle buses start as Tollgate Bridge repairs begin").count() == 1


def test_search(page: Any, site: tuple[str, dict[str, str]]) -> None:
    base, _ = site
    page.goto(base + "/")
    page.fill("#q", "hailstones")
    page.get_by_role("button", name="Show stories").click()
    settle(page)
    assert page.locator("li.story h2").all_inner_texts() == ["Hailstorm shreds apple orchards across Orchard Valley"]
    assert page.locator("#q").input_value() == "hailstones"
    page.get_by_role("link", name="Clear").click()
    assert page.locator("li.story").count() >= 5


def test_phone_layout(browser: Any, site: tuple[str, dict[str, str]]) -> None:
    base, ids = site
    phone = browser.new_page()
    phone.set_viewport_size({"width": 390, "height": 844})
    try:
        for url in ("/", f"/stories/{ids['Aldermouth']}", doc_url(ids["Aldermouth"], "01_coastal_herald.txt"), "/add"):
            phone.goto(base + url)
            settle(phone)
            width = phone.evaluate("document.documentElement.scrollWidth")
            assert width <= 390, f"{url} is {width}px wide on a 390px phone"
            size = phone.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")
            assert size >= 16
        # the claims table neither widens the page nor hides columns off to the right: its rows are stacked
        phone.goto(base + f"/stories/{ids['Aldermouth']}")
        box = "document.querySelector('table.claims').parentElement"
        assert phone.evaluate(f"{box}.scrollWidth <= {box}.clientWidth + 1")
        assert phone.locator("table.claims td[data-label=Verdict]").first.is_visible()
        # keyboard focus is visible
        phone.keyboard.press("Tab")
        outline = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
        assert outline not in ("none", "")
    finally:
        phone.close()


def test_hostile_reports_run_nothing(page: Any, site: tuple[str, dict[str, str]]) -> None:
    base, ids = site
    sid = ids["Port Vell"]
    page.goto(base + "/")
    settle(page)
    page.goto(f"{base}/stories/{sid}")
    settle(page)
    links = page.locator("section.reports a")
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert len(hrefs) == 3
    for href in hrefs:
        page.goto(base + href)
        settle(page)
        for a in page.locator("a[href]").all():
            assert not (a.get_attribute("href") or "").strip().lower().startswith(("javascript:", "data:"))
    page.goto(f"{base}/?q=PWNED")
    settle(page)
    # a hostile page pasted into /add: shown, added or skipped, never run
    page.goto(base + "/add")
    payload = ("<html><head><title>x</title><script>document.title='PWNED-20'</script></head><body><article>"
               "<p>Ferry crews in Port Vell ended their strike on Friday after Vell Lines raised its pay offer to "
               "6 percent, union leader Rosa Quint said.</p><img src=x onerror=\"document.title='PWNED-21'\">"
               "<p>Services resumed on Saturday morning, the operator said.</p></article></body></html>")
    page.fill("#text", payload)
    with page.expect_navigation(timeout=120_000):
        page.get_by_role("button", name="Add to the store").click()
    settle(page)
    page.locator("ul.joined a").first.click()
    settle(page)
