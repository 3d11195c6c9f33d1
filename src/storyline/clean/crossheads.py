"""Crossheads run into a record's one-paragraph text, and whether a place in it is inside a quotation (inputs54).

Split out of ``inlineparts`` (inputs61), which cuts what these find. A crosshead is a page's subheading: in a JSON
record's one-paragraph text it is run into the sentence after it ("Two bridges closed The river rose overnight …").
Found by kind:

- *Before a sentence's opener*: after a sentence's end, a run of two to twelve words opening with a capital, with no
  stop, colon or quotation mark in it and not ending in a function word (``lexicon/stopwords.txt``), right before a
  capitalised word that opens sentences (``lexicon/title_sentence_openers.txt``; not "I") and a lower-case word. A
  capitalised "The" or "While" inside a sentence is no English; a name ("The Hague") has a capital after it. "The"
  before a figure opens a sentence too (inputs64: "… arrived at the show 2017 The 2017 season …"), as does another
  opener before a year and a comma ("… in the '50s In 1955, at …"); an opener before a bare figure may be a title's
  ("a 40 Under 40").
- *In single quotation marks* before any capitalised word ("'Just a word' President …"; inputs55), also right after
  a share bar (inputs57).
- *Before an ordinary word written capitalised* (inputs61, ``WORD_OPENS``): a run of two to six words in sentence case
  (its first word capitalised, the others lower case), none a function word, before a capitalised ordinary English
  word and a lower-case word ("Streamlining effort Restructuring costs last year …", "Age limit Many sports
  functionaries …"). Inside a sentence an ordinary word is written in lower case; written capitalised there it opens
  the sentence glued to the heading. A word the text writes capitalised after a lower-case word elsewhere is a name
  ("Western advisers supporting Iraqi forces"), as are a day, a month, a country, a capital and a people's adjective.
- *Before a name, in a record with another crosshead* (inputs62, ``NAME_HEADS``): the same sentence-case run before a
  name the text uses ("Authoritarian strongman regime Berdymukhamedov became president …") is a crosshead only where
  the text holds a crosshead of the kinds above: alone, the shape is as often a sentence's subject and verb before
  its object ("Records show Heath lives …", "Authorities released Liu …"; ten such in the bench's 679 documents,
  none of them in a text with a crosshead).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from wordfreq import zipf_frequency

from .. import lexicon

__all__ = ["HEADS_AFTER_BARS", "MARK", "NAME_HEADS", "OPENERS", "OPENER_ENDS", "STOPWORDS", "WORD_OPENS", "crossheads",
           "name_in", "names_not_words", "quote_open", "reads_as_sentence", "word_opens"]

MARK = re.compile(r"[\"“”]")


_QUOTE_REACH = 600
"""A quotation mark opened farther back than this (a hundred words) is one the scraper left unclosed, not a
quotation the text is still in (inputs55: a mark 2,000 characters back kept a promo's second half)."""


def _opens(text: str, m: re.Match[str]) -> bool | None:
    """Whether the mark ``m`` opens a quotation (after a space or a bracket, before a word); None for a mark between
    two letters (an apostrophe)."""
    i = m.start()
    left = text[i - 1] if i else " "
    right = text[i + 1] if i + 1 < len(text) else " "
    if left.isalpha() and right.isalpha():
        return None
    return m.group() == "“" or (m.group() == '"' and (left.isspace() or left in "([—") and not right.isspace())


NEXT_OPENS = True
"""Switch (inputs65): a quotation whose next mark after the place opens another is one the page closed with another
mark or not at all ('the "fake jobs' scandal'): the place is outside it. Before, every crosshead within a hundred
words after such a mark was read as quoted and kept."""


def quote_open(text: str, at: int) -> bool:
    """Whether ``text[at:]`` starts inside a quotation: the last quotation mark before it, within
    ``_QUOTE_REACH``, opens one (after a space or a bracket, before a word), whatever the count before (a scraped
    text loses some marks; a mark between two letters stands for an apostrophe), and (``NEXT_OPENS``) the next
    mark after it, within reach, does not open another."""
    for m in reversed(list(MARK.finditer(text, max(0, at - _QUOTE_REACH), at))):
        opens = _opens(text, m)
        if opens is None:
            continue
        if opens and NEXT_OPENS:
            nxt = next((o for n in MARK.finditer(text, at, at + _QUOTE_REACH) if (o := _opens(text, n)) is not None),
                       None)
            return nxt is not True
        return opens
    return False


OPENERS = frozenset(lexicon.words("title_sentence_openers")) - {"i"}
STOPWORDS = lexicon.words("stopwords")
_CROSSHEAD = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))(['‘]?[A-Z][^\s.!?:;\"“”]*(?: [^\s.!?:;\"“”]+){1,11}) "
                        r"(?=([A-Z][a-z]*) [a-z])")
OPENER_ENDS = True
"""Switch (inputs57): a crosshead's run ends before the last capitalised opener in its reach ("MPs to vote on the deal
Ahead of the Scottish vote, …"), not only before its last capitalised word ("Scottish")."""
_CROSSHEAD_OPENER = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))(['‘]?[A-Z][^\s.!?:;\"“”]*(?: [^\s.!?:;\"“”]+){1,11}) "
    r"(?=(" + lexicon.alternation(w.capitalize() for w in OPENERS) + r") (?:[a-z]|\d+s?, [a-z])|(The) \d)")
_MIN_RUN_WORDS = 2


_QUOTED_HEAD_BODY = r"(['‘][A-Z][^\s.!?:;\"“”'‘’]*(?: [^\s.!?:;\"“”'‘’]+){0,7}['’]) (?=[A-Z])"
_QUOTED_HEAD = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))" + _QUOTED_HEAD_BODY)
_QUOTED_HEAD_AT = re.compile(r"\s*" + _QUOTED_HEAD_BODY)
HEADS_AFTER_BARS = True
"""Switch (inputs57): a quoted crosshead right after a share bar run into the text is cut too."""


def _kind_heads(text: str, bar_ends: Iterable[int] = (), *, quoted: bool = True) -> Iterable[tuple[int, int]]:
    """Crossheads run into the sentence after them (module docstring); a crosshead in single quotation marks
    before any capitalised word ("… in Syria. 'Just a headline' President …"): a quoted phrase opens no sentence
    without its verb after it (inputs55); such a crosshead right after a share bar, where the page's block ended
    (inputs57: "… Permalink http://… 'Far more than a vote' Ahead of …")."""
    if quoted:
        found = [*_QUOTED_HEAD.finditer(text)]
        found += [m for e in bar_ends if HEADS_AFTER_BARS and (m := _QUOTED_HEAD_AT.match(text, e)) is not None]
        for m in found:
            if len(m.group(1).split()) >= _MIN_RUN_WORDS and not quote_open(text, m.start(1)):
                yield m.start(1), m.end(1)
    for m in _CROSSHEAD_OPENER.finditer(text) if OPENER_ENDS else _CROSSHEAD.finditer(text):
        run = m.group(1)
        words = run.split()
        last = words[-1].strip("'’‘,").lower()
        if (m.group(2) or m.group(3) or "").lower() not in OPENERS or len(words) < _MIN_RUN_WORDS or last in STOPWORDS:
            continue
        if run[0] in "'‘" and not run.endswith(("'", "’")) or quote_open(text, m.start()):
            continue
        yield m.start(1), m.end(1)
    if WORD_OPENS:
        yield from _word_heads(text)
    if CLAUSE_OPENS:
        yield from _clause_heads(text)


def crossheads(text: str, bar_ends: Iterable[int] = (), *, quoted: bool = True) -> list[tuple[int, int]]:
    """Crossheads run into the sentence after them, of the kinds of ``_kind_heads``, and in a text that holds one of
    those, a crosshead before a name (``NAME_HEADS``)."""
    found = list(dict.fromkeys(_kind_heads(text, bar_ends, quoted=quoted)))  # a heading two kinds find, once
    if NAME_HEADS and found:
        found += [h for h in _word_heads(text, names=True) if all(h[1] <= a or b <= h[0] for a, b in found)]
    return found


NAME_HEADS = True
"""Switch (inputs62): in a record whose text holds a crosshead of the other kinds, a sentence-case run of content
words before a name the text uses is a crosshead too (module docstring)."""


WORD_OPENS = True
"""Switch (inputs61): a sentence-case run of content words before an ordinary word written capitalised is a
crosshead (module docstring)."""
_WORD_HEAD = re.compile(
    r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))([A-Z][a-z]+(?: [a-z][a-z'’-]*){1,5}) ([A-Z][a-z]+)(?= [a-z])")
_ORDINARY_ZIPF = 3.5
"""A word whose lower-case form has this Zipf frequency in general English or more (``wordfreq``: about three times in
a million words; "restructuring" 3.6) is an ordinary word."""


@cache
def names_not_words() -> frozenset[str]:
    """Capitalised words that are names however often written: days, months, countries, capitals, peoples'
    adjectives."""
    out = set(lexicon.numbers("weekdays")) | set(lexicon.numbers("months")) | set(lexicon.words("demonyms"))
    out |= {name.lower() for name in lexicon.table("country_names")}
    out |= {city.lower() for city in lexicon.table("capitals").values()}
    return frozenset(out)


def _name_in(text: str, word: str, at: int) -> bool:
    """Whether ``text`` writes ``word`` capitalised after a lower-case word or a comma elsewhere than at ``at``: the
    text's own name."""
    return any(m.start() != at for m in re.finditer(r"(?<=[a-z,;] )" + re.escape(word) + r"\b", text))


def word_opens(text: str, word: str, at: int) -> bool:
    """Whether ``word``, written capitalised at ``text[at:]`` inside a run, is an ordinary English word (not a name
    however often written, nor one the text writes capitalised after a lower-case word elsewhere): written so, it
    opens a sentence glued there (``WORD_OPENS``; a teaser's headline, ``inlineparts``)."""
    low = word.lower()
    return not (low in names_not_words() or zipf_frequency(low, "en") < _ORDINARY_ZIPF or _name_in(text, word, at))


def _word_heads(text: str, *, names: bool = False) -> Iterable[tuple[int, int]]:
    """Crossheads before an ordinary word written capitalised (``WORD_OPENS``, module docstring), or with ``names``
    those before a name the text writes elsewhere after a lower-case word (``NAME_HEADS``)."""
    for m in _WORD_HEAD.finditer(text):
        run, word = m.group(1).split(), m.group(2)
        if any(w.lower() in STOPWORDS for w in run):
            continue
        if names and not _name_in(text, word, m.start(2)):
            continue
        if not names and not word_opens(text, word, m.start(2)):
            continue
        if _name_in(text, run[0], m.start(1)) or quote_open(text, m.start()):
            continue
        yield m.start(1), m.end(1)


CLAUSE_OPENS = True
"""Switch (inputs65): a run of two to six words after a sentence's end, before a capitalised word that opens clauses
(``lexicon/clause_openers.txt`` or ``title_sentence_openers.txt``) followed by a lower-case word or a comma, is a
crosshead when the words after it read as a sentence: six words or more to a full stop, one of them a finite verb's
form ("Ruling anchored in EU charter To ensure full participation …, the directive prohibits …", "New rules needed
Meanwhile, the ministry said …"). Inside a sentence such a word is written in lower case; the run is the heading
set above the paragraph, whatever its words (a crosshead may hold a verb: "Support plummeted When the …")."""
_CLAUSE_OPENERS = lexicon.alternation(sorted({w.capitalize() for w in lexicon.words("clause_openers") | OPENERS},
                                             key=len, reverse=True))
_CLAUSE_HEAD = re.compile(r"(?:(?<=[.!?] )|(?<=[.!?][\"”’'] ))([A-Z][^\s.!?:;,\"“”()]*(?: [^\s.!?:;,\"“”()]+){1,5}) "
                          r"(?=(?:" + _CLAUSE_OPENERS + r")(?: [a-z]|, ))")
_SENTENCE_END = re.compile(r"[.!?](?:[\"”’')\]]*)(?=\s|$)")
_REST_WORDS = 6
_FINITE_WORDS = lexicon.words("finite_verbs") | lexicon.words("prose_verb_hints") | lexicon.words("quotation_tag_verbs")


def _reads_as_sentence(rest: str) -> bool:
    """Whether ``rest`` up to its first full stop reads as a sentence: six words or more, one of them a finite verb's
    form (a word of the verb lists, or a lower-case word ending in "-ed" or "-s" but not "-ss")."""
    end = _SENTENCE_END.search(rest)
    if end is None:
        return False
    words = [w.strip(",;:\"“”'’()") for w in rest[: end.start()].split()]
    return len(words) >= _REST_WORDS and any(_finite_form(w) for w in words[1:])


def _finite_form(w: str) -> bool:
    """Whether the lower-case word ``w`` may be a finite verb: a word of the verb lists, or one ending in "-ed" or
    "-s" but not "-ss"."""
    return w.isalpha() and w.islower() and (w in _FINITE_WORDS or w.endswith("ed") or w.endswith("s")
                                            and not w.endswith("ss"))


def _clause_heads(text: str) -> Iterable[tuple[int, int]]:
    """Crossheads before a capitalised clause opener (``CLAUSE_OPENS``)."""
    for m in _CLAUSE_HEAD.finditer(text):
        run = m.group(1).split()
        if run[-1].lower() in STOPWORDS or quote_open(text, m.start(1)) or not _reads_as_sentence(text[m.end():]):
            continue
        yield m.start(1), m.end(1)


name_in = _name_in
reads_as_sentence = _reads_as_sentence
