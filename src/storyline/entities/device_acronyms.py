"""A device's, a medium's or a service's acronym written as a kind of thing ("enhanced DVR features", "up to 1TB per
DVR", "across DVRs", "standard CCTV units", "mobile VOD access", "removed the SIM to get …"): a word of
lexicon/device_acronyms.txt in capitals that the story writes only before a lower-case word that is no verb
(lexicon/finite_verbs.txt, speech_verbs.txt), in the plural ("DVRs") or after a determiner at a phrase's end names a
kind of thing, no body nor person, and is not listed. A body written by those letters somewhere ("CCTV said", "told
state broadcaster CCTV, which …", "China Central Television (CCTV)") stays: one such use keeps every mention."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from .cache_tags import DEVICE_ACRONYM

__all__ = ["device_acronym"]

_DEVICES = lexicon.words("device_acronyms")
_VERBS = lexicon.words("finite_verbs") | lexicon.words("speech_verbs") | lexicon.words("device_acronym_verbs")
_DETERMINERS = lexicon.words("count_determiners") | lexicon.words("device_acronym_determiners")
_AFTER = re.compile(r"(s)?(?![\w-])[ \t]*(?:([a-z][a-z-]*)\b)?")
_WORD_BEFORE = re.compile(r"(\w+)[ \t]+$")


def device_acronym(name: str, texts: Sequence[str], cache: dict[str, int]) -> bool:
    """Is the name a device's or a medium's acronym the story writes only as a thing's (module docstring)?"""
    if " " in name or not name.isupper() or name.lower() not in _DEVICES:
        return False
    key = DEVICE_ACRONYM + name
    if key not in cache:
        uses = [_thing(t, u.start(), u.end()) for t in texts
                for u in re.finditer(r"(?<![\w.-])" + re.escape(name) + r"(?=s?(?![\w-]))", t)]
        defined = any("(" + name + ")" in t for t in texts)
        cache[key] = int(bool(uses) and all(uses) and not defined)
    return bool(cache[key])


def _thing(text: str, start: int, end: int) -> bool:
    """Is this use a thing's: plural, before a lower-case word that is no verb, or a determiner's noun?"""
    after = _AFTER.match(text, end)
    if after is None:
        return False
    if after.group(1):
        return True  # "conflict resolution across DVRs"
    word = after.group(2)
    if word is not None:
        return word not in _VERBS  # "DVR features", "the SIM to get", not "CCTV said"
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    return before is not None and before.group(1).lower() in _DETERMINERS  # "1TB per DVR)", "a new DVR."
