"""A well-known group's name the model left untagged ("militants linked to the Islamic State", "join jihadist groups
in Syria, including the Islamic State"): a name of two words or more of lexicon/known_orgs.tsv (its canonical name
or an alias) written as it is spelled there, whole (no capitalised word right before or after it: not "United
Nations| Children's Fund") and outside every mention of the model's, is an organisation's mention when the document
writes it so at least ``MIN_UNTAGGED`` times (one stray use may be a page's furniture). A one-word canonical name of
``_MIN_WORD_LETTERS`` letters or more ("Facebook", "Reuters") written inside a sentence, after a lower-case word or a
comma ("29% for Facebook, the …") and before no capitalised word, is one once (no share bar's word is so written)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention

__all__ = ["known_mentions"]

MIN_UNTAGGED = 2
_MIN_WORD_LETTERS = 5  # a one-word canonical name this long at least ("Velox"; not "EFE", "TASS", "NATO" as words)
_WORDS = {canon for canon in lexicon.aliases("known_orgs")
          if " " not in canon and len(canon) >= _MIN_WORD_LETTERS and canon[:1].isupper() and not canon.isupper()}
_WORD_RUN = re.compile(r"(?<=[a-z,][ \t])(?:" + lexicon.alternation(_WORDS) + r")(?![\w&'’-]|[ \t]+[A-Z])")
_NAMES = sorted({n for canon, alias in lexicon.aliases("known_orgs").items() for n in (canon, *alias)
                 if len(n.split()) >= 2 and all(w[:1].isupper() or w in ("of", "and", "the", "in") for w in n.split())},
                key=len, reverse=True)
_RUN = re.compile(r"(?<![\w&'’-])(?:" + "|".join(re.escape(n) for n in _NAMES) + r")(?![\w&'’-])")
_CAPITAL_BEFORE = re.compile(r"[A-Z][\w&'’-]*[ \t]+$")
_CAPITAL_AFTER = re.compile(r"[ \t]+[A-Z]")


def known_mentions(doc: str, text: str, mentions: Sequence[Mention]) -> list[Mention]:
    """The untagged mentions of well-known groups' names (module docstring)."""
    found: dict[str, list[Mention]] = {}
    for run in _RUN.finditer(text):
        start, end = run.span()
        if any(m.start < end and start < m.end for m in mentions):
            continue
        before = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
        if (before is not None and before.group(0).strip() != "The") or _CAPITAL_AFTER.match(text, end):
            continue  # a longer name's part
        found.setdefault(run.group(0), []).append(Mention(doc, start, end, run.group(0), "org"))
    once = [Mention(doc, w.start(), w.end(), w.group(0), "org") for w in _WORD_RUN.finditer(text)
            if not any(m.start < w.end() and w.start() < m.end for m in mentions)]
    return [m for ms in found.values() if len(ms) >= MIN_UNTAGGED for m in ms] + once
