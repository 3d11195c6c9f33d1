"""Self-contained HTML rendering of a Brief: one file that opens anywhere, offline.

The page carries its own evidence: the Sources section shows every document's
cleaned text with each cited passage wrapped in ``<mark id="d<n>-<start>-<end>">``,
and every ``[n]`` citation links to that mark, so a reader checks a sentence with
one tap. No external resources (fonts, CDNs, images, scripts) are referenced, so
the page works in a mail attachment, on a plane, or in a locked-down newsroom; a
tiny inline script only extends the highlight to every piece of a split passage.
"""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

from ..model import Brief, Citation, ClaimMention, Document
from .common import (
    date_label,
    doc_numbers,
    figure_groups,
    place_details,
    provenance_json,
    provenance_line,
    speaker_groups,
    unique_docs,
)
from .map import render_map

__all__ = ["render_html"]

Span = tuple[int, int]

_CSS = """
:root{color-scheme:light dark;--bg:#fdfcf9;--fg:#1d1d1b;--muted:#5f5c55;--line:#dcd6c8;
--mark:rgba(255,204,0,.26);--hit:#ffc43d;--link:#0b57a4;--card:#f5f2ea}
@media (prefers-color-scheme:dark){:root{--bg:#15171a;--fg:#e7e4dd;--muted:#a39f96;
--line:#3a3d42;--mark:rgba(255,204,0,.2);--hit:#9a6b00;--link:#8cc0ff;--card:#1d2024}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--fg);
font:17px/1.55 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;
overflow-wrap:break-word}
main{max-width:46rem;margin:0 auto;padding:1rem 1rem 4rem}
h1{font-size:1.65rem;line-height:1.25;margin:.6rem 0 .3rem}
h2{font-size:1.25rem;margin:2.2rem 0 .8rem;padding-bottom:.2rem;border-bottom:1px solid var(--line)}
h3{font-size:1.05rem;margin:0 0 .2rem}
a{color:var(--link)}
.prov,.meta,.note,footer{color:var(--muted);font-size:.9rem}
nav.toc{font-size:.9rem;display:flex;flex-wrap:wrap;gap:.3rem .9rem}
a.cite{text-decoration:none;font-size:.82em;white-space:nowrap}
a.cite:hover,a.cite:focus{text-decoration:underline}
.missing{color:var(--muted);font-size:.82em}
.summary p{margin:0 0 .7rem}
.scroll{overflow-x:auto;-webkit-overflow-scrolling:touch;border:1px solid var(--line);border-radius:4px}
table{border-collapse:collapse;width:100%;min-width:34rem;font-size:.92rem}
th,td{text-align:left;vertical-align:top;padding:.45rem .55rem;border-bottom:1px solid var(--line)}
th{background:var(--card)}
td ul{margin:0;padding:0;list-style:none}
.v{font-weight:600}.v-agree{color:#1a7f37}.v-differ{color:#b35900}.v-contested{color:#c62828}
.v-single{color:var(--muted)}
ol.timeline,ul.names{padding-left:1.2rem}
ol.timeline li,ul.names li{margin-bottom:.4rem}
.date{font-weight:600;font-variant-numeric:tabular-nums;margin-right:.3rem}
.aka{color:var(--muted)}
article.doc{background:var(--card);border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;
margin:0 0 1.2rem}
article.doc .text p{margin:.5rem 0}
.url{font-size:.85rem;color:var(--muted);word-break:break-all}
details{margin:.4rem 0;font-size:.9rem}
details li{margin-bottom:.2rem}
.reason{color:var(--muted)}
mark{background:var(--mark);color:inherit;border-radius:2px}
mark:target,mark.hit{background:var(--hit);outline:2px solid var(--hit)}
:target{scroll-margin-top:1.5rem}
article.doc:target{outline:2px solid var(--link)}
code{font-size:.88em}
"""

# Highlights every piece of a passage that had to be split around an overlapping one;
# without JavaScript, :target still highlights (and scrolls to) its first piece.
_SCRIPT = """
(function(){
function hl(){
var old=document.querySelectorAll('mark.hit');
for(var i=0;i<old.length;i++){old[i].classList.remove('hit');}
var id=location.hash.slice(1);
if(!/^d[0-9]+-[0-9]+-[0-9]+$/.test(id)){return;}
var ms=document.querySelectorAll('mark[data-span="'+id+'"]');
for(var j=0;j<ms.length;j++){ms[j].classList.add('hit');}
}
window.addEventListener('hashchange',hl);hl();
})();
"""


def _e(text: object) -> str:
    """HTML-escape anything shown on the page (quotes too: text also lands in attributes)."""
    return escape(str(text), quote=True)


def _t(text: str) -> str:
    """Escape element text; quotes stay readable there (they only matter inside attributes)."""
    return escape(text, quote=False)


def _valid(doc: Document, start: int, end: int) -> bool:
    """A span that can be marked: non-empty and inside the document text."""
    return 0 <= start < end <= len(doc.text)


def _span_id(n: int, span: Span) -> str:
    return f"d{n}-{span[0]}-{span[1]}"


class _Page:
    """Numbering, document lookup and collected spans shared by all sections."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.numbers = doc_numbers(brief)
        self.docs: dict[str, Document] = {}
        for doc in brief.documents:
            self.docs.setdefault(doc.id, doc)
        self.spans: dict[str, set[Span]] = {doc_id: set() for doc_id in self.docs}
        for sentence in brief.summary:
            self._add(sentence.citations)
        for claim in brief.claims:
            self._add(m.citation for m in claim.mentions)
        for entry in brief.timeline:
            self._add(entry.citations)

    def _add(self, citations: Iterable[Citation]) -> None:
        for c in citations:
            doc = self.docs.get(c.doc)
            if doc is not None and _valid(doc, c.start, c.end):
                self.spans[c.doc].add((c.start, c.end))

    def cite(self, citation: Citation) -> str:
        """``[n]`` linking to the cited passage (or to the document when the span is unusable)."""
        n = self.numbers.get(citation.doc)
        if n is None:
            return f'<span class="missing" title="not in this brief: {_e(citation.doc)}">[?]</span>'
        doc = self.docs[citation.doc]
        if _valid(doc, citation.start, citation.end):
            target = _span_id(n, (citation.start, citation.end))
        else:
            target = f"d{n}"
        return f'<a class="cite" href="#{target}" title="{_e(doc.title or doc.id)}">[{n}]</a>'

    def cites(self, citations: Iterable[Citation]) -> str:
        """One link per cited document: its first cited passage."""
        first: dict[str, Citation] = {}
        for c in citations:
            first.setdefault(c.doc, c)
        return "".join(self.cite(c) for c in first.values())

    def doc_links(self, doc_ids: Iterable[str]) -> str:
        """``[n]`` links to whole documents (for names and places, which cite no passage)."""
        links = []
        for doc_id in unique_docs(doc_ids):
            n = self.numbers.get(doc_id)
            if n is None:
                links.append(f'<span class="missing" title="not in this brief: {_e(doc_id)}">[?]</span>')
            else:
                links.append(f'<a class="cite" href="#d{n}">[{n}]</a>')
        return "".join(links)


def mark_text(text: str, spans: Iterable[Span], n: int) -> str:
    """Document text as ``<p>`` paragraphs (split on "\\n") with every span wrapped in ``<mark>``.

    Spans may overlap or nest. The text is cut at every span boundary and newline;
    at each cut the open marks are closed and reopened as needed, outer (earlier,
    longer) spans lowest, so nested spans become nested marks and crossing spans
    are split into pieces. The first piece of a span carries ``id`` (the citation
    target); every piece carries ``data-span`` so the whole passage can be lit up.
    The result is always well-formed, whatever the spans.
    """
    ordered = sorted(set(spans), key=lambda s: (s[0], -s[1]))
    cuts = {0, len(text)}
    for start, end in ordered:
        cuts.update((start, end))
    for i, ch in enumerate(text):
        if ch == "\n":
            cuts.update((i, i + 1))
    bounds = sorted(c for c in cuts if 0 <= c <= len(text))

    out: list[str] = []
    stack: list[Span] = []
    opened: set[Span] = set()
    in_para = False

    def open_mark(span: Span) -> str:
        sid = _span_id(n, span)
        if span in opened:
            return f'<mark data-span="{sid}">'
        opened.add(span)
        return f'<mark id="{sid}" data-span="{sid}">'

    # Spans start in order, so a pointer into ``ordered`` plus a filter of the live ones
    # keeps this linear-ish rather than scanning every span for every piece.
    live: list[Span] = []
    nxt = 0
    for a, b in zip(bounds, bounds[1:], strict=False):
        while nxt < len(ordered) and ordered[nxt][0] <= a:
            live.append(ordered[nxt])
            nxt += 1
        live = [s for s in live if s[1] >= b]
        active = live  # every live span covers [a, b), still in (start, -end) order
        piece = text[a:b]
        if piece == "\n":
            out.extend("</mark>" for _ in stack)
            stack = []
            # A span made only of line breaks has nothing visible: give it an empty anchor here.
            out.extend(
                open_mark(s) + "</mark>"
                for s in active
                if s not in opened and not text[s[0] : s[1]].strip("\n")
            )
            if in_para:
                out.append("</p>\n")
                in_para = False
            continue
        if not in_para:
            out.append("<p>")
            in_para = True
        keep = 0
        while keep < len(stack) and keep < len(active) and stack[keep] == active[keep]:
            keep += 1
        out.extend("</mark>" for _ in stack[keep:])
        out.extend(open_mark(s) for s in active[keep:])
        stack = list(active)
        out.append(_t(piece))
    out.extend("</mark>" for _ in stack)
    # Anything still unopened (e.g. a span of a trailing line break): anchor at the end.
    out.extend(open_mark(s) + "</mark>" for s in ordered if s not in opened)
    if in_para:
        out.append("</p>")
    return "".join(out)


def _section(sid: str, title: str, body: str) -> str:
    return f'<section id="{sid}">\n<h2>{_e(title)}</h2>\n{body}\n</section>'


def _summary(page: _Page) -> str:
    if not page.brief.summary:
        return '<p class="note">No summary.</p>'
    paras = [f"<p>{_t(' '.join(s.text.split()))} {page.cites(s.citations)}</p>" for s in page.brief.summary]
    return '<div class="summary">\n' + "\n".join(paras) + "\n</div>"


def _claims(page: _Page) -> str:
    rows = []
    whats = {c.id: c.what for c in page.brief.claims}

    def links(ms: list[ClaimMention]) -> str:
        return page.cites(m.citation for m in ms)

    for claim in page.brief.claims:
        figures = "".join(f"<li>{_e(fig)} {links(ms)}</li>" for fig, ms in figure_groups(claim.mentions))
        speakers = "".join(f"<li>{_e(who)} {links(ms)}</li>" for who, ms in speaker_groups(claim.mentions))
        verdict = claim.verdict
        extra = f'<br><span class="note">{claim.independent_sources} independent</span>'
        linked = [whats[x] for x in claim.linked if x in whats]
        see = f'<br><span class="note">see also: {_e("; ".join(linked))}</span>' if linked else ""
        cells = [
            _e(claim.what) + see,
            f"<ul>{figures}</ul>" if figures else "—",
            f"<ul>{speakers}</ul>" if speakers else "—",
            links(claim.mentions) or "—",
            f'<span class="v v-{_e(verdict)}">{_e(verdict)}</span>' + extra,
        ]
        rows.append("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    head = "".join(f"<th>{h}</th>" for h in ("What", "Figures", "Who said it", "Sources", "Verdict"))
    return (
        f'<div class="scroll"><table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n'
        + "\n".join(rows)
        + "\n</tbody>\n</table></div>"
    )


def _timeline(page: _Page) -> str:
    items = []
    for entry in page.brief.timeline:
        date = _e(date_label(entry))
        text = _e(" ".join(entry.text.split()))
        items.append(f'<li><span class="date">{date}</span> {text} {page.cites(entry.citations)}</li>')
    return '<ol class="timeline">\n' + "\n".join(items) + "\n</ol>"


def _name_item(page: _Page, name: str, detail: str, aliases: list[str], doc_ids: list[str]) -> str:
    parts = [f"<strong>{_e(name)}</strong>"]
    if detail:
        parts.append(f'<span class="note">{_e(detail)}</span>')
    others = [a for a in aliases if a != name]
    if others:
        parts.append(f'<span class="aka">also {_e(", ".join(others))}</span>')
    links = page.doc_links(doc_ids)
    return "<li>" + " — ".join(parts) + (f" {links}" if links else "") + "</li>"


def _places(page: _Page) -> str:
    items, named = [], set()
    for place in page.brief.places:
        named.add(place.name)
        items.append(_name_item(page, place.name, ", ".join(place_details(place, ".4f")), [], place.docs))
    for ent in page.brief.entities:
        if ent.kind == "place" and ent.name not in named:
            items.append(_name_item(page, ent.name, "", ent.aliases, ent.docs))
    labels = {d.id: f"[{page.numbers[d.id]}] {d.title or d.id}" for d in page.brief.documents if d.id in page.numbers}
    return render_map(page.brief.places, labels) + '<ul class="names">\n' + "\n".join(items) + "\n</ul>"


def _people(page: _Page) -> str:
    items = [
        _name_item(page, e.name, e.kind, e.aliases, e.docs) for e in page.brief.entities if e.kind != "place"
    ]
    return '<ul class="names">\n' + "\n".join(items) + "\n</ul>"


def _document(page: _Page, n: int, doc: Document) -> str:
    title = doc.title.strip() or doc.id
    meta = [_e(doc.outlet or "unknown outlet"), _e(doc.published.isoformat() if doc.published else "undated")]
    meta.append(f"<code>{_e(doc.id)}</code>")
    if doc.copy_of:
        k = page.numbers.get(doc.copy_of)
        original = f'<a href="#d{k}">[{k}]</a>' if k else f"<code>{_e(doc.copy_of)}</code>"
        meta.append(f"reprint of {original}")
    parts = [
        f'<article class="doc" id="d{n}">',
        f"<h3>[{n}] {_e(title)}</h3>",
        '<p class="meta">' + " · ".join(meta) + "</p>",
    ]
    if doc.url:
        # Shown as text, never linked: the page must not reach out to the network.
        parts.append(f'<p class="url">{_e(doc.url)}</p>')
    if doc.removed:
        count = len(doc.removed)
        items = "".join(
            f'<li><q>{_e(r.text)}</q> <span class="reason">— {_e(r.reason)}</span></li>' for r in doc.removed
        )
        noun = "line" if count == 1 else "lines"
        parts.append(
            f"<details><summary>{count} {noun} of site furniture removed</summary><ul>{items}</ul></details>"
        )
    else:
        parts.append('<p class="note">No site furniture removed.</p>')
    parts.append('<div class="text">' + mark_text(doc.text, page.spans.get(doc.id, ()), n) + "</div>")
    parts.append("</article>")
    return "\n".join(parts)


def _footer(brief: Brief) -> str:
    items = "".join(
        f"<dt>{_e(k)}</dt><dd>{_e(provenance_json(v))}</dd>" for k, v in sorted(brief.provenance.items())
    )
    details = f"<details><summary>Provenance</summary><dl>{items}</dl></details>" if items else ""
    return (
        f"<footer>\n<p>Made by storyline: every sentence above is quoted from a source; "
        f"the [n] links lead to the passage it comes from.</p>{details}\n</footer>"
    )


def render_html(brief: Brief) -> str:
    """The brief as one self-contained, phone-readable HTML page with linked, highlighted evidence."""
    page = _Page(brief)
    title = brief.title or brief.story_id or "Untitled story"
    sections: list[tuple[str, str, str]] = [("summary", "Summary", _summary(page))]
    if brief.claims:
        sections.append(("claims", "Claims", _claims(page)))
    if brief.timeline:
        sections.append(("timeline", "Timeline", _timeline(page)))
    if brief.places or any(e.kind == "place" for e in brief.entities):
        sections.append(("places", "Places", _places(page)))
    if any(e.kind != "place" for e in brief.entities):
        sections.append(("people", "People and organisations", _people(page)))
    docs = "\n".join(_document(page, n, d) for n, d in enumerate(brief.documents, 1))
    sections.append(("sources", "Sources", docs or '<p class="note">No documents.</p>'))
    if brief.skipped:
        items = "".join(f"<li><code>{_e(s.input)}</code>: {_e(s.reason)}</li>" for s in brief.skipped)
        sections.append(("skipped", "Skipped inputs", f"<ul>{items}</ul>"))

    toc = " ".join(f'<a href="#{sid}">{_e(name)}</a>' for sid, name, _ in sections)
    body = "\n".join(_section(sid, name, html) for sid, name, html in sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{_CSS}</style>\n</head>\n<body>\n<main>\n"
        f'<header>\n<h1>{_e(title)}</h1>\n<p class="prov">{_e(provenance_line(brief))}</p>\n'
        f'<nav class="toc">{toc}</nav>\n</header>\n'
        f"{body}\n{_footer(brief)}\n</main>\n<script>{_SCRIPT}</script>\n</body>\n</html>\n"
    )
