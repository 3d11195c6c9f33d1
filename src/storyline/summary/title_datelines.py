"""A dateline written in ordinary case at the head of a report: "Indianapolis – Several thousand teachers …".

Wire datelines are in capitals ("INDIANAPOLIS (AP) —", ``newswriting.dateline_end``), and the summary shows
a sentence from after one. Some sites print the same dateline in ordinary case, a town (and its state) and a
dash before the first word ("Indianapolis – Several …", "Dekalb, Ill. — Mike …"). The rule
(``newswriting.title_dateline_end``, which the timeline shares) takes it only at the very start of a report's
first sentence, and only when the model tags the words before the dash a place: the item is shown from after it,
its citation moved with it.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..model import Analysis
from ..newswriting import title_dateline_end


def opening_datelines(analyses: Sequence[Analysis]) -> dict[tuple[str, int], int]:
    """(report, start of its first sentence) → the length of the ordinary-case dateline that opens it."""
    out: dict[tuple[str, int], int] = {}
    for a in analyses:
        if a.sentences and (cut := title_dateline_end(a, a.sentences[0].start)):
            out[(a.doc.id, a.sentences[0].start)] = cut
    return out
