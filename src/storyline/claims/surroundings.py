"""What the words around a counted thing say of a mention: its scope words ("percent of younger patients"),
the names tied to it or its event ("Super Typhoon Zeb killed"), whether it is an earlier value, a revision or
an update ("rose from $1 million to ...", "the toll rose to 151"), and whether it is a projection ("could
climb beyond 150,000"). Read by extract.py for every mention."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from .awaited import awaited
from .conditions import marked
from .counted import lemma
from .figure import Figure
from .forecasts import forecast_noun, forecaster, participle_forecast
from .increments import INCREMENT, increment
from .lost_signs import is_lost_sign
from .readings import conditional, planned
from .vocab import word_set

REST_WORDS = word_set("rest_words")
SCOPE_ADJECTIVES = word_set("scope_adjectives")
CHANGE_VERBS = word_set("change_verbs")
CHANGE_ADVERBS = word_set("change_adverbs")
EARLIER_ADVERBS = word_set("earlier_adverbs")
_PHRASE_PATH = frozenset({"nummod", "compound", "quantmod", "pobj", "prep", "nmod", "appos"})
REVISION_VERBS = word_set("revision_verbs")
UPDATE_WORDS = word_set("update_words")
PROJECTION_AUX = frozenset({"could", "may", "might", "would"})
FORECAST_VERBS = word_set("forecast_verbs")
AIM_VERBS = word_set("aim_verbs")


def scope_words(fig: Figure, noun: Token | None) -> frozenset[str]:
    """Scope words: modifiers of the counted thing, and of the people it is 'of' or 'for' ("percent of
    younger patients"); "younger"/"older" read as "young"/"old"."""
    words: set[str] = set()
    toks: list[Token] = []
    holders = [noun] if noun is not None else []
    for h in list(holders):  # "percent of younger patients", "survival for older patients"
        holders.extend(p for c in h.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "among")
                       for p in c.children if p.dep_ == "pobj")
    for h in holders:
        toks.extend(c for c in h.children if c.dep_ in ("amod", "compound", "nmod") and c.i not in
                    range(fig.start, fig.end))
    if noun is not None and increment(noun.doc, fig, noun):
        words.add(INCREMENT)  # an increment on a count told before, not the count (increments.py, claims69)
    for t in toks:
        low = t.lower_
        if low in REST_WORDS and t.i < fig.start and not fig.modifier:
            continue  # "its remaining 15 jets and three 747s": only "15 remaining jets" counts the rest (and "an
            # additional 12-year term" is another term)
        if low in SCOPE_ADJECTIVES or t.pos_ == "ADJ" and t.dep_ == "amod" and low != "other":  # ("two other boys")
            words.add(low.replace("younger", "young").replace("older", "old").replace("elderly", "old"))
    return frozenset(words)


def actors(noun: Token | None, event: Token | None, fig: Figure) -> frozenset[str]:
    """Names tied to the counted thing or its event: 'Super Typhoon Zeb killed', 'Shell's pay'."""
    out: set[str] = set()
    toks: list[Token] = []
    if noun is not None:
        toks.extend(c for c in noun.children if c.dep_ in ("poss", "compound", "nmod"))
    if event is not None:
        toks.extend(c for c in event.children if c.dep_ in ("nsubj", "agent", "poss", "dative"))
    for t in toks:
        for x in t.subtree:
            if x.pos_ == "PROPN" and x.ent_type_ in ("PERSON", "ORG", "NORP", "PRODUCT", "EVENT", "") and \
                    not (fig.start <= x.i < fig.end):
                out.add(x.lower_)
    if fig.dimension == "age" and noun is not None and noun.pos_ == "PROPN":
        out.add(noun.lower_)  # whose age: a named person ("Hadley, 65,", "the 64-year-old Hadley")
    return frozenset(out)


def change(doc: Doc, fig: Figure, event: Token | None) -> tuple[bool, bool, bool]:
    """(previous, revised, update): 'rose from $1 million to ...', 'upgraded from 9.0', 'the toll rose to 151'."""
    prep = doc[fig.start - 1] if fig.start > 0 else None
    verb = event
    if prep is not None and prep.lower_ == "from" and prep.head.pos_ in ("VERB", "NOUN"):
        verb = prep.head
        verb_lemma = lemma(verb)
        followed = any(c.dep_ == "prep" and c.lower_ == "to" for c in (*verb.children, *prep.children)) or \
            doc[fig.end].lower_ == "to" if fig.end < len(doc) else False  # ("from 12,986 employees to 8,589")
        if verb_lemma in REVISION_VERBS:
            return False, True, True
        if verb_lemma in CHANGE_VERBS and followed:
            return True, False, False
    if prep is not None and prep.lower_ == "from" and _low_prev(doc, prep.i) in CHANGE_ADVERBS and \
            prep.head.i == prep.i - 1:
        return True, False, False  # "was 23%, down from 24% in the second quarter": the earlier value (claims51)
    if _earlier_phrase(doc[fig.num]):
        return True, False, False  # "compared to a net loss of €90m a year earlier": the earlier value (claims56)
    update = event is not None and bool(_update_words(doc[fig.num].sent) & UPDATE_WORDS)
    return False, False, update


def _update_words(sent: Span) -> set[str]:
    """The words of a figure's sentence that may mark it an update (lexicon update_words), a phrase's words joined by
    "_" ("so_far"; not the "so" of "600 or so", claims76)."""
    words = {w for t in sent for w in (t.lower_, lemma(t))}
    return words | {f"{a.lower_}_{b.lower_}" for a, b in zip(sent, sent[1:], strict=False)}


def _earlier_phrase(num: Token) -> bool:
    """The figure's noun phrase, up to its verb, is set back by a measured adverb: "(compared to) a net loss of
    €90m a year earlier", "sales of $5bn two years ago" (lexicon earlier_adverbs); not a verb's own "a year
    earlier", nor a figure that is the verb's object ("narrowed to €20m compared to … a year earlier")."""
    t = num
    for _ in range(10):
        if any(c.dep_ == "advmod" and c.lower_ in EARLIER_ADVERBS and c.i > num.i and
               any(g.dep_ == "npadvmod" and g.pos_ == "NOUN" for g in c.children) for c in _restated(t)):
            return True
        if t.dep_ not in _PHRASE_PATH or t.head.i == t.i or t.head.pos_ in ("VERB", "AUX") and t.head.dep_ != "prep":
            return False
        t = t.head
    return False


def _restated(t: Token) -> list[Token]:
    """A phrase's children and those of its restatement after "or" ("$376 million, or 40 cents a share, a year
    earlier": the adverb hangs on the second, and sets both back, claims57)."""
    again = [c for c in t.children if c.dep_ == "conj" and any(d.dep_ == "cc" and d.lower_ == "or" for d in
                                                                  t.children)]
    return [*t.children, *(g for c in again for g in c.children)]


def _low_prev(doc: Doc, i: int) -> str:
    return doc[i - 1].lower_ if i > 0 else ""


def projected(event: Token | None) -> bool:
    """A projection: the event verb takes 'could', 'may', 'might' or 'would' ("the toll could climb
    beyond 150,000"); plans ("will send") and forecasts of a storm's track are not, nor a modal perfect ("more than
    100 million people may have perished": a past estimate, claims36)."""
    return event is not None and any(c.dep_ == "aux" and c.lower_ in PROJECTION_AUX for c in event.children) and \
        not any(c.dep_ == "aux" and lemma(c) == "have" for c in event.children)


def hedge(event: Token | None, previous: bool = False, number: Token | None = None) -> str:
    """How the figure's clause is hedged, for the row: "if" for a condition's figure ("If it can break above
    $13.60, ..."), "expected" for a forecast's ("expects revenue to reach $3 billion", lexicon forecast_verbs),
    "aim" for a try's ("is working to fill 3,000 vacancies", lexicon aim_verbs, claims33);
    '' for a figure told as a fact (claims32), and for a change's ``previous`` value ("expect the number to grow
    from 16 currently to 80": 16 is now). A ``number`` in a forecast verb's object is "expected" too ("were
    expecting $2.52 a share": forecasts.py, claims37); one in its subject ("Forty analysts expected") is not."""
    if event is None or previous:
        return "expected" if event is None and number is not None and _forecast_number(number) else ""
    if marked(event) or conditional(event) or _asked(event):
        return "if"  # (and "If we were able to reduce it by 75%", "faces 175 years if convicted": readings.py)
    head = event.head
    forecast = event.dep_ in ("xcomp", "ccomp") and head.pos_ == "VERB" and lemma(head) in FORECAST_VERBS
    if forecast or number is not None and (forecaster(number) is not None or _forecast_number(number)) or \
            awaited(event):
        return "expected"  # (and "will serve 3,500 traders upon completion": awaited.py, claims51)
    to = event.dep_ == "xcomp" or event.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in
                                                                event.children)  # ("working to fill" as advcl)
    aim = to and head.pos_ == "VERB" and lemma(head) in AIM_VERBS  # "is working to fill 3,000 vacancies" (claims33)
    return "aim" if aim or planned(event) else ""  # ("a study to send six people": readings.planned, claims34)


def _asked(event: Token) -> bool:
    """The figure's verb is in a question ("how about I give up my pay for a year?"): asked, not told (claims59)."""
    return any(t.text == "?" and not is_lost_sign(t) for t in event.sent if t.i > event.i)  # (not "?7bn")


def _forecast_number(number: Token) -> bool:
    """A number a forecast verb's participle or a noun of forecast holds ("estimated 19.5% growth", "expectations for
    42 cents a share": forecasts.py)."""
    return participle_forecast(number) or forecast_noun(number) is not None
