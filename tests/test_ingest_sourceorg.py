"""The writer's newsroom shown beside the host's name (``ingest.sourceorg``, bench/BRIEF_REVIEW.md, "inputs52"):
a column or a wire story on another site's page, credited by hNews markup or by a byline ending on a wire; made-up
pages."""

from __future__ import annotations

import pytest

from storyline.ingest import sourceorg
from storyline.ingest.html import extract_html

_BODY = "<p>" + " ".join(["The orchestra opened its winter season on Friday with a new symphony."] * 3) + "</p>"


def page(head: str = "", site: str = "Valley Courier", address: str = "https://valleycourier.example/arts/1") -> str:
    return (f'<html><head><title>Orchestra opens its season</title><meta property="og:site_name" content="{site}">'
            f'<meta property="og:url" content="{address}"></head><body><article>'
            f"<h1>Orchestra opens its season</h1>{head}{_BODY}</article></body></html>")


HNEWS = ('<div style="display:none;"><span class="byline author vcard"><span class="fn">By ANN LEE</span></span>'
         '<span class="creditline source-org vcard"><span class="org fn">{org}</span></span></div>')


def test_an_hnews_source_org_names_the_columns_newsroom() -> None:
    outlet = extract_html(page(HNEWS.format(org="The_Harbor_Gazette")), "p").outlet
    assert outlet == "Valley Courier (The Harbor Gazette)"


def test_a_byline_ending_on_a_wire_names_the_wire() -> None:
    byline = '<ul class="details"><li class="first">Article by: TOM REED ASSOCIATED PRESS</li></ul>'
    assert extract_html(page(byline), "p").outlet == "Valley Courier (AP)"
    assert extract_html(page("<p>By Tom Reed, Reuters</p>"), "p").outlet == "Valley Courier (Reuters)"


def test_the_sites_own_story_a_staff_credit_or_a_photo_credit_is_no_other_newsroom() -> None:
    own = HNEWS.format(org="The_Valley_Courier")
    assert extract_html(page(own), "p").outlet == "Valley Courier"
    staff = HNEWS.format(org="Staff, news services")
    assert extract_html(page(staff), "p").outlet == "Valley Courier"
    assert extract_html(page("<p>Photo: Jo Park • Associated Press</p>"), "p").outlet == "Valley Courier"


def test_switch_off_keeps_the_hosts_name(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sourceorg, "SOURCE_ORGS", False)
    assert extract_html(page(HNEWS.format(org="The_Harbor_Gazette")), "p").outlet == "Valley Courier"
