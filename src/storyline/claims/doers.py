"""Whose figure a report's sentence tells, against another report (claims57): the Verizon folder's briefs column told
"Fifth Third … reported net income … of $594 million, or 66 cents a share" beside another report's "The company
finished with an earnings per share of 73 cents", and the two were joined as one figure that differs. A sentence's
doers are the named bodies and people (ORG, PERSON) that are the subject of one of its verbs other than a verb of
saying whose clause holds the figure ("Fifth Third … reported net income of …", not "said Jane Roe"). A figure whose
sentence has a doer the other report never names, by its whole name or its first word, is about something that
report does not tell: two figures, not one that differs (grouping.compatible; equal values still join by the other
rules). Casualty counts are left to their own rules (their doers, "the army", "rebels", are told many ways), and so are
spans, lengths and other measures, which are of an event or a thing, not held by a doer ("President Osei suspended a
nearly eight-month crackdown").
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from spacy.tokens import Span

from .attribution import is_cue
from .figure_mention import FigureMention
from .subjects import HELD

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_DOERS = frozenset({"ORG", "PERSON"})
_HELD = HELD | {"percent"}  # what a doer has or makes; a span or a length is of an event or a thing


def sentence_doers(sent: Span) -> frozenset[str]:
    """The names of the sentence's doers, as written (module docstring)."""
    out = set()
    for ent in sent.ents:
        if ent.label_ not in _DOERS:
            continue
        root = ent.root
        verb = root.head
        said = is_cue(verb) and not any(c.dep_ == "dobj" for c in verb.children)
        if root.dep_ in _SUBJECTS and verb.pos_ in ("VERB", "AUX") and not said:
            out.add(ent.text.strip())  # ("Ostrava Bank reported net income of …": a verb of saying with an object)
    return frozenset(out)


def _named_in(name: str, text: str) -> bool:
    first = name.split()[0]
    return name.lower() in text.lower() or len(first) >= 3 and re.search(rf"\b{re.escape(first)}\b", text) is not None


def unnamed_doer(a: FigureMention, b: FigureMention, texts: Mapping[str, str]) -> bool:
    """Does ``a``'s sentence have a doer ``b``'s report never names (module docstring)?"""
    text = texts.get(b.doc, "")
    return a.doc != b.doc and a.event_class is None and a.dimension in _HELD and bool(text) and \
        any(not _named_in(n, text) for n in a.doers)
