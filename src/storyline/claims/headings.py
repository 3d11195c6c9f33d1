"""Numbers of the piece's own furniture or of a name, not claims (claims38):

- a count opening a verbless line that ends in a colon ("Seven big questions heading into the debate, to be
  carried on MSNBC:"): the heading of the piece's own list, which counts its items, no claim of the news;
- a measure written as a name's modifier, its unit singular before a capitalised name ("the 200 yard Individual
  Medley state title", "the 100 Mile Wilderness"): the distance names the event or the place, measuring nothing the
  sentence tells of;
- a figure in a verbless label that a colon closes ("Ward 7, 40 beds: Nurses move the patients in"): it describes
  the label's thing, not the act of the clause after the colon (``label_colon``, claims63);
- a live blog's time stamp opening an entry ("21.10 Exit polls: …", "09.45 - Crowds gather …"): the hour and minutes
  written with a point, which the tokenizer keeps as one decimal number, then a capitalised word or a dash or colon;
  a clock's time, no figure (``entry_stamp``, claims73).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .tokens import low as _low
from .vocab import currencies, units

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "*", "•", "-", "–", "—"})
_CLOCK = re.compile(r"^(?:[01]?\d|2[0-3])[.:][0-5]\d$")  # "21.10", "09.45", "9:05": hours, then two-digit minutes
_STAMP_AFTER = frozenset({":", "-", "–", "—", "|"})
_ENDS = frozenset({".", "!", "?", '"', "”"})


def list_heading(doc: Doc, i: int) -> bool:
    """Does the number at token ``i`` open a verbless line that ends in a colon (module docstring)?"""
    sent = doc[i].sent
    toks = [t for t in sent if not t.is_space]
    if not toks or toks[-1].text != ":" or any(t.tag_ in _FINITE_TAGS for t in toks):
        return False
    first = next((t for t in toks if t.text not in _OPENERS), None)
    return first is not None and first.i == i


def named_measure(doc: Doc, j: int) -> bool:
    """Is the number ending before token ``j`` a measure modifying a name: a singular unit (not "yards") and then a
    capitalised proper noun that is no date ("200 yard Individual Medley")?"""
    if j + 1 >= len(doc):
        return False
    unit, name = doc[j], doc[j + 1]
    return _low(doc, j) in units() and unit.tag_ == "NN" and name.pos_ == "PROPN" and name.text[:1].isupper() and \
        name.ent_type_ not in ("DATE", "TIME", "GPE", "LOC")


def label_colon(doc: Doc, i: int) -> int | None:
    """The colon closing a verbless label that holds the number at token ``i`` ("Ward 7, 40 beds: Nurses move …"),
    or None: no finite verb from the sentence's start to the colon."""
    sent = doc[i].sent
    colon = next((t.i for t in doc[i : sent.end] if t.text == ":"), None)
    if colon is None or colon + 1 >= sent.end or any(t.tag_ in _FINITE_TAGS for t in doc[sent.start : colon]):
        return None
    return colon


def entry_stamp(doc: Doc, i: int) -> bool:
    """Is the number at token ``i`` a time stamp opening an entry (module docstring): a clock's form, first on its
    line (the paragraph's start, after a line break or after a sentence's end), then a capitalised word that is no
    unit, or a dash or colon ("21.10 Exit polls: …")?"""
    if not _CLOCK.match(doc[i].text) or i + 1 >= len(doc):
        return False
    if i > 0 and not (doc[i - 1].is_space and "\n" in doc[i - 1].text) and doc[i - 1].text not in _OPENERS and \
            doc[i - 1].text not in _ENDS:
        return False  # (a record's entries run into one paragraph: "… polls closed. 21.10 Exit polls: …")
    after = doc[i + 1]
    word = _low(doc, i + 1)
    return after.text in _STAMP_AFTER or after.text[:1].isupper() and word not in units() and word not in currencies()


def own_furniture(doc: Doc, i: int) -> bool:
    """The number at token ``i`` is the piece's own furniture: its list's heading or an entry's time stamp."""
    return list_heading(doc, i) or entry_stamp(doc, i)
