"""Items that use initials the brief never expands: "… the CDF team went to investigate …", "HP, as … explained,
is a complex and rare condition."

A report that spells out a name or a term and then writes its initials ("ESA's Concurrent Design Facility" … "the
CDF team"; "hypersensitivity pneumonitis, or HP" … "HP is a rare condition") told its reader what they stand for:
the writer thought them in need of it. An item that shows the initials while no item shows what they stand for
gives the reader letters they cannot read. Initials are a word of two to five capitals that is no place nor people
(the parse's GPE, LOC or NORP: "US", "UK", "EU" need no spelling out); what they stand for is a run of words before
the item in its report, their first letters the initials' in order, either each word capitalised (a name:
"Concurrent Design Facility"; "of", "and", "for", "the" may stand between, uncounted) or written next to the
initials ("hypersensitivity pneumonitis, or HP", "… (HP)"; two initials only so: two capitalised words that happen
to start with them, "His Parkinson's", are too common); words whose first letters happen to spell "HP" elsewhere
("his phone") are no spelling out.

The item is kept and the sentence that spells the initials out is shown with it (``spelling_unit``: it comes
before the ranking's choice, ``rank.fit_budget``'s ``first``), when that sentence can stand alone; when it cannot,
the item is not shown and its words go to the next ranked sentences (``unnamed.fit_named``). A report's lede is
left alone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Analysis, Sentence
from .lead import past_ledes
from .rank import Ranked
from .standalone import sentence_spans

__all__ = ["initials_in", "spelled_out", "spelling_unit", "unexpanded"]

Span = tuple[int, int]

_INITIALS = re.compile(r"[A-Z]{2,5}")
_PLACES = frozenset({"GPE", "LOC", "NORP"})
_BETWEEN = "(?:(?:of|and|for|the|&)\\s+)?"


def _spelled(initials: str, capitalised: bool) -> str:
    """A pattern of words whose first letters are ``initials``, each capitalised (a name) or of any case."""
    words = [f"{c}[\\w'’-]*" if capitalised else f"[{c}{c.lower()}][\\w'’-]*" for c in initials]
    return r"\b" + (r"\s+" + _BETWEEN).join(words) + r"\b"


def _spelled_out(text: str, initials: str) -> list[tuple[int, int]]:
    """Where ``text`` spells ``initials`` out: a name of capitalised words, or words of any case written next to
    the initials ("… pneumonitis, or HP", "… pneumonitis (HP)")."""
    beside = _spelled(initials, False) + rf"(?=,?\s+or\s+{initials}\b|\s+\({initials}\))"
    kinds = (beside, _spelled(initials, True)) if len(initials) > 2 else (beside,)
    return [(m.start(), m.end()) for p in kinds for m in re.finditer(p, text)]


def _initials(a: Analysis, s: Sentence) -> list[str]:
    """The initials ``s`` writes (no place nor people)."""
    return [t.text for span in sentence_spans(a, s) for t in span
            if _INITIALS.fullmatch(t.text) and t.ent_type_ not in _PLACES]


initials_in = _initials  # for ``who``'s gloss of initials
spelled_out = _spelled_out


def unexpanded(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[tuple[Sentence, list[Span]]]:
    """The chosen sentences that write initials their report spelled out before them, where no chosen sentence (of
    any report, the item itself too) holds those words; each with where the report spells them out (offsets)."""
    by_doc = {a.doc.id: a for a in analyses}
    out = []
    for s, a in past_ledes(chosen, by_doc):
        for initials in dict.fromkeys(_initials(a, s)):
            spans = [(lo, hi) for lo, hi in _spelled_out(a.doc.text, initials) if lo < s.start]
            words = {" ".join(a.doc.text[lo:hi].split()) for lo, hi in spans}
            shown = any(w in " ".join(t.text.split()) for t in chosen for w in words)  # any item, any report
            if spans and not shown:
                out.append((s, spans))
                break
    return out


def spelling_unit(ranked: Ranked, s: Sentence, spans: Sequence[Span], left: Sequence[Sentence]) -> Sentence | None:
    """The ranked sentence of ``s``'s report that spells its initials out (one of ``spans``), when it may be shown
    (not hidden, not left out: it stands alone), to be shown with ``s``; None when there is none."""
    gone = {(t.doc, t.start, t.end) for t in left}
    for i, t in enumerate(ranked.sentences):
        if t.doc != s.doc or i in ranked.hidden or i in ranked.joins or (t.doc, t.start, t.end) in gone:
            continue
        if t.start != s.start and any(t.start <= lo and hi <= t.end for lo, hi in spans):
            return t
    return None
