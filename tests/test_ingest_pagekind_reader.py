"""A how-to guide, a newsletter's issue, a fact check, a press release by its headline's company
(ingest/pagekind_reader.py): each rule on made-up pages, with the page without the sign kept as news."""

from __future__ import annotations

import json

from storyline.ingest.html import extract_html

PARAS = [
    "The city council voted on Tuesday to close the old harbour bridge to lorries after engineers found cracks.",
    "Council leader Mara Okafor said the repairs would take at least six months and cost the city dearly.",
    "Lorry drivers will be sent along the ring road, adding about twenty minutes to a crossing, officials said.",
    "The bridge, opened in 1962, carries about 30,000 vehicles a day, according to the city's transport office.",
    "Residents near the ring road said they feared more noise and traffic jams during the months of work.",
]
URL = "https://www.example-news.org/news/2020/05/bridge-closed"
YOU = ("If you want a garden that lasts, you should start small: your first bed needs only a few plants, and "
       "you can add more once you know what grows well where you live and what your soil likes.")


def page(body: list[str] | None = None, *, url: str = URL, head: str = "",
         title: str = "Harbour bridge closed to lorries") -> str:
    paras = "\n".join(f"<p>{p}</p>" for p in (PARAS if body is None else body))
    return f"""<!DOCTYPE html><html><head><title>{title}</title>
<meta property="og:title" content="{title}"><meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">{head}</head><body><article><h1>{title}</h1>
{paras}</article></body></html>"""


def kind_of(html: str) -> tuple[str, bool] | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else (k.kind, k.skip)


def steps(n: int) -> list[str]:
    body = []
    for i in range(1, n + 1):
        body += [f"{i}. Choose the bed's place", YOU]
    return body


def test_a_how_to_guide_needs_three_signs_and_is_skipped() -> None:
    guide = page(steps(6), title="How to start a vegetable garden")
    assert kind_of(guide) == ("guide", True)
    assert kind_of(page(steps(6))) is None  # steps and "you" without a "How to" headline
    assert kind_of(page(title="How to start a vegetable garden")) is None  # the headline alone
    assert kind_of(page([f"{i}. Choose the bed's place" for i in range(1, 5)] + PARAS,
                        title="How to start a vegetable garden")) == ("guide", False)  # no reader: noted (inputs32)
    two = [*steps(2), YOU, YOU, YOU, YOU]
    assert kind_of(page(two, title="How to start a vegetable garden")) is None  # two steps are no guide


def test_a_how_to_schema_is_a_guide() -> None:
    head = f'<script type="application/ld+json">{json.dumps({"@type": "HowTo", "name": "Garden"})}</script>'
    assert kind_of(page(head=head)) == ("guide", True)


def test_a_newsletter_issue_by_its_dated_title_and_sign_up_prompt() -> None:
    prompt = "Sign up for the free daily newsletter to get it in your inbox."
    assert kind_of(page([*PARAS, prompt], title="Morning Brief 11.18.19")) == ("newsletter", False)
    assert kind_of(page([*PARAS, prompt], title="Morning Brief Nov. 18, 2019")) == ("newsletter", False)
    assert kind_of(page([*PARAS, prompt])) is None  # a news page with a sign-up prompt
    assert kind_of(page(title="Morning Brief 11.18.19")) is None  # a dated title alone
    assert kind_of(page(url="https://www.example-news.org/newsletters/morning-brief")) == ("newsletter", False)


def test_a_fact_check_by_label_path_or_verdict_line_is_kept_with_a_note() -> None:
    assert kind_of(page(title="Fact Check: Is the harbour bridge closing for good?")) == ("fact_check", False)
    assert kind_of(page(url="https://www.example-news.org/fact-check/bridge-closing")) == ("fact_check", False)
    assert kind_of(page([*PARAS, "Verdict: Misleading. The bridge closes to lorries only."])) == ("fact_check", False)
    art = extract_html(page(title="Fact Check: Is the harbour bridge closing for good?"), "p.html")
    assert art.kind is not None and "not a news report" not in art.kind.reason


def test_a_release_by_its_headline_company_describing_itself() -> None:
    body = [*PARAS[:3], "For more information on the sensors, please visit www.harbourworks.example",
            "Harbourworks is a global provider of bridge sensors for cities in 14 countries."]
    assert kind_of(page(body, title="Harbourworks announces a sensor deal with the city")) == ("press_release", True)
    assert kind_of(page(body[:3] + body[4:], title="Harbourworks announces a sensor deal with the city")) is None
    assert kind_of(page(body[:4], title="Harbourworks announces a sensor deal with the city")) is None


def test_a_headline_telling_the_reader_what_they_need_is_a_guide_with_the_readers_you() -> None:
    """A buying guide (kinds36): "… You Need to …" in the headline and the reader's "you" is noted; the same
    headline over a report, and "What you need to know" over the reader's "you", are not guides."""
    gear = "The Tools and Seeds You Need to Survive Your First Garden"
    advice = [f"In week {n}: {YOU}" for n in range(1, 9)]
    assert kind_of(page(advice, title=gear)) == ("guide", False)
    assert kind_of(page(title=gear)) is None
    assert (kind_of(page(advice, title="Garden rules: what you need to know")) or ("", False))[0] != "guide"
