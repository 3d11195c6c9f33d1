"""A fact box's "Label: value" entry (claims84): "Height: 24.5cm - taller than the old kettle Weight: 1.2kg" is a
run of label/value pairs, no prose. The label says what its figure measures ("height", "weight"), so it is the
figure's noun; the comparison after the dash ("- taller than the old kettle") describes the figure before it and is
no holder of the next one, whatever the parse glues together. An entry is a label of one to five words opening with
a capital and holding no finite verb, a colon, then the figure; it is one when it opens its line, or when its line
opens with such an entry (a box run into one line: the label then follows the last entry's words); a sentence's end
before it opens a line too, for a box the record ran into a paragraph. Prose with a
colon ("He said: 20 people died", "The result: a 12% rise") has a verb or opens no box of figures.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .figure import Figure

_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD", "PRP"})
# one to five words, the first capitalised, then a colon right before the figure (its sign or digits)
_LABEL = re.compile(r"([A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,4})\s?:\s*$")
# a line that opens with an entry: "Height: 24.5cm", "- Price: £30", "Capacity: 1.7 litres"
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+")
_OPENS = re.compile(r"^\s*(?:[-*•·]\s*)?[A-Z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*){0,4}\s?:\s*[^\s\d]{0,3}\d")


def box_label(doc: Doc, fig: Figure) -> str:
    """The label of the fact-box entry whose value the figure is ('height', 'number to enter circulation'); ''."""
    text = doc.text
    line_start = text.rfind("\n", 0, fig.char_start) + 1
    ends = [m.end() for m in _SENTENCE_END.finditer(text, line_start, fig.char_start)]
    line_start = ends[-1] if ends else line_start  # (a box run into a paragraph: "… post offices. Thickness: 2.8mm")
    before = text[line_start : fig.char_start]
    label = _LABEL.search(before)
    if label is None:
        return ""
    opening = not before[: label.start()].strip(" -*•·\t")
    if not opening and (_OPENS.match(before[: label.start()]) is None or before[label.start() - 1 : label.start()]
                        != " "):
        return ""
    start = line_start + label.start(1)
    end = line_start + label.end(1)
    words = [t for t in doc if start <= t.idx < end]
    if not words or any(t.tag_ in _FINITE for t in words):
        return ""
    return " ".join(t.lower_ if t.pos_ != "PROPN" or t.i == words[0].i else t.text for t in words)
