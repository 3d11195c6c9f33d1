"""What a date in a sentence modifies (``attachment``): the clause's verb, a noun it names or stands before, a
relative clause, or a comparison or gerund it is the complement of. Only a clause's date is the sentence's event
date; the others are mentions (a thing's date) or no date of the sentence at all. Moved out of ``shape`` (time48)
unchanged: the parse-reading helpers below serve this one question.
"""

from __future__ import annotations

from typing import Any, Literal

from ..dates import WEEKDAYS
from ..newswriting import rules

__all__ = ["Attachment", "attachment", "bare_participle", "described", "listed_name_before", "relative_subject",
           "subjects_own_verb", "trailing_participle"]

Attachment = Literal["clause", "noun", "premodifier", "relative", "complement"]


def attachment(sdoc: Any, start: int, end: int) -> Attachment:
    """What the date at ``start:end`` (paragraph offsets) modifies: a clause's verb; a noun it
    stands before ("the June 1995 meeting", "today's demarche": it names a thing); a noun through a
    preposition ("rule from 1976 to 1983"); or the verb of a relative clause ("who ruled … from 1973
    to 1990", "…, which crashed on June 1"); or a gerund its clause's verb takes as its object
    ("ruled out running for president in 2012", "denied meeting the envoy in June", "was accused of
    killing three people in March": the date is the running's, the meeting's or the killing's, not
    the ruling out's, the denial's or the accusation's; "began shelling the town in March" is the
    beginning's, an aspectual verb of ``data/account_rules.json``). A noun a relative clause describes
    (``described``: "a ruling in 2016 that had found …") counts as "relative": the date is the thing's."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return "clause"
    inside = range(span.start, span.end)
    tok = span.root
    via_adp = False
    adps: list[str] = []
    for _ in range(12):
        if tok.i not in inside and tok.pos_ != "ADP" and not _time_noun(tok):
            break
        if tok.pos_ == "ADP" and not via_adp and listed_name_before(sdoc, tok):
            return "relative"  # "its two dissidents, Wei Jingsheng in Nov. 1997 and …": the listed one's date
        if tok.head is tok:
            return "clause"
        if tok.i not in inside and tok.pos_ == "ADP":
            via_adp = True
            adps.append(tok.lower_)
        tok = tok.head
    if tok.pos_ == "ADV" and tok.head is not tok and any(c.i in inside or c.pos_ == "ADP" for c in tok.children):
        tok = tok.head  # "the engineer … back in 1902": an adverb heading the date's phrase goes with its own head
    if "than" in adps:
        return "complement"  # "better prepared now than on 7 July": the date a comparison is measured against
    if tok.pos_ in ("NOUN", "PROPN", "PRON"):
        if tok.i < span.start and _in_subordinate_verb(tok):
            return "complement"  # "killed her to keep her from talking about the disappearance in 1982"
        if tok.i < span.start and described(tok, span.end, aside_too=not _a_weekday(span)):
            return "relative"  # "against a lower court ruling in 2016 that had found …": the ruling's date
        if tok.i < span.start and _noun_in_relative(tok):
            return "relative"  # "Wu, who shattered the record at the national games in October 1997, said …"
        if adps[:1] == ["of"] and tok.i < span.start and tok.dep_ not in _SUBJECTS and any(t.like_num for t in span):
            return "complement"  # "the aftermath of July 7": a written date names an event the sentence refers to
        return "premodifier" if not via_adp and tok.i >= span.end else "noun"
    if tok.pos_ in ("VERB", "AUX") and (tok.dep_ in ("relcl", "acl") or bare_participle(tok)) \
            and not subjects_own_verb(tok):
        return "relative"
    aside = tok if trailing_participle(sdoc, tok) else tok.head if tok.dep_ == "xcomp" else None
    if tok.pos_ in ("VERB", "AUX") and (_in_relative(tok) or (
            aside is not None and trailing_participle(sdoc, aside) and not _past_aside(sdoc, aside, span))):
        return "relative"  # "the leader who ran … to challenge the senator in 1992"; "a tax, intended to end in 2012,"
    if _gerund_object(sdoc, tok) or _conditional(tok):
        return "complement"
    return "clause"


_SUBJECTS = ("nsubj", "nsubjpass", "ROOT")


def bare_participle(verb: Any) -> bool:
    """Is ``verb`` a participle with no auxiliary that the parser made the sentence's root ("Pictures … taken inside
    the prison in November 2003 had been released …", with the tensed "had been released" hung from "taken"; not
    "He first invested … in 1992 and won control …", a past tense tagged as a participle)? It describes a noun, as
    a reduced relative clause does: no finite clause of its own (the entry is the whole sentence, and its date is
    the described thing's, a mention)."""
    return bool(verb.dep_ == "ROOT" and verb.tag_ in ("VBN", "VBG")
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)
                and any(c.dep_ in _HUNG and any(x.dep_ in ("aux", "auxpass") for x in c.children)
                        for c in verb.children))  # the tensed verb ("had been released") hung from it


_HUNG = ("conj", "advcl", "parataxis")
_CONDITIONS = frozenset({"if", "unless", "whether"})


def listed_name_before(sdoc: Any, adp: Any) -> bool:
    """Is the word right before the date's preposition ``adp`` a person's name listed in apposition after a noun
    ("freeing its two most famous dissidents, Wei Jingsheng in Nov. 1997 and Wang Dan in April"), or one
    co-ordinated with such a name ("… and Wang Dan in April")? Then the date is the listed person's (what the
    clause the noun is in says of them: the freeing), whatever verb the parser hangs the date from; an appositive
    set off by commas on both sides ("its leader, Ann Oset, in 1997") is not next to the date."""
    name = sdoc[adp.i - 1] if adp.i else None
    if name is None or name.pos_ != "PROPN" or name.ent_type_ != "PERSON":
        return False
    if name.dep_ == "conj":  # the parser may hang the second name from the main verb: look for the first one
        first = next((t for t in reversed(sdoc[max(name.i - _LISTED_GAP, 0) : name.i]) if t.dep_ == "appos"), None)
        if first is None or any(t.pos_ in ("VERB", "AUX") for t in sdoc[first.i : name.i]):
            return False
        name = first
    between = sdoc[name.head.i : name.i]
    return bool(name.pos_ == "PROPN" and name.dep_ == "appos" and name.head.i < name.i
                and any(t.text == "," for t in between) and not any(t.text in _DASHES for t in between))


_DASHES = frozenset({"—", "–", "--"})  # a dateline's dash ("HANOI, Vietnam (AP) — …"): the sentence starts after it


def subjects_own_verb(verb: Any) -> bool:
    """Is ``verb`` (a participle with no auxiliary, read as a reduced relative clause) its subject's own finite verb,
    a past tense co-ordinated with a next clause that has a subject of its own ("The group round finished on
    Monday, and ten teams have booked …")? The parser hangs the first clause on its noun ("round" a second subject
    of "booked") or makes it the root with the tensed clause hung from it; either way two subjects, two clauses:
    the first is a clause of its own, not a noun's description. Not "Pictures … taken in 2003 had been released",
    whose tensed verb has no subject of its own."""
    if verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if verb.dep_ == "acl":
        noun = verb.head
        return noun.dep_ in _SUBJ and any(c.dep_ in _SUBJ and c.i > verb.i for c in noun.head.children)
    return verb.dep_ == "ROOT" and any(c.dep_ in _SUBJ for c in verb.children) and any(
        c.dep_ == "conj" and any(x.dep_ in _SUBJ for x in c.children) for c in verb.children)


_SUBJ = ("nsubj", "nsubjpass")


_LISTED_GAP = 10  # tokens from a listed name back to the one before it ("Wei Jingsheng in Nov. 1997 and Wang")


def _time_noun(tok: Any) -> bool:
    """Is ``tok`` a noun of time standing as an adverb, the head of the date's phrase ("this day one year ago",
    "that morning a week ago")? The date runs on through it to the verb it modifies."""
    return bool(tok.pos_ == "NOUN" and tok.dep_ == "npadvmod")


def _conditional(verb: Any) -> bool:
    """Is ``verb`` the verb of a condition ("… if they saw him last Thursday", "unless talks resume on Monday")?
    A date there is of what may have happened or may happen, not of what the sentence reports."""
    return bool(verb.pos_ in ("VERB", "AUX") and verb.dep_ == "advcl"
                and any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in verb.children))


def described(noun: Any, after: int, aside_too: bool = True) -> bool:
    """Does a relative clause after token ``after`` describe ``noun`` ("a ruling in 2016 that had found …", "the
    law from 2010 which banned …")? Then the noun names a thing the sentence describes, not its own event, and a
    date inside the noun's phrase is the thing's: marked a mention, as a relative clause's own date is. Without
    ``aside_too``, a clause set off by a comma does not count: for a bare weekday ("… during an inspection of the
    monument on Tuesday, which runs at an angle …") it is an aside, and the day stays the clause's, as on any noun
    through a preposition; news writes a thing's weekday as its possessive ("Tuesday's quake"), while a year may
    still be the thing's ("the killing of a neighbor in 2003, for which he was tried": time29)."""
    return any(c.dep_ == "relcl" and c.i >= after and (aside_too or not _after_comma(c)) for c in noun.children)


def _a_weekday(span: Any) -> bool:
    """Is the date ``span`` a bare weekday ("on Tuesday", "Monday night"): a weekday's name and no number?"""
    return any(t.lower_ in WEEKDAYS for t in span) and not any(t.like_num for t in span)


def _after_comma(clause: Any) -> bool:
    """Does the relative clause headed by ``clause`` open right after a comma (a non-restrictive aside)?"""
    first = clause.left_edge.i
    return bool(first > 0 and clause.doc[first - 1].text == ",")


_SUBORDINATE = ("advcl", "xcomp", "pcomp", "acl", "relcl")
_NON_FINITE = ("VB", "VBG")


def _verb_above(noun: Any) -> Any:
    """The first verb or auxiliary above ``noun`` in the parse (at most 12 steps up), or None at the root."""
    tok = noun
    for _ in range(12):
        if tok.head is tok:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
    return None


def _in_subordinate_verb(noun: Any) -> bool:
    """Is the noun ``noun`` (a date's, through a preposition) inside a non-finite subordinate clause
    ("to keep her from talking about the disappearance of his wife in 1982": the disappearance is
    what the talking is about, not an event the sentence reports)?"""
    verb = _verb_above(noun)
    return verb is not None and verb.dep_ in _SUBORDINATE and verb.tag_ in _NON_FINITE


_INSIDE_CLAUSE = ("xcomp", "advcl", "conj")
"""Links from a verb to the verb whose clause it belongs to (a purpose, an infinitive, a second verb):
a date of such a verb inside a relative clause is the relative clause's."""


def _in_relative(tok: Any) -> bool:
    """Is the verb ``tok`` part of a relative clause through infinitives, purposes or coordination
    ("who ran for the nomination to challenge D'Amato in 1992": "challenge" belongs to "ran", which
    describes "the leader"), or of one its subject opens with a relative pronoun that the parser hung
    as a clause of its own ("…, one of whom is to go on trial Dec. 17", ``relative_subject``)?"""
    for _ in range(4):
        if relative_subject(tok):
            return True
        if tok.dep_ not in _INSIDE_CLAUSE or tok.head is tok or tok.head.pos_ not in ("VERB", "AUX"):
            return False
        tok = tok.head
        if tok.dep_ in ("relcl", "acl"):
            return True
    return relative_subject(tok)


_RELATIVE_PRONOUNS = frozenset({"whom", "which", "whose"})


def relative_subject(verb: Any) -> bool:
    """Is ``verb``'s subject a part of what a relative pronoun stands for ("one of whom", "most of which", "some of
    whose …"), in a clause that is not the sentence's root? The clause describes the noun before it, as any
    relative clause does; a date there is its own, a mention ("arrested 10 members, one of whom is to go on trial
    Dec. 17": the arrests were last week)."""
    if verb.dep_ == "ROOT" or verb.pos_ not in ("VERB", "AUX"):
        return False
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if subjects:
        return any(t.lower_ in _RELATIVE_PRONOUNS and t.head.lower_ == "of" for s in subjects for t in s.subtree)
    if verb.dep_ != "conj":
        return False
    doc = verb.doc  # no subject of its own: the parser hung "one of whom" on the noun before
    for i in range(verb.i - 1, verb.head.i, -1):
        if doc[i].pos_ in ("VERB", "AUX"):
            return False
        if doc[i].lower_ in _RELATIVE_PRONOUNS and doc[i].head.lower_ == "of":
            return True
    return False


def _noun_in_relative(noun: Any) -> bool:
    """Is the noun ``noun`` (a date's, through a preposition) an argument of a relative clause's verb ("Wu, who
    shattered the record at China's national games in October 1997, said …": the record's date is the relative
    clause's, not the saying's)?"""
    verb = _verb_above(noun)
    return verb is not None and (verb.dep_ in ("relcl", "acl") or _in_relative(verb))


def trailing_participle(sdoc: Any, verb: Any) -> bool:
    """Is ``verb`` a past participle set off by a comma right after a noun, with no auxiliary and no subject of its
    own, after the clause's verb ("… surprised by the offer, extended on Aug. 24.")? It describes that noun, as a
    reduced relative clause does: its date is the noun's (a mention), not the clause's; so is a date of the
    participle's infinitive ("promised to extend a tax, intended to end next year, until 2014": the tax's old end,
    time32). Not a participle opening
    the sentence ("Asked on Monday about the report, the minister said …": the asking is the saying's day)."""
    if verb.tag_ != "VBN" or verb.dep_ not in ("advcl", "acl") or verb.i < 2 or verb.head.i > verb.i:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
        return False
    comma, noun = sdoc[verb.i - 1], sdoc[verb.i - 2]
    return comma.text == "," and noun.pos_ in ("NOUN", "PROPN")


def _past_aside(sdoc: Any, participle: Any, span: Any) -> bool:
    """Is the date ``span`` after the comma that closes a trailing participle's aside ("extend a tax, intended to end
    next year, til 2014": the extending's end, not the tax's; time33)?"""
    return any(t.text == "," for t in sdoc[participle.i + 1 : span.start])


def _gerund_object(sdoc: Any, tok: Any) -> bool:
    """Is ``tok`` a gerund its head verb takes as its object, with no comma between them ("ruled out
    running", not "…, saying"), or through a preposition ("accused of killing", "came close to
    winning"), and is the head no aspectual verb ("began shelling")? A gerund of means after "by" is not: it is
    the act the clause tells."""
    head = tok.head
    if tok.tag_ == "VBG" and tok.dep_ == "pcomp" and head.pos_ == "ADP":
        # "accused of killing …", "arrested after finding …", "came close to winning …": the
        # preposition's verb (through an adjective or adverb, "close to") takes the gerund
        if head.lower_ == "by":
            return False  # "sought a compromise by approving in late April …": the means is the act told (time41)
        head = head.head
        if head.pos_ in ("ADJ", "ADV") and head.head is not head:
            head = head.head
        return head.pos_ in ("VERB", "AUX") and head.lemma_.lower() not in rules().aspectual_verbs
    if tok.tag_ != "VBG" or tok.dep_ not in ("xcomp", "advcl") or head is tok or head.pos_ not in ("VERB", "AUX"):
        return False
    if head.lemma_.lower() in rules().aspectual_verbs or not head.i < tok.i:
        return False
    return not any(t.text in (",", ";", ":", "—", "–", "-") for t in sdoc[head.i + 1 : tok.i])
