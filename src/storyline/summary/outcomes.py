"""What a sentence states as done, previewed or pending: the verbs ``rank`` compares so that a preview ("will say
Wednesday whether he approves …") or a negotiation ("is in talks to be acquired by …") is not shown beside the
outcome the story reports. Moved out of ``standalone`` (which asks whether a sentence stands alone) unchanged."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

__all__ = ["outcome_verbs", "past_verbs", "pending_verb", "preview_verb", "proper_names"]


def preview_verb(span: Any) -> str | None:
    """The lemma of the outcome a sentence previews ("Judge X will say Wednesday whether he approves
    the deal" → "approve"): a main clause in the future ("will", "is expected to", "is due to") whose
    object is a "whether"/"if" clause; None for any other sentence."""
    root = span.root
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in root.children) or (
        root.lemma_.lower() in ("expect", "due", "set") and any(c.dep_ == "xcomp" for c in root.children))
    if not future:
        return None
    for t in root.subtree:
        if t.dep_ == "mark" and t.lower_ in ("whether", "if") and t.head.pos_ in ("VERB", "AUX"):
            return str(t.head.lemma_.lower())
    return None


def _past(t: Any) -> bool:
    return t.pos_ == "VERB" and (t.tag_ == "VBD" or (t.tag_ == "VBN" and any(
        c.dep_ == "aux" and c.lemma_ == "have" for c in t.children)))


def past_verbs(span: Any) -> frozenset[str]:
    """Lemmas of the verbs a sentence states in the past tense ("approved", "has approved")."""
    return frozenset(t.lemma_.lower() for t in span if _past(t))


@lru_cache(maxsize=1)
def _pending_rules() -> tuple[frozenset[str], dict[str, frozenset[str]]]:
    raw = json.loads(resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    groups: dict[str, frozenset[str]] = {}
    for group in raw["outcome_groups"]:
        for verb in group:
            groups[verb] = frozenset(group)
    return frozenset(raw["pending_nouns"]), groups


def pending_verb(span: Any) -> str | None:
    """The lemma of what a main clause says is being negotiated ("… is in talks to be acquired by …" →
    "acquire"; ``data/account_rules.json``, "pending_nouns"); None for any other sentence."""
    nouns, _ = _pending_rules()
    root = span.root
    if root.lemma_.lower() != "be":
        return None
    for prep in root.children:
        if prep.dep_ != "prep" or prep.lower_ != "in":
            continue
        for noun in prep.children:
            if noun.dep_ != "pobj" or noun.lower_ not in nouns:
                continue
            for verb in noun.children:
                if verb.pos_ == "VERB" and verb.dep_ in ("relcl", "acl", "xcomp") and any(
                        c.lower_ == "to" for c in verb.children):
                    return str(verb.lemma_.lower())
    return None


def outcome_verbs(span: Any) -> frozenset[str]:
    """What a sentence states as done: its past verbs, and what a past "agreed to" takes ("agreed to be
    sold" → "sell"), each with its outcome group ("sell" → acquire, buy, purchase, sell)."""
    _, groups = _pending_rules()
    done = set(past_verbs(span))
    done.update(t.lemma_.lower() for t in span if t.dep_ == "xcomp" and t.pos_ == "VERB" and _past(t.head)
                and t.head.lemma_.lower() == "agree")
    return frozenset(v for d in done for v in groups.get(d, frozenset({d})))


def proper_names(span: Any) -> frozenset[str]:
    """The proper nouns of a sentence, lower-cased ("new", "york", "stock", "exchange")."""
    return frozenset(t.lower_ for t in span if t.pos_ == "PROPN" and t.is_alpha)
