"""What every renderer says the same way: source numbers, figure wording, dates, place details.

Markdown and HTML both draw from these, so a figure, a date or a place reads
the same in either format.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from importlib import resources
from typing import Any

from ..dates import readable
from ..model import Brief, ClaimGroup, ClaimMention, Number, PlaceRow, SummarySentence, TimelineEntry
from ..sources import independent_count
from ..text import GLUED_END, story_label

__all__ = [
    "asset",
    "date_label",
    "disagreements",
    "doc_numbers",
    "figure_groups",
    "format_figure",
    "place_details",
    "provenance_json",
    "provenance_line",
    "sentence_date",
    "speaker_groups",
    "typeset_quotes",
    "unique_docs",
    "update_order",
    "verdict_label",
]

_OPENING_APOSTROPHES = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–-]))''(?=[^\s'])")


def typeset_quotes(text: str) -> str:
    """Shown text with the typewriter quotation marks of wire archives as the marks they stand for.

    Newswire archives made for research (DUC, TDT, Gigaword) write an opening quotation mark as two
    backticks and a closing one as two apostrophes (````Yes,'' he said.``); a reader sees junk (and
    Markdown reads backticks as code). Shown, they are “ and ”; two apostrophes that open a quotation
    (after a space, before a word) are “, as these archives sometimes write. Only what is shown
    changes: the JSON brief keeps the source's characters, so every span still indexes its report.
    (Typesetting the reports themselves at read time was measured: the quote-aware summary rules then
    see these quotations and pick other sentences, and DUC 2003 ROUGE-2 fell from 11.21 to 10.87.)"""
    if "``" not in text and "''" not in text:
        return text
    text = text.replace("``", "\u201c")
    text = _OPENING_APOSTROPHES.sub("\u201c", text)
    return text.replace("''", "\u201d")


@lru_cache(maxsize=8)
def asset(name: str) -> str:
    """A file of ``render/assets/`` (the page's CSS and script), read once."""
    return resources.files("storyline.render").joinpath("assets", name).read_text(encoding="utf-8")


def heading(brief: Brief) -> str:
    """The brief's heading: its title, or, when no report has a headline, "Untitled story" with the
    story's id (never a report id or a made-up headline: see ``summary.title``)."""
    return story_label(brief.title, brief.story_id)


def doc_numbers(brief: Brief) -> dict[str, int]:
    """1-based source numbers in ``brief.documents`` order (first one wins on a repeated id)."""
    numbers: dict[str, int] = {}
    for i, doc in enumerate(brief.documents, 1):
        numbers.setdefault(doc.id, i)
    return numbers


def provenance_line(brief: Brief) -> str:
    """'N reports, M independent, K skipped': how much evidence stands behind the brief ("reports", the word the
    web app's links, the store and the command line use; ux14)."""
    n = len(brief.documents)
    independent = independent_count([d.id for d in brief.documents], brief.documents)  # voices (sources.py)
    k = len(brief.skipped)
    return f"{n} report{'' if n == 1 else 's'}, {independent} independent, {k} skipped"


def provenance_json(value: Any) -> str:
    """A provenance value as compact text (settings may be nested dicts)."""
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, default=str, sort_keys=True)


def unique_docs(doc_ids: Iterable[str]) -> list[str]:
    """Doc ids without repeats, order kept: one ``[n]`` per source."""
    return list(dict.fromkeys(doc_ids))


def date_label(entry: TimelineEntry) -> str:
    """A timeline date as people write it: "28 Sep 2015 to 30 Sep 2015", "week of 28 Sep 2015",
    "since 30 Sep 2015" (a running total, not an event of that day), "by 2020" (a deadline), "7 Oct 2015
    (year inferred)"."""
    label = readable(entry.date) if entry.date else "undated"
    if entry.end:
        label += f" to {readable(entry.end)}"
    if entry.relation and entry.date and not entry.end:
        label = f"{entry.relation} {label}"
    if entry.year_inferred:
        label += " (year inferred)"
    if entry.other_reading:
        label += f" ({entry.other_reading})"
    return label


CAPTION_NOTE = "Photo caption:"
"""Shown before a timeline entry whose text is a caption: the date is the picture's, and the text
describes a picture rather than telling the news."""


MENTION_NOTE = "(mentioned)"
"""Shown after the date of a timeline entry marked ``mention``: the date belongs to an event the
sentence mentions ("the June 1995 meeting", "came close to winning in 2008"), not to what the
sentence reports; the entry stays (it dates that mentioned event) but is not read as the news."""
MENTION_TITLE = "a date of an event this sentence mentions, not of the event it reports"
EXPECTED_NOTE = "(expected)"
"""Shown after the date of a timeline entry marked ``future``: what the sentence dates was still to
come when the report was written ("will meet on Friday", "I am coming south Monday, December 18"): a
plan or an expectation, not an event that happened."""
EXPECTED_TITLE = "a date of something still to come when the report was written, not of an event that happened"


def human_date(iso: str) -> str:
    """An ISO date as people write it: "30 Sep 2015", "Sep 2015", "week of 28 Sep 2015", "2015"."""
    try:
        if len(iso) == 10 and iso[4] == "-":
            return dt.date.fromisoformat(iso).strftime("%-d %b %Y")
        if len(iso) == 8 and iso[5] == "W":
            return "week of " + dt.date.fromisocalendar(int(iso[:4]), int(iso[6:]), 1).strftime("%-d %b %Y")
        if len(iso) == 7 and iso[4] == "-":
            return dt.date(int(iso[:4]), int(iso[5:]), 1).strftime("%b %Y")
    except ValueError:
        return iso
    return iso


def sentence_date(sentence: SummarySentence) -> str:
    """A summary sentence's date as shown: "30 Sep 2015" for the event, "reported 1 Oct 2015"
    when only its report's date is known, "" when neither is."""
    if not sentence.date:
        return ""
    label = human_date(sentence.date)
    return label if sentence.date_basis == "event" else f"reported {label}"


_DAYS = {"min": 1 / 1440, "h": 1 / 24, "d": 1.0, "wk": 7.0, "mo": 30.4, "yr": 365.25}  # a duration's unit in days
_FAR_APART = 10.0  # two durations this many times apart are two spans of time, not two estimates of one


def _modifiers(unit: str) -> frozenset[str]:
    """The words before a counted noun's head, without its "of …" ("government-allied candidates" →
    {"government-allied"}); empty for a one-word unit."""
    words = unit.lower().split(" of ")[0].split()
    return frozenset(words[:-1])


def one_reading(group: ClaimGroup) -> bool:
    """Can the row's figures disagree, or are they figures of different things the claims stage
    grouped? Not one thing: a share of an unnamed whole ("34 percent", "11 percent": of what, the text
    around them says, not the row); durations ten times apart or more ("eight days" after the quake,
    "over two hundred years" of history); counted nouns whose modifiers have nothing in common ("nine
    other candidates", "13 government-allied candidates"). Such a row stays in the claims table with
    its verdict and is not shown as a disagreement between sources."""
    units = [m.unit.lower().strip() for m in group.mentions]
    if any(u in ("percent", "per cent", "%", "percentage") or (u.startswith("percent ") and " of " not in u)
           for u in units):
        return False
    days = [float(m.value) * _DAYS[m.unit] for m in group.mentions if m.unit in _DAYS]
    if days and min(days) > 0 and max(days) / min(days) >= _FAR_APART:
        return False
    mods = [_modifiers(u) for u in units if _modifiers(u)]
    return not (len(mods) == len(units) and len(units) > 1 and not frozenset.intersection(*mods))


def disagreements(brief: Brief) -> list[tuple[ClaimGroup, list[tuple[str, list[str], list[ClaimMention]]]]]:
    """The claim rows where the sources disagree (differ, contested), each with who says what:
    (figure as written, its speakers, its mentions) per figure, in first-seen order. A figure a report states
    itself, no speaker named, is said by that report's outlet, so that every side of a line names who says it
    (claims72). Main rows only: a minor row (``claims/weight.py``) is no headline disagreement. An update's
    figures (a running count, a revised estimate) go in the order of their reports' dates, so that the later
    report's value reads as the update it is (``update_order``)."""
    outlets = {d.id: (d.outlet or "").split(" (")[0].strip() for d in brief.documents}
    out = []
    for group in brief.claims:
        if group.verdict not in ("differ", "contested") or group.minor or not one_reading(group):
            continue
        says = []
        for figure, ms in figure_groups(group.mentions):
            who = list(dict.fromkeys(w for w, _ in speaker_groups(ms)))
            who += [o for o in dict.fromkeys(outlets.get(m.doc, "") for m in ms if not m.speaker) if o and o not in who]
            says.append((figure, who, ms))
        if update_order(brief, group):
            days = _report_days(brief)
            says.sort(key=lambda s: max(days[m.doc] for m in s[2]))
        out.append((group, says))
    return out


def _report_days(brief: Brief) -> dict[str, dt.date]:
    return {d.id: d.published for d in brief.documents if d.published is not None}


def update_order(brief: Brief, group: ClaimGroup) -> bool:
    """Is the row an update whose figures each come from reports of their own day, so that they can be told in
    order ("82 people [2], then 113 people [1]")? Figures of one day are left side by side: which came first,
    the reports do not say."""
    if not group.update:
        return False
    days = _report_days(brief)
    spans = []
    for _, ms in figure_groups(group.mentions):
        if any(m.doc not in days for m in ms):
            return False
        spans.append((min(days[m.doc] for m in ms), max(days[m.doc] for m in ms)))
    spans.sort()
    return len(spans) > 1 and all(a[1] < b[0] for a, b in zip(spans, spans[1:], strict=False))


def verdict_label(group: ClaimGroup) -> str:
    """A disagreement's verdict as a line shows it: 'differ', 'contested', or 'differ, an update' for a running
    count or a revised estimate, which is no dispute between the sources."""
    return f"{group.verdict}, an update" if group.update and group.verdict == "differ" else group.verdict


def _number(value: Number) -> str:
    """A figure as people write it: 1,500 not 1500.0."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.6f}".rstrip("0").rstrip(".")


_AFTER_QUALIFIERS = frozenset({"or so", "or more"})  # written after the number (claims48)
_GLUED_QUALIFIERS = frozenset({"-odd", "-plus", "+"})


def format_figure(mention: ClaimMention) -> str:
    """'about 20 people', 'at least 12', '20–25 people', 'hundreds of people (vague: 200)'."""
    low, high = _number(mention.low), _number(mention.high)
    num = f"{low}–{high}" if low != high else _number(mention.value)
    if mention.vague and mention.text:
        # "hundreds of people": the words as written, and the convention's count
        return f"{' '.join(mention.text.split())} (vague: {num})"
    unit = mention.unit
    if unit and mention.base is not None:
        unit = f"out of {unit}"  # "2 out of 57 strikes"
    qualifier, after = mention.qualifier or "", ""
    if qualifier in _GLUED_QUALIFIERS:  # "20-odd people", "180-plus riders", "20+": glued after the number
        num, qualifier = num + qualifier, ""
    elif qualifier in _AFTER_QUALIFIERS and mention.dimension == "count":
        num, qualifier = f"{num} {qualifier}", ""  # "2 or more connected clients", "50 or so bodies"
    elif qualifier in _AFTER_QUALIFIERS:
        after, qualifier = qualifier, ""  # "60 mph or more", "15 d or so": after a measure's unit
    words = [qualifier, num, unit, after]
    return " ".join(w.strip() for w in words if w)


def _grouped(
    mentions: Iterable[ClaimMention], key: Callable[[ClaimMention], str]
) -> list[tuple[str, list[ClaimMention]]]:
    groups: dict[str, list[ClaimMention]] = {}
    for m in mentions:
        k = key(m)
        if k:
            groups.setdefault(k, []).append(m)
    return list(groups.items())


def figure_groups(mentions: Iterable[ClaimMention]) -> list[tuple[str, list[ClaimMention]]]:
    """Mentions grouped by how their figure reads, in first-seen order: who says 20, who says 24."""
    return _grouped(mentions, format_figure)


def _speaker(m: ClaimMention) -> str:
    if not m.speaker:
        return ""
    who = " ".join(m.speaker.split())
    return who if m.speaker_resolved else f"{who} (unresolved)"


def speaker_groups(mentions: Iterable[ClaimMention]) -> list[tuple[str, list[ClaimMention]]]:
    """Mentions grouped by speaker (unattributed ones left out), in first-seen order."""
    return _grouped(mentions, _speaker)


def place_details(place: PlaceRow, coordinates: str) -> list[str]:
    """The kind of place and its coordinates (``coordinates`` is the number format, e.g. ".4f")."""
    details: list[str] = [place.kind] if place.kind else []
    details.append(f"{place.lat:{coordinates}}, {place.lon:{coordinates}}")
    return details


def spaced(text: str) -> str:
    """A summary item as the reader sees it: a unit of several sentences whose source ran them together with
    no space after the stop ("… unblemished triumph.It wasn't only …", as scraped text often has; the sentence
    splitter cuts there, ``text.GLUED_END``) gets the space back. The brief's text and offsets are the
    source's; only the shown text changes."""
    return GLUED_END.sub(lambda m: m.group(0) + " ", text)
