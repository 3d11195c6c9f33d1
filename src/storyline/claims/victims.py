"""One count of victims told in other words (checklist in bench/CLAIMS_NOTES.md, "claims19").

News tells the people an attack killed as "killed", "dead", "bodies", "victims", "shot", "gunned down":

- a verb and its particle, adverb or "to" phrase that name the harm (lexicon ``[phrasal_events]``):
  "gunned down five people", "shot dead five neighbours", "shot to death" are people killed;
- a count of people told with a verb that names no class ("shot five neighbours", "five victims were found",
  lexicon ``victim_verbs``), and a count of bodies with any verb ("five bodies were found", "the bodies of five
  people"), is the killed count of the same story when another report gives that very count as
  killed and none gives it as injured (``one_set_of_victims``, run over the whole story);

and what is not such a count: a casualty noun put in a person's past ("two previous arrests", "three prior
convictions", lexicon ``history_words``) counts no one arrested in the event.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from spacy.tokens import Token

from .vocab import table, word_set


class _Mention(Protocol):
    """What the story-level rule reads of a mention (extract.FigureMention; no import, no circle)."""

    doc: str
    value: float
    low: float
    high: float
    vague: bool
    dimension: str
    share: float | None
    event: str | None
    event_class: str | None
    head: str
    unit: str
    people_word: bool

PHRASAL: dict[tuple[str, str], str] = {
    tuple(pair.split(":", 1)): cls for cls, pairs in table("phrasal_events").items() for pair in pairs.split()
}
VICTIM_VERBS = word_set("victim_verbs")
VICTIM_NOUNS = word_set("victim_nouns") | word_set("person_nouns") | word_set("people_roles")
HISTORY_WORDS = word_set("history_words")


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def phrasal_class(event: Token | None) -> str | None:
    """'gunned down', 'shot dead', 'shot to death': the class a verb's particle or phrase names."""
    if event is None or event.pos_ not in ("VERB", "AUX"):
        return None
    lem = _lemma(event)
    for c in event.children:
        words = [c] + [g for g in c.children if c.dep_ == "prep"]
        for w in words:
            cls = PHRASAL.get((lem, w.lower_)) or PHRASAL.get((lem, _lemma(w)))
            if cls:
                return cls
    return None


def not_a_casualty(noun: Token) -> bool:
    """'two previous arrests': a casualty noun that counts no casualty of the event."""
    return any(c.lower_ in HISTORY_WORDS for c in noun.children if c.dep_ in ("amod", "compound", "nmod"))


def _victims(m: _Mention) -> bool:
    return m.event_class is None and m.dimension == "count" and m.share is None and not m.vague and \
        (m.event in VICTIM_VERBS and m.head in VICTIM_NOUNS or m.head == "body" or m.event == "body")


def one_set_of_victims(mentions: Sequence[_Mention]) -> None:
    """Give a count of victims told with a verb of no class ('shot five neighbours') the killed class when
    another report of the story tells that very count as killed and none tells it as injured."""
    told: dict[tuple[float, float, float], set[str | None]] = {}
    docs: dict[tuple[float, float, float], set[str]] = {}
    for m in mentions:
        key = (m.value, m.low, m.high)
        told.setdefault(key, set()).add(m.event_class)
        if m.event_class == "killed":
            docs.setdefault(key, set()).add(m.doc)
    for m in mentions:
        key = (m.value, m.low, m.high)
        if _victims(m) and "killed" in told[key] and "injured" not in told[key] and docs.get(key, set()) - {m.doc}:
            m.event_class = "killed"
            if m.head == "body":
                m.head, m.unit, m.people_word = "people", "people", True  # the dead, as "20 deaths" count people
