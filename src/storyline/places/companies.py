"""A town's name as a company's: "Aldmoor Corp. says its net loss narrowed …; shares of Aldmoor were down 3%".

Companies bear their founders' towns' names, and business news writes the name bare once it has given it whole. Where
the story writes a name right before a company's legal ending (``lexicon/legal_suffixes.txt``: "Aldmoor Corp.",
"Aldmoor Inc") or with a possessive before a noun only a company has (``lexicon/company_cue_nouns.txt``: "Aldmoor's
chief executive", "Aldmoor's shares"), the name is the company's, and so are its mentions the story never writes
after a locative word ("a plant in Aldmoor" stays the town). The caller drops a town's reading there (a country's or
a region's stays: "China's shares" is no company).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..text import fold
from .candidates import Candidate
from .teams import Span, written_as_place

_ENDINGS = lexicon.alternation({w.rstrip(".") for w in lexicon.words("legal_suffixes")})
_NOUNS = lexicon.alternation(lexicon.words("company_cue_nouns"), space=r"[ \t]+")
_COMPANY_AFTER = re.compile(r"^(?:[ \t]+(?:" + _ENDINGS + r")\b|['’]s[ \t]+(?:" + _NOUNS + r")\b)")
_NAME_BEFORE = re.compile(r"[A-Z][\w'’.&-]*[ \t]+$")


def company_uses(cands: Sequence[Candidate], texts: dict[str, str]) -> set[Span]:
    """The spans of candidates that name a company, not a town (see the module's docstring)."""
    named = {fold(c.text) for c in cands if _COMPANY_AFTER.match(texts[c.doc][c.end : c.end + 60])}
    named |= {fold(c.text) for c in cands for t in texts.values() if _written_before_ending(c.text, t)}
    companies = named - {fold(c.text) for c in cands if written_as_place(c, texts)}
    return {(c.doc, c.start, c.end) for c in cands if fold(c.text) in companies and not written_as_place(c, texts)}


def _written_before_ending(name: str, text: str) -> bool:
    """Is ``name`` written somewhere in ``text`` right before a legal ending, as a name of its own ("Aldmoor Corp."
    but not "North Aldmoor Corp.")?"""
    pattern = re.compile(r"(?<![\w'’.&-])" + re.escape(name) + r"[ \t]+(?:" + _ENDINGS + r")\b")
    return any(_NAME_BEFORE.search(text, max(0, m.start() - 30), m.start()) is None for m in pattern.finditer(text))
