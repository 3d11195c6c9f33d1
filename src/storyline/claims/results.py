"""One firm's result in two reports, told with two values: "Acme reported profits of $9.7bn" / "the giant banked
$3.2 billion in profit" (claims56). The two sums are named by one noun of a firm's results (lexicon result_nouns:
"profit", "revenue", "loss"; the singular and plural are one lemma), with the same scope words (not a "net loss"
against an "operating loss"), no two different firms tied to them and no two different speakers: a real
disagreement of the reports, so a differ row rather than two single ones. Values further apart than a running
count's ratio stay apart (a year's sum is not a quarter's).
"""

from __future__ import annotations

from .figure_mention import FigureMention
from .vocab import word_set

RESULT_NOUNS = word_set("result_nouns")


def one_result(a: FigureMention, b: FigureMention) -> bool:
    """Two reports' sums of one firm's result under one noun (module docstring)."""
    if a.doc == b.doc or a.dimension != "money" or b.dimension != "money" or a.head != b.head or \
            a.head not in RESULT_NOUNS or a.scope != b.scope:
        return False
    if a.actors and b.actors and not a.actors & b.actors:
        return False  # "Acme's profit" / "Bolt's profit": two firms
    return not (a.speaker is not None and b.speaker is not None and a.speaker.head != b.speaker.head)
