"""More signs of pages that are not news reports: a guide to the reader, a newsletter's issue, a fact check, a release.

``pagekind`` reads a page's kind from its schema.org type, meta, URL and headline. These are the text's own signs,
all of them conventions of the web (their words and numbers are data: ``page_kinds.json`` "reader_pages"):

* a how-to guide: a headline opening "How to …" or counting its advice ("Five … Lessons"), or telling the reader
  what they need ("The Gear and Apps You Need to Survive …", "… you'll want": a buying guide; kinds36; "What you
  need to know" is an explainer's), numbered step headings ("1. Define …", "2. Take …") in order, and the reader
  addressed as "you" far more often than a report does;
* a newsletter's issue: a headline that is a name and a date ("Morning Brief 11.18.19") together with a sign-up
  prompt for a newsletter among the text's first or last lines (either alone is common on news pages: both or
  nothing); or an edition's dated headline alone ("Weekly Edition for March 26, 2015", inputs39);
* a fact check: a verdict line ("Verdict: False", "Our ruling");
* a sponsored post: an advertiser's disclosure opening or closing the text ("This shop has been compensated by …",
  "All opinions are mine alone. #ad"; inputs28: a family blog's sponsored how-to);
* a support or help page: a short headline naming a help topic ("FAQ", "Known issues", "About bugs"), and the text
  asking the reader to report a problem or reach support ("write about it in the bug tracker") while calling them
  "you" far more than a report does (inputs29: a game studio's bug-report page);
* a press release: its closing formulas written loosely ("For more information on …, please visit"), and the
  company opening its headline ("<Company> announces …") describing itself in a closing paragraph ("<Company> is
  a global provider …").

Each sign is ``(kind, source, said)``; ``pagekind`` weighs them with the rest.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..dates import month_names

Sign = tuple[str, str, str]

_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]\s+\S")
_MONTHS = lexicon.alternation(month_names(abbreviations=False) + month_names(abbreviations=True))
_DATE = (r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}|"
         rf"(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s*(?:\d{{4}})?)")
_ISSUE_TITLE = re.compile(rf"^[A-Z][\w'’&]*(?:\s+[\w'’&]+){{0,4}}\s*[:,|–—-]?\s*{_DATE}\s*$", re.I)
_LABEL = re.compile(r"^\s*([A-Za-z' -]{3,30}?)\s*[:–—-]\s*\S")
_TITLE_NAME = re.compile(r"^([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s+(\w+)\b")


def _lines(text: str) -> list[str]:
    return [line.strip() for line in text.split("\n") if line.strip()]


def _steps(lines: list[str], spec: dict[str, Any]) -> int:
    """The longest run of short numbered headings 1, 2, 3 … in order (other lines may stand between them)."""
    want, best = 1, 0
    for line in lines:
        m = _NUMBERED.match(line)
        if not m or len(line.split()) > spec["max_step_words"]:
            continue
        n = int(m.group(1))
        if n == want:
            best, want = max(best, n), want + 1
        elif n == 1:
            want = 2
    return best


def _advice_count(title: str, spec: dict[str, Any]) -> str | None:
    """A headline counting its advice ("Five Social Media Lessons for Business", "7 tips …"): the count and noun."""
    counts = lexicon.alternation(spec["guide_title_counts"])
    nouns = lexicon.alternation(spec["guide_title_advice_nouns"])
    most = spec["guide_title_max_words_before_noun"]
    pattern = rf"^\s*((?:\d{{1,2}}|{counts})\s+(?:[\w'’-]+\s+){{0,{most}}}(?:{nouns}))\b"
    m = re.match(pattern, title, re.I)
    return m.group(1) if m else None


def _reader_need(low: str, spec: dict[str, Any]) -> str | None:
    """A headline telling the reader what they need ("… you need to survive …"), not what they need to know."""
    phrases = lexicon.alternation(spec["guide_title_needs"])
    after = lexicon.alternation(spec["guide_title_needs_not_before"])
    m = re.search(rf"\b({phrases})\b(?!\s+(?:{after})\b)", low)
    return m.group(1) if m else None


def guide_signs(lines: list[str], title: str, spec: dict[str, Any]) -> list[Sign]:
    """A how-to guide: a "How to" headline, numbered steps, the reader's "you" (per 1,000 words)."""
    signs: list[Sign] = []
    low = title.lower().replace("’", "'")
    opening = next((o for o in spec["guide_title_openings"] if low.startswith(o)), None)
    if opening:
        signs.append(("guide", "title", f"headline '{opening.strip().capitalize()} …'"))
    elif advice := _advice_count(title, spec):
        signs.append(("guide", "title", f"headline '{advice} …'"))
    elif need := _reader_need(low, spec):
        signs.append(("guide", "title", f"headline '… {need} …'"))
    steps = _steps(lines, spec)
    if steps >= spec["min_steps"]:
        signs.append(("guide", "steps", f"{steps} numbered steps"))
    words = re.findall(r"[\w'’]+", " ".join(lines).lower().replace("’", "'"))
    you = sum(1 for w in words if w in set(spec["you_words"]))
    if len(words) >= spec["min_words"] and you * 1000 >= spec["you_per_1000_words"] * len(words):
        signs.append(("guide", "reader", f"'you' {you} times in {len(words)} words"))
    return signs


def newsletter_signs(lines: list[str], title: str, spec: dict[str, Any]) -> list[Sign]:
    """A newsletter's issue: a dated issue headline and a sign-up prompt at the text's ends, both or none; or an
    edition's dated headline alone ("Weekly Edition for March 26, 2015": a periodical's issue of many items)."""
    nouns = lexicon.alternation(spec["edition_nouns"])
    if re.search(rf"\b(?:{nouns})\s*(?:for|of|:|,)\s*{_DATE}\s*$", title.strip(), re.I):
        return [("newsletter", "title", f"an edition's dated headline '{title.strip()}'")]
    if not _ISSUE_TITLE.match(title.strip()):
        return []
    n = spec["signup_lines"]
    ends = lines[:n] + lines[-n:]
    prompt = next((line for line in ends if any(w in line.lower() for w in spec["signup_needs"])
                   and any(v in line.lower() for v in spec["signup_verbs"])), None)
    if not prompt:
        return []
    short = prompt if len(prompt) <= 60 else prompt[:57] + "…"
    return [("newsletter", "title", f"a dated issue headline '{title.strip()}'"),
            ("newsletter", "signup", f"a sign-up prompt '{short}'")]


def verdict_signs(lines: list[str], spec: dict[str, Any]) -> list[Sign]:
    """A fact check's verdict line: "Verdict: …", "Our ruling: …"."""
    for line in lines:
        m = _LABEL.match(line)
        if m and " ".join(m.group(1).lower().split()) in spec["verdict_labels"]:
            return [("fact_check", "verdict", f"a verdict line '{m.group(1).strip()}: …'")]
    return []


def release_signs(lines: list[str], title: str, spec: dict[str, Any]) -> list[Sign]:
    """A release's loose closing formulas; its headline's company describing itself in a closing paragraph."""
    signs: list[Sign] = []
    tail = lines[-max(3, len(lines) // 3):]
    low = " ".join(" ".join(tail).lower().split())
    pattern = next((p for p in spec["release_patterns"] if re.search(p, low)), None)
    if pattern:
        said = re.search(pattern, low)
        signs.append(("press_release", "formula", f"'{said.group(0)[:50] if said else pattern}'"))
    m = _TITLE_NAME.match(title.strip())
    if m and m.group(2).lower() in spec["release_headline_verbs"]:
        name = m.group(1)
        said_of = re.compile(rf"^{re.escape(name)}(?:,[^.]{{0,80}},)?\s+(?:is|are)\s+(?:a|an|the)\s", re.I)
        if any(said_of.match(line) for line in tail):
            signs.append(("press_release", "self", f"'{name} {m.group(2)} …' heading it, '{name} is a …' closing it"))
    return signs


def sponsor_signs(lines: list[str], spec: dict[str, Any]) -> list[Sign]:
    """A sponsored post: a disclosure formula in the text's first or last ``lines`` lines (as a word: "#ad" is
    not "#adventure")."""
    n = spec["lines"]
    ends = " ".join(" ".join(lines[:n] + lines[-n:]).lower().replace("’", "'").split())
    for phrase in spec["phrases"]:
        if re.search(rf"(?<![\w#]){re.escape(phrase)}(?![\w-])", ends):
            return [("sponsored", "disclosure", f"an advertiser's disclosure '{phrase}'")]
    return []


def support_signs(lines: list[str], title: str, spec: dict[str, Any], you_words: list[str]) -> list[Sign]:
    """A support page: a headline of at most ``max_title_words`` naming a help topic; a request to report a
    problem or reach support in a text that calls the reader "you" (``you_words``) ``you_per_1000_words`` times
    or more."""
    signs: list[Sign] = []
    head = " ".join(re.findall(r"[\w']+", title.lower().replace("’", "'")))
    if head and len(head.split()) <= spec["max_title_words"]:
        topic = next((t for t in spec["title_topics"] if re.search(rf"\b{re.escape(t)}\b", head)), None)
        if topic:
            signs.append(("support", "title", f"headline '{title.strip()}' naming '{topic}'"))
    low = " ".join(" ".join(lines).lower().replace("’", "'").split())
    asked = next((p for p in spec["request_phrases"] if re.search(rf"(?<![\w-]){re.escape(p)}(?![\w-])", low)), None)
    words = re.findall(r"[\w']+", low)
    you = sum(1 for w in words if w in set(you_words))
    if asked and len(words) >= spec["min_words"] and you * 1000 >= spec["you_per_1000_words"] * len(words):
        signs.append(("support", "request", f"the reader asked '{asked}', 'you' {you} times in {len(words)} words"))
    return signs


def reader_page_signs(text: str, title: str | None, spec: dict[str, Any],
                      sponsors: dict[str, Any] | None = None, support: dict[str, Any] | None = None) -> list[Sign]:
    """All of this module's signs for a page's article ``text`` and headline."""
    lines = _lines(text)
    if not lines:
        return []
    head = title or ""
    return [*guide_signs(lines, head, spec), *newsletter_signs(lines, head, spec), *verdict_signs(lines, spec),
            *release_signs(lines, head, spec), *(sponsor_signs(lines, sponsors) if sponsors else []),
            *(support_signs(lines, head, support, spec["you_words"]) if support else [])]
