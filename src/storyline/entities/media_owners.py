"""A maker of works the model tagged a place: "a Velbrook documentary", "her Velbrook special" (a determiner, the
name, a work's noun: lexicon/media_works.txt), "in Quarrow’s Acme review" (the name's possessive before a work's
noun, a name between). A name tagged a place that the places stage did not place and that the story writes only so
is a business or an outlet, typed an organisation; a place the gazetteer holds keeps its tag ("a Texas
documentary"), and so does a name written otherwise too ("born in Velbrook")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from .. import lexicon
from ..model import Analysis
from .cache_tags import MEDIA_MAKER
from .uses import only_written_so

__all__ = ["media_owners"]

_WORK = lexicon.alternation(lexicon.entries("media_works"), space=r"[ \t]+")
_DETERMINER = re.compile(r"(?:^|[ \t(])(?:a|an|her|his|their|its|our|my|your)[ \t]+$")
_WORK_AFTER = re.compile(r"[ \t]+(?:" + _WORK + r")\b")
_OWNER_OF_WORK = re.compile(r"['’]s?(?:[ \t]+[A-Z][\w-]*){0,3}[ \t]+(?:" + _WORK + r")\b")


def media_owners(analyses: Sequence[Analysis], placed: set[tuple[str, int, int]] | None) -> list[Analysis]:
    """The analyses with each unplaced place-tagged mention of a works' maker typed an organisation (module
    docstring); ``placed`` holds the (doc, start, end) of the mentions the places stage placed (None: it did not
    run, and no mention is retyped)."""
    if placed is None or not any(m.kind == "place" for a in analyses for m in a.mentions):
        return list(analyses)
    texts, cache = [a.doc.text for a in analyses], dict[str, int]()
    out = []
    for a in analyses:
        mentions = [replace(m, kind="org") if m.kind == "place" and (m.doc, m.start, m.end) not in placed
                    and m.text[:1].isupper() and only_written_so(m.text, texts, cache, MEDIA_MAKER, _maker) else m
                    for m in a.mentions]
        out.append(replace(a, mentions=mentions))
    return out


def _maker(text: str, start: int, end: int) -> bool:
    """Is the name written here as a works' maker (module docstring)?"""
    if _OWNER_OF_WORK.match(text, end) is not None:
        return True  # "Quarrow’s Acme review"
    return _WORK_AFTER.match(text, end) is not None and _DETERMINER.search(text[max(0, start - 8) : start]) is not None
