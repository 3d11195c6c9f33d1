"""A roundup of other outlets' excerpts and an events listing, told by their lines (``ingest.listings``; inputs22)."""

from __future__ import annotations

from storyline.ingest.html import extract_html

_NEWS = ("The council closed the old bridge on Monday after engineers found cracks in two of its piers. "
         "The mayor said repairs would take until March 4 and cost about $2 million, the city's website said.")


def _page(title: str, paragraphs: list[str], url: str = "https://news.example.org/a/story") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><title>{title}</title><meta property="og:url" content="{url}"></head>'
            f"<body><article><h1>{title}</h1>{body}</article></body></html>")


_EXCERPT = "I played for three hours on my television and the picture never stuttered once, which surprised me a lot."


def test_paragraphs_credited_to_other_outlets_are_noted_as_a_roundup() -> None:
    paragraphs = ["Here is what the early reviews of the new console say about it this week, outlet by outlet:"]
    for outlet in ("Gadget Daily", "[Tech Weekly]", "Screen Times"):
        paragraphs += [_EXCERPT, f"[{outlet.strip('[]')}]"]
    kind = extract_html(_page("The early reviews of the new console are in", paragraphs), "p").kind
    assert kind is not None and kind.kind == "roundup" and not kind.skip
    assert "[Gadget Daily]" in kind.reason


def test_bracketed_labels_are_no_roundup() -> None:
    paragraphs = [_NEWS, "[Advertisement]", _NEWS.replace("Monday", "Friday"), "[Video]", _NEWS, "[Photo]"]
    assert extract_html(_page("Council closes the old bridge", paragraphs), "p").kind is None


_EVENTS = [
    "WATCH the county fair's jumping classes, Oct. 5–7, in Gladeville, NJ; www.gladevillefair.org.",
    "VISIT the autumn horse show, Oct. 11–21, in Harlow, PA, with a family day and a trade fair; www.harlowshow.org.",
    "ATTEND a two-day clinic with a visiting trainer, Oct. 28–29, at Riverbend Farm. Call 555-201-3344 to book.",
]


def test_an_events_listing_with_its_headline_is_skipped() -> None:
    kind = extract_html(_page("3 Things to Do in October", _EVENTS), "p").kind
    assert kind is not None and kind.kind == "events" and kind.skip


def test_an_events_listing_alone_is_noted() -> None:
    kind = extract_html(_page("Out and about this autumn", _EVENTS), "p").kind
    assert kind is not None and kind.kind == "events" and not kind.skip


def test_a_report_with_a_date_and_an_address_is_kept() -> None:
    assert extract_html(_page("Council closes the old bridge", [_NEWS, _NEWS, _NEWS]), "p").kind is None
    assert extract_html(_page("Things to do before the storm arrives", [_NEWS, _NEWS]), "p").kind is None


def test_a_reference_list_whose_tags_the_text_cites_is_no_roundup() -> None:
    """read42: an Internet-Draft's references ("[WORDS]", "[IRI]" on lines of their own, each cited in its
    sentences) were read as other outlets' credits."""
    paragraphs = ["A server must answer every request over a secure channel [SECURE] and name its format [FORMAT]. "
                  "Clients follow the caching rules of [CACHE] and the key words of [TERMS]."]
    for tag in ("TERMS", "SECURE", "FORMAT", "CACHE"):
        paragraphs += [f"[{tag}]", "Doe, J., \"A protocol for storing small records\", a draft, May 2014."]
    kind = extract_html(_page("A protocol for storing small records", paragraphs), "p").kind
    assert kind is None or kind.kind != "roundup"
