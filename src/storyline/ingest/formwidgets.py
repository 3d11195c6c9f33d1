"""A page widget with a form among the article's lines: a tracker, a calculator, a quiz, a sign-up box (inputs46).

A page may set a tool in the article's column, its own form with inputs and buttons, its text written for the
reader to use it ("Is This Normal? Get the Facts Fast!", "Your level is currently", "This tool is not intended for
…"). The extractor keeps its lines. ``FormBoxes`` finds, for a line's element, the nearest box (it or an ancestor)
that holds a form control (``<input>``, ``<select>``, ``<textarea>``, ``<button>``) or is a ``<form>``; the line is
the widget's when that box does not hold the text's lede (its first line of ``LEDE_WORDS`` words or more that ends a
sentence). A site that wraps its whole page in one form (ASP.NET) has that form around the lede too: its
article's lines are not touched.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

FORM_WIDGETS = True
"""Switch: a line inside a box with a form control that does not hold the lede is a widget's (module docstring)."""
LEDE_WORDS = 15
_CONTROLS = ("input", "select", "textarea", "button", "form")
_ENDS = (".", "!", "?", '"', "”", "’", "'")


class FormBoxes:
    """The page's boxes holding a form control, and the text's lede, read once for all its lines."""

    def __init__(self, tree: Any, keys: list[str]) -> None:
        self.boxes: set[Any] = set()
        for control in tree.iter(*_CONTROLS) if FORM_WIDGETS else ():
            for el in [control, *control.iterancestors()]:
                if el in self.boxes:
                    break
                self.boxes.add(el)
        self.lede = next((k for k in keys if len(k.split()) >= LEDE_WORDS and k.endswith(_ENDS)), None)

    def widget_line(self, el: Any, texts: Callable[[Any], str]) -> bool:
        """The line found at ``el`` is inside a form box that does not hold the lede."""
        if not self.boxes or self.lede is None:
            return False
        box = next((a for a in [el, *el.iterancestors()] if a in self.boxes), None)
        return box is not None and self.lede not in texts(box)
