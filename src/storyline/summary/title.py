"""The story's title: the most representative headline among the sources that reads as a headline.

A story whose reports have no headline (benchmark clusters, pasted text) has no title: the
brief's text is selected, never invented (DESIGN.md), so neither a report id nor words made up
from the story stand in for one. The renderers show such a story as untitled.

Representative: closest (TF-IDF) to what all the headlines share. Reads as a headline: not a
string written for search engines, whose shapes are data (``data/account_rules.json``,
"headline"): a short keyword label before a colon that the rest repeats ("Russia Syria:
Russia Strikes …"; "Paris attacks: what we know" is a headline), a content word repeated
("… Russia Strikes Syria"), too few words. Such a headline is used only when no other
source has one.

Declarative first: a question ("What are you doing, Ariel Winter?") or an exclamation is a
headline, but one that states the story ("Ariel Winter claps back at …") is preferred to it;
it wins only when no other source has a declarative headline. Never a title: a credits or
byline line ("Directed by Peter Jackson", ``clean.title.credits_line``), and an appeal to the
reader, a fundraising or campaign page's call to action ("… needs our help!",
``lexicon/reader_appeals.txt``): no news headline.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import lexicon
from ..clean.title import credits_line
from ..model import Document
from ..text import words
from ..tfidf import tfidf_matrix

_MARKUP = re.compile(r"<[^>]{0,200}>")


@lru_cache(maxsize=1)
def _rules() -> dict[str, Any]:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8")
    )
    return dict(raw["headline"])


def seo_shape(title: str) -> str | None:
    """Why a headline reads as written for search engines, or None."""
    r = _rules()
    function = set(r["function_words"])
    title = _MARKUP.sub(" ", title)  # judged by its words, not by tags a page left in it
    ws = words(title)
    if len(ws) < r["min_words"]:
        return "too few words"
    label, colon, rest = title.partition(":")
    label_words = words(label)
    if (colon and 0 < len(label_words) <= r["max_label_words"] and not function & set(label_words)
            and set(label_words) & set(words(rest))):
        return "a keyword label before a colon, repeated after it"
    content = [w for w in ws if w not in function and not w.isdigit()]
    if len(content) != len(set(content)):
        return "a keyword repeated"
    return None


@lru_cache(maxsize=1)
def _appeal_re() -> re.Pattern[str]:
    phrases = lexicon.alternation(lexicon.entries("reader_appeals"), space=r"\s+")
    return re.compile(r"\b(?:" + phrases + r")\b", re.I)


def reader_appeal(title: str) -> bool:
    """An appeal to the reader, a call to action (``lexicon/reader_appeals.txt``): no news headline."""
    return bool(_appeal_re().search(title))


def not_declarative(title: str) -> bool:
    """A question or an exclamation: the headline ends with "?" or "!" (closing quotes aside)."""
    return _MARKUP.sub(" ", title).rstrip().rstrip("\"'”’)").endswith(("?", "!"))


def story_title(docs: Sequence[Document]) -> str:
    """The most representative headline that reads as one (see the module docstring); "" when
    no report has a headline."""
    titled = [d for d in docs if d.title and not credits_line(d.title) and not reader_appeal(d.title)]
    if not titled:
        return ""
    if len(titled) == 1:
        return titled[0].title
    vecs = tfidf_matrix([d.title for d in titled])
    scores = (vecs @ vecs.sum(axis=0)).tolist()
    ranked = [i for i, d in enumerate(titled) if seo_shape(d.title) is None and not not_declarative(d.title)]
    asked = [i for i, d in enumerate(titled) if seo_shape(d.title) is None and not_declarative(d.title)]
    good = ranked or asked or list(range(len(titled)))
    return titled[max(good, key=lambda i: (scores[i], -i))].title
