"""A site name that is only its address's label ("nj" of nj.com): the outlet named by the page instead.

trafilatura takes ``og:site_name`` as the site's name and capitalises a lower-case one ("nj" -> "Nj"). A site
that states its name only as the lower-case label of its own registrable domain has given no outlet name: the
label is the address, not a name. ``own_name`` then prefers a name the page states otherwise (a JSON-LD
publisher's or ``application-name``, when it is more than the label); else the label as written, when the page's
own text writes it as a word in lower case (a brand styled so: "my6sense"); else the domain as the page writes it
with a capital in its visible text ("NJ.com"); else the host itself ("nj.com"). A stated name with a capital
("Reuters" of reuters.com) is a name and kept.

A publisher's own news desk stated as the outlet (inputs29: a JSON-LD publisher "DH News Service" on Deccan
Herald's page, whose ``og:site_name`` is "Deccan Herald") is no wire credit: ``house_name`` gives the site's name
when the stated outlet is a first part and a desk word (``lexicon/house_service_nouns.txt``: "news service", "web
desk") and that first part is the site name's initials ("DH") or a word of it ("Express" of "The Indian Express").

A page that states no site name at all (inputs33: the Tulsa World's "Headline | Tulsa World", with no
``og:site_name``, no JSON-LD and no address of its own) names itself after its ``<title>``'s headline:
``titled_name`` takes that last part (one to four capitalised words after " | ", " - ", a dash or " :: ") as the
outlet when the page writes it, without case and spaces, as a domain at least twice ("tulsaworld.com",
"TulsaWorld.com"); or, that failing, the first part before the headline (inputs52: "DailyTech - Google Announces …",
the page's links and images at dailytech.com).

A site name stated with the site's slogan (inputs43: ``og:site_name`` "The Kenya Times | Breaking News, Business,
Politics, …" on thekenyatimes.com) names the outlet by its one part the site's domain spells (``tagline_name``: the
parts between " | ", " - ", a dash or " :: "; compared without case, spaces, punctuation and a leading "the"). A name
none of whose parts, or more than one, is the domain's is kept whole ("Fox News - Politics" on example.com).

A byline stated as the site's name (the lead, session 27: a JSON-LD Organization "Posted by Editor" on kenya-today.com,
whose ``og:site_name`` is "Kenya-today.com") is no outlet: ``byline_name`` gives the page's ``og:site_name`` instead, or
no outlet, when the stated one opens with a byline's words (``lexicon/byline_openers.txt``) and a capital.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from .. import lexicon
from .titles import domain_keys, site_key

LABEL_NAMES = True
"""Name an outlet stated only as its domain's lower-case label by the page (``own_name``)."""
TITLED_NAMES = True
"""Name an outlet the page states only after its ``<title>``'s headline, as its links' site (``titled_name``)."""
ADDRESS_NAMES = True
"""Name an outlet stated as a bare web address ("http://www.example.com") by the page (``address_name``)."""
HOUSE_SERVICES = True
"""Name the site for an outlet stated as the site's own news desk ("DH News Service") (``house_name``)."""
TAGLINE_NAMES = True
BYLINE_NAMES = True
"""Name the site by the part of a stated name its domain spells, its slogan cut ("Site | Breaking News, …")."""

_ADDRESS = re.compile(r"^(?:https?://|www\.)[^\s/]+/?$", re.I)  # a whole web address and nothing else
_HOST = re.compile(r"^(?:https?:)?//(?:www\.)?([^/:?#]+)", re.I)
_SKIP_TAGS = frozenset(("script", "style", "noscript", "template"))
_BYLINE = re.compile(r"^(?i:" + lexicon.alternation(lexicon.words("byline_openers"), space=r"\s+") + r")\s+[A-Z]")
_SMALL_WORDS = lexicon.words("site_name_small_words")  # "the", "of" …: no initial of a desk's name
_STYLED_MIN = 2  # times the page's text writes the bare label in lower case for it to be the site's styling
# A site's name after the headline in a <title>: one to four capitalised words after " | ", " - ", a dash, " :: ", or a
# bullet or middle dot (" • Site", inputs48).
_NAME_PARTS = re.compile(r"\s+(?:[-|–—]|::)\s+")  # "Site | slogan", "Site - slogan"
_TITLE_TAIL = re.compile(r"\s(?:[-|–—•·]|::)\s+((?:[A-Z0-9][\w'’&.]*\s?){1,4})$")
_TITLE_HEAD = re.compile(r"^((?:[A-Z0-9][\w'’&.]*\s?){1,4}?)\s(?:[-|–—•·]|::)\s")  # "DailyTech - Headline"
TITLE_HEADS = True
"""Switch: a site's name before the ``<title>``'s headline names an outlet stated nowhere else (inputs52)."""


def _host(url: str | None) -> tuple[str, str] | None:
    """``https://www.nj.com/x`` -> ("nj.com", "nj"): the host without ``www.`` and its registrable label."""
    m = _HOST.match((url or "").strip())
    if m is None:
        return None
    labels = [part for part in m.group(1).lower().split(".") if part]
    if len(labels) < 2:
        return None
    at = -3 if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2 else -2  # "example.co.uk"
    return ".".join(labels[at:]), labels[at]


def _stated(tree: Any, keys: tuple[str, ...]) -> list[str]:
    """The contents of the page's ``<meta>`` tags named (or with the property) ``keys``."""
    found: list[str] = []
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key in keys and content:
            found.append(content)
    return found


def _visible_text(tree: Any) -> str:
    """The page's text outside scripts and styles."""
    parts: list[str] = []
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        if el.text and el.tag.lower() not in _SKIP_TAGS:
            parts.append(el.text)
        if el.tail:
            parts.append(el.tail)
    return " ".join(parts)


def _written_form(domain: str, text: str) -> str | None:
    """The commonest form of ``domain`` in ``text`` that holds a capital ("NJ.com"), not inside a longer address."""
    pattern = re.compile(r"(?<![\w./@-])" + re.escape(domain) + r"(?![\w/-]|\.\w)", re.I)
    forms = Counter(m.group(0) for m in pattern.finditer(text) if m.group(0) != m.group(0).lower())
    return forms.most_common(1)[0][0] if forms else None


def address_name(outlet: str | None, publishers: list[str], tree: Any) -> str | None:
    """The site's name for an outlet stated as a bare web address (read42: an ``og:site_name`` of
    "http://www.example.com", shown as the outlet): a publisher's or an app's name the page states for that
    address's label, else the domain as the page writes it with a capital ("Example.com"), else the host."""
    if not ADDRESS_NAMES or outlet is None or not _ADDRESS.match(outlet.strip()):
        return outlet
    host = _host(outlet.strip() if "//" in outlet else "//" + outlet.strip())
    if host is None:
        return outlet
    domain, label = host
    if tree is None:
        return domain
    for name in [*publishers, *_stated(tree, ("application-name", "apple-mobile-web-app-title"))]:
        if site_key(name) in (label, site_key(domain)) and name != name.lower() and not _ADDRESS.match(name):
            return name
    return _written_form(domain, _visible_text(tree)) or domain


def own_name(outlet: str | None, url: str | None, publishers: list[str], tree: Any) -> str | None:
    """``outlet`` unless the page states it only as its domain's lower-case label (module docstring), or as a bare
    web address (``address_name``)."""
    outlet = address_name(outlet, publishers, tree)
    host = _host(url)
    if not LABEL_NAMES or outlet is None or host is None or tree is None or outlet.lower() != host[1]:
        return outlet
    domain, label = host
    site_names = _stated(tree, ("og:site_name",)) + [p for p in publishers if site_key(p) == label]
    if not site_names or any(name != label for name in site_names):
        return outlet  # the site wrote its name with a capital ("Reuters"): a name
    for name in [*publishers, *_stated(tree, ("application-name", "apple-mobile-web-app-title"))]:
        if site_key(name) != label and name != name.lower():
            return name
    text = _visible_text(tree)
    if _styled_lower(label, text):
        return label  # a brand the site writes in lower case in its own text ("my6sense"): the stated name
    return _written_form(domain, text) or domain


def _styled_lower(label: str, text: str) -> bool:
    """The page's text writes ``label`` itself as a word in lower case at least twice, not as an address."""
    pattern = re.compile(r"(?<![\w./@#-])" + re.escape(label) + r"(?![\w/@-]|\.\w)")
    return len(pattern.findall(text)) >= _STYLED_MIN


def house_name(outlet: str | None, tree: Any) -> str | None:
    """The page's site name when ``outlet`` is the site's own news desk ("DH News Service" on "Deccan Herald"):
    the desk's first part is the site name's initials or one of its words; else ``outlet``."""
    if not HOUSE_SERVICES or outlet is None or tree is None:
        return outlet
    desks = lexicon.alternation(lexicon.words("house_service_nouns"), space=r"\s+")
    m = re.match(rf"^\s*(.+?)\s+(?:{desks})\s*$", outlet, re.I)
    if m is None:
        return outlet
    stem = m.group(1).replace(".", "").strip()
    for name in _stated(tree, ("og:site_name", "application-name")):
        words = [w for w in re.findall(r"[\w'’&]+", name) if w.lower() not in _SMALL_WORDS]
        initials = "".join(w[0] for w in words if w[0].isupper())
        if name != outlet and (stem == initials and len(initials) > 1 or stem.lower() in {w.lower() for w in words}):
            return name
    return outlet


def titled_name(outlet: str | None, html: str, tree: Any) -> str | None:
    """``outlet``; when there is none, the site's name the ``<title>`` states after the headline when the page
    writes that name as a domain at least twice ("tulsaworld.com" for "Tulsa World"; module docstring)."""
    if not TITLED_NAMES or outlet is not None or tree is None:
        return outlet
    titles = [" ".join("".join(el.itertext()).split()) for el in tree.iter("title")]
    found = [_TITLE_TAIL.search(titles[0]), _TITLE_HEAD.match(titles[0]) if TITLE_HEADS else None] if titles else []
    for m in (m for m in found if m is not None):
        name = m.group(1).strip()
        keys = [k for k in {site_key(name), site_key(name).removeprefix("the")} if len(k) >= 3]
        domain = re.compile(r"(?<![\w-])(" + "|".join(map(re.escape, keys)) + r")\.[a-z]{2,}\b", re.I)
        if keys and len(domain.findall(html)) >= _STYLED_MIN:
            return name
    return None


def tagline_name(outlet: str | None, url: str | None) -> str | None:
    """The part of a site name stated with its slogan that the page's domain spells ("The Kenya Times" of "The
    Kenya Times | Breaking News, …" on thekenyatimes.com; module docstring); else ``outlet``."""
    if not TAGLINE_NAMES or not outlet:
        return outlet
    parts = [p.strip() for p in _NAME_PARTS.split(outlet) if p.strip()]
    keys = domain_keys(url)
    keys |= {k.removeprefix("the") for k in keys}
    own = [p for p in parts if site_key(p) in keys or site_key(p).removeprefix("the") in keys]
    return own[0] if len(parts) > 1 and len(own) == 1 else outlet


def byline_name(outlet: str | None, tree: Any) -> str | None:
    """``outlet``, unless it reads as a byline ("Posted by Editor"): then the page's ``og:site_name``, if it states one
    that is no byline, else no outlet (module docstring)."""
    if not BYLINE_NAMES or outlet is None or not _BYLINE.match(outlet.strip()):
        return outlet
    stated = _stated(tree, ("og:site_name",)) if tree is not None else []
    return next((name for name in stated if not _BYLINE.match(name)), None)
