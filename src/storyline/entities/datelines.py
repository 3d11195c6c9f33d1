"""A wire dateline's town is no person or body ("ST. ELLIS, Fla. (AP) — …": the model may read the second word of a
town in capitals as a person's name, "ELLIS"). A name the model tagged a person or an organisation inside the
dateline's town, before its state's comma or its agency's bracket (``newswriting.dateline_end``), is a piece of the
town's name and not listed; the agency in the bracket ("(AP)") is kept. So is a dated dateline's ("VELBY, March 9.
/TASS/.", ``newswriting.wire_dateline_end``; ents66)."""

from __future__ import annotations

import re

from ..newswriting import dateline_end, wire_dateline_end

__all__ = ["in_dateline_town"]

_TOWN = re.compile(r"[A-Z][A-Z.'’ -]*[A-Z.]")


def in_dateline_town(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` inside the town of the wire dateline that opens ``text`` (module docstring)?"""
    if start > 60 or not (stop := max(dateline_end(text), wire_dateline_end(text))) or end > stop:
        return False
    town = _TOWN.match(text)
    return town is not None and end <= town.end()
