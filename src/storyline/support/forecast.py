"""A forecast does not support the report of what happened.

"As Brazilians prepare to vote on Sunday, polls predict that the president … will handily win re-election." and
"The vote is expected to result in the re-election of the president." were written before the vote; they share
its words with "Brazilian voters appeared to re-elect the president … Sunday" but state no result. A passage
whose claim is a forecast (a "will"/"shall" future, or a forecasting verb not told in the past:
``data/support_cues.json``'s ``forecast_verbs``) does not support a sentence whose claim is told in the past
tense. The claim's verb is found through reporting verbs ("He said he will resign" is a forecast, as "He will
resign" is; both may cite each other)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "’ll"})


def claim_tense(doc: Any, reporting: Collection[str], forecasting: Collection[str]) -> str:
    """"forecast", "past" or "" for the claim of a parsed text: its first root, through reporting verbs to what
    they report."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    verb = root
    for _ in range(3):
        if verb is None:
            return ""
        lemma = verb.lemma_.lower()
        if (lemma in forecasting and not _past(verb)) or any(
                c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in verb.children):
            return "forecast"
        if lemma not in reporting:
            break
        nxt = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis") and c.pos_ in ("VERB", "AUX")),
                   None)
        if nxt is None:
            break
        verb = nxt
    return "past" if verb is not None and verb.tag_ == "VBD" else ""


_PAST_AUX = frozenset({"was", "were", "had"})


def _past(verb: Any) -> bool:
    """A forecasting verb told in the past ("Such measures were initially expected after the elections, in which
    the president was re-elected"): an expectation the passage looks back on, often beside the outcome."""
    return verb.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.lower_ in _PAST_AUX for c in verb.children)


def forecast_check(sentence_tense: str, passage_tense: str) -> str | None:
    """"forecast" when the passage forecasts what the sentence tells as done."""
    return "forecast" if passage_tense == "forecast" and sentence_tense == "past" else None
