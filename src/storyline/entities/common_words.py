"""Ordinary words taken for names, and names of things no reader looks for among the story's actors.

The model tags a capitalised word as a name wherever the sentence, the headline or a title capitalises it. A
prior from general text (the ``wordfreq`` package: how often a word is written in news, books, subtitles
and the web, ``lexicon/common_words.toml``) says whether its lower-case form is an ordinary word; the story
then says whether it writes the word as a name. Not listed:

- a one-word "name" in title case ("CNN" is no word) whose lower-case form is an ordinary word, written
  capitalised only where the sentence, a line or a headline in title case capitalises any word ("Drag racing
  up and down."), with no name's cue anywhere (a title or "who", a verb of saying, a business's noun,
  ", which", a possessive; nor the surname or the given name of a fuller name of the story, nor an
  institution's word, lexicon/org_suffixes.txt): "Apple said", "Mr. Bush", "Reading's mayor", "Congress
  honours …" stay;
- a title-case run of ordinary words with a function word written capitalised inside it ("The Worst Drivers
  License Photo Of All Time"), no organisation's word in it ("Academy Of Motion Pictures Arts And Science" is a
  body's name): a headline's or a title's words;
- a work's title, written right after a work's noun at least half of the time ("her book Clarissa's England";
  not a name the title goes on after, its subject: "the film, Charlie Chaplin in Zepped");
- a film's, a show's or a book's title written as one at least half of the time with no work's noun before it
  ("starred in Quiet Orchards", "an adaptation of Hollow Bells", "Quiet Orchards (1994)", "the Golden Wives
  finale"), or written elsewhere as a whole between quotation marks ('"The Lovely Bones" was an unlikely book'),
  never as a person's, a speaker's or a business's (a work takes ", which");
- a one-word name written only right after a capitalised word and "of the" ("The Lord of the| Rings"), the end of
  a title-case name the model cut; after a title's word ("Director of the| FBI") only when the story also writes
  it as a work's ("the Lord of the Rings trilogy");
- a name written only before a capitalised "Of" and a capitalised word ("star of Real Housewives| Of Beverly
  Hills"): a title written in title case, cut by the model (news copy writes "of" in bodies' names);
- a one-word plural listed only with common nouns' plurals ("comic books and figurines and Fizzes"), or written
  only before a plural verb ("now that Specs are more widely available"), no name of the story's people: things;
- a one-word name written only before a family's noun ("the Medici family"), no given name or surname of the
  story's people ("the Kennedy family" beside "John Kennedy" stays): a family, no one person;
- a data service's name written as a service's at least half of the time ("According to Westlaw data", "the
  NamUs database", "NamUs, a federal database"), never as a person's or a speaker's, a name of one word ("the
  California Department of Justice's website" is a body's);
- a name the model cut before a building's word ("San Francisco Superior Court| Civic Center| Courthouse"):
  part of a building's name, a location no gazetteer holds;
- a one-word ordinary word the story also writes in lower case, written only as the first word of a crosshead run
  into the text ("… the continent Gradual recognition Mortimer was asked": ``places.written.glued_crosshead``);
- a name in capitals made of ordinary words, written only as a line's label before a colon ('ON ATTITUDE: "You
  must …"', "VISION:"), no word of it a name of the story's people ("OBAMA:" in a transcript of Barack Obama's);
- a one-word name written only after an indefinite article before a kind of made thing ("piloting an Avenger
  torpedo bomber"; ``names.PRODUCT_NOUNS``), or only before a hyphened ending of what is built on it ("Quarrow
  OS-based PCs"; ``built_on_endings``): a product's. ("Pilots from TAM, …" and "a TAM airlines plane": a
  maker; "a United States Navy hospital ship": an owner.)

A masthead's last word alone ("the Journal", "according to Journal research") is the one publication of the
story whose name ends with it ("North Coast Journal"), when there is one.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from wordfreq import zipf_frequency

from .. import lexicon
from ..dates import RECENT_YEAR_PATTERN
from ..model import Analysis, EntityKind, Mention
from ..names import (
    FIRST_NAME_GENDERS,
    HONORIFICS,
    JOB_TITLES,
    ORG_SUFFIXES,
    PRODUCT_NOUNS,
    clean_name,
    display_form,
    name_key,
    org_by_form,
    person_use,
    speaks_use,
    which_use,
)
from ..names import company_use as _company_use
from ..places.candidates import in_quoted_title
from ..places.written import crosshead_first, glued_crosshead
from ..text import fold, word_spans
from ..unionfind import UnionFind
from .bearers import lede_bearers
from .placed_towns import gazetteer_town, seat_use, street_cut, town_event_use, town_preposition_use
from .quoted_titles import honorific_in_quotes
from .work_lists import listed_work

_SETTINGS = lexicon.document("common_words")
COMMON_ZIPF = float(_SETTINGS["common_zipf"])
_HEADLINE_ZIPF = float(_SETTINGS["headline_zipf"])
"""A word whose lower-case form is at least this frequent in general English (Zipf scale) is ordinary."""
TITLE_RUN_WORDS = int(_SETTINGS["title_run_words"])
"""A title-case run of ordinary words this long, with a capitalised function word inside, is no name."""
WORK_NOUNS = frozenset(str(_SETTINGS["work_nouns"]).split())
SERVICE_NOUNS = frozenset(str(_SETTINGS["service_nouns"]).split())
_WORK_CUE_BEFORE = re.compile(r"\b(?:" + "|".join(
    re.escape(c.strip()).replace(r"\ ", r"[ \t]+") for c in str(_SETTINGS["work_before"]).split("|") if c.strip())
    + r")[ \t]+(?:[Tt]he[ \t]+)?[\"“‘']?$")
_WORK_CUE_AFTER = re.compile(r"[\"”’']?(?:[ \t]*\(" + RECENT_YEAR_PATTERN + r"\)|[ \t]+(?:"
                             + "|".join(str(_SETTINGS["work_after"]).split()) + r")\b)")
BUILDING_WORDS = frozenset(lexicon.words("venue_nouns"))
_FUNCTION_WORDS = lexicon.words("stopwords")
_MASTHEAD_WORDS = lexicon.words("masthead_words")
Key = tuple[EntityKind, str]


@cache
def ordinary_word(word: str) -> bool:
    """Is the word's lower-case form an ordinary English word (``COMMON_ZIPF``; letters only)?"""
    low = word.lower()
    return low.isalpha() and zipf_frequency(low, "en") >= COMMON_ZIPF


def written_lower(word: str, texts: Iterable[str]) -> bool:
    """Does the story write the word in lower case too ("the state's meth epidemic")? Then it is an ordinary word of
    the story's, however rare in general text."""
    low = word.lower()  # (?<![\w'’])low(?![\w'’]), by ``str.find``: no pattern compiled a name
    return any(low in t and word_spans(t, low, "'’", "'’") for t in texts)


_OPENERS = frozenset("\"“”‘’'([*•-–— \t")


def sentence_start(text: str, start: int) -> bool:
    """Does a sentence, a line or a quotation start at ``start`` (after quotes, brackets, dashes, spaces)?"""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    return i == 0 or text[i - 1] in ".!?:;\n"


def clause_start(text: str, start: int) -> bool:
    """``sentence_start``, or a quotation opened after a word ('the slogan “Meth, we're on it.”') or a clause after
    a dash between spaces ("when it comes down to it - Meth is …")?"""
    i = start
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
    between = text[i:start]
    return sentence_start(text, start) or "“" in between or re.search(r"[ \t][-–—][ \t]", between) is not None


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TITLE_LINE_WORDS = 3  # words of four letters or more, each capitalised: a headline's line


def title_case_line(text: str, start: int) -> bool:
    """Is the line holding ``start`` written in title case ("Drag Racing Returns To Main Street")?"""
    line = text[text.rfind("\n", 0, start) + 1 : (end if (end := text.find("\n", start)) >= 0 else len(text))]
    long = [w for w in _WORD.findall(line) if len(w) >= 4]
    return len(long) >= _TITLE_LINE_WORDS and all(w[0].isupper() for w in long)


def _cell_sentence(text: str, start: int, end: int) -> bool:
    """Does a table's cell open at ``start`` with a sentence ("| Spray focused on users … |": the cell's first word is
    capitalised as a sentence's is)? A cell that is the name alone ("| Symbol |") is a name's cell."""
    if re.search(r"\|[ \t]*$", text[max(0, start - 4) : start]) is None:
        return False
    return re.match(r"[^|\n]*?\b[a-z]{2,}", text[end:]) is not None


def capitalised_by_position(word: str, texts: Iterable[str]) -> bool:
    """Is every capitalised occurrence of the word at a sentence's, a line's or a table cell's start or in a title-case
    line, with no possessive after it? (False when the story never writes it capitalised.)"""
    seen = False
    for text in texts:
        for start, end in word_spans(text, word, "'’.-", "-") if word in text else ():  # (?<![\w'’.-])word(?![\w-])
            if text.startswith(("'", "’"), end):
                return False  # "Reading's mayor": a name takes a possessive
            if not (clause_start(text, start) or title_case_line(text, start) or _cell_sentence(text, start, end)):
                return False
            seen = True
    return seen


def headline_words(name: str) -> bool:
    """Are a name's words all ordinary words, the first no given name ("Whale Eats", "Man Walks"; not "Rose
    Hill")? Written only inside a quoted headline in title case, they are the headline's words (ents50)."""
    words = name.split()
    return len(words) > 1 and fold(words[0]) not in FIRST_NAME_GENDERS and all(
        w.isalpha() and zipf_frequency(w.lower(), "en") >= _HEADLINE_ZIPF for w in words)


def title_run(name: str) -> bool:
    """A run of ``TITLE_RUN_WORDS`` ordinary words or more, a function word capitalised inside ("The Worst
    Drivers License Photo Of All Time"): a headline's or a title's words."""
    words = name.split()
    if len(words) < TITLE_RUN_WORDS or org_by_form(name) or any(w in ORG_SUFFIXES for w in words):
        return False  # "the Academy Of Motion Pictures Arts And Science": a body's name in title case
    if not any(w[:1].isupper() and w.lower() in _FUNCTION_WORDS for w in words[1:]):
        return False
    return all(w[:1].isupper() and (w.lower() in _FUNCTION_WORDS or ordinary_word(w)) for w in words)


_TITLE_GOES_ON = re.compile(r"[ \t]+[a-z]{1,4}[ \t]+(?:[a-z]{1,3}[ \t]+)?[A-Z]")  # "| in Zepped", "| of the Rings"
_WORK_BEFORE = re.compile(r"\b([a-z]+),?[ \t]+(?:(?:called|titled|entitled|named)[ \t]+)?[\"“‘']?$")
_SERVICE_AFTER = re.compile(r"^['’]?s?[ \t]+([a-z]+)\b")
_APPOSED = re.compile(r"^,[ \t]+(?:an?|the)[ \t]+((?:[a-z-]+[ \t]+){0,2}[a-z]+)\b")
_PRODUCT_AFTER = re.compile(r"^[ \t]+(?:[a-z-]+[ \t]+)?([a-z]+)\b")
_BUILT_ON = re.compile(r"-(?:" + "|".join(str(_SETTINGS["built_on_endings"]).split()) + r")\b")
_INDEFINITE = re.compile(r"(?:^|[^\w-])[Aa]n?[ \t]+$")
_BUILDING_AFTER = re.compile(r"^[ \t]+([A-Z][a-z]+)\b")
_OF_TITLE_AFTER = re.compile(r"[ \t]+Of[ \t]+[A-Z]")  # "Real Housewives| Of Beverly Hills"
_PLAIN_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}s,?[ \t]+(?:and|or)[ \t]+$")  # "figurines and |Fizzes"
_PLAIN_PLURAL_AFTER = re.compile(r",?[ \t]+(?:and|or)[ \t]+[a-z]{3,}s\b")  # "|Fizzes and chips"
_PLURAL_VERB_AFTER = re.compile(r"[ \t]+(?:are|were|come|cost)\b")  # "Specs| are more widely available"
_FAMILY_AFTER = re.compile(r"[ \t]+(?:" + "|".join(str(_SETTINGS["family_nouns"]).split()) + r")\b")
_TAIL_BEFORE = re.compile(r"([A-Z][a-z]+)[ \t]+of[ \t]+the[ \t]+$")  # "The Lord of the| Rings"


def work_use(text: str, start: int, end: int) -> bool:
    """Is the name written right after a work's noun ("her book Clarissa's England", "the film, Local Hero"), and
    the whole title (not its subject: "The film, Charlie Chaplin in Zepped, …")?"""
    m = _WORK_BEFORE.search(text[max(0, start - 30) : start])
    return m is not None and m.group(1) in WORK_NOUNS and _TITLE_GOES_ON.match(text, end) is None


def title_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a film's, a show's or a book's title with no work's noun before it ("starred in
    Quiet Orchards", "the cast of Golden Wives", "Quiet Orchards (1994)", "the Golden Wives finale")?"""
    return (_WORK_CUE_BEFORE.search(text[max(0, start - 40) : start]) is not None
            or _WORK_CUE_AFTER.match(text, end) is not None)


def service_use(text: str, end: int) -> bool:
    """Is the name written before a data service's noun ("Westlaw data", "NamUs' website") or in apposition to
    one ("NamUs, a federal database")?"""
    after = text[end : end + 60]
    if (m := _SERVICE_AFTER.match(after)) is not None:
        return m.group(1) in SERVICE_NOUNS
    if (m := _APPOSED.match(after)) is None:
        return False
    words = m.group(1).split()
    while len(words) > 1 and words[-1] in _FUNCTION_WORDS:
        words.pop()  # "a federal database of": the head is "database"
    return words[-1] in SERVICE_NOUNS


def article_product_use(text: str, start: int, end: int) -> bool:
    """Is the one-word name written after an indefinite article before a kind of made thing ("an Avenger torpedo
    bomber")? (A longer name is an owner's or a maker's: "a United States Navy hospital ship".)"""
    if " " in text[start:end].strip() or _INDEFINITE.search(text[max(0, start - 6) : start]) is None:
        return False
    m = _PRODUCT_AFTER.match(text[end : end + 40])
    return m is not None and m.group(1) in PRODUCT_NOUNS


LABEL_WORD_LETTERS = int(_SETTINGS["label_word_letters"])
"""A list's label in capitals holds an ordinary word at least this long (acronyms are shorter: "NATO", "FBI")."""
_LABEL_AFTER = re.compile(r"[ \t]*:")


def caps_label_use(text: str, start: int, end: int) -> bool:
    """Is the name written in capitals at a line's start (perhaps after function words in capitals: "ON| VISION:")
    and followed by a colon ('ON ATTITUDE: "You must …"', "VISION:"): a list's label?"""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].strip(" \t*•-–—\"“").split()
    return (all(w.isupper() and w.lower() in _FUNCTION_WORDS for w in before)  # "ON| VISION:"
            and _LABEL_AFTER.match(text, end) is not None and text[start:end].isupper())


def caps_label(name: str) -> bool:
    """Is the name in capitals and made of ordinary words, one of five letters or more ("ON ATTITUDE", "VISION";
    not an acronym: "NATO", "FBI")?"""
    words = name.split()
    return name.isupper() and all(w.lower() in _FUNCTION_WORDS or ordinary_word(w) for w in words) and any(
        len(w) >= LABEL_WORD_LETTERS and ordinary_word(w) for w in words)


def title_tail(text: str, start: int) -> str | None:
    """The capitalised word the name is written after, with "of the" between ("Lord" of "The Lord of the| Rings"):
    the name may be the end of a longer title-case name the model cut; else None."""
    m = _TAIL_BEFORE.search(text[max(0, start - 30) : start])
    return None if m is None else m.group(1)


def plural_goods(text: str, start: int, end: int) -> bool:
    """Is the one-word name a plural ("Fizzes") listed with common nouns' plurals ("comic books and figurines and
    Fizzes")? Then it names things of a brand, no body or person."""
    name = text[start:end]
    return " " not in name and name.endswith("s") and name[1:].islower() and (
        _PLAIN_PLURAL_BEFORE.search(text[max(0, start - 30) : start]) is not None
        or _PLAIN_PLURAL_AFTER.match(text, end) is not None)


def _office(word: str) -> bool:
    """A title's word ("Director of the| FBI", "Secretary of the| Treasury"): the name after it is the body's."""
    return word.lower() in JOB_TITLES or word in HONORIFICS


_QUOTED = re.compile(r"[\"“]\s*(?:The\s+)?([^\"“”\n]{1,80}?)(?:['’]s?)?[,.;:!?]?\s*[\"”]")


_POSSESSED = re.compile(r"['’]s?[ \t]+[a-z]")  # "… of Ana Ruiz’s book": the book's author, no title
_POSSESSIVE_END = re.compile(r"['’]s?$")
_CLOSES_QUOTE = re.compile(r"(?:['’]s?)?[,.;:!?]?[ \t]*[\"”]")


def possessor(text: str, start: int, end: int) -> bool:
    """Is the name written with a possessive before a lower-case word ("an adaptation of Ana Ruiz’s book")? It
    owns what the work's cue names, and is no work's title."""
    cut = _POSSESSIVE_END.search(text, start, end)
    return _POSSESSED.match(text, cut.start() if cut is not None else end) is not None


def _closes_quote(text: str, end: int) -> bool:
    """Does a quotation mark close right after the name ('the "Night at the Gallery" movies')?"""
    return _CLOSES_QUOTE.match(text, end) is not None


def quoted_names(texts: Sequence[str]) -> tuple[set[str], set[str]]:
    """What the story writes as a whole between quotation marks, without a leading "The", a closing possessive
    or the sentence's comma inside the marks ('"The Lovely Bones" was an unlikely book' -> "Lovely Bones"; 'in
    "Jumble," he played' -> "Jumble"), without an honorific ('"Mrs. Tumble"' -> "Tumble" too), and the
    capitalised end of a quoted title after its last small word ('the "Night at the Gallery" movies' ->
    "Gallery", a piece the model cut), the second set: news quotes the titles of works, not the names of people or
    bodies. One scan of each text (a lookup per name after)."""
    out: set[str] = set()
    tails: set[str] = set()
    for t in texts:
        for m in _QUOTED.finditer(t):
            q = m.group(1).strip()
            out.update((q, clean_name(q)))
            if (tail := _quoted_title_tail(q)) is not None:
                tails.add(tail)
    return out, tails


_TITLE_TAIL_WORDS = 6


def _quoted_title_tail(quoted: str) -> str | None:
    """The capitalised words after the last small word of a quoted title ("Night at the Gallery" -> "Gallery"):
    every word capitalised or a function word (lexicon/stopwords.txt), one at least a function word in lower
    case, of three letters at most, six words at most; else None ("Did Romney rig CPAC", "Lew told Candy Crowley
    on Sunday on CNN": a sentence's words between two quotations, no title)."""
    words = quoted.split()
    small = [i for i, w in enumerate(words) if w.islower()]
    if not small or small[-1] in (0, len(words) - 1) or len(words) > _TITLE_TAIL_WORDS or not all(
            w[:1].isupper() or (w.islower() and len(w) <= 3 and w in _FUNCTION_WORDS) for w in words):
        return None
    return " ".join(words[small[-1] + 1 :])


def building_cut(text: str, end: int) -> bool:
    """Is the name written right before a building's word ("Civic Center| Courthouse")?"""
    m = _BUILDING_AFTER.match(text[end : end + 20])
    return m is not None and m.group(1) in BUILDING_WORDS


@dataclass(slots=True)
class CommonWords:
    """Keys of names that are ordinary words, titles, works, services or pieces of a building's name."""

    not_names: set[str] = field(default_factory=set)
    bearers: dict[str, str] = field(default_factory=dict)  # bare surname -> its lede's bearer (bearers.py)


def _count(text: str, m: Mention, n: Counter[str]) -> None:
    """Count how one mention is written: with a name's cue, as a work's, a service's, a label's, a family's …"""
    n["all"] += 1
    person = person_use(text, m.start, m.end) and not honorific_in_quotes(text, m.start, m.end)  # '"Mrs. Tumble,"'
    n["cue"] += person or speaks_use(text, m.end) or which_use(text, m.end) or _company_use(text, m.start, m.end)
    n["work"] += work_use(text, m.start, m.end) or listed_work(text, m.start)
    n["title"] += title_use(text, m.start, m.end) and not possessor(text, m.start, m.end)
    n["acts"] += person or speaks_use(text, m.end) or _company_use(text, m.start, m.end)
    n["service"] += service_use(text, m.end)
    n["building"] += building_cut(text, m.end) or street_cut(text, m.end)
    n["product"] += article_product_use(text, m.start, m.end) or _BUILT_ON.match(text, m.end) is not None
    n["label"] += caps_label_use(text, m.start, m.end)
    n["family"] += _FAMILY_AFTER.match(text, m.end) is not None
    n["cut_title"] += _OF_TITLE_AFTER.match(text, m.end) is not None
    n["goods"] += plural_goods(text, m.start, m.end)
    n["plural_verb"] += _PLURAL_VERB_AFTER.match(text, m.end) is not None
    n["tail"] += (word := title_tail(text, m.start)) is not None
    n["office"] += word is not None and _office(word)
    n["town"] += town_preposition_use(text, m.start) or town_event_use(text, m.end)
    n["seat"] += seat_use(text, m.start)
    n["head"] += crosshead_first(text, m.start, m.end)
    n["glued_head"] += glued_crosshead(text, m.start, m.end)
    n["headline"] += in_quoted_title(text, m.start, m.end)


def common_word_evidence(analyses: Sequence[Analysis], surnames: set[str]) -> CommonWords:
    """Read how the story writes each name (module docstring)."""
    uses: dict[str, Counter[str]] = defaultdict(Counter)
    surface: dict[str, str] = {}
    spans: dict[str, list[tuple[int, int, int]]] = defaultdict(list)  # key -> (document, start, end)
    heads: set[str] = set()  # folded words of the story's fuller person names: a given name or a surname
    for i, a in enumerate(analyses):
        text = a.doc.text
        for m in a.mentions:
            name = clean_name(display_form(m.text))
            k = name_key(name)
            surface.setdefault(k, name)
            spans[k].append((i, m.start, m.end))
            if m.kind == "person" and " " in name:
                heads.update(fold(w) for w in name.split())
            _count(text, m, uses[k])
    out = CommonWords(bearers=lede_bearers(analyses))
    texts = [a.doc.text for a in analyses]
    named = surnames | heads
    quoted, tails = quoted_names(texts)
    titles: list[str] = []
    for k, n in uses.items():
        name = surface[k]
        if n["building"] == n["all"] or title_run(name):
            out.not_names.add(k)
        elif n["label"] == n["all"] and caps_label(name) and not any(fold(w) in named for w in name.split()):
            out.not_names.add(k)  # 'ON ATTITUDE: "You must …"': a list's label ("OBAMA:" of "Barack Obama" stays)
        elif not n["cue"] and (2 * n["work"] >= n["all"] or n["product"] == n["all"]):
            out.not_names.add(k)
        elif not n["acts"] and (2 * (n["title"] + n["work"]) >= n["all"] or _quoted(name, (quoted, tails), texts,
                                                                                    spans[k])):
            out.not_names.add(k)  # "starred in Quiet Orchards", '"Hollow Bells" won …': a work's title
            titles.append(name)
        elif fold(name) not in named and (n["seat"] == n["all"] or (
                not n["acts"] and 2 * n["town"] >= n["all"] and gazetteer_town(name))):
            out.not_names.add(k)  # "a couple from Aldermoor", "the Aldermoor school shooting" (typed organisation): a
            # town, the places stage's; "the MP for Ardley Central, who …": a constituency (``placed_towns``)
        elif not n["acts"] and n["cut_title"] == n["all"]:
            out.not_names.add(k)  # "star of Real Housewives| Of Beverly Hills": a title in title case, cut at "Of"
        elif " " not in name and not n["acts"] and (
                (n["tail"] == n["all"] and (not n["office"] or n["title"])) or n["goods"] == n["all"]
                or (name.endswith("s") and n["plural_verb"] == n["all"] and fold(name) not in named)
                or (n["family"] == n["all"] and fold(name) not in named)):
            out.not_names.add(k)  # "The Lord of the| Rings" (trilogy): a piece of a title; "the Medici family"
        elif " " not in name and not n["cue"] and 2 * n["service"] >= n["all"] and not org_by_form(name):
            out.not_names.add(k)  # one word: not "the California Department of Justice's website", a body's
        elif (" " not in name and name[1:].islower() and not n["cue"] and name not in ORG_SUFFIXES
              and fold(name) not in named
              and (ordinary_word(name) or written_lower(name, texts)) and capitalised_by_position(name, texts)):
            out.not_names.add(k)  # "Drag racing up and down."; "Meth. We're on it." beside "an anti-meth campaign"
        elif " " not in name and not n["cue"] and fold(name) not in named and _crosshead(name, n, texts):
            out.not_names.add(k)  # "Bendy light", a crosshead: its first word's capital is the heading's (ents50)
        elif not n["acts"] and n["headline"] == n["all"] and headline_words(name):
            out.not_names.add(k)  # '"Whale Eats 10-Foot Boat in Bay," the headline said': its words, no one (ents50)
    out.not_names |= {k for k, at in spans.items() if not uses[k]["acts"] and all(
        _inside_title(texts[i], start, end, titles) for i, start, end in at)}  # "Orchards" of "Quiet| Orchards"
    return out


def _crosshead(name: str, n: Counter[str], texts: Sequence[str]) -> bool:
    """Is the one-word name, with no name's cue, only ever a crosshead's first word: on a line of its own ("Bendy
    light", ents50), or run into the text when its line breaks were lost ("… continent Gradual recognition Mortimer
    was …"), then an ordinary word the story also writes in lower case (ents55)?"""
    return n["head"] == n["all"] or (name[1:].islower() and n["glued_head"] == n["all"] and written_lower(name, texts))


def _quoted(name: str, quoted: tuple[set[str], set[str]], texts: Sequence[str],
            spans: Sequence[tuple[int, int, int]]) -> bool:
    """Is the name written whole between quotation marks, or a quoted title's tail the model cut there (every
    mention closing the quotation)? "the TV movie “The Trial of Ana Ruiz”" beside "playing Ana Ruiz in …": a
    person's name, written outside the title too."""
    whole, tails = quoted
    if name in whole or name.removeprefix("The ") in whole:
        return True
    return name in tails and all(_closes_quote(texts[i], end) for i, _, end in spans)


def _inside_title(text: str, start: int, end: int, titles: Sequence[str]) -> bool:
    """Is the span a piece of a work's title written there ("Orchards" of "Quiet Orchards")?"""
    for title in titles:
        for at in range(max(0, end - len(title)), start + 1):
            if text.startswith(title, at) and at + len(title) >= end and (at, at + len(title)) != (start, end):
                return True
    return False


def no_name(kind: EntityKind, name: str, common: CommonWords) -> bool:
    """Is the name no person's or organisation's name (module docstring)? Places are the places stage's."""
    return kind != "place" and name_key(name) in common.not_names


def join_mastheads(uf: UnionFind[Key], orgs: Sequence[Key], forms: Mapping[Key, Counter[str]],
                   display: dict[Key, str]) -> None:
    """"the Journal" beside "North Coast Journal": a masthead's last word alone is the one publication of the
    story whose name ends with it (not when two do: "New York Times", "Financial Times"), shown by its full name."""
    for k in orgs:
        if " " in k[1] or k[1].title() not in _MASTHEAD_WORDS:
            continue
        longer = [o for o in orgs if " " in o[1] and o[1].split()[-1] == k[1]]
        if len({uf.find(o) for o in longer}) == 1:
            uf.union(longer[0], k)
            display.setdefault(longer[0], clean_name(max(forms[longer[0]], key=forms[longer[0]].__getitem__)))
