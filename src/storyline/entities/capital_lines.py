"""Names in a line written in capitals: a broadcast's transcript or a shouted paragraph set among a report's
prose ("WE CHECKED THE SHERIFF'S OFFICE …", "ERIK, THIS CAME TO …"). Its capitals hide which words are names
("THE DOOR", "A SOY-BASED FORMULA FROM …" read as organisations), so a name written only there is not listed; a
name the story also writes in ordinary case elsewhere ("SARAH MARKHAM" beside "Sarah Markham") and a place the
places stage resolved keep their mentions. A report written all in capitals keeps its names."""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Mention
from ..names import clean_name, display_form, name_key
from ..text import in_capitals


def capital_spans(a: Analysis) -> list[tuple[int, int]]:
    """The spans of the document's sentences written in capitals, when it also holds a sentence that is not."""
    spans = [(s.start, s.end) for s in a.sentences if in_capitals(s.text)]
    return spans if len(spans) < len(a.sentences) else []


def in_capital_line(m: Mention, spans: Sequence[tuple[int, int]]) -> bool:
    """Is the mention inside one of ``spans`` (``capital_spans``)?"""
    return any(s <= m.start and m.end <= e for s, e in spans)


def capitals_evidence(analyses: Sequence[Analysis]) -> tuple[dict[str, list[tuple[int, int]]], set[str]]:
    """Each document's capital spans (``capital_spans``), and the keys of the names the story writes outside
    them (in ordinary case, or in a report all in capitals)."""
    spans = {a.doc.id: capital_spans(a) for a in analyses}
    cased = {name_key(clean_name(display_form(m.text))) for a in analyses for m in a.mentions
             if not in_capital_line(m, spans[a.doc.id])}
    return spans, cased


def capitals_only(m: Mention, name: str, spans: dict[str, list[tuple[int, int]]], cased: set[str]) -> bool:
    """A mention written in a line in capitals whose name the story never writes outside such lines."""
    return in_capital_line(m, spans.get(m.doc, ())) and name_key(name) not in cased
