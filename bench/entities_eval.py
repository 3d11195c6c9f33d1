"""Entity typing and place resolution against hand labels, with the baseline side by side.

The labels (``bench/entities/labels.json``) were made by reading the stories' texts: for each
story, the names a brief lists (the top names of the baseline and of the checked output), each
with the kind a reader would give it (person, org, place; "other" for products, events and
fragments; "location" for streets and neighbourhoods no gazetteer holds: neither is listed), and
the places with the country (and, for cities, the point) they name. Only names are stored, never
the texts. Each story is marked "dev" (looked at while building the checks) or "held-out" (only
labelled, never looked at while building).

Both runs share one parse per story; the baseline is the same code with the new checks off
(``merge_entities(..., checks=False)`` and ``PlacesConfig(type_checks=False, capital_bonus=0,
outlet_weight=0)``).

    python bench/entities_eval.py                 # every labelled story, dev and held-out totals
    python bench/entities_eval.py --split held-out
    python bench/entities_eval.py --split held-out-2   # labelled before the review's changes
    python bench/entities_eval.py --split held-out-3   # five stories no entity round had opened
    python bench/entities_eval.py --dump D30003   # listed names without a label (to label them)

Scores (labelled names only; a name matches an entity by its name or an alias, case-folded):
- per kind K: precision = listed as K and labelled K / listed as K; recall = listed as K / labelled K;
- junk listed = names labelled other/location that are listed (as anything) / such names;
- place accuracy = labelled places whose row is in the labelled country (cities: within 50 km of the
  labelled point) / labelled places; wrong places = place rows whose name is labelled not a place.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
LABELS = ROOT / "bench" / "entities" / "labels.json"
KINDS = ("person", "org", "place")
NOT_LISTED = ("other", "location")
CITY_KM = 50.0
SPLITS = ("dev", "held-out", "held-out-2", "held-out-3")
"""held-out-2: stories labelled by the issue 12 review before it changed the entity and place code;
held-out-3: five stories whose entity lists no entity round had opened, labelled by branch ents20l."""


@dataclass
class Tally:
    """Counts over labelled names, for one run."""

    listed: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    labelled: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    junk: int = 0
    junk_listed: int = 0
    places: int = 0
    places_right: int = 0
    wrong_places: int = 0

    def add(self, other: Tally) -> None:
        for k in KINDS:
            self.listed[k] += other.listed[k]
            self.right[k] += other.right[k]
            self.labelled[k] += other.labelled[k]
        self.junk += other.junk
        self.junk_listed += other.junk_listed
        self.places += other.places
        self.places_right += other.places_right
        self.wrong_places += other.wrong_places


def _cluster_docs(spec: str) -> list[Any]:
    """RawDocuments of one bench cluster ("duc2003.jsonl#D30003"), as the JSONL reader names them."""
    from storyline.model import RawDocument

    fname, cid = spec.split("#", 1)
    for line in (SHARED / "bench" / fname).open(encoding="utf-8"):
        c = json.loads(line)
        if c["id"] == cid or c["id"].startswith(cid):
            return [
                RawDocument(id=f"{fname}#{cid}/{i + 1}", text=t, story=cid, source="cluster")
                for i, t in enumerate(c["documents"])
            ]
    raise SystemExit(f"entities_eval: no cluster {cid!r} in {fname}")


def _runs(spec: str) -> dict[str, tuple[list[Any], Any]]:
    """{"baseline": (entities, located), "checked": (...)} for one labelled story, from one parse."""
    import storyline
    from storyline.analyse import analyse
    from storyline.entities import merge_entities
    from storyline.places import DEFAULT_CONFIG, locate_places

    inputs: Sequence[Any] = [SHARED / "seeds"] if spec == "seeds" else _cluster_docs(spec)
    docs, _ = storyline.read_documents(inputs)
    analyses = analyse(docs)
    base_cfg = replace(DEFAULT_CONFIG, type_checks=False, capital_bonus=0.0, outlet_weight=0.0)
    out = {}
    for run, cfg, checks in (("baseline", base_cfg, False), ("checked", DEFAULT_CONFIG, True)):
        located = locate_places(analyses, cfg=cfg)
        out[run] = (merge_entities(analyses, located, checks=checks), located)
    return out


def _fold(s: str) -> str:
    from storyline.text import fold

    return fold(s).strip()


def _score(story: dict[str, Any], entities: list[Any], located: Any) -> tuple[Tally, list[str]]:
    """One run of one story against its labels; also the errors, for reading."""
    from storyline.places.gazetteer import distance_km

    t, errors = Tally(), []
    by_name: dict[str, Any] = {}
    for e in entities:
        for n in (e.name, *e.aliases):
            by_name.setdefault(_fold(n), e)
    for name, kind in story["entities"].items():
        e = by_name.get(_fold(name))
        got = e.kind if e is not None else None
        if kind in KINDS:
            t.labelled[kind] += 1
        else:
            t.junk += 1
            if got is not None:
                t.junk_listed += 1
                errors.append(f"{name}: listed as {got}, labelled {kind}")
            continue
        if got is not None:
            t.listed[got] += 1
            if got == kind:
                t.right[kind] += 1
            else:
                errors.append(f"{name}: listed as {got}, labelled {kind}")
        else:
            errors.append(f"{name}: not listed, labelled {kind}")
        # names labelled as a kind but listed as another count against that other kind's precision
    rows = {_fold(n): r for r in located.places for n in (r.name, *r.aliases)}
    for name, want in story.get("places", {}).items():
        t.places += 1
        r = rows.get(_fold(name))
        ok = r is not None and r.country == want.get("country")
        if ok and r is not None and "lat" in want:
            ok = distance_km(r.lat, r.lon, want["lat"], want["lon"]) <= CITY_KM
        t.places_right += ok
        if not ok:
            where = f"{r.country} {r.lat:.2f},{r.lon:.2f}" if r is not None else "not placed"
            errors.append(f"place {name}: {where}, labelled {want}")
    not_places = {_fold(n) for n, k in story["entities"].items() if k != "place"}
    for r in located.places:
        if _fold(r.name) in not_places:
            t.wrong_places += 1
            errors.append(f"place row {r.name} ({r.country}): labelled {story['entities'][_label_key(story, r.name)]}")
    return t, errors


def _label_key(story: dict[str, Any], name: str) -> str:
    return next(n for n in story["entities"] if _fold(n) == _fold(name))


def _ratio(a: int, b: int) -> str:
    return f"{a / b:.3f}" if b else "  -  "


def _table(title: str, tallies: dict[str, Tally]) -> list[str]:
    base, new = tallies["baseline"], tallies["checked"]
    lines = [f"\n{title}", f"{'measure':<28}{'baseline':>10}{'checked':>10}"]
    for k in KINDS:
        lines.append(f"{k + ' precision':<28}{_ratio(base.right[k], base.listed[k]):>10}"
                     f"{_ratio(new.right[k], new.listed[k]):>10}")
        lines.append(f"{k + ' recall':<28}{_ratio(base.right[k], base.labelled[k]):>10}"
                     f"{_ratio(new.right[k], new.labelled[k]):>10}")
    lines.append(f"{'junk listed (lower better)':<28}{_ratio(base.junk_listed, base.junk):>10}"
                 f"{_ratio(new.junk_listed, new.junk):>10}")
    lines.append(f"{'place accuracy':<28}{_ratio(base.places_right, base.places):>10}"
                 f"{_ratio(new.places_right, new.places):>10}")
    lines.append(f"{'wrong place rows (count)':<28}{base.wrong_places:>10}{new.wrong_places:>10}")
    lines.append(f"{'labelled names / places':<28}{sum(new.labelled.values()) + new.junk:>10}{new.places:>10}")
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--labels", type=Path, default=LABELS)
    ap.add_argument("--split", choices=(*SPLITS, "all"), default="all")
    ap.add_argument("--errors", action="store_true", help="print each run's errors per story")
    ap.add_argument("--dump", metavar="STORY", help="print the listed names of STORY (a spec or its cluster id)")
    ap.add_argument("--json", type=Path, metavar="OUT", help="also write each split's checked measures to OUT")
    args = ap.parse_args(argv)
    if not SHARED.exists():
        print(f"entities_eval: {SHARED} not found (the shared benchmark data)", file=sys.stderr)
        return 2
    labels = json.loads(args.labels.read_text(encoding="utf-8"))
    if args.dump:
        spec = next((s for s in labels["stories"] if args.dump in s), args.dump)
        labelled = {_fold(n) for n in labels["stories"].get(spec, {}).get("entities", {})}
        for run, (ents, located) in _runs(spec).items():
            print(f"== {run}")
            for e in ents[:40]:
                mark = " " if _fold(e.name) in labelled else "?"
                print(f" {mark} {e.kind:<7}{e.name}  ({len(e.docs)} docs)")
            print("   places:", ", ".join(f"{r.name} ({r.country})" for r in located.places))
        return 0
    totals: dict[str, dict[str, Tally]] = {}
    for spec, story in labels["stories"].items():
        if args.split != "all" and story["split"] != args.split:
            continue
        print(f"{spec} ({story['split']})", file=sys.stderr, flush=True)
        split = totals.setdefault(story["split"], {"baseline": Tally(), "checked": Tally()})
        for run, (ents, located) in _runs(spec).items():
            t, errors = _score(story, ents, located)
            split[run].add(t)
            if args.errors:
                print(f"-- {spec} {run}: " + ("; ".join(errors) or "no errors"))
    out = []
    for split_name in SPLITS:
        if split_name in totals:
            n = sum(1 for s in labels["stories"].values() if s["split"] == split_name)
            out += _table(f"{split_name} ({n} stories)", totals[split_name])
    print("\n".join(out))
    if args.json:
        args.json.write_text(json.dumps({k: measures(v["checked"]) for k, v in totals.items()}, indent=1) + "\n",
                             encoding="utf-8")
    return 0


def measures(t: Tally) -> dict[str, float]:
    """One run's measures, each higher-is-better (what bench/entities_gate.py holds to its floors)."""
    out = {}
    for k in KINDS:
        out[f"{k}_precision"] = t.right[k] / t.listed[k] if t.listed[k] else 1.0
        out[f"{k}_recall"] = t.right[k] / t.labelled[k] if t.labelled[k] else 1.0
    out["junk_kept_out"] = 1.0 - t.junk_listed / t.junk if t.junk else 1.0
    out["place_accuracy"] = t.places_right / t.places if t.places else 1.0
    return {k: round(v, 4) for k, v in out.items()}


if __name__ == "__main__":
    raise SystemExit(main())
