"""A script-built page's story, read from the page's data when its markup holds no article text.

Some pages are built in the reader's browser: the markup holds the site's frame and no article, and the story's
paragraphs are in the page's data, either schema.org's ``articleBody`` in a JSON-LD block or an HTML fragment
inside a script's JSON (a CMS's story object, ``{"richText": "<p>Authorities say …</p><p>…</p>"}``). The
extractor finds no article text and the page would be skipped, though a person who opens it reads the story
(bench/BRIEF_REVIEW.md, "Forty-fifth read", KECI). Only then is the page's data read, in this order:

* a JSON-LD object's ``articleBody`` (schema.org's field for the article's text);
* an HTML fragment of paragraphs in a script's JSON string, taken when its first paragraphs hold the page's
  own stated description's opening words (``description`` or ``og:description``): a script holds other
  fragments too (a weather alert, a related story), and the description says which is this page's story.

The story is kept when one of its paragraphs is prose; the caller says in a note where it was read. The
extractor itself falls back on ``articleBody`` when the markup has no text, as one line and without saying so:
text whose opening words the markup does not hold (``in_markup``) and that is the data's story word for word
(``same_words``) is read here again, a paragraph a line, and noted.
"""

from __future__ import annotations

import html as htmllib
import json
import re
from typing import Any

from .pagekind import ld_objects

MIN_CHARS = 200  # a script string shorter than this holds no story
MATCH_WORDS = 8  # the description's opening words a fragment's first paragraphs must hold
OPENING_PARAGRAPHS = 3
_JSON_STRING = re.compile(rf'"((?:[^"\\]|\\.){{{MIN_CHARS},}})"', re.S)
_PARAGRAPH = re.compile(r"<p\b[^>]*>", re.I)
_TAG = re.compile(r"<[^>]*>|\{/[a-z][a-z0-9]*\}", re.I)  # "{/p}": a closing tag a script escapes so as not to end
_WORD = re.compile(r"\w+")
_SCRIPT = re.compile(r"<script\b[^>]*>(.*?)</script\s*>", re.I | re.S)


def _paragraphs(fragment: str) -> list[str]:
    """An HTML fragment's paragraphs as lines of text (tags dropped, entities read); empty ones left out."""
    parts = _PARAGRAPH.split(fragment) if _PARAGRAPH.search(fragment) else fragment.split("\n")
    lines = (" ".join(htmllib.unescape(_TAG.sub(" ", part)).split()) for part in parts)
    return [ln for ln in lines if ln]


def _words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


def _opens_with(lines: list[str], description: list[str]) -> bool:
    """Do the fragment's first paragraphs hold the description's opening words, in order?"""
    want = " ".join(description[:MATCH_WORDS])
    return len(description) >= MATCH_WORDS and want in " ".join(_words(" ".join(lines[:OPENING_PARAGRAPHS])))


def _descriptions(tree: Any) -> list[list[str]]:
    found = []
    for meta in tree.iter("meta"):
        key = (meta.get("name") or meta.get("property") or "").strip().lower()
        if key in ("description", "og:description") and (words := _words(meta.get("content") or "")):
            found.append(words)
    return found


def _article_body(html: str) -> list[str]:
    for obj in ld_objects(html):
        body = obj.get("articleBody")
        if isinstance(body, str) and (lines := _paragraphs(body)):
            return lines
    return []


def _script_fragment(scripts: list[str], descriptions: list[list[str]]) -> list[str]:
    """The longest HTML fragment of paragraphs in the scripts' JSON strings that opens with a description."""
    best: list[str] = []
    for script in scripts:
        for m in _JSON_STRING.finditer(script):
            raw = m.group(1)
            if "<p" not in raw.lower():
                continue
            try:
                value = json.loads(f'"{raw}"')
            except ValueError:
                continue
            lines = _paragraphs(value)
            if any(_opens_with(lines, d) for d in descriptions) and len(" ".join(lines)) > len(" ".join(best)):
                best = lines
    return best


def in_markup(text: str, tree: Any) -> bool:
    """Does the page's markup (its text outside scripts) hold the opening words of ``text``'s first line? The
    extractor falls back on a JSON-LD ``articleBody`` itself, as one line, when the markup holds no article."""
    first = _words(next((ln for ln in text.split("\n") if len(ln.split()) >= MATCH_WORDS), ""))[:MATCH_WORDS]
    if tree is None or not first:
        return True
    return " ".join(first) in " ".join(_words("".join(tree.itertext())))


def same_words(a: str, b: str) -> bool:
    """Are ``a`` and ``b`` the same words (case, spacing, punctuation and line breaks aside)?"""
    return _words(a) == _words(b)


def script_story(html: str, tree: Any) -> tuple[str, str] | None:
    """The story the page's data holds, one paragraph a line, and where it was read; None when it holds none
    (module docstring). ``tree``: the page as ``markup.page_tree`` reads it."""
    lines = _article_body(html)
    if lines:
        return "\n".join(lines), "its schema.org articleBody"
    descriptions = _descriptions(tree) if tree is not None else []
    scripts = [m.group(1) for m in _SCRIPT.finditer(html)] if descriptions else []
    lines = _script_fragment(scripts, descriptions) if descriptions else []
    if lines:
        return "\n".join(lines), "a script's data, whose story opens with the page's description"
    return None
