"""A figure that is what someone expects, told as the figure itself (claims37): "analysts were expecting $2.52 a
share on revenue of $27.53 billion". The figures are the expected ones, not the company's: the object of a verb of
forecast (lexicon forecast_verbs), or of a phrase on that object ("on revenue of $27.53 billion"), is marked
*(expected)* (surroundings.hedge), the verb's subject is who said it (attribution.py: the analysts, the polling
firm; only along that object path: "48 percent expect inflation to rise and 66 percent are worried" credits no
one with the 66), and the verb names no measure (table.py: the unit's dimension or the counted noun does).
"""

from __future__ import annotations

from spacy.tokens import Token

from .vocab import word_set

FORECAST_VERBS = word_set("forecast_verbs")
FORECAST_NOUNS = word_set("forecast_nouns")
_ESTIMATING = FORECAST_VERBS | word_set("estimate_verbs")
_OBJECT_PATH = frozenset({"dobj", "pobj", "prep", "npadvmod", "nummod", "quantmod", "compound", "nmod"})


def _forecasting(verb: Token) -> bool:
    """A verb of forecast with a subject of its own and no negation ("were expecting"; not "did not expect")."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in FORECAST_VERBS and \
        any(c.dep_ == "nsubj" for c in verb.children) and not any(c.dep_ == "neg" for c in verb.children)


def forecaster(tok: Token) -> Token | None:
    """The verb of forecast whose object holds ``tok`` (the figure's event or number), through objects and their
    phrases only ("expecting $2.52 ... on revenue of $27.53 billion"), and through an infinitive the forecast verb
    governs ("Analysts expect Acme to report earnings of $1.10": the analysts' figure, not Acme's, claims56);
    None when there is none."""
    t = tok
    for _ in range(10):
        if _forecasting(t):
            return t
        if _forecast_infinitive(t):
            return t.head
        if t.dep_ not in _OBJECT_PATH or t.head.i == t.i:
            return None
        t = t.head
    return None


def _forecast_infinitive(verb: Token) -> bool:
    """"expect Acme to report …": a "to" verb that is the clause of a verb of forecast."""
    return verb.pos_ == "VERB" and verb.dep_ in ("xcomp", "ccomp") and verb.head.i != verb.i and \
        _forecasting(verb.head) and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def participle_forecast(tok: Token) -> bool:
    """'Analysts on average estimated 19.5% growth and $40 billion in revenue', parsed with "estimated" an adjective
    of "growth": a forecast verb's participle right before a figure's noun, with no determiner before it (not "an
    estimated $21 billion", an approximate figure), marks the noun's figure, and a figure joined to it by "and", as
    expected (claims51)."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("nummod", "compound", "quantmod") or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ == "conj" and t.head.i < t.i:
        t = t.head
    doc = tok.doc
    for c in t.children:
        if c.dep_ == "amod" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in _ESTIMATING and c.i < tok.i:
            before = doc[c.i - 1] if c.i > 0 else None
            return before is None or before.pos_ not in ("DET", "PRON", "NUM") and before.dep_ != "poss"
    return False


def forecast_noun(tok: Token) -> Token | None:
    """The noun of forecast (lexicon forecast_nouns) whose "for" or "of" phrase holds the number ``tok``: "beat Wall
    Street expectations for 42 cents a share", "a forecast of $1.2 billion" tell what was expected, not what was
    (claims57); None when there is none. Only along the number's own noun and one preposition: "earned 27 cents,
    above the forecast" is the firm's figure."""
    t = tok
    for _ in range(3):
        if t.dep_ not in ("nummod", "quantmod", "compound") or t.head.i == t.i:
            break
        t = t.head
    if t.dep_ != "pobj" or t.head.dep_ != "prep" or t.head.lower_ not in ("for", "of"):
        return None
    prep = t.head
    nouns = [prep.head] + [c for c in prep.head.children if c.dep_ == "dobj" and c.i == prep.i - 1]
    # (the parser may hang "for 42 cents" on the verb of "beat expectations for 42 cents": the object right before)
    return next((n for n in nouns if n.pos_ == "NOUN" and n.lemma_.lower() in FORECAST_NOUNS), None)
