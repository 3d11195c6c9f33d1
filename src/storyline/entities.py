"""Entities stage: people, organisations and places merged across documents.

One actor appears under many names across reports: "Vladimir Putin", "Putin",
"Mr. Putin"; "Sergei Shoigu" and "Sergei Shoygu"; "ISIS", "ISIL", "IS",
"Islamic State", "Isis". Mentions (from the shared parse) are merged when

- their names agree once honorifics, possessives, "the", case, accents and
  British/American spelling ("Defence"/"Defense") are set aside;
- a known group's alias table says so (a short curated list of well-known
  armed groups and institutions whose names are not derivable);
- one is the acronym of the other ("FSA" / "Free Syrian Army");
- a one-word person name is the surname (or the only first name) of exactly one
  longer name ("Putin" → "Vladimir Putin");
- two person names differ by one letter in a long word ("Shoigu"/"Shoygu").

Places come from the places stage when it has run (``Located``): a mention the
gazetteer resolved is a place whatever the model called it (Homs tagged ORG), a
surname the model tagged as a place is a person. A document's own outlet is not
an entity of that document, and lower-case or generic fragments are junk.

This module is imported by ``places`` for the alias table and the person-name
parts; it imports nothing from ``places`` at run time (the result is passed in).
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from .gazetteer import fold
from .model import Analysis, Entity, EntityKind, Located, Mention

_HONORIFIC_WORDS = (
    r"Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Gen|Lt|Col|Maj|Capt|Cpt|Adm|Sgt|Cpl|Sen|Rep|Gov|Rev|Hon|Sir|Dame|Lord|Lady"
    r"|President|Vice President|Prime Minister|Minister|Secretary|Chancellor|King|Queen|Prince|Princess"
    r"|Pope|Sheikh|Ayatollah|Mayor|Governor|Senator|General|Judge|Justice|Pastor|Father|Imam"
)
_HONORIFIC = re.compile(rf"^(?:(?:{_HONORIFIC_WORDS})\.?\s+)+")
_HONORIFIC_BEFORE = re.compile(rf"\b((?:{_HONORIFIC_WORDS})\.?)\s+$")
_POSSESSIVE = re.compile(r"['’]s?$")
_THE = re.compile(r"^the\s+", re.I)
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]\.)+$|\b(?:Jr|Sr|Inc|Co|Corp|Ltd)\.$")
_SPELLING = [(re.compile(p), r) for p, r in (
    (r"defence", "defense"), (r"offence", "offense"), (r"centre", "center"), (r"organisation", "organization"),
    (r"programme", "program"), (r"labour", "labor"), (r"qaida", "qaeda"),
    (r"\b(ministry|department) of (\w+)$", r"\2 \1"),  # "Ministry of Defense" = "Defense Ministry"
)]
_ACRONYM_SKIP = frozenset("of for the and in on at to de du la el al".split())
# Generic words the model tags as organisations on their own ("the Defense", "state").
_GENERIC = frozenset(
    "defense state government ministry army navy police military administration department office "
    "forces agency council committee court party group media hospital university school church".split()
)
_PARTICLES = frozenset("al el bin ibn abu van von der de da di le la".split())

# Well-known groups and institutions whose names are not derivable from each other.
# Canonical name → aliases (any case; compared folded).
KNOWN_ORGS: dict[str, tuple[str, ...]] = {
    "Islamic State": (
        "ISIS", "ISIL", "IS", "Daesh", "Daish", "Islamic State group", "Islamic State of Iraq and the Levant",
        "Islamic State of Iraq and Syria", "Islamic State in Iraq and Syria", "Islamic State of Iraq and al-Sham",
        "Islamic State militants",
    ),
    "al-Qaeda": ("al Qaeda", "al-Qaida", "al Qaida", "Al Qaeda", "al-Qa'ida"),
    "Nusra Front": ("al-Nusra Front", "al-Nusra", "Jabhat al-Nusra", "Nusra"),
    "United Nations": ("UN", "U.N.", "the UN", "UN Security Council"),
    "NATO": ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation"),
    "European Union": ("EU", "E.U."),
    "Hezbollah": ("Hizbollah", "Hizballah", "Hizbullah"),
    "Free Syrian Army": ("FSA",),
    "Kurdistan Workers' Party": ("PKK",),
    "People's Protection Units": ("YPG",),
    "Syrian Democratic Forces": ("SDF",),
    "Pentagon": ("US Department of Defense", "Department of Defense", "Defense Department", "DoD"),
    "State Department": ("US State Department", "U.S. State Department", "Department of State"),
    "Kremlin": ("the Kremlin",),
}
_ORG_ALIAS: dict[str, str] = {}
for _canon, _aliases in KNOWN_ORGS.items():
    for _a in (_canon, *_aliases):
        _ORG_ALIAS[fold(_THE.sub("", _a))] = _canon


def display_form(name: str) -> str:
    """A mention as shown among aliases: whitespace collapsed, "the" and possessive dropped."""
    name = _THE.sub("", " ".join(name.split()))
    name = _POSSESSIVE.sub("", name).strip(" ,;:\"“”'’()[]")
    if name.endswith(".") and not _ABBREVIATION_END.search(name):
        name = name[:-1]
    return name


def clean_name(name: str) -> str:
    """A mention as a name: ``display_form`` without honorifics ("Mr. Putin" → "Putin")."""
    return display_form(_HONORIFIC.sub("", display_form(name)))


def name_key(name: str) -> str:
    """Comparison key: folded, British spellings made American."""
    k = fold(clean_name(name))
    for pat, rep in _SPELLING:
        k = pat.sub(rep, k)
    return k


def known_org(name: str) -> str | None:
    """The canonical name of a well-known group this name is an alias of."""
    return _ORG_ALIAS.get(fold(clean_name(name)))


def is_known_org(name: str) -> bool:
    return known_org(name) is not None


def acronym(name: str) -> str:
    """Initials of a multi-word name, skipping function words: "Free Syrian Army" → "fsa"."""
    words = [w for w in re.split(r"[\s-]+", clean_name(name)) if w]
    initials = [w[0] for w in words if w.lower() not in _ACRONYM_SKIP and w[:1].isupper()]
    return "".join(initials).lower() if len(initials) >= 2 else ""


def person_name_parts(analyses: Sequence[Analysis]) -> dict[str, int]:
    """Folded surnames and first names of the story's people, with how often each is used.

    A word counts when it is the first or last word of a multi-word PERSON
    mention, or a one-word PERSON mention after an honorific ("Mr. Putin").
    The places stage keeps such words out of the gazetteer ("Obama" is a town in Japan).
    """
    parts: Counter[str] = Counter()
    singles: Counter[str] = Counter()
    for a in analyses:
        for m in a.mentions:
            if m.kind != "person":
                continue
            words = [w for w in clean_name(m.text).split() if fold(w) not in _PARTICLES]
            if len(words) >= 2:
                for w in (words[0], words[-1], re.sub(r"^(?:al|el)-", "", words[-1])):
                    parts[fold(w)] += 1
            elif len(words) == 1:
                before = a.doc.text[max(0, m.start - 20) : m.start]
                if _HONORIFIC_BEFORE.search(before):
                    parts[fold(words[0])] += 1
                singles[fold(words[0])] += 1
    return {w: n + singles.get(w, 0) for w, n in parts.items() if w}


def _edit1(a: str, b: str) -> bool:
    """True when ``a`` and ``b`` differ by exactly one substitution, insertion or deletion."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    if len(a) > len(b):
        a, b = b, a
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i:] == b[i + 1 :]


def _near_spelling(a: str, b: str) -> bool:
    """Person names alike but for one letter in a long word: "sergei shoigu" / "sergei shoygu"."""
    wa, wb = a.split(), b.split()
    if len(wa) != len(wb):
        return False
    diffs = [(x, y) for x, y in zip(wa, wb, strict=True) if x != y]
    return (
        len(diffs) == 1
        and len(diffs[0][0]) >= 6
        and diffs[0][0][0] == diffs[0][1][0]
        and _edit1(*diffs[0])
    )


def _outlet_keys(analysis: Analysis) -> set[str]:
    """Names of the document's own outlet ("The Guardian", "guardian.com")."""
    keys = set()
    doc = analysis.doc
    if doc.outlet:
        keys.add(name_key(doc.outlet))
    if doc.url:
        host = re.sub(r"^[a-z]+://", "", doc.url).split("/")[0].lower()
        host = re.sub(r"^(?:www|m|edition|amp)\.", "", host)
        keys.add(fold(re.sub(r"^the", "", host.split(".")[0])))
    return {k for k in keys if len(k) >= 2}


class _Union:
    def __init__(self) -> None:
        self.parent: dict[tuple[EntityKind, str], tuple[EntityKind, str]] = {}

    def find(self, k: tuple[EntityKind, str]) -> tuple[EntityKind, str]:
        self.parent.setdefault(k, k)
        while self.parent[k] != k:
            self.parent[k] = self.parent[self.parent[k]]
            k = self.parent[k]
        return k

    def union(self, a: tuple[EntityKind, str], b: tuple[EntityKind, str]) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[rb] = ra


def _is_junk(name: str) -> bool:
    """Fragments no reader wants listed: lower-case starts, digits only, generic words."""
    if len(name) < 2 or not name[:1].isupper() and not name[:1].isdigit():
        return True
    if not any(ch.isalpha() for ch in name) or len(name.split()) > 8:
        return True
    return name_key(name) in _GENERIC


def merge_entities(analyses: Sequence[Analysis], located: Located | None = None) -> list[Entity]:
    """Entities ordered by how many documents mention them, then by mentions, kind and name."""
    place_by_doc: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    not_places: set[tuple[str, int, int]] = set()
    if located is not None:
        for pm in located.mentions:
            place_by_doc[pm.doc].append((pm.start, pm.end, located.names.get(pm.place.id, pm.text)))
        not_places = located.not_places
    surnames = {
        fold(words[-1])
        for a in analyses
        for m in a.mentions
        if m.kind == "person" and len(words := clean_name(m.text).split()) >= 2
    }

    # a name a number counts ("26 Kalibr missiles") is a thing, unless it is also used as a name alone
    def key_of(m: Mention) -> str:
        return name_key(clean_name(display_form(m.text)))

    mentions = [m for a in analyses for m in a.mentions]
    counted_only = {key_of(m) for m in mentions if m.counted and fold(clean_name(m.text)) not in surnames}
    counted_only -= {key_of(m) for m in mentions if not m.counted}

    # (kind, key) -> surface forms, docs, mention count
    forms: dict[tuple[EntityKind, str], Counter[str]] = defaultdict(Counter)
    docs: dict[tuple[EntityKind, str], list[str]] = defaultdict(list)
    display: dict[tuple[EntityKind, str], str] = {}
    kind_votes: dict[str, Counter[EntityKind]] = defaultdict(Counter)

    def add(kind: EntityKind, k: str, form: str, doc_id: str, name: str | None = None) -> None:
        key_ = (kind, k)
        forms[key_][form] += 1
        if doc_id not in docs[key_]:
            docs[key_].append(doc_id)
        if name:
            display[key_] = name
        kind_votes[k][kind] += 1

    for a in analyses:
        outlet = _outlet_keys(a)
        covered: set[tuple[int, int]] = set()
        for m in a.mentions:
            form = display_form(m.text)
            name = clean_name(form)
            placed = next(
                (p for p in place_by_doc.get(m.doc, []) if m.start <= p[0] and p[1] <= m.end), None
            )
            if placed is not None:
                covered.add((placed[0], placed[1]))
                add("place", "@" + name_key(placed[2]), form, m.doc, placed[2])
                continue
            if _is_junk(name) or name_key(name) in outlet or name_key(name) in counted_only:
                continue
            canon = known_org(name)
            if canon is not None:
                add("org", name_key(canon), _with_honorific(a, m, form), m.doc, canon)
                continue
            kind: EntityKind = m.kind
            if (m.doc, m.start, m.end) in not_places or (m.kind != "person" and fold(name) in surnames):
                kind = "person"  # a surname the model tagged as a place or an organisation ("Calloway")
            add(kind, name_key(name), _with_honorific(a, m, form), m.doc)
        for start, end, pname in place_by_doc.get(a.doc.id, []):
            if (start, end) not in covered and not any(s <= start and end <= e for s, e in covered):
                text = a.doc.text[start:end]
                add("place", "@" + name_key(pname), display_form(text), a.doc.id, pname)

    uf = _Union()
    keys = list(forms)
    for k in keys:
        uf.find(k)
    # one key, several kinds: the majority kind wins (ties: person, then org)
    for k in keys:
        votes = kind_votes[k[1]]
        if len(votes) > 1:
            best = max(votes, key=lambda kd: (votes[kd], kd == "person", kd == "org"))
            uf.union((best, k[1]), k)
    by_kind: dict[EntityKind, list[tuple[EntityKind, str]]] = defaultdict(list)
    for k in keys:
        by_kind[k[0]].append(k)
    # acronyms: "FSA" joins "Free Syrian Army"
    orgs = by_kind["org"]
    acr = {acronym(max(forms[k], key=forms[k].__getitem__)): k for k in orgs if " " in k[1]}
    for k in orgs:
        if " " not in k[1] and k[1] in acr and acr[k[1]] != k:
            uf.union(acr[k[1]], k)
    # a one-word organisation joins the single longer one it starts ("Brannock" → "Brannock Freight")
    for k in orgs:
        if " " not in k[1]:
            longer_orgs = {uf.find(o) for o in orgs if " " in o[1] and o[1].split()[0] == k[1]}
            if len(longer_orgs) == 1:
                uf.union(next(iter(longer_orgs)), k)
    # one-word person names join the single longer name they end (or start)
    persons = by_kind["person"]
    multi = [k for k in persons if " " in k[1]]
    # "Ash Carter" / "Ashton Carter": same surname, one first name a prefix of the other
    for i, a_ in enumerate(multi):
        for b_ in multi[i + 1 :]:
            fa, fb = a_[1].split(), b_[1].split()
            if len(fa) == len(fb) == 2 and fa[1] == fb[1] and min(len(fa[0]), len(fb[0])) >= 3 and (
                fa[0].startswith(fb[0]) or fb[0].startswith(fa[0])
            ):
                uf.union(a_, b_)
    for k in persons:
        if " " in k[1]:
            continue
        longer = [p for p in multi if p[1].split()[-1] == k[1] or p[1].split()[-1] == "al " + k[1]]
        if not longer:
            longer = [p for p in multi if p[1].split()[0] == k[1]]
        roots = {uf.find(p) for p in longer}
        if len(roots) == 1:
            uf.union(longer[0], k)
    # near-identical spellings of one person
    for i, a_ in enumerate(persons):
        for b_ in persons[i + 1 :]:
            if _near_spelling(a_[1], b_[1]):
                uf.union(a_, b_)

    groups: dict[tuple[EntityKind, str], list[tuple[EntityKind, str]]] = defaultdict(list)
    for k in keys:
        groups[uf.find(k)].append(k)
    entities = []
    for root, members in groups.items():
        kind = root[0]
        all_forms: Counter[str] = Counter()
        for k in members:
            all_forms.update(forms[k])
        named = [display[k] for k in members if k in display]
        if named:
            name = Counter(named).most_common(1)[0][0]
        else:
            cleaned: Counter[str] = Counter()
            for f, n in all_forms.items():
                cleaned[clean_name(f)] += n
            name = _choose_name(kind, cleaned)
        doc_ids: list[str] = []
        for k in members:
            doc_ids.extend(d for d in docs[k] if d not in doc_ids)
        aliases = sorted(({f for f in all_forms} | {clean_name(f) for f in all_forms}) - {name})
        entities.append((sum(all_forms.values()), Entity(name=name, kind=kind, aliases=aliases, docs=doc_ids)))
    order = {a.doc.id: i for i, a in enumerate(analyses)}
    for _, e in entities:
        e.docs.sort(key=lambda d: order.get(d, len(order)))
    entities.sort(key=lambda ne: (-len(ne[1].docs), -ne[0], ne[1].kind, ne[1].name))
    return [e for _, e in entities]


def _choose_name(kind: EntityKind, forms: Counter[str]) -> str:
    """A person by the fullest form used; others by the most used full (non-acronym) form."""
    if kind == "person":
        # the fullest form, then the spelling the bare surnames agree with ("Shoigu" backs "Sergei Shoigu")
        def support(f: str) -> int:
            last = f.split()[-1]
            return forms[f] + sum(n for g, n in forms.items() if g == last and g != f)

        return max(forms, key=lambda f: (len(f.split()), support(f), len(f), f))
    spelled = [f for f in forms if not f.replace(".", "").isupper()] or list(forms)
    return max(spelled, key=lambda f: (forms[f], len(f), f))


def _with_honorific(a: Analysis, m: Mention, form: str) -> str:
    """"Mr. Putin" when the text says so: the honorific sits just outside the model's span."""
    if m.kind != "person":
        return form
    hit = _HONORIFIC_BEFORE.search(a.doc.text[max(0, m.start - 20) : m.start])
    return f"{hit.group(1)} {form}" if hit else form
