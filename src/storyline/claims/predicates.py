"""What a span of time is of, when its only name is its verb (claims54): "He stayed 27 years in prison." read "stayed
(yr)", "have remained locked in solitary for almost 40 years" "locked (yr)", "I have known Ana for about 10 years"
"known (yr)": the verb alone says neither who nor what; a copula's span ("has been off the market for three years")
has no name but its complement ("off the market (yr)", claims57; "was chancellor for six years", a noun's,
"chancellor (yr)", claims75). The 'what' column takes the verb's short predicate
instead: its noun subject (not a pronoun), the verb, and its first complement that is not the figure, a noun object
("known Ana"), an adjective or participle ("remain elevated") or a preposition's phrase ("stayed in prison", "locked
in solitary"), a few words at most. A verb with no such subject or complement keeps its name alone
(table._measure_what), and so does the verb of a clause the span is an offset before ("three months after she went
missing").
"""

from __future__ import annotations

from spacy.tokens import Token

from .figure import Figure
from .magnitudes import is_negated
from .wording import noun_phrase

_LIMIT = 4  # words of one complement
_SUBJECT = 2  # modifiers of the subject ("solar panels", not "their big solar panels")


def _outside(tok: Token, fig: Figure) -> bool:
    """Whether no token of the complement's subtree is the figure's."""
    return all(not fig.start <= t.i < fig.end for t in tok.subtree)


def _complement(event: Token, fig: Figure) -> str:
    """The verb's first complement after it that holds no part of the figure, as the text writes it; ''."""
    for c in event.children:
        if c.i < event.i or fig.start <= c.i < fig.end:
            continue
        if c.dep_ in ("acomp", "oprd") or c.dep_ == "xcomp" and c.tag_ in ("VBN", "JJ"):
            return " ".join([c.text, *(p.text for p in c.children if p.dep_ == "prt")] + [
                told for p in c.children if p.dep_ == "prep" and _outside(p, fig) and (told := _phrase(p))][:1])
        if c.dep_ == "attr" and c.pos_ == "NOUN" and c.i < fig.start and _held_span(c, fig):
            return noun_phrase(c, limit=_LIMIT)  # "has been a dumping ground for the city's garbage for 50 years":
            # the span hangs in the noun's own phrase, but the noun is still what it is the length of (claims81)
        if not _outside(c, fig):
            continue
        if c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") or c.dep_ == "attr" and c.pos_ == "NOUN":
            return noun_phrase(c, limit=_LIMIT)  # "was chancellor for six years": "chancellor (yr)" (claims75)
        if c.dep_ == "prep" and (told := _phrase(c)):
            return told
    return ""


def _held_span(noun: Token, fig: Figure) -> bool:
    """Is the figure a "for" span the parse hung inside the noun's own phrase ("a dumping ground for the city's garbage
    for 50 years"), no modifier of the noun itself (not "a 50-year lease")?"""
    prep = next((a for a in fig_head(noun, fig).ancestors if a.dep_ == "prep"), None)
    return prep is not None and prep.lower_ == "for" and noun in prep.ancestors


def fig_head(noun: Token, fig: Figure) -> Token:
    """The figure's own head token in the noun's document (the one whose head lies outside the figure)."""
    t = noun.doc[fig.num]
    while t.head.i != t.i and fig.start <= t.head.i < fig.end:
        t = t.head
    return t


def _phrase(prep: Token) -> str:
    """'in solitary', 'in prison': a preposition with its noun object's short phrase; '' for any other."""
    obj = next((o for o in prep.children if o.dep_ == "pobj"), None)
    inner = next((o for o in prep.children if o.dep_ == "prep"), None)
    if obj is None and inner is not None and inner.i == prep.i + 1 and (told := _phrase(inner)):
        return f"{prep.text} {told}"  # "out of service", "out of office" (claims57)
    if obj is None or obj.like_num or obj.pos_ not in ("NOUN", "ADJ") or obj.ent_type_ in ("DATE", "TIME"):
        return ""  # (not a date's phrase: "spent five years in the early 1980s" says when, not what)
    if any(d.dep_ == "det" and "Definite=Ind" in str(d.morph) for d in obj.children):
        return ""  # (not an indefinite's: "detained for up to three hours at a time" is how often, not where)
    return f"{prep.text} {noun_phrase(obj, limit=_LIMIT - 1)}"


def _offset(event: Token, fig: Figure) -> bool:
    """'three months after Bogonko went missing': a span before the mark of the clause its verb heads is an offset
    between two events, no length of that clause's own (claims38); its verb's predicate would tell it as one."""
    doc = event.doc
    link = doc[fig.end] if fig.end < len(doc) else doc[fig.end - 1]
    return link.dep_ == "mark" and link.head.i == event.i and event.i > link.i


def verb_predicate(event: Token | None, fig: Figure) -> str:
    """'stayed in prison', 'Ana Ruiz spent locked up': a duration's verb with its subject and complement, or ''."""
    copula = event is not None and event.pos_ == "AUX" and event.lemma_.lower() == "be" and event.dep_ != "aux"
    if event is None or fig.dimension != "duration" or event.pos_ != "VERB" and not copula or _offset(event, fig) or \
            is_negated(event):
        return ""  # (a negated verb keeps "not received (h)": the column's "not" goes before its verb)
    subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN")
                 and _outside(c, fig) and c.right_edge.i == c.i and c.left_edge.i >= c.i - _SUBJECT - 1), None)
    # (a short subject only: "the ribbon-like stream of dust trailing the comet" cut short says nothing right)
    rest = _complement(event, fig)
    if not rest and (subj is None or copula):
        return ""  # (a copula says nothing alone: "has been off the market for three years" is "off the market")
    return " ".join(([noun_phrase(subj, limit=_SUBJECT)] if subj is not None else []) + ([] if copula else
                    [event.text]) + ([rest] if rest else []))
