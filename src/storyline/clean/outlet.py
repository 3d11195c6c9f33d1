"""Mastheads and the outlet: the site's own name, read only from its furniture.

A masthead or section-path line in the header ("Bayview Courier | World &
Nation", "Northshore Gazette - News - Updated 14/03/2025") is removed, and a
date in it counts as a date line. When the input names no outlet,
``Document.outlet`` is read from a removed copyright line in the header or footer
("© 2025 Bayview Courier", "© Harbour FM 2025", "Copyright ©2010-15 AP - United
States America" -> "AP"), else from a masthead line, else from "Follow <Outlet>
on Facebook" (only a name that reads like an outlet's: "Harbour FM", not "Jane
Doe"). Never from prose.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..dates import RECENT_YEAR_PATTERN
from .config import DEFAULT_CONFIG
from .datelines import DateLine, parse_date_line
from .lines import HAS_ALNUM_RE, Line, first_paragraph, last_paragraph, norm_space, nwords, undecorated
from .patterns import DIGIT_RE, RIGHTS_RESERVED_RE
from .reasons import Reason
from .rules import is_byline

# "Bayview Courier | World & Nation", "Northshore Gazette - News - Updated 14/03/2025": dashes only
# between spaces, so "Rolls-Royce" stays one segment.
_MASTHEAD_SEP_RE = re.compile(r"\s+[|•·–—\-/»›]\s+|\s*\|\s*")
_NAME_SMALL_WORDS = lexicon.words("outlet_name_small_words")
# A masthead segment made only of these is a section of the site, not its name.
_SECTION_WORDS = lexicon.words("site_section_words")
# Words that make a name an outlet's: "Harbour FM", "Bayview Courier", "The Ledger".
_OUTLET_WORDS = lexicon.words("outlet_cue_words")
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_DOMAIN_RE = re.compile(r"[A-Za-z0-9]\.(?:com|net|org|news|tv|fm|co\.uk|com\.au|ie|ca)$")
_STOCK_PHOTO_RE = re.compile(r"getty|shutterstock|istock|alamy|flickr|wikimedia|creative commons|dreamstime", re.I)


def _is_name(seg: str, max_words: int = 5) -> bool:
    """'Bayview Courier', 'World & Nation', 'The Ledger': a short capitalised name, no sentence."""
    words = seg.split()
    if not 1 <= len(words) <= max_words or seg[-1] in ".,;:!?" or "," in seg or not HAS_ALNUM_RE.search(seg):
        return False
    if not (seg[0].isupper() or seg[0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words)


def _is_section(seg: str) -> bool:
    return all(w.lower().strip("'’") in _SECTION_WORDS or w.lower() in _NAME_SMALL_WORDS for w in seg.split())


def _looks_like_outlet(name: str) -> bool:
    """'Harbour FM', 'Bayview Courier', 'BBC', 'example.com': a media word, an acronym or a domain."""
    if _is_section(name):
        return False
    for w in name.split():
        core = w.strip("'’.,").removesuffix("'s").removesuffix("’s")
        if core.lower() in _OUTLET_WORDS or _ACRONYM_RE.match(core) or _DOMAIN_RE.search(core):
            return True
    return False


def masthead_segments(text: str) -> list[tuple[str, str]] | None:
    """A masthead or section-path line as (segment, kind) pairs, kind "name", "date" or "byline"; else None.

    Every segment is a short capitalised name ("Bayview Courier", "World & Nation"), a date ("Updated
    14/03/2025") or a byline, and at least one is a name: "Fire guts warehouse - hundreds evacuated" is
    a headline, not a masthead.
    """
    if nwords(text) > DEFAULT_CONFIG.max_masthead_words or len(text) > 200:
        return None
    segments = [seg.strip() for seg in _MASTHEAD_SEP_RE.split(text) if seg.strip()]
    if len(segments) < 2:
        return None
    out: list[tuple[str, str]] = []
    for seg in segments:
        if DIGIT_RE.search(seg) and parse_date_line(seg, bare_ok=True, strict=True) is not None:
            kind = "date"
        elif _is_name(seg, 4):
            kind = "name"
        elif is_byline(seg):
            kind = "byline"
        else:
            return None
        out.append((seg, kind))
    if not any(kind == "name" and not seg.isdigit() for seg, kind in out):
        return None
    return out


def sure_masthead(segments: list[tuple[str, str]]) -> bool:
    """A masthead even where no headline follows: it states a date or byline, or names an outlet."""
    return any(kind != "name" or _looks_like_outlet(seg) for seg, kind in segments)


def mark_mastheads(lines: list[Line], first_par: int) -> list[DateLine]:
    """Masthead and section-path lines before the first paragraph; the dates they state.

    A menu like "Home | News | Sport" that a rule already called navigation stays navigation;
    "The Ledger | Business" becomes a masthead.
    """
    dates: list[DateLine] = []
    for i in range(min(first_par, len(lines))):
        ln = lines[i]
        if not (ln.kept or ln.reason == Reason.NAV or ln.by_model) or (segments := masthead_segments(ln.text)) is None:
            continue
        if not ln.kept and not sure_masthead(segments):
            continue
        ln.reason = Reason.MASTHEAD
        for seg, kind in segments:
            if kind == "date" and (date_line := parse_date_line(seg, bare_ok=True, strict=True)) is not None:
                dates.append(date_line)
    return dates


_YEARS_RE = re.compile(rf"\b{RECENT_YEAR_PATTERN}(?:\s*[-–/]\s*(?:{RECENT_YEAR_PATTERN}|\d{{2}}))?\b")
_COPYRIGHT_LEAD_RE = re.compile(r"^(?:\(c\)|&copy;|copyright\b|by\b|\W|\d)*", re.I)
_OUTLET_CUT_RE = re.compile(
    r"\ball rights reserved\b|\b(?:syndicated|distributed|republished|reprinted|licensed|published)\b"
    r"|\b(?:and|or|and/or) its (?:affiliates?|affiliated companies|licensors|subsidiaries)\b|\bthis material\b"
    r"|\bmay not be\b|\bmore\s*»|,\s+(?:a|an|part of|owned by|operated by)\s",
    re.I,
)
_OUTLET_SENTENCE_END_RE = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bBros)\.(?:\s|$)")
_OUTLET_SEGMENT_RE = re.compile(r"\s+[-–—|•·]\s+|\s*\|\s*|\s*;\s*")
_FOLLOW_OUTLET_RE = re.compile(
    r"^(?i:follow) (?P<name>[A-Z0-9][\w.'’&-]*(?: (?:[A-Z0-9&][\w.'’&-]*|of|the|and)){0,4}) (?i:on|at) "
    r"(?i:facebook|twitter|x|instagram|linkedin|threads|bluesky|youtube|tiktok|whatsapp)\b"
)


def _outlet_name(name: str) -> str | None:
    """A cleaned outlet name, or None where it does not read like one ("JK Rowling, founder of ...")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = _OUTLET_SEGMENT_RE.split(name, maxsplit=1)[0]
    name = name.strip(" ,;:-–—|·•»")
    if name.endswith(".") and not name.endswith(("Inc.", "Corp.", "Co.", "Ltd.", "Bros.")):
        name = name[:-1].rstrip()
    if not name or len(name) > 60 or nwords(name) > 6 or "@" in name or "/" in name:
        return None
    if _STOCK_PHOTO_RE.search(name) or _is_section(name):
        return None
    core = re.sub(r",? (?:Inc|Corp|Co|Ltd|LLC|Bros)\.?$", "", name)
    return name if _is_name(core, 6) else None


def _copyright_outlet(text: str) -> str | None:
    """'© 2025 Bayview Courier' -> 'Bayview Courier'; 'Copyright ©2010-15 AP - United States America' -> 'AP'."""
    rest = _YEARS_RE.sub(" ", text)
    rest = _COPYRIGHT_LEAD_RE.sub("", norm_space(rest))
    m = _OUTLET_CUT_RE.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    m = _OUTLET_SENTENCE_END_RE.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    name = _outlet_name(norm_space(rest))
    if name is None:
        return None
    # "© Jane Doe" under a photo is a credit: without a year or "All rights reserved", only an outlet's name
    if _YEARS_RE.search(text) or RIGHTS_RESERVED_RE.search(text) or _looks_like_outlet(name):
        return name
    return None


def _masthead_outlet(segments: list[tuple[str, str]]) -> str | None:
    """The name in a masthead line: one that reads like an outlet's, else the first segment unless a section."""
    names = [seg for seg, kind in segments if kind == "name" and not _is_section(seg)]
    for seg in names:
        if _looks_like_outlet(seg):
            return _outlet_name(seg)
    first, kind = segments[0]
    if kind == "name" and names and names[0] == first:
        return _outlet_name(first)
    return None


def find_outlet(lines: list[Line], title_at: int | None) -> str | None:
    """The outlet as the page's own furniture states it: the copyright line, then the masthead, then a
    "Follow <Outlet> on Facebook" prompt. Never from article prose: only from lines cleaning removed.
    """
    first_par, last_par = first_paragraph(lines), last_paragraph(lines)
    # members looked up once (a StrEnum member lookup costs ~0.3 us on Python 3.11; these loops see every line)
    copyright_, masthead, nav, social = Reason.COPYRIGHT, Reason.MASTHEAD, Reason.NAV, Reason.SOCIAL
    for i, ln in enumerate(lines):
        if ln.reason == copyright_ and (i < first_par or i > last_par):
            name = _copyright_outlet(ln.text)
            if name:
                return name
    for i, ln in enumerate(lines):
        if ln.reason == masthead:
            segments = masthead_segments(ln.text)
            name = _masthead_outlet(segments) if segments else None
            if name:
                return name
        elif ln.reason == nav and title_at is not None and i < title_at and nwords(ln.text) <= 5:
            # "The Springfield Herald" alone above the headline
            name = _outlet_name(ln.text)
            if name and _looks_like_outlet(name):
                return name
    for ln in lines:
        if ln.reason == social and (m := _FOLLOW_OUTLET_RE.match(undecorated(ln.text))) is not None:
            name = _outlet_name(m.group("name"))
            if name and _looks_like_outlet(name):
                return name
    return None

