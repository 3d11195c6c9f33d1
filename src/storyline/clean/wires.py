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
from .patterns import CONTRIBUTED_RE

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


CONTRIBUTING_WIRES = True
"""Switch (inputs51): a wire named in the report's "… contributed to this report." line is shown after the host's
name as "(with AP)": the host's own report, with the wire's copy in it."""
_CONTRIBUTORS = re.compile(r"^\W*(?P<who>.{2,160}?)\s+(?:also\s+)?contributed\b", re.I)
_CLOSING_CREDIT = re.compile(r"\((?P<who>[^()]{2,60})\)\W*$")  # "… this year. mb/sms (AP, Reuters)"
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
_JOINERS = re.compile(r",\s*|\s+and\s+|\s*&\s*", re.I)


def contributing_wire(lines: list[str]) -> str | None:
    """The name of a wire a credit line of ``lines`` names as a contributor ("FOXSportsSouthwest.com and The
    Associated Press contributed to this report." → "AP"), each contributor the whole of a wire's name; or None.
    A writer of the wire ("Associated Press writer Ann Lee contributed …") is no wire's whole name: such a line
    ends on the writer's place, and the wire's credit is the dateline's."""
    for line in lines:
        text = " ".join(line.split()).strip("()*_ ")
        text = _SENTENCE_END.split(text)[-1]  # a credit line run on after a copyright notice's sentences
        m = _CONTRIBUTORS.match(text) if CONTRIBUTED_RE.search(text) else None
        for who in _JOINERS.split(m.group("who")) if m else []:
            wire = credit_data()["wires"].get(who.strip().lower())
            if isinstance(wire, dict):
                return str(wire["name"])
    return None


def closing_wire(text: str) -> str | None:
    """The first wire a bracketed list of agencies closing ``text`` names ("… this year. mb/sms (AP, Reuters)" →
    "AP"; every item a name of up to three words, one of them a wire's), or None (inputs53: a JSON record's text
    of one paragraph ends on it, with no line of its own to be read as a credit line)."""
    m = _CLOSING_CREDIT.search(text.rstrip())
    items = [w.strip().lower() for w in _JOINERS.split(m.group("who"))] if m else []
    if not items or any(not w or len(w.split()) > 3 for w in items):
        return None
    wires = [credit_data()["wires"].get(w) for w in items]
    return next((str(w["name"]) for w in wires if isinstance(w, dict)), None)


def with_contributing_wire(
    outlet: str | None, url: str | None, lines: list[str], closing: str = ""
) -> str | None:
    """``outlet`` with "(with AP)" when a credit line names a wire as a contributor (``contributing_wire``), or
    ``closing`` (a text's last line) ends on a bracketed list of agencies (``closing_wire``); unchanged when the
    outlet is the wire's own or already credits a wire."""
    name = (contributing_wire(lines + [closing]) or closing_wire(closing)) if outlet and CONTRIBUTING_WIRES else None
    if name is None or outlet is None or outlet.rstrip().endswith(")"):
        return outlet
    wire = next(w for w in credit_data()["wires"].values() if isinstance(w, dict) and w["name"] == name)
    if (site_keys(outlet, url) | domain_keys(url)) & set(wire["sites"]):
        return outlet
    return f"{outlet} (with {name})"
