"""A business's name the model read as a person's (package docstring).

News writes a company, an app or a web service by what it has and who runs it: "Aaron Pell, the chief executive
of Crate", "Crate chief executive Aaron Pell", "Crate's app", "the Crate app", "Crate, the company", "Crate Inc",
and lists an app beside a well-known platform ("posting photos on Instagram and Crate"). A person is written with
none of these (``lexicon/venture_cues.toml``). ``venture_use`` says whether one mention is written so; the type check
(``evidence``) makes such a "person" an organisation when the story never writes it as a person's (no title,
"who", pronoun or kin), it is no given name and no surname of the story's people.
"""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..names import FIRST_NAME_GENDERS, known_org
from ..text import fold
from .shapes import LEGAL_SUFFIXES

_CUES = lexicon.document("venture_cues")


def _alternation(words: list[str]) -> str:
    return lexicon.alternation(words, space=r"[ \t]+")


# "the chief executive of| X", "investors in| X"
_ROLE_BEFORE = re.compile(r"\b(?:" + _alternation(_CUES["roles_of"]) + r")[ \t]+(?:of|at|in)[ \t]+$", re.IGNORECASE)
# "X|'s app", "X|’s chief executive"
_POSSESSED_AFTER = re.compile(r"^['’]s[ \t]+(?:" + _alternation(_CUES["possessed"]) + r")\b", re.IGNORECASE)
# "the X| app"
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")
_NOUN_AFTER = re.compile(r"^[ \t]+(?:" + _alternation(_CUES["after_the"]) + r")\b")
# "X|, the company", "X|, a startup"
_APPOSED_AFTER = re.compile(r"^[ \t]*,[ \t]+(?:the|a|an)[ \t]+(?:[a-z-]+[ \t]+)?(?:" + _alternation(_CUES["apposed"])
                            + r")\b")
# "X| chief executive Aaron Pell", "X| CEO Aaron Pell"
_ROLE_AFTER = re.compile(r"^[ \t]+(?i:" + _alternation(_CUES["roles_before_name"]) + r")[ \t]+[A-Z][a-z]")
# "on Instagram and| X", "on| X or Instagram": a service listed with a well-known platform (``names.known_org``)
_ON_PLATFORM_BEFORE = re.compile(r"\bon[ \t]+([A-Z][\w.-]*)[ \t]+(?:and|or)[ \t]+$")
_ON_BEFORE = re.compile(r"\bon[ \t]+$")
_PLATFORM_AFTER = re.compile(r"^[ \t]+(?:and|or)[ \t]+([A-Z][\w.-]*)(?![\w-])")
# "X| Inc", "X|, Inc."
_SUFFIX_AFTER = re.compile(r"^,?[ \t]+([A-Z][A-Za-z]*)\.?(?![\w-])")


def venture_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a business's by who runs it or what it has ("the chief executive of Crate",
    "Crate's app", "the Crate app", "Crate, the company", "Crate Inc", "Crate chief executive Aaron Pell", "on
    Instagram and Crate")?"""
    if _ROLE_BEFORE.search(text[max(0, start - 40) : start]) or _POSSESSED_AFTER.match(text[end : end + 40]):
        return True
    if _ROLE_AFTER.match(text[end : end + 50]):
        return True
    if _THE_BEFORE.search(text[max(0, start - 6) : start]) and _NOUN_AFTER.match(text[end : end + 20]):
        return True
    if _APPOSED_AFTER.match(text[end : end + 40]) or _beside_a_platform(text, start, end):
        return True
    suffix = _SUFFIX_AFTER.match(text[end : end + 20])
    return suffix is not None and fold(suffix.group(1)) in LEGAL_SUFFIXES and suffix.group(1) not in ("Co", "Group")


def _beside_a_platform(text: str, start: int, end: int) -> bool:
    """Is the name listed after "on" with a well-known platform ("posting photos on Instagram and Crate")?"""
    before = _ON_PLATFORM_BEFORE.search(text[max(0, start - 40) : start])
    if before is not None and known_org(before.group(1).rstrip(".")) is not None:
        return True
    after = _PLATFORM_AFTER.match(text[end : end + 40])
    return (after is not None and _ON_BEFORE.search(text[max(0, start - 4) : start]) is not None
            and known_org(after.group(1).rstrip(".")) is not None)


def ventures(uses: dict[str, Counter[str]]) -> set[str]:
    """Keys written as a business's by who runs it or what it has (``venture_use`` counted as "venture"), never as
    a person's (a title, "who", a pronoun, kin), and opening with no given name ("Evan's app" is his)."""
    return {k for k, n in uses.items() if n["venture"] and not n["person"] and k.split()[0] not in FIRST_NAME_GENDERS}
