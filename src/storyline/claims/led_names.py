"""A name that opens with digits ("404 Media", "20 Group"): the digits are part of the name, not a count of it
(claims49). Read when the word after the digits is capitalised inside a sentence written in lower case, is no
plural ("21 Christians", "3 Republicans" count people) and no people's name ("300 Chinese", a NORP entity or a
demonym of the lexicon), and the digits are the figure alone ("told 404 Media": not "Media told | 404 Media").
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .figure import Figure

_DEMONYMS = lexicon.words("demonyms")


def number_led_name(doc: Doc, fig: Figure, noun: Token | None) -> bool:
    """Are the figure's digits the first word of a name the counted noun ends (module docstring)?"""
    if noun is None or fig.dimension != "count" or fig.percent or noun.i != fig.end or fig.end - fig.start != 1:
        return False
    first = doc[fig.start]
    if not first.text.isdigit() or first.i == first.sent.start:
        return False
    word = noun.text
    if not (word[:1].isupper() and word.isalpha()) or word.lower().endswith("s") or noun.i == noun.sent.start:
        return False
    if noun.ent_type_ == "NORP" or word.lower() in _DEMONYMS:
        return False
    return _lower_case(noun.sent)


def _lower_case(sent: Span) -> bool:
    """Is the sentence written in lower case (not a headline in title case)?"""
    words = [t for t in sent if t.is_alpha and len(t.text) > 3 and t.i != sent.start]
    return sum(t.text[:1].islower() for t in words) * 2 > len(words)
