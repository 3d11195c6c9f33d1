"""A line inside a complementary region: the page marks the box as beside its main content.

WAI-ARIA's ``role="complementary"`` is the landmark an ``<aside>`` has by default: a region the page itself says is
apart from its main content (a guide to more stories of a series, a related box, a sidebar). A line the extractor
kept from inside one is the box's, not the article's: NYT's "Weddings Trends and Ideas" guide below a 2009 feature,
a ``<section role="complementary">`` holding a heading and six teasers of 2024 stories (the forty-ninth read; it cost
the brief a 2023 timeline entry and Mexico among its places). ``markup._hint`` reads an ``<aside>`` only as a close
box (within ``PRIVATE_SLACK`` characters of the line), since some sites set a whole article in one; a region with the
role said outright is read at any size, and cleaning still keeps such lines when they would be most of the text
(``clean.extracted.apply_markup``). ``ingest.markup`` calls this for each line it finds in the page (inputs43).
"""

from __future__ import annotations

from typing import Any

COMPLEMENTARY_REGIONS = True
"""Switch: a line inside an element of ``role="complementary"`` is furniture (module docstring)."""

_ROLE = "complementary"  # WAI-ARIA's landmark role of an aside
_MAX_DEPTH = 40


def in_complementary_region(el: Any) -> bool:
    """``el`` is inside (or is) an element whose ``role`` is "complementary" (module docstring)."""
    if not COMPLEMENTARY_REGIONS:
        return False
    depth = 0
    while el is not None and depth < _MAX_DEPTH:
        role = el.get("role") if isinstance(el.tag, str) else None
        if role and _ROLE in role.lower().split():
            return True
        el = el.getparent()
        depth += 1
    return False
