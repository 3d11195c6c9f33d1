"""Made things named in a list right after a plural made thing's or software's noun: "online tools and platforms
including: Velbrook, Tarnmail and Quillo", "the ad platforms Adwise and Adsmith". Each name of the run is a product's,
never a person's (``product_names.product_person``, ents51). The list is read back from the name as
``body_lists`` reads bodies': a plural noun of lexicon/product_nouns.txt, programme_nouns.txt or software_nouns.txt,
at most four lower-case words ("tools and platforms"), a comma or none, an opener ("like", "such as", "including",
"among them") with a colon or none, or no opener at all, then only names joined by commas, "and" closing the list."""

from __future__ import annotations

import re

from .. import lexicon
from .body_lists import listed_body

__all__ = ["listed_thing"]

_NOUNS = sorted({w.lower() for f in ("product_nouns", "programme_nouns", "software_nouns")
                 for w in lexicon.words(f) if w.endswith("s") and " " not in w}, key=len, reverse=True)
_NAME = r"[A-Z][\w'’.&+-]*(?:[ \t]+[A-Z][\w'’.&+-]*)*"
_ITEMS = r"(?:" + _NAME + r",[ \t]+)*(?:" + _NAME + r",?[ \t]+and[ \t]+)?"  # "A, B, and |C": "and" closes the list
_LIST_RUN = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in _NOUNS) + r")(?:[ \t]+[a-z][\w-]*){0,4}"
                       r"(?:,?[ \t]+(?:like|such[ \t]+as|including|among[ \t]+them):?)?[ \t]+" + _ITEMS + r"$")
_LOOK_BACK = 160
_POSSESSIVES = ("'s", "’s")


def listed_thing(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` one of a list of made things after a plural thing's noun (module
    docstring)? An owner's name ("tools like Ana Ruiz's Quillo") is none, nor a body's list whose noun comes first
    ("companies making drones, like Quorley": ``body_lists``)."""
    if text[end - 2 : end] in _POSSESSIVES or text[end : end + 2] in _POSSESSIVES or listed_body(text, start, end):
        return False
    return _LIST_RUN.search(text, max(0, start - _LOOK_BACK), start) is not None
