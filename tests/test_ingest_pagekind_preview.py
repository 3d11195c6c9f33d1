"""An event preview and a feature (ingest/pagekind_preview.py, page_kinds.json): made-up pages, each sign alone
and the same page without it kept as news."""

from __future__ import annotations

import json

from storyline.ingest.html import extract_html

LEDE = ("From 12 March 2021 to 4 April 2021, the harbour district will host forty installations by artists from "
        "twelve countries, the organisers said.")
PARAS = [
    "Visitors can walk the route along the quays, and a boat tour will pass the works on the water each evening.",
    "This year's theme is the tide, and several works react to the water level as it rises and falls each day.",
    "Tickets for the boat tour go on sale next month, and the walking route is free to all visitors, they said.",
]


def page(*, title: str = "The 5th Harbour Light Festival", lede: str = LEDE, published: str = "2021-01-10",
         description: str = "", url: str = "https://www.example-mag.org/art/harbour-lights", head: str = "") -> str:
    meta = (f'<meta property="article:published_time" content="{published}T09:00:00+00:00">' if published else "")
    meta += f'<meta property="og:description" content="{description}">' if description else ""
    body = "".join(f"<p>{p}</p>" for p in [lede, *PARAS])
    ld = json.dumps({"@type": "Article", "headline": title})
    return f"""<!DOCTYPE html><html><head><title>{title}</title><meta property="og:title" content="{title}">
<meta property="og:url" content="{url}">{meta}{head}<script type="application/ld+json">{ld}</script></head>
<body><article><h1>{title}</h1>{body}</article></body></html>"""


def kind_of(html: str) -> tuple[str, bool] | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else (k.kind, k.skip)


def test_an_edition_and_its_coming_dates_make_an_event_preview_kept_with_a_note() -> None:
    k = extract_html(page(), "p.html").kind
    assert k is not None and (k.kind, k.skip) == ("preview", False)
    assert "5th Harbour Light Festival" in k.reason and "12 March 2021 to 4 April 2021" in k.reason


def test_the_span_may_be_in_the_description_and_the_edition_written_so() -> None:
    html = page(title="Harbour lights return", lede=PARAS[0] + " It is the festival's 5th edition.",
                description="The 5th edition of the Harbour Light Festival runs from 12 March to 4 April 2021.")
    assert kind_of(html) == ("preview", False)


def test_either_sign_alone_is_no_preview() -> None:
    assert kind_of(page(title="Harbour district plans light festival")) is None
    assert kind_of(page(lede=PARAS[0] + " Organisers said the festival would be held every spring.")) is None


def test_dates_already_begun_or_without_a_year_or_without_a_publication_date_are_no_preview() -> None:
    assert kind_of(page(published="2021-03-20")) is None
    assert kind_of(page(lede=LEDE.replace(" 2021", ""))) is None
    assert kind_of(page(published="")) is None


def test_a_feature_only_by_its_section_path_or_label() -> None:
    plain = dict(title="Harbour lights", lede=PARAS[0])
    assert kind_of(page(**plain)) is None
    assert kind_of(page(**plain, head='<meta property="article:section" content="Features">')) == ("feature", False)
    assert kind_of(page(**plain, url="https://www.example-mag.org/features/harbour-lights")) == ("feature", False)
    assert kind_of(page(title="The long read: Harbour lights", lede=PARAS[0])) == ("feature", False)
