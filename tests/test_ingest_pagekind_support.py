"""A support or help page is not news: skipped with two signs (inputs29: a studio's "About bugs" page)."""

from __future__ import annotations

from storyline.ingest.pagekind import PageKind, page_kind

ASK = ("No program is ever free of faults. Some show up at once in testing, some only after a rare mix of "
       "steps. Most of them are found by you while you play, and your notes help me mend them fast. So if you "
       "see a menu that stops working, or a level you cannot finish, take a minute and write about it in the "
       "bug tracker. That way you help make the next version better.")
NEWS = ("The studio said on Tuesday that its latest patch fixed most of the faults players had listed since the "
        "game's launch last month. Players had filed more than 4,000 entries in the bug tracker, the studio "
        "said, and the company's chief executive told investors the fixes had cost it two months of work. "
        "Shares in the company rose 3 percent after the statement.")


def kind(text: str, title: str, url: str = "https://studio.example/about-bugs/") -> PageKind | None:
    return page_kind("<html><body></body></html>", None, text, url, title)


def test_a_help_topic_headline_and_a_request_to_the_reader_skip_the_page() -> None:
    k = kind(ASK, "About bugs")
    assert k is not None and k.kind == "support" and k.skip
    k = kind(ASK, "Report a problem", "https://studio.example/support/report-a-problem")
    assert k is not None and k.kind == "support" and k.skip


def test_one_sign_or_a_news_report_on_bugs_is_not_skipped() -> None:
    assert kind(NEWS, "Studio patch fixes bugs") is None  # a headline naming bugs; the text speaks to no "you"
    assert kind(ASK, "Studio says the next version will be better than the last one") is None  # the request alone
    assert kind(NEWS, "Studio says patch fixed faults", "https://news.example/games/studio-patch") is None
