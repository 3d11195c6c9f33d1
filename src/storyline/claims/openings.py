"""A sentence's opening is no list line's label (claims38).

"* Sri Lanka - approximately 28,500" is a list line: its label names the figure's place. "And there was quite a bit
of the stuff — about 2,300 tons" is a sentence whose dash sets off its figure: the words before the dash are a
clause, not a label. A clause opens with a connective or pronoun (lexicon ``clause_openers``) or runs on in lower
case words (a label is a name: "Sri Lanka", "AP", "Indonesia's health ministry").
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

_CLAUSE_OPENERS = word_set("clause_openers")
_MOST_LOWER = 4  # lower-case words a name-like label may hold ("Ministry of Health in the Gaza Strip": 3)


def sentence_opening(label: str) -> bool:
    """Are the words before a list line's dash a sentence's opening (module docstring), not a label?"""
    words = label.split()
    if not words:
        return False
    if words[0].lower().strip(".,") in _CLAUSE_OPENERS:
        return True
    return sum(1 for w in words if w[:1].islower()) >= _MOST_LOWER


def hyphened(t: Token) -> bool:
    """Is the word joined by a hyphen to the next ("all-time", "all-star")? A determiner so joined is part of a
    compound word, not the noun phrase's article: "a new all-time high" is "new all-time high" (claims38)."""
    doc = t.doc
    return t.i + 2 < len(doc) and not t.whitespace_ and doc[t.i + 1].text in ("-", "‐") and \
        not doc[t.i + 1].whitespace_


def page_label(t: Token) -> bool:
    """Is the word a page's label before a colon at the sentence's start ("Summary: … Munsell won …"), parsed as
    the verb's subject? A label names the section, not who did anything (claims38)."""
    doc = t.doc
    return t.i == t.sent.start and t.i + 1 < len(doc) and doc[t.i + 1].text == ":"
