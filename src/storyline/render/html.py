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

from ..model import Brief, Citation, Document, input_notes
from ..sources import copy_kind
from .claims_html import render_claims_section
from .common import (
    CAPTION_NOTE,
    EXPECTED_NOTE,
    EXPECTED_TITLE,
    MENTION_NOTE,
    MENTION_TITLE,
    asset,
    date_label,
    disagreements,
    doc_numbers,
    heading,
    place_details,
    provenance_json,
    provenance_line,
    sentence_date,
    spaced,
    typeset_quotes,
    unique_docs,
    update_order,
    verdict_label,
)
from .map import render_map
from .marks import Span, mark_text, span_id

__all__ = ["render_html"]

# The page's style and its one small script are real files (render/assets/), read once. The script
# highlights every piece of a passage that had to be split around an overlapping one; without
# JavaScript, :target still highlights (and scrolls to) its first piece.


def _e(text: object) -> str:
    """HTML-escape anything shown on the page (quotes too: text also lands in attributes)."""
    return escape(typeset_quotes(str(text)), quote=True)


def _t(text: str) -> str:
    """Escape element text; quotes stay readable there (they only matter inside attributes)."""
    return escape(typeset_quotes(text), quote=False)


def _valid(doc: Document, start: int, end: int) -> bool:
    """A span that can be marked: non-empty and inside the document text."""
    return 0 <= start < end <= len(doc.text)


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
            self._add(g.citation for g in sentence.who)  # a who's-who gloss's span (``summary.who``)
        for claim in brief.claims:
            self._add(m.citation for m in claim.mentions)
        for entry in brief.timeline:
            self._add(entry.citations)
            self._add(g.citation for g in entry.who)  # a timeline entry's who's-who gloss's span (time25)

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
            target = span_id(n, (citation.start, citation.end))
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


def _section(sid: str, title: str, body: str) -> str:
    return f'<section id="{sid}">\n<h2>{_e(title)}</h2>\n{body}\n</section>'


def _summary(page: _Page) -> str:
    if not page.brief.summary:
        return '<p class="note">No summary.</p>'
    paras = []
    for s in page.brief.summary:
        date = sentence_date(s)
        stamp = f'<time class="when"{_datetime(s.date)}>{_e(date)}</time> ' if date else ""
        paras.append(f"<p>{stamp}{_t(' '.join(spaced(s.text).split()))} {page.cites(s.citations)}</p>")
        paras += [f'<p class="who"><em>{_e(g.name)}:</em> {_t(" ".join(spaced(g.text).split()))} '
                  f"{page.cites([g.citation])}</p>" for g in s.who]  # who's who (``summary.who``)
    return '<div class="summary">\n' + "\n".join(paras) + "\n</div>"


def _datetime(iso: str | None) -> str:
    return f' datetime="{_e(iso)}"' if iso and iso[:1].isdigit() else ""


def _disagreements(page: _Page) -> str:
    """One line per claim row the sources disagree on: what, then each figure with who says it."""
    items = []
    for group, says in disagreements(page.brief):
        joiner = ", then " if update_order(page.brief, group) else " vs "  # an update told in its reports' order
        parts = joiner.join(
            f"<b>{_e(figure)}</b>{' (' + _e('; '.join(who)) + ')' if who else ''} "
            + page.cites(m.citation for m in ms)
            for figure, who, ms in says
        )
        items.append(f"<li>{_e(group.what)} <span class=\"note\">({_e(verdict_label(group))})</span>: {parts}</li>")
    return f'<ul class="disagree">{"".join(items)}</ul>'


def _claims(page: _Page) -> str:
    """Sorted by importance, single-source rows folded, verdict and source filters (``claims_html``)."""
    return render_claims_section(page.brief.claims, page.brief.documents, page.numbers, page.cites)


def _timeline(page: _Page) -> str:
    items = []
    for entry in page.brief.timeline:
        date = _e(date_label(entry))
        text = _e(" ".join(entry.text.split()))
        note = f'<span class="note">{_e(CAPTION_NOTE)}</span> ' if entry.caption else ""
        mark, attrs = "", ""
        if entry.mention:
            mark = f' <span class="note">{_e(MENTION_NOTE)}</span>'
            attrs = f' class="mention" title="{_e(MENTION_TITLE)}"'
        if entry.future:
            mark += f' <span class="note">{_e(EXPECTED_NOTE)}</span>'
            attrs = attrs or f' class="expected" title="{_e(EXPECTED_TITLE)}"'
        cites = page.cites(entry.citations)
        who = "".join(f'<p class="who"><em>{_e(g.name)}:</em> {_t(" ".join(spaced(g.text).split()))} '
                      f"{page.cites([g.citation])}</p>" for g in entry.who)  # who's who (time25)
        items.append(f'<li{attrs}><span class="date">{date}</span>{mark} {note}{text} {cites}{who}</li>')
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
    return render_map(page.brief.places, labels) + _folded_names(items, "places")


def _people(page: _Page) -> str:
    items = [
        _name_item(page, e.name, e.kind, e.aliases, e.docs) for e in page.brief.entities if e.kind != "place"
    ]
    return _folded_names(items, "names")


TOP_NAMES = 30
"""Names and places shown before the rest is folded (they come most-reported first)."""


def _folded_names(items: list[str], noun: str) -> str:
    """The first ``TOP_NAMES`` items as a list, the rest folded in a ``<details>`` below it."""
    shown = '<ul class="names">\n' + "\n".join(items[:TOP_NAMES]) + "\n</ul>"
    rest = items[TOP_NAMES:]
    if not rest:
        return shown
    return (f'{shown}\n<details class="more-names"><summary>{len(rest)} more {noun}</summary>\n'
            '<ul class="names">\n' + "\n".join(rest) + "\n</ul></details>")


def _document(page: _Page, n: int, doc: Document) -> str:
    title = doc.title.strip() or doc.id
    meta = [_e(doc.outlet or "unknown outlet"), _e(doc.published.isoformat() if doc.published else "undated")]
    meta.append(f"<code>{_e(doc.id)}</code>")
    copied = copy_kind(doc, page.brief.documents)
    if copied is not None:
        kind, of = copied
        k = page.numbers.get(of)
        original = f'<a href="#d{k}">[{k}]</a>' if k else f"<code>{_e(of)}</code>"
        meta.append(f"{kind} {original}")
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
            f'<li><q>{_e(r.text)}</q> <span class="reason">— {_e(r.reason)}'
            f'{"" if r.score is None else f", furniture score {r.score:.2f}"}</span></li>' for r in doc.removed
        )
        noun = "line" if count == 1 else "lines"
        parts.append(
            f"<details><summary>{count} {noun} of site furniture removed</summary><ul>{items}</ul></details>"
        )
    else:
        parts.append('<p class="note">No site furniture removed.</p>')
    text = '<div class="text">' + mark_text(doc.text, page.spans.get(doc.id, ()), n) + "</div>"
    parts.append(_folded_text(text, doc, len(page.spans.get(doc.id, ()))) if len(page.docs) > FOLD_SOURCES else text)
    parts.append("</article>")
    return "\n".join(parts)


FOLD_SOURCES = 10
"""With more sources than this, each report's text is folded (its title, outlet and date stay in view):
a [n] link still opens it at the passage (browsers open a closed <details> holding the target; brief.js
does it where they do not)."""


def _folded_text(text: str, doc: Document, cited: int) -> str:
    words = len(doc.text.split())
    marks = f", {cited} cited passage{'' if cited == 1 else 's'}" if cited else ""
    return f'<details class="doc-text"><summary>Text ({words:,} words{marks})</summary>\n{text}\n</details>'


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
    title = heading(brief)
    sections: list[tuple[str, str, str]] = []
    if brief.warnings:  # sections left out because their stage failed (guard.story_stage)
        items = "".join(f"<li>{_e(w)}</li>" for w in brief.warnings)
        sections.append(("warnings", "Warnings", f"<ul>{items}</ul>"))
    sections.append(("summary", "Summary", _summary(page)))
    if disagreements(brief):
        sections.append(("disagree", "Where the sources disagree", _disagreements(page)))
    if brief.claims:
        sections.append(("claims", "Claims", _claims(page)))
    if brief.timeline:
        sections.append(("timeline", "Timeline", _timeline(page)))
    if brief.places or any(e.kind == "place" for e in brief.entities):
        sections.append(("places", "Places", _places(page)))
    if any(e.kind != "place" for e in brief.entities):
        sections.append(("people", "People and organisations", _people(page)))
    docs = "\n".join(_document(page, n, d) for n, d in enumerate(brief.documents, 1))
    sections.append(("sources", "Sources", docs or '<p class="note">No reports.</p>'))
    if brief.skipped:
        items = "".join(f"<li><code>{_e(s.input)}</code>: {_e(s.reason)}</li>" for s in brief.skipped)
        sections.append(("skipped", "Skipped inputs", f"<ul>{items}</ul>"))
    notes = input_notes(brief.documents)
    if notes:
        items = "".join(f"<li><code>{_e(n.input)}</code>: {_e(n.note)}</li>" for n in notes)
        sections.append(("notes", "Notes on inputs", f"<ul>{items}</ul>"))

    toc = " ".join(f'<a href="#{sid}">{_e(name)}</a>' for sid, name, _ in sections)
    body = "\n".join(_section(sid, name, html) for sid, name, html in sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{_e(title)}</title>\n<style>{asset('brief.css')}</style>\n</head>\n<body>\n<main>\n"
        f'<header>\n<h1>{_e(title)}</h1>\n<p class="prov">{_e(provenance_line(brief))}</p>\n'
        f'<nav class="toc">{toc}</nav>\n</header>\n'
        f"{body}\n{_footer(brief)}\n</main>\n<script>{asset('brief.js')}</script>\n</body>\n</html>\n"
    )
