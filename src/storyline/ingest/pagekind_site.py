"""Pages a site writes about itself or in its writer's own voice: an about page, a song's lyrics, a blog post, an essay.

Signs, all conventions of the web (their words and numbers are data: ``page_kinds.json`` "site_pages"; the reads'
pages briefed as news with no word, bench/BRIEF_REVIEW.md "inputs32"):

* an organisation's page about itself: its address is an about page ("/about/", "/who-we-are/": the path's first
  segment, at most two segments), its ``article:section`` opens "About", or its headline is one ("What we do");
* a song's lyrics: a headline labelling them ("… Lyrics : <Artist>", "Lyrics: …"), or "lyrics" a word of the
  address's slug together with the word in the headline;
* a blog post: the site calls itself a blog (``og:site_name`` "The … Blog") or its host is one ("blog." a label of
  the host, or a user's site on a blogging platform: "name.wordpress.com"; a "/blog/" path is no sign: news sites
  file reports there; a user's page on a publishing platform, "/@name/…", inputs39), or a blogging platform
  made the page (``<meta name="generator" content="blogger">``, kinds36) on a site whose ``og:site_name`` does
  not call it news ("<Name> | Nigeria's popular news platform" is a news site on Blogger; WordPress and
  WordPress.com make news sites' pages too: no sign);
* a personal essay or first-person post: the writer's "I" outside quotation marks far more than a report has it, or
  often enough on a page naming no publisher in its metadata (no ``og:`` or ``article:`` tag, no JSON-LD); speakers'
  labelled turns count as quotation (a broadcast transcript's "JON DOE: I don't think …"; inputs37);
* a question-and-answer interview: lines opening with a speaker's label ("Q:", "<Outlet>:", "<Name>:"), one to
  three labels each used again (the questions may be unlabelled); its "I" is the speaker's, so it is an
  interview, not an essay (noted before one).

Each sign is ``(kind, source, said)``; ``pagekind`` weighs them with the rest (each kind is noted, never skipped).
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urlsplit

Sign = tuple[str, str, str]
TURNS_QUOTED = True
"""Switch: speakers' labelled turns (a transcript's "NAME: …") are quotation for the essay count (inputs37)."""

_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"\n]{0,2000}\"|«[^»]{0,2000}»")
_FIRST_PERSON = re.compile(r"\b(?:I|me|my|mine|myself|I'm|I've|I'd|I'll)\b")
_TITLE_SITE = re.compile(r"\s+[-|–—]\s+.*$")
_SPEAKER = re.compile(r"^\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*:\s*[\w“\"'‘]")


def _path(url: str | None) -> tuple[str, list[str]]:
    if not url:
        return "", []
    parts = urlsplit(url if "//" in url else f"//{url}")
    return (parts.hostname or "").lower(), [s.lower() for s in parts.path.split("/") if s]


def about_signs(meta: dict[str, list[str]], url: str | None, title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """An organisation's page about itself (module docstring)."""
    signs: list[Sign] = []
    _, segments = _path(url)
    if segments and len(segments) <= spec["about_max_segments"] and segments[0] in spec["about_segments"]:
        signs.append(("about", "url", f"URL path '/{segments[0]}/'"))
    for value in meta.get("article:section", []):
        if re.match(r"about\b", value.strip(), re.I):
            signs.append(("about", "section", f"article:section '{value.strip()}'"))
    head = _TITLE_SITE.sub("", title or "").strip().lower()
    if head in spec["about_headlines"]:
        signs.append(("about", "title", f"headline '{(title or '').strip()}'"))
    return signs


def lyrics_signs(url: str | None, title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A song's lyrics: a headline labelling them, or the address's slug and the headline both saying "lyrics"."""
    if not title:
        return []
    signs: list[Sign] = []
    word = spec["lyrics_word"]
    if re.search(rf"\b{word}\s*[:|–—]|\b{word}\s+-\s|^\s*{word}\b", title):
        signs.append(("lyrics", "title", f"headline labelling '{word}'"))
    _, segments = _path(url)
    slug = segments[-1] if segments else ""
    if re.search(rf"(?:^|[-_]){word.lower()}(?:[-_.]|$)", slug) and re.search(rf"\b{word}\b", title, re.I):
        signs.append(("lyrics", "slug", f"URL slug '{word.lower()}'"))
    return signs


def blog_signs(meta: dict[str, list[str]], url: str | None, spec: dict[str, Any]) -> list[Sign]:
    """A blog post: the site's name calls it a blog, a label of its host is "blog", or the host is a user's site
    on a blogging platform (a label after the first among ``blog_platforms``: "name.wordpress.com")."""
    signs: list[Sign] = []
    words = spec["blog_words"]
    for name in meta.get("og:site_name", []) + meta.get("application-name", []):
        if any(w in re.findall(r"[\w.]+", name.lower()) for w in words):
            signs.append(("blog", "site", f"site name '{name}'"))
            break
    host, segments = _path(url)
    labels = host.split(".")
    if any(label in words for label in labels[:-2]) or any(label in spec["blog_platforms"] for label in labels[1:]):
        signs.append(("blog", "host", f"host '{host}'"))
    elif segments and len(segments[0]) > 1 and segments[0].startswith(spec["blog_handle_prefix"]):
        signs.append(("blog", "host", f"a user's page on its host ('{host}/{segments[0][:1]}…')"))
    return signs + _generator_signs(meta, spec)


def _generator_signs(meta: dict[str, list[str]], spec: dict[str, Any]) -> list[Sign]:
    """A blogging platform as the page's generator (first word among ``blog_generators``), unless the site's name
    says it is news (a word among ``news_site_words``)."""
    names = " ".join(meta.get("og:site_name", [])).lower()
    if any(w in re.findall(r"\w+", names) for w in spec["news_site_words"]):
        return []
    for generator in meta.get("generator", []):
        words = generator.lower().split()
        if words and words[0] in spec["blog_generators"]:
            return [("blog", "generator", f"generator '{generator}'")]
    return []


def voice_signs(text: str, meta: dict[str, list[str]], has_ld: bool, spec: dict[str, Any]) -> list[Sign]:
    """A personal essay: the writer's "I" outside quotations, per 1,000 words (module docstring)."""
    words = len(text.split())
    if words < spec["voice_min_words"]:
        return []
    bare = _QUOTED.sub(" ", _without_turns(text, spec).replace("’", "'"))
    rate = len(_FIRST_PERSON.findall(bare)) * 1000 / words
    said = f"the writer's 'I' {rate:.0f} times per 1,000 words outside quotations"
    if rate >= spec["voice_per_1000_words"]:
        return [("essay", "voice", said)]
    anonymous = not has_ld and not any(k.startswith(("og:", "article:")) for k in meta)
    if anonymous and rate >= spec["voice_unpublished_per_1000_words"]:
        return [("essay", "voice", f"{said}, on a page naming no publisher in its metadata")]
    return []


def _without_turns(text: str, spec: dict[str, Any]) -> str:
    """``text`` without its speakers' turns: from a line opening with a speaker's label ("JON DOE: I think …")
    to the next such line, when ``turn_min_labels`` labels or more are each used twice (a broadcast transcript, an
    interview). Their "I" is the speakers', quoted, not the writer's (inputs37); the lines before the first label
    are the writer's. A lone "Update:" or a page label of ``not_speakers`` opens no turn."""
    if not TURNS_QUOTED:
        return text
    lines = text.split("\n")
    labels = [_label(line, spec) for line in lines]
    used = {label for label in labels if label and labels.count(label) >= 2}
    if len(used) < spec["turn_min_labels"]:
        return text
    kept: list[str] = []
    turn = False
    for line, label in zip(lines, labels, strict=True):
        turn = label in used if label else turn
        if not turn:
            kept.append(line)
    return "\n".join(kept)


def _label(line: str, spec: dict[str, Any]) -> str | None:
    m = _SPEAKER.match(line)
    return m.group(1) if m and m.group(1).lower() not in spec["not_speakers"] else None


def interview_signs(text: str, spec: dict[str, Any]) -> list[Sign]:
    """A question-and-answer interview: ``interview_min_turns`` lines opening with a speaker's label ("Q:",
    "McKelvey:"; not a page label such as "Photo:"), at most ``interview_max_speakers`` labels, each used twice."""
    labels = [m.group(1) for line in text.split("\n") if (m := _SPEAKER.match(line))]
    labels = [label for label in labels if label.lower() not in spec["not_speakers"]]
    counts = {label: labels.count(label) for label in set(labels)}
    turns = sum(n for n in counts.values() if n >= 2)
    speakers = [label for label, n in counts.items() if n >= 2]
    if turns >= spec["interview_min_turns"] and 1 <= len(speakers) <= spec["interview_max_speakers"]:
        shown = ", ".join(f"'{label}:'" for label in sorted(speakers))
        return [("interview", "lines", f"{turns} lines opening with a speaker's label ({shown})")]
    return []


def site_page_signs(meta: dict[str, list[str]], url: str | None, title: str | None, text: str, has_ld: bool,
                    spec: dict[str, Any]) -> list[Sign]:
    """Every sign of this module's kinds on one page."""
    return [*about_signs(meta, url, title, spec), *lyrics_signs(url, title, spec), *blog_signs(meta, url, spec),
            *interview_signs(text, spec), *voice_signs(text, meta, has_ld, spec)]
