"""An acronym written as a kind of thing, never as a body's name: "the seventh EV to use …", "its EV and its
drivetrain", "a handsome EV," (after an article, a possessive determiner or an ordinal, or "a"/"an" and one word in
lower case, with no noun after it; after "the" ("the EV will") only in a story that writes it so after "a"/"an" too:
lexicon/count_determiners.txt), "the car could just as easily be AWD." (after "be" at a clause's end), "in RWD form",
"the new MEB platform" (right before a noun of a form or a kind: lexicon/kind_nouns.txt). An acronym in capitals the
story writes only so, or with a possessive ("the MEB's flexibility") no more often than so, names a kind of car, a
drivetrain, a platform, not a body, and is not listed. A body's acronym is written otherwise somewhere ("the UN
said", "a UN official": a noun after it), and stays."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import NOUN_ACRONYM

__all__ = ["noun_acronym"]

_DETERMINERS = lexicon.words("count_determiners")
_KIND_NOUNS = lexicon.words("kind_nouns")
_STOPWORDS = lexicon.words("stopwords")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")
_AFTER = re.compile(r"(['’]s\b)?[ \t]*(?:([.,;:!?)]|$)|([a-z]+)\b)")
_ARTICLE_AND_WORD = re.compile(r"(?<![\w-])(?:a|an)[ \t]+[a-z]+[ \t]+$")
_BE = frozenset("be is are was were".split())


def noun_acronym(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the acronym only ever written as a kind of thing (module docstring)?"""
    if " " in name or not name.isalpha() or not name.isupper() or not 2 <= len(name) <= 5:
        return False
    key = NOUN_ACRONYM + name
    if key not in cache:
        uses: Counter[str] = Counter()
        for t in texts:
            for m in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?![\w-])", t):
                uses[_use(t, m.start(), m.end())] += 1
        kind = uses["kind"] + uses["indefinite"]
        cache[key] = int(kind > 0 and not uses["other"] and uses["owner"] <= kind and (
            not uses["definite"] or uses["indefinite"] > 0))
    return bool(cache[key])


def _use(text: str, start: int, end: int) -> str:
    """How one use is written: "kind" (module docstring), "owner" (a possessive before a lower-case word) or
    "other"."""
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    word = before.group(1).lower() if before is not None else ""
    after = _AFTER.match(text, end)
    if after is None:
        return "other"
    possessive, stop, noun = after.group(1), after.group(2), after.group(3)
    if possessive:
        return "owner" if noun else "other"
    if noun in _KIND_NOUNS:
        return "kind"  # "in RWD form", "the new MEB platform"
    ends = stop is not None or noun in _STOPWORDS
    if ends and (word in ("a", "an") or _ARTICLE_AND_WORD.search(text, max(0, start - 30), start) is not None):
        return "indefinite"  # "an EV.", "a handsome EV, certainly": a kind of thing, as no body is written
    if ends and word in _DETERMINERS:
        return "kind"  # "the seventh EV to use", "its EV and its drivetrain"
    if ends and word == "the":
        return "definite"  # "the EV will": a kind's, when the story also writes "an EV"; else as "the EPA."
    if stop is not None and stop != ")" and word in _BE:
        return "kind"  # "the car could just as easily be AWD."
    return "other"
