"""A speaker's tag cut from its quotation: "Dunaway says, and Beatty passes the card to her."

A quotation that ends on "!" or "?" before its tag ('"You're impossible. Come on!" Dunaway says, and …') is often cut
there by the sentence splitter: the next sentence opens on the speaker and the verb of saying, with nothing said. Shown
as a summary item, it tells that someone said something and not what. Such a sentence opens on its verb of saying's
subject and the verb (nothing before them), the verb has no clause or object of what was said, a comma, a full stop or
"and" follows it, and the sentence before it in its report ends on a closing quotation mark. It is not shown; its
words go to the next ranked sentences (``unnamed.fit_named``; summ51).
"""

from __future__ import annotations

from ..model import Analysis, Sentence
from ..newswriting import rules
from .standalone import sentence_spans

__all__ = ["cut_tag"]

_CLOSING = ('"', "”", "'", "’")
_SAID = frozenset({"ccomp", "dobj", "xcomp", "parataxis"})


def cut_tag(a: Analysis, s: Sentence) -> bool:
    """Does ``s`` open on a verb of saying whose quotation ends the sentence before it (module docstring)?"""
    if s.index == 0 or s.index > len(a.sentences) or not a.sentences[s.index - 1].text.rstrip().endswith(_CLOSING):
        return False
    spans = sentence_spans(a, s)
    if not spans:
        return False
    span = spans[0]
    said = rules().reporting_verbs
    verb = next((t for t in list(span)[:6] if t.pos_ == "VERB" and t.lemma_.lower() in said), None)
    if verb is None or verb.i + 1 >= span.end:
        return False
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.left_edge.i != span.start or subject.right_edge.i + 1 != verb.i:
        return False  # the subject and the verb open the sentence, nothing before them
    after = span.doc[verb.i + 1]
    if not (after.text in (",", ".") or after.pos_ == "CCONJ"):
        return False
    return not any(c.dep_ in _SAID and c.i > verb.i for c in verb.children)
