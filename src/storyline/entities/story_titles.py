"""Titles a story teaches. A capitalised word that opens person names of two words with different second words
("Baroness Smith", "Baroness Hayter") and that the story never writes as a person's name alone or as a surname, and no
common given name, is a title in that story; a body's name the model ran on into it ("Crossbencher| Baroness Meacher",
"for the Liberal Democrats| Baroness Ludford") ends before it, and the title and the one name after it are a person
(ents62). No word list: the story's own person names say which words are titles. A title or an occupation before a
surname of the story's people, typed a body ("Sheriff Velu"), is that person (``titled_surname``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from ..model import Analysis
from ..names import FIRST_NAME_GENDERS, HONORIFICS, JOB_TITLES, display_form
from ..text import fold

__all__ = ["story_titles", "titled_surname", "titled_tail"]


def story_titles(analyses: Sequence[Analysis]) -> frozenset[str]:
    """The words the story writes as titles before people's names (module docstring)."""
    after: dict[str, set[str]] = defaultdict(set)
    named: set[str] = set()  # words written as a name alone or as a full name's last word
    for a in analyses:
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = display_form(m.text).split()
            named.add(words[-1] if words else "")
            if len(words) == 2:
                after[words[0]].add(words[1])
    return frozenset(w for w, rest in after.items() if len(rest) >= 2 and w not in named and w.isalpha()
                     and w[:1].isupper() and fold(w) not in FIRST_NAME_GENDERS)


def titled_tail(name: str, titles: frozenset[str]) -> str | None:
    """A body's name that ends on one of the story's titles and one capitalised name ("Crossbencher Baroness
    Meacher"): the person ("Baroness Meacher"), else None."""
    words = name.split()
    if len(words) >= 3 and words[-2] in titles and words[-1][:1].isupper():
        return " ".join(words[-2:])
    return None


def titled_surname(name: str, surnames: set[str]) -> str | None:
    """A body's name that is a title or an occupation and a surname of the story's people ("Sheriff Velu" beside "Ana
    Velu", typed a body): the surname, the person's, else None (lexicon/honorifics.tsv, job_titles.txt)."""
    words = name.split()
    if len(words) != 2 or fold(words[1]) not in surnames:
        return None
    title = words[0].rstrip(".")
    return words[1] if HONORIFICS.get(title) == "title" or title.lower() in JOB_TITLES else None
