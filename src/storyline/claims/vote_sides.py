"""The side a share of a vote's or a poll's result is told of, and the vote or poll it is of (claims83).

A result is one set of figures with its sides: "52% voted Leave and 48% Remain", "Yes 45% - No 55%", "the Greens
(12%)", "48% for staying", "backed the plan by 54% to 46%". Each share belongs to the option, party, candidate or
camp the grammar attaches it to, not to whatever words stand around it (often the other side's: "leave by 52"
naming the 48%). In a sentence of voting or polling (lexicon ``vote_words``, ``contest_nouns``) a share takes as its
side

- its own "for" / "against" / "in favour of" phrase ("48% for Remain", "55% against"), or the "for" phrase of the
  support noun it measures ("support for Yes stood at 45%"; lexicon ``support_nouns``, against for ``against_nouns``);
- the complement of the verb of choosing it is the subject of (lexicon ``side_verbs``: "voted Leave", "voted to
  leave", "backed independence"; against for ``against_verbs``: "rejected"), the complement nearest after it when
  coordinated shares share the verb ("54% voted to leave and 46% to stay");
- the name it is set beside: before it ("Yes 45%", "Labour 20%"), before its parenthesis ("the Greens (12%)"), or the
  subject of its verb of winning (lexicon ``share_verbs``: "the Greens won 34%");
- in a split "by X% to Y%" after a verb and its object, for (X) and against (Y) that object.

Not a place's ("Scotland 62%") nor a date's. The vote or poll is the nearest contest noun of the sentence, with its
pollster (a name compounded to a poll noun, or its "by" phrase): two pollsters' shares, a poll's and a vote's, or
shares of two years are of two results (grouping.compatible), and two reports' shares of one side of one result are
one figure, whose values differ when the reports do.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .figure_mention import FigureMention
from .numbers import Figure
from .vocab import word_set
from .wording import noun_phrase, tokens_text

CONTEST_NOUNS = word_set("contest_nouns")
POLL_NOUNS = word_set("poll_nouns")
SIDE_VERBS = word_set("side_verbs")
AGAINST_VERBS = word_set("against_verbs")
SUPPORT_NOUNS = word_set("support_nouns")
AGAINST_NOUNS = word_set("against_nouns")
SHARE_VERBS = word_set("share_verbs")
NOT_SIDES = frozenset({"GPE", "LOC", "DATE", "TIME", "CARDINAL", "PERCENT", "MONEY", "QUANTITY", "ORDINAL"})
COMPLEMENTS = frozenset({"dobj", "npadvmod", "oprd", "attr", "xcomp", "ccomp", "advmod", "intj", "acomp"})
SIDE_PREPOSITIONS = frozenset({"for", "against"})
FAVOUR = frozenset({"favour", "favor"})
NAME_POS = frozenset({"PROPN", "NOUN", "INTJ", "ADJ"})
VOTE_WORDS = frozenset(str(lexicon.document("quantities")["counts"]["vote_words"]).split())
TALLY_VERBS = frozenset(str(lexicon.document("quantities")["counts"]["tally_verbs"]).split())
HOPS = 3  # a coordinated share reaches its verb over a conjunct or two
SPLIT_HOPS = 5  # a split's share reaches its verb over "by a margin of"
PERCENT = frozenset({"%", "percent", "cent", "pc", "pct"})


@dataclass(frozen=True, slots=True)
class Side:
    """A share's side as written ("Leave", "against independence"), its key for joining, and its vote or poll."""

    text: str
    key: str
    contest: str  # the vote or poll as written ("EU referendum", "YouGov poll"); "" when the sentence names none
    kind: str  # "poll" or "vote"; "" when none
    pollster: str  # lower case; "" when none


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _voting(sent: Span) -> bool:
    """A sentence of voting or polling: a vote word or a contest noun in it."""
    words = CONTEST_NOUNS | VOTE_WORDS
    return any(_lemma(t) in words or t.lower_ in words for t in sent)


def _share_token(doc: Doc, fig: Figure) -> Token:
    """The figure's token the rest of the sentence hangs on (the "%" of "52 %", else the number)."""
    inside = [doc[k] for k in range(fig.start, fig.end)]
    return next((t for t in inside if not fig.start <= t.head.i < fig.end or t.head.i == t.i), doc[fig.num])


def _side(tok: Token, against: bool = False) -> tuple[str, str]:
    """(words, key) of a side: a name with the compound and adjective words before it, whose key is all their
    lemmas ("Green Party" is not "Labour Party"); a verb with its object ("scrap the toll", key "scrap")."""
    k = tok.i
    while k > tok.sent.start and tok.doc[k - 1].dep_ in ("compound", "amod") and tok.doc[k - 1].head.i >= k and \
            tok.doc[k - 1].is_alpha:
        k -= 1
    name = tok.pos_ in ("NOUN", "PROPN")
    text = tokens_text(list(tok.doc[k : tok.i + 1])) if name else tok.text
    key = " ".join(_lemma(t) for t in tok.doc[k : tok.i + 1]) if name else _lemma(tok)
    if tok.pos_ == "VERB":  # "voted to leave the EU": the verb and its object
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        text = tok.text + (" " + " ".join(t.text for t in obj.subtree) if obj is not None else "")
    return ("against " + text, "against " + key) if against else (text, key)


def _own_phrase(share: Token) -> tuple[str, str] | None:
    """"48% for Remain", "55% against", "45% in favour of leaving"."""
    for prep in share.children:
        if prep.dep_ not in ("prep", "advmod", "amod") or prep.i < share.i:
            continue
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if prep.lower_ in SIDE_PREPOSITIONS:
            if obj is None:
                return prep.lower_, prep.lower_
            return _side(obj, prep.lower_ == "against")
        if prep.lower_ == "in" and obj is not None and obj.lower_ in FAVOUR:
            inner = next((c for p in obj.children if p.lower_ == "of" for c in p.children if c.dep_ in
                          ("pobj", "pcomp")), None)
            if inner is not None:
                return _side(inner)
    return None


def _support(share: Token) -> tuple[str, str] | None:
    """"support for Yes stood at 45%", "put support for leaving at 41%", "45% support for Yes"."""
    ancestors = [a for k, a in enumerate(share.ancestors) if k < HOPS + 1]
    nouns = [a for a in ancestors if _lemma(a) in SUPPORT_NOUNS]
    nouns += [c for a in ancestors if a.pos_ in ("VERB", "AUX") for c in a.children
              if c.dep_ in ("nsubj", "dobj", "nsubjpass") and _lemma(c) in SUPPORT_NOUNS]
    for noun in nouns:
        against = _lemma(noun) in AGAINST_NOUNS
        for prep in [*noun.children, *noun.head.children]:
            if prep.dep_ == "prep" and prep.lower_ in ("for", "of", "to") and prep.i > noun.i:
                obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
                if obj is not None:
                    return _side(obj, against)
    return None


def _chosen(doc: Doc, share: Token, fig: Figure) -> tuple[str, str] | None:
    """"52% voted Leave and 48% Remain", "54% voted to leave and 46% to stay", "45% rejected independence"."""
    verb = next((a for k, a in enumerate(share.ancestors) if k < HOPS and _lemma(a) in SIDE_VERBS and
                 a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or not any(t.like_num for t in subject.subtree):
        return None  # a share that chose: not "voters backed ..." (the split's rule)
    later = [c for c in verb.children if c.dep_ in COMPLEMENTS and c.i >= fig.end and c.pos_ != "NUM" and
             not c.like_num and c.lower_ not in ("%", "percent", "cent")]
    if not later:
        return None
    comp = min(later, key=lambda c: c.i)
    if any(doc[k].like_num for k in range(fig.end, comp.i)):
        return None  # another share stands between: the complement is its own
    return _side(comp, _lemma(verb) in AGAINST_VERBS)


def _beside(doc: Doc, share: Token, fig: Figure) -> tuple[str, str] | None:
    """"Yes 45%", "Labour 20%", "Gomez 38% and Silva 12%", "the Greens (12%)", "No at 55%", "the Greens won 34%",
    "Ruiz led with 45%"."""
    k = fig.start - 1
    paren = k >= 0 and doc[k].text == "("
    at = k >= 0 and share.dep_ == "pobj" and share.head.i == k and doc[k].lower_ in ("at", "on")
    k -= paren or at
    num = doc[fig.num]
    if share.dep_ == "compound" and share.head.i == fig.end and _a_name(share.head):
        return _side(share.head)  # "and 42% Stay"
    if k >= doc[fig.num].sent.start:
        name = doc[k]
        linked = {share.head.i, num.head.i} & {name.i} or name.head.i in (share.i, num.i) or \
            paren and share.dep_ == "appos" or at and name.dep_ in ("intj", "npadvmod", "nsubj", "dep", "conj") or \
            name.dep_ in ("conj", "appos", "dep") and share.dep_ in ("npadvmod", "appos", "dep", "conj")
        if linked and _a_name(name):
            return _side(name)
    held = share.dep_ == "dobj" and _lemma(share.head) in SHARE_VERBS or share.dep_ == "pobj" and \
        share.head.lower_ == "with" and share.head.head.pos_ == "VERB"
    verb = share.head if share.dep_ == "dobj" else share.head.head
    while verb.dep_ == "xcomp" and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head  # "Ruiz appeared to have defeated Gomez with 56%": the raising verb's subject
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None) if held else None
    if subj is not None and _a_name(subj):
        return _side(subj)
    return None


def _a_name(tok: Token) -> bool:
    """A capitalised word that can name a side: not a place, a date or a number (a capitalised "No" is tagged a
    determiner)."""
    pos = tok.pos_ in NAME_POS or tok.pos_ == "DET" and tok.i > tok.sent.start
    return tok.text[:1].isupper() and pos and tok.ent_type_ not in NOT_SIDES and tok.is_alpha


def _pair_place(doc: Doc, fig: Figure) -> int | None:
    """0 for the first share of a split written "X% to Y%", "X-Y percent", "X percent to Y percent", 1 for the
    second, None when the figure is in no such pair."""
    j = fig.end
    if j + 1 < len(doc) and doc[j].lower_ in ("to", "-", "–") and doc[j + 1].like_num:
        return 0
    k = fig.start - 1
    if k >= 1 and doc[k].lower_ in ("to", "-", "–") and (doc[k - 1].like_num or doc[k - 1].lower_ in PERCENT):
        return 1
    return None


def _split(doc: Doc, share: Token, fig: Figure) -> tuple[str, str] | None:
    """"backed the bridge by 54% to 46%", "rejected the plan by 55-45 percent", "voted by 62 to 38 percent to keep
    it", "by a margin of 55 percent to 45 percent": the first share for the verb's object (against it when the verb
    opposes), the second the other way; "Ruiz won by 52% to 48%": the first the subject's. Not a change ("rose by
    5% to 40%": no verb of voting or choosing)."""
    place = _pair_place(doc, fig)
    if place is None:
        return None
    other = doc[fig.start - 2] if place else share
    verbs = SIDE_VERBS | TALLY_VERBS
    verb = next((a for k, a in enumerate(other.ancestors) if k < SPLIT_HOPS and _lemma(a) in verbs and
                 a.pos_ in ("VERB", "AUX")), None)
    if verb is None:
        return None
    inside = {t.i for t in verb.subtree if t.like_num or t.lower_ in PERCENT}
    obj = next((c for c in verb.children if c.dep_ in ("dobj", "xcomp", "ccomp") and c.i not in inside), None)
    against = _lemma(verb) in AGAINST_VERBS
    if obj is not None:
        return _side(obj, against != bool(place))
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "PROPN" or not _a_name(subj) or against:
        return None
    return _side(subj, bool(place))


def _contest(doc: Doc, fig: Figure) -> tuple[str, str, str]:
    """(the vote or poll as written, its kind, its pollster) nearest the figure in its sentence."""
    sent = doc[fig.num].sent
    nouns = [t for t in sent if _lemma(t) in CONTEST_NOUNS and t.pos_ == "NOUN" and not (
        t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lower_ in ("%", "percent", "cent"))]
    # (not a share's whole: "45% of the vote" is of the election the sentence names)
    if not nouns:
        return "", "", ""
    noun = min(nouns, key=lambda t: abs(t.i - fig.num))
    kind = "poll" if _lemma(noun) in POLL_NOUNS else "vote"
    pollster = ""
    if kind == "poll":
        names = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod", "amod") and c.text[:1].isupper()]
        names += [o for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "for") for o in p.children
                  if o.dep_ == "pobj" and o.text[:1].isupper()]
        pollster = names[0].lower_ if names else ""
    return noun_phrase(noun), kind, pollster


def vote_side(doc: Doc, fig: Figure) -> Side | None:
    """The side a share of a vote or a poll is told of (module docstring), or None."""
    if not fig.percent or fig.share_word or not _voting(doc[fig.num].sent):
        return None
    share = _share_token(doc, fig)
    found = _own_phrase(share) or _chosen(doc, share, fig) or _beside(doc, share, fig) or _support(share) or \
        _split(doc, share, fig)
    if found is None:
        return None
    contest, kind, pollster = _contest(doc, fig)
    text, key = found
    return Side(text=text, key=key, contest=contest, kind=kind, pollster=pollster)


def _one_side(a: str, b: str) -> bool:
    """One side's two keys: equal, or a name and its fuller form ("ruiz" / "senator ruiz", not "green party" /
    "labour party")."""
    wa, wb = a.split(), b.split()
    if (wa[0] == "against") != (wb[0] == "against"):
        return False  # ("bridge" / "against bridge": the two sides)
    return a == b or wa[-1] == wb[-1] and (set(wa) <= set(wb) or set(wb) <= set(wa))


def sides_of_one_result(a: FigureMention, b: FigureMention) -> bool | None:
    """True for two shares of one side of one result, False for two sides or two results (another pollster, a poll
    against a vote, another year, two holders of two polls), None when either has no side to tell by."""
    if not a.side_key or not b.side_key:
        return None
    if not _one_side(a.side_key, b.side_key) or a.contest_kind and b.contest_kind and a.contest_kind != b.contest_kind:
        return False
    if a.pollster and b.pollster and a.pollster != b.pollster or a.years and b.years and not a.years & b.years:
        return False
    polls = "poll" in (a.contest_kind, b.contest_kind)
    return not (polls and a.speaker is not None and b.speaker is not None and a.speaker.head != b.speaker.head)


def result_side(ms: Sequence[FigureMention]) -> str | None:
    """A row's what when all its shares are of one side: "share for Leave (EU referendum)", "share against
    independence (poll)", the year they all name after the vote; None otherwise."""
    keys = {m.side_key for m in ms}
    if len(keys) != 1 or "" in keys:
        return None
    side = Counter(m.side for m in ms).most_common(1)[0][0]
    what = f"share {side}" if side.startswith("against ") else f"share for {side}"
    contests = Counter(m.contest for m in ms if m.contest)
    years = frozenset.intersection(*(m.years for m in ms))
    topic = contests.most_common(1)[0][0] if contests else ""
    if len(years) == 1 and next(iter(years)) not in topic:
        topic = f"{topic}, {next(iter(years))}" if topic else next(iter(years))
    return f"{what} ({topic})" if topic else what
