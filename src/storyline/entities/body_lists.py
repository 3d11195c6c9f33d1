"""Bodies named in a list after a plural body's noun: "companies producing surveillance systems, like Elbit, Candiru,
and Rafael", "NGOs such as Al-Haq". Each name in the list's run is a business's, a group's or an institution's, never
a person's, whatever the model tagged it. The list is read back from the name: a plural body's noun
(lexicon/body_list_nouns.txt), at most four lower-case words, a comma or none, an opener ("like", "such as",
"including", "among them"), then only names joined by commas, "and" closing the list, up to the name."""

from __future__ import annotations

import re

from .. import lexicon

__all__ = ["listed_body"]

_NOUNS = sorted(lexicon.words("body_list_nouns"), key=len, reverse=True)
_NAME = r"[A-Z][\w'’.&-]*(?:[ \t]+(?:of[ \t]+|&[ \t]+)?[A-Z][\w'’.&-]*)*"
_ITEMS = r"(?:" + _NAME + r",[ \t]+)*(?:" + _NAME + r",?[ \t]+and[ \t]+)?"  # "A, B, and |C": "and" closes the list
_LIST_RUN = re.compile(r"(?<![\w-])(?i:" + "|".join(re.escape(n) for n in _NOUNS) + r")(?:[ \t]+[a-z][\w-]*){0,4},?"
                       r"[ \t]+(?:like|such[ \t]+as|including|among[ \t]+them)[ \t]+" + _ITEMS + r"$")
_LOOK_BACK = 200
_POSSESSIVES = ("'s", "’s")
_VERBS = lexicon.words("finite_verbs") | lexicon.words("body_list_verbs")
_NEXT_WORD = re.compile(r"[ \t]+([a-z]+)\b")
_OPENERS = ("like", "such", "including", "among")  # the openers' first words in ``_LIST_RUN``


def listed_body(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` one of a list of bodies after a plural body's noun (module docstring)? An
    owner's name ("companies like Ana Ruiz's Tarnwell") is none, nor a name before a finite verb ("… like Tarnwell,
    Ana Ruiz said")."""
    if text[end - 2 : end] in _POSSESSIVES or text[end : end + 2] in _POSSESSIVES:
        return False  # "Ana Ruiz's" or "Ana Ruiz|'s"
    verb = _NEXT_WORD.match(text, end)
    if verb is not None and verb.group(1) in _VERBS:
        return False  # "… like Quorley, Ana Ruiz said": the list ended at the comma
    window = text[max(0, start - _LOOK_BACK) : start]
    if not any(opener in window for opener in _OPENERS):
        return False  # no list's opener before the name: the pattern could not match (and is slow to say so)
    return _LIST_RUN.search(text, max(0, start - _LOOK_BACK), start) is not None
