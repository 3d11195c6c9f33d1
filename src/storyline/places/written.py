"""Names written as something other than a place, read from how they are written:

- a name that is the whole of a quotation ('"Dallas" could lose viewers', 'the series “Dallas”'): a short title
  or a word being mentioned, not the place (a place named in passing is not quoted);
- a name inside one quotation of a list of quotations of capitalised words ('the hits “Long Road,” “China Spring”
  and others'): a title of a set list, not the place;
- in a line written in capitals (a broadcast transcript), a name that is also a short English word
  (``lexicon/capitals_words.txt``: "A REPORTER IS LIVE FOR US", "TALK TO ME"): the word, not the country or the
  state, unless "THE" makes it a name ("THE US ARMY");
- the first word of a crosshead ("Hidden data") that is an ordinary English word: the heading's word (ents50).
"""

from __future__ import annotations

import re

from wordfreq import zipf_frequency

from .. import lexicon
from ..text import fold, in_capitals

_OPENING = {"“": "”", '"': '"', "‘": "’"}
_INSIDE_CLOSE = re.compile(r"^[,.!?]?$")  # '"Dallas,"': the punctuation American style puts inside the quotes
_WORDS = lexicon.words("capitals_words")
_THE_BEFORE = re.compile(r"\bTHE\s+$")


def quoted_alone(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` of ``text`` the whole of a quotation ('"Dallas"', '“Dallas,”')?"""
    if start == 0:
        return False
    closing = _OPENING.get(text[start - 1])
    if closing is None:
        return False
    stop = text.find(closing, end, end + 3)
    return stop >= 0 and _INSIDE_CLOSE.match(text[end:stop]) is not None


def word_in_capitals(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` a function word ("US": "us") in a line written in capitals, not after
    "THE"?"""
    if fold(text[start:end]) not in _WORDS:
        return False
    line0 = text.rfind("\n", 0, start) + 1
    line1 = text.find("\n", end)
    line = text[line0 : len(text) if line1 < 0 else line1]
    return in_capitals(line) and _THE_BEFORE.search(text[max(line0, start - 5) : start]) is None


_QUOTED = "|".join(re.escape(o) + r"[^" + re.escape(o + c) + r"\n]{1,60}" + re.escape(c) for o, c in _OPENING.items())
_TITLE_CASE = re.compile(r"^(?:[A-Z0-9][\w'’.-]*[,.!?]?(?:\s+|$))+$")
_LIST_GAP = re.compile(r"^[ \t]*(?:,[ \t]*)?(?:(?:and|or)[ \t]+)?$")  # '“Long Road,” “China Spring”': the comma inside


def in_quoted_list(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` inside a quotation of capitalised words next to another such quotation, only a
    comma, "and" or "or" between them ('“Long Road,” “China Spring” and “Blue Moon”')? A list of titles."""
    line0 = text.rfind("\n", 0, start) + 1
    line1 = text.find("\n", end)
    line = text[line0 : len(text) if line1 < 0 else line1]
    quotes = [m for m in re.finditer(_QUOTED, line) if _TITLE_CASE.match(m.group()[1:-1].strip())]
    at = next((i for i, q in enumerate(quotes) if q.start() + line0 < start and end < q.end() + line0), None)
    if at is None:
        return False
    pairs = [(quotes[j], quotes[j + 1]) for j in (at - 1, at) if 0 <= j and j + 1 < len(quotes)]
    return any(_LIST_GAP.match(line[a.end() : b.start()]) is not None for a, b in pairs)


_HEAD_WORDS = (2, 4)  # a crosshead's words: "Hidden data", "Bendy light", "A new kind of lens"
_HEAD_END = re.compile(r"[.!?:;,\"”’)\]]\s*$")
_COMMON_ZIPF = float(lexicon.document("common_words")["common_zipf"])  # entities/common_words.py's ordinary word


def crosshead_first(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the first word of a crosshead, a short line of its own with no stop whose next
    word is written in lower case ("Hidden data", "Bendy light")? Its capital is the heading's, not a name's."""
    if start > 0 and text[start - 1] != "\n":
        return False
    stop = text.find("\n", end)
    line = text[start : len(text) if stop < 0 else stop]
    words = line.split()
    if not _HEAD_WORDS[0] <= len(words) <= _HEAD_WORDS[1] or _HEAD_END.search(line) or " " in text[start:end]:
        return False
    return words[1][:1].islower()


_GLUED_BEFORE = re.compile(r"(?<![\w'’-])([a-z][\w'’-]*)[ \t]+$")  # "… the submerged continent |Gradual recognition"
_GLUED_AFTER = re.compile(r"[ \t]+([a-z][\w'’-]*)(?:[ \t]+[a-z][\w'’-]*){0,2}[ \t]+[A-Z][a-z]")  # "Gradual| recognition
# Mortimer was …"
_STOPWORDS = lexicon.words("stopwords")


def glued_crosshead(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` the first word of a crosshead the text ran into its sentences when its line breaks
    were lost ("… the submerged continent Gradual recognition Mortimer was asked …"): right after a lower-case word
    with no stop between, before one to three lower-case words and the next sentence's capital, neither word next to
    it a function word (not "welcoming the Torch to Taiwan", "met Hope in Velby")?"""
    before = _GLUED_BEFORE.search(text, max(0, start - 30), start)
    after = _GLUED_AFTER.match(text, end)
    return before is not None and after is not None and before.group(1) not in _STOPWORDS and (
        after.group(1) not in _STOPWORDS)


def crosshead_word(text: str, start: int, end: int) -> bool:
    """``crosshead_first``, and the name an ordinary English word ("Hidden" of "Hidden data"; ``common_zipf`` of
    lexicon/common_words.toml): the heading's word, not the town. A place named only in a crosshead is rare."""
    word = text[start:end].lower()
    return crosshead_first(text, start, end) and word.isalpha() and zipf_frequency(word, "en") >= _COMMON_ZIPF
