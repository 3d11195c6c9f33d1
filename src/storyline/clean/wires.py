"""A wire's credit shown beside the host site's name: an AP story on a newspaper's site credited to both.

A site that runs a wire's story (SFGate, the San Antonio Express-News) states only its own name as the page's
site; the story's source is the wire its dateline credits ("HAYWARD, Calif. (AP) — …"). ``with_wire_credit``
gives the outlet as "SFGate (AP)" when the report's first paragraph opens on a capitals dateline crediting a
wire named in ``data/site_credits.json`` ("wires") and the outlet's name or address is not that wire's own
(bench/BRIEF_REVIEW.md, "inputs25"). The outlet's name stays first: it is the page's publisher.
"""

from __future__ import annotations

import re
from typing import Any

from ..ingest.titles import domain_keys, site_key, site_keys
from ..ingest.wiresource import credit_data

# A wire dateline: a place in capitals ("HAYWARD", "SANTA FE, N.M.", "HAYWARD, Calif.") or a weekday in capitals
# and its day ("THURSDAY, June 6", inputs47: HealthDay's on WebMD), the credit in brackets, then a dash ("—", "–",
# "-", "--", "_").
_WIRE_DATELINE = re.compile(
    r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][A-Za-z.]{1,14}(?:\s[A-Z][A-Za-z.]{1,14}|\s\d{1,2})?)?"
    r"\s+\((?P<credit>[^()]{2,30})\)"
    r"\s*(?:--|[—–_-])\s")


def wire_credit(text: str) -> dict[str, Any] | None:
    """The wire a capitals dateline opening ``text`` credits (its data entry: the name "AP" for "SANTA FE, N.M.
    (AP) — …", its own sites' keys), or None."""
    m = _WIRE_DATELINE.match(text.lstrip())
    if m is None:
        return None
    wire = credit_data()["wires"].get(m.group("credit").strip().lower())
    return wire if isinstance(wire, dict) else None


def with_wire_credit(outlet: str | None, url: str | None, first_paragraph: str) -> str | None:
    """``outlet`` with the credit of the wire whose dateline opens the report ("SFGate (AP)"); unchanged when
    there is no outlet, no wire's dateline, or the outlet is the wire itself (its name or address); the wire's name
    when the page is on the wire's own address but its site name is neither the wire's nor the address's (a host
    label the extractor fell back on: "Hosted" for hosted.ap.org)."""
    wire = wire_credit(first_paragraph) if outlet else None
    if wire is None or outlet is None or outlet.endswith(f"({wire['name']})"):
        return outlet  # no wire's dateline, or the wire already credited (``ingest.wiresource``)
    own = domain_keys(url) & set(wire["sites"])
    if own and site_key(outlet) not in set(wire["sites"]) | domain_keys(url):
        return str(wire["name"])  # the wire's own host, named by a label of its address ("Hosted" of hosted.ap.org)
    if (site_keys(outlet, url) | domain_keys(url)) & set(wire["sites"]):
        return outlet
    return f"{outlet} ({wire['name']})"
