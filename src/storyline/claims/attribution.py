"""Who said it: the attributed speaker of a figure, from the dependency parse.

Cues, in the order they are tried for a figure:

1. a reporting verb above the figure in the parse, with a subject: "X said 20
   died", "20 died, X said", "X told Reuters ...", "X identified 22 ...",
   "officials say ...";
2. "according to X" anywhere in the sentence;
3. a reporting clause elsewhere in the sentence ("..., as X reported");
4. for a figure inside quotation marks, the reporting clause of that quote, before
   or after it, even when the quote runs over several sentences
   ("“... two more times,” an official told Fox News");
5. continuation: a sentence with no cue of its own that follows, in the same
   paragraph, a sentence attributed to a *named* speaker carries on that report
   ("Shoigu reported ... . Four warships launched 26 missiles ...").

The speaker is the subject noun phrase as written, without appositions or
relative clauses ("A senior military official, who has spoken on condition of
anonymity" gives "A senior military official"); a bare name in apposition to a
title is kept with it ("A regional official of the union, Tomas Reyes").
Pronouns ("he", "she", "it") resolve to the named speaker of the *previous*
sentence, or to its named subject, and only when that one was itself named (not
a pronoun resolved in turn): a chain of "He said ... He said ..." stays "He",
marked unresolved; "the police said they believe ..." looks past "they" to the
police, and "Mottaki, who said ..." gives Mottaki. A vague plural source
("intelligence sources") followed in the same paragraph by a quote from one
official is shown with that official.
No speaker: a figure in a non-restrictive relative clause (", which stepped up
strikes after the murder of 129 people") is background the outlet supplies; a
figure that counts the speakers themselves ("All 27 members agreed") is the
outlet's; and with no cue at all the outlet states it itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..parses import text_of
from .antecedents import publication_subject
from .cue_senses import conceded, deed_sense, gain_sense, taken_deed
from .evidence import evidence_subject
from .forecasts import forecaster
from .measured_doer import measured_doer
from .quotes import quote_regions, quote_tagged, sentence_quote
from .said_markers import said_marker
from .stranded_names import inverted_name, stranded_name
from .tellers import participial_teller
from .vocab import word_set

REPORT_VERBS = word_set("report_verbs")
SETTING_OPENERS = word_set("setting_openers")
PRONOUNS = word_set("pronouns")
_ASIDE = re.compile(r"\(\s*according to\s*$", re.I)  # a bracketed source covers its own sentence only
_SKIP_DEPS = frozenset({"relcl", "acl", "advcl", "parataxis", "appos", "cc_preconj"})
OFFICIAL_NOUNS = word_set("official_nouns")
WRITER_PRONOUNS = word_set("writer_pronouns")
READER_PRONOUNS = word_set("reader_pronouns")


@dataclass(slots=True)
class Speaker:
    """An attributed source: the words as written, their span, and how it was found."""

    text: str  # as written (or the name a pronoun resolves to)
    start: int  # character offsets in the document text of what is quoted in ``text``
    end: int
    kind: str  # "named" | "anonymous" | "pronoun"
    cue: str  # the reporting verb lemma, "according to", "quote", "continued"
    written: str = ""  # the words in the sentence when ``text`` comes from elsewhere (a pronoun)
    resolved: bool = True  # False for a pronoun that could not be resolved soundly
    head: str = ""  # lower-case head word (surname or head noun), for matching
    person: bool = False  # names a person (what "he"/"she" may resolve to)
    region: tuple[int, int] = (0, 0)  # the whole subject phrase, asides included (not a place of the claim)
    detail: list[str] = field(default_factory=list)  # e.g. the official quoted after "sources"

    def label(self) -> str:
        """What the claims table shows."""
        base = self.text
        return f"{base} ({'; '.join(self.detail)})" if self.detail else base


def _span_tokens(tok: Token) -> list[Token]:
    """The subject phrase of ``tok`` without appositions, relative clauses and asides."""
    keep: list[Token] = [tok]
    stack = [c for c in tok.children]
    while stack:
        c = stack.pop()
        if c.dep_ in _SKIP_DEPS or (c.dep_ == "punct" and c.tag_ != "HYPH"):
            continue
        keep.append(c)
        stack.extend(c.children)
    keep.sort(key=lambda t: t.i)
    # keep only the contiguous run that contains the head
    idx = [t.i for t in keep]
    lo = hi = tok.i
    s = set(idx)
    while lo - 1 in s:
        lo -= 1
    while hi + 1 in s:
        hi += 1
    run = [t for t in keep if lo <= t.i <= hi]
    while run and run[-1].pos_ in ("PUNCT", "CCONJ"):
        run.pop()
    while run and run[0].pos_ in ("PUNCT", "CCONJ"):
        run.pop(0)
    return run


def _background(tok: Token) -> bool:
    """A non-restrictive relative clause (', which ...', ', who ...', ', none of whom ...'): background the outlet
    supplies. Told by its form: a comma before the clause and a relative word (WDT, WP, WP$) before its verb."""
    if tok.dep_ != "relcl":
        return False
    first = tok.left_edge
    return first.i > 0 and tok.doc[first.i - 1].text == "," and any(
        t.tag_ in ("WDT", "WP", "WP$") for t in tok.doc[first.i : tok.i])


def _relative_report(verb: Token, tok: Token) -> bool:
    """'Sidhom, who has reported up to 50 attacks': a reporting verb of a relative clause whose subject is the
    relative word, with the figure in its object: its antecedent reports the figure (claims61)."""
    subj = _subject(verb)
    return is_cue(verb) and subj is not None and subj.tag_ in ("WP", "WDT") and not (
        subj.left_edge.i <= tok.i <= subj.right_edge.i)


def _writer_aside(tok: Token) -> bool:
    """A side or joined clause whose subject is the writer ("although we would not rule out a larger screen", "...
    and we would not rule out ..."): the outlet's own voice, not the report it tells (outside quotation marks;
    not a reported clause itself, "officials said we face ...")."""
    return tok.dep_ in ("advcl", "conj", "parataxis") and any(
        c.dep_ == "nsubj" and c.lower_ in WRITER_PRONOUNS for c in tok.children)


def _named_appos(tok: Token) -> Token | None:
    """'A regional official ..., Tomas Reyes': the name in apposition to a description."""
    if tok.ent_type_ in ("PERSON", "ORG"):
        return None
    for c in tok.children:
        if c.dep_ == "appos" and c.ent_type_ == "PERSON":
            return c
    return None


def speaker_from_subject(subj: Token, cue: str, offset: int) -> Speaker:
    """A Speaker from the subject token of a reporting verb (``offset``: paragraph start in the document)."""
    if subj.lower_ in ("who", "which", "that") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # "Mottaki, who said ...": the antecedent speaks
    toks = _span_tokens(subj)
    name = _named_appos(subj)
    if name is not None:
        toks = sorted({*toks, *_span_tokens(name), *[t for t in subj.doc[toks[0].i : name.i + 1]]}, key=lambda t: t.i)
        toks = [t for t in toks if t.i <= max(x.i for x in _span_tokens(name))]
    doc = subj.doc
    a, b = toks[0].idx, toks[-1].idx + len(toks[-1].text)
    text = text_of(doc)[a:b]
    low = subj.text.lower()
    if subj.pos_ == "PRON" and (low in PRONOUNS or subj.lemma_.lower() in PRONOUNS):  # ("quoted him as saying")
        kind = "pronoun"
    elif any(t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") for t in toks) or subj.pos_ == "PROPN":
        kind = "named"
    else:
        kind = "anonymous"
    head = (name or subj).text.lower() if kind == "named" and (name or subj).pos_ == "PROPN" else subj.lemma_.lower()
    person = any(t.ent_type_ == "PERSON" for t in toks) or (
        subj.pos_ == "PROPN" and subj.ent_type_ not in ("ORG", "GPE", "NORP", "LOC", "FAC"))
    region = (offset + subj.left_edge.idx, offset + subj.right_edge.idx + len(subj.right_edge.text))
    return Speaker(text=text, start=offset + a, end=offset + b, kind=kind, cue=cue, written=text, head=head,
                   person=person, region=region)


def _subject(verb: Token) -> Token | None:
    """The active subject of a verb; the nearest one when a broken parse gives two; the one quoted of 'X quoted him
    as saying' (X only passes the words on)."""
    if verb.lemma_ == "quote" and any(c.dep_ == "prep" and c.lower_ == "as" for c in verb.children):
        quoted = next((c for c in verb.children if c.dep_ == "dobj"), None)
        if quoted is not None:
            return quoted
    subs = [c for c in verb.children if c.dep_ == "nsubj"]
    if subs:
        subj = min(subs, key=lambda c: abs(c.i - verb.i))
        return _trailing_appos(subj, verb) or subj
    stranded = stranded_name(verb) or inverted_name(verb) or participial_teller(verb)  # (", saying": tellers.py)
    if stranded is not None:
        return stranded
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB":  # "X confirmed ... and said ..."
        return _subject(verb.head)
    return None


def _trailing_appos(subj: Token, verb: Token) -> Token | None:
    """'… has killed 3,338 in Guinea, Sierra Leone and Nigeria, the World Health Organization says': a parse that
    takes the rest of a list of places for the subject of a reporting verb after its clause, and the body or
    person just before the verb for its apposition. A place in such a list reports nothing: the named body or
    person that ends right before the verb is the speaker (claims47)."""
    after = any(c.dep_ == "ccomp" and c.i < subj.i for c in verb.children) or (
        verb.dep_ == "parataxis" and verb.head.i < subj.i)  # the reporting verb after its clause
    if subj.ent_type_ not in ("GPE", "LOC") or subj.i > verb.i or not after:
        return None
    return next((c for c in subj.children if c.dep_ == "appos" and c.ent_type_ in ("ORG", "PERSON")
                 and c.right_edge.i + 1 == verb.i), None)


def stranded_list(subj: Token) -> bool:
    """Is ``subj`` such a list's rest (``_trailing_appos``), going on from a place object just before it and its
    comma ("killed 3,338 in Guinea, Sierra Leone and Nigeria, the WHO says": Sierra Leone and Nigeria belong to
    "in Guinea")? Then its places are the reported clause's, not the speaker's."""
    if subj.dep_ != "nsubj" or _trailing_appos(subj, subj.head) is None or subj.left_edge.i < 2:
        return False
    doc = subj.doc
    return doc[subj.left_edge.i - 1].text == "," and doc[subj.left_edge.i - 2].dep_ == "pobj"


def trailing_list(event: Token) -> set[int]:
    """The tokens of a stranded list (``stranded_list``) whose place object before it is in ``event``'s clause, so
    that they are places of the event's figures too; its apposition (the speaker) left out."""
    for subj in event.sent:
        if stranded_list(subj) and event.doc[subj.left_edge.i - 2] in event.subtree:
            appos = {t.i for c in subj.children if c.dep_ == "appos" for t in c.subtree}
            return {t.i for t in subj.subtree} - appos
    return set()


def is_cue(tok: Token) -> bool:
    """A reporting verb with a subject of its own."""
    return tok.pos_ in ("VERB", "AUX") and tok.lemma_.lower() in REPORT_VERBS and _subject(tok) is not None \
        and not measured_doer(_subject(tok)) and not said_marker(tok) and not gain_sense(tok) \
        and not deed_sense(tok) and not conceded(tok) and not taken_deed(tok)


def counted_subject(tok: Token) -> bool:
    """Is the subject of the reporting verb above the figure a bare count ("Of the 17 apps that The Times saw …,
    just three on iOS and one on Android told users …")? A count is a part of the figure's own set, not who reports
    it: the outlet states the figure (claims50; a sentence's own cue skips such subjects too)."""
    cue = next((a for a in tok.ancestors if is_cue(a)), None)
    subj = _subject(cue) if cue is not None else None
    return subj is not None and subj.like_num and not subj.left_edge.i <= tok.i <= subj.right_edge.i


def joined_deed(verb: Token, cue: Token) -> bool:
    """'…," said Bill Daddi, a spokesman for Cuebiq, which analyzes …, and raised $27 million': a verb joined to a
    reporting verb set after its speaker, with no subject of its own, after that speaker's words: a deed the writer
    tells of the speaker's body, not a report the speaker makes (claims50)."""
    subj = _subject(cue)
    return verb.dep_ == "conj" and verb.head.i == cue.i and verb.pos_ == "VERB" and subj is not None and \
        cue.i < subj.i < verb.i and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def according_to(sent: Span) -> Token | None:
    """The head of X in 'according to X' in the sentence, if any."""
    for t in sent:
        if t.lower_ == "according":
            for c in t.children:
                if c.lower_ == "to":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            return p
            nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
            if nxt is not None and nxt.lower_ == "to":
                for p in nxt.children:
                    if p.dep_ == "pobj":
                        return p
    return None


def _inside(pos: int, regions: Iterable[tuple[int, int]]) -> tuple[int, int] | None:
    for a, b in regions:
        if a <= pos < b:
            return a, b
    return None


_TIME_MARKS = word_set("time_subordinators")


def _time_clause(cue: Token) -> bool:
    """Is this side clause's cue an act that dates the figure's clause, not a report of it (claims80)? "After actors
    Warren Beatty and Faye Dunaway declared … winner, three of the film's producers had started …" (a time
    subordinator), "… comes as a militant group claimed responsibility for a parcel bomb" ("as" with the act's own
    object; "as the ministry reported" and "as Vale put it" stay reports)."""
    marks = [c.lower_ for c in cue.children if c.dep_ == "mark"]
    return any(m in _TIME_MARKS for m in marks) or "as" in marks and any(c.dep_ == "dobj" and c.pos_ != "PRON"
                                                                         for c in cue.children)  # ("as Vale put it")


class ParagraphSpeakers:
    """Attribution for the figures of one parsed paragraph.

    ``previous`` is the last sentence speaker of the document before this
    paragraph (for pronouns at its start).
    """

    def __init__(self, doc: Doc, offset: int, previous: Speaker | None, prev_subject: Speaker | None,
                 people: frozenset[str] = frozenset()) -> None:
        self.doc = doc
        self.people = people  # surnames the report has given people so far, lower case (claims45)
        self.offset = offset
        self.quotes = quote_regions(text_of(doc), run_on=True)
        self.sents = list(doc.sents)
        # Per sentence, computed when first asked: its own main cue speaker, and its named subject.
        self._main: dict[int, Speaker | None] = {}
        self._subjects: dict[int, Speaker | None] = {}
        self.before = previous
        self.before_subject = prev_subject

    # -- per sentence -------------------------------------------------------------
    def main(self, k: int) -> Speaker | None:
        """The speaker of sentence ``k``'s own reporting clause."""
        if k not in self._main:
            self._main[k] = self._sentence_cue(self.sents[k])
        return self._main[k]

    def subject(self, k: int) -> Speaker | None:
        """The named (person) subject of sentence ``k``'s main clause."""
        if k not in self._subjects:
            self._subjects[k] = self._named_subject(self.sents[k])
        return self._subjects[k]

    def _sentence_cue(self, sent: Span) -> Speaker | None:
        """The speaker of the sentence's own reporting clause (outside quotes), if any."""
        for t in sent:
            if is_cue(t) and _inside(t.idx, self.quotes) is None:
                subj = _subject(t)
                if subj is not None and not subj.like_num:
                    return speaker_from_subject(subj, t.lemma_.lower(), self.offset)
        acc = according_to(sent)
        if acc is not None:
            return speaker_from_subject(acc, "according to", self.offset)
        return None

    def _named_subject(self, sent: Span) -> Speaker | None:
        for t in sent:
            if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.ent_type_ == "PERSON":
                return speaker_from_subject(t, "subject", self.offset)
        return None

    def last_named(self) -> tuple[Speaker | None, Speaker | None]:
        """(speaker, named subject) of the last sentence: what a pronoun in the next paragraph may resolve to."""
        if not self.sents:
            return self.before, self.before_subject
        return self._open_quote() or self.main(len(self.sents) - 1), self.subject(len(self.sents) - 1)

    def _open_quote(self) -> Speaker | None:
        """The named speaker of a quotation left open at the paragraph's end: in news text a quotation that runs on
        into the next paragraph drops its closing mark there, and the next paragraph opens with a mark (claims34)."""
        text = text_of(self.doc)
        if not self.quotes or self.quotes[-1][1] != len(text):
            return None
        first = next((t for t in self.doc if t.idx >= self.quotes[-1][0] and not t.is_punct), None)
        sp = self._quote_cue(first) if first is not None else None
        if sp is None or sp.kind != "named":
            return None
        return Speaker(sp.text, sp.start, sp.end, sp.kind, "open quote", written=sp.written, head=sp.head,
                       person=sp.person, region=(0, 0))

    # -- per figure -----------------------------------------------------------------
    def speaker_for(self, tok: Token) -> Speaker | None:
        """The speaker of the figure whose counted thing (or number) is ``tok``."""
        k = self._sent_index(tok)
        sent = self.sents[k]
        if counted_subject(tok):
            return None  # "Of the 17 apps …, just three … told users": a part of the figure's set, no reporter
        sp = self._ancestor_cue(tok)
        if sp is not None and sp.kind == "pronoun" and sp.text.lower() == "it":
            sp = self._according(sent) or sp  # "It recorded …, according to a database": the named source (claims50)
        sp = sp or self._according(sent) or self._other_cue(sent, tok)
        if sp is None:
            sp = self._quote_cue(tok)
        if sp is None:
            sp = self._continued(k)
        if sp is None or sp.region[0] <= self.offset + tok.idx < sp.region[1]:
            return None  # "All 27 members agreed": the figure counts the speakers; the outlet states it
        if sp.kind == "pronoun" and sp.text.lower() in WRITER_PRONOUNS | READER_PRONOUNS and \
                _inside(tok.idx, self.quotes) is None:
            return None  # "I found 40 replies", "you can find it for $30": the writer's own voice (claims29)
        if sp.kind == "pronoun":
            sp = self._resolve(sp, k)
        self._elaborate(sp, k)
        return sp

    def _sent_index(self, tok: Token) -> int:
        for k, s in enumerate(self.sents):
            if s.start <= tok.i < s.end:
                return k
        return len(self.sents) - 1

    def _ancestor_cue(self, tok: Token) -> Speaker | None:
        inside = _inside(tok.idx, self.quotes)
        found: Speaker | None = None
        verb = forecaster(tok)
        forecast = verb.i if verb is not None else -1
        below = tok
        for anc in tok.ancestors:
            rel = _subject(anc) if _background(anc) and _relative_report(anc, tok) else None
            if rel is not None:
                sp = speaker_from_subject(rel, anc.lemma_.lower(), self.offset)  # (claims61)
                sp.region = (sp.start, sp.end)  # (the antecedent's phrase holds its relative clause)
                return sp
            if _background(anc) or inside is None and _writer_aside(anc):
                return found  # "France, which stepped up strikes after ...": the outlet's background
            if is_cue(anc) and joined_deed(below, anc):
                return found  # "said Bill Daddi, a spokesman for Cuebiq, …, and raised $27 million" (claims50)
            if verb is not None and anc.i != forecast and verb in anc.ancestors or _reports_other(anc, below):
                below = anc  # "Analysts expect Acme to report $1.10": the forecast's own verb, not Acme's report;
                continue  # "With its price near the $1,000 mark, the firm reports earnings": no cue of the mark
            below = anc
            if is_cue(anc) or anc.i == forecast:  # ("analysts were expecting $2.52": forecasts.py, claims37)
                if inside is not None and _inside(anc.idx, self.quotes) == inside or inside is None and any(
                        tok.idx < qa and qb <= anc.idx and sentence_quote(text_of(self.doc)[qa:qb])
                        for qa, qb in self.quotes):
                    continue  # "we said" inside the quote is not the quote's speaker; a cue past a quotation after
                    # the figure tags the quotation ('… by two groups "It was agreed …," the statement added', claims73)
                subj = _subject(anc)
                if subj is None or subj.left_edge.i <= tok.i <= subj.right_edge.i:
                    continue  # the figure is in the subject itself
                sp = speaker_from_subject(subj, anc.lemma_.lower(), self.offset)
                if sp.kind == "pronoun" and found is None or evidence_subject(subj) and found is None:
                    found = sp  # "the police said they believe ...": look further up for who "they" are; "Officials
                    continue  # said a scan revealed ...": whoever reports the evidence (evidence.py, claims35)
                return sp
        return found

    def _according(self, sent: Span) -> Speaker | None:
        acc = according_to(sent)
        return speaker_from_subject(acc, "according to", self.offset) if acc is not None else None

    def _other_cue(self, sent: Span, tok: Token) -> Speaker | None:
        """'20 died, the ministry said' parsed as a side clause; 'as X reported': a reporting clause hung on the
        figure's own clause (on the figure or one of its heads: "… were detained in Lyon, X told AFP" a conjunct of
        the figure's verb), never a cue of another clause ("… since their leaders held a summit and agreed to …":
        claims61)."""
        path = {tok.i, *(a.i for a in tok.ancestors)}
        for t in sent:
            if t.dep_ in ("parataxis", "advcl", "conj") and t.head.i in path and is_cue(t) \
                    and tok not in list(t.subtree) and not any(c.dep_ == "ccomp" for c in t.children):
                # (a cue with its own clause: claims27)
                if _time_clause(t):
                    continue  # "After X declared …, three producers had started …" (claims80)
                if _inside(t.idx, self.quotes) is not None:
                    continue  # a cue in a quotation is the quoted speaker's words, the figure's quotation too
                    # ('"They say … destroyed by ISIL and they have found …"': claims75, as in _ancestor_cue)
                subj = _subject(t)
                if subj is not None:
                    return speaker_from_subject(subj, t.lemma_.lower(), self.offset)
        return None

    def _quote_cue(self, tok: Token) -> Speaker | None:
        region = _inside(tok.idx, self.quotes)
        if region is None:
            return None
        a, b = region
        closed = text_of(self.doc)[a:b].rstrip("\"”’' ").endswith(".")  # '"… in America." The returns showed …': a
        # quotation its own full stop ends is no tag's, after it (claims73)
        for s in [] if closed else self.sents:  # the reporting clause after the quote: sentences over the close mark
            if s.start_char <= b <= s.end_char or (s.start_char > b and s.start_char - b < 3):
                for t in s:
                    if t.idx > b and is_cue(t):
                        subj = _subject(t)
                        if subj is not None and subj.idx > b:
                            return speaker_from_subject(subj, "quote", self.offset)
                        if subj is not None and _inside(subj.idx, self.quotes) is None:
                            return speaker_from_subject(subj, "quote", self.offset)
        # ... or before it: 'X said: “...”'
        for s in self.sents:
            if s.start_char <= a - 1 <= s.end_char:
                for t in s:
                    if t.idx < a and is_cue(t):
                        subj = _subject(t)
                        if subj is not None and subj.idx < a:
                            return speaker_from_subject(subj, "quote", self.offset)
        carried = self.before if a <= 1 and self.before is not None and self.before.cue == "open quote" else None
        return self._quote_after_report(a - 1) or self._run_on(a) or carried  # a quotation run on from the last
        # paragraph (claims34)

    def _run_on(self, a: int) -> Speaker | None:
        """A quotation opened right where one its mark left open ends ('… in full control. "They say …') carries on
        that one: its speaker's (claims75)."""
        prev = next((q for q in self.quotes if 0 < a - q[1] <= 3), None)
        first = next((t for t in self.doc if prev is not None and prev[0] <= t.idx < prev[1] and not t.is_punct), None)
        return self._quote_cue(first) if first is not None else None

    def _quote_after_report(self, mark: int) -> Speaker | None:
        """'"...," Maley said on Monday. "It was down ... If it can break above $13.60, ..."': a quotation opening
        right after a sentence whose named speaker reports is that speaker's, to its close (claims31)."""
        for k, s in enumerate(self.sents):
            if 0 < mark - s.end_char < 3:
                sp = self.main(k)
                return sp if sp is not None and sp.kind == "named" else None
        return None

    def _continued(self, k: int) -> Speaker | None:
        """A named report carried on into the next sentence of the same paragraph: only a report that tells nothing
        in its own sentence ("Shoigu reported to the president on Friday. Four warships launched …"); one that holds
        what it reports ("both sides said they wanted talks", "according to X") frames no other sentence
        (claims61)."""
        if k == 0 or self.main(k) is not None:
            return None
        prev = self.main(k - 1)
        if prev is None or prev.kind != "named" or _told_in_place(self.sents[k - 1], self.quotes) or \
                _ASIDE.search(text_of(self.doc)[: prev.start - self.offset]):
            return None  # ("$3 billion in sales (according to the Times). Now about 3,000 …": the aside's own)
        return Speaker(prev.text, prev.start, prev.end, prev.kind, "continued", written=prev.text, head=prev.head,
                       person=prev.person, region=(0, 0))

    def _resolve(self, sp: Speaker, k: int) -> Speaker:
        low = sp.head if sp.head in PRONOUNS else sp.text.lower()  # ("him": he)
        if k > 0:
            prev, prev_subj = self.main(k - 1), self.subject(k - 1)
        else:
            prev, prev_subj = self.before, self.before_subject
        want = {"he": "person", "she": "person", "it": "org"}.get(low)
        for cand in (prev, prev_subj, self._sole_person(k - 1) if k > 0 and want == "person" else None):
            if cand is None or want is None or cand.kind != "named" or cand.cue == "resolved":
                continue
            if cand.written and cand.written != cand.text:
                continue  # itself a resolution: do not chain
            if (want == "person") != (cand.person or cand.head in self.people):
                continue  # ("According to Shiguematsu", typed a place here, after "Alberto Shiguematsu": a person)
            return Speaker(cand.text, cand.start, cand.end, "named", sp.cue, written=sp.text, head=cand.head,
                           person=cand.person)
        study = publication_subject(self.sents[k - 1]) if low == "it" and k > 0 else None
        if study is not None:  # "The study is published …. It found …": the study (antecedents.py, claims48)
            found = speaker_from_subject(study, sp.cue, self.offset)
            found.written = sp.text
            return found
        sp.resolved = False
        return sp

    def _sole_person(self, k: int) -> Speaker | None:
        """The one person sentence ``k`` names, whatever its role ("To Hoenig, the Fed's policies are …. For example,
        he notes …": Hoenig); none when it names two or none (claims45)."""
        names = {e.text: e for e in self.sents[k].ents if e.label_ == "PERSON"}
        if len(names) != 1:
            return None
        sp = speaker_from_subject(next(iter(names.values())).root, "subject", self.offset)
        for mark in ("'s", "’s"):  # "But Li’s team wants …. …, he says": Li, not "Li’s"
            if sp.text.endswith(mark):
                sp.text = sp.written = sp.text[: -len(mark)]
                sp.end -= len(mark)
        return sp

    def _elaborate(self, sp: Speaker, k: int) -> None:
        """'intelligence sources revealed ...' then '“...,” an official told Fox News': show the official."""
        if sp.head != "source":
            return
        for j in range(k + 1, min(k + 3, len(self.sents))):
            nxt = self.main(j)
            if nxt is not None:
                if nxt.kind in ("anonymous", "named") and nxt.head in OFFICIAL_NOUNS and nxt.head != "source":
                    sp.detail.append(nxt.text)
                return


def _told_in_place(sent: Span, quotes: list[tuple[int, int]]) -> bool:
    """Does the sentence's own report hold what it reports: a reporting verb with a clause of its own, or an
    "according to" source? Then the report ends with its sentence (``ParagraphSpeakers._continued``, claims61). A
    noun object is no such clause ("X reported to the president 23 aircraft continuing strikes. Four warships …":
    the briefing goes on, the seeds' gold). Any reporting verb of the sentence counts, not only the first: "Peru
    informed the office of its intention, the spokesman added." is the spokesman's report, told whole (claims69); so
    is a quotation with its tag ('"…," the Herald quoted a union official as saying.', claims73)."""
    if quote_tagged(sent.text):
        return True  # a quotation and its tag: what is reported is the quotation, whole (claims73)
    cues = [t for t in sent if is_cue(t) and _inside(t.idx, quotes) is None]
    if any(any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in t.children) or any(
            c.dep_ == "ccomp" for c in t.head.children if t.dep_ == "parataxis") for t in cues):
        return True
    return not cues and according_to(sent) is not None


def _reports_other(cue: Token, below: Token) -> bool:
    """A reporting verb with a noun object of its own ("With its stock near the $1,000 mark, the titan reports
    earnings", claims56), or a clause of its own after a setting (claims73), seen from an adverbial's figure."""
    kids = list(cue.children)  # the sentence's own verb only (not "Of the 12 shops, the council told reporters, two
    # had closed", parsed with "told" a clause of "closed": a clause is told)
    own = any(c.dep_ in ("ccomp", "xcomp", "parataxis") for c in kids) and (below.lower_ in SETTING_OPENERS or any(
        c.dep_ == "mark" and c.lower_ in SETTING_OPENERS for c in below.children))  # ("In a statement made after the
    # 48-year-old Lee was detained, the group said it would …": its clause is told, the setting's figure is not)
    return is_cue(cue) and cue.dep_ == "ROOT" and below.dep_ in ("prep", "advcl") and below.i < cue.i and (own or any(
        c.dep_ == "dobj" and c.pos_ in ("NOUN", "PROPN") for c in kids))
