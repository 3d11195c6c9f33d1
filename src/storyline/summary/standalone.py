"""Can a sentence stand alone in an account? News writing's rules, read from the parse.

A summary sentence is lifted out of its report, so what it leaned on there is gone:

- a dangling connective at its start ("However, …", "Also …", "This includes …") points at a
  sentence the reader does not have;
- a pronoun or demonstrative subject at its start ("He …", "These attacks …") names nobody;
- a quotation needs its speaker in the same sentence ("…," the minister said), and reported
  speech whose speaker is a pronoun ("…, he said.") is a quote without its speaker;
- a web page's pointer ("The full list can be read here.", "Click here to …", "Watch the video
  above.") sends the reader elsewhere and states nothing;
- a note about the page itself ("… two points in this story.", "Correction: …") states nothing of the
  story;
- a quotation of a few words with only its speaker ('"There was a coup," Martin says.') says
  little without the sentences around it;
- a demonstrative that opens a quotation ('"This attempt is further proof …," said …') points
  back as it does outside one, and so does a speaker who "also" said something ("Johnson also
  says …"): such a sentence may stand in an account but not open it (``not_a_lead``);
- a photo caption ("(AP Photo)", "pictured", "(L-R)") or a fragment with no finite verb is
  not a statement of the story; nor is a line that dates the quotation before it ('"…" August 1974,
  speaking to President Richard Nixon …': ``newswriting.dating_line``), nor the last sentence of a
  quotation of several, which closes a quotation it does not open
  (``newswriting.closes_unopened_quote``). Captions are written in the present tense (style guides' rule),
  so a sentence whose main verb is in the present but which dates its event with a full date
  before its report's ("… lands at Paris-Charles de Gaulle Airport on March 28, 2007." in a
  2010 report) is a caption; so is the rest of the paragraph a caption opens.

The word lists and caption shapes are data (``data/account_rules.json``): general English and
newsroom conventions, not taken from any benchmark text.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import (
    anchored_time,
    caption,
    closes_unopened_quote,
    contrast_opener,
    credit_line,
    dateline_end,
    dating_line,
    opening_connective,
    page_note,
    pointer,
    present_dated_past,
    response_opener,
    rules,
)
from ..newswriting import opening as _opening
from ..newswriting import starts_with as _starts_with
from ..parses import sentence_span
from ..text import WORDS
from .dateline_deixis import dateline_place
from .dateline_deixis import quoted_offsets as _quoted_offsets
from .openers import leaning_opening, pronoun_after_adverb, so_answer, subordinate_only

__all__ = ["caption", "dateline_end", "dangling_start", "not_a_lead", "not_prose", "points_back",
           "present_dated_past", "pronoun_after_adverb", "subordinate_only", "why_not_alone"]

_QUOTE = re.compile(r"[\"“”]([^\"“”]{12,})[\"“”]")
_LEADING = "\"“‘'([ "
_QUANTIFIERS = frozenset(lexicon.words("people_quantifiers"))
FRAGMENT_TOKENS = 20  # a caption or list item is short; in a long sentence a missing finite verb is a misparse


def _opens_quote(text: str) -> bool:
    return text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'"


ENDS_POINTING = re.compile(r"\b(?:this|that|these|those)[.!][\"'”’)\]]*$")  # "… has an answer to this."


def points_back(text: str) -> bool:
    """Does the sentence open with a connective that points at a sentence before it ("But …",
    "However, …"), hold one in its opening clause ("…, however, …"), open with a determiner that
    presupposes one ("Another item …", "A second statement …"), open by dating itself against the day of the
    sentence before ("Earlier Saturday, …", ``newswriting.anchored_time``) or end on a demonstrative or a connective
    that does ("… has an answer to this.", "… were convicted of fraud, however.": summ49)? The text alone decides (no
    parse); an opening quotation is the speaker's."""
    if _opens_quote(text):
        return False
    opening = _opening(text)
    word = opening_connective(text) or response_opener(text)
    return ((word is not None and not _names_its_object(opening, word)) or anchored_time(text) is not None
            or _starts_with(opening, rules().pointing_determiners) is not None
            or rules().parenthetical.match(opening) is not None or ENDS_POINTING.search(text) is not None
            or rules().parenthetical_end.search(text) is not None
            or rules().continuation.match(opening) is not None)


def dangling_start(text: str, first: Any | None = None) -> str | None:
    """Why the sentence's opening leans on what came before (a connective, a pronoun or a
    demonstrative), or None. ``first`` is the parsed first word, when there is a parse."""
    r = rules()
    if _opens_quote(text):
        reply = r.reply.match(_opening(text))
        if reply:  # '"Yes, it is embarrassing," Warner said.' answers a question put before it
            return f"starts with the reply {reply.group(1)!r} (an answer to a question before it)"
        return None  # a pronoun inside an opening quotation is the speaker's own voice (see ``speaker_problem``)
    opening = _opening(text)
    word = opening_connective(text) or response_opener(text)
    if word and not _names_its_object(opening, word):
        return f"starts with the connective {word!r}"
    inner = r.parenthetical.match(opening)
    if inner:  # "Reports from the ground, however, suggested …" points back as "However, …" does
        return f"starts with the connective {inner.group(1)!r} (set off in its opening clause)"
    last = r.parenthetical_end.search(text)
    if last:  # "Mubarak and his sons were convicted of corruption, however." sets itself against what came before
        return f"ends with the connective {last.group(1)!r} (set against a sentence before it)"
    cont = r.continuation.match(opening)
    if cont:  # "Garner continued: …" carries on a quotation before it
        return f"starts with a continuation ({cont.group(1)!r}) of what its speaker said before"
    word = _starts_with(opening, r.pronouns)
    raw = text[dateline_end(text) :].lstrip(_LEADING)
    if word and len(word) > 1 and raw[: len(word)].isupper():
        word = None  # "US", "IT": an acronym, not a pronoun
    if word and word in r.adjective_before_noun and first is not None and _before_noun(first, word):
        word = None  # "The former president …": an adjective, not a pronoun
    if word and (" " in word or first is None or first.pos_ == "PRON"):
        return f"starts with the pronoun {word!r}"
    head = opening.split(" ", 1)[0].strip(",")
    if head in r.demonstratives:
        noun = first.head if first is not None and first.dep_ == "det" else None
        if noun is None and first is not None and first.pos_ != "PRON":
            return None  # "That" as a conjunction, or a parse that does not read it as a pronoun
        if noun is None or noun.lower_ not in r.time_nouns:
            return f"starts with the demonstrative {head!r}"
    if head == "the" and first is not None and _bare_referent(first):
        return f"starts with 'the {first.head.lower_}', someone it does not name"
    if first is not None and _bare_number(first):
        return f"starts with the pronoun {first.lower_!r} (a number or quantifier standing for people named before)"
    if first is not None and _part_of_theirs(first):
        return f"starts with {first.lower_!r} of what a pronoun's owner has (someone named before)"
    return None


def _names_its_object(opening: str, word: str) -> bool:
    """Does the connective open a phrase that names what it adds to ("In addition to the three deaths, …"), not
    what a sentence before says ("In addition, …", "In addition to this, …")?"""
    rest = opening[len(word):].split(None, 2)
    r = rules()
    return len(rest) > 1 and rest[0] == "to" and rest[1].strip(",") not in (*r.demonstratives, *r.pronouns)


def _bare_number(first: Any) -> bool:
    """Is the subject a number word alone ("One grabbed the purse …", "Two were arrested"), or a quantifier alone
    ("Others signed …", "Many wept": ``lexicon/people_quantifiers.txt``)? It counts people or things named before;
    "Two people …" and "One of the suspects …" name them."""
    return bool((first.lower_ in WORDS or first.lower_ in _QUANTIFIERS) and first.dep_ in ("nsubj", "nsubjpass")
                and not any(c.dep_ in ("prep", "compound", "amod") for c in first.children))


def _part_of_theirs(first: Any) -> bool:
    """Is the subject a number or quantifier of what a pronoun's owner has ("Both of his sons, … were freed", "Two of
    their children …")? "his" stands for someone named before, as an opening "His" does (summ49); "One of the
    suspects" and "Both of Brod's sons" name whose."""
    if not ((first.lower_ in WORDS or first.lower_ in _QUANTIFIERS) and first.dep_ in ("nsubj", "nsubjpass")):
        return False
    return any(p.dep_ == "prep" and p.lower_ == "of" and any(
        o.dep_ == "pobj" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in o.children) for o in p.children)
        for p in first.children)


def _bare_referent(first: Any) -> bool:
    """Is the subject only "the" and a person noun ("The man was shot …")? It refers back to
    someone named before; "The 53-year-old man …" or "The man who …" describes him."""
    noun = first.head
    return bool(first.dep_ == "det" and noun.i == first.i + 1 and noun.lower_ in rules().bare_referents
                and noun.dep_ in ("nsubj", "nsubjpass") and all(c.i == first.i for c in noun.children))


def _before_noun(first: Any, phrase: str) -> bool:
    """Is the phrase's last word (parsed) an adjective of a noun that follows it?"""
    n = len(phrase.split()) - 1
    if first.i + n >= len(first.doc):
        return False
    last = first.nbor(n) if n else first
    return bool(last.pos_ == "ADJ" and last.head.i > last.i and last.head.pos_ in ("NOUN", "PROPN"))


def quoted_pointer(text: str, first: Any | None) -> str | None:
    """Does a demonstrative with its noun open the sentence's opening quotation ('"This attempt is
    further proof …," said …')? It points back as it does outside one ("This week" does not)."""
    r = rules()
    if not _opens_quote(text) or first is None:
        return None
    head = _opening(text).split(" ", 1)[0].strip(",")
    if head in r.demonstratives and first.dep_ == "det" and first.head.lower_ not in r.time_nouns:
        return f"starts with the demonstrative {head!r} (inside its opening quotation)"
    return None


def not_a_lead(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` may stand in an account but not open it, or None: it names its first person
    by the surname its report gave in full before (``introduced_before``), it opens on "Before," or
    "Previously," (``newswriting.contrast_opener``), its opening quotation
    starts with a demonstrative ('"This attempt is …," said …'), its speaker "also" said it
    ("Johnson also says …"), or it is a quotation nobody outside it says (``speaker_problem`` with
    ``quoted_verbs=False``). Each leans on what comes before; after the account's first sentence the
    reader may have that, at its head nothing. (As reasons to leave a sentence out of the summary they
    cost ROUGE on every bench set: measured on branch read8, bench/BRIEF_REVIEW.md.)"""
    named = introduced_before(a, s)
    if named:
        return named
    contrast = contrast_opener(s.text)
    if contrast:  # "Before, the glasses were sold …": before what the sentence before it says
        return f"starts with {contrast!r}, set against a time the sentence before it gives"
    span = sentence_span(a, s)
    if span is None and s.index < len(a.sentences) and a.sentences[s.index].start == s.start:
        span = sentence_span(a, a.sentences[s.index])  # a unit joined over two paragraphs: its first sentence opens it
    first = next((t for t in span if not t.is_punct and not t.is_space), None) if span is not None else None
    if span is None:
        return quoted_pointer(s.text, first)
    unsaid = speaker_problem(span, quoted_verbs=False)
    return (quoted_pointer(s.text, first) or also_reported(span)
            or (unsaid if unsaid is not None and unsaid.startswith("quotes someone") else None))



def introduced_before(a: Analysis, s: Sentence) -> str | None:
    """Does the sentence name its first person by a surname alone ("Lutz says …", "Williams, a former
    world No. 1, …") that its report gave in full before it ("… Twilight actor Kellan Lutz …")? That is a
    second reference: news names a person in full first, so as an account's first sentence it reads as
    if the reader had met him. (A surname the report never gives in full stands as it is.) The surname
    is found as a word, since the model often tags the full name and not the bare surname."""
    full = {m.text.strip().split()[-1]: m.text.strip() for m in a.mentions
            if m.kind == "person" and m.end <= s.start and " " in m.text.strip()}
    if not full:
        return None
    text = s.text
    named = [(m.start - s.start, m.text) for m in a.mentions if m.kind == "person" and s.start <= m.start < s.end
             and " " in m.text.strip()]
    bare = [(k.start(), k.group(0)) for k in _CAPITALISED.finditer(text) if k.group(0) in full
            and not any(b <= k.start() < b + len(t) for b, t in named)]
    if not bare or any(b < bare[0][0] for b, _ in named):
        return None
    word = bare[0][1]
    return f"names {word!r} by the surname its report gave in full before ({full[word]!r})"


_CAPITALISED = re.compile(r"\b[A-Z][\w'’-]*\b")


ALSO_WITHIN = 5  # words before "also" in an opening clause ("The foreign ministry also said …")


def also_reported(span: Any) -> str | None:
    """Does the sentence open with a speaker who "also" said something ("Johnson also says she
    mis-spoke …")? It adds to words of theirs given before it, as an opening "Also" does. Only
    with a reporting verb right after "also", its subject before it, at most five words in."""
    words = [t for t in span if not t.is_punct and not t.is_space]
    for k, t in enumerate(words[: ALSO_WITHIN + 1]):
        if t.lower_ != "also" or k == 0 or k + 1 >= len(words):
            continue
        verb = words[k + 1]
        if verb.lemma_.lower() in rules().reporting_verbs and verb.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") and c.i < t.i for c in verb.children
        ):
            return f"starts with its speaker's 'also {verb.lower_}' (more of what they said before)"
        return None
    return None


SHORT_QUOTE = 4  # quoted words at most, in a sentence that is the quotation and its speaker only


def short_quote(text: str) -> str | None:
    """Is the sentence a quotation of a few words and its speaker, nothing more ('"There was a coup,"
    Martin says.')? Which coup, and where, are in the sentences around it."""
    quoted = [m.group(1) for m in _QUOTE_ANY.finditer(text)]
    if len(quoted) != 1:
        return None
    inside = len(quoted[0].split())
    outside = len(_QUOTE_ANY.sub(" ", text).split())
    if inside <= SHORT_QUOTE and outside <= SHORT_QUOTE:
        return f"quotes someone in {inside} words with nothing else (it says little without the sentences around it)"
    return None


_QUOTE_ANY = re.compile(r"[\"“”]([^\"“”]+)[\"“”]")


def _quoted_chars(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTE_ANY.finditer(text)]


def speaker_problem(span: Any, quoted_verbs: bool = True) -> str | None:
    """Why a quotation or reported speech in the sentence lacks its speaker, or None: a speaker
    that is only a pronoun ("…, he said."; not the subject of a verb that names a thing, "a model they call
    X") or a demonstrative's noun ("…, these officials believe, …"), or a quotation with no one saying it.
    With ``quoted_verbs=False`` a reporting verb inside the quotation ('"We think it wrong that officials have
    told the press …"') is what is quoted, not who says it; the summary's selection counts it (as reasons to
    leave a sentence out, the stricter reading cost ROUGE on tac2011 and multinews-dev: bench/BRIEF_REVIEW.md,
    eighth read), the choice of the account's first sentence does not (``not_a_lead``)."""
    r = rules()
    speakers = []
    inside = [] if quoted_verbs else _quoted_chars(span.text)
    for t in span:
        at = t.idx - span.start_char
        if any(a < at < b for a, b in inside):
            continue
        if t.lemma_.lower() in r.reporting_verbs and t.pos_ in ("VERB", "AUX"):
            speakers += [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
    pronouns = [s for s in speakers if s.lower_ in r.pronoun_speakers and not _naming(s.head)]
    if pronouns and not any(s.lower_ not in r.pronoun_speakers for s in speakers) and not any(
        _named_before(span, s) for s in pronouns
    ):
        return "its speaker is only a pronoun"
    pointed = [s for s in speakers if any(c.dep_ == "det" and c.lower_ in r.demonstratives for c in s.children)]
    if pointed and all(s in pointed or s.lower_ in r.pronoun_speakers for s in speakers):
        return f"its speaker is named only by a demonstrative ({pointed[0].left_edge.text} {pointed[0].text})"
    text = span.text
    quoted = sum(len(m.group(1).split()) for m in _QUOTE.finditer(text))
    if quoted > len(text.split()) / 2 and not speakers and not any(a in text.lower() for a in r.attribution):
        return "quotes someone without saying who"  # a quotation is most of it (not a phrase in quotes)
    return None


def _naming(verb: Any) -> bool:
    """Does the verb give a thing its name ("a simulation they call TNG50": an object's predicate), not report
    what someone said? Its subject is no speaker."""
    return any(c.dep_ == "oprd" for c in verb.children)


def _named_before(span: Any, pronoun: Any) -> bool:
    """Does the sentence name a person before the pronoun ("Ahmadinejad met them after a press
    conference where he announced …"), or for "they" a plural subject (``_plural_subject``)? Then the pronoun's
    antecedent is in the sentence. A name inside a
    quotation is the speaker's words, not who "he" is ('"… a Eurocentric view …," he told ABC News.')."""
    quoted = _quoted_chars(span.text)
    return any((t.ent_type_ == "PERSON" or _plural_subject(t, pronoun))
               and not any(a <= t.idx - span.start_char < b for a, b in quoted) for t in span if t.i < pronoun.i)


def _plural_subject(t: Any, pronoun: Any) -> bool:
    """Is ``t`` a plural noun subject that a later "they" stands for ("About a dozen owners were gathered … when
    they were told …"; after a dateline the parser may hang it from the place: "COLUMBIA, S.C. (AP) — … owners")?"""
    return pronoun.lower_ == "they" and t.tag_ == "NNS" and t.dep_ in ("nsubj", "nsubjpass", "appos")


def _finite(span: Any) -> bool:
    """Has the sentence a finite verb (or a verb the parse makes its root)?"""
    return any(
        t.pos_ in ("VERB", "AUX")
        and ("Fin" in t.morph.get("VerbForm") or t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT")
        for t in span
    )


def not_prose(text: str, span: Any | None) -> str | None:
    """Why a sentence (``span``: its parse, when there is one) is not prose that says something of
    the story, or None: the summary's own checks for a caption's shape, a web pointer, and a short
    sentence with no finite verb (a fragment, a label or a caption). What the story list's one-line
    lead skips (``store.browse``), as the summary does."""
    if caption(text):
        return "reads as a caption"
    if pointer(text):
        return "points the reader to a page, a link or a video (a web pointer)"
    if span is not None and len(span) <= FRAGMENT_TOKENS and not _finite(span):
        return "has no finite verb (a fragment or caption)"
    return None


def _credited(a: Analysis, s: Sentence) -> bool:
    """Is the sentence followed, in its paragraph, by a photo credit ("(AP Photo/…)")? Then it
    is the caption the credit closes."""
    nxt = a.sentences[s.index + 1] if s.index + 1 < len(a.sentences) else None
    if nxt is None or nxt.paragraph != s.paragraph or len(nxt.text.split()) > FRAGMENT_TOKENS // 2:
        return False
    return caption(nxt.text)


def _caption_paragraph(a: Analysis, s: Sentence) -> bool:
    """Does a caption open the paragraph this (later) sentence is in?"""
    first = next((t for t in a.sentences if t.paragraph == s.paragraph), None)
    if first is None or first.start >= s.start:
        return False
    return caption(first.text) or present_dated_past(sentence_span(a, first), a.doc.published)


def object_this(span: Any) -> str | None:
    """"this" as a pronoun object inside the sentence, outside a quotation ("The pope mentioned this in his
    homily."): what it stands for is in the sentence before, or None."""
    if ENDS_POINTING.search(span.text):
        return None  # "… has an answer to this.": ``points_back`` reads it already
    quoted = _quoted_offsets(span.text)
    for t in span:
        if t.lower_ == "this" and t.pos_ == "PRON" and t.dep_ in ("dobj", "pobj") and not any(
                a <= t.idx - span.start_char < b for a, b in quoted):
            return "points back with the pronoun 'this' to something it does not name"
    return None


_THEN = re.compile(r"\b(?:since|by|until|till|from|before)\s+then\b", re.I)


def then_back(text: str) -> str | None:
    """"since then", "by then", "until then" outside quotations ("Rescuers have been pulling bodies from the mud since
    then."): the time it counts from is in the sentence before it, which the reader does not have (summ47); or None."""
    m = _THEN.search(_QUOTE_ANY.sub(" ", text))
    return f"points back with {m.group(0)!r} to a time it does not name" if m else None


def why_not_alone(a: Analysis, s: Sentence) -> str | None:
    """Why sentence ``s`` of analysis ``a`` cannot stand alone in a summary, or None."""
    if caption(s.text):
        return "reads as a caption"
    if pointer(s.text):
        return "points the reader to a page, a link or a video (a web pointer)"
    if page_note(s.text):
        return "a note about the page itself (a correction or an editor's note)"
    if credit_line(s.text):
        return "a credit line (who reported or edited the report), nothing of the story"
    if s.index < len(a.sentences) and a.sentences[s.index].start == s.start and _credited(a, s):
        return "a photo credit follows it (a caption)"
    if _caption_paragraph(a, s):
        return "in a paragraph a caption opens"
    if completes_colon(a, s):
        return "starts with the completion of the sentence before it (which ends on a colon)"
    span = sentence_span(a, s)
    if present_dated_past(span, a.doc.published):
        return ("a present-tense sentence dated before its report (a caption)" if a.doc.published else
                "a present-tense sentence ending on a date, as a caption does")
    if dating_line(s.text, span):
        return "a line that dates the quotation or item before it (a date with no main clause of its own)"
    if closes_unopened_quote(s.text):
        return "ends a quotation it does not open (its opening and its speaker are in the sentences before it)"
    first = None
    if span is not None:
        first = next((t for t in span if not t.is_punct and not t.is_space), None)
        end = dateline_end(s.text)
        if end:  # the first word after a dateline
            first = next((t for t in span if t.idx - span.start_char >= end and not t.is_punct), first)
    why = (dangling_start(s.text, first) or short_quote(s.text) or leaning_opening(first, s.text)
           or dateline_place(s.text))
    if why or span is None:
        return why
    if (this := object_this(span) or so_answer(span) or then_back(s.text)) is not None:
        return this
    if len(span) <= FRAGMENT_TOKENS and not _finite(span):
        return "has no finite verb (a fragment or caption)"
    return speaker_problem(span)


_COLON_END = re.compile(r":[\"'”’)\]]*$")
_LABELS = re.compile(r"(?:[A-Z][\w ]{0,20}:\s*){2,}")  # a line of two or more labels ("Issued on: Modified:")


def completes_colon(a: Analysis, s: Sentence) -> bool:
    """Is the sentence before ``s`` in its report an introducer that ends on a colon ("…, the primary
    finding of the commission is that:")? Then ``s`` completes it: alone it states as the brief's own
    what the report gives as someone's finding or words (``s`` may be joined to it). Not a line of labels whose
    values the page left out ("Issued on: Modified:", summ34): it introduces nothing."""
    if s.index == 0 or s.index > len(a.sentences) or a.sentences[s.index - 1].end > s.start:
        return False
    before = a.sentences[s.index - 1].text.strip()
    return _COLON_END.search(before) is not None and _LABELS.fullmatch(before) is None


_QUOTATION = re.compile(r"[\"“”‘`]|(?<!\w)['’]|['’](?!\w)")  # a quotation mark, not an apostrophe ("it's")


def first_person(text: str) -> bool:
    """Does the sentence speak in its writer's own first person ("Politicians have lost their power to
    frighten me.", "I no longer believe …")? Only with no quotation mark in it: a quotation's "I" is its
    speaker's. "I" counts before a lower-case word ("I believe"), not as a numeral ("World War I")."""
    if _QUOTATION.search(text):
        return False
    pronouns = rules().first_person
    words = _WORDS.findall(text)
    for k, w in enumerate(words):
        if w == "I":
            before, after = words[k - 1] if k else "", words[k + 1] if k + 1 < len(words) else ""
            if after[:1].islower() and not (before[:1].isupper() and k > 1):
                return True  # "I believe", "Then I realised", not "World War I veterans"
        elif w.lower() in pronouns and (w.islower() or k == 0):
            return True
    return False


_WORDS = re.compile(r"[A-Za-z]+")


_PERSONAL = ("'he'", "'she'", "'his'", "'her'", "'him'", "'himself'", "'herself'", "speaker is only a pronoun")


def leans_on_context(why: str) -> bool:
    """Is the reason one the sentence before can answer (a connective, a pronoun, a speaker),
    rather than a caption or a fragment?"""
    return why.startswith(("starts with", "its speaker", "quotes someone", "points back"))


def needs_person(why: str) -> bool:
    """Does the reason need a person named before ("He said …", "…, she said.")?"""
    return any(p in why for p in _PERSONAL)


def back_reference(span: Any, kinds: frozenset[str] | None = None) -> str | None:
    """A demonstrative inside the sentence, past its opening, that points at something the sentence
    does not name ("… will say Wednesday whether he approves that sentence, …"), or None. Not a time
    ("that day", "this week", "at this point") or a kind ("of this kind"), not a noun the sentence
    named before it ("a sentence … that sentence"), not one a restrictive clause defines ("those
    people who died"), not inside a quotation (a speaker's "this" points at what they see). ``span``:
    the sentence's parse. ``kinds``: only these demonstratives (all of them by default)."""
    r = rules()
    quoted = _quoted_offsets(span.text)
    words = [t for t in span if not t.is_punct and not t.is_space]
    for t in words[1:]:
        if t.lower_ not in (r.demonstratives if kinds is None else kinds) or t.dep_ != "det" or t.head.i <= t.i:
            continue
        noun = t.head
        lemma = noun.lemma_.lower()
        if noun.pos_ not in ("NOUN", "PROPN") or noun.lower_ in r.time_nouns or lemma in r.time_nouns \
                or lemma in r.deictic_nouns:
            continue
        at = t.idx - span.start_char
        if any(a <= at < b for a, b in quoted):
            continue
        if any(x.lemma_.lower() == noun.lemma_.lower() and x.i < t.i for x in span):
            continue
        if any(c.dep_ in ("relcl", "acl") and c.i > noun.i and span.doc[c.left_edge.i - 1].text != ","
               for c in noun.children):
            continue
        return f"refers back with {t.text!r} {noun.text!r} to something it does not name"
    return None


def plural_demonstratives() -> frozenset[str]:
    """The demonstratives that point back at several things named before ("those charges", "these
    pictures"): ``plural_demonstratives`` of data/account_rules.json."""
    return _plural_demonstratives()


@lru_cache(maxsize=1)
def _plural_demonstratives() -> frozenset[str]:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    return frozenset(raw.get("plural_demonstratives", ()))


def sentence_spans(a: Analysis, s: Sentence) -> list[Any]:
    """The parses of the report's sentences that make up ``s`` (one, or the several of a joined unit,
    which may run over a paragraph break)."""
    whole = sentence_span(a, s)
    if whole is not None:
        return [whole]
    parts = (sentence_span(a, t) for t in a.sentences if s.start <= t.start and t.end <= s.end)
    return [p for p in parts if p is not None]

