"""A general grammar of English time and number expressions (lexicon/quantities.toml), read on spaCy tokens.

The forms come from general references (TimeML's TIMEX3 DURATION values, CGEL's numerals chapter, the forms
quantulum3 and dateparser read), not from any benchmark story; numbers.py and exclusions.py call these readers
where a figure is built. Each reader takes the paragraph Doc and a token index and returns where the form ends
(and what it is worth), or None when the form is not there:

- ``couple_of``: "a couple of days", "a couple of boats" (two);
- ``half_unit``: "half a day", "half an hour", "a half-hour debate" (half of one unit of time);
- ``compound_length``: "a 10-day trial", "a one-day summit": an "N-unit" compound is a length whatever it
  describes, except on a clock ("a 24-hour clock");
- ``compound_count``: "a 48-page indictment", "a three-party coalition": an "N-noun" compound counts the noun,
  except nouns that make it a kind ("a three-fold rise", "a two-way street");
- ``plural_count``: "Forty fishermen were at sea": a cardinal before a plural noun that is no unit of time is a
  quantified noun phrase, whatever the tagger's entity (it often calls spelled numbers dates);
- ``vulgar_fraction``: "3 ½ years": a whole number and a fraction sign after it (one mixed number);
- ``tally_at``: "voted 314-214", "a 5-4 ruling", "the vote was 52-48", "by 30 votes to 12": the two sides of a
  vote or a score, the winning side first; ``voting_context``: a vote's words in its sentence, without which a
  tally is a score ("won 3-1", "beat Smith 6-4").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from .. import lexicon
from .tokens import low, number_value
from .vocab import Unit, units


@cache
def _grammar() -> dict[str, Any]:
    return lexicon.document("quantities")


def _words(section: str, name: str) -> frozenset[str]:
    return frozenset(str(_grammar()[section][name]).split())


def count_words(name: str) -> frozenset[str]:
    """A word list of the quantities lexicon's ``counts`` section ("vote_words", "tally_verbs"), for other modules."""
    return _words("counts", name)


def _hyphen(doc: Doc, k: int) -> bool:
    """A hyphen at ``k`` glued to the word before it ("10-day", "half-hour")."""
    return low(doc, k) in ("-", "–") and k > 0 and not doc[k - 1].whitespace_


def time_unit(word: str) -> Unit | None:
    """The unit of time a word names ("days", "fortnight"), or None (lexicon units.tsv, durations only)."""
    unit = units().get(word)
    return unit if unit is not None and unit.dimension == "duration" else None


def vulgar_fraction(doc: Doc, j: int) -> float | None:
    """What a fraction sign at token ``j`` right after a whole number adds ("3 ½ years", "2 1/2 years": 0.5), or
    None."""
    return fraction_value(low(doc, j)) if j < len(doc) else None


def fraction_value(sign: str) -> float | None:
    """The value of a fraction sign or a slashed fraction ("½", "3/4"; lexicon quantities.toml), or None."""
    value = _grammar()["durations"]["vulgar_fractions"].get(sign)
    return float(value) if value is not None else None


def couple_of(doc: Doc, i: int) -> int | None:
    """'a couple of' at token ``i``: the token after 'of' (the counted noun or unit), or None."""
    if low(doc, i) != "a" or low(doc, i + 1) not in _words("durations", "couple") or low(doc, i + 2) != "of" or \
            low(doc, i + 3) in _words("durations", "pair_objects"):
        return None  # ("a pair of sunglasses": one thing, lexicon pair_objects)
    return i + 3 if i + 3 < len(doc) and doc[i + 3].is_alpha else None


def couple_value() -> float:
    return float(_grammar()["durations"]["couple_value"])


def half_unit(doc: Doc, i: int) -> tuple[int, int, Unit, bool, str, float] | None:
    """'half a day', 'half an hour', 'a half-hour debate' at the fraction word ``i``: (end, unit token, unit,
    hyphenated modifier, dimension, value 0.5), the shape of spelled.unit_and_a_half; or None."""
    if low(doc, i) not in _words("durations", "half_before"):
        return None
    spaced = low(doc, i + 1) in ("a", "an") and time_unit(low(doc, i + 2)) is not None
    hyphen = _hyphen(doc, i + 1) and time_unit(low(doc, i + 2)) is not None
    if not (spaced or hyphen):
        return None
    unit = time_unit(low(doc, i + 2))
    assert unit is not None
    return i + 3, i + 2, unit, hyphen, "duration" if spaced or compound_length(doc, i + 3) else "date", 0.5


def compound_length(doc: Doc, end: int) -> bool:
    """After an 'N-unit' compound ending at ``end``: is it a length ('a 10-day trial'), not a clock's?"""
    return low(doc, end) not in _words("durations", "compound_not_lengths")


def compound_count(doc: Doc, j: int) -> bool:
    """'a 48-page indictment', 'a three-party coalition': a hyphen at ``j`` (after a number), a common noun
    that is not a unit and not a kind-word (lexicon compound_not_counts), then the noun it describes."""
    if not _hyphen(doc, j) or j + 2 >= len(doc):
        return False
    noun, described = doc[j + 1], doc[j + 2]
    word = noun.lower_
    if noun.pos_ != "NOUN" or not noun.is_alpha or not noun.text.islower() or word in units():
        return False
    if word in _words("counts", "compound_not_counts") or word.rstrip("s") in _words("counts", "compound_not_counts"):
        return False
    return described.pos_ in ("NOUN", "PROPN") or described.pos_ == "ADJ" and described.head.pos_ == "NOUN"


def plural_count(doc: Doc, j: int) -> bool:
    """'Forty fishermen were at sea': the token at ``j`` after a cardinal is a plural common noun that names no
    unit of time or thing of the calendar, so the cardinal counts it (a quantified noun phrase)."""
    if j >= len(doc):
        return False
    noun = doc[j]
    return noun.tag_ == "NNS" and noun.lower_ not in units() and noun.ent_type_ not in ("DATE", "TIME") and \
        noun.lemma_.lower() not in _words("durations", "units")


def _tally_word(tok: Token) -> bool:
    lem = tok.lemma_.lower()
    return lem in _words("counts", "tally_verbs") and tok.pos_ == "VERB" or \
        lem in _words("counts", "tally_nouns") and tok.pos_ == "NOUN"


def percent_after(doc: Doc, k: int) -> int:
    """How many tokens at ``k`` say "percent" ("%", "percent", "per cent"); 0 if none."""
    if low(doc, k) in ("%", "percent", "pc", "pct"):
        return 1
    return 2 if low(doc, k) == "per" and low(doc, k + 1) == "cent" else 0


def percent_pair(doc: Doc, i: int) -> tuple[float, float, int, int] | None:
    """'a 52-48% majority', 'won 52-48 percent': two shares written as a tally with one percent sign after the
    second, at the first number ``i``: (first, second, the second's token, end), or None (claims68). "by 62 to 38
    percent" is one too: after "by", a split of a vote, not a range, which runs low to high (claims83)."""
    a = number_value(doc[i]) if doc[i].like_num else None
    split = low(doc, i + 1) == "to" and i > 0 and low(doc, i - 1) == "by"
    if a is None or not (split or _hyphen(doc, i + 1) and not doc[i + 1].whitespace_) or i + 2 >= len(doc):
        return None
    k = i + 2
    b = number_value(doc[k]) if doc[k].like_num else None
    n = percent_after(doc, k + 1)
    if b is None or not n or not 0 < b <= a <= 100 or a + b > 100.5:
        return None  # (not "15-20%": a range, low to high; two shares of one whole sum to at most 100)
    return a, b, k, k + 1 + n


def tally_at(doc: Doc, i: int) -> tuple[float, float, int] | None:
    """'voted 314-214', 'a 5-4 ruling', 'the vote was 52-48', 'by 30 votes to 12', 'by 7 to 2' at the first
    number ``i``: (winning side, losing side, end), or None. The first side is at least the second (a range is
    written low to high), and a tally word (lexicon tally_verbs, tally_nouns) is the verb or noun it hangs on,
    the noun right after it, or a word of its sentence before it."""
    a = number_value(doc[i]) if doc[i].like_num else None
    if a is None:
        return None
    if _hyphen(doc, i + 1) and i + 2 < len(doc) and not doc[i + 1].whitespace_:
        k = i + 2
    elif low(doc, i + 1) == "to":
        k = i + 2
    elif low(doc, i + 1) in ("votes", "vote") and low(doc, i + 2) == "to":
        k = i + 3
    else:
        return None
    b = number_value(doc[k]) if k < len(doc) and doc[k].like_num else None
    if b is None or b > a or a != int(a) or b != int(b) or len(doc[i].text) == 4 and len(doc[k].text) in (2, 4):
        return None  # ("1998-99": a span of years)
    if percent_after(doc, k + 1):
        return None  # "a 52-48% majority": two shares of the vote, not counts of votes (numbers.py, claims68)
    end = k + 1 + (low(doc, k + 1) in ("votes", "vote"))
    sent = doc[i].sent
    near = [doc[i].head, doc[k].head, doc[i].head.head, doc[k].head.head]
    if end < len(doc):
        near.append(doc[end])
    if low(doc, i + 1) == "to" and low(doc, i - 1) != "by":
        return None  # "three to two" without "by" is more often a range or a change than a score
    before = [t for t in sent if t.i < i and i - t.i <= 6]
    return (a, b, end) if any(_tally_word(t) for t in near + before) else None


def voting_context(doc: Doc, i: int) -> bool:
    """Is the tally at ``i`` a vote: does its sentence hold a word of voting (lexicon vote_words: "voted", "a 5-4
    ruling", "the council", "the bill")? Without one it is a game's or a set's score ("won 3-1", "beat Smith 6-4,
    7-6 (5)", "a 2-1 lead"): no count of people or things. A word glued by a hyphen to the one before it is part of
    a modifier ("home-court advantage", "a high-court style"), not the body or the act it names (claims63)."""
    words = _words("counts", "vote_words")
    return any((t.lemma_.lower() in words or t.lower_ in words) and not _hyphen(doc, t.i - 1)
               for t in doc[i].sent)


def without_piece(toks: list[Token]) -> list[Token]:
    """The words a glued length describes without its smaller piece: 'a 7-year-and-one-month sentence' -> 'sentence'
    (numbers._piece_of_time reads '-and-one-month' as a piece of the 7 years, not a figure of its own)."""
    if len(toks) < 4 or toks[0].lower_ not in ("-", "–") or toks[1].lower_ != "and":
        return toks
    k = 2
    while k < len(toks) and (toks[k].lower_ in ("-", "–") or time_unit(toks[k].lower_) is not None
                             or number_value(toks[k]) is not None):
        k += 1
    return toks[k:]
