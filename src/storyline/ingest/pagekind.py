"""Saved web pages that are not news reports, by kind: opinion, review, deals, a press release, a product page …

A folder of saved pages holds more than news: an opinion column, a shopping-deals post, a vendor's press
release, a product page, a recipe, a podcast's page, a table of results. Briefed as news, each would be
counted as an independent report. This check reads the signs the web itself gives a page's kind, all of
them data (``data/page_kinds.json``), none taken from the pages storyline is measured on:

* schema.org types in the page's JSON-LD (``OpinionNewsArticle``, ``Review``, ``Recipe``, ``PodcastEpisode``,
  a ``Product`` as the page's main thing) and its ``articleSection`` and ``genre``;
* Open Graph and article meta: ``og:type`` (``product``), ``article:section``, ``article:opinion``,
  ``news_keywords``;
* the URL: path segments sites file such pages under (``/opinion/``, ``/columnists/``, ``/press-releases/``,
  ``/deals/``), the words of its slug (``…-review``), a press-release wire's host;
* a headline label ("Opinion:", "Review:", "… Podcast:");
* for deals: links into affiliate networks (a repeated link counted once), prices per word, a commission disclosure;
* for a press release: an "About <company>" section, the release's closing formulas ("For more information,
  please visit", "Media contact"), the company of the lede describing itself at the end ("<Name> is a …");
  a wire service's dateline ("WASHINGTON (AP) —") overrules these text signs;
* for results: most lines are scores or figures.

A kind marked ``skip`` (deals, a product page, a recipe, a press release) needs a sure sign (its schema.org
type, ``og:type``, its section, its URL) or two signs of different sources: the page is skipped with its
reason. The other kinds (opinion, analysis, a review, a podcast's page, results) are kept with a note, shown
in the brief and on stderr: readers often want them, and a news report must never be skipped.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from .listings import is_roundup, listing_lines
from .pagekind_digest import digest_signs
from .pagekind_host import host_section_signs
from .pagekind_pages import other_page_signs
from .pagekind_player import player_signs, recording_og, transcript_signs
from .pagekind_preview import preview_signs
from .pagekind_project import release_title_signs
from .pagekind_reader import reader_page_signs
from .pagekind_site import site_page_signs
from .pagekind_teaser import members_teaser_signs
from .photos import pictures_in_article

_LD_SCRIPT = re.compile(r"<script[^>]+application/ld\+json[^>]*>(.*?)</script>", re.I | re.S)
_PRICE = re.compile(r"[$£€]\s?\d")
_WORD = re.compile(r"\w+")
_FIGURE = re.compile(r"\d")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")  # a result: "Viera d. Rockledge 3-1"
_SCORE_LINE_WORDS = 8
_LABEL = re.compile(r"^\s*([^:|–—]{1,40}?)\s*[:|–—]\s+\S")
_REVIEW_TITLE = re.compile(r"\S\s+review\s*(?:$|[-–—:|]\s)", re.I)
_ABOUT_HEADING = re.compile(r"^About\s+[\w&.'’-]+(?:\s+[\w&.'’-]+){0,4}:?$")
_NAME_OPENING = re.compile(r"^([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})")
_LEDE_WORDS = 8
_DATELINE_LINES = 3  # a wire dateline opens one of the first lines (a headline may stand above)
_MAX_LD_CHARS = 500_000
_MAX_NODES = 5_000

KEYWORD_LABELS = True
"""Switch: a long read's label among the page's plain ``keywords`` ("Longform") is a feature's sign (inputs37)."""
HEADLINE_OPENINGS = True
"""Switch: a backgrounder's headline opening ("The history of …", ``headline_openings``) is an explainer's sign
(inputs43)."""


@dataclass(frozen=True, slots=True)
class PageKind:
    """What a page looks like: its kind, the signs for it, and whether it is skipped or kept with a note."""

    kind: str
    what: str
    signs: tuple[str, ...]
    skip: bool
    kept: str = ""
    report: bool = False  # a kind that may be a news report in its own shape (results): not called "not a report"

    @property
    def reason(self) -> str:
        """The skip reason or the note: "looks like an opinion piece (URL path '/opinion/'), …"."""
        said = f"looks like {self.what} ({'; '.join(self.signs)})" + ("" if self.report else ", not a news report")
        return said if self.skip else f"{said}; {self.kept}"


@dataclass(frozen=True, slots=True)
class _Sign:
    kind: str
    source: str  # where it was seen: ld, og, section, url, host, slug, keywords, title, links, prices, …
    said: str


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    text = resources.files("storyline").joinpath("data/page_kinds.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def _walk(node: Any, depth: int = 0) -> Iterator[dict[str, Any]]:
    """Every JSON object in ``node`` (a JSON-LD block), ``@graph`` members included, shallow first."""
    if depth > 8:
        return
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value, depth + 1)
    elif isinstance(node, list):
        for item in node[:200]:
            yield from _walk(item, depth + 1)


def _ld_blocks(html: str) -> list[Any]:
    blocks = []
    for m in _LD_SCRIPT.finditer(html[:_MAX_LD_CHARS * 4]):
        try:
            blocks.append(json.loads(m.group(1)[:_MAX_LD_CHARS]))
        except (ValueError, RecursionError):
            continue
    return blocks


def ld_objects(html: str) -> Iterator[dict[str, Any]]:
    """Every object of the page's JSON-LD blocks (at most ``_MAX_NODES`` per block)."""
    for block in _ld_blocks(html):
        for n, obj in enumerate(_walk(block)):
            if n > _MAX_NODES:
                break
            yield obj


def _types(obj: dict[str, Any]) -> list[str]:
    t = obj.get("@type")
    return [t] if isinstance(t, str) else [x for x in t if isinstance(x, str)] if isinstance(t, list) else []


def _texts(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


def _ld_signs(html: str) -> tuple[list[_Sign], list[str]]:
    """Signs from JSON-LD: kinds by ``@type`` and by telling keys; the ``articleSection``/``genre`` values."""
    data = _data()
    signs: list[_Sign] = []
    sections: list[str] = []
    for block in _ld_blocks(html):
        tops = block.get("@graph", [block]) if isinstance(block, dict) else block
        top_ids = {id(o) for o in (tops if isinstance(tops, list) else [tops]) if isinstance(o, dict)}
        for n, obj in enumerate(_walk(block)):
            if n > _MAX_NODES:
                break
            for t in _types(obj):
                kind = data["ld_types"].get(t)
                if kind and (t not in data["ld_main_only"] or id(obj) in top_ids):
                    signs.append(_Sign(kind, "ld", f"JSON-LD @type {t}"))
            for key, kind in data["ld_keys"].items():
                if key in obj:
                    signs.append(_Sign(kind, "ld", f"JSON-LD {key}"))
            for key in ("articleSection", "genre"):
                sections.extend(_texts(obj.get(key)))
    return signs, sections


def meta_tags(tree: Any) -> dict[str, list[str]]:
    """The page's meta tags by their key (property, name or itemprop, lower case): their contents in page order."""
    out: dict[str, list[str]] = {}
    if tree is None:
        return out
    for el in tree.iter("meta"):
        key = el.get("property") or el.get("name") or el.get("itemprop")
        content = el.get("content")
        if key and content is not None:
            out.setdefault(key.strip().lower(), []).append(content.strip())
    return out


def _section_signs(values: list[str], source: str, label: str) -> list[_Sign]:
    table, last_words = _data()["sections"], _data()["section_last_words"]
    signs = []
    for value in values:
        for part in re.split(r"[,;|/]", value):
            words = part.lower().split()
            key = " ".join(words)
            if key not in table and 2 <= len(words) <= 3 and words[-1] in last_words:
                key = words[-1]  # "Tuesday Column", "Guest Column": the label's last word
            if key in table:
                signs.append(_Sign(table[key], source, f"{label} '{part.strip()}'"))
    return signs


def _meta_signs(meta: dict[str, list[str]]) -> list[_Sign]:
    data = _data()
    signs = []
    for og in meta.get("og:type", []):
        kind = data["og_types"].get(og.lower())
        if kind:
            signs.append(_Sign(kind, "og", f"og:type '{og}'"))
    if any(v.lower() == "true" for v in meta.get("article:opinion", [])):
        signs.append(_Sign("opinion", "section", "article:opinion 'true'"))
    for key in ("article:section", "section", "parsely-section"):
        signs += _section_signs(meta.get(key, []), "section", key)
    for value in meta.get("news_keywords", []):  # a keyword's last word: "Site Deals", "Opinion"
        for part in value.split(","):
            words = part.lower().split()
            kind = data["sections"].get(words[-1]) if words else None
            if kind:
                signs.append(_Sign(kind, "keywords", f"news_keywords '{part.strip()}'"))
    return signs + _keyword_signs(meta.get("keywords", []))


def _keyword_signs(values: list[str]) -> list[_Sign]:
    """A site's label among the page's ``keywords`` (a tag such as "Longform"): only a keyword that is wholly a
    section's label of ``keyword_kinds`` (``keywords`` also lists the story's subjects: "Google, Larry Page";
    inputs37)."""
    if not KEYWORD_LABELS:
        return []
    data = _data()
    parts = [" ".join(part.lower().split()) for value in values for part in value.split(",")]
    return [_Sign(data["sections"][p], "keywords", f"keywords '{p}'") for p in dict.fromkeys(parts)
            if p in data["keyword_kinds"]][:1]


def _url_signs(url: str | None) -> list[_Sign]:
    if not url:
        return []
    data = _data()
    parts = urlsplit(url if "//" in url else f"//{url}")
    host = (parts.hostname or "").lower()
    signs = [_Sign("press_release", "host", f"host {host}") for h in data["release_hosts"]
             if host == h or host.endswith(f".{h}")][:1]
    segments = [s.lower() for s in parts.path.split("/") if s]
    for seg in segments[:-1] if len(segments) > 1 else []:
        kind = data["url_segments"].get(seg)
        if kind:
            signs.append(_Sign(kind, "url", f"URL path '/{seg}/'"))
    if segments:
        slug = re.sub(r"\.[a-z]{2,5}$", "", segments[-1])
        tokens = [t for t in slug.split("-") if t and not t.isdigit()]
        joined = f"-{'-'.join(tokens)}-"
        for token, kind in data["slug_tokens"].items():
            last = token in data["slug_last_only"]
            if (tokens and tokens[-1] == token) if last else f"-{token}-" in joined:
                signs.append(_Sign(kind, "slug", f"URL slug '{token}'"))
    return signs


def _title_signs(title: str | None) -> list[_Sign]:
    if not title:
        return []
    prefixes = _data()["headline_prefixes"]
    signs = []
    m = _LABEL.match(title)
    if m:
        head = " ".join(m.group(1).lower().split())
        last = head.split()[-1] if head else ""
        kind = prefixes.get(head) or (prefixes.get(last) if last == "podcast" else None)
        if kind:
            signs.append(_Sign(kind, "title", f"headline label '{m.group(1).strip()}'"))
    if _REVIEW_TITLE.search(title):
        signs.append(_Sign("review", "title", "headline '… review'"))
    low = " ".join(re.findall(r"[\w']+", title.lower().replace("’", "'")))
    for phrase, kind in _data()["headline_phrases"].items():
        if re.search(rf"\b{re.escape(phrase)}\b", low):
            signs.append(_Sign(kind, "title", f"headline '… {phrase} …'"))
    for phrase, kind in _data()["headline_openings"].items() if HEADLINE_OPENINGS else ():
        if low.startswith(f"{phrase} "):
            signs.append(_Sign(kind, "title", f"headline '{phrase.capitalize()} …'"))
    return signs


def _deal_signs(tree: Any, text: str) -> list[_Sign]:
    data = _data()
    limits = data["deals"]
    signs = []
    if tree is not None:
        marks = data["affiliate_link_marks"]
        pairs = data["affiliate_link_pairs"]
        rels = data["affiliate_rel"]
        seen: set[str] = set()  # a product linked twice (its picture and its name) is one link
        for a in tree.iter("a"):
            href = (a.get("href") or "").lower()
            rel = (a.get("rel") or "").lower()
            if (any(m in href for m in marks) or any(all(p in href for p in pair) for pair in pairs)
                    or any(r in rel.split() for r in rels)):
                seen.add(href.strip() or f"#{len(seen)}")
        n = len(seen)
        if n >= limits["min_affiliate_links"]:
            signs.append(_Sign("deals", "links", f"{n} affiliate or sponsored links"))
    prices = len(_PRICE.findall(text))
    words = max(1, len(_WORD.findall(text)))
    if prices >= limits["min_prices"] and prices * 1000 >= limits["prices_per_1000_words"] * words:
        signs.append(_Sign("deals", "prices", f"{prices} prices in {words} words"))
    low = " ".join(text.lower().split())
    phrase = next((p for p in data["commission_phrases"] if p in low), None)
    if phrase:
        signs.append(_Sign("deals", "disclosure", f"'{phrase}'"))
    return signs


def _release_signs(text: str) -> list[_Sign]:
    """A press release's shapes: an "About <company>" heading, its closing formulas, the lede's company
    describing itself in a closing paragraph. None when the text opens with a wire service's dateline."""
    data = _data()
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if not lines or re.search(data["wire_dateline"], "\n".join(lines[:_DATELINE_LINES]), re.M):
        return []
    signs = []
    tail = lines[len(lines) // 2:]
    about = next((line for line in tail if _ABOUT_HEADING.match(line)), None)
    if about:
        signs.append(_Sign("press_release", "about", f"an '{about}' section"))
    low = " ".join(" ".join(lines[-max(3, len(lines) // 3):]).lower().split())
    phrase = next((p for p in data["release_phrases"] if p in low), None)
    if phrase:
        signs.append(_Sign("press_release", "formula", f"'{phrase}'"))
    first = next((line for line in lines if len(line.split()) >= _LEDE_WORDS), lines[0])  # past a dateline line
    lede = re.sub(r"^[A-Z][A-Za-z .,'-]{2,40}\s+[-–—]\s+", "", first)  # "New York, NY – …"
    m = _NAME_OPENING.match(lede)
    if m:
        name = m.group(1).rstrip(",")
        said = re.compile(rf"^{re.escape(name)}(?:,[^.]{{0,80}},)?\s+(?:is|was|are)\s+(?:a|an|the)\s", re.I)
        if any(said.match(line) for line in lines[1:][-max(3, len(lines) // 3):]):
            signs.append(_Sign("press_release", "self", f"'{name} is a …' closing the text"))
    return signs


def _results_signs(text: str) -> list[_Sign]:
    limits = _data()["results"]
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < limits["min_lines"]:
        return []
    figures = 0
    for line in lines:
        tokens = line.split()
        with_figures = sum(1 for t in tokens if _FIGURE.search(t))
        if with_figures >= limits["min_figures"] and with_figures >= limits["figure_share"] * len(tokens):
            figures += 1
        elif len(tokens) <= _SCORE_LINE_WORDS and _SCORE.search(line):
            figures += 1
    if figures >= limits["line_share"] * len(lines):
        return [_Sign("results", "lines", f"{figures} of {len(lines)} lines are scores or figures")]
    return []


def _table_signs(text: str) -> list[_Sign]:
    """A stats post: most of the text's lines are table rows ("| … |"), the rest the writer's notes."""
    limits = _data()["stats_tables"]
    lines = [line for line in text.split("\n") if line.strip()]
    rows = sum(1 for line in lines if line.lstrip().startswith("|"))
    if rows >= limits["min_rows"] and rows >= limits["row_share"] * len(lines):
        return [_Sign("stats", "lines", f"{rows} of {len(lines)} lines are table rows")]
    return []


PHOTO_WORDS = True
"""Switch: a photo post's text holds at most ``photo_post`` "max_words" words (inputs45: USA Today's report with a
video playlist's 59 thumbnails)."""


def _photo_signs(tree: Any, text: str) -> list[_Sign]:
    """A photo post: the article's block shows many pictures for themselves, with few words for each."""
    limits = _data()["photo_post"]
    pictures = pictures_in_article(tree, text, limits["min_picture_px"])
    words = len(text.split())
    few = words <= limits["max_words"] or not PHOTO_WORDS  # a long written report is no photo post (inputs45)
    if few and pictures >= limits["min_pictures"] and words <= limits["max_words_per_picture"] * pictures:
        return [_Sign("photo", "pictures", f"{pictures} pictures for {words} words")]
    return []


def _listing_signs(text: str) -> list[_Sign]:
    """A roundup's credit lines ("[Outlet]"); an events listing's lines of dates and addresses (``listings``)."""
    data = _data()
    signs = []
    roundup = is_roundup(text, data["roundup"])
    if roundup:
        n, names = roundup
        shown = ", ".join(f"[{name}]" for name in names[:3]) + (" …" if len(names) > 3 else "")
        signs.append(_Sign("roundup", "lines", f"{n} paragraphs credited on lines of their own: {shown}"))
    listed = listing_lines(text, data["events"])
    if listed:
        signs.append(_Sign("events", "lines", f"{listed[0]} of {listed[1]} lines give a date and an address"))
    return signs


def _noted_below(spec: dict[str, Any], sources: set[str]) -> bool:
    """A skipping kind short of its signs is noted when its data says "note_below", with "note_min_signs" sources
    at least and, when "note_requires" names some, a sign of one of them (a guide: its headline)."""
    need = spec.get("note_requires")
    return bool(spec.get("note_below")) and len(sources) >= spec.get("note_min_signs", 1) and (
        not need or bool(sources & set(need)))


def _decide(signs: list[_Sign]) -> PageKind | None:
    """The first kind (in the data's order) the signs make: a skipping kind needs a sure sign or two signs
    of different sources (short of them, noted as ``_noted_below`` says); a noted kind needs one sign.
    A kind with "requires" is only considered when a sign of one of those sources is seen."""
    data = _data()
    for kind, spec in data["kinds"].items():
        mine = [s for s in signs if s.kind == kind]
        sources = {s.source for s in mine}
        if not mine or spec.get("requires") and not sources & set(spec["requires"]):
            continue
        skip = bool(spec["skip"])
        if skip and not sources & set(spec.get("sure", [])) and len(sources) < spec.get("min_signs", 2):
            if not _noted_below(spec, sources):
                continue
            skip = False
        said = tuple(dict.fromkeys(s.said for s in mine))
        return PageKind(kind, spec["what"], said, skip, spec.get("kept", ""), bool(spec.get("report")))
    return None


def page_kind(html: str, tree: Any, text: str, url: str | None, title: str | None) -> PageKind | None:
    """The kind of page ``html`` (parsed as ``tree``, its article ``text``) when it is not a news report."""
    meta = meta_tags(tree)
    ld, sections = _ld_signs(html)
    signs = [*ld, *_section_signs(sections, "section", "articleSection"), *_meta_signs(meta)]
    signs += _url_signs(url or next(iter(meta.get("og:url", [])), None))
    signs += _title_signs(title) + _deal_signs(tree, text) + _release_signs(text) + _results_signs(text)
    signs += _photo_signs(tree, text) + _listing_signs(text) + _table_signs(text)
    data = _data()
    signs += [_Sign(*s) for s in reader_page_signs(text, title, data["reader_pages"], data["sponsor_disclosures"],
                                                   data["support_pages"])]
    signs += [_Sign(*s) for s in preview_signs(meta, list(ld_objects(html)), text, title, _data()["preview"])]
    signs += [_Sign(*s) for s in release_title_signs(title, data["project_release"])]
    page_url = url or next(iter(meta.get("og:url", [])), None)
    signs += [_Sign(*s) for s in site_page_signs(meta, page_url, title, text, bool(_LD_SCRIPT.search(html)),
                                                 data["site_pages"])]
    signs += [_Sign(*s) for s in other_page_signs(meta, page_url, title, tree, _ld_blocks(html), _ld_authors(html),
                                                  data["other_pages"])]
    signs += [_Sign(*s) for s in members_teaser_signs(tree, text, data["members_teaser"])]
    signs += [_Sign(*s) for s in digest_signs(tree, text, title, data["digest"])]
    section_values = sections + meta.get("article:section", [])
    signs += [_Sign(*s) for s in host_section_signs(section_values, title, data["host_sections"])]
    recording = data["recording_page"]
    signs = [s for s in signs if s.source != "og" or recording_og(s.kind, text, recording)]
    signs += [_Sign(*s) for s in player_signs(tree, text, recording) + transcript_signs(tree, text, recording)]
    return _decide(signs)


def _ld_authors(html: str) -> list[str]:
    """The names JSON-LD gives as a page's ``author`` (a name, an object's ``name``, or a list of them)."""
    names: list[str] = []
    for obj in ld_objects(html):
        value = obj.get("author")
        for item in value if isinstance(value, list) else [value]:
            name = item.get("name") if isinstance(item, dict) else item
            if isinstance(name, str):
                names.append(name)
    return names
