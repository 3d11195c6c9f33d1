"""How a figure stands to the words around it in its sentence, beyond what it counts (extract.py reads these).

- a *part* of a figure before it: "15,000 soldiers ..., including 5,000 troops engaged in ..." (lexicon
  ``part_cues``);
- a *comparison*: "20 more than last winter" (a difference), "higher than the 24 percent polls predicted"
  (the value compared with), and a count's *progress*: "With 22 percent of the vote counted" (lexicon
  ``progress_participles``); grouping keeps figures with these scope words apart from those without;
- an age said of someone the figure *introduces*: "a twelve year old said ..." (lexicon ``new_referent_words``);
- a *rate*: "worked seven days a week" (lexicon ``rate_words``), how often, not how long; a *ratio*: "$1 for
  every $33" (lexicon ``distributive_words``), neither side a total;
- a *list line*'s label: "* Sri Lanka - approximately 28,500", but not a wire photo's "FILE - In this photo"
  (lexicon ``archive_labels``);
- the *year* of a verb the figure's verb is joined to: "the last strong quake was in 1984, and had a
  magnitude of 6.7";
- a *period named relative to the report* on the figure's noun or verb: "40 murders last year", "25 so far this
  year" (``relative_period``);
- a share's *condition*: another figure its clause reaches through a preposition ("70 percent of the population
  live on less than $2 a day", "a third of adults are overweight, with a body mass index of 25 or above"): the
  share is of those who meet it, so a share without that condition is another measure (``share_condition``).
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Token

from ..dates import RECENT_YEAR_PATTERN
from ..text import WORDS
from .counted import TIME_UNITS, lemma
from .numbers import Figure
from .openings import sentence_opening
from .vocab import word_set

PART_CUES = word_set("part_cues")
PROGRESS_PARTICIPLES = word_set("progress_participles")
NEW_REFERENT_WORDS = word_set("new_referent_words")
RATE_WORDS = word_set("rate_words")
DISTRIBUTIVE_WORDS = word_set("distributive_words")
_RELATIVE_PERIOD = re.compile(r"^(?:so far )?(this|last|next|the past|the previous) (year|month|week|quarter|season)$")
ARCHIVE_LABELS = word_set("archive_labels")
# A list line: "* Sri Lanka - approximately 28,500", "India: more than 7,700", "* BBC - \"at least 124,000 ...\""
_LIST_ITEM = re.compile(r"^\s*(?:[*•·]\s*)?([A-Z][\w.&'’ ]{1,40}?)\s+[-–—:]\s+\S")
YEAR = re.compile(rf"^{RECENT_YEAR_PATTERN}$")


def comparison(doc: Doc, fig: Figure) -> frozenset[str]:
    """'20 more lives than last winter', '29 more than the number': a difference, not the count itself;
    'higher than the 24 percent polls predicted': the value compared with. The scope word 'than' keeps both
    apart from counts. 'With 22 percent of the vote counted': the scope word 'counted' (the count's progress,
    a measure of its own)."""
    nxt = [t.lower_ for t in doc[fig.end : fig.end + 4]]
    if nxt[:1] in (["more"], ["fewer"], ["less"]) and "than" in nxt:
        return frozenset({"than"})
    j = fig.start - 1
    if j > 0 and doc[j].pos_ == "DET":
        j -= 1  # "higher than the 24 percent polls predicted"
    if j > 0 and doc[j].lower_ == "than" and (j < fig.start - 1 or doc[j - 1].tag_ in ("JJR", "RBR") and
                                               doc[j - 1].lower_ not in ("more", "less", "fewer")):
        return frozenset({"than"})  # the value a figure is compared with, not the figure
    if fig.percent and fig.start > 0 and doc[fig.start - 1].lower_ == "with" and any(
            t.lower_ in PROGRESS_PARTICIPLES and t.head.i >= fig.start and t.dep_ in ("acl", "amod", "advcl")
            for t in doc[fig.end : fig.end + 6]):
        return frozenset({"counted"})  # "with 22 percent of the vote counted": how far the count has got
    return frozenset()


def included(doc: Doc, fig: Figure) -> bool:
    """'15,000 soldiers ..., including 5,000 troops engaged in ...': a part of a figure before it in its sentence."""
    if fig.start == 0 or doc[fig.start - 1].lower_ not in PART_CUES:
        return False
    sent = doc[fig.num].sent
    return any(t.like_num and not t.is_alpha for t in doc[sent.start : fig.start - 1])


def shared_subject_years(event: Token | None) -> frozenset[str]:
    """'the last strong quake was in 1984, and had a magnitude of 6.7': a verb joined to one before it, with
    no subject of its own, tells of the same thing, so the year the first verb names is the figure's too."""
    verb = event
    for _ in range(3):  # "had a magnitude of 6.4": the noun's verb
        if verb is None or verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb is None or verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return frozenset()
    first = verb.head
    return frozenset(t.text for c in first.children if c.dep_ in ("prep", "npadvmod") and c.i < verb.i
                     for t in c.subtree if YEAR.match(t.text))


def new_referent(doc: Doc, fig: Figure) -> bool:
    """'a twelve year old said ...': an age that introduces someone, not the age of the person the report is about."""
    return fig.dimension == "age" and fig.start > 0 and doc[fig.start - 1].lower_ in NEW_REFERENT_WORDS


def rate(doc: Doc, fig: Figure) -> bool:
    """'worked seven days a week', '12 hours per day': a duration that says how often, not how long."""
    return fig.dimension == "duration" and fig.end + 1 < len(doc) and doc[fig.end].lower_ in RATE_WORDS and \
        lemma(doc[fig.end + 1]) in TIME_UNITS


def ratio_side(doc: Doc, fig: Figure) -> bool:
    """'banks should hold $1 for every $33 they lend', 'ten were hired for every 100 who applied': a ratio, one
    side "for every" (or "each", lexicon ``distributive_words``) a number of the other; neither side is a total
    one could check alone (claims47)."""
    if fig.start >= 2 and doc[fig.start - 1].lower_ in DISTRIBUTIVE_WORDS and doc[fig.start - 2].lower_ == "for":
        return True  # the ratio's base
    num = doc[fig.num]
    heads = {num.head.i, num.head.head.i}
    return any(t.lower_ == "for" and t.head.i in heads and t.i >= fig.end and any(
        c.dep_ == "pobj" and c.like_num and any(d.dep_ == "det" and d.lower_ in DISTRIBUTIVE_WORDS for d in c.children)
        for c in t.children) for t in num.sent)


def list_item(text: str) -> re.Match[str] | None:
    """A list line and its label ("* Sri Lanka - approximately 28,500"); not a wire photo's "FILE - In this photo"."""
    item = _LIST_ITEM.match(text)
    if item and item.group(1).isupper() and item.group(1).lower() in ARCHIVE_LABELS:
        return None
    first = item.group(1).split()[0].lower() if item else ""
    if first in WORDS or first[:1].isdigit():
        return None  # "Two hostages — an American and an Australian — were freed": a count opens the sentence
    if item and sentence_opening(item.group(1)):
        return None  # "And there was quite a bit of the stuff — about 2,300 tons": a clause, no label (claims38)
    return item


def relative_period_word(scope: str) -> bool:
    """Whether a scope word is a period named relative to the report ("last year": ``relative_period``)."""
    return _RELATIVE_PERIOD.match(scope) is not None


def relative_period(doc: Doc, i: int) -> frozenset[str]:
    """A period named relative to the report on the figure's noun or verb ("40 murders last year", "25 so far
    this year"): as scope words, so that one count in two such periods is two figures (README-claims-dev.md:
    different periods get separate groups)."""
    tok = doc[i]
    chain = [tok]
    for a in tok.ancestors:
        chain.append(a)
        if a.pos_ in ("VERB", "AUX"):
            break
    out = set()
    for e in tok.sent.ents:
        m = _RELATIVE_PERIOD.match(e.text.lower()) if e.label_ == "DATE" else None
        if m is not None and e.root.head in chain:
            out.add(f"{m.group(1)} {m.group(2)}")
    return frozenset(out)


def share_condition(doc: Doc, fig: Figure, figures: list[Figure]) -> str:
    """The figures a share's clause states its subset by ('money 2' in "70 percent of the population live on
    less than $2 a day"): other figures, not shares, under the share's verb through a preposition and outside
    the share's own noun phrase; '' when there are none (module docstring)."""
    if not fig.percent and fig.base is None:
        return ""
    verb = next((a for a in doc[fig.num].ancestors if a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return ""
    chain = [doc[fig.num], *doc[fig.num].ancestors]
    top = chain[[t.i for t in chain].index(verb.i) - 1] if chain.index(verb) > 0 else doc[fig.num]
    own = {t.i for t in top.subtree} | {a.i for a in top.ancestors}  # the share's phrase ("of the 38.5 million")
    if fig.base is None and not any(t.lower_ == "of" and t.i >= fig.end - 1 for t in top.subtree):
        return ""  # a share of a whole ("percent of the population"), not a change ("grew 3 percent")
    out = []
    for g in figures:
        if g is fig or g.percent or g.base is not None or g.num in own or not fig.end <= g.start:
            continue
        path = []
        for a in doc[g.num].ancestors:
            if a.i == verb.i:
                break
            path.append(a)
        else:
            continue
        if any(a.dep_ == "prep" and a.i not in own for a in path) and not any(a.pos_ in ("VERB", "AUX") for a in path):
            # (not "with" in "with 30 percent of ..."; not a figure of a clause of its own: "against the decision
            # to pay him $20m")
            out.append(f"{g.dimension} {g.value:g}")
    return " ".join(sorted(out))
