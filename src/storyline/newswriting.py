"""Shapes of news writing that more than one stage reads: captions, datelines, opening connectives.

The summary asks whether a sentence can stand alone; the timeline asks whether an entry is a
photo caption or opens with a connective it can be shown without. Both read the same rules
(``data/account_rules.json``: general English and newsroom conventions, not taken from any
benchmark text), so the rules and the readers that need no stage live here, below both.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from . import lexicon
from .dates import MONTHS, calendar_date, weekday_names
from .model import Analysis, Sentence

__all__ = ["Rules", "anchored_time", "caption", "closes_unopened_quote", "credit_line", "dateline_end", "dateline_only",
           "dating_line", "glued_heading", "heading_end", "opening_connective", "page_note", "pointer",
           "present_dated_past", "response_opener", "rules", "signed_post", "wire_dateline_end"]

_MONTH = lexicon.alternation(MONTHS)
_FULL_DATE = re.compile(  # "March 28, 2007", "28 March 2007"
    rf"\b(?:(?P<m1>{_MONTH})\.?\s+(?P<d1>\d{{1,2}}),?\s+(?P<y1>\d{{4}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\.?,?\s+(?P<y2>\d{{4}}))\b",
    re.I,
)
_PRESENT = ("VBZ", "VBP")
_LEADING = "\"“‘'([ "


@dataclass(frozen=True, slots=True)
class Rules:
    connectives: tuple[str, ...]
    connectives_before_comma: tuple[str, ...]
    pronouns: tuple[str, ...]
    adjective_before_noun: frozenset[str]
    pointing_determiners: tuple[str, ...]
    bare_referents: frozenset[str]
    demonstratives: frozenset[str]
    time_nouns: frozenset[str]
    pronoun_speakers: frozenset[str]
    reporting_verbs: frozenset[str]
    attribution: tuple[str, ...]
    captions: tuple[re.Pattern[str], ...]
    pointers: tuple[re.Pattern[str], ...]
    dateline: re.Pattern[str]
    parenthetical: re.Pattern[str]
    parenthetical_end: re.Pattern[str]  # "…, however.": the connective closing the sentence points back too (summ49)
    aspectual_verbs: frozenset[str]
    continuation: re.Pattern[str]  # "garner continued:" at the opening (lower-cased, after a dateline)
    reply: re.Pattern[str]  # "yes," at the opening of a quotation (lower-cased)
    first_person: frozenset[str]  # "i", "me", "my": a writer's own voice outside quotations
    writer_we: frozenset[str]  # "we", "our": the writer's plural voice outside quotations
    speech_forms: frozenset[str]  # forms of the reporting verbs ("says", "said", "told")
    deictic_nouns: frozenset[str]  # "this point", "that stage", "of this kind": no back-reference
    page_notes: tuple[re.Pattern[str], ...]  # "… two points in this story.", "Correction: …"
    anchored_time: re.Pattern[str]  # "earlier saturday," or "later that day" opening (lower-cased): the day before
    contrast_openers: tuple[str, ...] = ()  # "before,", "previously,": set against the sentence before; no lead
    dated_dateline: re.Pattern[str] = re.compile(r"(?!)")  # "PARIS, March 9. /TASS/.": a town, a day, the agency


@lru_cache(maxsize=1)
def rules() -> Rules:
    raw: dict[str, Any] = json.loads(
        resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8")
    )

    def longest_first(key: str) -> tuple[str, ...]:
        return tuple(sorted(raw[key], key=lambda w: -len(w)))

    return Rules(
        connectives=longest_first("connectives"),
        connectives_before_comma=longest_first("connectives_before_comma"),
        contrast_openers=longest_first("contrast_openers"),
        pronouns=longest_first("pronouns"),
        adjective_before_noun=frozenset(raw["pronouns_adjective_before_noun"]),
        pointing_determiners=longest_first("pointing_determiners"),
        bare_referents=frozenset(raw["bare_referents"]),
        demonstratives=frozenset(raw["demonstratives"]),
        time_nouns=frozenset(raw["time_nouns"]),
        pronoun_speakers=frozenset(raw["personal_pronoun_speakers"]),
        reporting_verbs=frozenset(raw["reporting_verbs"]),
        attribution=tuple(raw["attribution_phrases"]),
        captions=tuple(re.compile(p, re.I) for p in raw["caption_patterns"]),
        pointers=tuple(re.compile(p, re.I) for p in raw["pointer_patterns"]),
        dateline=re.compile(raw["dateline"]),
        dated_dateline=re.compile(raw["dated_dateline"]),
        aspectual_verbs=frozenset(raw["aspectual_verbs"]),
        parenthetical=re.compile(
            r"^[^,;:]{1,80}?,\s+(" + "|".join(re.escape(w) for w in raw["parenthetical_connectives"]) + r"),", re.I
        ),
        parenthetical_end=re.compile(
            r",\s+(" + "|".join(re.escape(w) for w in raw["parenthetical_connectives"]) + r")[.!?][\"'”’)\]]*$", re.I
        ),
        continuation=re.compile(
            r"^(?:[\w.'’-]+ ){1,5}?(" + "|".join(re.escape(w) for w in longest_first("continuation_verbs"))
            + r")(?:\s*:|,?\s*[\"“‘']|\s+to\s+say\b)"  # "… went on to say that …" (summ36)
        ),
        reply=re.compile(r"^(" + "|".join(re.escape(w) for w in longest_first("reply_words")) + r")\s*[,!]"),
        first_person=frozenset(raw["first_person"]),
        writer_we=frozenset(raw["writer_we"]),
        speech_forms=frozenset([*(v + e for v in raw["reporting_verbs"] for e in ("", "s", "es", "d", "ed")),
                                *raw["irregular_reporting_forms"]]),
        deictic_nouns=frozenset(raw["deictic_nouns"]),
        page_notes=tuple(re.compile(p, re.I) for p in raw["page_note_patterns"]),
        anchored_time=re.compile(
            r"^(?:" + "|".join(re.escape(w) for w in longest_first("anchored_time_openers")) + r")\s+(?:on\s+)?(?:"
            + "|".join([*weekday_names(abbreviations=False),
                        *(re.escape(w) for w in longest_first("anchored_time_days"))])
            + r")(?:\s+(?:morning|afternoon|evening|night))?(?:\s*,|\s)"
        ),
    )


def dateline_end(text: str) -> int:
    """Where a wire dateline at the start of ``text`` ends ("LONDON (AP) _ "), 0 when there is none."""
    m = rules().dateline.match(text)
    return m.end() if m else 0


def wire_dateline_end(text: str) -> int:
    """Where a wire dateline written with its day at the start of ``text`` ends ("PARIS, March 9. /TASS/. ", "VELBY,
    Ruritania, March 18 (Reuters) - "), 0 when there is none: where the reporter filed from, not a place the report
    tells of (ents66). The undated "LONDON (AP) _" stays a mention: the labelled stories count its town a place."""
    m = rules().dated_dateline.match(text)
    return m.end() if m else 0


def dateline_only(text: str) -> bool:
    """Is ``text`` a wire dateline and nothing else ("BEIJING (AP) _", "BEIJING _")?"""
    t = text.strip()
    m = rules().dateline.match(t + " A")  # the pattern wants the sentence's first letter after the dash
    return bool(t) and m is not None and m.end() == len(t) + 1


# A dateline written in ordinary case at the head of a report ("Indianapolis – Several thousand teachers …",
# "Dekalb, Ill. — Mike …"): some sites print the wire's capitals dateline so. Only at the very start of a report's
# first sentence, and only when the model tags the words before the dash a place (a sentence that opens
# "Tue – Sat 4PM" or "Nurses – several …" is not cut). The summary (``summary/title_datelines``) and the timeline
# show the sentence from after it.
_TITLE_DATELINE = re.compile(
    r"^(?P<town>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})(?:,\s+[A-Z][A-Za-z.]{1,15}(?:\s[A-Z][a-z.]+)?)?"
    r"\s+(?:[–—]|--?)\s+(?=[A-Z])")


def title_dateline_end(a: Analysis, start: int) -> int:
    """Where an ordinary-case dateline ends in the sentence of report ``a`` that starts at ``start`` (0 when that
    is not the report's first sentence, or it opens with none)."""
    if not a.sentences or a.sentences[0].start != start:
        return 0
    return ordinary_dateline_end(a, a.sentences[0])


def ordinary_dateline_end(a: Analysis, first: Sentence) -> int:
    """Where an ordinary-case dateline ends at the very start of ``first``, a sentence of report ``a`` (0 when it
    opens with none): the words before the dash must be tagged a place. The caller says which sentence may open
    on a dateline (``title_dateline_end``: the report's first)."""
    m = _TITLE_DATELINE.match(first.text)
    if m is None:
        return 0
    town = (first.start + m.start("town"), first.start + m.end("town"))
    placed = any(e.kind == "place" and e.start <= town[0] and town[1] <= e.end for e in a.mentions)
    return m.end() if placed else 0


def opening(text: str) -> str:
    """The sentence's words after a wire dateline and opening quotes or brackets, lower-cased."""
    return text[dateline_end(text) :].lstrip(_LEADING).lower()


def starts_with(words: str, phrases: tuple[str, ...], then: str = "") -> str | None:
    """The phrase of ``phrases`` that ``words`` opens with (followed by ``then``, or by a non-word
    character when ``then`` is empty), or None."""
    for p in phrases:
        if words.startswith(p):
            rest = words[len(p) :]
            if (then and rest.startswith(then)) or (not then and (not rest or not rest[0].isalnum())):
                return p
    return None


def anchored_time(text: str) -> str | None:
    """The opening that dates the sentence against the day of the sentence before it ("Earlier Saturday,",
    "Later that day,"), or None; "Earlier this week," counts from the report's day and is not one."""
    m = rules().anchored_time.match(opening(text))
    return m.group(0).rstrip(" ,") if m else None


def opening_connective(text: str) -> str | None:
    """The dangling connective ``text`` opens with ("However," "But", "Also"), or None."""
    r = rules()
    words = opening(text)
    return starts_with(words, r.connectives) or starts_with(words, r.connectives_before_comma, ",")


def response_opener(text: str) -> str | None:
    """The opener ``text`` starts with that refers back to an act it does not show ("In response angry X tweeted …",
    "In reply, the club …", ``lexicon/response_openers.txt``), with or without a comma after it, or None: none when
    a preposition and an object that is no demonstrative or pronoun follow ("In response to the ruling, …",
    ``lexicon/response_object_prepositions.txt``): the sentence names what it answers (summ46)."""
    words = opening(text)
    phrase = starts_with(words, _RESPONSE_OPENERS)
    if phrase is None:
        return None
    rest = words[len(phrase):].split(None, 2)
    r = rules()
    if len(rest) > 1 and rest[0] in _RESPONSE_PREPOSITIONS and rest[1].strip(",") not in (*r.demonstratives,
                                                                                         *r.pronouns):
        return None
    return phrase


_RESPONSE_OPENERS = tuple(sorted(lexicon.words("response_openers"), key=len, reverse=True))
_RESPONSE_PREPOSITIONS = lexicon.words("response_object_prepositions")


def contrast_opener(text: str) -> str | None:
    """The word ``text`` opens with, before a comma, that sets it against a time the sentence before gave
    ("Before, the glasses were sold …", "Previously, …"), or None: such a sentence does not open an account."""
    return starts_with(opening(text), rules().contrast_openers, ",")


@lru_cache(maxsize=4096)
def caption(text: str) -> bool:
    """Does the sentence have the shape of a photo or video caption? (Remembered: the summary and the timeline ask
    of the same sentences, and the patterns are many.)"""
    return any(p.search(text) for p in rules().captions)


@lru_cache(maxsize=4096)
def pointer(text: str) -> bool:
    """Does the sentence point the reader elsewhere ("The full list can be read here.", "Click here
    to …", "Watch the video above.") rather than state something of the story? (Remembered, as ``caption``.)"""
    words = text[dateline_end(text) :].strip().lstrip(_LEADING)
    return any(p.search(words) for p in rules().pointers)


_CREDIT_CUES = lexicon.table("credit_cues")
# a lead cue and the name it credits ("Reporting by Tomas Elling"; not "Reporting by local volunteers helped …")
_CREDIT_LEAD = re.compile(r"(?i:" + lexicon.alternation(c for c, w in _CREDIT_CUES.items() if w == "lead")
                          + r")\s+[A-Z]")
_CREDIT_TAILS = tuple(c for c, where in _CREDIT_CUES.items() if where == "tail")
CREDIT_WORDS = 40  # a credit names a few people and places; a sentence of the story that ends so is longer


def credit_line(text: str) -> bool:
    """Is the sentence a credit line that names who made the report ("Reporting by …; Editing by …", "Additional
    reporting by …", "ABC's Gina Sunseri contributed to this report.": ``lexicon/credit_cues.tsv``)? It says who
    wrote, nothing of the story: no summary item or timeline entry, though a record's one-paragraph text (a JSON
    export) leaves it inside a paragraph, where the cleaner's line rule does not see it (summ47)."""
    words = " ".join(text[dateline_end(text):].split()).lstrip(_LEADING)
    if not words or len(words.split()) > CREDIT_WORDS:
        return False
    return _CREDIT_LEAD.match(words) is not None or words.lower().rstrip(".)]\"”’' ").endswith(_CREDIT_TAILS)


_QUOTED = re.compile(r"[\"“][^\"“”]*[\"”]")


def page_note(text: str) -> bool:
    """Is the sentence a note about the page it is on ("… wrote to express concern over two points in
    this story.", "Correction: …") rather than a statement of the story? Quoted words are a speaker's,
    not the page's ('"There are no heroes in this story," she said.' is not a note)."""
    words = _QUOTED.sub(" ", text[dateline_end(text) :]).strip().lstrip(_LEADING)
    return any(p.search(words) for p in rules().page_notes)


def _stated_days(text: str, span: Any | None = None) -> list[dt.date]:
    """The full dates ``text`` states; with its parsed ``span``, none when one of them dates a gerund or a past
    tense below the main verb ("Charge sheets accuse them of mistreating prisoners from May 1, 2003, to …" dates
    the mistreating, and the present "accuse" is the sheets' standing claim, no caption's; a range's end may hang
    anywhere, so one such date is enough)."""
    out = []
    for m in _FULL_DATE.finditer(text):
        month = MONTHS.get((m.group("m1") or m.group("m2")).lower())
        year, date = int(m.group("y1") or m.group("y2")), int(m.group("d1") or m.group("d2"))
        day = calendar_date(year, month, date) if month else None
        if day is not None and span is not None and _dates_a_lower_verb(span, m.start()):
            return []
        if day is not None:
            out.append(day)
    return out


def _dates_a_lower_verb(span: Any, offset: int) -> bool:
    """Is the first verb above the token at character ``offset`` of ``span`` a gerund or a past tense below the
    span's root? Then the date is that verb's ("18 years after Washington invaded the country in the wake of the
    September 11, 2001 attacks"), not the present main verb's, as a caption's is ("… lands on March 28, 2007")."""
    tok = next((t for t in span if t.idx - span.start_char >= offset), None)
    for _ in range(12):
        if tok is None or tok.head is tok:
            break
        if tok.pos_ in ("VERB", "AUX"):
            return bool(tok != span.root and tok.tag_ in ("VBG", "VBD"))
        tok = tok.head
    return False


def present_dated_past(span: Any, published: dt.date | None) -> bool:
    """A caption's tense: the main verb in the present ("lands"), the event dated with a full date
    before the report's own ("on March 28, 2007" in a 2010 report). Without the report's date it
    cannot be told from a scheduled event ("travels to Paris on March 5") by the date, only by the
    caption's shape: the sentence ends on a full date with no preposition before it
    (``_trailing_date``: "… appears in a courtroom … in New York December 10, 2014.")."""
    if span is None:
        return False
    root = span.root
    lemma = root.lemma_.lower()
    present = root.tag_ in _PRESENT or (  # the small model tags a caption's verb as a plural noun ("lands")
        root.tag_ == "NNS" and not any(t.pos_ in ("VERB", "AUX") for t in span))
    if not present or lemma in ("be", "have") or lemma in rules().reporting_verbs:
        return False
    if published is None:
        # a timetable's verb ("The 20-day launch window opens July 31, 2018.") tells a schedule, not a
        # picture: without the report's date its present is read as one (``timeline.expressions.scheduled``)
        return lemma not in lexicon.words("schedule_verbs") and _trailing_date(span.text)
    return any(day < published for day in _stated_days(span.text, span))


def _trailing_date(text: str) -> bool:
    """Does the sentence end on a full date with no preposition before it ("… in New York December
    10, 2014.")? A caption's shape: running text ties its dates in ("on December 10, 2014"), so a
    present-tense sentence of an undated report that ends so is a caption, not a scheduled event."""
    found = list(_FULL_DATE.finditer(text))
    last = found[-1] if found else None
    if last is None or text[last.end() :].strip(" .\"'”’)") != "":
        return False
    before = re.findall(r"[A-Za-z]+", text[: last.start()])
    return bool(before) and before[-1].lower() not in lexicon.words("date_prepositions")


# a bare date opening a line, with no preposition before it: "August 1974", "17 January, 1991", "Nov. 18, 2017",
# "Early 2000" (a bare year only with "early", "late" or "mid": "2000 was a hard year" is a sentence)
_BARE_DATE = re.compile(
    rf"^(?:(?:early|late|mid)[- ]?)?(?:(?:\d{{1,2}}\s+)?(?:{_MONTH})\.?(?:\s+\d{{1,2}}(?:st|nd|rd|th)?)?,?\s+\d{{4}}"
    rf"|(?<=[A-Za-z][- ])\d{{4}})(?=\s*[,.;]|\s*$)",
    re.I,
)
_FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")


def dating_line(text: str, span: Any | None) -> bool:
    """Is the sentence a line that dates the quotation or item before it ('"…" August 1974, speaking to
    President Richard Nixon shortly before he resigned, …', "17 January, 1991, when the first Gulf War
    began.", "Early 2000, citing a line …")? It opens on a bare date (no preposition before it) and has no
    main clause of its own: its parse's root is the date, a participle or a preposition, or the verb of a
    clause a subordinator opens ("as the Berlin Wall was crumbling"). "November 1989, as the Wall fell, Bush
    said …" and "Jan. 5, 2010, was the day …" have a main verb and are sentences. ``span``: the parse."""
    body = text[dateline_end(text) :].lstrip(_LEADING)
    m = _BARE_DATE.match(body)
    if m is None:
        return False
    if not body[m.end() :].strip(" ,.;\"'”’)"):
        return True  # the date alone: "22 March, 1990."
    if span is None:
        return False
    root = span.root
    finite = root.pos_ in ("VERB", "AUX") and (root.tag_ in _FINITE_TAGS or "Fin" in root.morph.get("VerbForm"))
    opened = any(c.dep_ == "mark" or (c.dep_ == "advmod" and c.tag_ == "WRB") for c in root.children)
    return not finite or opened


def closes_unopened_quote(text: str) -> bool:
    """Does the sentence end a quotation it does not open ("You're nuts, and so's the horse you came in on.”",
    the last sentence of a quotation of several)? Its opening and its speaker are in the sentences before it.
    Only a closing mark that ends the sentence, with no opening mark before it: '…, the same to you," he said.'
    names its speaker, and a straight mark counts only at the very end of a sentence that does not open on one."""
    body = text.rstrip()
    if "”" in body and "“" not in body[: body.find("”")]:
        return body.endswith("”") and body.count("”") == 1 and "“" not in body
    return (body.count('"') == 1 and body.endswith('"') and not body.startswith('"')
            and body[-2:-1] in ".!?,")


_SIGNATURE = re.compile(rf"(?:[—–]|\s-)\s*[^\n()—–]{{1,80}}\(@\w{{1,30}}\)\s+(?i:{_MONTH})\.? \d{{1,2}}, \d{{4}}")
_POST_WORDS = 3  # words of the post before its signature: a credit line alone opens the next paragraph's sentence


def signed_post(text: str) -> bool:
    """Does ``text`` hold an embedded post with its signature glued after it ("Senate voted 50-50 for the first time
    — Ann Lee (@annlee) February 7, 2017"): a dash, a name, a handle in brackets and a date, after at least
    ``_POST_WORDS`` words of the post? The page's embed of a tweet, not the report's words: no summary item and no
    timeline entry (summ45). A credit line at the start (the splitter joined it to the next paragraph) is not one."""
    m = _SIGNATURE.search(text)
    return m is not None and len(text[: m.start()].split()) >= _POST_WORDS


_HEADING_WORDS = (2, 6)  # a crosshead's words: "Election year pressure", "Potential three-year jail sentence"
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def glued_heading(span: Any) -> bool:
    """Does the sentence open on a page's crosshead glued to it with no stop ("Election year pressure Head of the
    party, …", "Potential jail sentence The lifting of …")? A short verbless run of words, its first capitalised, its
    last a noun in lower case, then a capitalised ordinary word (``common_zipf`` of lexicon/common_words.toml: "Head",
    "The") that no name holds, that starts no title before a name ("Last year President Obama …") nor is an
    abbreviation ("With the No. 2 pick") and is not "I":
    the heading's words and the sentence's run together, and the whole is no sentence of the report (summ45)."""
    return heading_end(span) > 0


def heading_end(span: Any, setting: str = "common_zipf") -> int:
    """Where the sentence ``span`` goes on after a crosshead glued to it (``glued_heading``), as an offset in its
    text; 0 for none. ``setting``: the key of lexicon/common_words.toml whose Zipf frequency the word after the
    heading must reach (the timeline, which cuts the heading off rather than dropping the sentence, reads a lower
    one, ``heading_zipf``: "Streamlining effort Restructuring costs …", time51)."""
    from wordfreq import zipf_frequency

    common = float(lexicon.document("common_words")[setting])
    words = [t for t in span if not t.is_space]
    for k in range(_HEADING_WORDS[0], min(_HEADING_WORDS[1], len(words) - 1) + 1):
        head, w = words[:k], words[k]
        if not head[0].text[:1].isupper() or not head[-1].text[:1].islower() or head[-1].pos_ != "NOUN":
            continue
        if any(t.is_punct and t.text != "-" for t in head) or any(t.tag_ in _FINITE for t in head):
            return 0
        nxt = words[k + 1] if k + 1 < len(words) else None
        if (w.text[:1].isupper() and w.is_alpha and w.text != "I" and not w.ent_type_
                and zipf_frequency(w.lower_, "en") >= common
                and not (nxt is not None and (nxt.text == "." or nxt.pos_ == "PROPN" and nxt.text[:1].isupper()))):
            return int(w.idx - span.start_char)
    return 0
