"""A person the summary names by surname only ("Xu spent 12 years in prison.", "Farrakhan repeatedly has urged
…") while no item gives the full name the story uses ("Xu Wenli", "Louis Farrakhan"): the reader cannot tell who
it is, or which of the story's Wangs. The report named the person in full in a sentence the summary does not show.

Such a sentence is not shown; the words it frees go to the next ranked sentences (``fit_named``), which are read
the same way. It is not rewritten with an editor's bracket ("[Louis] Farrakhan"): every summary item is its
source's words, verbatim from its first citation (``model.SummarySentence``), and the brief, its JSON and its
citations' spans are built on that. Only a surname of a full name the story gives counts: a single name the story
never writes in full (a mononym, a name the reports only ever shorten) is left alone, and so is a name inside a
quotation (the speaker's). A surname is the last word of a person's full name ("Louis Farrakhan"), or its first
("Xu Wenli": the surname first, as Chinese and some other names write it).

The ranking and the ROUGE order are not touched: this is the brief's choice among the ranked sentences, as the
judge's folds are (``summary.summarise``).
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis, Mention, Sentence
from .dateline_deixis import quoted_offsets
from .rank import Ranked, fit_budget

__all__ = ["bare_surnames", "fit_named"]

ROUNDS = 4  # refills: a sentence that comes in may name someone by surname only in turn


def _in(m: Mention, s: Sentence) -> bool:
    return m.doc == s.doc and s.start <= m.start and m.end <= s.end


def _full(m: Mention) -> list[str]:
    words = m.text.split()
    return words if m.kind == "person" and len(words) >= 2 else []


def _surnamed(surname: str, full: Sequence[str]) -> bool:
    return bool(full) and surname in (full[0], full[-1])


def bare_surnames(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[str]:
    """For each chosen sentence, the first surname it names a person by (outside any quotation) when no chosen
    sentence gives a full name of the story with that surname and the story gives one; "" when none."""
    by_doc = {a.doc.id: a for a in analyses}
    story_full = [_full(m) for a in analyses for m in a.mentions]
    shown_full = [_full(m) for s in chosen if s.doc in by_doc for m in by_doc[s.doc].mentions if _in(m, s)]
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        found = ""
        quoted = quoted_offsets(s.text)
        for m in a.mentions if a is not None else ():
            word = m.text.strip()
            if not _in(m, s) or m.kind != "person" or " " in word or not word[:1].isupper() or any(
                    lo <= m.start - s.start < hi for lo, hi in quoted):
                continue
            if any(_surnamed(word, f) for f in shown_full) or not any(_surnamed(word, f) for f in story_full):
                continue
            found = word
            break
        out.append(found)
    return out


def fit_named(
    ranked: Ranked, words: int, analyses: Sequence[Analysis], skip: Sequence[Sentence] = (),
) -> tuple[list[Sentence], list[Sentence]]:
    """``fit_budget``'s sentences less those that name a person by surname only (``bare_surnames``), refilled
    from the ranking (a few rounds); with the sentences left out, ``skip`` first."""
    left = list(skip)
    chosen = fit_budget(ranked, words, left)
    for _ in range(ROUNDS):
        bare = [s for s, name in zip(chosen, bare_surnames(chosen, analyses), strict=True) if name]
        if not bare:
            break
        left += bare
        chosen = fit_budget(ranked, words, left)
    return chosen, left
