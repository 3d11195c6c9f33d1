"""A site's name (and tagline) BEFORE the headline in a page's stated title.

``strip_site_name`` in ``html.py`` cuts a site's name after the headline ("Headline - Site"); this module cuts
one before it ("LinkNaija | Nigeria's popular news platform: Headline", "Site - tagline - Headline"). The
separators are data (``data/site_titles.json``). Kept apart from other title rules (kickers, site names after the
headline) so each can change alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any

_KEY = re.compile(r"[\W_]+")


@cache
def _data() -> dict[str, Any]:
    text = resources.files("storyline").joinpath("data/site_titles.json").read_text(encoding="utf-8")
    loaded: dict[str, Any] = json.loads(text)
    return loaded


def site_key(s: str) -> str:
    """A site's name as compared: no case, spaces or punctuation."""
    return _KEY.sub("", s.lower())


def domain_keys(url: str | None) -> set[str]:
    """``example.co.uk`` -> {"examplecouk", "example"}: the host without ``www.``, and its name part."""
    if not url:
        return set()
    host = re.sub(r"^(?:https?:)?//", "", url.strip().lower()).split("/", 1)[0].split(":", 1)[0]
    labels = [part for part in host.removeprefix("www.").split(".") if part]
    if len(labels) < 2:
        return set()
    short = len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2
    return {site_key(".".join(labels)), site_key(labels[-3] if short else labels[-2])}


def site_keys(outlet: str | None, url: str | None, publishers: Iterable[str] = ()) -> set[str]:
    """The page's own names, compared without case, spaces or punctuation (and without a leading "the"):
    its stated site name, its JSON-LD publishers and its domain ("example.co.uk" -> "examplecouk", "example")."""
    keys = {site_key(n) for n in [outlet or "", *publishers] if n} | domain_keys(url)
    keys |= {k.removeprefix("the") for k in keys}
    return {k for k in keys if len(k) >= 3}


_SECTION_WORDS = 2  # a site's section after its name: "Politics", "Health News"


def site_with_section(part: str, known: set[str]) -> bool:
    """``part`` (a stated title's last part) is the site's own name and a section's name after it ("CNN Politics"
    on cnn.com): its first words are a known name (``known``: site keys) and one or two capitalised words follow."""
    words = part.split()
    return any(
        len(words) - k <= _SECTION_WORDS
        and all(w[:1].isupper() for w in words[k:])
        and site_key(" ".join(words[:k])) in known
        for k in range(1, len(words))
    )


def _split_first(title: str, *, colon: bool = True) -> tuple[str, str] | None:
    """``title`` split at its first separator (the earliest in the string): (before, after)."""
    best: tuple[int, str] | None = None
    for sep in _data()["separators"]:
        if not colon and sep.strip() == ":":
            continue
        at = title.find(sep)
        if at > 0 and (best is None or at < best[0]):
            best = (at, sep)
    if best is None:
        return None
    return title[: best[0]].strip(), title[best[0] + len(best[1]):].strip()


def _opening_separator(s: str) -> str | None:
    """``s`` after a separator it opens with (": Headline" -> "Headline"); None when it opens with none."""
    for sep in _data()["separators"]:
        for form in (sep, sep.lstrip()):
            if s.startswith(form):
                return s[len(form):].strip()
    return None


def _long_enough(headline: str) -> bool:
    return len(headline.split()) >= int(_data()["min_headline_words"])


def strip_leading_site_name(
    title: str | None,
    outlet: str | None,
    url: str | None,
    *,
    publishers: Iterable[str] = (),
    stated_titles: Iterable[str] = (),
) -> str | None:
    """``title`` without the site's name (and tagline) before the headline; unchanged unless the first part is
    the page's own name (``site_keys``) and a headline of ``min_headline_words`` words or more follows.

    "Site | tagline: Headline": cut when the stated site name (og:site_name) is "Site | tagline" itself;
    "Site - tagline - Headline": the tagline goes too only when the page states "Headline" elsewhere.
    """
    if not title:
        return title
    rest = _after_site_name(title, outlet, url, list(publishers))
    if rest is None:
        return title
    stated = {s.strip().lower() for s in stated_titles if s and s.strip()}
    again = _split_first(rest, colon=False)  # a kicker's colon ("BREAKING: …") is no tagline's
    if again is not None and again[1].lower() in stated and _long_enough(again[1]):
        return again[1]
    return rest


def _after_site_name(title: str, outlet: str | None, url: str | None, publishers: list[str]) -> str | None:
    """What follows the page's own name at the start of ``title``; None when it does not start with it."""
    names = [n.strip() for n in [outlet or "", *publishers] if n.strip() and len(n.strip()) < len(title)]
    for name in sorted(names, key=len, reverse=True):  # the stated name whole, tagline and all
        if title.lower().startswith(name.lower()):
            rest = _opening_separator(title[len(name):])
            if rest is not None and _long_enough(rest):
                return rest
    first = _split_first(title)
    keys = site_keys(outlet, url, publishers)
    if first is None or not _long_enough(first[1]):
        return None
    if not {site_key(first[0]), site_key(first[0]).removeprefix("the")} & keys:
        return None
    return first[1]


def _names(value: Any) -> list[str]:
    if isinstance(value, dict):
        name = value.get("name")
        return [name] if isinstance(name, str) else []
    if isinstance(value, list):
        return [n for v in value[:5] for n in _names(v)]
    return [value] if isinstance(value, str) else []


def stated_names(html: str, tree: Any) -> tuple[list[str], list[str]]:
    """The page's JSON-LD publishers' names and the titles it states besides the one taken (og:title,
    twitter:title, <title>, JSON-LD headline, <h1>): what ``strip_leading_site_name`` checks a title against."""
    from .pagekind import ld_objects

    publishers: list[str] = []
    titles: list[str] = []
    for obj in ld_objects(html):
        publishers.extend(_names(obj.get("publisher")))
        headline = obj.get("headline")
        if isinstance(headline, str):
            titles.append(headline)
    if tree is not None:
        for el in tree.iter("meta"):
            key = (el.get("property") or el.get("name") or "").strip().lower()
            content = el.get("content")
            if key in ("og:title", "twitter:title") and content:
                titles.append(content)
        for tag in ("title", "h1"):
            titles.extend(" ".join("".join(el.itertext()).split()) for el in tree.iter(tag))
    return publishers, titles


_QUOTE_FORMS = str.maketrans({"’": "'", "‘": "'", "′": "'", "“": '"', "”": '"'})


def _comparable(s: str) -> str:
    return " ".join(s.translate(_QUOTE_FORMS).split()).casefold()


def strip_headline_trail(title: str | None, headings: Iterable[str], known: Iterable[str] = ()) -> str | None:
    """``title`` cut to the page's own headline when a trail follows it after a separator: a site's name, a
    section, a date or the writers' names ("Headline | DW | 19.01.2020", "Headline - Jane Doe and John Roe";
    ``data/site_titles.json`` "_trail"). ``headings``: the page's ``<h1>`` texts; the part before the separator
    must be one of them, word for word, of ``min_headline_words`` words or more, and the trail at most
    ``max_trail_words`` words; a heading that is the site's own name (``known``: ``site_keys``) is no headline.
    Unchanged otherwise."""
    if not title:
        return title
    data = _data()
    names = set(known)
    wanted = {_comparable(h) for h in headings if h and _long_enough(h)
              and site_key(h).removeprefix("the") not in names and site_key(h) not in names}
    for sep in data["trail_separators"]:
        at = title.find(sep)
        while at > 0:
            head, trail = title[:at].strip(), title[at + len(sep):].strip()
            if trail and len(trail.split()) <= int(data["max_trail_words"]) and _comparable(head) in wanted:
                return head
            at = title.find(sep, at + 1)
    return title


def headings(tree: Any) -> list[str]:
    """The page's ``<h1>`` texts, space-normalised (none when the page did not parse)."""
    if tree is None:
        return []
    return [" ".join("".join(el.itertext()).split()) for el in tree.iter("h1")]
