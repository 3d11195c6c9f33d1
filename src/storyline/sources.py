"""Sources stage: which documents are reprints of one another.

Ten reprints of one wire story are one source, not ten. Two documents whose
word 5-gram shingles overlap heavily (containment of the shorter in the longer)
are copies; the later one (by publication date, then input order) gets
``copy_of`` pointing at the earliest of its group. Independence counts use the
groups: every group is one independent source.

Two inputs that are one report (the same page saved twice, one text under two
names) are not a reprint: ``drop_repeats`` briefs the first and skips the others,
by the store's test (``content_hash``, so ``brief`` and ``add`` agree) and what
tells a second copy from a wire reprint (the same address, or the same input).

Two updates of one article (inputs47) are one source too, whatever their texts share: the same site's addresses
naming the same article id (``article_key``: Hindustan Times' ".../Protests-all-over-Kashmir-…/Article1-1094794.aspx"
and ".../Kashmir-tense-over-deaths-…/Article1-1094794.aspx", one report retitled between 12:45 and 13:52). They are
grouped like a reprint and shown as an update (``update_of``), not as another outlet's copy.

A report that retells another (inputs48: it credits that report's outlet and repeats its quotations word for
word, ``retold``) is one source with it too, shown as its retelling.

One newsroom is one voice (inputs52). Two reports of one outlet by different writers, or two stories of one wire
carried by two papers ("Washington Post (AP)", "The Review (AP)"), share no text a reprint test sees, yet what both
state is one newsroom saying it twice, not two sources confirming it. ``voice_groups`` joins the reprint groups
whose reports name the same newsroom (``newsroom``: the wire or origin an outlet credits in brackets, else the
outlet); the brief's count of independent reports and each claim's count of independent sources are counts of
these voices, and a report that is no copy but shares an earlier report's newsroom is shown as "same newsroom as"
it (``copy_kind``). A report of no known outlet is its own voice.

Two outlets printing one agency's text (a public broadcaster and a news channel each running one wire story, with a
line or two of their own) share too little of their whole texts for a reprint (0.08 at most, inputs54), yet what
they print is one agency's report. Sentence by sentence it shows (``wording``, claims70's measure): when at least
``MIN_WIRE_SENTENCES`` sentences of the shorter report, and ``WIRE_SENTENCE_SHARE`` of its sentences, are of one
wording with sentences of the other, the two are one agency text (inputs55): ``wire_of`` points at the first, they
are one voice, and the later one is shown as "reprints one agency text, as does" the first (``copy_kind``).

An outlet may rewrite the agency's text instead (inputs57): the same facts in the same order, few sentences of one
wording. Two reports are one agency text too when at least ``MIN_WIRE_SENTENCES`` sentences of the shorter are
reworded from sentences of the other (``wording.reworded_counts``: eight shared four-word phrases in a sentence)
and one of them credits a news agency (its outlet's bracketed credit, or its text naming an agency or "news
agencies": ``lexicon/agency_credits.txt``); the later one is shown as "rewrites one agency text, as does" the first.
Two independent reports of one event share names, figures and quotations (left out of the measure), seldom eight
phrases in three sentences. Nor six phrases in each of two sentences and four in a third (inputs59,
``CLOSE_REWORDINGS``): an outlet that rewrites an agency's text more freely keeps two of its sentences close
("Critics say that many of the abuses they fought under Mubarak have returned under …" / "Critics say that the
abuses they fought under Mubarak have returned with …") and a third near. Two close sentences alone are not enough:
a long name ("the European Convention on Terrorism, which requires …") and a quotation the measure cannot see (in
double apostrophes) made two independent reports of a bench story share two.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
from collections.abc import Mapping, Sequence
from urllib.parse import urlsplit

from . import lexicon
from .dates import RECENT_YEAR_PATTERN
from .ingest.titles import domain_keys, site_key
from .ingest.wiresource import credit_data
from .model import Document, Skipped
from .retold import retells, retold_of
from .text import shingles
from .unionfind import UnionFind
from .wording import (
    MIN_SHARED,
    Wording,
    reworded_counts,
    sentence_phrasings,
    sentence_wordings,
    shared_counts,
    shared_sentences,
)

COPY_CONTAINMENT = 0.5  # share of the shorter document's 5-grams found in the other
EXCERPTS_LATER = True
"""Switch: of one day's reports of a group, one mostly held in a report twice as long is not the original."""
EXCERPT_RATIO = 2.0
ARTICLE_UPDATES = True
"""Switch: two addresses of one site naming one article id are one report's updates (one source, shown so)."""
NEWSROOM_VOICES = True
"""Switch: reports of one newsroom (one outlet, or one wire on several hosts) are one independent voice (inputs52)."""
AGENCY_TEXTS = True
"""Switch: two reports that print many sentences of one wording are one agency text, one voice (inputs55)."""
REWORDED_AGENCY_TEXTS = True
"""Switch (inputs57): an agency's text reworded by an outlet that credits an agency is one agency text (docstring)."""
CLOSE_REWORDINGS = True
"""Switch (inputs59): two sentences of the shorter report sharing six 4-grams each with the other's, and a third four,
are one agency text reworded too, with an agency's credit (module docstring)."""
MIN_CLOSE_SENTENCES = 2
MIN_CLOSE_REWORDED = 6
MIN_NEAR_REWORDED = 4  # … and MIN_WIRE_SENTENCES sentences sharing this many
MIN_WIRE_SENTENCES = 3  # sentences of the shorter report of one wording with the other's, at least …
WIRE_SENTENCE_SHARE = 0.2  # … and this share of its sentences (bench clusters: one wire's successive stories 0.2–0.5)
_CREDITED = re.compile(r"\(([^()]+)\)\s*$")  # "Washington Post (AP)": the wire or origin the host credits
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)+")  # an outlet named by its address ("usatoday.com", "bbc.co.uk")
_ID_RUN = re.compile(r"(?<!\d)\d{5,}(?!\d)")  # an article id: a run of five digits or more in the address
_DAY_RUN = re.compile(rf"{RECENT_YEAR_PATTERN}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")  # yyyymmdd: a day, not an id


def article_key(url: str | None) -> str:
    """The site and the article id an address names ("hindustantimes.com 1094794"), "" when it names none: the
    last run of five digits or more of its path and query that is not a yyyymmdd day."""
    address = _address(url)
    host, _, rest = address.partition("/")
    runs = [r for r in _ID_RUN.findall(rest) if not (len(r) == 8 and _DAY_RUN.fullmatch(r))]
    return f"{host} {runs[-1]}" if host and runs else ""


def _same_article(a: Document, b: Document) -> bool:
    key = article_key(a.url) if ARTICLE_UPDATES else ""
    return bool(key) and key == article_key(b.url)


def update_of(doc: Document, docs: Sequence[Document]) -> str | None:
    """The id of the document ``doc`` is another update of (one site's same article, earlier in ``docs``, in the
    same source group), or None: a copy with none is a reprint of its ``copy_of``."""
    if not doc.copy_of:
        return None
    group = doc.copy_of
    for other in docs:
        if other.id == doc.id:
            return None
        if (other.copy_of or other.id) == group and _same_article(doc, other):
            return other.id
    return None


def excerpt_of(doc: Document, docs: Sequence[Document]) -> str | None:
    """The id of the report ``doc`` is an excerpt of, or None: its original is the same outlet's and holds
    ``EXCERPT_RATIO`` times its text (one site's video page of its article's first lines, inputs50)."""
    original = next((d for d in docs if doc.copy_of and d.id == doc.copy_of), None)
    if original is None or not EXCERPTS_LATER or not doc.outlet or doc.outlet != original.outlet:
        return None
    return original.id if len(shingles(original.text)) >= EXCERPT_RATIO * len(shingles(doc.text)) > 0 else None


def newsroom(doc: Document) -> str:
    """The newsroom a report speaks for, as compared ("ap" for "Washington Post (AP)" and for "AP", "usatoday" for
    "USA TODAY" and "usatoday.com"): the name its outlet credits in brackets, else the outlet; "" when unknown."""
    outlet = (doc.outlet or "").strip()
    m = _CREDITED.search(outlet)
    name = (m.group(1) if m else outlet).strip()
    wire = credit_data().get("wires", {}).get(name.lower())
    if isinstance(wire, dict):
        name = str(wire["name"])
    if _DOMAIN.fullmatch(name):
        name = min(domain_keys(name.lower()), key=len, default=name)  # "usatoday.com" -> "usatoday"
    return site_key(name).removeprefix("the")


def voice_groups(docs: Sequence[Document], agency: bool = True) -> dict[str, str]:
    """Document id → the first report (in ``docs`` order) of its voice: its reprint group (``source_groups``)
    joined with every group whose reports share its ``newsroom``, and (``agency``) with the reports printing one
    agency text with it (``wire_of``; module docstring)."""
    uf: UnionFind[str] = UnionFind()
    rooms: dict[str, str] = {}
    for d in docs:
        uf.union(d.copy_of or d.id, d.id)
        if d.wire_of and AGENCY_TEXTS and agency:
            uf.union(d.wire_of, d.id)
        room = newsroom(d) if NEWSROOM_VOICES else ""
        if room:
            uf.union(rooms.setdefault(room, d.id), d.id)
    first: dict[str, str] = {}
    for d in docs:
        first.setdefault(uf.find(d.id), d.id)
    return {d.id: first[uf.find(d.id)] for d in docs}


def same_newsroom_as(doc: Document, docs: Sequence[Document]) -> str | None:
    """The id of the first report before ``doc`` in ``docs`` of its voice when ``doc`` is no copy: one newsroom's
    other report, not a reprint (module docstring); else None."""
    if doc.copy_of or not NEWSROOM_VOICES or not newsroom(doc):
        return None
    voice = voice_groups(docs, agency=False)
    for other in docs:
        if other.id == doc.id:
            return None
        if voice.get(other.id) == voice.get(doc.id) and (other.copy_of or other.id) != doc.id:
            return other.id  # (a copy of ``doc`` itself is shown as its copy, not ``doc`` as its newsroom's)
    return None


def copy_kind(doc: Document, docs: Sequence[Document]) -> tuple[str, str] | None:
    """How ``doc`` copies a report of its source group, and which: ("update of", id), ("retells", id), ("excerpt
    of", id) or ("reprint of", its ``copy_of``); ("same newsroom as", id) for one newsroom's other report
    (``same_newsroom_as``); ("reprints one agency text, as does", its ``wire_of``) for a report printing one agency
    text with an earlier one; None when it is neither."""
    if not doc.copy_of:
        other = same_newsroom_as(doc, docs)
        if other is None and doc.wire_of and AGENCY_TEXTS:
            return _agency_kind(doc, docs), doc.wire_of
        return None if other is None else ("same newsroom as", other)
    if (update := update_of(doc, docs)) is not None:
        return "update of", update
    if (retold := retold_of(doc, docs)) is not None:
        return "retells", retold
    if (excerpt := excerpt_of(doc, docs)) is not None:
        return "excerpt of", excerpt
    return "reprint of", doc.copy_of


def _order_key(index: int, doc: Document) -> tuple[int, str, int]:
    return (0 if doc.published else 1, doc.published.isoformat() if doc.published else "", index)


def mark_copies(docs: Sequence[Document], threshold: float = COPY_CONTAINMENT) -> list[Document]:
    """Documents with ``copy_of`` set on reprints (a new list; inputs untouched)."""
    sh = [shingles(d.text) for d in docs]
    uf: UnionFind[int] = UnionFind()
    for i in range(len(docs)):
        for j in range(i + 1, len(docs)):
            small = min(len(sh[i]), len(sh[j]))
            if docs[i].story != docs[j].story or (small == 0 and not _same_article(docs[i], docs[j])):
                continue
            if _reprints(docs[i], docs[j], sh[i], sh[j], threshold):
                uf.union(i, j)
    retellers = _retellings(docs, uf)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(uf.find(i), []).append(i)
    out = list(docs)
    for members in groups.values():
        if len(members) < 2:
            continue
        excerpts = _excerpts(members, docs, sh, threshold)
        first = min(members, key=lambda k: (k in retellers, _order_key(k, docs[k])[:2], k in excerpts, k))
        for k in members:
            if k != first:
                out[k] = dataclasses.replace(docs[k], copy_of=docs[first].id)
    return _mark_agency_texts(out)


def _reprints(a: Document, b: Document, sa: set[tuple[str, ...]] | frozenset[tuple[str, ...]],
              sb: set[tuple[str, ...]] | frozenset[tuple[str, ...]], threshold: float = COPY_CONTAINMENT) -> bool:
    """Whether two reports of one story are one report's copies: one article's updates, or the shorter one's
    5-grams (``sa``, ``sb``) mostly in the other."""
    small = min(len(sa), len(sb))
    return _same_article(a, b) or (small > 0 and len(sa & sb) / small >= threshold)


@dataclasses.dataclass(frozen=True, slots=True)
class Voice:
    """What the count of independent sources reads of one report: the report, its 5-grams, its sentences' wordings."""

    doc: Document
    shingles: frozenset[tuple[str, ...]]
    wordings: list[Wording]
    grams: frozenset[tuple[str, ...]]  # every sentence's 6-grams: two sharing fewer than MIN_SHARED share no sentence
    phrasings: list[Wording] = dataclasses.field(default_factory=list)  # each sentence's 4-grams (``_reworded``)
    agency: bool = False  # the report credits a news agency (``credits_agency``)


def voice_features(doc: Document) -> Voice:
    """``doc``'s ``Voice`` (computed once per report where reports are compared one by one: the store)."""
    wordings = sentence_wordings(doc.text) if AGENCY_TEXTS else []
    agency = AGENCY_TEXTS and REWORDED_AGENCY_TEXTS and credits_agency(doc)
    return Voice(doc, frozenset(shingles(doc.text)), wordings, frozenset().union(*wordings),
                 sentence_phrasings(doc.text), agency)


def one_voice(a: Voice, b: Voice) -> bool:
    """Whether two reports of one story are one voice by themselves: copies (``_reprints``), one retelling the
    other, one newsroom's, or one agency text. The voices ``voice_groups`` counts over ``mark_copies`` are the
    groups these pairs join (the store joins a new report to its story's voices by it, inputs56)."""
    if a.doc.story != b.doc.story:
        return False
    if _reprints(a.doc, b.doc, a.shingles, b.shingles) or retells(a.doc, b.doc) or retells(b.doc, a.doc):
        return True
    room = newsroom(a.doc) if NEWSROOM_VOICES else ""
    if room and room == newsroom(b.doc):
        return True
    if AGENCY_TEXTS and len(a.grams & b.grams) >= MIN_SHARED and one_agency_text(a.wordings, b.wordings):
        return True
    return AGENCY_TEXTS and REWORDED_AGENCY_TEXTS and (a.agency or b.agency) and _reworded(a.phrasings, b.phrasings)


def one_agency_text(a: list[Wording], b: list[Wording]) -> bool:
    """Whether two reports, by their sentences' wordings (``wording.sentence_wordings``), print one agency text
    (module docstring): many of the shorter one's sentences are of one wording with the other's."""
    short, other = (a, b) if len(a) <= len(b) else (b, a)
    return len(short) >= MIN_WIRE_SENTENCES and _agency(len(short), shared_sentences(short, other))


_AGENCY_NAMES = [e for e in lexicon.entries("agency_credits") if not e[0].islower()]
_AGENCY_CREDIT = re.compile(r"\b(?:" + lexicon.alternation(_AGENCY_NAMES) + r"|(?i:"
                            + lexicon.alternation(e for e in lexicon.entries("agency_credits") if e[0].islower())
                            + r"))\b")


def credits_agency(doc: Document) -> bool:
    """Whether ``doc`` credits a news agency: its outlet credits one in brackets ("DW (with AFP)"), or its text or
    a byline cleaning cut from it names one or "news agencies" (``lexicon/agency_credits.txt``)."""
    if _CREDITED.search(doc.outlet or "") or _AGENCY_CREDIT.search(doc.text) is not None:
        return True
    # the closing credit cleaning cut from a record's text ("Source: News agencies", ``clean.closingcredit``)
    return any(r.reason == "byline" and _AGENCY_CREDIT.search(r.text) for r in doc.removed)


def _reworded(a: list[Wording], b: list[Wording]) -> bool:
    """Whether ``MIN_WIRE_SENTENCES`` sentences of the shorter of two reports (their ``sentence_phrasings``) are
    reworded from the other's (module docstring)."""
    # fewer sentences than that cannot hold that many reworded ones: no index built
    if min(len(a), len(b)) < MIN_WIRE_SENTENCES:
        return False
    return _shorter_reworded(reworded_counts([a, b]), [a, b], 0, 1, _close_counts([a, b]))


Counts = Mapping[tuple[int, int], int]


def _close_counts(phrasings: Sequence[list[Wording]]) -> tuple[Counts, Counts]:
    """``reworded_counts`` at ``MIN_CLOSE_REWORDED`` and ``MIN_NEAR_REWORDED`` shared 4-grams (``CLOSE_REWORDINGS``;
    empty when off)."""
    if not CLOSE_REWORDINGS:
        return {}, {}
    return reworded_counts(phrasings, MIN_CLOSE_REWORDED), reworded_counts(phrasings, MIN_NEAR_REWORDED)


def _shorter_reworded(counts: Counts, phrasings: Sequence[list[Wording]], i: int, j: int,
                      close: tuple[Counts, Counts]) -> bool:
    """Whether ``MIN_WIRE_SENTENCES`` sentences of the shorter of reports i and j are reworded from the other's, or
    ``MIN_CLOSE_SENTENCES`` closely and ``MIN_WIRE_SENTENCES`` nearly (``counts``, ``close``: ``reworded_counts`` of
    ``phrasings`` at eight, six and four 4-grams; a count never exceeds its report's sentences)."""
    short, other = (i, j) if len(phrasings[i]) <= len(phrasings[j]) else (j, i)
    if len(phrasings[short]) < MIN_WIRE_SENTENCES:
        return False
    pair = (short, other)
    near = close[0].get(pair, 0) >= MIN_CLOSE_SENTENCES and close[1].get(pair, 0) >= MIN_WIRE_SENTENCES
    return counts.get((short, other), 0) >= MIN_WIRE_SENTENCES or near


def _agency_kind(doc: Document, docs: Sequence[Document]) -> str:
    """How ``doc`` shares its agency text with its ``wire_of``: "reprints" when sentences of one wording make them
    one, "rewrites" when only reworded sentences do."""
    first = next((d for d in docs if d.id == doc.wire_of), None)
    if first is None or one_agency_text(sentence_wordings(doc.text), sentence_wordings(first.text)):
        return "reprints one agency text, as does"
    return "rewrites one agency text, as does"


def _agency(short: int, shared: int) -> bool:
    """``one_agency_text`` given the shorter report's sentence count and how many of them the other prints."""
    return short >= MIN_WIRE_SENTENCES and shared >= MIN_WIRE_SENTENCES and shared >= WIRE_SENTENCE_SHARE * short


def _mark_agency_texts(docs: list[Document]) -> list[Document]:
    """``docs`` with ``wire_of`` set on every report that prints one agency text with another (pairs of every report
    of one story, copies too, so the groups are those ``one_voice``'s pairs make): each group's reports point at its
    first (a report that is no copy, by publication date, then input order); the shared sentences of every pair
    counted in one pass (``wording.shared_counts``)."""
    if not AGENCY_TEXTS or len(docs) < 2:
        return docs
    wordings = [sentence_wordings(d.text) for d in docs]
    shared = shared_counts(wordings)
    uf: UnionFind[int] = UnionFind()
    for i, j in shared:
        if i < j and docs[i].story == docs[j].story:
            short, other = (i, j) if len(wordings[i]) <= len(wordings[j]) else (j, i)
            if _agency(len(wordings[short]), shared.get((short, other), 0)):
                uf.union(i, j)
    for i, j in _reworded_pairs(docs):
        uf.union(i, j)
    groups: dict[int, list[int]] = {}
    for i in range(len(docs)):
        groups.setdefault(uf.find(i), []).append(i)
    out = list(docs)
    for members in groups.values():
        first = min(members, key=lambda k: (bool(docs[k].copy_of), _order_key(k, docs[k])[:2], k))
        for k in members:
            if k != first and not (docs[k].copy_of and docs[k].copy_of == docs[first].id):
                out[k] = dataclasses.replace(docs[k], wire_of=docs[first].id)
    return out


def _reworded_pairs(docs: Sequence[Document]) -> list[tuple[int, int]]:
    """The pairs (i < j) of one story that print one agency text reworded (module docstring): one of them credits
    an agency and ``MIN_WIRE_SENTENCES`` sentences of the shorter are reworded from the other's (or
    ``MIN_CLOSE_SENTENCES`` closely)."""
    if not REWORDED_AGENCY_TEXTS:
        return []
    credited = [credits_agency(d) for d in docs]
    if not any(credited):
        return []
    phrasings = [sentence_phrasings(d.text) for d in docs]
    counts = reworded_counts(phrasings)
    close = _close_counts(phrasings)
    out = []
    for i, j in sorted({*counts, *close[0]}):
        if (i < j and docs[i].story == docs[j].story and (credited[i] or credited[j])
                and _shorter_reworded(counts, phrasings, i, j, close)):
            out.append((i, j))
    return out


def _excerpts(
    members: Sequence[int], docs: Sequence[Document], sh: Sequence[set[tuple[str, ...]]], threshold: float
) -> set[int]:
    """The members whose shingles are mostly (``threshold``) in a member of the same day ``EXCERPT_RATIO`` times
    their size: excerpts, never a group's original when that fuller report is in it."""
    if not EXCERPTS_LATER:
        return set()
    found: set[int] = set()
    for k in members:
        for m in members:
            fuller = len(sh[m]) >= EXCERPT_RATIO * len(sh[k]) > 0 and docs[m].published == docs[k].published
            if m != k and fuller and len(sh[k] & sh[m]) / len(sh[k]) >= threshold:
                found.add(k)
    return found


def _retellings(docs: Sequence[Document], uf: UnionFind[int]) -> set[int]:
    """Join each report that retells another (``retold.retells``) to its group; the retellings' indices (a group's
    first report is one that retells none)."""
    found: set[int] = set()
    for i, doc in enumerate(docs):
        for j, other in enumerate(docs):
            if i != j and retells(doc, other):
                uf.union(i, j)
                found.add(i)
    return found


def source_groups(docs: Sequence[Document]) -> dict[str, str]:
    """Document id → id of the independent source it belongs to (itself, or the original)."""
    return {d.id: d.copy_of or d.id for d in docs}


def independent_count(doc_ids: Sequence[str], docs: Sequence[Document]) -> int:
    """How many independent sources (voices: reprints and one newsroom's reports count once) the given documents
    amount to."""
    group = voice_groups(docs)
    return len({group.get(d, d) for d in doc_ids})


VOICES_VERSION = "3"  # 2: an agency text reworded (inputs57); 3: two sentences closely, a cut credit (inputs59)
"""The count rule's version (``independent_sources``): a store whose stories were counted by another recounts them
when it is opened (``store.api``), so its list and its briefs never disagree."""


def story_voices(docs: Sequence[Document]) -> dict[str, str]:
    """Document id → the first report of its voice, as a story's brief counts them: ``mark_copies`` (reprints,
    updates, retellings, one agency text), then ``voice_groups`` (one newsroom once). The one rule a brief's first
    line, a folder's story ranking and the store's story list share (issue 13), so they agree."""
    return voice_groups(mark_copies(docs))


def independent_sources(docs: Sequence[Document]) -> int:
    """How many independent sources a story's reports are (``story_voices``)."""
    return len(set(story_voices(docs).values()))


def one_newsroom(doc_ids: Sequence[str], docs: Sequence[Document]) -> bool:
    """Whether the given documents are all reports of one named newsroom (``newsroom``): one voice, however many
    reports, so a figure only they give is one source's (claims' ``single``). Reprints of a wire story on other
    hosts are not one newsroom here unless their outlets credit it."""
    rooms = {d.id: newsroom(d) if NEWSROOM_VOICES else "" for d in docs}
    names = {rooms.get(d, "") for d in doc_ids}
    return len(names) == 1 and "" not in names


def content_hash(doc: Document) -> str:
    """What makes two reports the same report: their cleaned text (the store's key, ``store.analyses``)."""
    return hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def _address(url: str | None) -> str:
    """A page's address without what two captures of it may differ in: scheme, "www.", a fragment, a final "/"."""
    if not url:
        return ""
    parts = urlsplit(url.strip())
    host = parts.netloc.lower().removeprefix("www.")
    return f"{host}{parts.path.rstrip('/')}{'?' + parts.query if parts.query else ''}" if host else ""


def _repeat_reason(first: Document, doc: Document, given: Mapping[str, str]) -> str | None:
    """Why ``doc`` is ``first`` again (None when it may be a reprint: another outlet, another address).
    Both have the same cleaned text; a second copy also has the same address, or is the same input read
    (the same raw text) with no address or outlet that tells them apart."""
    if first.story != doc.story:
        return None
    here, there = _address(first.url), _address(doc.url)
    if here and here == there:
        return f"same text as {first.id}, from the same address ({doc.url}): one report saved twice, briefed once"
    if here or there or (first.outlet and doc.outlet and first.outlet != doc.outlet):
        return None
    if first.id in given and given.get(first.id) == given.get(doc.id):
        return f"same text as {first.id}, an identical input: one report given twice, briefed once"
    return None


def drop_repeats(docs: Sequence[Document], given: Mapping[str, str]) -> tuple[list[Document], list[Skipped]]:
    """``docs`` without second copies of one report, and each copy skipped with its reason naming the first.
    ``given``: each document's input text as read (``RawDocument.text``), to tell an identical input."""
    firsts: dict[str, list[Document]] = {}
    kept: list[Document] = []
    skipped: list[Skipped] = []
    for doc in docs:
        same = firsts.setdefault(content_hash(doc), [])
        reason = next((r for f in same if (r := _repeat_reason(f, doc, given)) is not None), None)
        if reason is None:
            same.append(doc)
            kept.append(doc)
        else:
            skipped.append(Skipped(doc.id, reason))
    return kept, skipped
