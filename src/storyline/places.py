"""Places stage: place mentions found, disambiguated by the story, and geocoded.

Mentions come from two sources, both read from the parse ``analyse`` already made:

- named entities: GPE/LOC/FAC are place candidates; ORG, PERSON and NORP are
  too, because the small English model mislabels places (Homs, Hama and
  Talbiseh as organisations, Aleppo as a person, "the Caspian" as a nationality);
- capitalised proper-noun runs the model did not tag at all ("Deir-ez-Zor", "Odesa").

Every candidate is looked up in the shipped gazetteer (``gazetteer.py``) and the
readings are scored: prominence (population; countries, seas and regions above
cities), the story's own countries (how often each is mentioned), nearness to
the places the model tagged as places, and whether the name is a main name or
only an alternate one. A mention the model did not tag as a place must earn
it: a country, sea or region under its main name, a big city, or a town near
the story's other places ("Congress" in a Washington story is not Congress,
Arizona). A name that is a person's surname or first name in the story
("Shoigu", "Obama") or a known organisation ("ISIL") is never a place.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from .entities import is_known_org, person_name_parts
from .gazetteer import Gazetteer, Match, distance_km, fold, key, load_gazetteer, skeleton
from .model import Analysis, Located, Place, PlaceMention, PlaceRow

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
OTHER_LABELS = frozenset({"ORG", "PERSON", "NORP"})
NEAR_KM = 300.0  # a town this close to the story's other places belongs to the story
BIG_CITY = 1_000_000
SMALL_TOWN = 15_000  # below this a town counts only near the story's other places (or "Town, State")
EXONYM_CITY = 500_000  # above this an unrelated-looking alternate name is a real exonym ("Munich")
_CONNECTORS = frozenset(
    "al el ez az ad as ash an ar at de del della di da do dos la le les of on upon am bin sur".split()
)
_POSSESSIVE = re.compile(r"['’]s$")
_HONORIFIC = re.compile(r"^(?:Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Lt|Col|Maj|Capt|Adm|Sgt|Prof|Rev|St)\b\.?")
_CUE = re.compile(
    r"(?:\b(?:in|near|of|from|to|at|outside|around|into|across|towards?|through|via|between|and|or|"
    r"neighbou?ring|northern|southern|eastern|western|central|city|town|village|province)|,)\s+(?:the\s+)?$",
    re.I,
)
_QUALIFIER = re.compile(r"^,\s*((?:[A-Z][\w.]*)(?:\s+[A-Z][\w.]*){0,2})")


@dataclass(slots=True)
class Candidate:
    """A stretch of a document that might name a place."""

    doc: str
    start: int
    end: int
    text: str
    label: str | None  # the NER label, None for an untagged proper-noun run
    qualifier: str | None = None  # "Texas" in "Paris, Texas"
    the: bool = False  # written after "the": "the Tour", "the Mall" are rarely towns
    cue: bool = False  # after a locative word or in a list: "in Homs", "town of Talbiseh", "Raqqa and Deir-ez-Zor"


def _clean_span(text: str, start: int) -> tuple[str, int]:
    """Drop a leading "the" and a trailing possessive: "the Caspian Sea's" → "Caspian Sea"."""
    lead = re.match(r"(?:[Tt]he\s+)", text)
    if lead:
        text, start = text[lead.end() :], start + lead.end()
    text = _POSSESSIVE.sub("", text.rstrip(" ,;:"))
    if text.endswith(".") and not re.search(r"(?:\b[A-Z]\.)+$", text):
        text = text[:-1]  # a sentence's full stop, not "U.S."
    return text, start


def candidates(analysis: Analysis) -> list[Candidate]:
    """Every entity and untagged proper-noun run of one document that could name a place."""
    out: list[Candidate] = []
    doc_id = analysis.doc.id
    for para in analysis.paragraphs:
        sdoc = para.parsed
        for ent in sdoc.ents:
            label = ent.label_
            if label not in PLACE_LABELS and label not in OTHER_LABELS:
                continue
            text, start = _clean_span(ent.text, ent.start_char)
            if not text:
                continue
            tail = para.text[ent.end_char :]
            q = _QUALIFIER.match(tail)
            before = para.text[max(0, start - 40) : start]
            the = start > ent.start_char or before.rstrip().lower().endswith(" the")
            out.append(
                Candidate(
                    doc_id, para.offset + start, para.offset + start + len(text), text, label,
                    q.group(1) if q else None, the, _CUE.search(before) is not None,
                )
            )
        out.extend(_untagged_runs(doc_id, para.offset, sdoc))
    return out


def _untagged_runs(doc_id: str, offset: int, sdoc: Any) -> Iterable[Candidate]:
    """Capitalised proper-noun runs outside any entity: "Deir-ez-Zor", "Sharm el-Sheikh"."""
    tokens = list(sdoc)
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.ent_iob_ != "O" or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and j - i < 7:
            nxt = tokens[j]
            if nxt.ent_iob_ != "O":
                break
            glued = not tokens[j - 1].whitespace_
            if nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN", "ADJ"):
                j += 1
            elif (nxt.text in ("-", "‐") and glued) or (nxt.lower_ in _CONNECTORS and j + 1 < len(tokens)
                                                        and tokens[j + 1].text[:1].isupper()):
                j += 1
            elif glued and tokens[j - 1].text in ("-", "‐"):
                j += 1
            else:
                break
        while j > i + 1 and not tokens[j - 1].text[:1].isupper():
            j -= 1
        start, end = tok.idx, tokens[j - 1].idx + len(tokens[j - 1].text)
        text = sdoc.text[start:end]
        if sum(ch.isalpha() for ch in text) >= 3 and not _HONORIFIC.match(text) and not text.endswith("."):
            the = i > 0 and tokens[i - 1].lower_ == "the"
            cue = _CUE.search(sdoc.text[max(0, start - 40) : start]) is not None
            yield Candidate(doc_id, offset + start, offset + end, text, None, None, the, cue)
        i = j


@dataclass(slots=True)
class _Context:
    """What the story says about where it is: country weights and anchor points."""

    share: dict[str, float]
    anchors: list[tuple[float, float, str]]  # (lat, lon, key of the name that placed it)
    countries: set[str]
    near_km: dict[tuple[int, str], float] = field(default_factory=dict)  # _near, remembered


def _near_in(ctx: _Context, p: Place, name: str) -> float:
    """``_near`` for the story's anchors, computed once per place and name (a big story
    asks the same question thousands of times)."""
    k = (p.id, key(name) if name else "")
    got = ctx.near_km.get(k)
    if got is None:
        got = ctx.near_km[k] = _near(p, ctx.anchors, name)
    return got


def _prominence(p: Place) -> float:
    """How likely a bare mention of this name means this place, before context."""
    if p.kind == "country":
        return 8.0 + 0.1 * math.log10(p.population + 1)
    if p.kind == "sea":
        return 7.8
    if p.kind == "region":
        # a US state loses its name to a big city ("Washington", "New York")
        return 5.2 if p.country == "US" and p.admin1 else 7.5
    return math.log10(p.population + 10)


def _near(p: Place, anchors: Sequence[tuple[float, float, str]], name: str = "") -> float:
    """Distance to the nearest anchor placed by another name (a name cannot vouch for itself)."""
    own = key(name) if name else ""
    return min((distance_km(p.lat, p.lon, a, b) for a, b, k in anchors if k != own or not own), default=math.inf)


def _score(m: Match, ctx: _Context | None, qualifier: Place | None, name: str = "") -> float:
    p = m.place
    s = _prominence(p) + (0.0 if m.primary else -0.7)
    if ctx is not None:
        s += 1.5 * ctx.share.get(p.country, 0.0)
        if p.kind == "city" and _near_in(ctx, p, name) <= NEAR_KM:
            s += 1.0
    if qualifier is not None:
        if qualifier.kind == "country" and p.country == qualifier.country:
            s += 5.0
        elif qualifier.kind == "region" and p.country == qualifier.country and p.admin1 == qualifier.admin1:
            s += 5.0
    return s


class _Resolver:
    """Scores a candidate's readings and decides whether it names a place."""

    def __init__(self, gaz: Gazetteer, blocked: set[str]) -> None:
        self.gaz = gaz
        self.blocked = blocked
        self._lookups: dict[str, list[Match]] = {}

    def matches(self, text: str) -> list[Match]:
        got = self._lookups.get(text)
        if got is None:
            got = self._lookups[text] = self.gaz.lookup(text)
        return got

    def qualifier(self, c: Candidate) -> Place | None:
        if not c.qualifier:
            return None
        words = c.qualifier.split()
        for n in range(len(words), 0, -1):
            for m in self.matches(" ".join(words[:n])):
                if m.place.kind == "country" or (m.place.kind == "region" and m.place.admin1):
                    return m.place
        return None

    def best(self, c: Candidate, ctx: _Context | None) -> tuple[Match, float] | None:
        ms = self.matches(c.text)
        q = self.qualifier(c)
        if not ms and ctx is not None and c.label in PLACE_LABELS and ctx.countries:
            ms = [Match(p, False) for p in self.gaz.by_skeleton(c.text, ctx.countries)]
        if not ms:
            return None
        if any(m.primary and m.place.kind != "city" for m in ms):
            q = None  # "Saudi Arabia, Turkey, U.S.": a list of countries, not "Turkey in the U.S."
        scored = [(m, _score(m, ctx, q, c.text)) for m in ms]
        return max(scored, key=lambda ms_: (ms_[1], ms_[0].place.population, -ms_[0].place.id))

    def decide(self, c: Candidate, ctx: _Context | None) -> Place | None:
        """The place ``c`` names, or None when it names none (or not surely).

        Without ``ctx`` (the first pass, which finds the story's anchors) only
        places a bare name is safe for count: no small towns.
        """
        name = fold(c.text)
        if not name or is_known_org(c.text):
            return None
        got = self.best(c, ctx)
        if got is None:
            return None
        m, _ = got
        p = m.place
        curated = p.kind != "city"
        if name in self.blocked and not (curated and m.primary and c.label in PLACE_LABELS):
            return None
        if curated:  # a country, sea or region: by its main name or a curated alias only
            return p if m.primary or c.label in PLACE_LABELS else None
        q = self.qualifier(c)
        qualified = q is not None and p.country == q.country and (q.kind == "country" or p.admin1 == q.admin1)
        near = ctx is not None and _near_in(ctx, p, c.text) <= NEAR_KM
        if not m.primary and (len(name) < 4 or not _similar(c.text, p)) and (
            p.population < EXONYM_CITY or c.label not in PLACE_LABELS or len(name) < 4
        ):
            return None  # an unrelated alternate name ("Tsunami" for a Japanese town, "Tour" for Tours)
        if c.the and (c.label not in PLACE_LABELS or p.population < EXONYM_CITY):
            return None  # "the Mall", "the City": a landmark or a common noun, not the town of that name
        if p.population < SMALL_TOWN and not (near or qualified):
            return None  # a small town only where the story already is ("Earth, Texas" is not)
        if c.label in PLACE_LABELS or qualified:
            return p
        # not tagged as a place: the reading has to be a sure one
        if c.label == "PERSON":
            # the model saw a person ("Valverde", "Ivanov"): only a big city, or a sizeable one in
            # the story's own country and near its places, overrides it ("Aleppo")
            share = ctx.share.get(p.country, 0.0) if ctx is not None else 0.0
            sure = p.population >= BIG_CITY or (near and share >= 0.5 and p.population >= 100_000)
            return p if m.primary and sure else None
        if near and (c.cue or p.population >= 100_000):
            return p  # "activists in Homs" (tagged ORG), "in Raqqa and Deir-ez-Zor" (untagged), "hit Hama"
        if m.primary and p.population >= BIG_CITY:
            return p  # "Jets struck Aleppo"
        return None


def _similar(text: str, p: Place) -> bool:
    """Two spellings of one name ("Kiev"/"Kyiv", "Talbiseh"/"Tallbīsah"): same consonant skeleton."""
    return skeleton(key(text)) == skeleton(key(p.name))


def _context(first: Iterable[tuple[str, Place]]) -> _Context:
    """Country weights and anchor points from the sure (model-tagged) places, by the names that placed them."""
    weight: dict[str, float] = defaultdict(float)
    anchors: list[tuple[float, float, str]] = []
    for name, p in first:
        if not p.country:
            continue
        weight[p.country] += 1.0 if p.kind == "country" else 0.5
        if p.kind == "city":
            anchors.append((p.lat, p.lon, key(name)))
        elif p.kind in ("country", "region") and 0 < p.radius_km <= 500:
            anchors.append((p.lat, p.lon, key(name)))  # a small country's centre is near all of it
    anchors = sorted({(round(a, 1), round(b, 1), k) for a, b, k in anchors})
    top = max(weight.values(), default=0.0)
    share = {cc: w / top for cc, w in weight.items()} if top else {}
    countries = {cc for cc, s in share.items() if s >= 0.2}
    return _Context(share, anchors, countries)


def _blocked_names(analyses: Sequence[Analysis], cands: Sequence[Candidate]) -> set[str]:
    """Folded names used for people at least as often as the model tags them as places."""
    as_place = Counter(fold(c.text) for c in cands if c.label in PLACE_LABELS)
    return {w for w, n in person_name_parts(analyses).items() if n >= as_place.get(w, 0)}


def locate_places(analyses: Sequence[Analysis], gazetteer: Gazetteer | None = None) -> Located:
    """Find, disambiguate and geocode every place the story's documents mention."""
    gaz = gazetteer or load_gazetteer()
    cands = [c for a in analyses for c in candidates(a)]
    resolver = _Resolver(gaz, _blocked_names(analyses, cands))
    # pass 1: what the model tagged as places, read without context
    first = [(c.text, p) for c in cands if c.label in PLACE_LABELS and (p := resolver.decide(c, None)) is not None]
    ctx = _context(first)
    # pass 2: everything, read in the story's context
    located = Located()
    decided = [resolver.decide(c, ctx) for c in cands]
    # a name placed surely once is that place wherever else the story uses it (but never a person's name)
    by_name: dict[str, Counter[int]] = defaultdict(Counter)
    for c, p in zip(cands, decided, strict=True):
        if p is not None:
            by_name[key(c.text)][p.id] += 1
    for c, p in zip(cands, decided, strict=True):
        if p is None and c.label != "PERSON" and fold(c.text) not in resolver.blocked and not is_known_org(c.text):
            votes = by_name.get(key(c.text))
            if votes and not c.the:
                p = gaz.place(votes.most_common(1)[0][0])
        if p is not None:
            located.mentions.append(PlaceMention(c.doc, c.start, c.end, c.text, p))
        elif c.label in PLACE_LABELS and (is_known_org(c.text) or fold(c.text) in resolver.blocked):
            located.not_places.add((c.doc, c.start, c.end))
    located.mentions = _dedupe(located.mentions)
    located.places = _rows(located.mentions, [a.doc.id for a in analyses], located.names)
    return located


def _dedupe(mentions: list[PlaceMention]) -> list[PlaceMention]:
    """One mention per span (an entity and a run can cover the same words), in text order."""
    seen: set[tuple[str, int, int]] = set()
    out = []
    for m in sorted(mentions, key=lambda m: (m.doc, m.start, -m.end)):
        k = (m.doc, m.start, m.end)
        if k not in seen:
            seen.add(k)
            out.append(m)
    return out


def _rows(mentions: Sequence[PlaceMention], doc_order: Sequence[str], names: dict[int, str]) -> list[PlaceRow]:
    """The brief's ``places``: one row per place, most mentioned first (``names`` filled in)."""
    rank = {d: i for i, d in enumerate(doc_order)}
    by_place: dict[int, list[PlaceMention]] = defaultdict(list)
    for m in mentions:
        by_place[m.place.id].append(m)
    rows = []
    for ms in by_place.values():
        p = ms[0].place
        forms = Counter(" ".join(m.text.split()) for m in ms)
        official = next((f for f in forms if fold(f) == fold(p.name)), None)
        name = official or max(forms, key=lambda f: (forms[f], len(f), f))
        names[p.id] = name
        rows.append(
            PlaceRow(
                name=name,
                lat=round(p.lat, 4),
                lon=round(p.lon, 4),
                kind=p.kind,
                docs=sorted({m.doc for m in ms}, key=lambda d: rank.get(d, len(rank))),
                mentions=len(ms),
                country=p.country or None,
                aliases=sorted(f for f in forms if f != name),
                gazetteer_name=p.name if p.name != name and p.name not in forms else None,
                extent_km=round(p.radius_km) if p.kind != "city" else None,
            )
        )
    rows.sort(key=lambda r: (-r.mentions, -len(r.docs), r.name))
    return rows
