"""Renderers: citations resolve, evidence is marked exactly, nothing leaks or breaks."""

from __future__ import annotations

import datetime as dt
import re
from html.parser import HTMLParser

import pytest

from storyline.model import (
    Brief,
    Citation,
    ClaimGroup,
    ClaimMention,
    Document,
    Entity,
    PlaceRow,
    Removed,
    Skipped,
    SummarySentence,
    TimelineEntry,
)
from storyline.render import render_html, render_markdown
from storyline.render.marks import mark_text

TEXT_A = (
    "A fire destroyed a warehouse on Quay 4 late on Thursday, officials said.\n"
    "Fire chief Maria Lopez said 45 firefighters fought the blaze.\n"
    "A reader wrote <script>alert(1)</script> & left | a pipe."
)
TEXT_B = (
    "A fire destroyed a warehouse on Quay 4 late on Thursday, officials said.\nAbout 40 firefighters came."
)
TEXT_C = "Fourteen people were injured, the union said on Friday."


def _span(text: str, needle: str) -> tuple[int, int]:
    start = text.index(needle)
    return start, start + len(needle)


def _cite(doc: str, text: str, needle: str) -> Citation:
    return Citation(doc, *_span(text, needle))


def make_brief() -> Brief:
    docs = [
        Document(
            id="a.txt",
            text=TEXT_A,
            title="Harbour blaze <live>",
            outlet="Coastal Herald",
            url="https://example.org/harbour-fire",
            published=dt.date(2025, 3, 14),
            removed=[Removed("Comments are closed.", "comments prompt"), Removed("Advertisement", "ad")],
        ),
        Document(id="b.txt", text=TEXT_B, title="Wire copy", outlet=None, copy_of="a.txt"),
        Document(id="c.txt", text=TEXT_C, title="Union speaks", outlet="Harbour FM", published=None),
    ]
    first = "A fire destroyed a warehouse on Quay 4 late on Thursday, officials said."
    s1, e1 = _span(TEXT_A, "Fire chief Maria Lopez said 45 firefighters fought the blaze.")
    ms, me = _span(TEXT_A, "45 firefighters")
    bs, be = _span(TEXT_B, "About 40 firefighters")
    summary = [
        SummarySentence(first, [_cite("a.txt", TEXT_A, first), _cite("b.txt", TEXT_B, first)]),
        SummarySentence(TEXT_A[s1:e1], [Citation("a.txt", s1, e1), _cite("c.txt", TEXT_C, "Fourteen")]),
        SummarySentence(
            "A reader wrote <script>alert(1)</script> & left | a pipe.",
            [_cite("a.txt", TEXT_A, "A reader wrote <script>alert(1)</script> & left | a pipe.")],
        ),
    ]
    def mention(doc: str, span: tuple[int, int], text: str, value: int, qualifier: str | None,
                speaker: str | None) -> ClaimMention:
        return ClaimMention(doc, *span, text, value, value, value, qualifier, "firefighters", speaker, None, [], [],
                            False)

    claim = ClaimGroup(
        id="c1",
        what="firefighters | at the scene",
        verdict="differ",
        independent_sources=2,
        mentions=[
            mention("a.txt", (ms, me), "45 firefighters", 45, None, "fire chief Maria Lopez"),
            mention("b.txt", (bs, be), "About 40 firefighters", 40, "about", None),
        ],
        event=None,
        place=[],
    )
    ts, te = _span(TEXT_C, "the union said on Friday")
    timeline = [TimelineEntry("2025-03-14", "The union speaks.", [Citation("c.txt", ts, te)], "day", "on Friday")]
    return Brief(
        story_id="s1",
        title="Harbour fire",
        words=200,
        documents=docs,
        skipped=[Skipped("broken.pdf", "not a text or HTML file")],
        summary=summary,
        claims=[claim],
        timeline=timeline,
        places=[PlaceRow("Aldermouth", 50.1, -4.2, "city", ["a.txt", "b.txt"], 1, None)],
        entities=[
            Entity("Maria Lopez", "person", ["Lopez", "fire chief Maria Lopez"], ["a.txt"]),
            Entity("Brannock Freight", "org", [], ["c.txt"]),
        ],
        provenance={"version": "0.1.0", "settings": {"words": 200}},
    )


# ---------------------------------------------------------------------------
# HTML inspection helpers
# ---------------------------------------------------------------------------

VOID = {"meta", "br", "link", "img", "hr", "input", "wbr", "source", "col", "area", "base", "embed"}


class PageParser(HTMLParser):
    """Collects tags, ids, hrefs and the text of every mark piece, and checks nesting."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.errors: list[str] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.srcs: list[str] = []
        self.tags: list[str] = []
        self.script_text: list[str] = []
        self.pieces: dict[str, list[str]] = {}  # data-span -> text of each of its pieces
        self.mark_ids: dict[str, str] = {}  # id -> data-span of that mark
        self._open_marks: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if "id" in a and a["id"]:
            self.ids.append(a["id"])
        if a.get("href") is not None:
            self.hrefs.append(str(a["href"]))
        if a.get("src") is not None:
            self.srcs.append(str(a["src"]))
        if tag == "mark":
            span = str(a.get("data-span"))
            if a.get("id"):
                self.mark_ids[str(a["id"])] = span
            self.pieces.setdefault(span, []).append("")
            self._open_marks.append(span)
        if tag not in VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"unexpected </{tag}>, open: {self.stack[-3:]}")
            return
        self.stack.pop()
        if tag == "mark":
            self._open_marks.pop()

    def handle_data(self, data: str) -> None:
        if self.stack and self.stack[-1] == "script":
            self.script_text.append(data)
        for span in self._open_marks:
            self.pieces[span][-1] += data


def parse(page: str) -> PageParser:
    p = PageParser()
    p.feed(page)
    p.close()
    return p


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------


def test_markdown_citations_match_numbered_sources() -> None:
    brief = make_brief()
    md = render_markdown(brief)
    assert md.startswith("# Harbour fire\n")
    assert "3 reports, 2 independent, 1 skipped" in md
    summary = md.split("## Summary", 1)[1].split("\n## ", 1)[0]
    lines = [ln for ln in summary.splitlines() if ln.strip()]
    assert lines[0].endswith("[1][2]")
    assert lines[1].endswith("[1][3]")
    cited = {int(n) for n in re.findall(r"\[(\d+)\]", summary)}
    sources = md.split("## Sources", 1)[1].split("\n## ", 1)[0]
    listed = {int(m) for m in re.findall(r"^(\d+)\. ", sources, flags=re.M)}
    assert cited <= listed == {1, 2, 3}
    assert "1. Harbour blaze \\<live> — Coastal Herald, 2025-03-14 (`a.txt`)" in sources
    assert "2. Wire copy — unknown outlet, undated (`b.txt`); reprint of [1]" in sources
    assert "3. Union speaks — Harbour FM, undated (`c.txt`)" in sources


def test_markdown_sections_and_skipped_inputs() -> None:
    md = render_markdown(make_brief())
    assert "## Skipped inputs" in md and "- `broken.pdf`: not a text or HTML file" in md
    table = [ln for ln in md.splitlines() if ln.startswith("| ")]
    assert table[0] == "| What | Figures | Who said it | Sources | Verdict |"
    row = table[2]
    assert "firefighters \\| at the scene" in row
    assert re.sub(r"\\\|", "", row).count("|") == 6  # five columns, pipes in cells escaped
    assert "45 firefighters [1]" in row and "about 40 firefighters [2]" in row
    assert "fire chief Maria Lopez [1]" in row and "differ (2 independent)" in row
    assert "- 14 Mar 2025 — The union speaks. [3]" in md
    assert "## Places" in md and "- Aldermouth — city, 50.1, -4.2 — [1][2]" in md
    assert "- Maria Lopez (person) — Lopez, fire chief Maria Lopez — [1]" in md
    assert "\\<script>" in md  # raw HTML from a source is not passed through


def test_markdown_minimal_brief() -> None:
    md = render_markdown(Brief(story_id="x", title="", words=100, documents=[]))
    assert md.startswith("# Untitled story (x)\n")  # no headline: untitled, never a made-up title
    assert "0 reports, 0 independent, 0 skipped" in md
    assert "## Claims" not in md and "## Skipped inputs" not in md


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------


def test_html_parses_and_is_balanced() -> None:
    page = render_html(make_brief())
    p = parse(page)
    assert p.errors == []
    assert p.stack == []
    for tag in ("html", "head", "body", "main", "section", "article", "table", "mark", "details"):
        assert tag in p.tags
    assert '<meta name="viewport" content="width=device-width, initial-scale=1">' in page
    assert len(p.ids) == len(set(p.ids)), "ids must be unique"
    assert '<span class="date">14 Mar 2025</span>' in page  # a date as people write it, not ISO


def test_html_has_no_external_resources() -> None:
    page = render_html(make_brief())
    p = parse(page)
    assert p.srcs == []
    assert all(h.startswith("#") for h in p.hrefs), p.hrefs
    assert "link" not in p.tags and "img" not in p.tags and "iframe" not in p.tags
    assert "url(" not in page and "@import" not in page
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:)?//""", page, flags=re.I)
    # the document's own url is shown, as text only
    assert "https://example.org/harbour-fire" in page
    assert 'href="https://example.org' not in page


def test_html_every_citation_link_has_a_target() -> None:
    page = render_html(make_brief())
    p = parse(page)
    ids = set(p.ids)
    cite_targets = re.findall(r'<a class="cite" href="#([^"]+)"', page)
    assert cite_targets
    for target in cite_targets:
        assert target in ids, target
    for href in p.hrefs:
        assert href[1:] in ids, href


def test_html_marks_wrap_exactly_the_cited_text() -> None:
    brief = make_brief()
    p = parse(render_html(brief))
    numbers = {d.id: i for i, d in enumerate(brief.documents, 1)}
    spans = [(c.doc, c.start, c.end) for s in brief.summary for c in s.citations]
    spans += [(m.doc, m.start, m.end) for m in brief.claims[0].mentions]
    spans += [(c.doc, c.start, c.end) for c in brief.timeline[0].citations]
    for doc_id, start, end in spans:
        sid = f"d{numbers[doc_id]}-{start}-{end}"
        assert p.mark_ids.get(sid) == sid
        assert "".join(p.pieces[sid]) == brief.document(doc_id).text[start:end].replace("\n", "")


def test_html_escapes_document_text() -> None:
    page = render_html(make_brief())
    p = parse(page)
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert p.tags.count("script") == 1  # only the page's own inline helper
    assert "alert" not in "".join(p.script_text)
    assert "Harbour blaze &lt;live&gt;" in page


def test_html_sections_removed_and_skipped() -> None:
    page = render_html(make_brief())
    assert "<summary>2 lines of site furniture removed</summary>" in page
    assert "<q>Comments are closed.</q>" in page and "comments prompt" in page
    assert "<code>broken.pdf</code>: not a text or HTML file" in page
    for sid in ("summary", "claims", "timeline", "places", "people", "sources", "skipped"):
        assert f'<section id="{sid}">' in page
    assert 'reprint of <a href="#d1">[1]</a>' in page
    assert "3 reports, 2 independent, 1 skipped" in page


OVERLAP_TEXT = "alpha beta gamma delta\nepsilon zeta eta theta"
OVERLAP_SPANS = [
    (0, 16),  # alpha beta gamma
    (6, 22),  # beta gamma delta  (crosses the first)
    (6, 10),  # beta              (nested in both, same start as the second)
    (6, 16),  # beta gamma        (same start again)
    (11, 35),  # gamma delta\nepsilon zeta (crosses a paragraph break)
    (0, 16),  # duplicate
    (22, 23),  # just the line break
    (40, 45),  # theta, at the very end
]


@pytest.mark.parametrize("extra", [[], [(3, 4)], [(0, 45)]])
def test_mark_text_overlapping_spans(extra: list[tuple[int, int]]) -> None:
    spans = OVERLAP_SPANS + extra
    html = '<div class="text">' + mark_text(OVERLAP_TEXT, spans, 7) + "</div>"
    p = parse(html)
    assert p.errors == [] and p.stack == []
    assert p.tags.count("p") == 2
    for start, end in set(spans):
        sid = f"d7-{start}-{end}"
        assert p.mark_ids.get(sid) == sid, sid
        assert "".join(p.pieces[sid]) == OVERLAP_TEXT[start:end].replace("\n", "")
    assert len(p.ids) == len(set(spans))


def test_html_bad_spans_do_not_break_the_page() -> None:
    doc = Document(id="only.txt", text="Short text.", title="T")
    brief = Brief(
        story_id="s",
        title="T",
        words=50,
        documents=[doc],
        summary=[
            SummarySentence("Short text.", [Citation("only.txt", 0, 999), Citation("ghost.txt", 0, 5)]),
            SummarySentence("Short", [Citation("only.txt", 3, 3)]),
        ],
        claims=[
            ClaimGroup(
                "x", "x", "single", 1,
                [ClaimMention("only.txt", 4, 2, "t", 1, 1, 1, None, "", None, None, [], [], False),
                 ClaimMention("ghost.txt", 0, 4, "t", 1, 1, 1, None, "", None, None, [], [], False)],
                None, [],
            )
        ],
        timeline=[TimelineEntry("", "t", [Citation("only.txt", -1, 4), Citation("ghost.txt", 0, 1)], "day", "")],
    )
    page = render_html(brief)
    p = parse(page)
    assert p.errors == [] and p.stack == []
    assert '<a class="cite" href="#d1"' in page  # unusable span: link to the document instead
    assert "[?]" in page  # a document that is not in the brief
    for href in p.hrefs:
        assert href[1:] in set(p.ids)
    md = render_markdown(brief)
    assert "Short text. [1][?]" in md


def test_markdown_shows_one_articles_other_update_as_an_update() -> None:
    brief = make_brief()
    site = "https://example.org/region/{}/Article1-7654321.aspx"
    brief.documents[0].url = site.format("harbour-blaze")
    brief.documents[1].url = site.format("harbour-blaze-spreads")
    md = render_markdown(brief)
    assert "(`b.txt`); update of [1]" in md and "reprint of [1]" not in md
    assert 'update of <a href="#d1">[1]</a>' in render_html(brief)
