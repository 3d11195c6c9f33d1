"""A meal plan skipped as a recipe by its section or URL, a sponsored post noted by its disclosure (page_kinds.json;
bench/BRIEF_REVIEW.md, "inputs28"): made-up pages, each sign alone, and the same page without it kept as news."""

from __future__ import annotations

from storyline.ingest.html import extract_html

PARAS = [
    "We moved to the hills two years ago and we still take every chance we can get to walk the trails near town.",
    "Our kit for a family walk is simple: water, a baby carrier, snack bars and a camera, packed the night before.",
    "The boys carried the water this time, and the cooler bag kept it cold on the way up to the ridge and back.",
]


def page(*, paras: list[str] = PARAS, url: str = "https://www.example-blog.org/2021/03/family-walk",
         section: str = "") -> str:
    meta = f'<meta property="article:section" content="{section}">' if section else ""
    body = "".join(f"<p>{p}</p>" for p in paras)
    return f"""<!DOCTYPE html><html><head><title>Our walk to the ridge</title>
<meta property="og:url" content="{url}">{meta}</head>
<body><article><h1>Our walk to the ridge</h1>{body}</article></body></html>"""


def kind_of(html: str) -> tuple[str, bool] | None:
    k = extract_html(html, "p.html").kind
    return None if k is None else (k.kind, k.skip)


def test_the_plain_page_is_not_taken() -> None:
    assert kind_of(page()) is None
    assert kind_of(page(section="Local News")) is None


def test_a_meal_plan_by_its_section_or_path_is_skipped_as_a_recipe() -> None:
    for section in ("Meal Plans", "Meal Prep"):
        assert kind_of(page(section=section)) == ("recipe", True), section
    assert kind_of(page(url="https://www.example-blog.org/meal-plans/week-one")) == ("recipe", True)


def test_a_sponsored_post_is_noted_by_its_disclosure() -> None:
    for line in ("This shop has been compensated by Example Media, Inc. and its advertiser. All opinions are mine.",
                 "This post is sponsored by Example Water. #ad"):
        for paras in ([line, *PARAS], [*PARAS, line]):
            k = extract_html(page(paras=paras), "p.html").kind
            assert k is not None and (k.kind, k.skip) == ("sponsored", False), line
            assert "sponsored post" in k.reason


def test_a_disclosure_in_the_middle_or_a_longer_tag_is_not_taken() -> None:
    quoted = "The regulator said bloggers must write 'this post is sponsored' when they are paid, a spokesman said."
    long = [*PARAS, quoted, *PARAS]
    assert kind_of(page(paras=long)) is None
    assert kind_of(page(paras=[*PARAS, "Share your photos with #adventure and #hiking."])) is None
