"""Shapes whose date the parse hangs off the main clause, though it is the main clause's own (and one it does not).

``date_attachment`` marks a date as a mention when it dates a noun or a relative clause, not the
sentence's event. Two shapes read so by the parse are the event's own:

- a present participle describing a noun, with no subject or auxiliary of its own ("abducted by gunmen
  wearing military uniforms … in August 2016", "posted an image of the coach holding up a shirt … on
  Wednesday"): what it describes holds at the time of the main clause's event, so a date the parser
  hangs on it dates that event (when the sentence has no other date: with two, each keeps its own);
- a date on a past participle in the subject of a figure ("The average price of a new car sold in October was
  $31,200"): the participle bounds the set the figure measures, so its date is the figure's own (the sentence's
  news), not a mention of an earlier sale;
- a date before a noun of a message (``lexicon/message_nouns.txt``) in a phrase opening with "in" on the
  clause's verb ("In a Nov. 5 letter, the doctors pleaded …"): the message is where the clause's saying
  was done, and its date is the saying's;
- a date relative to the report with no preposition ("this month", "next week", "last year") that the
  parse hangs as an adverb on a noun of the clause's object ("will be invited to submit plans for the
  redesign this month"): such a bare phrase dates the clause it closes, not the noun before it (a noun's
  own date takes a preposition or comes before it: "the redesign in 2019", "last month's redesign"). The
  noun of a subject keeps it ("the meeting last week was cancelled": the meeting's).
- a date on the verb of a speaker's tag after a quotation ('"This is a stock that … had been getting
  clobbered," Maley said on CNBC on Monday'): the parse, reading the quotation's noun as the tag's head, hangs
  the verb of saying (``lexicon/speech_verbs.txt``) as a relative clause, but a tag that follows the quotation's
  closing mark and comma is the sentence's own event, and its date the saying's.
- a date on the verb of a "where" clause after a comma, with its own subject ("did not drop a set at the Finals,
  where they defeated the holders in the final on Sunday"), when it is the sentence's only date: the clause tells
  what happened there, the news of the sentence (time20).
- a date in a "that" clause the parse hangs on the noun of a cleft's or a told phrase's preposition ("It is for that
  reason that NASA on Monday enlisted …", "told reporters at a news conference that officials began receiving calls
  Tuesday afternoon …"): the clause is what the sentence reports (``content_clause``, time23).
"""

from __future__ import annotations

from typing import Any

from .. import lexicon
from .background import possessed_verb
from .content_clause import content_clause
from .date_attachment import Attachment
from .sequels import comparison_standard, dash_aside, sequel_gerund

_MESSAGE_NOUNS = lexicon.words("message_nouns")
_SPEECH_VERBS = lexicon.words("speech_verbs")
_CLOSERS = ("”", '"', "''")
_SUBJECTS = ("nsubj", "nsubjpass", "csubj", "expl")
_ARGUMENTS = ("dobj", "pobj", "nsubj", "nsubjpass", "attr", "appos", "conj", "compound")
_FINITE = ("VBD", "VBZ", "VBP")


def _verb_up(tok: Any, steps: int) -> Any | None:
    for _ in range(steps):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.head is tok:
            return None
        tok = tok.head
    return tok if tok.pos_ in ("VERB", "AUX") else None


def _finite(verb: Any) -> bool:
    return verb.tag_ in _FINITE or any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _bare_participle(sdoc: Any, start: int, end: int, climb: int, tag: str) -> Any | None:
    """The participle (``tag``: VBG or VBN) describing a noun that the date hangs on, with no subject or auxiliary
    of its own, or None."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    verb = _verb_up(span.root, climb) if span is not None else None
    if verb is None or verb.tag_ != tag or verb.dep_ != "acl":
        return None
    if any(c.dep_ in _SUBJECTS or c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return verb


def simultaneous_participle(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) hung on a present participle that describes a noun of a finite clause?"""
    verb = _bare_participle(sdoc, start, end, 8, "VBG")
    if verb is None:
        return False
    noun = verb.head
    if noun.pos_ not in ("NOUN", "PROPN") or noun.dep_ not in _ARGUMENTS:
        return False
    main = _verb_up(noun.head, 5)
    return main is not None and main is not verb and _finite(main)


def figure_participle(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) on a bare past participle inside the subject of "be" with a figure?"""
    verb = _bare_participle(sdoc, start, end, 4, "VBN")
    if verb is None:
        return False
    tok = verb.head
    for _ in range(6):  # up through "of a new car", "truck or SUV" to the subject's noun
        if tok.dep_ in ("nsubj", "nsubjpass") or tok.head is tok:
            break
        if tok.dep_ not in ("pobj", "prep", "conj"):
            return False
        tok = tok.head
    main = tok.head
    return tok.dep_ == "nsubj" and main.lemma_ == "be" and any(
        c.dep_ == "attr" and (c.like_num or any(g.like_num for g in c.children)) for c in main.children)


def _noun_after(sdoc: Any, start: int, end: int) -> Any:
    """The noun the date (paragraph offsets) is written before ("the March 21 call", "its Monday night concert"), or
    None when the date's span heads no later word."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return None
    noun = span.root
    while noun.i in range(span.start, span.end) and noun.head is not noun:
        noun = noun.head
    return None if noun.i < span.end else noun


def dated_message(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) written before a noun of a message in an "in" phrase on a finite verb?"""
    noun = _noun_after(sdoc, start, end)
    if noun is None or noun.lemma_.lower() not in _MESSAGE_NOUNS or noun.dep_ != "pobj":
        return False
    prep = noun.head
    return prep.lower_ == "in" and prep.head.pos_ in ("VERB", "AUX") and _finite(prep.head)


_OCCASION = lexicon.words("occasion_prepositions")
_ARRIVALS = lexicon.words("arrival_verbs")
_PART_NOUN = ("of",)  # "the close of its Monday night concert": a part of the occasion, reached through "of"


def _participles_verb(verb: Any) -> Any:
    """The finite verb whose object a present participle describes ("posted a series of tweets supporting Johnson
    during Tuesday's debate": the posting, time24), through the object's own phrase; ``verb`` itself otherwise."""
    if verb.tag_ == "VBG" and verb.dep_ == "pcomp" and verb.head.head.pos_ in ("VERB", "AUX"):
        return verb.head.head  # "warned against making a deal during his March 3 address": the warning (time33)
    if verb.tag_ != "VBG" or verb.dep_ != "acl":
        return verb
    tok = verb.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        if tok.dep_ not in ("dobj", "pobj", "prep") or tok.head is tok:
            return verb
        tok = tok.head
    return verb


def _arrival(prep: Any) -> bool:
    """Is ``prep`` a "to" on a verb of coming or going ("was coming to Tuesday's networking gathering": the coming
    is at the gathering, time25)?"""
    return prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX") and prep.head.lemma_.lower() in _ARRIVALS


def occasion_day(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) written before the noun of an occasion the clause's verb is placed at
    ("unveiled its plans towards the close of its Monday night concert", "at Tuesday's hearing"; the parse may
    hang the phrase on the verb's object, or on a participle describing it: "posted tweets supporting Johnson during
    Tuesday's debate"), or that a verb of coming or going goes "to" ("was coming to Tuesday's gathering")? The
    clause's event happened there, so the occasion's day is the event's own (when it is the sentence's only date;
    time21, time24, time25)."""
    noun = _noun_after(sdoc, start, end)
    if noun is None:
        return False
    for _ in range(3):
        if noun.dep_ != "pobj":
            return False
        prep = noun.head
        if prep.lower_ in _OCCASION or _arrival(prep):  # on the verb, or on its object (the parse's pick)
            verb = _participles_verb(prep.head.head if prep.head.dep_ == "dobj" else prep.head)
            return verb.pos_ in ("VERB", "AUX") and _finite(verb)
        if prep.lower_ not in _PART_NOUN or prep.head.pos_ != "NOUN":
            return False
        noun = prep.head
    return False


_DEICTIC = frozenset({"this", "next", "last", "coming", "past"})
_OBJECTS = ("dobj", "pobj", "attr", "oprd", "dative")


def deictic_adverb(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) a bare "this/next/last" phrase hung as an adverb on an object's noun?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or span[0].lower_ not in _DEICTIC or span.root.dep_ != "npadvmod":
        return False
    noun = span.root.head
    if noun.pos_ != "NOUN" or noun.i > span.start:
        return False
    for _ in range(6):  # up to the verb: every link on the way an object or a preposition, never a subject
        if noun.pos_ in ("VERB", "AUX"):
            return True
        if noun.dep_ not in _OBJECTS and noun.pos_ != "ADP" or noun.head is noun:
            return False
        noun = noun.head
    return False


def opening_noun_date(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) a bare day after a noun at the end of a verbless opening phrase ("In
    addition to its order of 30 jets Wednesday, it announced …")? It dates the phrase's noun, another event."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None or span.start == 0 or span[0].pos_ != "PROPN" or span.end >= len(sdoc):
        return False
    first = span.sent[0]
    before = sdoc[first.i : span.start]
    return (first.pos_ == "ADP" and sdoc[span.start - 1].pos_ in ("NOUN", "PROPN") and sdoc[span.end].text == ","
            and not any(t.pos_ in ("VERB", "AUX") for t in before))


def attributed_release(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) on the participle of a message the sentence is attributed to ("…, according to
    a statement released by the ministry late Thursday")? The message tells the sentence's event: its day is when the
    line's news was made known, the line's own date, no mention of another time (time39)."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    verb = _verb_up(span.root, 3) if span is not None else None
    if verb is None or verb.dep_ != "acl" or verb.tag_ != "VBN" or verb.head.lemma_.lower() not in _MESSAGE_NOUNS:
        return False
    to = verb.head.head
    return bool(to.dep_ == "prep" and to.lower_ == "to" and to.head.lower_ == "according")


def speech_tag(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) on a verb of saying that tags a quotation before it ('"…," Maley said on
    Monday', '"…," said Maley on Monday')?"""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    verb = span.root.head
    if verb.pos_ == "ADP":
        verb = verb.head
    if verb.lemma_.lower() not in _SPEECH_VERBS or verb.tag_ not in _FINITE or verb.i > span.start:
        return False
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    first = subject.left_edge.i if subject is not None and subject.i < verb.i else verb.i
    before = [t.text for t in sdoc[max(first - 2, 0) : first]]
    return len(before) == 2 and "," in before and any(t in _CLOSERS for t in before)  # ',"' or '”,'


def where_clause(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) on the verb of a "where" clause after a comma, with a subject of its own
    ("… at the Finals, where they defeated the holders in the final on Sunday")? Such a clause tells an event that
    took place there, the sentence's news, not a description of the place."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    verb = _verb_up(span.root, 4) if span is not None else None
    if verb is None or verb.dep_ != "relcl" or verb.tag_ not in _FINITE:
        return False
    where = next((c for c in verb.children if c.dep_ == "advmod" and c.lower_ == "where"), None)
    return where is not None and where.i > 0 and sdoc[where.i - 1].text == "," and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.i > where.i for c in verb.children)


def past_cleft_relative(sdoc: Any, start: int, end: int) -> bool:
    """Is the date (paragraph offsets) on the past verb of a relative clause with its own subject that describes the
    noun after a past "was/were" whose subject is a pronoun ("These were the fixes that I recommended to them 2 years
    ago")? The copula only points at the noun; the clause's act is the sentence's one event, and its date the
    line's own, no mention (time33). A present "This is the law that Congress passed in 2010" keeps the mention."""
    span = sdoc.char_span(start, end, alignment_mode="expand")
    verb = _verb_up(span.root, 4) if span is not None else None
    if verb is None or verb.dep_ != "relcl" or verb.tag_ != "VBD":
        return False
    noun, main = verb.head, verb.head.head
    return noun.dep_ == "attr" and main.lemma_ == "be" and main.tag_ == "VBD" and any(
        c.dep_ == "nsubj" for c in verb.children) and any(
        c.dep_ == "nsubj" and c.pos_ == "PRON" for c in main.children)


def own_attachment(sdoc: Any, start: int, end: int, att: Attachment, one_date: bool) -> Attachment:
    """``att`` (``date_attachment``'s reading of the date), or "clause" for the shapes above; "relative" for a day
    ending a verbless opening phrase after its noun when the sentence has another date (``opening_noun_date``)."""
    if not one_date and opening_noun_date(sdoc, start, end):
        return "relative"
    if att == "relative" and speech_tag(sdoc, start, end):
        return "clause"
    if att == "relative" and possessed_verb(sdoc, start, end):
        return "clause"  # "during the band's set Monday night": the set's night, the event's (time27)
    if att == "relative" and content_clause(sdoc, start, end):
        return "clause"
    if att == "relative" and one_date and past_cleft_relative(sdoc, start, end):
        return "clause"
    if att == "relative" and one_date and where_clause(sdoc, start, end):
        return "clause"
    if att == "relative" and one_date and simultaneous_participle(sdoc, start, end):
        return "clause"
    if att == "relative" and figure_participle(sdoc, start, end):
        return "clause"
    if att == "relative" and attributed_release(sdoc, start, end):
        return "clause"
    if att == "premodifier" and dated_message(sdoc, start, end):
        return "clause"
    if att == "premodifier" and one_date and occasion_day(sdoc, start, end):
        return "clause"
    if att in ("noun", "complement") and deictic_adverb(sdoc, start, end):
        return "clause"
    if att == "complement" and one_date and sequel_gerund(sdoc, start, end):
        return "clause"  # "…, before arriving in the capital in early June" (time34)
    if att == "clause" and (comparison_standard(sdoc, start, end) or dash_aside(sdoc, start, end)):
        return "complement"  # "Rain will be similar to what we saw last week" (time34), "— half those in use last
        # year" (time35)
    return att
