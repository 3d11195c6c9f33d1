"""A members-only post's free teaser: the page shows a post's opening paragraphs and keeps the rest for members.

Briefed as it is, the teaser reads as a whole report: its few lines are all the brief knows, and nothing says the
story goes on. The sign is a paywall notice set in the markup right after the text's last line ("This post is for
paid members only": ``page_kinds.json`` "members_teaser"; inputs41): an element of at most ``max_notice_words``
words holding one of the publishing platforms' formulas (``notices``), found within ``after_chars`` characters of the
page's text after that line. A notice elsewhere on the page (a sidebar's offer) is no sign; nor is schema.org's
``isAccessibleForFree`` false alone: a site's paywall markup may sit on a page that holds the whole article (one of
the first pool's CNN pages), and the note would then be wrong.

Kept with a note: the teaser is a news report's opening, only shorter than the post.
"""

from __future__ import annotations

from typing import Any

Sign = tuple[str, str, str]
MEMBERS_TEASERS = True
"""Switch: a members-only post's free teaser is noted (module docstring)."""


def _norm(text: str) -> str:
    return " ".join(text.split())


def _notice_after(tree: Any, text: str, spec: dict[str, Any]) -> str | None:
    """The paywall notice set right after the text's last line in ``tree``, else None."""
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if tree is None or not lines:
        return None
    page = _norm(tree.xpath("string()"))
    last = _norm(lines[-1])[:80]
    at = page.rfind(last) if last else -1
    if at < 0:
        return None
    after = page[at + len(last) : at + len(last) + int(spec["after_chars"])].lower()
    notices = [n for n in spec["notices"] if n in after]
    if not notices:
        return None
    said = (_norm(el.xpath("string()")) for el in tree.iter("p", "div", "h2", "h3", "h4", "span", "strong"))
    most = int(spec["max_notice_words"])
    found = [s for s in said if len(s.split()) <= most and any(n in s.lower() for n in notices)]
    return min(found, key=len) if found else None  # the notice's own element, not a box around it


def members_teaser_signs(tree: Any, text: str, spec: dict[str, Any]) -> list[Sign]:
    """The sign of a members-only post's free teaser (module docstring)."""
    notice = _notice_after(tree, text, spec) if MEMBERS_TEASERS else None
    return [("members_teaser", "notice", f"the notice '{notice}' after its text")] if notice else []
