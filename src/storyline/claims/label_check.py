"""A claims row's what, checked against the parse of its figures and rebuilt from that parse when it fails (claims87).

A row's what is made by many readings (named.py, frames, predicates, events), each tuned on some stories; on a new
story one of them may give a stray mark, a lost character or another clause's verb ("� (GBP)", "residents said (yr)"
of "collapses have occurred in the past two years, residents said"). Whatever made it, the row shows it only if it
passes these checks over the words of its figures' sentences as the parse read them (``LabelGist``, kept at
extraction):

- no lost character (U+FFFD) and no stray quotation mark or bracket;
- its first word is no preposition, subordinator, particle, determiner or pronoun of the sentence, and a count's or
  a sum's is no clause's verb ("treble 2015's loss"); a participle before a noun ("adjusted profit") is a modifier
  and passes, and the table's own words always do ("time", "people": lexicon ``label_house_words``);
- a measure with no counted noun (a span, a distance) may be named by its own clause's predicate ("crew worked (wk)",
  claims54), never by a verb of another clause of its sentence, nor by a name alone ("Schulz (mo)"), and it keeps its
  unit's own "to" clause ("have 30 days to appeal": not "Attorneys have (d)").

When a check fails, the what is built mechanically from the parse: the counted noun with its own modifiers and "of"
complement (or the dimension's word for a measure, with the unit's own "after"/"since" phrase), its unit, then the
figure's clause as subject, verb as written with its auxiliaries (the voice kept: "was paid"), and object or purpose,
trimmed to a few words ("time (d): tenants have to leave"); when the parse gives no noun, a short exact span of the
sentence around the figure, quoted.

A generic counted noun ("10 points", "3,000 votes", lexicon ``generic_count_nouns``) shows whose it is when its
clause names that by a name: a possessor, an "of" or "for" complement, the subject of a verb of getting ("points
gained (Greens)"; ``whose``), when the group's figures name one holder. Both are only shown: grouping never reads
the what (the table names groups after they are made, ``table.build_claims``).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .figure import Figure
from .own_phrase import NO_PHRASE, OwnPhrase, own_phrase
from .share_of import NO_SHARE, ShareWhat, share_what
from .vocab import word_set
from .wording import participle

HOUSE_WORDS = word_set("label_house_words")
GENERIC_NOUNS = word_set("generic_count_nouns")
SHARE_VERBS = word_set("share_verbs")
_NOUNS = ("NOUN", "PROPN")
_FUNCTION = frozenset({"ADP", "SCONJ", "PART", "CCONJ"})  # ("those killed": a pronoun may open a what)
_MODIFYING = frozenset({"amod", "compound", "nmod", "poss"})  # a verb's form that modifies a noun is no clause
_SUBJECTS = ("nsubj", "nsubjpass")
_LOST = "\ufffd"
_QUOTES = "\"“”‘’"
_UNQUOTE = str.maketrans("", "", "\"“”‘")
_WORDS = 6  # words of a rebuilt clause at most
_SPAN = 10  # tokens of a quoted span at most
_MEASURE_FREE = ("count", "percent", "money", "age")
_OWN = " "  # a measure's own phrase ("after the hearing") opens with a space: it follows the dimension's word
_RELATIVE = ("relcl", "acl")
_AUXILIARIES = ("aux", "auxpass", "neg", "xcomp", "advcl", "prt")  # a verb's own words ("spent 31 years locked up")
_REPORTED = ("ccomp", "parataxis")  # a clause another verb reports: that verb is not the figure's
_LEADING = ("det", "poss", "case")
_OWN_PREPS = word_set("measure_own_preps")
_FINITE_TAGS = ("VBZ", "VBP", "MD")


@dataclass(frozen=True, slots=True)
class LabelGist:
    """What the parse says of one figure's sentence and clause, for checking and rebuilding its row's what."""

    verbs: frozenset[str]  # lower-case words the sentence uses only as a clause's verb or auxiliary
    function: frozenset[str]  # ... only as a function word (preposition, subordinator, determiner, pronoun ...)
    names: frozenset[str]  # ... only in a name
    own: frozenset[str]  # the figure's own clause's verb and auxiliaries, lower case
    purpose: str  # the verb of the measure's own "to" clause ("appeal" of "30 days to appeal"); '' when none
    thing: str  # the counted noun with its own modifiers and "of" complement ("counts of comments"); '' if none
    clause: str  # the figure's clause: subject, verb lemma, object or purpose ("attorneys have to appeal")
    span: str  # a short exact span of the sentence around the figure, quoted; '' when none
    holder: str = ""  # whose a generic count is ("SPD" of "the SPD gained 10 points"); '' when none
    phrase: OwnPhrase = NO_PHRASE  # what, whose and act of the figure's own phrase (own_phrase.py, claims89)
    share: ShareWhat = NO_SHARE  # a percentage's whole, sized noun or verb, and its holder (share_of.py, claims94)
    finite: frozenset[str] = frozenset()  # ... only as a finite verb ("totals", "took": noun_phrase.py, claims97)


def label_gist(doc: Doc, fig: Figure, noun: Token | None) -> LabelGist:
    """The parse's words of a figure's sentence and its mechanical what (module docstring)."""
    sent = doc[fig.num].sent
    nominal = {t.lower_ for t in sent if t.pos_ in _NOUNS or t.dep_ in _MODIFYING}
    verbs = frozenset(t.lower_ for t in sent if t.pos_ in ("VERB", "AUX") and t.lower_ not in nominal)
    function = frozenset(t.lower_ for t in sent if t.pos_ in _FUNCTION and t.lower_ not in nominal)
    names = frozenset(t.lower_ for t in sent if t.pos_ == "PROPN") - {t.lower_ for t in sent if t.pos_ != "PROPN"}
    inside = range(fig.start, fig.end)
    own = noun if noun is not None and noun.pos_ in _NOUNS and noun.i not in inside else None
    top = own if own is not None else _top(doc, fig)
    verb = _clause_verb(top)
    own_verb = _own_verbs(top)
    purpose = next((c.lower_ for c in top.children if c.dep_ in _RELATIVE and c.pos_ == "VERB"
                    and any(a.lower_ == "to" for a in c.children)), "")  # "30 days to appeal"
    return LabelGist(verbs, function, names, own_verb, purpose, _thing(own) if own is not None else _own_prep(top),
                     _clause(verb, top, fig) if verb is not None else "", _span(doc, fig, verb),
                     _holder(own, verb) if own is not None and own.lemma_.lower() in GENERIC_NOUNS else "",
                     own_phrase(_top(doc, fig), own), share_what(doc, fig.start, fig.end) if fig.percent else NO_SHARE,
                     _finite_words(sent, nominal))


def checked(what: str, gists: Sequence[LabelGist], dimension: str, counted: bool, names: tuple[str, str]) -> str:
    """The row's what (``what``, before its places and marks) when it passes the checks, else one rebuilt from the
    parse of its figures (``gists``; module docstring). ``dimension`` is theirs ("duration"), ``counted`` whether any
    names a counted noun, ``names`` the dimension's word ("time") and its unit ("yr", "USD")."""
    if not gists or not what:
        return what
    measure = dimension not in _MEASURE_FREE and not counted
    if _stray(what) and what.count("(") == what.count(")"):
        what = re.sub(r"\s+", " ", what.translate(_UNQUOTE)).strip()  # '"terrorists (…)': the lone mark dropped
    if _passes(what, gists, measure):
        return what
    word, code = names
    return _rebuilt(gists, word if dimension not in ("count", "percent") else "", code) or what


def _finite_words(sent: Span, nominal: set[str]) -> frozenset[str]:
    """Lower-case words the sentence uses only as a finite verb: a present tense or a modal ("totals", "agree",
    "may"), or a past no participle shares ("took", "gave"); a word it also uses as a noun or modifier is none."""
    finite = {t.lower_ for t in sent if t.pos_ in ("VERB", "AUX") and (
        t.tag_ in _FINITE_TAGS or t.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ in (*_FINITE_TAGS, "VBD")
                                                         for c in t.children)  # ("can deliver", "did not win")
        or t.tag_ == "VBD" and participle(t.lemma_.lower(), None) != t.lower_
        and t.lower_ != participle(t.lemma_.lower(), t.text))}
    other = {t.lower_ for t in sent if t.tag_ not in (*_FINITE_TAGS, "VBD", "VB")}
    return frozenset(finite - nominal - other)


def whose(gists: Sequence[LabelGist], figures: int, what: str) -> str:
    """' (SPD)': whose a generic count is ("points gained" of "the SPD gained 10 points in the polls"), when every one
    of the group's ``figures`` has a clause that names the same holder and the what does not already; '' otherwise
    (a group that joins two parties' figures names neither)."""
    holders = Counter(g.holder for g in gists if g.holder)
    if len(holders) != 1:
        return ""  # (none, or the figures' clauses name two holders)
    holder, n = holders.most_common(1)[0]
    shown = set(re.findall(r"\w+", what.lower()))
    return f" ({holder})" if n == figures and not set(re.findall(r"\w+", holder.lower())) & shown else ""


def _holder(noun: Token, verb: Token | None) -> str:
    """Whose a generic counted noun is: its possessor, its own "of" or "for" complement, or the subject of a verb
    of getting or having whose object it is (lexicon ``share_verbs``); a name only ("the party" says no whose)."""
    for c in noun.children:
        if c.dep_ == "poss" and c.pos_ == "PROPN":
            return " ".join(_phrase(c))  # "the SPD's 10 points"
    getting = verb is not None and verb.lemma_.lower() in SHARE_VERBS
    for pp in (*noun.children, *(verb.children if verb is not None and getting else ())):
        if pp.dep_ == "prep" and pp.lower_ in ("of", "for") and (pp.head == noun or pp.lower_ == "for"):
            obj = next((o for o in pp.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
            if obj is not None:
                return " ".join(_phrase(obj))  # "10 points for the SPD", "the salaries of the officials"
    if verb is not None and getting and noun.dep_ == "dobj" and noun.head == verb:
        subj = _subject(verb)
        return " ".join(_phrase(subj)) if subj is not None and subj.pos_ == "PROPN" else ""  # "the SPD gained …"
    return ""


def _passes(what: str, gists: Sequence[LabelGist], measure: bool) -> bool:
    if _LOST in what or _stray(what):
        return False
    words = [w for w in re.sub(r"\([^)]*\)", " ", what).lower().split() if w != "not"]
    if not words:
        return False
    first = words[0].removesuffix("'s").removesuffix("’s")
    if first in HOUSE_WORDS:
        return True
    if any(first in g.function or not measure and first in g.verbs for g in gists):
        return False  # "the …", a count's "treble 2015's loss" (a measure's "undergo surgery (wk)" is its predicate)
    if measure and len(words) == 1 and any(first in g.names for g in gists):
        return False  # "Schulz (mo)": a name alone is nobody's measure
    if measure and any(g.purpose and g.purpose not in words for g in gists):
        return False  # "Attorneys have (d)" of "have 30 days to appeal": the time is for appealing
    return not (measure and any(_foreign(w, gists) for w in words))
    # ("residents said (yr)" of "collapses have occurred in the past two years, residents said": another clause's)


def _foreign(word: str, gists: Sequence[LabelGist]) -> bool:
    """A verb of the figures' sentences that is none of their own clauses' verbs."""
    return any(word in g.verbs for g in gists) and not any(word in g.own for g in gists)


def _stray(what: str) -> bool:
    """An unmatched bracket or quotation mark ('"terrorists', 'salaries (EUR'); a quoted span is one pair."""
    opened = what.count("“") + what.count("‘")
    closed = what.count("”") + what.count("’") - len(re.findall(r"\w’\w", what))
    return what.count("(") != what.count(")") or opened != closed or what.count('"') % 2 == 1


def _rebuilt(gists: Sequence[LabelGist], dimension_word: str, code: str) -> str:
    """The most common mechanical what of the group's figures: thing, unit, clause; else a quoted span."""
    built = Counter(_built(g, dimension_word, code) for g in gists)
    built.pop("", None)
    if not built:
        return ""
    return min(built, key=lambda w: (-built[w], len(w)))


def _built(g: LabelGist, dimension_word: str, code: str) -> str:
    head = g.thing if g.thing and not g.thing.startswith(_OWN) else (dimension_word + g.thing).strip()
    if not head or head.startswith(_OWN):
        return _clean(g.span)
    head = f"{head} ({code})" if code and f"({code})" not in head else head
    return _clean(f"{head}: {g.clause}" if g.clause else head)


def _clean(text: str) -> str:
    """No lost character and no lone quotation mark in a rebuilt what."""
    text = text.replace(_LOST, "").strip()
    return text if not _stray(text) else text.strip(_QUOTES)


def _top(doc: Doc, fig: Figure) -> Token:
    """The figure's own head token: the one of its tokens whose head lies outside it."""
    t = doc[fig.num]
    while t.head.i != t.i and fig.start <= t.head.i < fig.end:
        t = t.head
    return t


def _clause_verb(tok: Token) -> Token | None:
    """The verb (or auxiliary) that heads the clause the token is in, climbing its heads; None past a noun clause's
    top, a reported clause's top or a word cut by a lost character."""
    start = tok
    for _ in range(8):
        if _LOST in tok.text and tok is not start:
            return None  # ("had �ed the chapel for 12 years": the verb is lost, no other is its)
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _MODIFYING:
            return tok
        if tok.head.i == tok.i or tok.dep_ in _REPORTED:
            return None  # (never the verb that reports the figure's clause: "…, the farm said")
        tok = tok.head
    return None


def _own_verbs(top: Token) -> frozenset[str]:
    """The verbs of the figure's own clause and the clauses above it up to a reporting verb ("has been used on those
    due to undergo surgery for two decades": undergo, used; not "said" of "…, residents said"), with their own
    auxiliaries and complements, lower case."""
    own: set[str] = set()
    tok = top
    for _ in range(12):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in _MODIFYING:
            own |= {t.lower_ for t in (tok, *tok.children) if t is tok or t.dep_ in _AUXILIARIES}
        if tok.dep_ in _REPORTED or tok.head.i == tok.i:
            break
        tok = tok.head
    return frozenset(own)


def _phrase(noun: Token) -> list[str]:
    """A noun with the compounds and adjectives right before it ("makeshift homes"), without determiners."""
    lo = noun.left_edge.i
    while lo < noun.i and (noun.doc[lo].dep_ in _LEADING and noun.doc[lo].whitespace_ or not noun.doc[lo].is_alpha):
        lo += 1  # (no determiner, possessor or number: "Yee's closed-door hearing", "the 13-page decision")
    lo = max([lo, noun.i - 4, *(t.i + 1 for t in noun.doc[lo : noun.i] if t.like_num or t.pos_ == "NUM")])
    while lo < noun.i and not noun.doc[lo].is_alpha:
        lo += 1  # (nothing of a figure or its qualifier: "at least 75 people": people)
    text = noun.doc[lo : noun.i + 1].text.strip()
    return [text] if text and _LOST not in text and _LOST not in noun.doc[noun.i : noun.i + 2].text else []
    # (a word cut by a lost character, "Beyonc��", is no name to show)


def _thing(noun: Token) -> str:
    """The counted noun's phrase with its own "of" complement ("counts of comments")."""
    words = _phrase(noun)
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    obj = next((o for o in of.children if o.dep_ == "pobj" and o.pos_ in _NOUNS), None) if of is not None else None
    if obj is not None:
        words += ["of", *_phrase(obj)]
    return " ".join(words[-_WORDS:])


def _clause(verb: Token, top: Token, fig: Figure) -> str:
    """Subject, verb lemma (negated) and object or purpose of the figure's clause, none of them the figure's own."""
    if _LOST in verb.text:
        return ""  # (a verb cut by a lost character, "time �ed", is none to show)
    held = {t.i for t in top.subtree}
    subj = _subject(verb)
    words = _phrase(subj) if subj is not None and subj.pos_ in _NOUNS and subj.i not in held else []
    if any(c.dep_ == "neg" for c in verb.children):
        words.append("not")
    words += [c.text for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i and c.lower_ != "to"]
    words.append(verb.text)  # ("was paid", "has been": the voice and tense as written, not the lemma "pay")
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "attr", "acomp") and c.i not in held), None)
    purpose = next((c for c in (*top.children, *verb.children) if c.dep_ in ("acl", "relcl", "xcomp", "advcl")
                    and c.pos_ == "VERB" and any(a.lower_ == "to" for a in c.children)), None)
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i not in held and c.i > verb.i and c != top.head
                 and any(o.dep_ == "pobj" and o.pos_ == "NOUN" and o.i not in held for o in c.children)), None)
    if obj is not None and obj.pos_ in (*_NOUNS, "ADJ"):
        words += _phrase(obj) if obj.pos_ in _NOUNS else [obj.text]
    elif purpose is not None:
        words += ["to", purpose.lemma_.lower()]
    elif prep is not None:
        pobj = next(o for o in prep.children if o.dep_ == "pobj" and o.pos_ == "NOUN")
        words += [prep.lower_, *_phrase(pobj)]
    return " ".join(words[:_WORDS]) if len(words) > 1 else ""


def _subject(verb: Token) -> Token | None:
    """The verb's subject; a relative pronoun's noun ("the pioneers who came"); a conjunct verb's shared subject
    ("Zealandia was part of it but broke away")."""
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    if subj is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    if subj is not None and subj.pos_ == "PRON":
        return verb.head if verb.dep_ in _RELATIVE and verb.head.pos_ in _NOUNS else None
    return subj


def _own_prep(top: Token) -> str:
    """A measure's own "after"/"since"/"before" phrase ("two weeks after the hearing"), opening with a space; ''."""
    if top.dep_ == "npadvmod" and top.head.lower_ in _OWN_PREPS:
        top = top.head.head  # "issued it two weeks after the hearing": the parse hangs the measure on "after"
    for pp in top.children:
        obj = next((o for o in pp.children if o.dep_ == "pobj" and o.pos_ in _NOUNS), None)
        if pp.dep_ == "prep" and pp.lower_ in _OWN_PREPS and obj is not None:
            return _OWN + " ".join([pp.lower_, *_phrase(obj)])
    return ""


def _span(doc: Doc, fig: Figure, verb: Token | None) -> str:
    """A short exact span of the sentence around the figure and its verb, quoted; '' when that would be long."""
    sent = doc[fig.num].sent
    lo, hi = fig.start, fig.end - 1
    if verb is not None:
        lo, hi = min(lo, verb.i), max(hi, verb.i)
    if hi - lo >= _SPAN:
        lo, hi = max(sent.start, fig.start - 3), min(sent.end - 1, fig.end + 2)
    text = doc[lo : hi + 1].text.replace(_LOST, "").strip(_QUOTES + " ")
    return f"“{text}”" if text else ""
