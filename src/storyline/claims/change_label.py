"""A sum or count that measures a change says so in its row's what (claims99).

"The maintenance budget will increase $3.4 million" tells how much the budget grows, not what it is; claims97's
rebuild of a what from the figure's own noun phrase ("maintenance budget (USD)") drops the verb when it is finite, and
the row then reads as the budget's level beside "the budget will be $154 million". The figure's own clause tells the
change by structure: claims90's ``Quantity.kind`` is "change" when the figure is the measure ("by" phrase, object,
"up N") of a verb of change. When every figure of a row is such a measure of one verb of a direction (lexicon
``increase_verbs``, ``decrease_verbs``: the subject itself grows or shrinks by the figure) and the what names no
change (neither that verb as written nor a noun of change, ``change_nouns``), the what becomes the change of its
noun: "rise in ferry revenue (USD)", "increase in maintenance budget (USD)" — the verb's own noun when English has
one among the nouns of change, else "increase" or "decrease". A transitive change ("cut the library budget by $2
million") keeps its object's participle already ("library budget cut"), and a counted noun that is the verb's
subject or object underwent it ("The gale sank 12 fishing boats": "fishing boats sunk"); a level ("rose to $25
million") is no change and stays as it is.
"""

from __future__ import annotations

from collections.abc import Sequence

from .figure_mention import FigureMention
from .vocab import word_set
from .wording import participle

_UP = word_set("increase_verbs")
_DOWN = word_set("decrease_verbs")
_CHANGE_NOUNS = word_set("change_nouns")
_TOLD = ("count", "money")


def named_change(what: str, ms: Sequence[FigureMention]) -> str:
    """The what, as the change of its noun when every figure measures one verb of a direction (module docstring)."""
    if not ms or ms[0].dimension not in _TOLD or any(m.quantity.kind != "change" or m.counted and m.role != "other"
                                                     for m in ms):
        return what  # ("The gale sank 12 fishing boats": the boats underwent the verb, no change of a thing's size)
    lemmas = {m.event for m in ms}
    lemma = lemmas.pop() if len(lemmas) == 1 else None
    if lemma is None or lemma not in _UP | _DOWN:
        return what
    told = {lemma, participle(lemma, None)} | {m.event_text.lower() for m in ms if m.event_text} | _CHANGE_NOUNS
    words = {w.strip(".,:;!?()“”\"‘’'").lower() for w in what.split()}
    if words & told or {w.removesuffix("s") for w in words} & told:
        return what  # ("library budget cut", "“Orchard sales fell by $40 million”", "budget increases")
    noun = lemma if lemma in _CHANGE_NOUNS else ("increase" if lemma in _UP else "decrease")
    return f"{noun} in {what}"
