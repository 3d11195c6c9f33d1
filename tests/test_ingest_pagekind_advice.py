"""An advice page short of a guide's three signs is noted (ingest.pagekind, pagekind_reader; inputs32)."""

from __future__ import annotations

from conftest import article_page as _page
from storyline.ingest.html import extract_html

ADVICE = [
    "When your customers talk about your shop online, you should answer them where they are, and quickly.",
    "You will learn more from the complaints you read than from the praise, so make sure you read them all.",
    "Give your staff the freedom to reply, and trust them: you cannot approve every message yourself.",
    "Measure what you do, but do not let the numbers you gather decide every step you take next year.",
    "Your followers can tell a sales pitch from a conversation, so keep your posts short and your tone plain.",
    "If you make a mistake in public, say so, fix it, and tell your readers what you changed and why.",
    "You can start small: one channel, one person answering it, and one goal you can check every month.",
    "Ask your customers what they want to hear about, and you will find your next ten posts in their answers.",
    "Plan your week of posts ahead, but leave room for the questions your readers send you every day.",
    "Above all, you should listen more than you speak, because your customers already know what they need.",
]
REPORT = [
    "Five people were killed on Tuesday when a bus left the road near the town of Aldermouth, police said.",
    "The bus, carrying 40 passengers from the coast, overturned on a bend shortly after 7 a.m., officials said.",
    "Twelve passengers were taken to hospital, three of them in a serious condition, a spokesman said.",
    "The driver was among those injured. Police said they were examining the vehicle and the road surface.",
    "The regional council said the bend had been the scene of two earlier accidents in the past five years.",
]


def test_an_advice_headline_counting_lessons_with_the_readers_you_is_noted() -> None:
    kind = extract_html(_page("Five Social Media Lessons for Business", ADVICE * 2), "x").kind
    assert kind is not None and kind.kind == "guide" and not kind.skip
    assert "headline 'Five Social Media Lessons …'" in kind.reason and "advice" in kind.reason


def test_a_how_to_headline_with_the_readers_you_is_noted_not_skipped() -> None:
    kind = extract_html(_page("How to Save Money on Your Groceries", ADVICE * 2), "x").kind
    assert kind is not None and kind.kind == "guide" and not kind.skip


def test_one_sign_alone_or_a_counted_report_is_not_noted() -> None:
    assert extract_html(_page("Five Social Media Lessons for Business", REPORT * 3), "x").kind is None
    assert extract_html(_page("Five killed as bus leaves the road near Aldermouth", REPORT * 3), "x").kind is None
    assert extract_html(_page("Shop owners share what they learned", ADVICE * 2), "x").kind is None
