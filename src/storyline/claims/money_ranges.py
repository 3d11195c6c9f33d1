"""A range of money whose ends each carry the currency sign (claims41, the thirty-first read): "bought or rented
for between $2 to $18" is one price range, $2–$18, not two prices. Read from "between" (then "and" or "to") or
"from" (then "to"), the same sign or code before the high end, which is larger; "rose from $40 to $90" is an
earlier value and a new one (lexicon change_verbs), and stays two figures. With no opener (claims59, the 62nd read's
"cost about $20 to $35"), "to", a dash or "or" ("$40 or $45", the high end at most three times the low) joins the
two ends, unless a verb of change comes before them in the sentence ("rose $2 to $35": a move and the level).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure
from .number_words import number_word, scaled
from .tokens import low
from .vocab import word_set

_CHANGE_VERBS = word_set("change_verbs")


def money_range(doc: Doc, fig: Figure) -> None:
    """Stretch a money ``fig`` (its sign read before it) to the high end of "between $2 to $18"."""
    if fig.dimension != "money" or fig.currency != fig.start or fig.low != fig.high or fig.vague or fig.start < 1:
        return
    opener, sep, sign = doc[fig.start - 1], low(doc, fig.end), doc[fig.start].text
    opened = opener.lower_ == "between" and sep in ("and", "to") or opener.lower_ == "from" and sep == "to"
    if not opened and (sep not in ("to", "-", "–", "or") or _changed_before(doc, fig.start)):
        return
    if opener.lower_ == "from" and opener.head.pos_ == "VERB" and opener.head.lemma_.lower() in _CHANGE_VERBS:
        return  # "the fare rose from $40 to $90": a change, not a range
    if fig.end + 2 >= len(doc) or doc[fig.end + 1].text != sign:
        return
    second = number_word(doc, fig.end + 2)
    if second is None or second[2] is not None:
        return
    high, end = scaled(doc, second[1], second[0])
    if high > fig.value and (sep != "or" or high <= fig.value * 3):
        fig.high, fig.end = high, end  # ("$40 or $45", as numbers.py's "20 or 30")


def _changed_before(doc: Doc, start: int) -> bool:
    """A verb of change between the sentence's start and ``start`` ("shares rose $2 to $35")."""
    return any(t.lemma_.lower() in _CHANGE_VERBS for t in doc[doc[start].sent.start : start])
