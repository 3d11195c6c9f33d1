"""One event, one item: a chosen sentence that tells the event another chosen sentence tells, in other words,
is not shown again.

The citation judge (``fold``) finds one statement in two wordings when their words and meaning match; two
reports often tell one event with different words and details ("Tomas Verel, 51, died at the scene." [1];
"Police were investigating the killing of the painter Tomas Verel at his home." [2]), which the judge rightly
does not cite for each other. Two sentences of different reports retell one event here when the main clause
of each holds a word of one event family (``lexicon/event_families.toml``: "died", "killing"; "selling",
"sale"), read from the parse (the main verb, its own words, the object of a preposition on its complement;
the clause it reports or declares, unless it denies it; not a verb negated or only possible: "didn't kill",
"would sell"), and they name one person, body or place or state one figure, with no figure of
one that the other contradicts; two reports' ledes of one family need no name or figure in common (a lede may
describe its subject: "Russia's most prominent opposition leader"). Of the two, the one that better leads stays
(``lead.lead_key``: the news before an aside, more sources, a report's lede, the better rank); the other goes,
its report cited on the one that stays only where the judge finds it states the same (``cite.cite_retold``),
and its words go to the next ranked sentence.

Reports also tell one event with words of no family in common ("has announced that two private citizens have paid to
be sent around the Moon" [1]; "has announced it plans to launch two paying passengers on a tourist trip around the
moon" [4]). Two sentences of different reports retell one event too when they read alike as wholes (MiniLM cosine at
least ``ALIKE``, storyline's one model: ``nlp.embed``), name one person, body or place, have no figure of one that
the other contradicts, and tell their acts alike as done or as not yet done, in reports of one day or the next
(summ45): the cosine alone joins two acts of one story's people ("The senate voted on the bill" beside "The senate
will vote on the budget"), and reports days apart tell a story's successive acts alike ("Wreckage … has been
confirmed to be from the flight" on the 2nd, "The air force has located bodies and wreckage of the flight" on the
6th).

Numbers written out read as digits in the second test (``numerals``: "Two hundred and twenty-eight" is "228"), and
there a figure two sentences both give (``one_value``: "A total of 228 candidates are running." beside "Two hundred
and twenty-eight candidates are competing for 90 seats") ties them as a shared name does (summ53).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import rules
from .described_acts import described_pairs
from .numerals import as_digits
from .quoted_phrase import quotes_one_statement
from .standalone import sentence_spans
from .statements import Figures, figures_agree, kinds_agree

__all__ = [
    "ACT", "ALIKE", "FILLER_ALIKE", "FILLER_CLOSE", "FINDING", "LEDES_ALIKE", "Event", "event_of", "one_count",
    "retells", "retold",
]

ALIKE = 0.7
"""The MiniLM cosine at or above which two sentences of different reports that name one participant and agree in
their figures and tense tell one event (summ45: the same act told in other words read 0.71–0.73 on the tuning
folders, two acts of one story's people 0.60–0.69)."""

FILLER_ALIKE = 0.6
"""The looser bar for a filler (a sentence that came in to fill words a left-out item freed) beside a kept item: a
filler must add a fact, not tell a kept one a third way (summ46; two acts of one story's people read 0.60–0.69, so
only fillers go at it, and only against a kept item)."""

FILLER_CLOSE = 0.75
"""A filler reading this close to a kept item retells it with no name in common ("The mayor's office said …" beside
"Town Hall said …"; summ46)."""

LEDES_ALIKE = 0.6
"""The looser bar for two reports' ledes (each its report's first sentence) that name one participant: each lede tells
its story's news, so two that read this alike tell it twice ("Parliament has passed the Brexit bill, paving the way
…" beside "The British government has won final approval from parliament for legislation giving …", 0.61 on the
tuning folders; summ47)."""

FINDING = 10
"""The least count that ``one_count`` reads as a finding a sentence reports ("84 witnesses"), not a description of
what it tells of ("the two pages")."""

Event = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str]]
"""(event families of the main clause, the names it holds, its figures as written, its main subjects' nouns, each
with whether its clause tells the act as done: "court:done")."""


@cache
def _families() -> dict[str, frozenset[str]]:
    """Each word's families: a word may tell events of two ("buy": a sale, and a takeover when a firm is bought)."""
    doc = lexicon.document("event_families")
    out: dict[str, set[str]] = {}
    for fam, ws in doc.get("families", {}).items():
        for w in ws:
            out.setdefault(w, set()).add(fam)
    for w, more in doc.get("also", {}).items():
        out.setdefault(w, set()).update(more)
    return {w: frozenset(fams) for w, fams in out.items()}


_ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "attr", "oprd", "acomp", "xcomp", "dative"})
_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_NOT_NAMES = frozenset({"DATE", "TIME"})  # "Thursday" names no one


def _main_words(root: Any) -> list[Any]:
    """The words of a main clause: its verb (and verbs joined to it), their arguments (subject, object,
    complement: ``_ARGUMENTS``), the object of a preposition on their complement ("is $53m in debt"; not on
    the verb: "paid tribute following her death" tells the tribute); and the clause a verb reports or declares
    ("Police said he died"), unless the verb denies it (``event_families.toml``'s ``denials``) or is only
    planned ("will say whether he approves the sentence"); and a participle telling a verb's result ("…, injuring
    one person": ``_result``, summ53)."""
    verbs = [root, *(c for c in root.children if c.dep_ == "conj")]
    if root.lemma_.lower() not in _denials() and not _open(root):
        verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "ccomp"]
    verbs += [c for v in list(verbs) for c in v.children if _result(c)]
    out: list[Any] = []
    for v in verbs:
        out.append(v)
        for c in v.children:
            if c.dep_ not in _ARGUMENTS:
                continue  # not a clause on the verb ("… a week before it burned down") nor the object of a
                # preposition on it ("paid tribute following her death" tells the tribute)
            out.append(c)
            if c.dep_ == "attr":
                out.extend(g for p in c.children if p.dep_ == "prep" for g in p.children if g.dep_ == "pobj")
    return out


def _result(c: Any) -> bool:
    """Is ``c`` a participle that tells its verb's result ("A parcel exploded at the office, injuring one person"):
    an adverbial clause on a gerund with no subject nor conjunction of its own? The act it tells is the main
    clause's act (summ53: "An employee was injured when a parcel exploded" tells that event too); a clause with its
    own subject or a conjunction ("after …", "while …") tells another."""
    return c.dep_ == "advcl" and c.tag_ == "VBG" and not any(
        k.dep_ in ("nsubj", "nsubjpass", "mark") for k in c.children)


def _negated(t: Any) -> bool:
    return any(c.dep_ == "neg" for c in t.children)


def _open(t: Any) -> bool:
    """Is the word's verb negated or only possible or planned ("didn't kill", "would be selling")? Then it
    does not tell the event happened."""
    verb = t if t.pos_ in ("VERB", "AUX") else t.head
    return _negated(verb) or _negated(t) or any(
        c.dep_ == "aux" and c.lower_ in _families_doc()["modals"] for c in verb.children)


@cache
def _families_doc() -> dict[str, frozenset[str]]:
    doc = lexicon.document("event_families")
    return {"modals": frozenset(doc.get("modals", ())), "denials": frozenset(doc.get("denials", ()))}


def _denials() -> frozenset[str]:
    return _families_doc()["denials"]


def event_of(a: Analysis, s: Sentence, acts: bool = False) -> Event:
    """What ``retells`` compares: the event families of ``s``'s main clauses, its names, its figures; with ``acts``,
    each main clause's own act too (``_acts``: the summary's, not the timeline's, which has its own same-act test)."""
    families = _families()
    fams: set[str] = set()
    names: set[str] = set()
    figs: set[str] = set()
    subjects: set[str] = set()
    for span in sentence_spans(a, s):
        for root in (t for t in span if t.dep_ == "ROOT"):  # each sentence of a joined unit
            mode = "done" if _done(root) else "open"  # "is expected to begin" is not "swept over" (D30012)
            subjects.update(f"{w}:{mode}" for c in root.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")
                            for w in {c.lemma_.lower(), c.lower_})  # a name read as a noun: "Sessions", "session"
            for t in _main_words(root):
                fam = families.get(t.lemma_.lower()) or families.get(t.lower_) or _phrasal(families, t)
                if fam and not _open(t):
                    fams.update(fam)
            if acts:
                fams.update(_acts(root))
        names.update(t.lower_ for t in span
                     if t.pos_ == "PROPN" and t.is_alpha and len(t) > 1 and t.ent_type_ not in _NOT_NAMES)
        figs.update(t.text.replace(",", "") for t in span if t.like_num and any(ch.isdigit() for ch in t.text))
    return frozenset(fams), frozenset(names), frozenset(figs), frozenset(subjects)


def _phrasal(families: dict[str, frozenset[str]], t: Any) -> frozenset[str]:
    """The families of a verb with its particle ("passed away": "pass away"; "stepped down": "step down"), written
    as two words in ``event_families.toml``; the verb alone tells no event of them ("passed the bill"). The parser
    reads the particle as an adverb as often ("stepped down on Tuesday")."""
    out: set[str] = set()
    for c in t.children:
        if c.dep_ in ("prt", "advmod") and c.i == t.i + 1:
            out |= families.get(f"{t.lemma_.lower()} {c.lower_}", frozenset())
    return frozenset(out)


@cache
def _quiet_verbs() -> frozenset[str]:
    """Verbs that tell no act of their own (``_acts``): the verbs of saying and ``lexicon/light_verbs.txt``."""
    return frozenset(rules().reporting_verbs | lexicon.words("light_verbs"))


ACT = "act:"
"""The mark of an event key that is one main clause's own act (``_acts``), not a family of ``event_families.toml``."""


def _acts(root: Any) -> set[str]:
    """Each act a main clause tells as done, as "act:verb:subject:object" lemmas ("Mubarak was acquitted …" on the
    2nd and "Last week, Mubarak was acquitted …": "act:acquit:mubarak:"): a verb of its own (not a verb of saying,
    nor one of ``lexicon/light_verbs.txt``: "be", "make"), its subject a name or a noun, and its object's noun when it
    has one, with its count ("signed the order", "killed 5 people": "act:kill:police:people#5"); in the clause a
    verb of saying reports too ("Brod was acquitted, the court said"). Two reports that tell one subject doing one
    act tell one event, whatever family (if any) the verb is of, when they name one participant and no two years of
    theirs differ: the sentences' other figures tell its circumstances ("On March 2, …, during the 2011 uprising"
    beside "Last week, … the 18-day revolt that ended his 30-year rule"), not the act (summ49)."""
    out: set[str] = set()
    quiet = _quiet_verbs()
    verbs = [root, *(c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if root.lemma_.lower() not in _denials() and not _open(root):  # "…, a court said": the act it reports
        verbs += [c for v in list(verbs) for c in v.children if c.dep_ == "ccomp"]
    for v in verbs:
        lemma = v.lemma_.lower()
        if v.pos_ != "VERB" or lemma in quiet or not _past_or_perfect(v):
            continue
        subject = next((c for c in v.children if c.dep_ in _SUBJECTS and c.pos_ in ("NOUN", "PROPN")), None)
        if subject is None:
            continue
        obj = next((c for c in v.children if c.dep_ == "dobj"), None)
        count = "".join(f"#{c.text}" for c in obj.children if c.dep_ == "nummod") if obj is not None else ""
        out.add(f"{ACT}{lemma}:{_who(subject)}:{obj.lemma_.lower() if obj is not None else ''}{count}")
    return out


_NAME_PARTS = frozenset({"compound", "appos", "flat"})


def _who(subject: Any) -> str:
    """The subject's name's last word when a name stands beside its noun ("The former minister Karel Brod": "brod"),
    else the noun's lemma: one person written with and without a post is one subject."""
    parts, todo = [subject], [subject]
    while todo:
        kids = [c for c in todo.pop().children if c.dep_ in _NAME_PARTS]
        parts += kids
        todo += kids
    names = sorted((t for t in parts if t.pos_ == "PROPN"), key=lambda t: t.i)
    return str((names[-1] if names else subject).lemma_.lower())


def retells(
    s: Sentence, e: Event, t: Sentence, f: Event, figures: Figures | None = None, ledes: bool = False,
    near: bool = True,
) -> bool:
    """Do ``s`` and ``t``, of different reports, tell one event: a family in both main clauses, a name or a
    figure in both, and no figure of one that the other contradicts (a figure read differently agrees when the
    ``figures`` reader says so: "$53m" and "53 million dollars")? Two reports' ledes (``ledes``) need no name or
    figure in common: a lede may name its subject only by description ("Russia's most prominent opposition
    leader was released …" beside "Kremlin critic Alexei Navalny has been freed …"), and the story's reports lead
    with its one event; nor a family in common where their main clauses have one subject noun ("A regional court
    has handed the ministry a defeat …" beside "A regional court on Monday ordered …": one court's one act, told
    by a verb of no family or of none in common), where the reports are of one day or the next (``near``: days
    apart, two ledes on one subject tell its successive acts: "A search team has recovered …" after "Teams have
    confirmed none has recovered …")."""
    shared = e[0] & f[0]
    if s.doc == t.doc or not (shared or (ledes and near and _subject_shared(e, f))):
        return False
    if not near and _one_act_only(e, f):
        return False  # one subject's one act, told by reports days apart, may be two acts (summ49)
    agree: Callable[[], bool] = (lambda: figures_agree(figures(s), figures(t))) if figures else (lambda: False)
    if any(x.startswith(ACT) for x in shared):  # one act, its own count in its key ("killed 5 people"): only a
        years = [{x for x in ev[2] if len(x) == 4 and x.isdigit()} for ev in (e, f)]  # year apart tells two
        return not (years[0] and years[1] and not years[0] & years[1]) and bool(e[1] & f[1])
    if e[2] and f[2] and not e[2] & f[2] and not agree():
        return False  # 45 dead is not 40 dead
    linked = {x for x in e[2] & f[2] if len(x) > 1}  # a shared "2" or "5" links nothing
    return ledes or bool(e[1] & f[1]) or bool(linked) or (bool(e[2]) and bool(f[2]) and agree())


def _done(root: Any) -> bool:
    """Does the main clause (or the clause its verb reports: "say they have moved") tell its act as done: a simple
    past or a perfect, not negated nor only possible? "The storm is expected to begin …" is not done; "The storm
    swept over …" is."""
    return _past_or_perfect(root) or any(_past_or_perfect(c) for c in root.children if c.dep_ == "ccomp")


def _past_or_perfect(v: Any) -> bool:
    """Is ``v`` a simple past, a passive past or a perfect ("swept", "were trained", "has dealt"), not negated nor
    only possible? ("ordered that the toll be lifted" is done by its main verb; its clause is what was ordered.)"""
    if _open(v):
        return False
    return v.tag_ == "VBD" or any((c.dep_ == "aux" and c.lemma_.lower() == "have")
                                  or (c.dep_ == "auxpass" and c.tag_ == "VBD") for c in v.children)


def _subject_shared(e: Event, f: Event) -> bool:
    """Do two events' main clauses have a subject noun in common (by lemma: "Scientists" and "US scientists"), told
    alike as done or as not yet done (a forecast of the storm and the storm that came are two items)?"""
    return bool(e[3] & f[3])


def _one_act_only(e: Event, f: Event) -> bool:
    """Do two events share one main clause's act (``_acts``) and no family? Then they tell that act twice, and how each
    dates it ("On March 2, …" below a lede as background, "Last week, …" as news: ``lead.lead_key``'s first term) says
    nothing of which tells it better; the sources stating each, and then the rest of ``lead_key``, do (summ49)."""
    shared = e[0] & f[0]
    return bool(shared) and all(x.startswith(ACT) for x in shared)


def _near(by_doc: dict[str, Analysis], s: Sentence, t: Sentence) -> bool:
    """Are the reports of ``s`` and ``t`` published on one day or the next (or undated)?"""
    a, b = by_doc.get(s.doc), by_doc.get(t.doc)
    da, db = (a.doc.published if a else None), (b.doc.published if b else None)
    return da is None or db is None or abs((da - db).days) <= 1


def retold(
    chosen: Sequence[Sentence], analyses: Sequence[Analysis], better: Callable[[int], tuple[int, ...]],
    figures: Figures | None = None, ledes: Sequence[bool] = (), fillers: frozenset[int] = frozenset(),
) -> dict[int, int]:
    """The indices of ``chosen`` sentences that retell an event a better one (by ``better``'s key) tells, each
    with the index of that one. ``ledes``: which of ``chosen`` are their reports' ledes. ``fillers``: which came in
    to fill words a left-out item freed; one goes at the looser ``FILLER_ALIKE`` bar beside an item kept (summ46), or
    when it gives a kept item's count of one thing again (``one_count``, summ48)."""
    by_doc = {a.doc.id: a for a in analyses}
    none: Event = (frozenset(), frozenset(), frozenset(), frozenset())
    events = [event_of(by_doc[s.doc], s, acts=True) if s.doc in by_doc else none for s in chosen]
    lede = [bool(ledes[k]) if k < len(ledes) else False for k in range(len(chosen))]
    kept: list[int] = []
    gone: dict[int, int] = {}
    seen = _Seen(chosen, by_doc)  # one model pass and one reading of each sentence's mode, for every bar below
    alike = _alike(chosen, by_doc, events, figures, seen)
    if sum(lede) >= 2:  # two reports' ledes that read alike tell the story's news twice (summ47)
        alike |= {(i, j) for i, j in _alike(chosen, by_doc, events, figures, seen, LEDES_ALIKE) if lede[i] and lede[j]}
    alike |= quotes_one_statement(chosen, [e[1] for e in events])  # a quoted phrase and its quotation (summ50)
    alike |= described_pairs(  # one person's act told again under a description, in one report or two (summ52)
        chosen, by_doc, [frozenset(x for x in e[0] if not x.startswith(ACT)) for e in events],
        ["done" in m for m in seen.modes], [[_near(by_doc, s, t) for t in chosen] for s in chosen])
    loose = (_alike(chosen, by_doc, events, figures, seen, FILLER_ALIKE)
             | _alike(chosen, by_doc, events, figures, seen, FILLER_CLOSE, named=False)) if fillers else set()
    for k in sorted(range(len(chosen)), key=better, reverse=True):
        by = next((j for j in kept if retells(chosen[k], events[k], chosen[j], events[j], figures,
                                              lede[k] and lede[j], _near(by_doc, chosen[k], chosen[j]))
                   or (k, j) in alike), None)
        if by is None:
            kept.append(k)
        elif _one_act_only(events[k], events[by]) and better(k)[1:] > better(by)[1:]:
            kept[kept.index(by)] = k  # one act told twice: the telling more sources state stays, however dated
            gone[by] = k
            gone.update({g: k for g, b in gone.items() if b == by})
        else:
            gone[k] = by
    for k in sorted(fillers):  # a filler never retells what a kept item tells, whichever leads better
        by = next((j for j in kept if j not in fillers and j not in gone
                   and ((k, j) in loose or one_count(figures, chosen[k], chosen[j]))), None)
        if k not in gone and by is not None:
            gone[k] = by
    return gone


def one_value(figures: Figures | None, s: Sentence, t: Sentence) -> bool:
    """Do ``s`` and ``t`` give one figure of at least ``FINDING``, one of them exactly, however each writes it
    ("228 candidates" and "Two hundred and twenty-eight candidates")? In two sentences that read alike as wholes,
    such a figure ties them to one fact as a shared name does (summ53): "A total of 228 candidates are running."
    and "Two hundred and twenty-eight candidates are competing for 90 seats" name no one, and their other
    figures ("90 seats") are circumstances."""
    if figures is None:
        return False
    mine = [x for x in figures(s) if _narrow(x)]
    return any(_narrow(y) and x[0] <= y[1] and y[0] <= x[1] and (x[0] == x[1] or y[0] == y[1])
               for y in figures(t) for x in mine)


def _narrow(x: tuple[float, float, str]) -> bool:
    """A figure of at least ``FINDING`` given about exactly ("342", "some 342"), not a bound nor a wide range."""
    return x[0] >= FINDING and x[1] <= 1.2 * x[0]


def one_count(figures: Figures | None, s: Sentence, t: Sentence) -> bool:
    """Do ``s`` and ``t`` state one exact count of one thing ("interviews with 84 witnesses" and "corroborated with 84
    witness and expert accounts", read by the claims stage as 84 of "witness" both)? A filler that gives a kept item's
    count of the same thing again tells that item's fact a second way (summ48), whatever its other words. A count under
    ``FINDING`` is left out: a few things counted describe what a sentence tells of ("the two pages show that he paid
    $5.3m" beside "… obtained the first two pages of that return")."""
    if figures is None:
        return False
    counts = {(x[0], x[2]) for x in figures(s) if x[0] == x[1] and x[0] >= FINDING and x[2].isalpha()}
    return any((y[0], y[2]) in counts for y in figures(t) if y[0] == y[1])


class _Seen:
    """The chosen sentences' MiniLM vectors and modes, computed once for ``_alike``'s several bars."""

    def __init__(self, chosen: Sequence[Sentence], by_doc: dict[str, Analysis]) -> None:
        from ..nlp import embed

        # numbers written out read as digits: "Two hundred and twenty-eight candidates" is "228 candidates" (summ53)
        self.vecs = embed([as_digits(s.text) for s in chosen]) if len(chosen) >= 2 else None
        self.modes = [_modes(by_doc[s.doc], s) if s.doc in by_doc else frozenset() for s in chosen]


def _alike(chosen: Sequence[Sentence], by_doc: dict[str, Analysis], events: Sequence[Event],
           figures: Figures | None, seen: _Seen, bar: float | None = None,
           named: bool = True) -> set[tuple[int, int]]:
    """The pairs (both orders) of ``chosen`` sentences of different reports that read alike as wholes (cosine at least
    ``ALIKE``), name one participant, contradict no figure (``statements.kinds_agree``: a figure of a kind only one
    states is a circumstance), tell an act alike as done or not (a unit of two sentences tells one act as the other
    tells it when either of its sentences does and a figure of one kind agrees in both: "… received 97.69 percent ….
    This secures him a third term." beside "… bagged a fresh seven-year term with nearly 98 percent …"; summ51) and
    are of one day or the next (module docstring). A participant is a name, a figure both give (``one_value``) or the
    main clause's subject ("Sessions … announced he would recuse himself" beside '"I have decided to recuse myself
    …," Sessions told reporters', where the tagger read the first "Sessions" as a common noun; summ53), the last two
    at ``ALIKE`` only."""
    if seen.vecs is None:
        return set()
    vecs, modes = seen.vecs, seen.modes
    out: set[tuple[int, int]] = set()
    bar = ALIKE if bar is None else bar
    for i, s in enumerate(chosen):
        for j in range(i + 1, len(chosen)):
            t, e, f = chosen[j], events[i], events[j]
            close = float(vecs[i] @ vecs[j])
            counted = close >= ALIKE and one_value(figures, s, t)  # not at a filler's looser bar: a figure in
            # common there is often the next fact about it ("The $38 million was in addition to …")
            if s.doc == t.doc or close < bar or (named and not (e[1] & f[1] or counted
                                                                 or (close >= ALIKE and e[3] & f[3]))) \
                    or not modes[i] & modes[j] or not _near(by_doc, s, t):
                continue
            if modes[i] != modes[j] and not (figures and kinds_agree(figures(s), figures(t))):
                continue  # a unit's other sentence tells another act, unless one measure ties the two (summ51)
            if e[2] and f[2] and not e[2] & f[2] and not counted \
                    and not (figures and kinds_agree(figures(s), figures(t))):
                continue  # a figure of a kind only one states is a circumstance, not a contradiction (summ51)
            out |= {(i, j), (j, i)}
    return out


def _modes(a: Analysis, s: Sentence) -> frozenset[str]:
    """How the sentence's main clauses tell their acts: "done" (a simple past or a perfect), else "open"."""
    return frozenset("done" if _done(root) else "open" for span in sentence_spans(a, s)
                     for root in span if root.dep_ == "ROOT")
