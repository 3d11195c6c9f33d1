"""A report that retells another report of the story: one source, not two (inputs48).

A page may tell an event only from other outlets' reporting: "…," he said in testimony reported by Reuters, the
Wall Street Journal and others, and then gives that testimony's quotations word for word. Counted as an
independent report it makes every figure it repeats look confirmed by two outlets. Such a report is grouped with
the report it retells, as a reprint is (``sources.mark_copies``), and shown as its retelling.

``doc`` retells ``other`` (another outlet's report of the same story, not published after it) when both hold:

* **it credits that outlet**: its text names ``other``'s outlet (as stated, without a leading "The" or a closing
  "News") after a cue that credits an account to it ("reported by", "according to", "told"; the name may come
  later in a list after the cue) or before a reporting verb ("Reuters reported"); the words are data
  (``lexicon/retelling_cues.txt``, ``retelling_verbs.txt``);
* **it repeats that report's quotations**: at least ``MIN_SHARED`` of its quotations of ``MIN_QUOTE_WORDS`` words
  or more, and at least half of them, are found word for word in ``other``'s text. A quotation that runs over
  paragraphs, each opening on a quotation mark that its paragraph does not close (inputs50: The Week's three
  paragraphs of a professor's words after "co-author Andrew Weiner tells BBC News"), is read paragraph by paragraph.

A report that names another outlet for one fact but quotes its own interviews, or one that quotes a speech as
every outlet did but credits nobody, stays independent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache

from . import lexicon
from .model import Document

RETELLINGS = True
"""Switch: a report that credits another report's outlet and repeats its quotations is one source with it."""
MIN_QUOTE_WORDS = 6
MIN_SHARED = 2
_QUOTE = re.compile(r"\"([^\"\n]*)\"|“([^“”\n]*)”")  # straight quotes paired in order within a paragraph
RUN_ON_QUOTES = True
"""Switch: a paragraph opening on a quotation mark it does not close is a quotation to its end (inputs50)."""
_OPEN = re.compile(r'^\s*["“](?P<said>.+)$')
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_CLAUSE_GAP = r"[^.;!?\n]{0,80}?"  # other names of a list between a cue and the outlet, within the clause


@cache
def _cues() -> tuple[str, str]:
    cue = lexicon.alternation(lexicon.words("retelling_cues"), space=r"\s+")
    verb = lexicon.alternation(lexicon.words("retelling_verbs"), space=r"\s+")
    return cue, verb


def outlet_forms(outlet: str | None) -> list[str]:
    """The ways a text names an outlet: as stated, without a leading "The" and without a closing "News"."""
    name = (outlet or "").split("(")[0].strip()
    if len(name) < 3:
        return []
    forms = {name, re.sub(r"^the\s+", "", name, flags=re.I)}
    forms |= {re.sub(r"\s+news$", "", f, flags=re.I) for f in list(forms)}
    return sorted((f for f in forms if len(f) >= 3), key=len, reverse=True)


@cache
def _credit_patterns(outlet: str) -> tuple[re.Pattern[str], ...]:
    forms = outlet_forms(outlet)
    if not forms:
        return ()
    cue, verb = _cues()
    name = "(?:" + "|".join(re.escape(f) for f in forms) + ")"
    return (re.compile(rf"\b(?i:{cue})\s+{_CLAUSE_GAP}\b(?:the\s+)?{name}\b"),
            re.compile(rf"\b{name}(?:'s)?\s+(?:\w+\s+){{0,2}}?(?i:{verb})\b"))


def credits(text: str, outlet: str | None) -> bool:
    """Does ``text`` credit an account to ``outlet`` (module docstring)?"""
    forms = outlet_forms(outlet or "")  # a name the text does not hold is credited by no pattern (a quick test first)
    return any(f in text for f in forms) and any(p.search(text) for p in _credit_patterns(outlet or ""))


def _norm(text: str) -> str:
    return " ".join(_NOT_WORD.sub(" ", text.lower()).split())


def _run_on_quotations(text: str) -> list[str]:
    """The paragraphs of a quotation running over paragraphs: each opens on a quotation mark it leaves open (an odd
    count of straight marks, or more opening than closing curly ones), read to the paragraph's end."""
    found: list[str] = []
    for para in text.split("\n") if RUN_ON_QUOTES else ():
        m = _OPEN.match(para)
        if m is None:
            continue
        unclosed = para.count('"') % 2 == 1 if para.lstrip()[0] == '"' else para.count("“") > para.count("”")
        if unclosed:
            found.append(_norm(m.group("said")))
    return found


def shared_quotations(text: str, other: str) -> tuple[int, int]:
    """How many of ``text``'s quotations of ``MIN_QUOTE_WORDS`` words or more ``other`` holds word for word, and
    how many there are."""
    quotes = [_norm(a or b) for a, b in _QUOTE.findall(text)] + _run_on_quotations(text)
    quotes = [q for q in quotes if len(q.split()) >= MIN_QUOTE_WORDS]
    there = _norm(other)
    return sum(1 for q in quotes if q in there), len(quotes)


def retells(doc: Document, other: Document) -> bool:
    """Does ``doc`` retell ``other`` (module docstring)?"""
    if not RETELLINGS or doc.id == other.id or doc.story != other.story or not other.outlet:
        return False
    if doc.outlet and _norm(doc.outlet) == _norm(other.outlet):
        return False
    if doc.published and other.published and other.published > doc.published:
        return False
    if not credits(doc.text, other.outlet):
        return False
    shared, total = shared_quotations(doc.text, other.text)
    return shared >= MIN_SHARED and 2 * shared >= total


def retold_of(doc: Document, docs: Sequence[Document]) -> str | None:
    """The id of the report of ``doc``'s source group that ``doc`` retells, or None."""
    if not doc.copy_of:
        return None
    group = doc.copy_of
    for other in docs:
        if other.id != doc.id and (other.copy_of or other.id) == group and retells(doc, other):
            return other.id
    return None
