"""Pages that are no single article, or name their kind in their headline or byline (inputs34).

Signs, all conventions of the web (their words and numbers are data: ``page_kinds.json`` "other_pages"; the reads'
pages briefed as news with no word, bench/BRIEF_REVIEW.md "inputs34"):

* a site's front page: its address is the site's root ("https://www.example.com/", "/index.html"), or it says it
  is a website (``og:type`` "website") whose JSON-LD lists items (a top-level ``ItemList`` or ``CollectionPage``);
* a code repository's page: its host is a code-hosting site and its path names an owner and a project
  ("github.com/<owner>/<name>"), or its ``og:site_name`` is such a site's name;
* a tutorial or a technical post: the page shows several blocks of code (``<pre>``), which a news report has not;
* a podcast's episode: its headline labels the episode by number (", Episode 38", "Ep. 12: …"), even where its
  ``og:type`` says "article";
* an editorial: its byline is the paper's editorial board or its opinion label ("Editorial", "The Editorial
  Board", "<Paper>'s Editorial Writers", "Our View"), in the page's author markup (a ``byline`` or ``author``
  element, ``meta name="author"``, JSON-LD ``author``); "Editorial Staff" is a newsroom's credit, not one;
* an encyclopedia's or a wiki's article (kinds36): the page names a wiki's software as its generator
  (``<meta name="generator" content="MediaWiki 1.35">``), or its host is an encyclopedia's (wikipedia.org); a wiki
  of news reports (wikinews.org) is not one;
* a post on a social network (kinds36): its host is a social network's (twitter.com, facebook.com …), or its
  ``og:site_name`` is one's name ("Twitter");
* a site's own page, not an article (inputs39: a product's page): it says it is a website (``og:type``
  "website") and states no date anywhere an article does: no JSON-LD, no ``article:`` meta, no meta named for a
  date or a time, no year in its address, and its address holds no headline's slug ("…/434715-New-court-files-
  expose-…": an article's, on a site that calls every page a website).

Each sign is ``(kind, source, said)``; ``pagekind`` weighs them with the rest (each kind is noted, never skipped).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

from ..dates import RECENT_YEAR_PATTERN

Sign = tuple[str, str, str]

_AUTHOR_MARKUP = re.compile(r"\b(?:byline|author)", re.I)
_BY = re.compile(r"^(?:by|from)\s*:?\s+", re.I)
_OWNER = re.compile(r"^[\w.&-]+(?:\s+[\w.&-]+)?['’]s?\s+")
_MAX_BYLINE_WORDS = 8


def _split(url: str | None) -> tuple[str, list[str]]:
    if not url:
        return "", []
    parts = urlsplit(url if "//" in url else f"//{url}")
    return (parts.hostname or "").lower(), [s for s in parts.path.split("/") if s]


def _top_types(blocks: list[Any]) -> set[str]:
    """The ``@type`` of each JSON-LD block's top objects (its ``@graph`` members included)."""
    out: set[str] = set()
    for block in blocks:
        tops = block.get("@graph", [block]) if isinstance(block, dict) else block
        for obj in tops if isinstance(tops, list) else [tops]:
            if isinstance(obj, dict):
                t = obj.get("@type")
                out.update([t] if isinstance(t, str) else [x for x in t if isinstance(x, str)]
                           if isinstance(t, list) else [])
    return out


def front_signs(meta: dict[str, list[str]], url: str | None, blocks: list[Any], spec: dict[str, Any]) -> list[Sign]:
    """A site's front page: its address is the root, or a website whose JSON-LD lists items."""
    signs: list[Sign] = []
    host, segments = _split(url)
    if host and (not segments or len(segments) == 1 and segments[0].lower() in spec["front_paths"]):
        signs.append(("front", "url", f"the address is the site's front page '{url}'"))
    websites = [v for v in meta.get("og:type", []) if v.lower() == "website"]
    listed = sorted(_top_types(blocks) & set(spec["front_ld_types"]))
    if websites and listed:
        signs.append(("front", "ld", f"og:type 'website' and JSON-LD @type {listed[0]}"))
    return signs


def repository_signs(meta: dict[str, list[str]], url: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A code repository's page: a code-hosting host with an owner and a project in the path, or its site name."""
    signs: list[Sign] = []
    host, segments = _split(url)
    hosts = spec["code_hosts"]
    if len(segments) >= 2 and any(host == h or host.endswith(f".{h}") for h in hosts):
        signs.append(("repository", "host", f"host '{host}', path '/{segments[0]}/{segments[1]}'"))
    names = {h.split(".")[0] for h in hosts}
    for name in meta.get("og:site_name", []):
        if name.strip().lower() in names:
            signs.append(("repository", "site", f"site name '{name.strip()}'"))
            break
    return signs


def code_signs(tree: Any, spec: dict[str, Any]) -> list[Sign]:
    """A tutorial or a technical post: at least ``tutorial_min_code_blocks`` blocks of code (``<pre>``)."""
    if tree is None:
        return []
    blocks = sum(1 for el in tree.iter("pre") if "".join(el.itertext()).strip())
    if blocks >= spec["tutorial_min_code_blocks"]:
        return [("tutorial", "code", f"{blocks} blocks of code")]
    return []


def episode_signs(title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A podcast's episode: a headline labelling the episode by number, at its end or at its start."""
    if not title:
        return []
    words = "|".join(re.escape(w) for w in spec["episode_words"])
    label = rf"(?:{words})\s*#?\d{{1,4}}"
    if re.search(rf"(?:^|[,:|–—-]\s*){label}\s*$", title, re.I) or re.match(rf"^\s*{label}\s*[:|–—-]", title, re.I):
        return [("podcast", "title", "headline labelling an episode by number")]
    return []


def _bylines(tree: Any, meta: dict[str, list[str]], ld_authors: list[str]) -> list[str]:
    found = [*meta.get("author", []), *ld_authors]
    if tree is not None:
        for el in tree.iter():
            if not isinstance(el.tag, str) or el.tag in ("meta", "script", "style", "link"):
                continue
            marks = " ".join(el.get(k) or "" for k in ("class", "id", "itemprop", "rel"))
            if _AUTHOR_MARKUP.search(marks):
                said = " ".join("".join(el.itertext()).split())
                if 0 < len(said.split()) <= _MAX_BYLINE_WORDS:
                    found.append(said)
    return list(dict.fromkeys(found))


def editorial_signs(tree: Any, meta: dict[str, list[str]], ld_authors: list[str], spec: dict[str, Any]) -> list[Sign]:
    """An editorial: a byline naming the editorial board or an opinion label (module docstring)."""
    names = set(spec["editorial_bylines"])
    for byline in _bylines(tree, meta, ld_authors):
        bare = _BY.sub("", byline.strip()).strip(" -–—|,.:").lower().replace("’", "'")
        bare = re.sub(r"^the\s+", "", bare)
        if bare in names or _OWNER.sub("", bare) in names:
            return [("opinion", "byline", f"byline '{byline.strip()}'")]
    return []


def _host_in(host: str, hosts: list[str]) -> bool:
    return any(host == h or host.endswith(f".{h}") for h in hosts)


def wiki_signs(meta: dict[str, list[str]], url: str | None, spec: dict[str, Any]) -> list[Sign]:
    """An encyclopedia's or a wiki's article: a wiki's software as the page's generator, or an encyclopedia's host."""
    signs: list[Sign] = []
    host, _ = _split(url)
    if host and _host_in(host, spec["wiki_news_hosts"]):  # a wiki of news reports (Wikinews) is news
        return signs
    for generator in meta.get("generator", []):
        words = generator.lower().split()
        if words and words[0] in spec["wiki_generators"]:
            signs.append(("encyclopedia", "generator", f"generator '{generator}'"))
            break
    if host and _host_in(host, spec["encyclopedia_hosts"]):
        signs.append(("encyclopedia", "host", f"host '{host}'"))
    return signs


def social_signs(meta: dict[str, list[str]], url: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A post on a social network: a social network's host, or its name as the page's ``og:site_name``."""
    signs: list[Sign] = []
    host, _ = _split(url)
    if host and _host_in(host, spec["social_hosts"]):
        signs.append(("social", "host", f"host '{host}'"))
    for name in meta.get("og:site_name", []):
        if name.strip().lower() in spec["social_names"]:
            signs.append(("social", "site", f"site name '{name.strip()}'"))
            break
    return signs


_YEAR = re.compile(rf"(?:^|\D){RECENT_YEAR_PATTERN}(?:\D|$)")


def undated_site_signs(meta: dict[str, list[str]], url: str | None, blocks: list[Any],
                       spec: dict[str, Any]) -> list[Sign]:
    """A site's own page, not an article: a website by its ``og:type``, with no date stated (module docstring)."""
    kinds = [v for v in meta.get("og:type", []) if v.strip().lower() in spec["undated_og_types"]]
    if not kinds or blocks or any(k.startswith("article:") for k in meta):
        return []
    if any(w in key for key in meta for w in spec["date_meta_words"]):  # "pubdate", "dc.date.issued", "date"
        return []
    path = urlsplit(url if "//" in url else f"//{url}").path if url else ""
    slug = max((len([w for w in re.split(r"[-_]+", seg) if w.isalpha()]) for seg in path.split("/")), default=0)
    if _YEAR.search(path) or slug >= spec["article_slug_words"]:  # a dated address, or a headline's slug
        return []
    return [("site_page", "og", f"og:type '{kinds[0]}' with no date stated")]


def other_page_signs(meta: dict[str, list[str]], url: str | None, title: str | None, tree: Any, blocks: list[Any],
                     ld_authors: list[str], spec: dict[str, Any]) -> list[Sign]:
    """Every sign of this module's kinds on one page."""
    return [*front_signs(meta, url, blocks, spec), *repository_signs(meta, url, spec), *code_signs(tree, spec),
            *episode_signs(title, spec), *editorial_signs(tree, meta, ld_authors, spec), *wiki_signs(meta, url, spec),
            *social_signs(meta, url, spec), *undated_site_signs(meta, url, blocks, spec)]
