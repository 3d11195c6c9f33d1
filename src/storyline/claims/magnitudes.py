"""Magnitudes and bounds news writes in compounds and set phrases (claims25), which numbers.py did not read as such:

- a magnitude glued to its scale word: "a magnitude-7.6 earthquake" (one token), "a 7.6-magnitude quake" (read
  before as the size of the quake, a count);
- a magnitude as the object of a verb of measuring (lexicon magnitude_verbs) whose subject is a quake (lexicon
  occasion_kinds, magnitude_nouns; "the earthquake, which measured 7.1"), or any figure "on the Richter scale"
  (lexicon magnitude_scales): "the quake measured 8.8", "a tremor measuring 6.1", "registered 6.1 on the Richter
  scale";
- a negated ceiling (lexicon ceiling_verbs): "will not exceed 5 percent", "not exceeding 5 percent" are at most 5
  percent ("no more than"), not "more than 5 percent".
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from .figure import Figure
from .tokens import low
from .vocab import table, word_set

MAGNITUDE_VERBS = word_set("magnitude_verbs")
MAGNITUDE_SCALES = word_set("magnitude_scales")
CEILING_VERBS = word_set("ceiling_verbs")
QUAKE_NOUNS = frozenset(w for words in table("occasion_kinds").values() for w in str(words).split()) | \
    word_set("magnitude_nouns")
_GLUED = re.compile(r"^magnitude[-–](\d{1,2}(?:\.\d+)?)$", re.IGNORECASE)
_MAX_MAGNITUDE = 10.0


def glued_magnitude(doc: Doc, i: int) -> Figure | None:
    """'a magnitude-7.6 earthquake': the tokenizer keeps 'magnitude-7.6' as one token; its number is the magnitude."""
    m = _GLUED.match(doc[i].text)
    if m is None or float(m.group(1)) > _MAX_MAGNITUDE:
        return None
    v = float(m.group(1))
    tok = doc[i]
    return Figure(start=i, end=i + 1, num=i, value=v, low=v, high=v, dimension="magnitude", written=m.group(1),
                  char_start=tok.idx, char_end=tok.idx + len(tok.text))


def compound_magnitude(doc: Doc, fig: Figure) -> bool:
    """'a 7.6-magnitude quake': a size modifier whose noun is 'magnitude' is the quake's magnitude."""
    return fig.modifier and fig.value <= _MAX_MAGNITUDE and low(doc, fig.end - 1) == "magnitude"


def measured_magnitude(doc: Doc, fig: Figure) -> bool:
    """'the quake measured 8.8', 'a tremor measuring 6.1', '6.1 on the Richter scale': a magnitude."""
    if fig.value > _MAX_MAGNITUDE or fig.vague or fig.percent:
        return False
    if _on_scale(doc, fig.end):
        return True
    tok = doc[fig.num]
    verb = tok.head
    if tok.dep_ not in ("dobj", "attr", "npadvmod", "oprd") or verb.lemma_.lower() not in MAGNITUDE_VERBS:
        return False
    return _quake(_subject(verb))


def _on_scale(doc: Doc, j: int) -> bool:
    """'on the Richter scale', 'on the moment magnitude scale' at token ``j``."""
    if low(doc, j) != "on":
        return False
    words = [low(doc, k) for k in range(j + 1, min(len(doc), j + 5))]
    return "scale" in words and any(w in MAGNITUDE_SCALES for w in words)


def _subject(verb: Token) -> Token | None:
    """The subject of a verb of measuring, or the noun a participle hangs on ('a tremor measuring 6.1')."""
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN"):
        return verb.head
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
        return verb.head  # "the earthquake, which measured 7.1, ..."
    return subj


def _quake(tok: Token | None) -> bool:
    return tok is not None and (tok.lemma_.lower() in QUAKE_NOUNS or tok.lower_ in QUAKE_NOUNS)


def negated_ceiling(doc: Doc, fig: Figure) -> bool:
    """'will not exceed 5 percent', 'not exceeding 5 percent', 'not to top 40': at most the figure."""
    if fig.qualifier is not None and fig.qualifier not in ("exceeding", "topping", "surpassing", "passing"):
        return False
    if fig.qualifier is not None:
        q = doc[fig.start]
        return low(doc, fig.start - 1) in ("not", "never") or any(c.dep_ == "neg" for c in q.children)
    verb = doc[fig.num].head
    for _ in range(3):  # the number, or its unit ("5 percent"), is the verb's object
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    return verb.lemma_.lower() in CEILING_VERBS and verb.i < fig.start and any(
        c.dep_ == "neg" for c in verb.children)


def is_negated(event: Token | None) -> bool:
    """Is the figure's verb denied: "did not drop", or a subject with "no" ("No inmate checks were conducted for at
    least eight hours", claims33), or "have" with a "no" object ("three resolutions have no mention of Bushehr",
    claims45)?"""
    if event is None:
        return False
    if any(c.dep_ == "neg" for c in event.children):
        return True
    subjects = [c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")]
    subj = min(subjects, key=lambda c: abs(c.i - event.i)) if subjects else None  # the nearest: not "No use
    # crying now, the formula … was approved by 96%" (a broken parse's second subject)
    if subj is not None and any(d.dep_ == "det" and d.lower_ == "no" for d in subj.children):
        return True
    objects = [c for c in event.children if c.dep_ == "dobj"]  # "three resolutions have no mention of it" (claims45;
    # other verbs keep the "no" on their object in the row: "dockers that showed no signs", claims36)
    return subj is not None and (event.lemma_ or event.text).lower() == "have" and any(
        d.dep_ == "det" and d.lower_ == "no" for o in objects for d in o.children)
