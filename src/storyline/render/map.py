"""The brief's places as an inline SVG map: offline, no tiles, no scripts.

Country outlines come from ``data/outlines.json.gz``, a compact copy of
Natural Earth's public-domain 1:110m countries (``scripts/build_outlines.py``).
The map is drawn in Web Mercator and zoomed to where the story is: the view
covers the places that carry most of the story's mentions (cities, small
countries and seas), so one mention of Washington does not shrink a Syrian
story to a world map; places left outside are named under the map.
Countries the story mentions are tinted; cities, seas and regions get a
marker whose area grows with the mentions; every shape has a ``<title>`` with
the place and its sources, which browsers show on hover.
"""

from __future__ import annotations

import gzip
import json
import math
from collections.abc import Mapping, Sequence
from functools import lru_cache
from html import escape
from importlib import resources
from typing import Any

from ..model import PlaceRow
from ..places.gazetteer import distance_km
from .common import asset

__all__ = ["render_map"]

WIDTH = 720.0
MIN_HEIGHT, MAX_HEIGHT = 300.0, 560.0
FOCUS_SHARE = 0.85  # the view holds the places that carry this share of the mentions
MAX_LAT = 80.0
BIG_EXTENT_KM = 800.0  # places wider than this (Russia, the Atlantic) do not steer the view
NEIGHBOURHOOD_KM = 1500.0
DETAIL_KM = 400.0  # radius of the closer map drawn when the overview crowds its places

@lru_cache(maxsize=1)
def _outlines() -> list[dict[str, Any]]:
    """The shipped country outlines, rings decoded to (lon, lat) lists (read once)."""
    raw = resources.files("storyline").joinpath("data", "outlines.json.gz").read_bytes()
    doc = json.loads(gzip.decompress(raw))
    scale = float(doc["scale"])
    out = []
    for c in doc["countries"]:
        rings = []
        for flat in c["rings"]:
            x, y = flat[0], flat[1]
            pts = [(x / scale, y / scale)]
            for i in range(2, len(flat), 2):
                x += flat[i]
                y += flat[i + 1]
                pts.append((x / scale, y / scale))
            rings.append(pts)
        out.append({"iso": c["iso"], "name": c["name"], "bbox": c["bbox"], "centre": c["centre"], "rings": rings})
    return out


def _merc_y(lat: float) -> float:
    lat = max(-MAX_LAT, min(MAX_LAT, lat))
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)))


def _weight(p: PlaceRow) -> float:
    return float(p.mentions) if p.mentions > 0 else 1.0


def _steers(p: PlaceRow) -> bool:
    return p.kind == "city" or (p.extent_km or 0) <= BIG_EXTENT_KM


def _dist(a: PlaceRow, b: PlaceRow) -> float:
    return distance_km(a.lat, a.lon, b.lat, b.lon)


def focus(places: Sequence[PlaceRow]) -> tuple[list[PlaceRow], list[PlaceRow]]:
    """(places that set the view, places left off it).

    The centre is the place with the most mention weight within 1,500 km; the
    view grows outward from it until it holds ``FOCUS_SHARE`` of the weight
    (and whatever else lies within 1,500 km or half as far again).
    """
    steer = [p for p in places if _steers(p)] or list(places)
    if not steer:
        return [], []
    dist = _dist
    centre = max(
        steer, key=lambda c: (sum(_weight(p) for p in steer if dist(c, p) <= NEIGHBOURHOOD_KM), _weight(c))
    )
    ranked = sorted(steer, key=lambda p: dist(centre, p))
    total = sum(_weight(p) for p in steer)
    kept, acc = [], 0.0
    radius = 0.0
    for p in ranked:
        if acc >= FOCUS_SHARE * total and dist(centre, p) > max(radius * 1.5, NEIGHBOURHOOD_KM):
            break
        kept.append(p)
        acc += _weight(p)
        radius = max(radius, dist(centre, p))
    kept_ids = {id(p) for p in kept}
    return kept, [p for p in steer if id(p) not in kept_ids]


class _View:
    """Mercator box → SVG pixels."""

    def __init__(self, west: float, south: float, east: float, north: float) -> None:
        x0, x1 = west, east
        y0, y1 = _merc_y(south), _merc_y(north)
        # a minimum span (a single town still shows its surroundings) and a margin
        span_x, span_y = max(x1 - x0, 6.0), max(y1 - y0, 4.0)
        cx, cy = (x0 + x1) / 2, (y0 + y1) / 2
        span_x, span_y = span_x * 1.25, span_y * 1.3
        height = WIDTH * span_y / span_x
        if height > MAX_HEIGHT:
            span_x = span_y * WIDTH / MAX_HEIGHT
            height = MAX_HEIGHT
        elif height < MIN_HEIGHT:
            span_y = span_x * MIN_HEIGHT / WIDTH
            height = MIN_HEIGHT
        self.height = height
        self.x0, self.y1 = cx - span_x / 2, cy + span_y / 2
        self.k = WIDTH / span_x
        self.west, self.east = self.x0, self.x0 + span_x
        self.south_y, self.north_y = self.y1 - span_y, self.y1

    def xy(self, lon: float, lat: float) -> tuple[float, float]:
        return (lon - self.x0) * self.k, (self.y1 - _merc_y(lat)) * self.k

    def sees(self, bbox: Sequence[float], pad: float = 2.0) -> bool:
        west, south, east, north = bbox
        return not (
            east < self.west - pad or west > self.east + pad
            or _merc_y(north) < self.south_y - pad or _merc_y(south) > self.north_y + pad
        )


def _path(view: _View, rings: Sequence[Sequence[tuple[float, float]]]) -> str:
    parts = []
    for ring in rings:
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        if not view.sees((min(xs), min(ys), max(xs), max(ys))):
            continue
        pts = [view.xy(lon, lat) for lon, lat in ring]
        out, last = [], None
        for x, y in pts:
            cur = (round(x, 1), round(y, 1))
            if cur != last:
                out.append(f"{cur[0]:g},{cur[1]:g}")
                last = cur
        if len(out) >= 3:
            parts.append("M" + "L".join(out) + "Z")
    return "".join(parts)


def _sources(p: PlaceRow, doc_labels: Mapping[str, str]) -> str:
    return "; ".join(doc_labels.get(d, d) for d in p.docs)


def _title(p: PlaceRow, doc_labels: Mapping[str, str]) -> str:
    n = int(_weight(p))
    kind = p.kind or "place"
    where = f", {p.country}" if p.country and kind == "city" else ""
    head = f"{p.name} ({kind}{where}): {n} mention{'s' if n != 1 else ''}"
    src = _sources(p, doc_labels)
    return f"{head} — {src}" if src else head


def _svg(places: Sequence[PlaceRow], kept: Sequence[PlaceRow], labels: Mapping[str, str],
         aria: str) -> tuple[str, list[str]]:
    """One map zoomed to ``kept``; returns the SVG and the names of places that fell outside it."""
    lats = [p.lat for p in kept]
    lons = [p.lon for p in kept]
    view = _View(min(lons), min(lats), max(lons), max(lats))
    w, h = WIDTH, view.height
    named = {p.country: p for p in places if p.kind == "country" and p.country}

    shapes: list[str] = []
    country_labels: list[tuple[float, float, str]] = []
    for c in _outlines():
        if not view.sees(c["bbox"]):
            continue
        d = _path(view, c["rings"])
        if not d:
            continue
        place = named.get(c["iso"])
        if place is not None:
            shapes.append(
                f'<path class="land named" d="{d}"><title>{escape(_title(place, labels))}</title></path>'
            )
            cx, cy = view.xy(float(c["centre"][1]), float(c["centre"][0]))
            if 0 <= cx <= w and 0 <= cy <= h:
                country_labels.append((cx, cy, place.name))
        else:
            shapes.append(f'<path class="land" d="{d}"><title>{escape(c["name"])}</title></path>')

    markers: list[tuple[float, str, str, float, float, float]] = []  # (weight, markup, name, x, y, r)
    outside: list[str] = []
    for p in places:
        if p.kind == "country":
            continue
        x, y = view.xy(p.lon, p.lat)
        if not (0 <= x <= w and 0 <= y <= h):
            outside.append(p.name)
            continue
        wgt = _weight(p)
        r = min(4.0 + 3.0 * math.sqrt(wgt), 18.0)
        cls = {"sea": "water", "region": "region", "county": "region"}.get(p.kind, "city")
        if cls != "city":
            r = max(r, 9.0)
        title = escape(_title(p, labels))
        markers.append(
            (wgt, f'<circle class="mk {cls}" cx="{x:.1f}" cy="{y:.1f}" r="{r:.1f}"><title>{title}</title></circle>',
             p.name, x, y, r)
        )
    markers.sort(key=lambda m: -m[0])  # big ones below, small ones on top stay hoverable
    texts = _labels(markers, country_labels, w, h)
    svg = (
        f'<svg class="smap" viewBox="0 0 {w:.0f} {h:.0f}" width="{w:.0f}" height="{h:.0f}" role="img" '
        f'xmlns="http://www.w3.org/2000/svg" aria-label="{escape(aria)}">'
        + "".join(shapes)
        + "".join(m[1] for m in markers)
        + "".join(texts)
        + "</svg>"
    )
    return svg, outside


def _crowded(kept: Sequence[PlaceRow]) -> list[PlaceRow]:
    """The densest cluster of the view's places, when it is much smaller than the view.

    A story about Syria that also mentions Moscow and Paris gets a continental
    map on which the Syrian towns overlap; the cluster then gets its own map.
    """
    cities = [p for p in kept if _steers(p) and (p.kind == "city" or (p.extent_km or 0) < 150)]
    if len(cities) < 4:
        return []
    dist = _dist
    centre = max(cities, key=lambda c: (sum(1 for p in cities if dist(c, p) <= DETAIL_KM), _weight(c)))
    cluster = [p for p in cities if dist(centre, p) <= DETAIL_KM]
    span = max(dist(a, b) for a in kept for b in kept)
    if len(cluster) < 3 or len(cluster) == len(cities) or span < 3 * DETAIL_KM:
        return []
    return cluster


def named(places: Sequence[PlaceRow]) -> list[str]:
    """The places' names, each once, in order; two places of one name are told apart by their kind ("Homs
    (city), Homs (region)": a caption read "Homs, Hama, Talbiseh, Homs, Aleppo, Idlib, Idlib")."""
    kinds: dict[str, set[str]] = {}
    for p in places:
        kinds.setdefault(p.name, set()).add(p.kind)
    return list(dict.fromkeys(f"{p.name} ({p.kind})" if len(kinds[p.name]) > 1 else p.name for p in places))


def render_map(places: Sequence[PlaceRow], doc_labels: Mapping[str, str] | None = None) -> str:
    """An inline ``<figure>`` with the SVG map of ``places`` ("" when none has coordinates).

    ``doc_labels`` maps document ids to what the hover text shows for them
    (e.g. "[2] Russia strikes Syria"). When the story's places crowd into one
    corner of the overview, a second, closer map of that cluster follows it.
    """
    labels = doc_labels or {}
    kept, off = focus(places)
    if not kept:
        return ""
    overview, outside = _svg(places, kept, labels, "Map of the places in this story")
    figures = [overview]
    cluster = _crowded(kept)
    if cluster:
        detail, _ = _svg(places, cluster, labels, "Closer map of where most of the story happens")
        figures.append(detail)
    off_names = sorted(set(outside) | {p.name for p in off if p.kind != "country"})
    caption = ("Marker area grows with mentions; hover a marker or a tinted country for its sources (the list "
               "below names them too).")
    if cluster:
        caption += " The second map is a closer view of " + ", ".join(named(cluster)) + "."
    if off_names:
        caption += " Outside the map: " + ", ".join(off_names) + "."
    caption += " Outlines: Natural Earth (public domain)."
    return (
        f'<figure class="map"><style>{asset("map.css")}</style>{"".join(figures)}'
        f'<figcaption class="note">{escape(caption)}</figcaption></figure>'
    )


def _labels(markers: Sequence[tuple[float, str, str, float, float, float]],
            countries: Sequence[tuple[float, float, str]], w: float, h: float) -> list[str]:
    """Name labels, most mentioned first, skipping any that would overlap one already placed."""
    boxes: list[tuple[float, float, float, float]] = []
    out: list[str] = []

    def free(box: tuple[float, float, float, float]) -> bool:
        x0, y0, x1, y1 = box
        if x0 < 0 or x1 > w or y0 < 0 or y1 > h:
            return False
        return all(x1 < a or x0 > c or y1 < b or y0 > d for a, b, c, d in boxes)

    for _, _, _, x, y, r in markers:
        boxes.append((x - r, y - r, x + r, y + r))
    for _, _, name, x, y, r in markers:
        tw = 6.2 * len(name)
        for anchor, tx, ty in (("start", x + r + 3, y + 4), ("end", x - r - 3, y + 4), ("middle", x, y - r - 4)):
            x0 = tx if anchor == "start" else tx - tw if anchor == "end" else tx - tw / 2
            box = (x0, ty - 10, x0 + tw, ty + 2)
            if free(box):
                boxes.append(box)
                out.append(f'<text x="{tx:.1f}" y="{ty:.1f}" text-anchor="{anchor}">{escape(name)}</text>')
                break
    for cx, cy, name in countries:
        tw = 6.0 * len(name)
        box = (cx - tw / 2, cy - 10, cx + tw / 2, cy + 2)
        if free(box):
            boxes.append(box)
            out.append(f'<text class="cn" x="{cx:.1f}" y="{cy:.1f}" text-anchor="middle">{escape(name)}</text>')
    return out
