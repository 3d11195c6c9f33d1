"""A quotation with no verb of its own and its speaker's tag: no event (issue 12, the sixty-fifth read; time43).

"\u201cMaybe that night,\u201d he said Thursday." answers a question the sentence before asked; alone the quoted words
tell nothing, and the tag's saying is no news of its own. A sentence that opens on a quotation none of whose words
is a verb, and whose rest is a short tag on a verb of saying (``newswriting.rules().reporting_verbs``), files no
timeline entry. A quotation with a verb ("\u201cWe will build it,\u201d he said Thursday.") stays.
"""

from __future__ import annotations

from typing import Any

from ..newswriting import rules

__all__ = ["quoted_fragment"]

_OPEN = frozenset({'"', "\u201c", "``"})
_CLOSE = frozenset({'"', "\u201d", "''"})
_TAG_TOKENS = 8  # "he said Thursday .": a speaker's tag, not a clause of news


def quoted_fragment(span: Any | None) -> bool:
    """Is the sentence ``span`` a verbless quotation and a speaker's tag ("\u201cMaybe that night,\u201d he said
    Thursday.")?"""
    if span is None or len(span) < 3 or span[0].text not in _OPEN:
        return False
    close = next((k for k in range(1, len(span)) if span[k].text in _CLOSE), None)
    if close is None or close < 2:
        return False
    inside, tag = span[1:close], [t for t in span[close + 1 :] if not t.is_punct]
    if any(t.pos_ in ("VERB", "AUX") for t in inside) or not tag or len(tag) > _TAG_TOKENS:
        return False
    return any(t.pos_ == "VERB" and t.lemma_.lower() in rules().reporting_verbs for t in tag)
