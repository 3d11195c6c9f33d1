"""A device's model typed a body ("Netgear Nighthawk x6", "LANCOM LX-6500", "Tenda RX2 Pro"): a name of two words or
more tagged an organisation or a person (people's names hold no digits) whose words after the first hold a model's
code (letters and digits in one word: "x6", "RX2", "LX-6500"; ``names.designator``) names a made thing, no body,
and is not listed. Its maker's name alone ("Netgear") stays a body. A body's name holds no such code after its
first word ("Channel 4", "Studio 54" are digits only; "TV3 New Zealand", "M23" hold it first)."""

from __future__ import annotations

from ..model import EntityKind
from ..names import designator

__all__ = ["model_name"]


def model_name(name: str, kind: EntityKind) -> bool:
    """Is the name, tagged a body or a person, a device model's (module docstring)?"""
    words = name.split()
    return kind != "place" and len(words) >= 2 and any(designator(w) for w in words[1:])
