"""Items that lean on a thing the brief never introduces: "After a few days, the statistics started rolling in."

A report introduces a thing ("… overemphasizing statistics like follower and like counts"; "a patient", "three cases")
and later takes it up with "the" ("the statistics"). Shown without the sentence that introduced it, the item's "the
statistics" points at nothing the reader has: whose, which? Such a sentence is one whose main clause's subject is
"the" and a common noun with nothing of its own saying which (only adjectives, numbers or common nouns before it: no
"of …", no clause, no name: "the Leonids display" says which; a noun joined to it, "the video, as well as photos of
people …", says which of the other, not of it), in a sentence with no quotation (a quotation's speaker, '"…," said the
spokesperson', is left alone unless the report named whom it stands for: '"…," the emergency official said' after "an
official with the city's emergency department, Nigatu Mamo", summ48; a quotation in the next sentence of a joined
item, "The video … prompted users to argue … "If we were any higher …," one user quipped", is the reaction the subject
drew and leaves the subject as unintroduced as before), when its report wrote that noun earlier first without "the"
(bare, with "a" or a number: an introduction) or with "the" and words saying which ("the March 21 call to the offices
of …"), and no other chosen sentence holds the noun. The object of a phrase opening the sentence ("During the call, he
asked …") is read the same way, in a sentence with a quotation too: it is the writer's words, not the quotation's nor
its speaker's (summ20). So is the main verb's object, or its preposition's, outside any quotation ("Khamenei
reportedly told the commanders: …" after "… told a gathering of Iran's air force commanders"; "… typically refers to
the group by …" after "the Islamic State militant group"; summ49), and a noun first written with a
name's possessive ("Iran's … commanders": whose says which) is introduced as with "a". It is not shown; its words go to
the next ranked sentences (``unnamed.fit_named``). A report's lede is left alone; a noun the report never wrote
before ("the company" for the firm its lede names) is a thing the reader knows from the story, and is left too.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import rules
from ..parses import sentence_span
from .dateline_deixis import quoted_offsets
from .lead import past_ledes, report_lede
from .standalone import sentence_spans

__all__ = ["described_again", "person_nouns", "unintroduced", "unowned_opening", "which_firm"]

_BARE_MODIFIERS = frozenset({"det", "amod", "compound", "nummod"})
_COORDINATION = frozenset({"punct", "cc", "conj"})  # "the video, as well as photos of …": the other noun says which
_INTRODUCING = frozenset({"a", "an", "some", "several", "many"})
_SAYING_WHICH = frozenset({"prep", "acl", "relcl"})
_OBJECTS = frozenset({"dobj", "dative"})
_SHELL = lexicon.words("shell_nouns")  # "the incident", "the allegations": what the sentence before told (summ57)
_PRONOUNS = lexicon.table("filler_pronouns")  # "his" -> "one", "their" -> "several"
_NAMES = frozenset({"PERSON", "ORG", "NORP", "GPE"})


def _bare_definite(c: Any) -> bool:
    """Is ``c`` "the" and a common noun with nothing of its own saying which ("the statistics", "the call")?"""
    if c.pos_ != "NOUN":
        return False
    dets = [d for d in c.children if d.dep_ == "det"]
    return len(dets) == 1 and dets[0].lower_ == "the" and all(  # "the Leonids display": the name says which
        d.dep_ in _BARE_MODIFIERS and d.pos_ != "PROPN" or d.dep_ in _COORDINATION for d in c.children)


def _slots(span: Any, quoted: bool = False) -> list[Any]:
    """The nouns, in this order, of the main clause's subject, or of the object of a phrase opening the sentence
    before its comma ("During the call, he asked …"). In a sentence with a quotation, the subject is its speaker's
    and is left to ``_speaker`` (summ48); an opening phrase is the writer's, outside the quotation, and is read as in
    any sentence. Then the main verb's object and the objects of its prepositions after it, outside any quotation
    ("told the commanders", "refers to the group by …"; summ49)."""
    out: list[Any] = []
    root = span.root
    heads = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]  # "the statistics started rolling"
    out += [c for h in heads for c in h.children if not quoted and c.dep_ in ("nsubj", "nsubjpass")]
    first = span[0]
    if first.pos_ == "ADP" and first.dep_ == "prep":
        obj = next((c for c in first.children if c.dep_ == "pobj"), None)
        after = span.doc[obj.right_edge.i + 1] if obj is not None and obj.right_edge.i + 1 < len(span.doc) else None
        if obj is not None and after is not None and after.text == ",":
            out.append(obj)
    inside = quoted_offsets(span.text)
    verbs = [root]
    for v in verbs:  # and the clause the verb reports, down its chain ("says it intends to contest the deal"; summ51)
        verbs += [c for c in v.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("VERB", "AUX")
                  and (v is not root or root.lemma_.lower() in rules().reporting_verbs or c.dep_ == "xcomp")]
    objects = [*(c for v in verbs for c in v.children if c.dep_ in _OBJECTS),
               *(o for v in verbs for p in v.children if p.dep_ == "prep" and p.i > v.i
                 for o in p.children if o.dep_ == "pobj")]
    out += [c for c in objects if not any(a <= c.idx - span.start_char < b for a, b in inside)]
    return out


def _definite_nouns(span: Any, quoted: bool = False) -> list[str]:
    """The lemmas of the nouns in ``_slots`` that are "the" and a common noun nothing else says which of."""
    return [str(c.lemma_.lower()) for c in _slots(span, quoted) if _bare_definite(c)]


def _shell_nouns(span: Any, quoted: bool = False) -> list[str]:
    """The lemmas of the shell nouns (``lexicon/shell_nouns.txt``) in ``_slots`` that take up what was told before:
    "the" or a demonstrative and the noun, nothing else saying which ("the incident", "this and other incidents"), or
    a third-person possessive pronoun that stands for no one the sentence names before it ("CNN cannot confirm her
    claims")."""
    out = []
    for c in _slots(span, quoted):
        if c.lemma_.lower() in _SHELL and (_bare_definite(c) or _pointing(c)):
            out.append(str(c.lemma_.lower()))
        elif c.pos_ == "PRON" and c.lower_ in rules().demonstratives:  # "into this and other incidents"
            out += [str(x.lemma_.lower()) for x in c.conjuncts if x.lemma_.lower() in _SHELL]
    return out


def _pointing(c: Any) -> bool:
    """Is noun ``c`` pointed back at by a demonstrative ("this and other incidents"), or owned by a third-person
    pronoun with no one before it in the sentence to stand for ("her claims" after only "CNN")?"""
    owners = [d for d in c.children if d.dep_ in ("det", "poss")]
    if c.pos_ != "NOUN" or len(owners) != 1 or any(
            d.pos_ == "PROPN" or d.dep_ not in (*_BARE_MODIFIERS, *_COORDINATION, "poss") for d in c.children):
        return False
    d = owners[0]
    if d.dep_ == "det":
        return d.lower_ in rules().demonstratives and d.lower_ != "such"  # "such claims" is of a kind, not these
    return d.tag_ == "PRP$" and d.lower_ in _PRONOUNS and not any(
        _stands_for(x, _PRONOUNS[d.lower_]) for x in c.doc[c.sent.start:d.i])


def _stands_for(x: Any, owners: str) -> bool:
    """Can ``x`` be whom a possessive pronoun stands for: for "his"/"her" a person's name or a noun only a person is
    ("the judge": ``person_nouns``), for "their" any name or plural noun?"""
    if owners == "several":
        return bool(x.ent_type_ in _NAMES or x.pos_ == "PROPN" or x.tag_ == "NNS")
    return bool(x.ent_type_ == "PERSON" or (x.pos_ == "NOUN" and x.lemma_.lower() in person_nouns()))


def _speaker(span: Any) -> str:
    """The lemma of the speaker of a verb of saying that is the main verb of a sentence of ``span`` (a quotation over
    two sentences has its tag in the last: '"We will keep on. Crews work day and night," the emergency official
    said.'), when it is "the" and a common noun nothing says which of, else ""."""
    said = rules().reporting_verbs
    return next((str(c.lemma_.lower()) for root in span if root.dep_ == "ROOT" and root.lemma_.lower() in said
                 for c in root.children if c.dep_ == "nsubj" and _bare_definite(c)), "")


def _introduced(a: Analysis, s: Sentence, lemma: str) -> bool:
    """Did the report first write the noun before ``s`` without "the" (bare, with "a" or a number)?"""
    for t in a.sentences:
        if t.start >= s.start:
            return False
        span = sentence_span(a, t)
        for tok in span if span is not None else ():
            if tok.pos_ == "NOUN" and tok.lemma_.lower() == lemma:
                dets = [d.lower_ for d in tok.children if d.dep_ in ("det", "poss")]
                counted = any(d.dep_ == "nummod" for d in tok.children)
                owned = any(d.dep_ == "poss" and d.pos_ == "PROPN" for d in tok.children)  # "Varna's pilots"
                return counted or owned or not dets or dets[0] in _INTRODUCING or dets[0] == "the" and _says_which(tok)
    return False


def _takes_up(a: Analysis, s: Sentence, lemma: str, chosen: Sequence[Sentence]) -> bool:
    """Does ``s`` take up, by "the" and a shell noun (``lexicon/shell_nouns.txt``: "investigated the incident"), what
    the sentence before it in its report told in other words, while no item shows that sentence? A report that writes
    "the incident" first so means the one it has just told (a kiss seen in a classroom); shown after another item, it
    reads as that item's event (summ57)."""
    if lemma not in _SHELL or not 0 < s.index <= len(a.sentences):
        return False
    prev = a.sentences[s.index - 1]
    return not any(k.doc == s.doc and k.start <= prev.start and prev.end <= k.end for k in chosen)


def _says_which(tok: Any) -> bool:
    """Does a noun with "the" say which it is by a name or a date before it, or a phrase or clause after it ("the
    March 21 call to the offices of …")? Then it introduces the thing as "a" would."""
    return any(c.dep_ in _SAYING_WHICH or (c.dep_ in ("nmod", "compound") and c.pos_ in ("PROPN", "NUM"))
               for c in tok.children)


def _holds(a: Analysis, s: Sentence, lemma: str, kinds: tuple[str, ...] = ("NOUN",)) -> bool:
    return any(t.pos_ in kinds and t.lemma_.lower() == lemma for span in sentence_spans(a, s) for t in span)


def _act_noun(noun: str, verb: str) -> bool:
    """Does the noun name the verb's act: its own form ("vote", "voted") or the verb with an ending of
    ``lexicon/act_noun_endings.txt``, a final "e" dropped before it ("elect" → "election", "approve" → "approval")?"""
    if noun == verb:
        return True
    stems = {verb, verb[:-1]} if verb.endswith("e") else {verb}
    return len(verb) >= 3 and any(noun == b + e for b in stems for e in lexicon.words("act_noun_endings"))


def _tells_act(a: Analysis, s: Sentence, lemma: str) -> bool:
    """Does ``s`` tell, by a verb, the act the noun names ("… was elected president on Thursday" for "the election",
    "the vote" for "voted")? Then the reader has it: "Ahmad won the election by 34 votes …" leans on no sentence left
    out when an item tells that he was elected (summ51)."""
    return any(t.pos_ == "VERB" and _act_noun(lemma, t.lemma_.lower()) for span in sentence_spans(a, s) for t in span)


def _named_before(a: Analysis, s: Sentence, lemma: str) -> bool:
    """Did the report name the thing before ``s``: by a name that ends in the noun ("the Defense Ministry of Russia
    reported" before '"…," the ministry said'), or by the noun with a name beside it ("an official with the city's
    emergency department, Nigatu Mamo, said" before '"…," the emergency official said')?"""
    def names(tok: Any) -> bool:
        if tok.lemma_.lower() != lemma:
            return False
        if tok.pos_ == "PROPN":
            return tok.dep_ not in ("compound", "amod")
        return tok.pos_ == "NOUN" and (any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in tok.children)
                                       or (tok.dep_ == "appos" and tok.head.pos_ == "PROPN"))

    return any(t.end <= s.start and any(names(tok) for span in sentence_spans(a, t) for tok in span)
               for t in a.sentences)


def unintroduced(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """The chosen sentences whose subject is "the" thing their report introduced in a sentence no item shows; and
    those whose speaker is "the" and a noun for one their report named before (``_named_before``: "the emergency
    official" after "an official …, Nigatu Mamo", "the ministry" after "the Defense Ministry of Russia") when no item
    holds the noun or the name's noun (summ48). A speaker the report never names ('"…," said the spokesperson' after "A
    spokesperson for the club …") is all a reader could learn of them, and is left alone (summ20)."""
    by_doc = {a.doc.id: a for a in analyses}
    out = []
    for s, a in past_ledes(chosen, by_doc):
        spans = sentence_spans(a, s)
        if not spans:
            continue
        quoted = bool(quoted_offsets(spans[0].text))
        taken = [n for n in _shell_nouns(spans[0], quoted) if _takes_up(a, s, n, chosen)]
        nouns = _definite_nouns(spans[0], quoted)
        kinds: tuple[str, ...] = ("NOUN",)
        if not nouns and not taken:
            lemma = _speaker(spans[-1])
            if not lemma or not _named_before(a, s, lemma):
                continue  # "said the spokesperson" of a spokesperson the report never names: all the reader could know
            kinds = ("NOUN", "PROPN")
            nouns = [lemma]
        else:
            nouns = [*(n for n in nouns if _introduced(a, s, n)), *taken]
        if any(not any(_holds(by_doc[t.doc], t, n, kinds) or (kinds == ("NOUN",) and _tells_act(by_doc[t.doc], t, n))
                       for t in chosen if t is not s and t.doc in by_doc)
               for n in nouns):
            out.append(s)
    return out


_SUBJECTS = frozenset({"nsubj", "nsubjpass"})
_FIRM_NOUNS = lexicon.words("company_nouns")


def _subject_names(span: Any) -> list[frozenset[str]]:
    """The words of each organisation's name that is a clause's subject in ``span``, or in apposition or joined
    to one ("Two companies, Acme and Brill, have …")."""
    out = []
    for ent in span.ents:
        if ent.label_ != "ORG":
            continue
        t = ent.root
        while t.dep_ in ("appos", "conj") and t.head is not t:
            t = t.head
        if t.dep_ in _SUBJECTS:
            out.append(frozenset(w.lower_ for w in ent if w.is_alpha and len(w) > 1))
    return out


def _firms(names: Sequence[frozenset[str]]) -> int:
    """How many firms the names tell: names sharing a word are one ("Acme", "Acme Corp.")."""
    groups: list[set[str]] = []
    for n in names:
        hit = [g for g in groups if g & n]
        merged = set(n).union(*hit)
        groups = [g for g in groups if not g & n] + [merged]
    return len(groups)


def which_firm(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[Sentence]:
    """In a summary of several reports whose items have two or more firms as subjects ("Acme and Brill have …"),
    the chosen sentences (not a report's lede) whose subject is "the" and a word for a firm with nothing saying
    which ("The company cut prices.", ``lexicon/company_nouns.txt``) and that name no organisation themselves, when
    their own report had two or more firms as subjects before them: the item does not carry its referent, and the
    reader cannot tell which firm it is. (A report of one firm, "Acme said … . The company also …", read beside the
    item that names it, leaves no doubt.)"""
    if len(analyses) < 2:
        return []
    by_doc = {a.doc.id: a for a in analyses}
    spans = {(s.doc, s.start): sentence_spans(by_doc[s.doc], s) for s in chosen if s.doc in by_doc}
    names = [n for ss in spans.values() for span in ss for n in _subject_names(span)]
    if _firms(names) < 2:
        return []
    out = []
    for s, a in past_ledes(chosen, by_doc):
        before = [n for t in a.sentences if t.end <= s.start for span in sentence_spans(a, t)
                  for n in _subject_names(span)]
        if _firms(before) < 2:
            continue  # its report told of one firm before it: "the company" is that one
        ss = spans.get((s.doc, s.start)) or []
        if not ss or quoted_offsets(ss[0].text) or any(e.label_ == "ORG" for span in ss for e in span.ents):
            continue
        root = ss[0].root
        heads = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
        if any(c.dep_ in _SUBJECTS and _bare_definite(c) and c.lemma_.lower() in _FIRM_NOUNS
               for h in heads for c in h.children):
            out.append(s)
    return out


@cache
def person_nouns() -> frozenset[str]:
    """Nouns only a person is: occupations, roles and offices (``lexicon/job_titles.txt``, ``person_role_nouns.txt``,
    ``office_nouns.txt``; one word each)."""
    return frozenset(w.lower() for name in ("job_titles", "person_role_nouns", "office_nouns")
                     for w in lexicon.words(name) if " " not in w)


def described_again(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` refers to a person its report named before by a description alone, or None: its main clause's subject
    is "the" and a noun only a person is, with nothing saying which ("the president", "The former dentist and health
    minister"), in a sentence that names no person, after its report wrote a name in full. That is a second
    reference: at the head of an account the reader has not met the person (summ51). Such an item may follow the
    one that names the person; it does not lead."""
    if report_lede(a, s) or not any(m.kind in ("person", "org") and m.end <= s.start and " " in m.text.strip()
                                    for m in a.mentions):  # the model types many a person's name as a body's
        return None
    spans = sentence_spans(a, s)
    if not spans or any(t.ent_type_ == "PERSON" for t in spans[0]):
        return None
    root = spans[0].root
    heads = [root, *(c for c in root.children if c.dep_ in ("aux", "auxpass"))]
    for c in (c for h in heads for c in h.children if c.dep_ in ("nsubj", "nsubjpass") and _bare_definite(c)):
        nouns = [c, *(d for d in c.children if d.dep_ == "conj" and d.pos_ == "NOUN")]
        if any(n.lemma_.lower() in person_nouns() for n in nouns):
            return f"names a person its report named before only as {c.text!r}"
    return None


_OWNERS = frozenset({"his", "her"})


def unowned_opening(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` leans on the sentence before it for whose its opening phrase is, or None: the phrase before the main
    clause holds "his" or "her" ("Under his leadership, the league has …"), and the main clause's subject is no
    person the pronoun could stand for (not a person's name, by the model's reading or a name its report gives a
    person, a noun only a person is, nor a pronoun), nor is a speaker
    the sentence names: the owner is in a sentence the item does not show (summ51). ("In his speech, Mayor Hale said
    …" names him right after.)"""
    spans = sentence_spans(a, s)
    if not spans or report_lede(a, s):
        return None
    span = spans[0]
    first, root = span[0], span.root
    if first.pos_ != "ADP" or first.dep_ != "prep" or first.head.i != root.i:
        return None
    owner = next((p for o in first.children if o.dep_ == "pobj" for p in o.children
                  if p.dep_ == "poss" and p.lower_ in _OWNERS), None)
    subject = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if owner is None or subject is None or subject.i < owner.i:
        return None
    said = rules().reporting_verbs  # a speaker the sentence names ("Under his leadership, Ciobanu said, …")
    speakers = [w for v in span if v.lemma_.lower() in said for c in v.children if c.dep_ == "nsubj"
                for w in c.subtree]
    persons = {w for m in a.mentions if m.kind == "person" for w in m.text.split()}  # "de Lima", read as no one
    if any(t.ent_type_ == "PERSON" or t.pos_ == "PRON" or t.lemma_.lower() in person_nouns() or t.text in persons
           for t in [*subject.subtree, *speakers]) or any(t.pos_ == "PROPN" for t in speakers):
        return None
    return f"its opening's {owner.text!r} stands for no one it names"
