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

from .figure_mention import FigureMention
from .grammar import count_words
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
VOTE_WORDS = count_words("vote_words")
TALLY_VERBS = count_words("tally_verbs")
HOPS = 3  # a coordinated share reaches its verb over a conjunct or two
SPLIT_HOPS = 5  # a split's share reaches its verb over "by a margin of"
PERCENT = frozenset({"%", "percent", "cent", "pc", "pct"})
ARTICLES = frozenset({"the", "a", "an", "all"})


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


def _side(tok: Token, against: bool = False) -> tuple[str, str] | None:
    """(words, key) of a side: a name with the compound and adjective words before it, whose key is all their
    lemmas ("Green Party" is not "Labour Party"); a verb with its object ("scrap the toll", key "scrap")."""
    if tok.pos_ == "PRON":
        return None  # ("44% opposed it": whose side "it" is its antecedent's, not told here)
    k = tok.i
    while k > tok.sent.start and tok.doc[k - 1].dep_ in ("compound", "amod") and tok.doc[k - 1].head.i >= k and \
            tok.doc[k - 1].is_alpha:
        k -= 1
    name = tok.pos_ in ("NOUN", "PROPN")
    text = tokens_text(list(tok.doc[k : tok.i + 1])) if name else tok.text
    key = " ".join(_lemma(t) for t in tok.doc[k : tok.i + 1]) if name else _lemma(tok)
    if tok.pos_ == "VERB":  # "remain in the UK" is not "remain in the EU": the object or place it chooses
        objs = [c for c in tok.children if c.dep_ == "dobj"] + [o for p in tok.children if p.dep_ == "prep" and
                                                                p.lower_ in ("in", "of") for o in p.children
                                                                if o.dep_ == "pobj"]
        key += "".join(" " + _lemma(o) for o in objs[:1] if o.pos_ != "PRON")
        text += "".join(" " + " ".join(t.text for t in o.head.subtree) for o in objs[:1] if o.dep_ == "pobj")
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
    verb = next((a for k, a in enumerate(share.ancestors) if k < HOPS and a.pos_ in ("VERB", "AUX")), None)
    if verb is None or _lemma(verb) not in SIDE_VERBS:
        return None  # (the share's own verb of no choosing: "39% agreed", "13% were unsure")
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


def _pair_phrase(doc: Doc, fig: Figure, place: int, share: Token) -> tuple[str, str] | None:
    """The side a split's "for" / "against" / "in favour of" phrase names, right after the pair ("52% to 48%
    against independence") or on the clause's verb ("were against another vote by 56% to 44%", "voted by 62% to
    38% in favour of Remain"): the first share's."""
    end = fig.end
    if place == 0:
        end = next((k for k in range(fig.end, min(fig.end + 6, len(doc))) if doc[k].lower_ in PERCENT), fig.end)
        end += 1
    heads = [doc[end]] if end < len(doc) and doc[end].lower_ in (*SIDE_PREPOSITIONS, "in") else []
    verb = next((a for a in share.ancestors if a.pos_ in ("VERB", "AUX")), None)
    heads += [c for c in verb.children if c.dep_ in ("prep", "acomp") and c.lower_ in (*SIDE_PREPOSITIONS, "in")] \
        if verb is not None else []
    for prep in heads:
        obj = next((c for c in prep.children if c.dep_ in ("pobj", "pcomp")), None)
        if obj is None:
            continue
        if prep.lower_ in SIDE_PREPOSITIONS:
            return _side(obj, prep.lower_ == "against")
        inner = next((c for p in obj.children if p.lower_ == "of" for c in p.children if c.dep_ in
                      ("pobj", "pcomp")), None)
        if obj.lower_ in FAVOUR and inner is not None:
            return _side(inner)
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
    if (told := _pair_phrase(doc, fig, place, other)) is not None:
        text, key = told
        flip = bool(place)
        if flip:
            text, key = (text[8:], key[8:]) if key.startswith("against ") else ("against " + text, "against " + key)
        return text, key
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


def _whole_apart(a: FigureMention, b: FigureMention) -> bool:
    """Shares of two wholes: one of a group of voters named with its modifiers ("36 percent of SNP supporters",
    "72% of 16-24 year olds") and one of another whole or of the whole vote ("by 52% to 48%")."""
    wa, wb = _whole(a), _whole(b)
    return [w.lower() for w in wa] != [w.lower() for w in wb] and (_named_group(wa) or _named_group(wb))


def _whole(m: FigureMention) -> list[str]:
    """The words of a share's whole as written ("percent of Green supporters": Green, supporters), no article."""
    words = m.unit.split()
    words = words[2:] if [w.lower() for w in words[:2]] == ["percent", "of"] else []
    return [w for w in words if w.lower() not in ARTICLES]


def _named_group(whole: list[str]) -> bool:
    """A group of voters named by a party, a camp or an age before its noun ("SNP supporters", "16-24 year olds",
    "Remain voters"), not the whole electorate told in other words ("proxy votes cast", "investors")."""
    return len(whole) > 1 and any(w[:1].isupper() or any(ch.isdigit() for ch in w) for w in whole[:-1])


def _one_side(a: str, b: str) -> bool:
    """One side's two keys: equal, or one the fuller form of the other ("ruiz" / "senator ruiz", "leave" / "leave
    eu"; not "green party" / "labour party")."""
    wa, wb = a.split(), b.split()
    if (wa[0] == "against") != (wb[0] == "against"):
        return False  # ("bridge" / "against bridge": the two sides)
    return set(wa) <= set(wb) or set(wb) <= set(wa)  # ("remain" / "remain eu"; not "remain uk" / "remain eu")


def sides_of_one_result(a: FigureMention, b: FigureMention) -> bool | None:
    """True for two shares of one side of one result, False for two sides or two results (another pollster, a poll
    against a vote, another year, two holders of two polls, shares of two wholes, a share of a side and one of
    none), None when neither has a side to tell by."""
    if not a.side_key and not b.side_key:
        return None
    if not a.side_key or not b.side_key:  # a share of a side and another value of no side: another side's or a
        return False  # whole's (grouping.compatible lets an agreeing value be its retelling: "three in four")
    if _whole_apart(a, b):
        return False
    if not _one_side(a.side_key, b.side_key) and a.side_key.startswith("against ") and \
            b.side_key.startswith("against ") and (a.value, a.high) == (b.value, b.high):
        return None  # one "no" told against two wordings of one motion ("rejected the pay deal" / "opposed the pay
        # report"): the other rules decide
    if not _one_side(a.side_key, b.side_key) or a.contest_kind and b.contest_kind and a.contest_kind != b.contest_kind:
        return False
    if a.pollster and b.pollster and a.pollster != b.pollster or a.years and b.years and not a.years & b.years:
        return False
    polls = "poll" in (a.contest_kind, b.contest_kind)
    return not (polls and a.speaker is not None and b.speaker is not None and a.speaker.head != b.speaker.head)


def result_side(ms: Sequence[FigureMention], when: str = "") -> str | None:
    """A row's what when its shares are of one side (at least half of them told with it, those of no side their
    retellings): "share for Leave (EU referendum)", "share against independence (referendum, 2014)"; ``when`` the
    past date the row's clauses give (table._past_label). None otherwise."""
    sided = [m for m in ms if m.side_key]
    if 2 * len(sided) < len(ms) or not all(_one_side(a.side_key, b.side_key) for a in sided for b in sided):
        return None
    side = Counter(m.side for m in sided).most_common(1)[0][0]
    what = f"share {side}" if side.startswith("against ") else f"share for {side}"
    wholes = Counter(m.unit[len("percent of "):] for m in sided if _named_group(_whole(m)))
    if wholes:  # "share of SNP supporters for leave": a group of voters' share, not the vote's
        what = what.replace("share", f"share of {wholes.most_common(1)[0][0]}", 1)
    contests = Counter(m.contest for m in sided if m.contest)
    years = frozenset.intersection(*(m.years for m in sided))
    when = when or (next(iter(years)) if len(years) == 1 else "")
    topic = contests.most_common(1)[0][0] if contests else ""
    if when and when not in topic:
        topic = f"{topic}, {when}" if topic else when
    return f"{what} ({topic})" if topic else what
