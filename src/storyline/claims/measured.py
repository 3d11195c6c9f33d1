"""What a sum or a measure is of, where no noun hangs on it and the verb near it would be taken for it (claims42,
the thirty-first and thirty-second reads):

- "the penalty is either $95 per adult or 1% of income": the subject of the copula the figure completes is what
  the figure is of ("penalty (USD)"), not "amount".
- "whichever results in a larger fine": a free relative clause (lexicon ``free_relatives``) the parse hangs on
  the figure picks among alternatives; its verb is no event of the figure ("results (USD)" was the row).
- "The wage would go up to $8": the figure as the object of a verb of change with "to" before it is the value
  the subject reaches, as in "the wage rose to $8" ("wage (USD)", not "go (USD)"); not after a verb of change
  that takes what it changes as its object (lexicon ``transitive_change_verbs``: "the deal could raise up to
  $12.9bn" raises money, a bound).
- "adding 36 dishes, each 5 metres wide": a measure after a distributive word (lexicon ``distributive_words``)
  and a comma measures the noun before the comma ("dishes (m)", not "wants (m)").
- "three cancellations, none of them related to the weather": a relative clause whose subject is a part of the
  counted things (lexicon ``part_pronouns``: "none of them", "most of which") is no event of the figure
  (claims43, the thirty-fourth read's "cancellations related").
- "two new drones that they say could map floods": a relative clause of saying (lexicon ``report_verbs``) with a
  clause of its own is who claims what the things do, no event of the figure (claims59, "new wetsuits that say").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .vocab import word_set

_FREE_RELATIVES = word_set("free_relatives")
_DISTRIBUTIVE = word_set("distributive_words")
_CHANGE_VERBS = word_set("change_verbs")
_TRANSITIVE_CHANGE = word_set("transitive_change_verbs")
_PART_WORDS = word_set("part_pronouns")
_REPORT_VERBS = word_set("report_verbs")
_BACK_PRONOUNS = frozenset({"them", "which", "whom", "these", "those"})


def _lemma(tok: Token) -> str:
    return tok.lemma_.lower()


def free_relative(clause: Token) -> bool:
    """Is ``clause`` a relative clause whose subject is a free relative pronoun ("whichever results in ...")?"""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FREE_RELATIVES for c in clause.children)


def part_clause(clause: Token) -> bool:
    """Is ``clause`` a relative clause about a part of the counted things, its subject "none of them", "most of
    which", "two of whom" (lexicon ``part_pronouns``, or a number)? "three cancellations, none of them related to
    the weather": its verb tells of the part, not of the three (claims43)."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in _PART_WORDS or c.like_num) and
               any(p.dep_ == "prep" and p.lower_ == "of" and any(o.lower_ in _BACK_PRONOUNS for o in p.children)
                   for p in c.children) for c in clause.children)


def said_clause(clause: Token) -> bool:
    """Is ``clause`` a relative clause of saying about the counted things ("two new wetsuits that they say could save
    lives")? Its verb tells who claims what the things do, not what befell them: no event of the figure (claims59)."""
    return clause.lemma_.lower() in _REPORT_VERBS and any(c.dep_ == "ccomp" for c in clause.children) and \
        not any(c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP") for c in clause.children)


def measure_holder(doc: Doc, start: int, anchor: Token) -> Token | None:
    """The noun a sum or measure (first token ``start``, carried in the parse by ``anchor``) is of, by the
    module docstring's three shapes; None otherwise."""
    each = doc[start - 1] if start >= 3 and doc[start - 1].lower_ in _DISTRIBUTIVE else None
    if each is not None and doc[start - 2].text == "," and doc[start - 3].pos_ == "NOUN":
        return doc[start - 3]  # "36 dishes, each 5 metres wide"
    head = anchor.head
    subj = next((c for c in head.children if c.dep_ == "nsubj" and c.i < anchor.i), None)
    if subj is None or subj.pos_ != "NOUN" or head.i == anchor.i:
        return None
    if anchor.dep_ == "attr" and _lemma(head) == "be":
        return subj  # "the penalty is $95"
    lifted = any(t.lower_ == "to" and t.head.i == anchor.i for t in doc[head.i + 1 : anchor.i])
    if anchor.dep_ == "dobj" and _lemma(head) in _CHANGE_VERBS - _TRANSITIVE_CHANGE and lifted:
        return subj  # "the wage would go up to $8" (not "the deal could raise up to $12.9bn": raised money)
    return None

