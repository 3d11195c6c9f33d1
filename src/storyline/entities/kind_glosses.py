"""A name the story glosses as a kind of living thing, a fossil, a malicious program, a craft or a made thing:
"Velmora, another type of single-celled organism", "Tarnids, the domain that …", "a creature called Quillax", "called
the tiny creature Quillax", "the medication Velzor", "Called Velta, the craft will …", "Velzor, the ADHD medication"
(lexicon/living_kind_nouns.txt, craft_nouns.txt, made_kind_nouns.txt). Glossed so at least once and never written as
a person's or a speaker's ("Quillax said", "Mr. Quillax"), the name is no person's and no body's and is not listed. A
one-word "person" the story writes right before a living kind's or a craft's noun at least once ("the Quillax fossil",
"hundreds of Tarnid botnets"; not a made thing's: "the Smith application" may be Smith's) and never as a person's or
a speaker's is one too; a body is not read from that alone ("the Nasa rover" names the craft's owner). A name of two
words whose first word is so glossed and whose other is not ("Quillax Minor") is the kind's species."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import EntityKind
from ..names import person_use, speaks_use
from .cache_tags import KIND_GLOSS, KIND_NOUN_AFTER
from .uses import only_written_so

__all__ = ["kind_glossed"]

_KINDS = lexicon.entries("living_kind_nouns") + lexicon.entries("craft_nouns")
_NOUN_AFTER = re.compile(r"[ \t]+(?:" + lexicon.alternation(_KINDS, space=r"[ \t]+") + r")(?:s|es)?\b")
_NOUN = r"(?:" + lexicon.alternation(_KINDS + lexicon.entries("made_kind_nouns"), space=r"[ \t]+") + r")(?:s|es)?"
_WORD = r"(?!(?:a|an|the|of|and|or)\b)(?:[a-z][\w-]*|[A-Z]{2,6}\b)"
_CLASS = r"(?:type|kind|sort|form|class|group|variety|strain)s?"
_PHRASE = r"(?:(?:" + _WORD + r"[ \t]+){0,2}" + _CLASS + r"[ \t]+of[ \t]+)?(?:" + _WORD + r"[ \t]+){0,3}?" + _NOUN
_APPOSED = re.compile(r",[ \t]+(?:a|an|another|the|one)[ \t]+" + _PHRASE
                      + r"(?=[ \t]*(?:[,.;:)]|$)|[ \t]+(?:that|which|whose|of|in|from|with|to)\b)")
_CALLED_BEFORE = re.compile(
    r"(?:\b" + _NOUN + r"[ \t]+(?:called|named|dubbed|known[ \t]+as)"
    r"|\b(?:called|named|dubbed)[ \t]+(?:the|a|an|this|its|their)[ \t]+(?:" + _WORD + r"[ \t]+){0,3}?" + _NOUN
    + r")[ \t]+$")
_NOUN_BEFORE = re.compile(r"\b(?:the|a|an|this|its|their)[ \t]+(?:" + _WORD + r"[ \t]+){0,3}?" + _NOUN + r"[ \t]+$")
_CLOSED_AFTER = re.compile(r"[ \t]*(?:[,.;:)!?]|$)|[ \t]+(?:during|in|for|to|from|on|at|with|by|and|or|as)\b")
"""After a name the noun before glosses: the phrase ends ("the medication Velzor during …"); not a contact clause
("the fossil Ana Ruiz found": the name is its subject)."""
_CALLED_FRONT = re.compile(r"(?:^|[.!?][ \t]+|\n)(?:Called|Named|Dubbed)[ \t]+$")
_THE_NOUN = re.compile(r",[ \t]+the[ \t]+(?:" + _WORD + r"[ \t]+){0,3}?" + _NOUN + r"\b")


def kind_glossed(name: str, kind: EntityKind, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name glossed as a kind of living thing or a craft, or is its first word (module docstring)?"""
    if kind == "place" or not name[:1].isupper() or name.isupper():
        return False
    if only_written_so(name, texts, cache, KIND_GLOSS, _glossed):
        return True
    if kind == "person" and " " not in name and only_written_so(name, texts, cache, KIND_NOUN_AFTER, _noun_after):
        return True
    words = name.split()
    return len(words) == 2 and words[1][:1].isupper() and kind_glossed(words[0], kind, texts, cache) and not (
        kind_glossed(words[1], kind, texts, cache))


def _glossed(text: str, start: int, end: int) -> bool | None:
    """True where the name is glossed as a kind here, False where it is written as a person's or a speaker's."""
    if person_use(text, start, end) or speaks_use(text, end, start):
        return False
    before = text[max(0, start - 60) : start]
    if _APPOSED.match(text, end) is not None or _CALLED_BEFORE.search(before) is not None:
        return True
    if _NOUN_BEFORE.search(before) is not None and _CLOSED_AFTER.match(text, end) is not None:
        return True
    return True if _CALLED_FRONT.search(before) is not None and _THE_NOUN.match(text, end) is not None else None


def _noun_after(text: str, start: int, end: int) -> bool | None:
    """True right before a kind's noun in lower case ("the Quillax fossil"), False as a person's or a speaker's."""
    if person_use(text, start, end) or speaks_use(text, end, start):
        return False
    return True if _NOUN_AFTER.match(text, end) is not None else _glossed(text, start, end)
