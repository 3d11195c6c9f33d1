"""One event in two entries, the cases ``told.py`` leaves (issue 12, the eleventh read; branch time12).

``told.merge_told`` joins entries of the same date from different reports; ``told.once_per_sentence``
files a sentence under one date but leaves every mention alone. Three repeats were left:

- one event at two precisions: "Born in 1947, she was …" beside "… was born … on June 24, 1947, in London";
- one sentence under its main date and again under a date it mentions ("When the Wall fell in November 1989,
  … the collapse of the Soviet Union in 1991"): the other year is context;
- one day's event told twice, in entries that share a report ("… was reported as missing on Nov. 18, 2017"
  beside "…, was reported missing on Nov. 18 by her mother", each cited by the same two reports).

``fold_same_event`` folds an entry into another whose date is the same day, or finer and inside it, whose
date hangs from the same verb ("bear", "report"), when the judge (``told.SameThing``) says one is stated by
the other's sentence: on one day the sentences are judged, at two precisions the coarser entry's claim. Two
named subjects must name one person ("Dickson Wright", "Clarissa Dickson Wright"): the judge alone read
"Anthony Holloway was born in 1952" as stated by "Marguerite Anne Holloway was born on March 3, 1952".

A claim whose subject is a pronoun or missing ("Born in 1947", "she was born in 1947") is read with the
other entry's subject in its place ("Clarissa Dickson Wright Born in 1947"): the judge then compares what
the two say of one subject, and keeps apart "Anthony was born in 1947". ``mentions_once`` drops a mention
whose sentences are all shown under another entry's (main) date.
"""

from __future__ import annotations

import copy
import itertools
import re
from collections import defaultdict
from collections.abc import Sequence
from typing import Any, TypeVar

from .. import lexicon
from ..unionfind import UnionFind
from .background import future_participle
from .entry import Entry
from .resolution import DateValue
from .told import _RELATIVE, _SUBJECTS, MAX_JUDGED_PAIRS, SameThing, date_verb

Event = TypeVar("Event", bound=Entry)

_FINER = {"day": 0, "week": 1, "month": 2, "year": 3}


def date_subject(sdoc: Any, start: int, end: int) -> tuple[str, str]:
    """The subject of the verb the date at ``start:end`` (paragraph offsets) hangs from, and the date's claim
    without that subject when it is a pronoun: ("", "was born in 1947") for "she was born in 1947", ("",
    "Born in 1947") for "Born in 1947, she …", ("Clarissa Dickson Wright", "") for a named subject (the claim
    is ``told.date_claim``'s then); ("", "") when the date hangs from no verb. A participle of a future main verb
    ("Kicking off in June 2020, the run will …": ``background.future_participle``) is read as that future, ("",
    "will kick off in June 2020"), so the judge can weigh it against a finite "will kick off" (time27)."""
    verb = date_verb(sdoc, start, end)
    if verb is None:
        return "", ""
    head = verb
    while head.dep_ == "conj" and head.head is not head:
        head = head.head
    subject = next((c for c in head.children if c.dep_ in _SUBJECTS), None)
    skip = {t.i for c in verb.children if c.dep_ in ("conj", "parataxis", "cc") for t in c.subtree}
    if subject is None and future_participle(sdoc, start, end):  # "Kicking off in June 2020, the run will …"
        return "", f"will {verb.lemma_} " + "".join(t.text_with_ws for t in verb.subtree
                                                   if t.i > verb.i and t.i not in skip).strip()
    if subject is None or (subject.pos_ == "PRON" and subject.lower_ not in _RELATIVE):
        gone = set() if subject is None else {t.i for t in subject.subtree}
        bare = "".join(t.text_with_ws for t in verb.subtree if t.i not in skip and t.i not in gone).strip()
        return "", bare
    if subject.lower_ in _RELATIVE and head.dep_ == "relcl":
        noun = head.head
        return " ".join(t.text for t in noun.subtree if t.i <= noun.i and t.dep_ in ("compound", "flat")
                        or t.i == noun.i), ""
    return "".join(t.text_with_ws for t in subject.subtree).strip(), ""


_SUBORDINATE = frozenset({"relcl", "advcl", "pcomp"})


def in_subordinate_clause(sdoc: Any, start: int, end: int) -> bool:
    """Does the date at ``start:end`` (paragraph offsets) sit in a relative, adverbial or prepositional clause
    ("…, who will turn 90 on 10 June, put forward …", "… revolutions that culminated in the collapse of the
    Soviet Union in 1991", "before becoming … vice president in 1980")? Climbs from the verb it hangs from to
    the root; a participle describing a noun is one too ("…, having been annexed … in 1938"). A date on a verb
    co-ordinated with the main one is not ("was given a show trial, imprisoned and released under house arrest in
    1951", which the parser may hang from "trial" as a participle: ``_coordinated``)."""
    tok = date_verb(sdoc, start, end)
    for _ in range(20):
        if tok is None or tok.head is tok:
            return False
        if tok.dep_ in _SUBORDINATE or (tok.dep_ == "acl" and not _coordinated(tok)):
            return True
        tok = tok.head
    return False


def _coordinated(verb: Any) -> bool:
    """Does the participle ``verb`` head a co-ordination of verbs ("jailed and released")? The parser hangs such a
    list after a main verb's object as a participle of the noun ("given a closed trial, jailed and released …"),
    but it goes on the main clause; a participle alone ("having been annexed … in 1938", "migrants seeking
    asylum spiked last year") describes its noun (time18)."""
    return any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for c in verb.children)


def _inside(fine: DateValue, coarse: DateValue) -> bool:
    """Is ``fine`` the same day as ``coarse``, or finer and inside it ("24 Jun 1947" in "1947", "2017-11-18"
    in a November of unknown year)? Ranges are left alone."""
    if fine.end is not None or coarse.end is not None:
        return False
    if fine.iso() == coarse.iso():
        return fine.precision == "day"
    if _FINER.get(fine.precision, 9) >= _FINER.get(coarse.precision, 9):
        return False
    if coarse.year is None:
        return coarse.precision == "month" and coarse.month == fine.month
    if fine.year is None:
        return False
    first, last, day = coarse.first_day(), coarse.last_day(), fine.first_day()
    return first is not None and last is not None and day is not None and first <= day <= last


def _claim(e: Entry, other: Entry) -> str:
    """``e``'s claim, read with ``other``'s subject where ``e``'s own is a pronoun or missing."""
    if e.bare and other.subject:
        return f"{other.subject} {e.bare}"
    return e.claim or e.text


def _said(e: Entry, other: Entry) -> str:
    """What the judge reads of ``e`` against ``other``'s sentence: on one day, ``e``'s sentence (two sentences
    telling one day's event); at two precisions, ``e``'s claim (``_claim``), since its sentence may go on to
    other things ("Born in 1947, she was the youngest of four children")."""
    return e.text if e.value.iso() == other.value.iso() else _claim(e, other)


def _named(subject: str) -> frozenset[str]:
    """The capitalised words of a subject but its determiners ("Her brother Anthony Holloway" -> {"anthony",
    "holloway"})."""
    ws = [w.strip(".,;:'’\"") for w in subject.split()]
    return frozenset(w.lower() for w in ws if w[:1].isupper() and w.lower() not in _OPENERS)


_OPENERS = lexicon.words("subject_determiners")


def _one_subject(a: Entry, b: Entry) -> bool:
    """Two named subjects name one person or thing when the names of one are all in the other ("Dickson
    Wright" in "Clarissa Dickson Wright"); "Anthony Holloway" and "Marguerite Anne Holloway" are two. The
    judge reads the rest: it weighs the shared surname and the shared verb higher than the first names."""
    x, y = _named(a.subject), _named(b.subject)
    return not x or not y or x <= y or y <= x


def fold_same_event(events: list[Event], same: SameThing) -> list[Event]:
    """Entries whose dates are the same day, or one finer and inside the other, from different sentences,
    that date with the same verb ("bear", "report") and that the judge says state the same thing (either way
    round): one entry, under the finer date, headed by an entry that is not a mention where there is one,
    holding every citation."""
    def fits(i: int, j: int) -> bool:
        a, b = events[i], events[j]
        return (a.relation == b.relation and a.future == b.future and not a.caption and not b.caption
                and not set(a.citations) & set(b.citations) and _inside(b.value, a.value)
                and bool(a.verb) and a.verb == b.verb and _one_subject(a, b))

    by_year: dict[int | None, list[int]] = defaultdict(list)
    by_month: dict[int | None, list[int]] = defaultdict(list)
    for k, e in enumerate(events):
        by_year[e.value.year].append(k)
        by_month[e.value.month].append(k)

    def near(i: int) -> list[int]:
        """The entries whose date may lie inside ``events[i]``'s: its year's, or its month's when the year is
        not known (a story of thousands of entries is not compared pair by pair)."""
        v = events[i].value
        return by_year[v.year] if v.year is not None else by_month[v.month] if v.month else []

    pairs = list(itertools.islice(
        ((i, j) for i in range(len(events)) for j in near(i)
         if i != j and fits(i, j) and (events[i].value.iso() != events[j].value.iso() or i < j)),
        MAX_JUDGED_PAIRS))
    if not pairs:
        return events
    verdicts = same([(_said(events[i], events[j]), events[j].text) for i, j in pairs]
                    + [(_said(events[j], events[i]), events[i].text) for i, j in pairs])
    uf: UnionFind[int] = UnionFind()
    finest: dict[int, int] = {}  # a group's root -> its finest-dated member

    def nested(a: DateValue, b: DateValue) -> bool:
        return a.iso() == b.iso() or _inside(a, b) or _inside(b, a)

    for k, (i, j) in enumerate(pairs):
        ri, rj = uf.find(i), uf.find(j)
        fi, fj = finest.get(ri, i), finest.get(rj, j)
        if ri == rj or not (verdicts[k] or verdicts[len(pairs) + k]) \
                or not nested(events[fi].value, events[fj].value):
            continue  # one year is not two days: "1947" with "24 Jun 1947" and "3 Mar 1947" stays apart
        uf.union(i, j)
        finest[uf.find(i)] = fi if _inside(events[fi].value, events[fj].value) else fj
    groups: dict[int, list[int]] = {}
    for i in range(len(events)):
        groups.setdefault(uf.find(i), []).append(i)
    out: dict[int, Event] = {}
    for members in groups.values():
        first = min(members, key=lambda i: (_FINER.get(events[i].value.precision, 9), events[i].mention, i))
        head = copy.copy(events[first])
        head.citations = [c for i in [first, *sorted(members)] for c in events[i].citations]
        head.citations = list(dict.fromkeys(head.citations))
        out[first] = head
    return [out[i] for i in sorted(out)]


def mentions_once(events: Sequence[Event]) -> list[Event]:
    """A mention whose every sentence is shown under another entry that is not a mention goes, when its date
    sits in a subordinate clause (``in_subordinate_clause``): one sentence, one entry, under the date of its
    main event (``told.once_per_sentence`` picks that date among the rest), the mentioned date written in its
    text. A mention elsewhere ("Arrested … in 1946, the archbishop was … released under house arrest in 1951")
    may be an event of the sentence's own and stays. An entry whose date is a comparison's baseline ("up from
    $38,373 a year ago") is no such other entry: the sentence's own date is the participle's ("sold in October"), and
    the baseline's own entry, a mention (``compared_at``), goes when its sentence is shown under another date, as
    does a thing's day written as its possessive ("weigh in on Thursday's fight on Monday": the fight's day) or
    before its noun ("arrested in April for the March 21 call"). A change's baseline ("down 32% from a year ago",
    "more … than a year ago") goes even when its sentence is shown nowhere else (time40): it tells nothing of that
    day, where "up from 13.2 percent in September" tells September's figure (a mention of it)."""
    shown = {c for e in events if not e.mention and not _baseline(e) for c in e.citations}
    # time23: a thing's day goes too when its sentence is shown under another date of the sentence's own, a mention
    # or not ("the third witness testifying Tuesday who heard the July 25 call": one sentence, one entry)
    other = {c for e in events if not _baseline(e) and not _a_things_day(e) for c in e.citations}
    return [e for e in events
            if not (e.mention and (e.subordinate or _baseline(e) or _a_things_day(e)) and _all_shown(e, shown))
            and not (e.mention and _a_things_day(e) and _all_shown(e, other))
            and not (e.mention and _change_baseline(e))  # time40: a change's baseline alone dates no news
            and not (e.mention and _written_in_a_clause(e, shown))
            and not (e.mention and _inside_a_shown_period(e, events))]


def _inside_a_shown_period(e: Entry, events: Sequence[Entry]) -> bool:
    """Is every sentence of ``e`` (a mention) shown whole under a period, not a mention, that holds the mentioned
    date ("fell from $327 million in 2016 to … in 2017 – which came after Forbes outed Trump in 2017": 2016 to 2017
    holds 2017)? The mentioned date is written in a sentence already shown at its time (time31)."""
    first, last = e.value.first_day(), e.value.last_day()
    if first is None or last is None:
        return False
    def holds(o: Entry) -> bool:
        of, ol = o.value.first_day(), o.value.last_day()
        return not o.mention and o.value.end is not None and of is not None and ol is not None \
            and of <= first and last <= ol

    return all(any(c in o.citations and holds(o) for o in events) for c in e.citations)


def _written_in_a_clause(e: Entry, shown: set[tuple[str, int, int]]) -> bool:
    """Is ``e`` (a mention, one citation) a sentence of which another entry, not a mention, shows a clause that
    holds the mentioned date's words ("Fire season runs from August through October, with its peak coming in
    mid-September" cut from "…, and the smoke is already so bad …", filed under August to October)? The sentence
    is then shown under its main date with the mentioned date written in it; the whole sentence again under the
    mentioned date is one sentence in two entries (time31)."""
    at = e.text.find(e.phrase) if e.phrase else -1
    if len(e.citations) != 1 or at < 0:
        return False
    d, s, t = e.citations[0]
    p0, p1 = s + at, s + at + len(e.phrase)
    return any(o == d and s <= s2 <= p0 and p1 <= t2 <= t and (s2, t2) != (s, t) for o, s2, t2 in shown)


def _all_shown(e: Entry, shown: set[tuple[str, int, int]]) -> bool:
    """Is every citation of ``e`` shown under another entry, as itself or as a clause cut from it?
    A mention's clause cut from a sentence another date shows whole ("fell from $327 million in 2016 to … in 2017
    – which came after … for claiming the apartment", cut before "was more than …") is that sentence again, cut
    (time29): it goes as the whole one would. A cut clause begins or ends where its sentence does; a sentence inside
    another entry's lead-in (a quotation's speaker told two sentences before "she said on Friday") is no such
    clause, and keeps its own date."""
    return all(c in shown or any(d == c[0] and s <= c[1] and c[2] <= t and (s == c[1] or t == c[2])
                                 for d, s, t in shown) for c in e.citations)


# the words that set a figure or level against a yardstick (lexicon/yardstick_phrases.txt, time41), with "from", "than"
_YARDSTICK = r"(?:from|than|" + lexicon.alternation(lexicon.words("yardstick_phrases"), space=r"\s+") + r")"
# "up from $38,373 a year ago", "than 13.2 percent in September", "compared to $5 million in 2012": a figure
# compared, then its date.
_COMPARED = re.compile(r"\b" + _YARDSTICK + r"\s+[$€£]?\d[\d,.]*\s*(?:%|[a-z]+(?:\s+[a-z]+)?)?\s*(?:in|on|at)?\s*$")
# time44: "compares to 100 million activations in 2011, and 400 activations in 2012": a second yardstick figure
# listed after the first's date ("in 2011,"), then its own date
_FIGURE = r"[$€£]?\d[\d,.]*\s*(?:%|[a-z]+(?:\s+[a-z]+)?)?\s*"
_COMPARED_NEXT = re.compile(r"\b" + _YARDSTICK + r"\s+" + _FIGURE + r"(?:in|on|at)\s+(?:[\w.]+\s+){0,2}?[\w.]+,?\s+"
                            r"(?:and\s+|or\s+)?" + _FIGURE + r"(?:in|on|at)?\s*$")
# "up 20% over last year", "rose 4 percent from the same quarter last year": a change's size, then its baseline's
# date (time37); not "over the past year" (a span the expression holds whole)
_CHANGE_OVER = re.compile(r"\d[\d,.]*\s*(?:%|percent|per cent)\s+(?:over|from|since)\s+(?:the\s+same\s+[a-z]+\s+)?$",
                          re.I)
# time40: "from 7.5 billion in the second quarter last year": the compared figure's period ("in the second quarter")
# between the figure and its date; and "more … than a year ago", a comparative's yardstick written as a date alone
_COMPARED_PERIOD = re.compile(r"\b(?:from|than)\s+[$€£]?\d[\d,.]*\s*(?:%|[a-z]+)?(?:\s+[a-z]+)?\s+"
                              r"(?:in|during|for|over)\s+(?:the\s+|its\s+)?(?:[a-z-]+\s+){1,3}$")
# "more cars than a year ago", "on par with last year" (time41): a comparative's yardstick written as a date alone
_THAN = re.compile(r"\b(?:than|" + lexicon.alternation(lexicon.words("yardstick_phrases"), space=r"\s+")
                   + r")\s+(?:in\s+)?$", re.I)


def _baseline(e: Entry) -> bool:
    """Is ``e``'s date the baseline a figure is compared with ("up from $38,373 a year ago")? Such a date dates
    the earlier figure, not the sentence's news (time18's one-sentence rule must not show the sentence there)."""
    at = e.text.find(e.phrase) if e.phrase else -1
    return at > 0 and compared_at(e.text, at)


def _change_baseline(e: Entry) -> bool:
    """Is ``e``'s date the baseline of a change's size or of a comparative, with no figure of its own ("up 16%
    from a year ago", "up 9% since last year", "more cars than a year ago")?"""
    at = e.text.find(e.phrase) if e.phrase else -1
    return at > 0 and (_CHANGE_OVER.search(e.text[max(0, at - 40):at]) is not None
                       or _THAN.search(e.text[max(0, at - 24):at]) is not None)


_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|his|her|their|our|\w+['’]s)\s+$", re.I)
_NOUN_AFTER = re.compile(r"\s+[a-z]")


def _a_things_day(e: Entry) -> bool:
    """Is ``e``'s date written as a possessive before a noun ("Thursday's fight", "last week's vote"), or between
    a determiner or a possessive name and its noun ("arrested in April for the March 21 call": the call's day,
    time20; "listened in on President Trump's July 25 call", time23)?"""
    at = e.text.find(e.phrase) if e.phrase else -1
    if at < 0:
        return False
    after = at + len(e.phrase)
    return e.text.startswith(("'s ", "’s "), after) or (
        _DETERMINER_BEFORE.search(e.text[:at]) is not None and _NOUN_AFTER.match(e.text, after) is not None)


# "as he did in an interview two weeks ago", "as it did in 2009": a comparison's clause, "as", its subject (one to
# three words, no comma) and the verb "do" or "have" standing for the main clause's verb (no verb of its own after
# it, no "not"), then at most a preposition, a determiner and two words before the date
_AS_DID = re.compile(r"\bas\s+(?:[\w'’.-]+\s+){1,3}?(?:did|does|do|has|have|had)(?:\s+(?:done|so))?\s+"
                     r"(?!not\b|n[o']t\b)(?:(?:in|on|at|during|with|over|for)\s+)?(?:(?:an?|the|its|his|her|their)\s+)?"
                     r"(?:[\w'’-]+\s+){0,2}$", re.I)


def compared_at(text: str, at: int) -> bool:
    """Does the date at ``at`` in ``text`` follow a figure compared with it ("up from 13.2 percent in September", a
    change's size "up 20% over last year", time37), or
    sit in a comparison's "as … did" clause ("reiterated, as he did in an interview two weeks ago, that …", "fell,
    as it did in 2009", time32)? It dates the baseline or the yardstick, not the sentence's news: a mention."""
    return _COMPARED.search(text[max(0, at - 40):at]) is not None \
        or _COMPARED_NEXT.search(text[max(0, at - 100):at]) is not None \
        or _CHANGE_OVER.search(text[max(0, at - 40):at]) is not None \
        or _AS_DID.search(text[max(0, at - 60):at]) is not None \
        or _COMPARED_PERIOD.search(text[max(0, at - 60):at]) is not None \
        or _THAN.search(text[max(0, at - 24):at]) is not None
