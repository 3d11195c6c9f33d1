"""Each report's headline vetted before a story's title is chosen: what a page gave as its title is not always one.

``summary.story_title`` picks the most representative headline among the reports (``pipeline`` for ``brief``, the
store for its stories call it on ``vetted(docs)``). Before it does, each report's title is checked here (ux14) for
three shapes that no headline has:

- a quote marker: the title begins with ">" (a quoted or forwarded line's mark: a line of the text, not a headline);
- a label line: "Occupation: Director of the FBI", whose "Occupation:" opens two other lines of the report's text or
  more (a field that every entry of a list repeats, not a headline; "Paris attacks: what we know" opens none, or one);
- the outlet's boilerplate: "News from The Associated Press" over a report of that outlet, whose words beside the
  outlet's name appear nowhere in the report's lead and hold no number (a site's own name, the same on its every
  page, not what the report says).

Such a title gives way to the text's first line when that reads as a headline (a short line that is no sentence and
no label, as a page's own heading kept at the top of its text); else the report counts as untitled. Nothing is made
up: the title is still one a report gives.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache
from importlib import resources

from ..model import Document
from ..text import words

LEAD_CHARS = 1500  # the part of a report a headline's words are looked for in
_STEM = 5  # words agree on their first letters ("Russia", "Russian")
_LABEL = re.compile(r"^\s*([A-Z][\w'’-]*(?: [\w'’-]+)?):\s+\S")
_QUOTE_MARKER = re.compile(r"^\s*(?:>|&gt;)")
_SENTENCE_END = re.compile(r"[.;,:]\s*$")
_HEADLINE_WORDS = (3, 20)
_REPEATS = 2  # other lines a label opens: a list's repeated field


@lru_cache(maxsize=1)
def _function_words() -> frozenset[str]:
    rules = json.loads(resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    return frozenset(rules["headline"]["function_words"])


def _content(text: str) -> set[str]:
    function = _function_words()
    return {w[:_STEM] for w in words(text) if w not in function and not w.isdigit()}


def label_line(title: str, text: str) -> bool:
    """``title`` is "Label: value" and "Label:" opens two lines of ``text`` or more besides the title itself."""
    m = _LABEL.match(title)
    if not m:
        return False
    opens = re.compile(r"^[>\s]*" + re.escape(m.group(1)) + r":", re.M)
    return sum(line.strip() != title.strip() for line in text.splitlines() if opens.match(line)) >= _REPEATS


def outlet_boilerplate(title: str, outlet: str, text: str) -> bool:
    """``title`` names the report's outlet and none of its other words is in the report's lead. A number beside
    the name (a date: "Harbour Forum May 2012") is no boilerplate: what a site repeats on every page has none."""
    own = _content(outlet)
    said = _content(title)
    if not own or not own & said or any(w.isdigit() for w in words(title)):
        return False
    return not (said - own) & _content(text[:LEAD_CHARS])


def why_not_headline(doc: Document) -> str | None:
    """Why the report's title is no headline (a quote marker, a label line, the outlet's boilerplate), or None."""
    title = doc.title or ""
    if _QUOTE_MARKER.match(title):
        return "a quote marker"
    if label_line(title.lstrip("> "), doc.text):
        return "a label line"
    if doc.outlet and outlet_boilerplate(title, doc.outlet, doc.text):
        return "the outlet's boilerplate"
    return None


def first_line_headline(text: str) -> str:
    """The text's first line when it reads as a headline: 3 to 20 words, no sentence or clause end, not a quote
    marker or a "Label: value" line; else ""."""
    line = text.lstrip().split("\n", 1)[0].strip()
    n = len(words(line))
    if not _HEADLINE_WORDS[0] <= n <= _HEADLINE_WORDS[1] or _SENTENCE_END.search(line):
        return ""
    if _QUOTE_MARKER.match(line) or _LABEL.match(line) or not line[:1].isupper():
        return ""
    return line


def headline_of(doc: Document) -> str:
    """The report's title as a story title may use it (see the module docstring); "" when it has none."""
    if not doc.title or why_not_headline(doc) is None:
        return doc.title or ""
    rest = doc.text.lstrip().split("\n", 1)
    line = first_line_headline(doc.text)
    return line if line and len(rest) == 2 and line != doc.title else ""


def vetted(docs: Sequence[Document]) -> list[Document]:
    """``docs`` with each title as ``headline_of`` has it: what ``summary.story_title`` chooses among."""
    return [d if not d.title else replace(d, title=headline_of(d)) for d in docs]
