"""Who's who: a note under an item that names someone by surname only whom no earlier item introduces.

'"I'm sure it happens much more than we realize," Dempsey said.' is the report's sentence, and the report named
"Owen Dempsey, a study author and chest doctor at Aberdeen Royal Infirmary" in a sentence the summary does not
show (it leans on the one before it, or lost to the budget). Leaving such items out costs right items (summ20),
and bringing the introducing sentence rarely works (it seldom stands alone: summ21). So the item stays as written
and gets a gloss: the report's own words that introduce the person, the full name and, when the report writes
one, its appositive ("Owen Dempsey, a study author and chest doctor at …"), cited to their span. No word is
added: the gloss is verbatim from its citation, as every item is.

A name counts when the item's report marks it a person (the parse's mention) written as one word (an honorific
before it aside: "Dr. Dempsey"), the entity stage joined it to a fuller name of the same person ("Dempsey" to
"Owen Dempsey"), and neither an earlier item nor the item before the name writes that fuller name. A name the
story never writes in full ("Schiff") gets no gloss: there are no words to show. Each name is glossed once, at
the first item that uses it bare. The introduction is the fuller name's first mention in the item's report (else
in the others, in their order) that has an appositive after a comma, else its first mention; an appositive of
more than ``MAX_ROLE_WORDS`` words is cut before its relative or participle clause, or not shown.

Initials get the same note ("CDF: Concurrent Design Facility") when the item writes initials its report spells out
elsewhere (``initials``' reading: a name of capitalised words, or words beside them) and no earlier item, nor the
item, holds those words: ``initials`` brings the spelling-out sentence or leaves the item out only when the report
spells them out before the item, and a brought sentence may be shown after the item that needs it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Any

from .. import lexicon
from ..model import Analysis, Citation, Entity, Gloss, Mention, Sentence, SummarySentence
from ..names import HONORIFICS
from ..parses import parsed
from .initials import initials_in, spelled_out

__all__ = ["MAX_ROLE_WORDS", "who_glosses"]

MAX_ROLE_WORDS = 20
_CLAUSES = frozenset({"relcl", "acl"})
_TITLE_DEPS = frozenset({"compound", "nmod", "amod"})
_TRAILING = " ,;:(—–-"
_CLOSING = re.compile(r"[.,!?]?[\"”]")
_SUBORDINATORS = lexicon.words("subordinators")


def _name_words(form: str) -> list[str]:
    """A name's words, less a generation's suffix after the surname ("James P. Kennedy Jr.": ``lexicon``)."""
    words = form.rstrip(",").split()
    while len(words) > 2 and words[-1].rstrip(",") in lexicon.words("generation_suffixes"):
        words = words[:-1]
    return words


def _surnames(people: Sequence[Entity]) -> dict[str, list[str]]:
    """Each alias the entity stage gave a person that ends a fuller name of theirs ("Dempsey" of "Owen Dempsey",
    "Kennedy" of "James P. Kennedy Jr.", "Hawk Sawyer" of "Kathleen Hawk Sawyer"; not "Joe" of "Joe Biden"),
    with those fuller names, shortest first; an alias two people share is no one's."""
    out: dict[str, list[str]] = {}
    seen: set[str] = set()
    for e in people:
        forms = list(dict.fromkeys([e.name, *e.aliases]))
        for alias in forms:
            n = len(alias.split())
            full = sorted((f for f in forms if len(_name_words(f)) > n and _name_words(f)[-n:] == alias.split()
                           and not _titled_only(_name_words(f)[:-n])), key=len)
            if alias in seen:
                out.pop(alias, None)
            elif full:
                out[alias] = full
            seen.add(alias)
    return out


def _titled_only(extra: Sequence[str]) -> bool:
    """Are the words a form writes before a person's alias only honorifics ("Ms." of "Ms. Lee")? Such a form is the
    alias with a title, not a fuller name: it introduces no one (summ35)."""
    return all(w.rstrip(".") in HONORIFICS for w in extra)


def _bare_uses(text: str, start: int, end: int, surname: str, given: frozenset[str] = frozenset()) -> list[int]:
    """Where ``text[start:end]`` writes ``surname`` bare: as a word, no capitalised word before it but an
    honorific ("Dr. Dempsey", "President Trump"; "Hunter Biden" is no bare "Biden"), a clause's subordinator
    (``lexicon/subordinators.txt``: "spree: Although James has …", time27) or a sentence's first word that is no
    given name (``_common_opener``: "When Patrick walked …")."""
    out = []
    for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", text[start:end]):
        lo = start + m.start()
        before = re.search(r"([\w.'’-]+)\s+$", text[max(start, lo - 40):lo])
        word = before.group(1) if before else ""
        if word[:1].isupper() and word.rstrip(".") not in HONORIFICS and word.lower() not in _SUBORDINATORS and not (
                before is not None and _opens_sentence(text, lo - len(before.group(0)))
                and word not in given and _common_opener(text, word)):
            continue
        out.append(lo)
    return out


_SENTENCE_START = re.compile(r"(?:^|[.!?][\"”’)]*\s+|[\"“]\s*|\n\s*)$")


def _opens_sentence(text: str, lo: int) -> bool:
    """Does the word at ``lo`` open a sentence (the text's start, after a full stop, a line break or an opening
    quotation mark)?"""
    return _SENTENCE_START.search(text[max(0, lo - 4):lo]) is not None


def _common_opener(text: str, word: str) -> bool:
    """Is a sentence's capitalised first word ``word`` a common word, not a given name: an English function word
    (``lexicon/function_words/en.txt``: "When", "After") or one the text writes in lower case ("Today")? A name
    the entity stage knows is passed as ``given`` and never asked."""
    low = word.lower()
    return low in lexicon.words("function_words/en") or re.search(rf"(?<![\w-]){re.escape(low)}(?![\w-])", text) \
        is not None


def _who_clause(t: Any) -> bool:
    """``t`` heads a relative clause on a person opened by "who" ("Montell Figgins, who represents Thomas")."""
    return bool(t.dep_ == "relcl" and t.left_edge.tag_ == "WP" and t.left_edge.lower_ == "who")


def _after(doc: Any, span: Any) -> int:
    """The token index where the appositive or the "who" clause after ``span`` ends ("Owen Dempsey, a study author
    …"; "Montell Figgins, who represents Thomas"), or its end; one longer than ``MAX_ROLE_WORDS`` words is cut before
    its own relative or participle clause, or not taken."""
    end: int = span.end
    if end >= len(doc) or doc[end].text != ",":
        return end
    appos = [t for t in span.root.children if t.i > end and (t.dep_ == "appos" or _who_clause(t))
             and not _names_list(t)]
    if not appos:
        return end
    words = list(appos[0].subtree)
    if _place_and_date(words):
        return end  # "— Ana Ruiz, Tarnfield, TX, April 15, 2019": an attribution's place and date, no role
    if len(words) > MAX_ROLE_WORDS and appos[0].dep_ == "appos":
        cut = _role_cut(appos[0])
        words = [t for t in words if cut is not None and t.i < cut]
    if words and appos[0].dep_ == "appos" and _opens_clause(doc, words[-1].i + 1):
        words = _before_last_conjunct(appos[0], words)  # "… and one of 10 people| who decides …" (parsed on the name)
    return int(words[-1].i) + 1 if 0 < len(words) <= MAX_ROLE_WORDS else end


def _opens_clause(doc: Any, i: int) -> bool:
    """Does token ``i`` open a relative or participle clause written with no comma before it?"""
    if i >= len(doc) or "," in (doc[i].text, doc[i - 1].text):
        return False
    t = doc[i]
    while t.left_edge.i == i:
        if t.dep_ in _CLAUSES:
            return True
        if t.head.i == t.i:
            return False
        t = t.head
    return False


def _before_last_conjunct(head: Any, words: list[Any]) -> list[Any]:
    """The appositive's words before the "and" of its last conjunct, which the clause after it defines ("the Fed's
    longest-serving policymaker| and one of 10 people who decides …"); all of them when it has no conjunct
    ("another Adelson ally| who seemed to …": the clause adds to a role that stands alone)."""
    conj = [t.i for t in head.children if t.dep_ == "conj"]
    cc = [t.i for t in head.children if t.dep_ == "cc" and conj and t.i < max(conj)]
    return [t for t in words if t.i < max(cc)] if cc else words


def _role_cut(head: Any) -> int | None:
    """Where a long appositive headed by ``head`` is cut: before its own relative or participle clause; and where
    such a clause follows a conjunct with no comma ("the Fed's longest-serving policymaker and one of 10 people who
    decides what …"), it defines that conjunct, so the cut is before the conjunct's "and" (else "and one of 10
    people" would say nothing). None: no cut."""
    doc = head.doc
    cuts = [t.left_edge.i for t in head.children if t.dep_ in _CLAUSES and t.i > head.i]
    for c in (t for t in head.children if t.dep_ == "conj"):
        inner = [t.left_edge.i for t in c.subtree if t.dep_ in _CLAUSES and t.i > c.i and doc[t.left_edge.i - 1].text
                 != ","]
        tight = [k for k in cuts if c.i < k and c.right_edge.i < k and doc[k - 1].text != "," and all(
            doc[j].dep_ != "punct" for j in range(c.right_edge.i + 1, k))]
        if inner or tight:
            cc = [t.i for t in head.children if t.dep_ == "cc" and t.i < c.i]
            cuts.append(max(cc) if cc else c.left_edge.i)
    return min(cuts) if cuts else None


_PLACE_OR_DATE = frozenset({"GPE", "LOC", "FAC", "DATE"})


def _place_and_date(words: Sequence[Any]) -> bool:
    """Are an appositive's words only a place's and a date's (and their commas and numbers), a word among them: the
    place and the day an epigraph's or a letter's writer spoke ("Ana Ruiz, Tarnfield, TX, April 15, 2019"), not who
    they are? An age, a number alone ("Jo Kerr, 55"), stays."""
    named = [t for t in words if not t.is_punct]
    return any(not t.like_num for t in named) and all(
        t.ent_type_ in _PLACE_OR_DATE or t.like_num for t in named)  # "Jo Kerr, 55": an age, a gloss's word


def _names_list(t: Any) -> bool:
    """Is ``t`` a proper name heading a list ("Mara Lind, Tom Okafor, Ann Reyes and Joe Pike", the parse making the
    rest an appositive of the first)? The list's other names, no role of the first (time27)."""
    return bool(t.pos_ == "PROPN" and any(c.dep_ in ("conj", "cc") and c.head.pos_ == "PROPN" for c in t.subtree))


def _before(doc: Any, span: Any) -> int:
    """The token index where a title written before ``span`` starts ("U.S. Ambassador to the European Union
    Gordon Sondland"; "Mr. Trump's personal lawyer, Rudy Giuliani"), or its start; its start too when the title ends
    in a plural noun ("founding members Tom Johnston, …": a role of several, no gloss of one)."""
    root, start = span.root, int(span.start)
    lefts = [t for t in root.lefts if t.i < start and t.dep_ in _TITLE_DEPS]
    if lefts:
        first = min(int(t.left_edge.i) for t in lefts)
    elif root.dep_ == "appos" and root.head.i < start - 1 and doc[start - 1].text == ",":
        first = int(root.head.left_edge.i)
    else:
        return start
    if doc[first].ent_iob_ == "I":  # a name cut by a misparse ("… the European | Union Gordon Sondland")
        return start
    if doc[start - 1].tag_ == "NNS":  # "founding members Tom Johnston, Michael McDonald …": several men's role (time27)
        return start
    while first < start - 1 and doc[first].pos_ == "ADV" and doc[first].whitespace_:
        first += 1  # "even then-Senator Ana Ruiz": the sentence's adverb, no word of the title ("then-" is)
    inside = doc[first + 1:start]
    if start - first > MAX_ROLE_WORDS or any(t.pos_ in ("VERB", "AUX") or t.is_sent_start for t in inside):
        return start
    return first


def _role(a: Analysis, m: Mention) -> tuple[int, int]:
    """Mention ``m`` with the title before it and the appositive after it, as offsets (``m``'s own without)."""
    for p in a.paragraphs:
        if not p.offset <= m.start < p.offset + len(p.text):
            continue
        doc: Any = parsed(p)
        span = doc.char_span(m.start - p.offset, m.end - p.offset, alignment_mode="expand")
        if span is None:
            break
        first, last = doc[_before(doc, span)], doc[_after(doc, span) - 1]
        lo, hi = _whole_words(a.doc.text, min(m.start, p.offset + first.idx),
                              max(m.end, p.offset + last.idx + len(last.text)))
        return lo, _quotes_closed(a.doc.text, lo, lo + len(a.doc.text[lo:hi].rstrip(_TRAILING)))
    return m.start, m.end


_WORD_BEFORE = re.compile(r"[\w'’]+(?:[-‐][\w'’]*)*[-‐]$|\w+$")
_WORD_AFTER = re.compile(r"(?:[-‐]\w+)+")


def _whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """``text[lo:hi]`` widened to whole words when an end falls inside a hyphenated one (the parse splits "co-CEO"
    into "co", "-", "CEO" and a title may start at "CEO": the gloss must say "co-CEO")."""
    if lo > 0 and (text[lo - 1] in "-‐" or text[lo - 1].isalnum()):
        if m := _WORD_BEFORE.search(text, max(0, lo - 40), lo):
            lo = m.start()
    if m := _WORD_AFTER.match(text, hi):
        hi = m.end()
    return lo, hi


def _quotes_closed(text: str, lo: int, hi: int) -> int:
    """Where a gloss ``text[lo:hi]`` ends with its quotation marks closed: the closing mark the parse left after it
    taken in ('… the PBS series "History Detectives."'), or the gloss cut before a mark it cannot close."""
    shown = text[lo:hi]
    opened = [k for k, c in enumerate(shown) if c in "\"“"]
    if shown.count('"') % 2 == 0 and shown.count("“") <= shown.count("”"):
        return hi
    if m := _CLOSING.match(text, hi):
        return m.end()
    return lo + len(shown[:opened[-1]].rstrip(_TRAILING))


def _introduction(full: Sequence[str], analyses: Sequence[Analysis], first: str) -> tuple[str, int, int] | None:
    """The fuller name's introduction: its first mention with a title or an appositive, in report ``first`` and
    then the others, else its first mention; as the report's id and offsets. None when no mention writes it."""
    order = sorted(analyses, key=lambda a: a.doc.id != first)
    found: list[tuple[str, int, int]] = []
    for a in order:
        for m in sorted(a.mentions, key=lambda m: m.start):
            if any(f in m.text for f in full):
                lo, hi = _role(a, m)
                if (lo, hi) != (m.start, m.end):
                    return a.doc.id, lo, hi
                found.append((a.doc.id, m.start, m.end))
    return found[0] if found else None


def _glosses(item: SummarySentence, a: Analysis, shown: str, surnames: Mapping[str, list[str]], done: set[str],
             analyses: Sequence[Analysis]) -> list[Gloss]:
    c = item.citations[0]
    texts = {x.doc.id: x.doc.text for x in analyses}
    given = frozenset(_name_words(f)[0] for fulls in surnames.values() for f in fulls)  # the entity stage's
    uses = sorted((lo, name) for name in surnames for lo in _bare_uses(a.doc.text, c.start, c.end, name, given))
    out = []
    for lo, bare in uses:
        full = surnames[bare]
        before = shown + a.doc.text[c.start:lo + len(bare)]
        if bare in done or any(f in before for f in full):
            continue
        done.add(bare)
        intro = _introduction(full, analyses, a.doc.id)
        if intro is not None:
            doc, lo, hi = intro
            out.append(Gloss(bare, texts[doc][lo:hi], Citation(doc, lo, hi)))
    return out


def _initials_glosses(item: SummarySentence, a: Analysis, shown: str, done: set[str]) -> list[Gloss]:
    """A gloss for initials the item writes that its report spells out elsewhere ("the CDF team": "Concurrent
    Design Facility"; ``initials``' reading) when no earlier item, nor the item, holds those words."""
    c = item.citations[0]
    here = Sentence(a.doc.id, -1, c.start, c.end, a.doc.text[c.start:c.end])
    read = " ".join((shown + here.text).split())
    out = []
    for letters in dict.fromkeys(initials_in(a, here)):
        spans = [(lo, hi) for lo, hi in spelled_out(a.doc.text, letters) if not c.start <= lo < c.end]
        if letters in done or not spans:
            continue
        done.add(letters)
        if not any(" ".join(a.doc.text[lo:hi].split()) in read for lo, hi in spans):
            lo, hi = min(spans)
            out.append(Gloss(letters, a.doc.text[lo:hi], Citation(a.doc.id, lo, hi)))
    return out


def who_glosses(summary: Sequence[SummarySentence], analyses: Sequence[Analysis],
                entities: Sequence[Entity]) -> list[SummarySentence]:
    """The summary with a gloss on each item that first uses a person's surname no earlier item introduces."""
    by_doc = {a.doc.id: a for a in analyses}
    surnames = _surnames([e for e in entities if e.kind == "person"])
    done: set[str] = set()
    shown, out = "", []
    for item in summary:
        a = by_doc.get(item.citations[0].doc) if item.citations else None
        notes = [*_glosses(item, a, shown, surnames, done, analyses),
                 *_initials_glosses(item, a, shown, done)] if a is not None else []
        out.append(replace(item, who=notes) if notes else item)
        shown += item.text + "\n"
    return out
