"""Numbers of the piece's own furniture or of a name, not claims (claims38):

- a count opening a verbless line that ends in a colon ("Seven big questions heading into the debate, to be
  carried on MSNBC:"): the heading of the piece's own list, which counts its items, no claim of the news;
- a measure written as a name's modifier, its unit singular before a capitalised name ("the 200 yard Individual
  Medley state title", "the 100 Mile Wilderness"): the distance names the event or the place, measuring nothing the
  sentence tells of;
- a figure in a verbless label that a colon closes ("Ward 7, 40 beds: Nurses move the patients in"): it describes
  the label's thing, not the act of the clause after the colon (``label_colon``, claims63).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .tokens import low as _low
from .vocab import units

_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})
_OPENERS = frozenset({'"', "“", "‘", "'", "(", "*", "•", "-", "–", "—"})


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
