"""A widget's heading taken as the page's title (inputs45; the fifty-second read's WDSU page).

A page whose ``<title>``, ``og:title`` and article headline are all empty leaves the extractor to take the first
``<h1>`` it finds as the title, and that may be a widget's: a ZIP-code search set in a modal dialog ("Search
location by ZIP code", ``<div role="dialog" aria-modal="true"><form><h1>…``). A heading inside a form or a dialog
(``role`` "dialog"/"alertdialog", ``aria-modal="true"``) names the control, never the story: such a title is
dropped, and the page is titled as one with no title (the cleaner's own title line, else none). A form is a
widget only when it is small (``max_form_words``): some frameworks wrap the whole page in one ``<form>``
(ASP.NET's ``aspnetForm``, whose ``<h1>`` is the story's).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon

WIDGET_TITLES = True
"""Switch: a title that is only a form's or a dialog's heading is dropped (module docstring)."""


def _in_widget(el: Any) -> bool:
    boxes = lexicon.document("page_widgets")["boxes"]
    roles, most = frozenset(boxes["dialog_roles"]), int(boxes["max_form_words"])
    for anc in el.iterancestors():
        if anc.tag == "form" and len("".join(anc.itertext()).split()) <= most:
            return True
        if (anc.get("role") or "").strip().lower() in roles:
            return True
        if (anc.get("aria-modal") or "").strip().lower() == "true":
            return True
    return False


def without_widget_title(title: str | None, tree: Any) -> str | None:
    """``title`` unless every heading of the page that reads as it sits in a form or a dialog (module docstring)."""
    if not WIDGET_TITLES or not title or tree is None:
        return title
    said = " ".join(title.split())
    same = [h for h in tree.iter("h1", "h2") if " ".join("".join(h.itertext()).split()) == said]
    if same and all(_in_widget(h) for h in same):
        return None
    return title
