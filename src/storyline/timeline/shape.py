"""What an entry's text looks like: a real span of its source, shown as a reader can take it.

- A list marker ("* ", "• ", "1. ") opens a line, not an event: the entry's span starts after it;
  so does a wire dateline ("LONDON (AP) _").
  A list item with no finite verb ("* Sept. 4: semi-final") is a fragment, not an event.
- A dangling opening connective ("However, on May 4, the search was extended …", "But the
  army said on Monday …") points at a sentence the timeline does not show: the span starts
  after it ("on May 4, the search was extended …"), which is still the source's text.
- A sentence that ends on a dash or a comma ("In one memo, written in December 1995 _ in the
  thick of the fight _") was cut by the splitter: the entry runs on to the next sentence's end.
  A clause that an attribution interrupts ("The e-mail is not related, the government contends,
  to the June meeting") is not whole: the entry is the sentence.
  One that still opens on it ("But it is based on …"), on a personal pronoun ("He was tracked …"),
  or a quotation whose speaker is in the sentence before it ('"It took us five years …"' after "The
  police chief … remarked that …"), starts at that sentence instead (``lead_in_start``); with none
  before it in the paragraph, or one that leans back itself, the entry is not filed (a pronoun's
  entry stays as it is).
- A photo caption ("… on October 5 shows a Russian aircraft dropping bombs …", or a
  present-tense sentence dated before its report, "… lands at … on March 28, 2007.") is marked
  as one (``TimelineEntry.caption``), so the reader knows what kind of text dates the event.
- A period that describes a noun or a relative clause ("who ruled Chile from 1973 to 1990",
  "during that country's military rule from 1976 to 1983", "while in office until 1997") is
  not the sentence's event date: the sentence is not filed under it.

The connectives and caption shapes are ``data/account_rules.json`` (through ``newswriting``).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

from .. import lexicon
from ..clean.wires import closing_wire
from ..newswriting import caption, dateline_end, dateline_only, opening, opening_connective, present_dated_past, rules
from .list_rows import joined_rows
from .referents import body_echo, pronoun_after_phrase

__all__ = ["before_signoff", "bracket_end", "cut_end", "ends_cut", "entry_end", "fragment",
           "interrupted", "is_caption", "lead_in_start", "leans", "opens_on_pronoun", "post_credit",
           "speakerless", "trim_opening"]

# time40: an embedded post's credit line ("— Ann Lee (@annlee) July 19, 2013") that the sentence splitter joined
# to the next paragraph: the entry starts after it
_TWEET_CREDIT = re.compile(r"[—–-]+\s*[^\n()]{1,60}?\s*\(@\w+\)\s*"
                           r"(?:[A-Z][a-z]+\.?\s+\d{1,2},\s+\d{4}\s*)?(?=[\"“A-Z])")
_MARKER = re.compile(r"^(?:[*•·▪►‣◦]|[-–—](?=\s)|\(?\d{1,2}[.)]|\(?[a-z][.)](?=\s))\s+")
_FRAGMENT_TOKENS = 20  # a list item or caption is short; in a long sentence a missing finite verb is a misparse
# Lower-case words a trimmed entry may open with: it still reads as a sentence ("on May 4, the search …",
# "the navy said …"). Not a pronoun ("it is based on …": what "it" is lies before) nor an attribution
# set off inside it ("political analysts said, Congress …").
_TIME_PREPOSITIONS = lexicon.words("trimmed_entry_openers")
_BARE_COORDINATORS = frozenset({"and", "but", "yet", "or", "nor"})  # dangling even without a comma after them

_QUOTED = re.compile(r"“[^“”]*”|``.*?''|\"[^\"]*\"", re.S)
MAX_LEAD_IN_WORDS = 90  # an entry carried by the sentences before it stays this short, or is not filed
MAX_LEAD_IN = 2  # sentences an entry may be carried back over ("He noted …. His congregation prayed …")
_POST_CREDIT = re.compile(r"^[—–-]\s*[^()\n]{1,60}\(@\w{1,30}\)")
"""An embedded post's credit line ("— Ann Lee (@annlee) July 19, 2013", inputs47): it names the post's writer; it
does not introduce the quotation of the paragraph after it."""


def speakerless(text: str) -> bool:
    """Is ``text`` a quotation with nobody saying it ('"It took us five years …. Today they are running
    wild."')? It opens with a quotation mark and leaves no word outside its quotations."""
    body = text.strip()
    if body[:1] not in "\"“`":
        return False
    return not re.search(r"[A-Za-z]{2,}", _QUOTED.sub(" ", body))


_PERSONAL = lexicon.words("personal_pronouns")


_QUANTIFIERS = lexicon.words("people_quantifiers")
_AUXILIARIES = lexicon.words("pronoun_verbs")
_DEMONSTRATIVES = frozenset({"this", "that", "these", "those"})
_PAST_VERB = re.compile(r"[a-z]{2,}ed")  # "This followed …", "That marked …": a regular past tense


def opens_on_pronoun(span: str, nouns: bool = False) -> bool:
    """Does the entry open on a personal pronoun ("He was tracked …", "Its congregation prayed …"), on a
    quantifier standing for people named before ("Most were back home …") or on a demonstrative standing for
    what the sentence before told ("This is still the method …", "This followed two arrests …"), outside any
    quotation; or is it a quotation whose speaker is only a pronoun ('"We grabbed the kids and ran," she said …')?
    "US" or "IT" in capitals is an acronym. With ``nouns``, a demonstrative before its noun counts too ("That number
    will double …": it leans, though it is no pronoun)."""
    body = span[dateline_end(span) :].lstrip()
    if body[:1] in "\"“‘'`(":
        rest = _QUOTED.sub(" ", body).split()
        return bool(rest) and rest[0].strip(",.;:").lower() in _PERSONAL - {"it", "its", "his", "her", "their"}
    words = body.split(None, 2)
    first = words[0].strip(",.;:") if words else ""
    if first.lower() in _QUANTIFIERS and len(words) > 2 and words[1].lower() == "of":
        return words[2].split(None, 1)[0].lower() in _DEMONSTRATIVES | {"them"}  # "Several of those firms …"
    if first.lower() in _QUANTIFIERS and len(words) > 1:
        return words[1].lower() in _AUXILIARIES
    if first.lower() in _DEMONSTRATIVES and len(words) > 1 and first == words[0] and not words[1].endswith(","):
        return words[1] in _AUXILIARIES or _PAST_VERB.fullmatch(words[1]) is not None \
            or nouns and _demonstrative_noun(first, words[1])  # "This is still …", "That number will double …"
    return (first.lower() in _PERSONAL and not (len(first) > 1 and first.isupper())) \
        or pronoun_after_phrase(body) is not None


def _demonstrative_noun(demonstrative: str, word: str) -> bool:
    """Is the word after an opening demonstrative a lower-case noun it points with, not a time ("That number will
    double …", "That document shows …", "These attacks …" take up what the sentence before told; "That day", "This
    week" date; summ47)? A noun agrees with its demonstrative: after "this"/"that" one with no plural "-s" ("This
    compares …" is a verb, read as before), after "these"/"those" one with it."""
    if not (word.isalpha() and word.islower()) or word in rules().time_nouns:
        return False
    return word.endswith("s") == (demonstrative.lower() in ("these", "those"))


def _quotation_without_name(span: str) -> bool:
    """A quotation with no speaker, or with only a pronoun for one ('"…," she said')."""
    return speakerless(span) or (span.lstrip()[:1] in "\"“‘'`" and opens_on_pronoun(span))


def _set_off_connective(span: str) -> bool:
    """Does the entry's opening clause hold a connective set off by commas ("Reports from the ground,
    however, suggested …")? It points back as an opening "However," does."""
    return rules().parenthetical.match(opening(span)) is not None


_ECHO_OPENING = re.compile(r"the\s+([a-z]+)\b")


def echo_opening(span: str) -> bool:
    """Does the entry open, in lower case, on "the" and a bare noun that names what the sentence before told in other
    words (``lexicon/echo_nouns.txt``: "the move could have been triggered …", what is left of "But the move …" once
    its coordinator is trimmed)? It leans on that sentence as an opening pronoun does (time32)."""
    m = _ECHO_OPENING.match(span.lstrip())
    return m is not None and m.group(1) in lexicon.words("echo_nouns")


# "A similar proposal …", "The related executive order …", "Such measures …": a determiner at most, then an adjective
# that ties the noun after it to a thing told before (lexicon/anaphoric_adjectives.txt), then a lower-case word
_ANAPHORIC_OPENING = re.compile(r"(?:(?:A|An|The|This|That|These|Those)\s+)?(?i:(" + lexicon.alternation(
    lexicon.words("anaphoric_adjectives")) + r"))\s+(?:an?\s+)?[a-z][\w-]*\b")


def anaphoric_opening(span: str) -> bool:
    """Does the entry open on a noun an adjective ties to a thing told before ("A similar proposal by the minister was
    rejected …", "The related executive order last week was frozen …")? What it is similar or related to is in the
    sentence before: the entry leans on it as one opening on a pronoun does (time49)."""
    return _ANAPHORIC_OPENING.match(span.lstrip()) is not None


_THE_NOUN = re.compile(r"The\s+([a-z]{4,})\b")


def repeated_noun(span: str, lead: str) -> bool:
    """Does the entry open on "The" and a lower-case word the sentence before it (``lead``) introduced by a count or
    "a"/"an", at most one word between ("… would free some 350 prisoners. The prisoners would include …")? The
    definite noun takes up what that sentence introduced: the entry leans on it as one opening on a pronoun does
    (time39). A noun the sentence before already had after "the" ("caused the plane to plunge") introduces nothing."""
    m = _THE_NOUN.match(span.lstrip())
    if m is None:
        return False
    return re.search(rf"\b(?:[Aa]n?|\d[\d,.]*)\s+(?:[\w-]+\s+)?{m.group(1)}\b", lead) is not None


def leans(span: str) -> bool:
    """Does the entry lean on the sentence before by its own words (a connective, a pronoun, an echo), not only by a
    noun that sentence introduced (``repeated_noun``)?"""
    return _leans(span)


def _leans(span: str) -> bool:
    return opening_connective(span) is not None or speakerless(span) or opens_on_pronoun(span, nouns=True) \
        or _set_off_connective(span) or echo_opening(span) or body_echo(span) is not None or anaphoric_opening(span)


def lead_in_start(
    text: str, start: int, end: int, paragraph: list[Any], earlier: list[Any] | None = None,
    names_person: Callable[[int, int], bool] | None = None,
) -> int | None:
    """Where an entry ``text[start:end]`` starts so that it stands: ``start`` when it does; else the start
    of the nearest sentence before it in its paragraph (``paragraph``: its sentences, in order; at most
    ``MAX_LEAD_IN`` back) that stands itself, when the entry opens on a dangling connective ("But it is
    based on …"), on a personal pronoun ("He was tracked …") or a lower-case echo ("the move …": ``echo_opening``),
    holds a connective set off in its opening
    clause ("Reports, however, suggested …") or is a quotation with no speaker (the speaker is in the
    sentence before, as news writes it), and the whole stays within ``MAX_LEAD_IN_WORDS`` words.
    Otherwise an entry that opens on a connective or is a speakerless quotation is not filed (None);
    one that opens on a pronoun or sets a connective off stays as it is (its event is still the
    story's; its report names the person or the contrast before).

    A quotation that opens its paragraph with no speaker or only a pronoun ('"We grabbed the kids and
    ran," she said …') is carried from the nearest of the previous paragraph's last ``MAX_LEAD_IN``
    sentences (``earlier``) that names a person (``names_person(start, end)``), as news introduces a
    speaker in the paragraph before her words; not from an embedded post's credit line (``_POST_CREDIT``)."""
    span = text[start:end]
    hard = opening_connective(span) is not None or speakerless(span)
    before = [s for s in paragraph if s.end <= start][-MAX_LEAD_IN:]
    if not hard and not _leans(span) and not (before and repeated_noun(span, text[before[-1].start : before[-1].end])):
        return start
    if not before and earlier and names_person is not None and _quotation_without_name(span):
        for prev in reversed(earlier[-MAX_LEAD_IN:]):
            if len(text[prev.start : end].split()) > MAX_LEAD_IN_WORDS or _POST_CREDIT.match(text[prev.start :]):
                break
            if names_person(prev.start, prev.end) and not _leans(text[prev.start : prev.end]):
                return int(prev.start)
    for prev in reversed(before):
        if len(text[prev.start : end].split()) > MAX_LEAD_IN_WORDS:
            break
        lead = text[prev.start : prev.end]
        if dateline_only(lead):
            break  # "DOVER (AP) --" split off as a sentence: a wire dateline, no lead-in (trim_opening)
        if not _leans(lead):
            return int(prev.start)
        if opening_connective(lead) is not None or speakerless(lead):
            break  # a chain that leans on a connective: not carried further back
    return None if hard else start


def past_a_dated_lead_in(text: str, start: int, end: int) -> int | None:
    """Where an entry ``text[start:end]`` that opens on a bare coordinator ("But according to her, the couple
    had been moved on November 3 …") starts when the sentence before it, which ``lead_in_start`` would carry,
    is an entry of its own (it states a date: "The first two cases were confirmed on November 12."): after the
    coordinator, when what follows is a clause that stands (four words at least, no personal or demonstrative
    pronoun: what it would point to lies in the lead-in), else None (the caller keeps the lead-in: a sentence
    twice is better than an event lost). One sentence is then one entry: the lead-in is shown at its own date,
    not again at the next sentence's."""
    span = text[start:end]
    word = opening_connective(span)
    if word is None or word.lower() not in _BARE_COORDINATORS:
        return None
    after = re.match(r"^\s*,?\s*", span[len(word) :])
    rest = span[len(word) + (after.end() if after else 0) :]
    if len(rest.split()) < 4 or _LEANING_PRONOUN.search(rest) or not (rest[:1].isalnum() or rest[:1] in "\"“"):
        return None  # "with run-offs ahead, he postponed it": who and what lie in the lead-in
    return start + len(span) - len(rest)


_LEANING_PRONOUN = re.compile(r"\b(?:he|she|it|they|him|her|them|his|its|their|this|these|those)\b", re.I)


def post_credit(span: str) -> bool:
    """Is ``span`` an embedded post's credit line alone ("— Ann Lee (@annlee) July 19, 2013"; time40)?"""
    m = _TWEET_CREDIT.match(span.strip() + " A")
    return m is not None and m.end() == len(span.strip()) + 1


# time48: a page's crosshead in quotation marks run into the sentence after it: two to eight words with no stop or
# comma, the closing mark, then a capitalised word and a lower-case one ("'Far more than symbolic' Ahead of …")
_QUOTED_HEAD = re.compile(r"^[\"“‘'](?:[^\s\"“”‘’'.,;:!?]+\s+){1,7}[^\s\"“”‘’'.,;:!?]+[\"”’']\s+"
                          r"(?=([A-Z][a-z]+)\s+([a-z]+))")
_FUNCTION_WORDS = lexicon.words("stopwords")
_FINITE_WORDS = lexicon.words("finite_verbs")  # '"Fake news" Trump said': a speaker's name and its verb
_MIN_AFTER_HEAD = 6  # words the sentence after it keeps


def _opens_a_sentence(word: str, after: str) -> bool:
    """Do ``word`` (capitalised) and ``after`` open a sentence of their own: a common English word (``common_zipf`` of
    lexicon/common_words.toml) that is a function word or is followed by one ("The mayor", "Ahead of"), not a name
    and its verb ('"Fake news" Trump called it …', '"Go home" Trump said': the quotation is the name's words)?"""
    from wordfreq import zipf_frequency

    common = zipf_frequency(word.lower(), "en") >= float(lexicon.document("common_words")["common_zipf"])
    return common and (word.lower() in _FUNCTION_WORDS or after in _FUNCTION_WORDS) and after not in _FINITE_WORDS


def trim_opening(text: str, start: int, end: int) -> int:
    """Where the entry ``text[start:end]`` should start: after a list marker and after a dangling
    opening connective, when what is left still reads as a sentence (a capital or a date word), and
    after a wire dateline ("CHRISTCHURCH, New Zealand (Reuters) - "), which the summary leaves out too."""
    span = text[start:end]
    cut = dateline_end(span)
    if 0 < cut < len(span):
        start += cut
        span = text[start:end]
    if span.startswith("(") and span.count("(") == 1 and span.rstrip().endswith((")", ").")):
        start += 1  # a sentence that is an aside in brackets: its words (the caller drops the closer)
        span = text[start:end]
    m = _TWEET_CREDIT.match(span) or _MARKER.match(span)
    if m and m.end() < len(span):
        start += m.end()
        span = text[start:end]
    head = _QUOTED_HEAD.match(span)
    if head and _opens_a_sentence(head.group(1), head.group(2)) and len(span[head.end() :].split()) >= _MIN_AFTER_HEAD:
        return start + head.end()  # "'Far more than symbolic' Ahead of Tuesday's vote, …": a crosshead (time48)
    if span[:1] in "\"“‘'(":
        return start  # a quotation's words are the speaker's: never cut into
    word = opening_connective(span)
    if word is None:
        return start
    rest = span[len(word) :]
    after = re.match(r"^\s*,\s*|^\s+", rest)
    if after is None:
        return start
    comma = "," in after.group(0)
    if not comma and word not in _BARE_COORDINATORS:
        return start  # "Also killed were …", "This includes …": the connective is part of the syntax
    left = rest[after.end() :]
    if len(left.split()) < 4 or not (left[:1].isalnum() or left[:1] in "\"“"):
        return start
    if left[:1].islower() and left.split()[0].strip(",") not in _TIME_PREPOSITIONS:
        return start  # "But it is based on …", "But, analysts said, Congress …": a cut no reader can take alone

    return start + len(word) + after.end()


# time48: a record's sign-off closing the entry's sentence, the writers' initials with a slash and the wires in
# brackets ("… completion scheduled by May. aw/ (AFP)", "… on Monday. jm/sms (AP, dpa)")
_SIGNOFF_END = re.compile(r"(?<=[.!?\"”])\s+[a-z]{2,4}/(?:[a-z]{2,4}(?:/[a-z]{2,4})*)?\s*-?\s*\([^()]{2,60}\)\s*$")


def before_signoff(text: str, start: int, end: int) -> int:
    """Where the entry ``text[start:end]`` ends: before a sign-off that names a wire (``clean.wires.closing_wire``)
    glued after its last sentence; the credit is no words of the event."""
    m = _SIGNOFF_END.search(text[start:end])
    return start + m.start() if m and closing_wire(m.group()) is not None else end


def entry_end(text: str, start: int, end: int) -> int:
    """Where the entry ``text[start:end]`` ends: before its aside's closing bracket (``bracket_end``) and before a
    sign-off glued after it (``before_signoff``)."""
    return before_signoff(text, start, bracket_end(text, start, end))


def bracket_end(text: str, opened: int, end: int) -> int:
    """Where an entry whose sentence (from ``opened``) is an aside in brackets ends: before its ")"."""
    if text[opened : opened + 1] == "(" and text.count("(", opened, end) == 1 and text.count(")", opened, end) == 1:
        close = text.index(")", opened, end)
        if text[close + 1 : end].strip() in ("", "."):
            return close
    return end


def is_caption(sentence: str, span: Any | None, published: dt.date | None) -> bool:
    """A photo or video caption: a caption's shape, or the present tense for a day before the report."""
    return caption(sentence) or present_dated_past(span, published)


def fragment(span: Any | None) -> bool:
    """A short span with no finite verb: a list item or a label, not an event; or list rows run together."""
    if span is not None and joined_rows(span.text):
        return True
    if span is None or len(span) > _FRAGMENT_TOKENS:
        return False
    return not any(
        t.pos_ in ("VERB", "AUX")
        and ("Fin" in t.morph.get("VerbForm") or t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ == "ROOT")
        for t in span
    )


_CUT_END = re.compile(r"(?:\s_|--|[—–,;:])\s*$")
MAX_RUN_ON = 2  # sentences a cut sentence may run on over


def ends_cut(text: str) -> bool:
    """Does the sentence end on a dash or a comma (cut by the splitter, not ended by its writer)?"""
    return _CUT_END.search(text) is not None


def cut_end(text: str, start: int, end: int, following: list[tuple[int, int]]) -> int:
    """Where a sentence entry ends: past the next sentences of its paragraph (``following``, in
    order) while it ends on a dash or a comma, the splitter's cut, not the writer's end."""
    for s0, s1 in following[:MAX_RUN_ON]:
        if not ends_cut(text[start:end]) or s0 < end:
            break
        end = s1
    return end


def interrupted(sdoc: Any, last: int, sent_end: int) -> bool:
    """Does an attribution set off by commas follow the clause that ends at token ``last`` and the
    sentence go on after it ("…is not related, the government contends, to the June meeting")?"""
    root = sdoc[last].sent.root
    if root.i <= last or root.lemma_.lower() not in rules().reporting_verbs:
        return False
    after = root.i + 1
    if after >= len(sdoc) or sdoc[after].text != ",":
        return False
    return any(not t.is_punct and t.idx < sent_end for t in sdoc[after + 1 :])
