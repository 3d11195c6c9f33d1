"""The country a report's clock times are written in: a time with a one-country zone's abbreviation ("Updated at 3:35
p.m. PT", "at 10:00 AEST"; lexicon/zone_countries.tsv) says where the report was written, as a country's web domain
does (``outlet_countries``), so it weighs for that country when a bare town's name has namesakes ("things to do in
Aldcruz" of a report stamped "p.m. PT": the American town, not a bigger one abroad; ents51). A time needs its minutes
or "a.m."/"p.m." ("5 ET" may be a score); one country per report, the first such time's."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis

__all__ = ["zone_countries"]

_ZONES = lexicon.table("zone_countries")
_CLOCK_ZONE = re.compile(r"(?<![\w.:])\d{1,2}(?:(?::\d{2})[ \t]*(?:[ap]\.?m\.?)?|[ \t]*[ap]\.?m\.?)[ \t]+\(?("
                         + lexicon.alternation(list(_ZONES)) + r")\)?(?![\w-])")


def zone_countries(analyses: Sequence[Analysis]) -> list[str]:
    """The country of each report whose text writes a clock time with a one-country zone (module docstring)."""
    return [_ZONES[m.group(1)] for a in analyses if (m := _CLOCK_ZONE.search(a.doc.text)) is not None]
