"""What leads an account: not a reaction to the news nor a definition, while an event sentence is at hand.

The account's lead (``account.arrange``) is chosen among the best-ranked few by what most sources state. A
spokeswoman's quotation that two reports print, or "Beatification is the final step before sainthood." that
every report explains, is stated widely but is not the news; such a sentence keeps its place in the account,
only the lead passes it. The verbs of reacting are data (``lexicon/reaction_verbs.txt``). Nor does a detail
someone gave, reported from deep inside a report ("The Sheriff's Office said in a statement that her mother
called deputies on Nov. 18 …", which two reports print), lead while a sentence that tells the event can.
Nor does an aside (``aside_lead``): an appeal or a word to the reader ("… without our help, the painter's genius
can't be realized."), advice or a guess ("Buyers should expect to wait …"), a state ("he's still
human"), a description of someone ("Smith was an established hairdresser who …"), or a consequence told after
the event ("… died at the scene."). Its words are data (``lexicon/lead_asides.toml``).

Nor does a scene set over a span of time (``scene_lead``: "Through the anxious weeks leading up to the
elections …, officials watched …"), nor a frame around news told elsewhere (``frames.frame_lead``: "The vote follows
months of protests."; summ57).

Among the sentences that may lead, one its report opens with (its lede, ``report_lede``) goes before one from
further down when as many sources state them: the writer put the news first.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS, YEAR_PATTERN, weekday_names
from ..model import Analysis, Sentence
from ..newswriting import dateline_end, dateline_only, rules
from ..sources import voice_groups
from ..text import WORDS
from .frames import frame_lead
from .openings import Openings, opening_voices
from .prior import main_tokens, prior_month
from .standalone import sentence_spans

__all__ = [
    "aside_lead",
    "background_lead",
    "choose_lead",
    "dateline_only",
    "detail_lead",
    "hedged_lede",
    "intro_line",
    "history_lead",
    "lead_key",
    "past_ledes",
    "reaction_lead",
    "report_lede",
    "scene_lead",
    "setup_lead",
    "tells_news",
]

_QUOTE_ANY = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")
QUOTED_SHARE = 0.5  # a lead whose quoted words are more than this share of its words is a quotation


def reaction_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` tells a reaction to the news or a definition rather than the news, so that it should
    not lead an account while another sentence can, or None: mostly a quotation ('"We believe that women in
    technology would be best served …," said Christina Lee, a spokeswoman.'); a main verb of reacting
    (``lexicon/reaction_verbs.txt``: "… acknowledged that the Strip has seen several violent incidents"); or a
    definition, a present-tense "is" with a noun complement and no past tense in it ("Beatification is the
    final step before sainthood."). Such a sentence keeps its place in the account; only the lead passes it."""
    text = s.text
    total = len(text.split())
    quoted = sum(len(m.group(1).split()) for m in _QUOTE_ANY.finditer(text))
    if total and quoted / total > QUOTED_SHARE:
        return "is mostly a quotation (a reaction, not the event)"
    spans = sentence_spans(a, s)
    span = spans[0] if spans else None
    if span is None:
        return None
    root = span.root
    if root.lemma_.lower() in lexicon.words("reaction_verbs") and root.pos_ == "VERB":
        return f"its main verb {root.text!r} reacts to the news"
    if _definition(span):
        return "defines a term (a present-tense 'is' with no event)"
    return None


def _definition(span: Any) -> bool:
    """A present-tense copula with a noun complement, a noun subject and no past tense anywhere ("Beatification
    is the final step before sainthood."): what a thing is, not what happened. Not a figure ("The toll is 45")."""
    root = span.root
    if root.lemma_.lower() != "be" or root.tag_ not in ("VBZ", "VBP"):
        return False
    if any(t.tag_ in ("VBD", "VBN") for t in span):
        return False
    subject = [c for c in root.children if c.dep_ == "nsubj"]
    complement = [c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"]
    return bool(subject and complement and subject[0].pos_ in ("NOUN", "PROPN")
                and not any(c.dep_ == "nummod" or c.like_num for c in complement[0].subtree))


DEEP = 3  # a report's sentences before this index are its lede and what directly follows it


def detail_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` reports a statement from deep inside its report (a detail someone gave), not the
    news, or None: its main verb is a reporting verb with a named subject outside any quotation ("The
    Sheriff's Office said in a statement that her mother called deputies on Nov. 18 …"), and it comes after
    its report's first ``DEEP`` sentences. A lede that says so ("Police said a man was shot …") is news."""
    if s.index < DEEP:
        return None
    spans = sentence_spans(a, s)
    if not spans:
        return None
    root = spans[0].root
    if root.pos_ not in ("VERB", "AUX") or root.lemma_.lower() not in rules().reporting_verbs:
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("PROPN", "NOUN") for c in root.children):
        return None
    return f"reports what someone said ({root.text!r}) from deep in its report: a detail, not the news"


@cache
def _asides() -> dict[str, frozenset[str]]:
    return {k: frozenset(v) for k, v in lexicon.document("lead_asides").items()}


def _outside_quotes(text: str) -> list[tuple[int, int]]:
    """The character ranges of ``text`` inside quotation marks."""
    return [m.span() for m in _QUOTE_ANY.finditer(text)]


def aside_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` is an aside rather than the event, so that it should not lead while a sentence that
    tells the event can, or None (the words are ``lexicon/lead_asides.toml``'s): it speaks to the reader or for
    "us" outside any quotation and any reported clause ("Ms. Verel said we will …" is hers), or opens with an
    order ("Make sure …", "Don't worry …"); its main verb carries a modal of advice, guess or forecast ("should
    expect", "may be", "will cover"); its main verb is a state in the present tense ("he's still human") with
    no word marking it new ("are now available" tells the news), or a copula describing someone ("Smith was an
    established hairdresser …"); or it names, after "the" and with nothing saying which, a thing of an event
    told before ("died at the scene": a consequence, not the first telling); or it opens on a word of concluding
    on its main verb ("So despite …, it's still sliding into history."; summ29); or its main verb's subject is
    the company's stock ("Nokia's shares fell by 3% …": the market's reaction to the news, summ39)."""
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span, words = spans[0], _asides()
    quoted = _outside_quotes(span.text)
    bare = [t for t in span if not any(lo <= t.idx - span.start_char < hi for lo, hi in quoted)]
    said = rules().reporting_verbs
    reader = next((t for t in bare if t.lower_ in words["reader_words"] and t.pos_ == "PRON"
                   and not any(h.lemma_.lower() in said for h in t.ancestors)), None)  # not a speaker's "we"
    if reader is not None:
        return f"speaks to the reader ({reader.text!r}): an aside, not the event"
    first = next((t for t in span if not t.is_punct and not t.is_space), None)
    if first is not None and _order(first):
        return f"opens with an order ({first.text!r}): an appeal, not the event"
    root = span.root
    if first is not None and first.lower_ in words["conclusion_openers"] and first.head.i == root.i and not (
            first.i + 1 < len(first.doc) and first.nbor().pos_ in ("ADJ", "ADV")):  # "So many", "So far"
        return f"opens on a conclusion ({first.text!r}): the writer sums up, not the event"
    modal = next((c for c in root.children if c.dep_ == "aux" and c.lower_ in words["modals"]), None)
    if modal is not None:
        return f"its main verb is advice or a guess ({modal.text!r}), not the event"
    state = _state(root, span, words)
    if state:
        return state
    market = next((c for c in root.children if c.dep_ == "nsubj" and c.lemma_.lower() in words["market_nouns"]), None)
    if market is not None and root.pos_ == "VERB":
        return f"its subject is the stock ({market.text!r}): the market's reaction to the news, not the event"
    pointing = next((t for t in span if _points_back(t, words["pointing_nouns"])), None)
    if pointing is not None:
        return f"names 'the {pointing.text}' of an event told before: a consequence or detail, not the event"
    return None


def scene_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` sets a scene over a span of time rather than telling the event, or None: it opens on a
    preposition of a span (``lexicon/lead_asides.toml``: "through", "during", "over" …) that governs a plural
    noun of time and hangs from the main verb ("Through the anxious weeks leading up to the national elections
    …, international financial officials watched …"). What went on through those weeks is the background of
    the event another sentence tells; it keeps its place in the account, only the lead passes it."""
    spans = sentence_spans(a, s)
    if not spans:
        return None
    words, span, cut = _asides(), spans[0], dateline_end(s.text)  # "RIO DE JANEIRO, Brazil _ Through …"
    first = next((t for t in span if t.idx - span.start_char >= cut and not t.is_punct and not t.is_space), None)
    if first is None or first.lower_ not in words["span_prepositions"] or (first.head.dep_ != "ROOT" and not cut):
        return None  # after a dateline the parser may hang the phrase from the dateline's words
    noun = next((c for c in first.children if c.dep_ == "pobj"), None)
    if noun is None or noun.lower_ not in words["span_nouns"]:
        return None
    return f"sets a scene over a span of time ({first.text} … {noun.text}), not the event"


_RECENT = frozenset({"today", "yesterday", "tonight", "now"})


def background_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` is background a report repeats below its lede rather than the news, or None: it comes
    after the report's first ``DEEP`` sentences (a wire dateline set apart not counted), its main verb is a
    perfect ("Nearly 37,000 people have died in the conflict.") or a copula ("Wang was a student leader in …"),
    and it names no day, weekday or month of its own ("have died since Monday" is news). Wire reports repeat such
    a line in every report, so many sources state it; it keeps its place in the account, only the lead passes
    it."""
    intro = sum(1 for x in a.sentences[: s.index] if intro_line(x.text))
    if s.index - intro < DEEP:
        return None
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span = spans[0]
    root = span.root
    perfect = root.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in root.children)
    copula = root.lemma_.lower() == "be" and any(c.dep_ in ("attr", "acomp") for c in root.children)
    if not (perfect or copula):
        return None
    if any(t.lower_.rstrip(".") in MONTHS or t.lower_.rstrip(".") in WEEKDAYS or t.lower_ in _RECENT for t in span):
        return None
    return f"background below its report's lede ({root.text!r}, no day of its own), not the news"


def _order(first: Any) -> bool:
    """Does the sentence open with an order: a bare verb with no subject ("Make sure …"), or "Don't"/"Do not"
    before one ("Don't worry …")?"""
    verb = first
    if first.lower_ == "do" and first.i + 1 < len(first.doc) and first.nbor(1).lower_ in ("n't", "not"):
        verb = first.head
    elif first.dep_ != "ROOT":
        return False
    return verb.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _state(root: Any, span: Any, words: dict[str, frozenset[str]]) -> str | None:
    """A present-tense state as the main verb with no word marking it new, or a copula describing someone."""
    if root.lemma_.lower() not in words["state_verbs"]:
        return None
    if any(t.lower_ in words["change_words"] for t in span) or _attributed(span):
        return None
    if root.tag_ in ("VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in root.children):
        if any(c.dep_ in ("attr", "acomp", "xcomp", "expl") or (c.dep_ == "dobj" and root.lemma_.lower() != "be")
               for c in root.children):  # "The finds include two coins …": what a list holds
            return f"its main verb {root.text!r} tells a state in the present, not an event"
    if root.lemma_.lower() == "be" and root.tag_ == "VBD":
        subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
        complement = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
        if subject is not None and complement is not None and subject.pos_ == "PROPN":
            return f"describes who {subject.text} was ({root.text!r} and a noun), not an event"
    return None


def _attributed(span: Any) -> bool:
    """Is the sentence's state a finding someone reports ("The most important person … is Frank Sinatra,
    according to an analysis of …"): "according to" on its main clause makes it news told on a source's word,
    not the writer's description."""
    return any(t.lower_ == "according" and t.i + 1 < len(t.doc) and t.nbor(1).lower_ == "to"
               and t.head == span.root for t in span)


def _points_back(t: Any, nouns: frozenset[str]) -> bool:
    """"the scene", "the victim's …": the noun after "the", with no modifier or "of" saying which."""
    if t.lemma_.lower() not in nouns or t.pos_ != "NOUN":
        return False
    kids = list(t.children)
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in kids):
        return False
    return not any(c.dep_ in ("amod", "compound", "prep", "relcl", "acl", "nummod") for c in kids)


def report_lede(a: Analysis, s: Sentence) -> bool:
    """Is ``s`` the first sentence of its report (after lines that only introduce it, and a wire dateline the
    sentence splitter set apart: "BEIJING _" before "One leader of … will be tried …")?"""
    intro = 0
    for x in a.sentences:
        if not intro_line(x.text):
            break
        intro += 1
    return s.index <= intro


def delayed_lede(a: Analysis, s: Sentence) -> bool:
    """Is ``s`` where its report's news opens after a lede of history ("Mark Vidal was turned down by the gallery a
    year ago." "Not this time." "The painter had her first show there on Saturday …"): the report's first sentence
    after its lede that names a weekday, among its first ``DEEP`` sentences past the lede, when the lede tells
    history (``history_lead``)? Such a report puts its news there; ``lead_key`` counts it as the report's lede
    (summ44)."""
    lede = next((x for x in a.sentences if not intro_line(x.text)), None)
    if lede is None or s.index <= lede.index or s.index > lede.index + DEEP or history_lead(a, lede) is None:
        return False
    news = next((x for x in a.sentences[lede.index + 1 : s.index + 1] if _WEEKDAY.search(x.text)), None)
    return news is not None and news.start == s.start


def past_ledes(chosen: Sequence[Sentence], by_doc: Mapping[str, Analysis]) -> Iterator[tuple[Sentence, Analysis]]:
    """Each chosen sentence that is not its report's lede, with its report's analysis: the checks for something an
    item names that no item introduces pass over a lede, which introduces."""
    for s in chosen:
        a = by_doc.get(s.doc)
        if a is not None and not report_lede(a, s):
            yield s, a


_LEAD_IN_ENDS = (":", "--", "\u2014", "\u2013")


def intro_line(text: str) -> bool:
    """A line that only introduces a report: one ending in a colon or a dash (a dateline set apart: "THURSDAY,
    June 6 (Acme News) --"), or a wire dateline set apart."""
    return text.rstrip().endswith(_LEAD_IN_ENDS) or dateline_only(text)


def choose_lead(
    sentences: Sequence[Sentence], sources: Sequence[int], analyses: Sequence[Analysis],
    first: Callable[[int], tuple[int, ...]], fit: Callable[[Sentence], bool], lead_from: int,
    cited: Sequence[Sequence[str]] = (), seen: Openings | None = None,
) -> int:
    """The index (into ``sentences``, in selection order) of the sentence that leads the account. Among the
    best-ranked few (at least ``lead_from``, or the top third) that ``fit`` a lead, by ``first`` (the caller's
    keys: not an opinion piece's, not a disputed figure), then a sentence that tells the news (no reaction,
    detail or aside), the most ``sources`` stating it, a report's lede, the best rank. When none of the few
    tells the news, every chosen sentence that does is a candidate: the news the ranking placed lower leads
    rather than an appeal or a state the ranking placed first. When some of the few do not tell the news (a
    scene, an aside), a report's lede further down that more sources state than any of the few's news is a
    candidate too ("Through the anxious weeks …" ranked first, a forecast second, the result's lede lower). So is
    a sentence further down that other voices open with (``openings``) and that tells the news and that more voices
    state, cited or opening with it (``cited``: each sentence's cited reports), than any of the few's news: what most
    reports open with leads rather than the one report's set-up the ranking placed first (summ55; a detail more
    reports cite but none opens with stays below the few: "The new rule requires the council to publish …")."""
    opened = _opened(sentences, analyses, cited, seen) if cited else [0] * len(sentences)
    news = lead_key(sentences, sources, analyses, cited, opened)

    def key(k: int) -> tuple[int, ...]:
        return (*first(k), *news(k))

    pool = list(range(min(len(sentences), max(lead_from, len(sentences) // 3))))
    able = [k for k in pool if fit(sentences[k])] or pool
    best = max(first(k) for k in able)
    if not any(news(k)[0] == NEWS and first(k) == best for k in able):
        # none of the few tells the news with the caller's best keys (history at most): the news ranked lower may lead
        able += [k for k in range(len(pool), len(sentences)) if fit(sentences[k]) and news(k)[0] == NEWS]
    elif any(news(k)[0] < NEWS for k in able):
        # the few hold a scene, an aside or a reaction: a report's lede that tells the news and that more sources
        # state than any of the few's news may lead from lower down
        most = max(news(k)[1] for k in able if news(k)[0] == NEWS)
        able += [k for k in range(len(pool), len(sentences))
                 if fit(sentences[k]) and news(k)[0] == NEWS and news(k)[2] and news(k)[1] > most]
    if any(opened[len(pool):]):  # a sentence other voices open with, below the few, that more voices state
        most = max((news(k)[1] for k in able if news(k)[0] == NEWS), default=0)
        able += [k for k in range(len(pool), len(sentences))
                 if k not in able and opened[k] and fit(sentences[k]) and news(k)[0] == NEWS and news(k)[1] > most]
    return max(able, key=key)


def setup_lead(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` sets up what its report then turns against, or None: the next sentence of its report opens with a
    word of turning (``lexicon/turn_openers.txt``: "… was supposed to be a limited agreement …" before "But it may
    morph into something bigger …"). Shown alone at the head it states what the report contradicts, so in a story
    of one report it does not lead (``lead_key``). Not in ``tells_news``: there it also took the one report's lede
    boost (``single_report``) and cost held-out Multi-News 45.36 / 16.50 -> 45.27 / 16.45; joined to its turn
    wherever shown, 45.36 / 16.49 (bench/BRIEF_REVIEW.md, summ25)."""
    nxt = next((t for t in a.sentences[s.index:] if t.start >= s.end), None)
    first = re.match(r"[A-Za-z]+", nxt.text) if nxt is not None else None
    if first is not None and first.group().lower() in lexicon.words("turn_openers"):
        return f"the next sentence turns against it ({first.group()!r}): a set-up, not the news"
    if now_turn(a, s) is not None:
        return "the next sentence sets the news's now against its past ('Today, …'): background, not the news"
    return None


_YEAR = re.compile(rf"\b({YEAR_PATTERN})\b")
THEN_YEARS = 2
"""How many years before its report's date a year makes a sentence's time "then", not the news's."""


def now_turn(a: Analysis, s: Sentence) -> Sentence | None:
    """The next sentence of ``s``'s report when ``s`` tells of a time years before its report's date (every year it
    writes, or counts back to with "… months/years ago", at least ``THEN_YEARS`` before) and that sentence opens on a
    word of now and a comma (``lexicon/nowadays_words.txt``: "James Hansen first warned Congress … in 1988." then
    "Today, in a new paper, he brings a new warning …"), or on a word of turning and names a day of the report's week
    (``lexicon/turn_openers.txt`` and a weekday: "Obama told the Assembly 18 months ago …" then "But Netanyahu's
    triumph in Tuesday's elections keeps …", summ33): a delayed lede, the past set against the news (summ30); else
    None."""
    years = then_years(s.text, a.doc.published)
    if a.doc.published is None or not years or max(years) > a.doc.published.year - THEN_YEARS:
        return None
    nxt = next((t for t in a.sentences[s.index:] if t.start >= s.end), None)
    if nxt is None:
        return None
    first = re.match(r"[A-Za-z]+", nxt.text)
    if first is not None and first.group().lower() in lexicon.words("turn_openers") \
            and _WEEKDAY.search(nxt.text[first.end():]):
        return nxt
    if "," not in nxt.text:
        return None
    opening = nxt.text[: nxt.text.index(",")].strip().lower()
    return nxt if opening in lexicon.words("nowadays_words") else None


_AGO = re.compile(r"\b(\d{1,3}|[a-z]+)(?:-|\s+)([a-z]+?)s?\s+ago\b", re.I)
_WEEKDAY = re.compile(r"\b(?:" + "|".join(n.capitalize() for n in weekday_names(abbreviations=False)) + r")\b")


def then_years(text: str, published: dt.date | None) -> list[int]:
    """The years ``text`` writes, and, with its report's date, those it counts back to ("18 months ago" in a report
    of March 2015: 2013; "two years ago": 2013)."""
    return [*(int(y) for y in _YEAR.findall(text)), *(year for year, _ in _counted_back(text, published))]


def _counted_back(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """(year, months back) of each span ``text`` counts back from its report's date: "18 months ago", "two years
    ago", "a year ago" (``lexicon/single_count_words.txt``: a word counting one), "three summers ago" (a season,
    ``lexicon/seasons.tsv``, counts a year: it comes once a year)."""
    if published is None:
        return []
    out = []
    seasons = lexicon.aliases("seasons")
    for n, unit in _AGO.findall(text):
        word, unit = n.lower(), unit.lower()
        count = int(n) if n.isdigit() else WORDS.get(word) or (1 if word in lexicon.words("single_count_words") else 0)
        per = 1 if unit == "month" else 12 if unit == "year" or unit in seasons else 0
        if count and per:
            months = count * per
            out.append(((published.year * 12 + published.month - 1 - months) // 12, months))
    return out


def _then(text: str, published: dt.date) -> int | None:
    """The latest year ``text`` dates itself to when every date it gives is years before its report: each year it
    writes at least ``THEN_YEARS`` before the report's year, each span it counts back a year or more ("a year ago",
    "three summers ago": a year counted from the report's day, whatever the calendar year); else None."""
    written = [int(y) for y in _YEAR.findall(text)]
    back = _counted_back(text, published)
    if not (written or back) or any(y > published.year - THEN_YEARS for y in written) or any(m < 12 for _, m in back):
        return None
    return max([*written, *(y for y, _ in back)])


def history_lead(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` tells history rather than the news, or None: its main clause (not a relative, adverbial or
    appositive clause: "…, which was banned two years ago, …" glosses the news; but a clause of the same time, "was
    captured when they overran the city in June 2014", dates it: ``prior.main_tokens``) dates itself only years before
    its report (every year it writes at least ``THEN_YEARS`` before its report's year, every span it counts back a year
    or more: "The dispute began in 2007 when …", "The club passed him over a year ago."; ``_then``), and it names no
    weekday nor "today" (the news's own day). It keeps its place in the account; only the lead passes it while a
    sentence that tells the news is at hand (``lead_key``'s ``HISTORY``: below the news, above a reaction or an
    aside)."""
    published = a.doc.published
    spans = sentence_spans(a, s)
    if published is None or not spans:
        return None
    span = spans[0]
    main = " ".join(t.text for t in main_tokens(span))  # a clause of the same time ("when …") dates it (summ48)
    year = _then(main, published)
    if year is None:
        return None
    if _WEEKDAY.search(span.text) or any(t.lower_ in _RECENT for t in span):
        return None
    return f"dated only {year}, years before its report: history, not the news"


def tells_news(a: Analysis, s: Sentence, alone: bool = False) -> bool:
    """Is ``s`` none of a reaction, a detail from deep in its report, an aside, background, a scene or a frame? With
    ``alone`` (a story of one report) its report's lede whose main verb reacts tells the news (``reacting_lede``), and
    so does one hedged by a modal of guess (``hedged_lede``). A lede whose "will" follows a past event its clause tells
    ("… will be released this week, after he was acquitted …": ``event_clause_lede``) tells the news in a story of
    several reports too (summ49)."""
    reaction = reaction_lead(a, s)
    if reaction is not None and alone and reacting_lede(a, s, reaction):
        reaction = None
    aside = aside_lead(a, s)
    if aside is not None and ((alone and hedged_lede(a, s, aside)) or event_clause_lede(a, s, aside)):
        aside = None  # a lede whose outcome follows a past event it tells, in a story of any size (summ49)
    return not (reaction or detail_lead(a, s) or aside or background_lead(a, s) or scene_lead(a, s)
                or frame_lead(a, s))


def hedged_lede(a: Analysis, s: Sentence, aside: str) -> bool:
    """Is ``s`` its report's lede, passed over as an aside only for a modal of guess on its main verb
    (``lexicon/lead_asides.toml``'s ``guess_modals``: "Alabama's strict new immigration law may be backfiring.")? A
    report that opens on a hedged claim puts its news so: with no other report to tell it plainer, that claim is the
    news, as a reacting lede is (``reacting_lede``; summ32). Not advice or a forecast ("should", "will")."""
    if not report_lede(a, s) or not aside.startswith("its main verb is advice or a guess"):
        return False
    spans = sentence_spans(a, s)
    return bool(spans) and any(c.dep_ == "aux" and c.lower_ in _asides()["guess_modals"]
                               for c in spans[0].root.children)


def event_clause_lede(a: Analysis, s: Sentence, aside: str) -> bool:
    """Is ``s`` its report's lede, passed over as an aside only for a modal on its main verb, whose main verb has an
    adverbial clause telling a past event with its own subject ("Drivers will no longer deliver food in Varnia after
    its owner on Wednesday confirmed the closure of its business.", "… after he was acquitted …")? What will follow is
    told as the outcome of the event the clause tells: the lede tells the news (summ35). Not a forecast alone ("Frost
    will cover the valley on Friday.")."""
    if not report_lede(a, s) or not aside.startswith("its main verb is advice or a guess"):
        return False
    spans = sentence_spans(a, s)
    return bool(spans) and any(
        c.dep_ == "advcl" and _told_past(c) and any(k.dep_ in ("nsubj", "nsubjpass") for k in c.children)
        for c in spans[0].root.children)


def _told_past(v: Any) -> bool:
    """A simple past or a passive past ("after he was acquitted …", summ49)."""
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and any(c.dep_ == "auxpass" and c.tag_ == "VBD" for c in v.children))


def reacting_lede(a: Analysis, s: Sentence, reaction: str) -> bool:
    """Is ``s`` its report's lede, passed over as a reaction only for its main verb ("North Korea's official newspaper
    blasted South Korea on Tuesday for …")? A report that opens on a reaction is about that reaction: with no
    other report to tell the event reacted to, the reaction is the news (summ27). Not a lede mostly quoted."""
    return report_lede(a, s) and reaction.startswith("its main verb")


NEWS = 2
HISTORY = 1
"""``lead_key``'s first key: a sentence that tells the news, one that tells history (``history_lead``), neither (0)."""


def lead_key(
    sentences: Sequence[Sentence], sources: Sequence[int], analyses: Sequence[Analysis],
    cited: Sequence[Sequence[str]] = (), opened: Sequence[int] | None = None, seen: Openings | None = None,
) -> Callable[[int], tuple[int, int, int, int]]:
    """How well each sentence (by its index in ``sentences``, in selection order) leads, larger better: it
    tells the news (``tells_news``; in a story of one report, no ``setup_lead``: ``NEWS``; history, ``history_lead``,
    below it: ``HISTORY``), the ``sources`` stating it and the other voices that open with it (``openings``: their
    title or first sentences read alike; ``cited``, each sentence's cited reports, are not counted twice; summ55), it
    is its report's lede (or where its news opens after a lede of history: ``delayed_lede``), the better rank.
    ``opened``: those voices' counts when the caller has them (``_opened``); ``seen``: the brief's vectors."""
    by_doc = {a.doc.id: a for a in analyses}
    keys: dict[int, tuple[int, int, int, int]] = {}
    opened = _opened(sentences, analyses, cited, seen) if opened is None else opened

    def key(k: int) -> tuple[int, int, int, int]:
        if k not in keys:
            a = by_doc.get(sentences[k].doc)
            news = NEWS if a is None or (tells_news(a, sentences[k], len(analyses) == 1) and not (
                len(analyses) == 1 and setup_lead(a, sentences[k]))) else 0
            if news and a is not None and (history_lead(a, sentences[k]) or (
                    not report_lede(a, sentences[k]) and prior_month(a, sentences[k]))):
                news = HISTORY  # years back, or a month back below its report's lede (``prior``, summ48)
            lede = 1 if a is not None and (report_lede(a, sentences[k]) or delayed_lede(a, sentences[k])) else 0
            keys[k] = (news, sources[k] + opened[k], lede, -k)
        return keys[k]

    return key


def _opened(sentences: Sequence[Sentence], analyses: Sequence[Analysis], cited: Sequence[Sequence[str]],
            seen: Openings | None = None) -> list[int]:
    """How many voices open with each sentence (``openings.opening_voices``) that it does not cite."""
    voice = seen.voice if seen is not None else voice_groups([a.doc for a in analyses])
    out: list[int] = []
    for k, voices in enumerate(opening_voices(sentences, analyses, seen)):
        mine = {voice.get(d, d) for d in (cited[k] if k < len(cited) else ())}
        out.append(len(voices - mine))
    return out
