"""What the support judge reads from one parsed text, and the checks that compare two readings.

A reading holds what decides whether a passage states what a sentence states: its content
words (all, and those of the claim itself), the names it mentions, its figures and clock
times, the claim's main verb with its negation and hedging, the named subject, the weekdays
it names and the words it quotes. The checks compare two readings and name the conflict
(figures, negation, modality, actor, day, quotation) that rules a citation out.

Figures are read as the claims table reads them (``claims.numbers``); that, and quotation
regions (``claims.attribution``), are the judge's one use of the claims stage (``_claims``),
which is why ``support`` sits above the stages until figure reading moves down.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from itertools import permutations
from typing import Any

from .. import lexicon
from ..parses import text_of
from ..text import STOPWORDS, WORDS, content_terms, stem, words
from .forecast import claim_tense

_ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
_TITLE_LABELS = frozenset({"WORK_OF_ART"})  # a number in a title names, it does not count
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_CLOCK = re.compile(r"\b(\d{1,2})(?::(\d{2})(?::\d{2})?|\.(\d{2})(?=\s*[ap]\.?m\b))\s*([ap])?\.?m?\b", re.I)
_HOUR = re.compile(r"(?<![\d:.])\b(\d{1,2})\s*([ap])\.?\s?m\b", re.I)  # "9 p.m.", "11am": a time on the hour
_WORD_SCALE = re.compile(r"\b(half a|a|another|one) (hundred|thousand|million|billion)\b", re.I)
_SCALE = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9}


@dataclass(frozen=True, slots=True)
class Reading:
    """What the judge reads from one text."""

    terms: frozenset[str]  # stemmed content words
    figures: tuple[tuple[float, float, str], ...]  # (low, high, counted-thing lemma) per figure
    times: frozenset[int]  # clock times, in minutes after midnight
    claim: tuple[tuple[str, bool, bool], ...]  # main verb(s): (lemma, negated, hedged)
    verbs: tuple[tuple[str, bool, bool], ...]  # every verb, the same way
    actor: frozenset[str]  # name words of the main verb's subject, when it is a named entity
    words: frozenset[str]  # lower-cased words, to look names up in
    predicate: tuple[int, int] | None  # character span of the main predicate word
    days: frozenset[str]  # weekdays named
    quoted: frozenset[str]  # content words inside quotation marks
    core: tuple[tuple[int, int], ...]  # character spans of the claim's words (no apposition,
    # relative clause or reporting frame: details a supporting passage may leave out)
    core_terms: frozenset[str]  # stemmed content words of those spans
    names: frozenset[str]  # lower-cased words of the named entities (people, bodies, places)
    bigrams: frozenset[tuple[str, str]]  # stemmed word pairs (not two function words): phrasing
    parts: tuple[str, ...] = ()  # its sentences, when it has several (a summary unit can be two)
    months: frozenset[int] = frozenset()  # months named in its dates (1-12)
    dates: frozenset[tuple[int, int]] = frozenset()  # (month, day) of its dates that give a day ("Jan. 24")
    reasons: frozenset[str] = frozenset()  # lemmas of a stated reason ("because they trusted …")
    lemmas: frozenset[str] = frozenset()  # lower-cased lemmas of its words
    reason_verbs: frozenset[str] = frozenset()  # the verbs of a stated reason or purpose ("trust", "keep")
    reason_nouns: frozenset[str] = frozenset()  # the common nouns of that reason or purpose ("disappearance")
    open_figures: tuple[tuple[float, float, str], ...] = ()  # those of ``figures`` a conditional leaves open
    # ("whether a judge accepts a 7-year sentence", "if he serves five years"): asked or supposed, not stated
    attributive: frozenset[str] = frozenset()  # verb lemmas used only before a noun ("the re-elected president")
    subject_names: frozenset[str] = frozenset()  # name words of the people and bodies anywhere in the main
    # verb's subject ("A West representative", "Dropbox and Andreessen Horowitz"), see ``subject_check``
    tense: str = ""  # "forecast", "past" or "": the claim's (``forecast.claim_tense``), see ``forecast_check``
    floors: tuple[tuple[float, str], ...] = ()  # (value, counted thing) of the figures given from below ("at least
    # 72 people"), see ``floors_differ``


@lru_cache(maxsize=1)
def _cues() -> dict[str, frozenset[str]]:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "support_cues.json").read_text("utf-8")
    )
    return {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}


def _negated(tok: Any) -> bool:
    """"did not recover", and also "neither has recovered", "no team recovered", "recovered no debris":
    a negative subject or object negates the claim as much as "not" does."""
    neg = _cues()["negations"]
    return any(
        c.dep_ == "neg"
        or (c.lower_ in neg and c.dep_ in ("advmod", "det", "preconj", "nsubj", "nsubjpass"))
        or (c.dep_ in ("nsubj", "nsubjpass", "dobj") and any(g.dep_ == "det" and g.lower_ in neg for g in c.children))
        for c in tok.children
    )


_UP_TO_NEGATION = ("pcomp", "prep", "acomp", "pobj")
"""Links a verb climbs to the word that may negate it: "I am not guilty of killing …" (killing → of →
guilty → am, negated), "no evidence of tampering"."""


def _negated_above(tok: Any) -> bool:
    """Is the verb ``tok`` inside a phrase a negated word governs ("not guilty of killing Susan Berman")?"""
    for _ in range(4):
        if tok.dep_ not in _UP_TO_NEGATION or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX", "ADJ") and _negated(tok):
            return True
    return False


def _reasons(doc: Any) -> frozenset[str]:
    """Lemmas of the content words of a stated reason ("… because they trusted his management",
    "because of the storm"): what a passage must also say to support the sentence's why."""
    out: set[str] = set()
    for t in doc:
        if t.lower_ != "because":
            continue
        if t.dep_ == "mark":
            span = [w for w in t.head.subtree if w.i > t.i]
        elif t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "of":
            span = [w for c in doc[t.i + 1].children if c.dep_ == "pobj" for w in c.subtree]
        else:
            continue
        # the reason's own words, not the names it mentions (a passage naming the same rival gives no reason)
        out.update(w.lemma_.lower() for w in span if w.pos_ in ("NOUN", "VERB", "ADJ") and w.is_alpha)
    return frozenset(out)


def _reason_clauses(doc: Any) -> tuple[frozenset[str], frozenset[str]]:
    """The head verbs and the common nouns of a stated reason ("because they trusted his management" →
    "trust"; "management") or purpose ("killed her to keep her from talking about the disappearance …",
    "so that he could flee" → "keep"; "disappearance"). A passage that names the reason's nouns without
    its verb states a different part of the claim ("… the disappearance of his first wife" as one more
    suspected crime, not as the motive); one that leaves the reason out altogether states part of it
    (bench/citations/README.md: a detail may be left out)."""
    out: set[str] = set()
    nouns: set[str] = set()
    for t in doc:
        head = t.head
        if head.pos_ not in ("VERB", "AUX") or head.dep_ not in ("advcl", "xcomp") or head.head is head:
            continue
        because = t.dep_ == "mark" and t.lower_ == "because"
        purpose = t.dep_ == "aux" and t.lower_ == "to" and head.dep_ == "advcl"
        so_that = t.dep_ == "mark" and t.lower_ == "that" and t.i > 0 and doc[t.i - 1].lower_ == "so"
        if because or purpose or so_that:
            out.add(head.lemma_.lower())
            out.update(_catenated(head))
            nouns.update(w.lemma_.lower() for w in head.subtree if w.pos_ == "NOUN" and w.is_alpha)
    return frozenset(out), frozenset(nouns)


def _catenated(verb: Any) -> set[str]:
    """The lemmas of the verbs a purpose verb governs as its open complement ("to try to defuse",
    "seeking to end", "to help pull"): the content of the purpose, which a passage may state with
    another catenative ("in an effort to defuse") or with none."""
    out: set[str] = set()
    for _ in range(3):
        verb = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
        if verb is None:
            break
        out.add(verb.lemma_.lower())
    return out


def _attributive(doc: Any) -> frozenset[str]:
    """Lemmas of the verbs and participles the text uses only as a noun's modifier ("the recently
    re-elected president", "the injured man"): an event it presupposes, not one it states."""
    used: dict[str, bool] = {}
    for t in doc:
        if t.pos_ in ("VERB", "AUX", "ADJ"):
            lemma = t.lemma_.lower()
            used[lemma] = used.get(lemma, True) and t.dep_ == "amod" and t.head.pos_ in ("NOUN", "PROPN")
    return frozenset(lemma for lemma, only in used.items() if only)


def _hedged(tok: Any) -> bool:
    cues = _cues()
    for c in tok.children:
        if c.dep_ in ("aux", "auxpass") and c.lemma_.lower() in cues["hedge_modals"]:
            return True
        if (c.dep_ == "advmod" and c.lower_ in cues["hedge_adverbs"]) or (
            c.dep_ == "mark" and c.lower_ in cues["conditionals"]
        ):
            return True
    return tok.dep_ == "xcomp" and tok.head.lemma_.lower() in cues["hedge_verbs"]


def _main_verbs(doc: Any) -> list[Any]:
    """The claim's verbs: each root, or what a reporting verb reports, or what a hedge verb
    governs ("expected to include" → include), with their conjuncts."""
    cues = _cues()
    out = []
    for root in (t for t in doc if t.dep_ == "ROOT"):
        verb = root
        for _ in range(3):
            lemma = verb.lemma_.lower()
            nxt = None
            if lemma in cues["reporting_verbs"]:
                nxt = next((c for c in verb.children if c.dep_ in ("ccomp", "parataxis")), None)
            elif lemma in cues["hedge_verbs"]:
                nxt = next((c for c in verb.children if c.dep_ == "xcomp"), None)
            if nxt is None:
                break
            verb = nxt
        out.append(verb)
        out.extend(c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX", "ADJ"))
    return out


def _predicate(verbs: Sequence[Any]) -> tuple[int, int] | None:
    """The word that carries the claim: the main verb, or for "is"/"was" its complement."""
    if not verbs:
        return None
    v = verbs[0]
    if v.lemma_.lower() == "be":
        v = next((c for c in v.children if c.dep_ in ("attr", "acomp")), v)
    return v.idx, v.idx + len(v.text)


def _actor(verbs: Sequence[Any]) -> frozenset[str]:
    for v in verbs[:1]:
        for c in v.children:
            if c.dep_ in _SUBJECTS and c.ent_type_ in _ENTITY_LABELS:
                ent = next((e for e in c.doc.ents if e.start <= c.i < e.end), None)
                toks = ent if ent is not None else [c]
                return frozenset(t.lower_ for t in toks if t.is_alpha and len(t) > 2)
    return frozenset()


_SUBJECT_NAME_LABELS = frozenset({"PERSON", "ORG"})
_PLACE_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE", "TIME"})


def _names_a_body(t: Any) -> bool:
    """A word of a person's or a body's name: typed so, or a proper noun (or a capitalised word after
    the first: "A West representative", which the tagger reads as a direction) that is no place or
    nationality."""
    if t.ent_type_ in _SUBJECT_NAME_LABELS:
        return True
    if t.ent_type_ in _PLACE_LABELS or t.lower_ in lexicon.words("demonyms"):
        return False
    return t.pos_ == "PROPN" or (t.is_title and t.i > t.sent.start and t.pos_ in ("ADJ", "NOUN"))


_SUBJECT_NAME_DEPS = frozenset({"compound", "poss", "conj", "amod", "nmod", "flat"})


def _subject_names(verbs: Sequence[Any], skip: int = 0) -> frozenset[str]:
    """Name words of the people and bodies that make the main verb's subject: its head and the words that
    name it ("A West representative", "Dropbox and Andreessen Horowitz"), not a phrase that describes it ("a
    girl named Susie Salmon", "the man on the Wiesenthal Centre's list", "a spokesman for Acme": no names).
    ``_actor`` sees only a head that is itself a name. Proper nouns the tagger gives no type count; places
    and nationalities do not ("officials in Damascus" are "Syrian officials"), nor a dateline (``skip``)."""
    for v in verbs[:1]:
        for c in v.children:
            if c.dep_ in _SUBJECTS:
                words, todo = [c], [c]
                while todo:
                    t = todo.pop()
                    kids = [k for k in t.children if k.dep_ in _SUBJECT_NAME_DEPS]
                    words += kids
                    todo += kids
                return frozenset(t.lower_ for t in words if t.idx >= skip and t.is_alpha and len(t) > 2
                                 and t.lower_ not in STOPWORDS and _names_a_body(t))
    return frozenset()


def _claims() -> tuple[Any, Any, Any]:
    """The claims stage's figure and quotation reading: the judge's one import of it (to move
    below the stages, with ``support`` into ``summary/``, once figure reading lives there)."""
    from ..claims.numbers import find_figures, interval
    from ..claims.quotes import quote_regions

    return find_figures, interval, quote_regions


def _floor_kinds() -> tuple[Any, frozenset[str]]:
    """The claims stage's qualifier reading, and the kinds that give a count from below ("at least", "more than")."""
    from ..claims.verdicts import qualifier_kind

    return qualifier_kind, frozenset({"min", "above"})


def _open(tok: Any) -> bool:
    """Does a conditional ("if", "unless", "whether") mark a clause that holds ``tok``?"""
    marks = _cues()["conditionals"]
    return any(c.dep_ == "mark" and c.lower_ in marks for a in (tok, *tok.ancestors) for c in a.children)


def _figures(doc: Any) -> tuple[tuple[tuple[float, float, str], ...], tuple[tuple[float, float, str], ...],
                                tuple[tuple[float, str], ...]]:
    """The figures a text states, those of them a conditional leaves open, and those it gives from below ("at least
    72 people": (72, "people"))."""
    find_figures, interval, _ = _claims()
    text = text_of(doc)
    if not any(ch.isdigit() for ch in text) and not any(w in WORDS or w in _SCALE for w in words(text)):
        return (), (), ()  # no digit, number word or scale word: no figure (figures are the costly part)
    out = []
    opened = []
    floors = []
    kind_of, below = _floor_kinds()
    taken: list[tuple[int, int]] = []
    for f in find_figures(doc):
        if f.weak or f.share_word or doc[f.num].ent_type_ in _TITLE_LABELS:
            continue  # weak, a share, or part of a title ("Two Fat Ladies"): not a figure the claim states
        low, high = interval(f.value, f.low, f.high, f.qualifier, f.vague)
        num = doc[f.num]
        unit = "percent" if f.percent else "money" if f.currency is not None else (
            num.head.lemma_.lower() if num.head.i != num.i else "")
        out.append((low, high, unit))
        if kind_of(f.qualifier) in below and not f.vague and f.low == f.high:
            floors.append((float(f.value), unit))
        if _open(num):
            opened.append((low, high, unit))
        taken.append((f.char_start, f.char_end))
    for m in _WORD_SCALE.finditer(text):  # "half a million", "another million"
        if not any(a < m.end() and m.start() < b for a, b in taken):
            n = _SCALE[m.group(2).lower()] * (0.5 if m.group(1).lower() == "half a" else 1.0)
            out.append((n, n, ""))
    return tuple(out), tuple(opened), tuple(floors)


def _times(text: str) -> frozenset[int]:
    out = set()
    for m in _CLOCK.finditer(text):
        hour, minute = int(m.group(1)), int(m.group(2) or m.group(3))
        if hour > 24 or minute > 59:
            continue
        if (m.group(4) or "").lower() == "p" and hour < 12:
            hour += 12
        out.add(hour * 60 + minute)
    for m in _HOUR.finditer(text):  # on the hour: "at 9 p.m." is as much a time as "at 9:00 p.m."
        hour, half = int(m.group(1)), m.group(2).lower()
        if 1 <= hour <= 12:
            out.add(((hour % 12) + (12 if half == "p" else 0)) * 60)
    return frozenset(out)


def _day_number(tok: Any) -> int | None:
    """The day a token gives ("24", "8th", "3rd,"), else None."""
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)?", tok.text.rstrip(",."))
    return int(m.group(1)) if m and 1 <= int(m.group(1)) <= 31 else None


def _dates(doc: Any) -> frozenset[tuple[int, int]]:
    """(month, day) of each date that gives its day: "Jan. 24", "August 8th", "24 January", "the 3rd of May"."""
    out = set()
    for t in doc:
        month = _months().get(t.lower_.rstrip(".")) if t.ent_type_ == "DATE" else None
        if month is None:
            continue
        after = doc[t.i + 1] if t.i + 1 < len(doc) else None
        before = doc[t.i - 1] if t.i > 0 else None
        if before is not None and before.lower_ == "of" and t.i > 1:
            before = doc[t.i - 2]
        for near in (after, before):
            day = _day_number(near) if near is not None and near.ent_type_ == "DATE" else None
            if day is not None:
                out.add((month, day))
                break
    return frozenset(out)


_DETAILS = frozenset({"appos", "relcl", "acl", "parataxis", "advcl", "npadvmod", "punct"})


_DATELINE = re.compile(r"^[A-Z][A-Z .,'’-]+(?:\([^)]*\))?\s*(?:_|--|—|–|-)\s")


def _dateline_end(text: str) -> int:
    """Where a wire dateline ("LONDON (AP) _ ") ends, else 0."""
    m = _DATELINE.match(text)
    return m.end() if m else 0


def _core(verbs: Sequence[Any], start: int = 0) -> tuple[tuple[int, int], ...]:
    """The words of the claim: the main verb's subtree without the details a supporting
    passage may leave out (appositions, relative and adverbial clauses, asides, a dateline)."""
    out: list[tuple[int, int]] = []
    stack = list(verbs[:1])
    while stack:
        t = stack.pop()
        if t.idx >= start:
            out.append((t.idx, t.idx + len(t.text)))
        stack.extend(c for c in t.children if c.dep_ not in _DETAILS)
    return tuple(sorted(out))


def _quoted(text: str) -> frozenset[str]:
    regions = _claims()[2](text)
    return frozenset(t for a, b in regions for t in content_terms(text[a:b]))


def read(doc: Any) -> Reading:
    """The judge's reading of one parsed text (a spaCy Doc)."""
    text = text_of(doc)
    verbs = _main_verbs(doc)
    core = _core(verbs, _dateline_end(text))
    reason_verbs, reason_nouns = _reason_clauses(doc)
    figures, open_figures, floors = _figures(doc)
    return Reading(
        terms=frozenset(content_terms(text)),
        figures=figures,
        open_figures=open_figures,
        floors=floors,
        times=_times(text),
        claim=tuple((v.lemma_.lower(), _negated(v), _hedged(v)) for v in verbs),
        verbs=tuple((t.lemma_.lower(), _negated(t) or _negated_above(t), _hedged(t))
                    for t in doc if t.pos_ in ("VERB", "AUX", "ADJ")),
        actor=_actor(verbs),
        subject_names=_subject_names(verbs, _dateline_end(text)),
        words=frozenset(t.lower_ for t in doc if t.is_alpha),
        predicate=_predicate(verbs),
        days=frozenset(t.lower_ for t in doc if t.lower_ in _cues()["weekdays"]),
        quoted=_quoted(text),
        core=core,
        core_terms=frozenset(t for a, b in core for t in content_terms(text[a:b])),
        names=frozenset(t.lower_ for t in doc if t.ent_type_ in _ENTITY_LABELS and t.is_alpha and len(t) > 1),
        bigrams=_bigrams(text),
        parts=_parts(doc),
        months=frozenset(_months()[t.lower_.rstrip(".")] for t in doc
                         if t.ent_type_ == "DATE" and t.lower_.rstrip(".") in _months()),
        dates=_dates(doc),
        reasons=_reasons(doc),
        reason_verbs=reason_verbs,
        reason_nouns=reason_nouns,
        attributive=_attributive(doc),
        lemmas=frozenset(t.lemma_.lower() for t in doc if t.is_alpha),
        tense=claim_tense(doc, _cues()["reporting_verbs"], _cues()["forecast_verbs"]),
    )


@lru_cache(maxsize=1)
def _months() -> dict[str, int]:
    return lexicon.numbers("months")


PART_TOKENS = 5
"""Shortest sentence judged on its own within a text of several sentences."""


def _parts(doc: Any) -> tuple[str, ...]:
    """The text's sentences, by the parse, when there are several long enough to state a claim."""
    sents = [s.text.strip() for s in doc.sents if sum(not t.is_punct for t in s) >= PART_TOKENS]
    return tuple(sents) if len(sents) > 1 else ()


def _bigrams(text: str) -> frozenset[tuple[str, str]]:
    ws = words(text)
    st = [stem(w) for w in ws]
    return frozenset(
        (st[i], st[i + 1]) for i in range(len(ws) - 1) if not (ws[i] in STOPWORDS and ws[i + 1] in STOPWORDS)
    )


def _overlaps(a: tuple[float, float, str], b: tuple[float, float, str]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def _exact(f: tuple[float, float, str]) -> bool:
    """A figure of a counted thing given about exactly ("about 300 people", "$6.6 million"), not a wide
    one ("hundreds of people", "more than 6 million")."""
    return bool(f[2]) and 0 < f[0] and f[1] <= 1.5 * f[0]


def _exact_differ(s: Sequence[tuple[float, float, str]], p: Sequence[tuple[float, float, str]]) -> bool:
    """Do the two texts count one thing ("people", "viewers") with exact figures that cannot be paired
    off, whatever wide figure either also gives? "about 300 people" is not stated by "about 401 people"
    beside "hundreds of …", nor "nearly 6.6 million viewers … more than 6 million viewers" by "nearly 9.6
    million viewers … more than 6 million viewers": each of the fewer figures must meet its own."""
    for unit in {f[2] for f in s if _exact(f)} & {g[2] for g in p if _exact(g)}:
        a = [f for f in s if _exact(f) and f[2] == unit]
        b = [g for g in p if _exact(g) and g[2] == unit]
        few, many = (a, b) if len(a) <= len(b) else (b, a)
        if len(many) <= 5 and not any(all(_overlaps(f, g) for f, g in zip(few, pick, strict=False))
                                      for pick in permutations(many, len(few))):
            return True
    return False


def figure_check(s: Reading, p: Reading) -> str | None:
    """"differ" when the passage states the sentence's figures (or clock times) otherwise,
    "missing" when it does not state one of them, else None."""
    if s.times and p.times and not (s.times & p.times):
        return "differ"
    stated = [g for g in p.figures if g not in p.open_figures]
    if any(f not in s.open_figures and not any(_overlaps(f, g) for g in stated) for f in s.figures
           if any(_overlaps(f, g) for g in p.open_figures)):
        return "differ"  # the passage only asks or supposes the sentence's figure ("whether … accepts a 7-year …")
    if _exact_differ(s.figures, stated) or floors_differ(s, p):
        return "differ"
    unmatched = [f for f in s.figures if not any(_overlaps(f, g) for g in p.figures)]
    if not unmatched:
        return None
    if any(not any(_overlaps(g, f) for f in s.figures) for g in p.figures):
        return "differ"  # each side has a figure the other lacks: not the same numbers
    return "missing"


def floors_differ(s: Reading, p: Reading) -> bool:
    """Do both texts count one thing from below with other least values ("at least 72 people" against "at least 75
    people")? Each allows the other's value, but they are two reports' different tolls, and a passage giving one does
    not state the other (summ53)."""
    mine: dict[str, set[float]] = {}
    for v, unit in s.floors:
        mine.setdefault(unit, set()).add(v)
    theirs: dict[str, set[float]] = {}
    for v, unit in p.floors:
        theirs.setdefault(unit, set()).add(v)
    return any(unit and not mine[unit] & theirs[unit] for unit in mine.keys() & theirs.keys())


def counts_differ(s: Reading, p: Reading) -> bool:
    """Does the passage count a thing the text counts with other exact figures, or give other clock times ("72 people"
    against "75 people")? Asked of a text of several sentences as a whole (summ53): the passage may state one of its
    sentences and still give another figure for what a second one counts, and then it is no support of the item."""
    stated = [g for g in p.figures if g not in p.open_figures]
    return bool(s.times and p.times and not s.times & p.times) or _exact_differ(s.figures, stated) \
        or floors_differ(s, p)


def claim_check(s: Reading, p: Reading) -> str | None:
    """"negation" or "modality" when the passage negates, or only hedges, the sentence's claim."""
    for lemma, neg, hedge in s.claim:
        found = [(n, h) for lem, n, h in p.verbs if lem == lemma]
        if not found:
            continue
        if all(n != neg for n, _ in found):
            return "negation"
        if not hedge and all(h for _, h in found):
            return "modality"
    return None


def actor_check(s: Reading, p: Reading) -> str | None:
    """"actor" when both subjects are named and neither text names the other's."""
    if s.actor and p.actor and not (s.actor & p.words) and not (p.actor & s.words):
        return "actor"
    return None


def subject_check(s: Reading, p: Reading) -> str | None:
    """"subject" when both subjects name people or bodies and neither text names the other's: "A
    West representative didn't immediately respond to requests for comment." is not stated by
    "Dropbox and Andreessen Horowitz didn't immediately respond to requests for comment." (a stock
    predicate, another subject). ``actor_check`` sees only a subject that is itself a name."""
    a, b = s.subject_names, p.subject_names
    if a and b and not (a & p.words) and not (b & s.words):
        return "subject"
    return None


def context_check(s: Reading, p: Reading) -> str | None:
    """"day", "month" or "date" when the two texts date things to different weekdays, months or days
    of one month (a year is often a background date: "a friend's 2000 death"); "quote" when both quote someone and
    the passage's quotation has little of the sentence's (another statement); "cause" when the
    sentence gives a reason the passage does not state (see also ``purpose_check``)."""
    if s.days and p.days and not (s.days & p.days):
        return "day"
    if s.months and p.months and not (s.months & p.months):
        return "month"
    if {m for m, _ in s.dates} & {m for m, _ in p.dates} and not (s.dates & p.dates):
        return "date"  # days of one month, none shared: "on Jan. 24" is not "on Jan. 23"
    if len(s.quoted) >= 3 and len(p.quoted) >= 3 and len(s.quoted & p.quoted) < len(s.quoted) / 2:
        return "quote"
    if s.reasons and 2 * len(s.reasons & p.lemmas) < len(s.reasons):
        return "cause"  # the sentence says why ("voted for him because they trusted …"); the passage does not
    return None


def background_check(s: Reading, p: Reading) -> str | None:
    """"background" when the passage has the sentence's main verb only as a noun's modifier ("… handing
    the recently re-elected president a complex landscape" for "voters appeared to re-elect the
    president"): it presupposes the event and states something else (bench/citations/README.md: a
    passage that only shares the sentence's background does not support it). Used by the judge only with
    ``background = true`` in data/support_settings.toml."""
    lemmas = {lemma for lemma, _, _ in s.claim}
    stated = {lem for lem, _, _ in p.verbs} - p.attributive
    if lemmas & p.attributive and not lemmas & stated:
        return "background"
    return None


def purpose_check(s: Reading, p: Reading) -> str | None:
    """"cause" when the sentence gives a reason or a purpose whose nouns the passage names without its
    verb ("killed her to keep her from talking about the disappearance …" against a passage that lists
    the disappearance as one more suspected crime): the passage states another part of the claim. A
    passage that leaves the purpose out states part of it, which the labelling rules accept. Used by
    the judge only with ``purpose = true`` in data/support_settings.toml (off: held-out unchanged)."""
    if not (s.reason_verbs and not (s.reason_verbs & p.lemmas) and s.reason_nouns & p.lemmas):
        return None
    if any(c in p.verbs for c in s.claim):
        return None  # the passage states the main claim (same verb, negation, modality): the purpose is left out
    return "cause"


