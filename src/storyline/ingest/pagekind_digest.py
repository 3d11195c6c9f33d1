"""A digest: one page of several news items, each under its own subhead, each about its own subject.

A briefs column ("Verizon touts plan for upgrade", then "Peoples Bancorp earnings decline", "Fifth Third profit
rises 58 percent" on one page) or a roundup of several apps' news ("VLC returns", "RunKeeper gets real with …",
"Uber update brings …"; check29b's AppleInsider page) reads as one report: its other items' figures, dates and
names flow into the brief as if they were the story's, and nothing tells the reader (issue 12, "inputs that hold
several stories"). The sign is read from the markup and the text together:

* the page's subheads: headings (``heading_tags``) or elements whose class names a subhead (``subhead_classes``)
  whose words are a line of the article's text, at most ``max_heading_words`` words;
* each subhead opens an item: the lines up to the next subhead (the page's title heads the lines before the first);
* an item is about its own subject when the subhead's leading capitalised words (the longest run of at most three
  that its item's first line names, as a news item's lede names its subject: "Peoples Bancorp", "VLC") appear in no
  other item's text. The lines before the
  first subhead are no "other item" for a subhead: a digest's lede may name every item ("… VLC will return …,
  while RunKeeper … and Uber …").

``min_items`` items of at least ``min_item_words`` words, each about its own subject, make the sign. Sections of
one report under crossheads share their subjects (the story's people, places and bodies recur in them), so they
give none. Kept with a note, still a report: each item is news, only not all of it the story's
(``page_kinds.json`` "digest"; inputs51).
"""

from __future__ import annotations

import re
from typing import Any

Sign = tuple[str, str, str]
DIGESTS = True
"""Switch: a page of several items under their own subheads, each about its own subject, is noted (inputs51)."""
_CAPITAL = re.compile(r"^[A-Z0-9][\w&.'’-]*$")
_POSSESSIVE = re.compile(r"['’]s$")


def _norm(text: str) -> str:
    return " ".join(text.split())


def _subheads(tree: Any, lines: set[str], spec: dict[str, Any]) -> set[str]:
    """The lines of the text set in the markup as a heading or a subhead's element."""
    tags = set(spec["heading_tags"])
    classes = set(spec["subhead_classes"])
    found: set[str] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str):
            continue
        named = set((el.get("class") or "").lower().split()) & classes
        if el.tag.lower() not in tags and not named:
            continue
        said = _norm(el.xpath("string()"))
        if said in lines and 0 < len(said.split()) <= int(spec["max_heading_words"]):
            found.add(said)
    return found


def _items(lines: list[str], heads: set[str], title: str) -> list[tuple[str, list[str]]]:
    """(heading, lines) of each item: the title's lines before the first subhead, then each subhead's lines."""
    items: list[tuple[str, list[str]]] = [(title, [])]
    for line in lines:
        if line in heads:
            items.append((line, []))
        else:
            items[-1][1].append(line)
    return items


def _subject(heading: str, lede: str) -> str | None:
    """The heading's leading capitalised words its item's first line names: the longest run of at most three."""
    run: list[str] = []
    for word in heading.split()[:3]:
        if not _CAPITAL.match(word):
            break
        run.append(_POSSESSIVE.sub("", word))
    for n in range(len(run), 0, -1):
        name = " ".join(run[:n])
        if _named(name, lede):
            return name
    return None


def _named(name: str, text: str) -> bool:
    return re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text) is not None


def digest_signs(tree: Any, text: str, title: str | None, spec: dict[str, Any]) -> list[Sign]:
    """One sign of a digest of several items (module docstring), else none."""
    if not DIGESTS or tree is None:
        return []
    lines = [_norm(line) for line in text.splitlines() if line.strip()]
    heads = _subheads(tree, set(lines), spec)
    if len(heads) < int(spec["min_items"]) - 1:
        return []
    items = _items(lines, heads, _norm(title or ""))
    texts = [" ".join(body) for _, body in items]
    own: list[str] = []
    for i, (heading, body) in enumerate(items):
        long = len(texts[i].split()) >= int(spec["min_item_words"])
        name = _subject(heading, body[0]) if long else None
        others = [b for j, b in enumerate(texts) if j != i and j > 0]  # the lede may name every item
        if name and not any(_named(name, b) for b in others) and name not in own:
            own.append(name)
    if len(own) < int(spec["min_items"]):
        return []
    return [("digest", "subheads", f"{len(own)} items under their own subheads, each about its own subject: "
             + ", ".join(own[:4]) + (" …" if len(own) > 4 else ""))]
