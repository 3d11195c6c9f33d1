"""Markdown rendering of a Brief: plain text an editor can paste anywhere.

Every summary sentence, claim, date and name carries ``[n]`` citations that
refer to the numbered source list at the end, so a reader can check each line
against the document it came from. The helpers shared with the HTML renderer
(numbering, figure wording) live in ``common.py`` so both formats say the same thing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence

from ..model import Brief, Document, input_notes
from ..sources import copy_kind
from .common import (
    CAPTION_NOTE,
    EXPECTED_NOTE,
    MENTION_NOTE,
    date_label,
    disagreements,
    doc_numbers,
    figure_groups,
    heading,
    place_details,
    provenance_line,
    sentence_date,
    spaced,
    speaker_groups,
    typeset_quotes,
    unique_docs,
    update_order,
    verdict_label,
)

__all__ = ["claims_table", "render_claims_markdown", "render_markdown"]


# ---------------------------------------------------------------------------
# Markdown
# ---------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]<])")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=~]|\d+[.)])")


def md_inline(text: str) -> str:
    """Source text on one line with Markdown syntax characters escaped.

    Scraped text can contain ``*``, ``[3]`` or ``<tags>``; unescaped they would turn
    into emphasis, fake citations or raw HTML in the rendered brief.
    """
    one_line = typeset_quotes(" ".join(text.split()))
    escaped = _INLINE_SPECIAL.sub(r"\\\1", one_line)
    # "14." at a line start would become a list item: escape the punctuation, not the digits.
    return _BLOCK_START.sub(lambda m: m.group(1) + m.group(2)[:-1] + "\\" + m.group(2)[-1], escaped, count=1)


def md_cell(text: str) -> str:
    """A table cell: inline-escaped and with ``|`` escaped so the row keeps its columns."""
    return md_inline(text).replace("|", "\\|")


def md_code(text: str) -> str:
    """Inline code that survives backticks in the content (doc ids are file names)."""
    one_line = " ".join(text.split())
    longest = max((len(run) for run in re.findall(r"`+", one_line)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if one_line.startswith("`") or one_line.endswith("`") else ""
    return f"{fence}{pad}{one_line}{pad}{fence}"


def _cites(doc_ids: Iterable[str], numbers: Mapping[str, int]) -> str:
    """``[1][3]`` for the given documents; ``[?]`` for one that is not in the brief."""
    return "".join(f"[{numbers[d]}]" if d in numbers else "[?]" for d in unique_docs(doc_ids))


def _doc_label(doc: Document) -> str:
    return doc.title.strip() or doc.id


def claims_table(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    """The claims table (header, rule, one row per claim group), most important first.

    Columns: what is measured (with the groups it is linked to: a wider or narrower
    scope of the same measure), each figure as stated with the sources giving it,
    who said it, every source, and the verdict with the independent-source count.
    """
    whats = {c.id: c.what for c in brief.claims}
    out = ["| What | Figures | Who said it | Sources | Verdict |", "| --- | --- | --- | --- | --- |"]
    for claim in (c for c in brief.claims if not c.minor):
        mentions = claim.mentions
        figures = "; ".join(
            f"{md_cell(fig)} {_cites((m.doc for m in ms), numbers)}" for fig, ms in figure_groups(mentions)
        )
        speakers = "; ".join(
            f"{md_cell(who)} {_cites((m.doc for m in ms), numbers)}" for who, ms in speaker_groups(mentions)
        )
        sources = _cites((m.doc for m in mentions), numbers)
        update = ", an update" if claim.update else ""
        shared = "".join(f"; one wire sentence in {_cites(g, numbers)}" for g in claim.shared)
        verdict = md_cell(f"{claim.verdict} ({claim.independent_sources} independent{update}") + shared + ")"
        what = claim.what
        linked = [whats[x] for x in claim.linked if x in whats]
        if linked:
            what += " (see also: " + "; ".join(linked) + ")"
        row = [md_cell(what), figures or "—", speakers or "—", sources or "—"]
        row.append(verdict)
        out.append("| " + " | ".join(row) + " |")
    return out + _minor_figures(brief, numbers)


def _minor_figures(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    """The rows below the line of a figure that matters (``claims/weight.py``), after the table as one compact
    list: kept for a reader who looks, out of the way of the one who scans."""
    items = []
    for claim in brief.claims:
        if claim.minor:
            figures = ", ".join(f"{md_inline(fig)} {_cites((m.doc for m in ms), numbers)}"
                                for fig, ms in figure_groups(claim.mentions))
            items.append(f"{md_inline(claim.what)}: {figures}")
    return ["", "Other figures, one source each: " + "; ".join(items) + "."] if items else []


def render_claims_markdown(brief: Brief) -> str:
    """Just the claims table of a brief, with the numbered sources its ``[n]`` refer to."""
    numbers = doc_numbers(brief)
    out = [f"## Claims: {md_inline(heading(brief))}", ""]
    out += claims_table(brief, numbers) if brief.claims else ["*No figures found.*"]
    out += ["", "Sources:", ""]
    for i, doc in enumerate(brief.documents, 1):
        out.append(f"{i}. {md_inline(_doc_label(doc))} ({md_code(doc.id)})" + _reprint(doc, numbers, brief.documents))
    return "\n".join(out) + "\n"


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown: summary, claims, timeline, places, people, sources, skipped inputs."""
    numbers = doc_numbers(brief)
    out: list[str] = [f"# {md_inline(heading(brief))}", ""]
    out += [f"*{provenance_line(brief)}*", ""]
    for warning in brief.warnings:  # a section left out because its stage failed (guard.story_stage)
        out += [f"> **Warning:** {md_inline(warning)}", ""]
    out += _summary(brief, numbers) + _disagreements(brief, numbers)
    if brief.claims:
        out += ["## Claims", "", *claims_table(brief, numbers), ""]
    out += _timeline(brief, numbers) + _places(brief, numbers) + _people(brief, numbers)
    out += _sources(brief, numbers) + _skipped(brief) + _notes(brief)
    return "\n".join(out).rstrip("\n") + "\n"


def _summary(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    out = ["## Summary", ""]
    for sentence in brief.summary:
        cites = _cites((c.doc for c in sentence.citations), numbers)
        date = sentence_date(sentence)
        shown = md_inline(spaced(sentence.text))
        out.append(f"- {f'**{md_inline(date)}** — ' if date else ''}{shown} {cites}".rstrip())
        out += [f"  - *{md_inline(g.name)}:* {md_inline(spaced(g.text))} {_cites([g.citation.doc], numbers)}".rstrip()
                for g in sentence.who]  # who's who: a name the item uses that no earlier item introduces
    if not brief.summary:
        out.append("*No summary.*")
    return [*out, ""]


def _disagreements(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    """One line per claim row the sources disagree on: what, then each figure with who says it."""
    rows = disagreements(brief)
    if not rows:
        return []
    out = ["## Where the sources disagree", ""]
    for group, says in rows:
        parts = [
            f"{md_inline(figure)}{' (' + md_inline('; '.join(who)) + ')' if who else ''} "
            + _cites((m.doc for m in ms), numbers)
            for figure, who, ms in says
        ]
        joiner = ", then " if update_order(brief, group) else " vs "  # an update told in its reports' order
        out.append(f"- {md_inline(group.what)} ({md_inline(verdict_label(group))}): " + joiner.join(parts))
    return [*out, ""]


def _timeline(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    if not brief.timeline:
        return []
    out = ["## Timeline", ""]
    for entry in brief.timeline:
        cites = _cites((c.doc for c in entry.citations), numbers)
        date = md_inline(date_label(entry))
        note = f"*{CAPTION_NOTE}* " if entry.caption else ""
        if entry.mention:
            date += f" *{MENTION_NOTE}*"
        if entry.future:
            date += f" *{EXPECTED_NOTE}*"
        out.append(f"- {date} — {note}{md_inline(entry.text)} {cites}".rstrip())
        out += [f"  - *{md_inline(g.name)}:* {md_inline(spaced(g.text))} {_cites([g.citation.doc], numbers)}".rstrip()
                for g in entry.who]  # who's who: a name the entry uses that no earlier entry introduces (time25)
    return [*out, ""]


def _places(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    place_entities = [e for e in brief.entities if e.kind == "place"]
    if not brief.places and not place_entities:
        return []
    out = ["## Places", ""]
    named = set()
    for place in brief.places:
        named.add(place.name)
        cites = _cites(place.docs, numbers)
        parts = [md_inline(place.name), md_inline(", ".join(place_details(place, ".4g"))), cites]
        out.append("- " + " — ".join(p for p in parts if p))
    for ent in place_entities:
        if ent.name not in named:
            out.append(_entity_line(ent.name, ent.aliases, ent.docs, numbers))
    return [*out, ""]


def _people(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    people = [e for e in brief.entities if e.kind != "place"]
    if not people:
        return []
    out = ["## People and organisations", ""]
    for ent in people:
        out.append(_entity_line(f"{ent.name} ({ent.kind})", ent.aliases, ent.docs, numbers))
    return [*out, ""]


def _sources(brief: Brief, numbers: Mapping[str, int]) -> list[str]:
    out = ["## Sources", ""]
    if not brief.documents:
        out.append("*No reports.*")
    for i, doc in enumerate(brief.documents, 1):
        published = doc.published.isoformat() if doc.published else "undated"
        outlet = doc.outlet or "unknown outlet"
        line = f"{i}. {md_inline(_doc_label(doc))} — {md_inline(outlet)}, {published} ({md_code(doc.id)})"
        out.append(line + _reprint(doc, numbers, brief.documents))
    return [*out, ""]


def _skipped(brief: Brief) -> list[str]:
    if not brief.skipped:
        return []
    out = ["## Skipped inputs", ""]
    for skipped in brief.skipped:
        out.append(f"- {md_code(skipped.input)}: {md_inline(skipped.reason)}")
    return [*out, ""]


def _notes(brief: Brief) -> list[str]:
    """How inputs were read where a reader should know (a guessed encoding): ``Document.notes``."""
    notes = input_notes(brief.documents)
    if not notes:
        return []
    return ["## Notes on inputs", "", *(f"- {md_code(n.input)}: {md_inline(n.note)}" for n in notes), ""]


def _reprint(doc: Document, numbers: Mapping[str, int], docs: Sequence[Document]) -> str:
    """'; reprint of [2]' for a document that copies another one ('; update of [2]': one article's other update;
    '; retells [2]': a report told from another's, ``retold``; '; excerpt of [2]': one outlet's shorter page of its
    own report, ``sources.excerpt_of``)."""
    copied = copy_kind(doc, docs)
    if copied is None:
        return ""
    kind, of = copied
    return f"; {kind} [{numbers[of]}]" if of in numbers else f"; {kind} {md_code(of)}"


def _entity_line(name: str, aliases: list[str], docs: list[str], numbers: Mapping[str, int]) -> str:
    """'name — aliases — [n]' for the people and places lists."""
    parts = [md_inline(name)]
    others = [a for a in aliases if a != name]
    if others:
        parts.append(md_inline(", ".join(others)))
    cites = _cites(docs, numbers)
    if cites:
        parts.append(cites)
    return "- " + " — ".join(parts)
