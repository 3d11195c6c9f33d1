"""Markdown rendering of a Brief: plain text an editor can paste anywhere.

Every summary sentence, claim, date and name carries ``[n]`` citations that
refer to the numbered source list at the end, so a reader can check each line
against the document it came from. The helpers shared with the HTML renderer
(numbering, figure wording) live here so both formats say the same thing.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from ..model import Brief, Citation, Document

__all__ = [
    "as_citation",
    "claims_table",
    "doc_numbers",
    "figure_groups",
    "format_figure",
    "provenance_line",
    "render_claims_markdown",
    "render_markdown",
    "speaker_groups",
]

# ---------------------------------------------------------------------------
# Shared helpers (also used by render.html)
# ---------------------------------------------------------------------------


def doc_numbers(brief: Brief) -> dict[str, int]:
    """1-based source numbers in ``brief.documents`` order (first one wins on a repeated id)."""
    numbers: dict[str, int] = {}
    for i, doc in enumerate(brief.documents, 1):
        numbers.setdefault(doc.id, i)
    return numbers


def provenance_line(brief: Brief) -> str:
    """'N documents, M independent, K skipped': how much evidence stands behind the brief."""
    n = len(brief.documents)
    independent = sum(1 for d in brief.documents if not d.copy_of)
    k = len(brief.skipped)
    return f"{n} document{'' if n == 1 else 's'}, {independent} independent, {k} skipped"


def _int(value: Any) -> int | None:
    """An int offset, or None: JSON-shaped dicts may carry anything."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return None


def as_citation(obj: Any) -> Citation | None:
    """A Citation from a Citation or a ``{"doc", "start", "end"}`` dict; None when malformed.

    Claims and timeline entries are JSON-shaped dicts filled by other stages, so the
    renderers accept both forms instead of failing on one odd entry.
    """
    if isinstance(obj, Citation):
        return obj
    if isinstance(obj, Mapping):
        doc, start, end = obj.get("doc"), _int(obj.get("start")), _int(obj.get("end"))
        if isinstance(doc, str) and start is not None and end is not None:
            return Citation(doc, start, end)
    return None


def citations_of(entry: Mapping[str, Any]) -> list[Citation]:
    """The well-formed citations of a timeline-style entry (``entry["citations"]``)."""
    raw = entry.get("citations")
    if not isinstance(raw, list | tuple):
        return []
    return [c for c in (as_citation(x) for x in raw) if c is not None]


def date_label(entry: Mapping[str, Any]) -> str:
    """A timeline date as shown: "2015-09-28 to 2015-09-30", "2015-10-07 (year inferred)"."""
    label = str(entry.get("date") or "undated")
    if entry.get("end"):
        label += f" to {entry['end']}"
    if entry.get("year_inferred"):
        label += " (year inferred)"
    return label


def mentions_of(claim: Mapping[str, Any]) -> list[Mapping[str, Any]]:
    """The dict mentions of a claim, ignoring anything that is not a mapping."""
    raw = claim.get("mentions")
    if not isinstance(raw, list | tuple):
        return []
    return [m for m in raw if isinstance(m, Mapping)]


def _number(value: Any) -> str | None:
    """A figure as people write it: 1,500 not 1500.0."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


def format_figure(mention: Mapping[str, Any]) -> str:
    """'about 20 people', 'at least 12', '20–25 people'; the mention's own text when it has no value."""
    low, high = _number(mention.get("low")), _number(mention.get("high"))
    value = _number(mention.get("value"))
    if low is not None and high is not None and low != high:
        num = f"{low}–{high}"
    elif value is not None:
        num = value
    elif low is not None or high is not None:
        num = low if low is not None else str(high)
    else:
        text = mention.get("text")
        return str(text).strip() if text else "?"
    if mention.get("vague") and mention.get("text"):
        # "hundreds of people": the words as written, and the convention's count
        return f"{' '.join(str(mention['text']).split())} (vague: {num})"
    unit = mention.get("unit")
    if unit and _number(mention.get("base")) is not None:
        unit = f"out of {unit}"  # "2 out of 57 strikes"
    words = [mention.get("qualifier"), num, unit]
    return " ".join(str(w).strip() for w in words if w not in (None, ""))


def _grouped(mentions: Iterable[Mapping[str, Any]], key: Any) -> list[tuple[str, list[Mapping[str, Any]]]]:
    groups: dict[str, list[Mapping[str, Any]]] = {}
    for m in mentions:
        k = key(m)
        if k:
            groups.setdefault(k, []).append(m)
    return list(groups.items())


def figure_groups(mentions: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """Mentions grouped by how their figure reads, in first-seen order: who says 20, who says 24."""
    return _grouped(mentions, format_figure)


def speaker_groups(mentions: Iterable[Mapping[str, Any]]) -> list[tuple[str, list[Mapping[str, Any]]]]:
    """Mentions grouped by speaker (unattributed ones left out), in first-seen order."""

    def speaker(m: Mapping[str, Any]) -> str:
        s = m.get("speaker")
        if not s:
            return ""
        who = " ".join(str(s).split())
        return f"{who} (unresolved)" if m.get("speaker_resolved") is False else who

    return _grouped(mentions, speaker)


def mention_citation(mention: Mapping[str, Any]) -> Citation | None:
    """The span a claim mention points at."""
    return as_citation(mention)


def unique_docs(doc_ids: Iterable[str]) -> list[str]:
    """Doc ids without repeats, order kept: one ``[n]`` per source."""
    return list(dict.fromkeys(doc_ids))


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
    one_line = " ".join(text.split())
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
    whats = {str(c.get("id")): str(c.get("what") or "") for c in brief.claims}
    out = ["| What | Figures | Who said it | Sources | Verdict |", "| --- | --- | --- | --- | --- |"]
    for claim in brief.claims:
        mentions = mentions_of(claim)
        figures = "; ".join(
            f"{md_cell(fig)} {_cites((str(m.get('doc')) for m in ms), numbers)}"
            for fig, ms in figure_groups(mentions)
        )
        speakers = "; ".join(
            f"{md_cell(who)} {_cites((str(m.get('doc')) for m in ms), numbers)}"
            for who, ms in speaker_groups(mentions)
        )
        sources = _cites((str(m.get("doc")) for m in mentions), numbers)
        verdict = str(claim.get("verdict") or "")
        independent = _int(claim.get("independent_sources"))
        if independent is not None:
            verdict += f" ({independent} independent)"
        what = str(claim.get("what") or "")
        linked = [whats[str(x)] for x in claim.get("linked") or () if str(x) in whats]
        if linked:
            what += " (see also: " + "; ".join(linked) + ")"
        row = [md_cell(what), figures or "—", speakers or "—", sources or "—"]
        row.append(md_cell(verdict.strip()) or "—")
        out.append("| " + " | ".join(row) + " |")
    return out


def render_claims_markdown(brief: Brief) -> str:
    """Just the claims table of a brief, with the numbered sources its ``[n]`` refer to."""
    numbers = doc_numbers(brief)
    out = [f"## Claims: {md_inline(brief.title or brief.story_id or 'Untitled story')}", ""]
    out += claims_table(brief, numbers) if brief.claims else ["*No figures found.*"]
    out += ["", "Sources:", ""]
    for i, doc in enumerate(brief.documents, 1):
        line = f"{i}. {md_inline(_doc_label(doc))} ({md_code(doc.id)})"
        if doc.copy_of:
            original = numbers.get(doc.copy_of)
            line += f"; reprint of [{original}]" if original else f"; reprint of {md_code(doc.copy_of)}"
        out.append(line)
    return "\n".join(out) + "\n"


def render_markdown(brief: Brief) -> str:
    """The brief as Markdown: summary, claims, timeline, places, people, sources, skipped inputs."""
    numbers = doc_numbers(brief)
    out: list[str] = [f"# {md_inline(brief.title or brief.story_id or 'Untitled story')}", ""]
    out += [f"*{provenance_line(brief)}*", ""]
    for warning in brief.warnings:  # a section left out because its stage failed (guard.story_stage)
        out += [f"> **Warning:** {md_inline(warning)}", ""]

    out += ["## Summary", ""]
    if brief.summary:
        for sentence in brief.summary:
            cites = _cites((c.doc for c in sentence.citations), numbers)
            out.append(f"{md_inline(sentence.text)} {cites}".rstrip())
    else:
        out.append("*No summary.*")
    out.append("")

    if brief.claims:
        out += ["## Claims", ""]
        out += claims_table(brief, numbers)
        out.append("")

    if brief.timeline:
        out += ["## Timeline", ""]
        for entry in brief.timeline:
            cites = _cites((c.doc for c in citations_of(entry)), numbers)
            date = md_inline(date_label(entry))
            out.append(f"- {date} — {md_inline(str(entry.get('text') or ''))} {cites}".rstrip())
        out.append("")

    place_entities = [e for e in brief.entities if e.kind == "place"]
    if brief.places or place_entities:
        out += ["## Places", ""]
        named = set()
        for place in brief.places:
            name = str(place.get("name") or "")
            named.add(name)
            details = [str(place["kind"])] if place.get("kind") else []
            lat, lon = place.get("lat"), place.get("lon")
            if isinstance(lat, int | float) and isinstance(lon, int | float):
                details.append(f"{lat:.4g}, {lon:.4g}")
            docs = place.get("docs")
            cites = _cites((str(d) for d in docs), numbers) if isinstance(docs, list) else ""
            parts = [md_inline(name)] + ([md_inline(", ".join(details))] if details else []) + [cites]
            out.append("- " + " — ".join(p for p in parts if p))
        for ent in place_entities:
            if ent.name not in named:
                out.append(_entity_line(ent.name, ent.aliases, ent.docs, numbers))
        out.append("")

    people = [e for e in brief.entities if e.kind != "place"]
    if people:
        out += ["## People and organisations", ""]
        for ent in people:
            out.append(_entity_line(f"{ent.name} ({ent.kind})", ent.aliases, ent.docs, numbers))
        out.append("")

    out += ["## Sources", ""]
    if not brief.documents:
        out.append("*No documents.*")
    for i, doc in enumerate(brief.documents, 1):
        published = doc.published.isoformat() if doc.published else "undated"
        outlet = doc.outlet or "unknown outlet"
        line = f"{i}. {md_inline(_doc_label(doc))} — {md_inline(outlet)}, {published} ({md_code(doc.id)})"
        if doc.copy_of:
            original = numbers.get(doc.copy_of)
            line += f"; reprint of [{original}]" if original else f"; reprint of {md_code(doc.copy_of)}"
        out.append(line)
    out.append("")

    if brief.skipped:
        out += ["## Skipped inputs", ""]
        for skipped in brief.skipped:
            out.append(f"- {md_code(skipped.input)}: {md_inline(skipped.reason)}")
        out.append("")

    return "\n".join(out).rstrip("\n") + "\n"


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


def provenance_json(value: Any) -> str:
    """A provenance value as compact text (settings may be nested dicts)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)
