"""A name whose "'s" is its own ("Rival Quorley's was also lower", "Dunmore's has closed two stores"): a name of
capitalised words, then "'s" and a finite verb (lexicon/name_s_verbs.txt) — no owned noun after the possessive,
and no contraction, as "is"/"has" is not written before another finite verb — is a shop's or a company's name
written with its "'s" (as "Sainsbury's", "McDonald's"): an organisation, shown with the "'s". The model's span
without the "'s" ("Quorley", typed a person) is read so too. "Quorley's dog was lost" (an owned noun) and
"Quorley's been" (a contraction) stay as they are."""

from __future__ import annotations

import re

from .. import lexicon
from ..model import Mention

__all__ = ["shop_name", "shop_display"]

_VERBS = lexicon.alternation(lexicon.entries("name_s_verbs"), space=r"[ \t]+")
_S_VERB = re.compile(r"['’]s[ \t]+(?:" + _VERBS + r")\b")
_NAME = re.compile(r"[A-Z][\w&.-]*(?:[ \t]+[A-Z][\w&.-]*){0,3}")


def shop_name(m: Mention, text: str) -> Mention:
    """The mention as the name with its own "'s", an organisation's (module docstring), else itself."""
    if m.kind == "place" or _NAME.fullmatch(m.text) is None or _S_VERB.match(text, m.end) is None:
        return m
    end = m.end + 2
    return Mention(m.doc, m.start, end, text[m.start : end], "org", m.counted)


def shop_display(m: Mention, text: str) -> str | None:
    """The name to show for a mention ``shop_name`` grew ("Quorley's"), else None."""
    if m.kind != "org" or m.text[-2:] not in ("'s", "’s") or _S_VERB.match(text, m.end - 2) is None:
        return None
    return m.text if _NAME.fullmatch(m.text[:-2]) else None
