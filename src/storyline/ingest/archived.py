"""A page saved by a web archive: the outlet is the archived site's, never the archive's (inputs42).

A capture's address holds the address it archived in its path
("https://web.archive.org/web/20181210092018/https://www.example.com/2018/12/10/story.html"). When the page states
no site name, the extractor names the site after its address's host, and a capture's brief showed the archive
("web.archive.org") as the outlet of a newspaper's story, though the page's ``<title>`` ends with the paper's name
and the archived address is the paper's (bench/BRIEF_REVIEW.md, "Forty-seventh read").

``archived_name`` replaces an outlet that is only the capture's host: with the name the ``<title>`` states after
the headline (one to four capitalised words after " - ", " | ", a dash or " :: ") or a JSON-LD publisher, when that
name is the archived address's site (its registrable label, without case and spaces, is the name, or is spelt by
the name's words in order, each whole or by its initial: "nytimes" for "The New York Times"); else with the
archived address's domain ("example.com"). A name the page states (``og:site_name``: "Fox News") is kept, and so is
a page whose address archives nothing.

``archived_url`` gives, for the brief, the address the capture archived ("https://www.example.com/2018/12/10/
story.html"): the report's own address, whose domain tells the outlet's country and currency. The capture's
address is still what the page's own links are compared with (they point into the archive too).
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from .titles import domain_keys, site_key

ARCHIVED_NAMES = True
"""Switch: an outlet that is a web archive's host is the archived address's site (module docstring)."""
ARCHIVED_URLS = True
"""Switch: a capture's address is shown as the address it archived (module docstring)."""
_CAPTURE = re.compile(r"^(?:https?:)?//([^/?#\s]+)/[^?#\s]*?/(https?:/{1,2}[^/?#\s]+[^\s]*)$", re.I)
_TITLE_TAIL = re.compile(r"\s(?:[-|–—]|::)\s+((?:[A-Z0-9][\w'’&.]*\s?){1,4})$")
_WORD = re.compile(r"[A-Za-z0-9]+")


def archived_address(url: str | None) -> tuple[str, str] | None:
    """(the capture's host, the archived address) when ``url`` is a capture of another site's address; else None."""
    m = _CAPTURE.match((url or "").strip())
    if m is None:
        return None
    host, inner = m.group(1).lower(), m.group(2)
    inner = re.sub(r"^(https?):/+", r"\1://", inner, flags=re.I)  # "https:/www…" as some archives write it
    if not domain_keys(inner) or domain_keys(inner) & domain_keys("//" + host):
        return None
    return host, inner


def spells(label: str, name: str) -> bool:
    """``label`` (a domain's registrable label, lower case) is ``name`` without case and spaces, or is spelt by
    the name's words in order, each whole or by its initial, a leading "the" and small words free ("nytimes" for
    "The New York Times", "latimes" for "Los Angeles Times"); trailing words may go unspelt ("cbc" for "CBC
    News") once a word has been spelt whole."""
    if len(label) < 2:
        return False
    key = site_key(name)
    if label in (key, key.removeprefix("the")):
        return True
    small = lexicon.words("site_name_small_words")
    words = [w.lower() for w in _WORD.findall(name) if w.lower() not in small]
    return _spelt(label, words, whole=False)


def _spelt(rest: str, words: list[str], *, whole: bool) -> bool:
    if not rest:
        return whole or not words
    if not words:
        return False
    word = words[0]
    if rest.startswith(word) and _spelt(rest[len(word):], words[1:], whole=True):
        return True
    return rest[0] == word[0] and len(word) > 1 and _spelt(rest[1:], words[1:], whole=whole)


def _title_name(tree: Any) -> str | None:
    titles = [" ".join("".join(el.itertext()).split()) for el in tree.iter("title")] if tree is not None else []
    m = _TITLE_TAIL.search(titles[0]) if titles else None
    return m.group(1).strip() if m else None


def archived_name(outlet: str | None, url: str | None, publishers: list[str], tree: Any) -> str | None:
    """``outlet``, or, when it is only the host of ``url`` and ``url`` archives another site's address, that
    site's name as the page's ``<title>`` or publisher states it, else its domain (module docstring)."""
    capture = archived_address(url) if ARCHIVED_NAMES and outlet else None
    if capture is None or outlet is None:
        return outlet
    host, inner = capture
    if site_key(outlet) not in domain_keys("//" + host) | {site_key(host)}:
        return outlet  # a name the page states ("Fox News")
    keys = sorted(domain_keys(inner), key=len)
    label = keys[0]
    for name in [_title_name(tree), *publishers]:
        if name and spells(label, name):
            return name
    return re.sub(r"^(?:https?://)?(?:www\.)?", "", inner, flags=re.I).split("/", 1)[0].lower()


def archived_url(url: str | None) -> str | None:
    """The address ``url`` archives when it is a web archive's capture of another site's page; else ``url``."""
    capture = archived_address(url) if ARCHIVED_URLS else None
    return capture[1] if capture is not None else url
