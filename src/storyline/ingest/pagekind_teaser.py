"""A members-only post's free teaser: the page shows a post's opening paragraphs and keeps the rest for members.

Briefed as it is, the teaser reads as a whole report: its few lines are all the brief knows, and nothing says the
story goes on. The sign is a paywall notice set in the markup right after the text's last line ("This post is for
paid members only": ``page_kinds.json`` "members_teaser"; inputs41): an element of at most ``max_notice_words``
words holding one of the publishing platforms' formulas (``notices``), found within ``after_chars`` characters of the
page's text after that line. A notice elsewhere on the page (a sidebar's offer) is no sign; nor is schema.org's
``isAccessibleForFree`` false alone: a site's paywall markup may sit on a page that holds the whole article (one of
the first pool's CNN pages), and the note would then be wrong.

A second sign (inputs45; the fiftieth read's Bloomberg opinion teaser): the page's schema.org data marks a part of
it for subscribers (a ``WebPageElement`` with ``isAccessibleForFree`` false and a class ``cssSelector``, ".paywall")
and no element of the page carries that class: the part the data describes is not on the page, only the free part
is. A page that holds the marked part (CNN's, the whole article inside ``.paywall``) gives no sign.

Kept with a note: the teaser is a news report's opening, only shorter than the post. The second sign gives a note
of its own (``html.parse_html``), beside the page's kind: a paid opinion column is both.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

Sign = tuple[str, str, str]
MEMBERS_TEASERS = True
"""Switch: a members-only post's free teaser is noted (module docstring)."""
ABSENT_PARTS = True
"""Switch: a subscribers' part the page's data marks but the page does not hold is a teaser's sign (inputs45)."""
_CLASS_SELECTOR = re.compile(r"^\s*\.([A-Za-z][\w-]*)\s*$")


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


def absent_part(tree: Any, ld: Iterable[dict[str, Any]]) -> str | None:
    """The class selector of a subscribers' part the page's data marks and the page does not hold (module
    docstring), else None."""
    if not ABSENT_PARTS or tree is None:
        return None
    for obj in ld:
        kinds = obj.get("@type")
        if "WebPageElement" not in (kinds if isinstance(kinds, list) else [kinds]):
            continue
        if str(obj.get("isAccessibleForFree")).strip().lower() != "false":
            continue
        m = _CLASS_SELECTOR.match(str(obj.get("cssSelector") or ""))
        held = m is not None and any(m.group(1) in (el.get("class") or "").split()
                                     for el in tree.iter() if isinstance(el.tag, str))
        if m is None or held:
            continue
        return f".{m.group(1)}"
    return None
