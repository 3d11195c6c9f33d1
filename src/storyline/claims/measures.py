"""What a number is written with: a unit, currency word or percent sign after it, a hyphenated unit or group
size ("115-mph winds", "a 550-member delegation"), the whole of a share ("two out of 57", "one in seven",
"two of the 57 strikes"), a currency sign or code before it, and the same figure converted in brackets
("130 kph (81 mph)"). Each reader fills in the Figure (figure.py) numbers.py has read."""

from __future__ import annotations

import re

from spacy.tokens import Doc

from .. import lexicon
from .exclusions import GROUP_SIZE as _GROUP_SIZE
from .exclusions import term_of as _term_of
from .figure import Figure
from .grammar import compound_count, compound_length
from .lost_signs import LOST, lost_sign_before
from .money_ranges import money_range
from .tokens import glued_unit, number_value
from .tokens import low as _low
from .vocab import by_word, currencies, units, word_set

_SIZE_ADJECTIVES = word_set("size_adjectives")
_UNIT_WORDS = max(len(u.replace("-", " - ").split()) for u in units())  # ("lb-ft": three tokens)
_CURRENCY_WORDS = max(len(c.split()) for c in currencies())
_PEOPLE_WORDS = word_set("person_nouns") | word_set("male_people") | word_set("female_people")
_CAUSE_WORDS = frozenset(by_word("causes"))
_PROCESS_NOUNS = word_set("process_nouns")
_DISTRIBUTIVE = word_set("distributive_words")  # "out of every 100": the base of a share all the same (claims43)
_CANDIDATE = re.compile(r"\d")
_ATTEMPTS = re.compile(r"[-–]for[-–](\d+)$", re.I)  # "7-for-16": 7 made of 16 tries (claims63)
_MONEY_OF = lexicon.words("money_of_nouns")
DEEP_TIME = 100  # years: "320,000 years ago" is a measure; "two years ago" is a date


def match_words(doc: Doc, j: int, table_: dict[str, object], longest: int) -> tuple[str, int] | None:
    """The longest entry of ``table_`` written at token ``j``: (surface, end)."""
    for n in range(longest, 0, -1):
        if j + n > len(doc):
            continue
        words = " ".join(t.lower_ for t in doc[j : j + n])
        if words in table_:
            return words, j + n
        written = doc[j : j + n].text.lower()  # "lb-ft": a unit written as one hyphened word (claims34)
        if n > 1 and written in table_:
            return written, j + n
        if words.endswith(".") and words[:-1] in table_ and (j + n == len(doc) or doc[j + n - 1].is_sent_end):
            return words[:-1], j + n  # "weighed about 20-30 g.": the sentence's full stop glued to the unit (claims68)
    return None


def unit_after(doc: Doc, fig: Figure) -> None:
    """A unit, currency word or percent sign after the number; a hyphenated unit or group size."""
    j = fig.end
    glued = glued_unit(doc[j - 1].text)
    if glued:  # "a frequency of 37.5kHz"
        fig.unit = units()[glued]
        fig.dimension = fig.unit.dimension
        return
    if _low(doc, j) in ("-", "–") and not doc[j - 1].whitespace_ and not doc[j].whitespace_ and \
            _low(doc, j + 1) in ("percent", "pc", "pct"):
        j += 1  # "51.9-percent", "a 5-percent rise": the sign glued by a hyphen (claims68)
    if _low(doc, j) in ("percent", "%", "pc", "pct") or (_low(doc, j) == "per" and _low(doc, j + 1) == "cent"):
        fig.percent, fig.dimension = True, "percent"
        fig.end = j + (2 if _low(doc, j) == "per" else 1)
        return
    hyphen = _low(doc, j) in ("-", "–") and not doc[j - 1].whitespace_
    k = j + 1 if hyphen else j
    cur = match_words(doc, k, currencies(), _CURRENCY_WORDS)  # type: ignore[arg-type]
    if cur is not None and currencies()[cur[0]][1] in ("after", "both") and not hyphen:
        fig.currency, fig.currency_code, fig.dimension, fig.end = k, currencies()[cur[0]][0], "money", cur[1]
        return
    if _low(doc, k) == "pounds" and not hyphen and _weighed_of(doc, k + 1):
        fig.unit, fig.end = units()["pound"], k + 1  # "five million pounds of thrust": a weight or force (claims69)
        fig.dimension = fig.unit.dimension
        return
    if _low(doc, k) == "pounds" and not hyphen and fig.value >= 1_000_000:
        fig.currency, fig.currency_code, fig.dimension, fig.end = k, "GBP", "money", k + 1
        return
    unit = match_words(doc, k, units(), _UNIT_WORDS)  # type: ignore[arg-type]
    if unit is None and not hyphen and k < len(doc) and doc[k].pos_ == "NOUN" and doc[k].dep_ == "compound":
        unit = match_words(doc, k + 1, units(), _UNIT_WORDS)  # type: ignore[arg-type]
        if unit is not None and units()[unit[0]].dimension != "duration":
            unit = None  # "18,870 flight hours", "40 working days": time counted in a kind of hours or days
    if unit is not None and not (unit[0] in ("m", "in.", "g") and hyphen):
        fig.unit = units()[unit[0]]
        fig.dimension = fig.unit.dimension
        fig.end = unit[1]
        if fig.dimension == "duration" and _low(doc, fig.end) in ("old", "ago") and fig.unit.name == "yr":
            old = _low(doc, fig.end) == "old" or _made_ago(doc, fig.end)  # ("the gift made 83 years ago": its age)
            fig.dimension = "years ago" if fig.value >= DEEP_TIME else "age" if old else "date"
            fig.end += 1
        elif fig.dimension == "duration" and _low(doc, fig.end) == "-" and _low(doc, fig.end + 1) == "old":
            deep = fig.value >= DEEP_TIME and fig.unit.name == "yr" and _low(doc, fig.end + 2) not in _PEOPLE_WORDS
            fig.dimension, fig.end = "years ago" if deep else "age", fig.end + 2  # "a 45-year-old"; a thing's
            # age of 100 years or more is read as "120 years old" is ("the 120-year-old bridge")
            if not deep and doc[fig.end].lemma_.lower() in _PROCESS_NOUNS if fig.end < len(doc) else False:
                fig.dimension, fig.modifier = "duration", True  # "the 17-day-old crackdown": how long it has lasted
            return
        fig.modifier = hyphen
        if hyphen and _low(doc, fig.end) in ("-", "–") and _low(doc, fig.end + 1) in _SIZE_ADJECTIVES:
            fig.end += 2  # "a 30-meter-long (100-foot-long) pile": the length of the pile
        if hyphen and fig.dimension == "duration" and not _term_of(doc, fig.end):
            person = fig.unit.name == "yr" and _low(doc, fig.end) in _PEOPLE_WORDS
            length = "duration" if compound_length(doc, fig.end) else "date"  # "a 10-day trial" (grammar.py)
            fig.dimension = "age" if person else length  # "a 10-year girl"; "a 24-hour clock": not a claim
            fig.modifier = not person
        return
    if hyphen and (_low(doc, k).rstrip("s") in _GROUP_SIZE or compound_count(doc, j)) and k + 1 < len(doc):
        fig.modifier, fig.end = True, k + 1  # "a 550-member delegation"


def _weighed_of(doc: Doc, j: int) -> bool:
    """Is "pounds of" at ``j`` said of something other than money ("five million pounds of thrust", "of scrap
    metal")? A weight or a force, not sterling (claims69); "pounds of funding", "of taxpayers' money" stay money
    (lexicon money_of_nouns)."""
    if _low(doc, j) != "of" or j + 1 >= len(doc):
        return False
    words = [t for t in doc[j + 1 : j + 6] if t.is_alpha]
    noun = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
    return noun is not None and not any(w.lemma_.lower() in _MONEY_OF or w.lower_ in _MONEY_OF for w in words[
        : words.index(noun) + 1])


def _attempts_whole(doc: Doc, j: int) -> tuple[float, int] | None:
    """The tries and the end of "-for-M" glued after a number at ``j`` ("7-for-16", "3-for-4"), or None."""
    text = ""
    for k in range(j, min(j + 4, len(doc))):
        text += doc[k].text
        if (m := _ATTEMPTS.match(text)) is not None:
            return float(m.group(1)), k + 1
        if doc[k].whitespace_:
            return None
    return None


def _framed_whole(doc: Doc, j: int) -> int | None:
    """The number of "of" + a determiner + an ordinal or adjective + a number at ``j`` ("of their first 30", "of the
    last 12"), or None: the whole a share is taken of, told as a stretch, so no count of its own."""
    if _low(doc, j) != "of" or j + 3 >= len(doc) or doc[j + 1].tag_ not in ("DT", "PRP$"):
        return None
    return j + 3 if doc[j + 2].tag_ in ("JJ", "JJS") and doc[j + 3].like_num else None


def share_of_whole(doc: Doc, fig: Figure) -> None:
    """'two out of 57', 'two of the 57 strikes', 'two of three requirements'; a distributive word before the base
    ("seven out of every 100 children", "one in every five", lexicon ``distributive_words``) changes nothing."""
    j = fig.end
    out = _low(doc, j) == "out" and _low(doc, j + 1) == "of"
    every = int(_low(doc, j + (2 if out else 1)) in _DISTRIBUTIVE)  # "seven out of every 100", "one in every five"
    if out and j + 2 + every < len(doc):
        b = number_value(doc[j + 2 + every])
        if b is not None and b >= fig.value:
            fig.base, fig.end, fig.dimension = b, j + 3 + every, "percent"
    elif _low(doc, j) == "in" and j + 1 + every < len(doc) and fig.value <= 10 and doc[j + 1 + every].pos_ == "NUM":
        b = number_value(doc[j + 1 + every])  # "one in seven patients", "three in ten U.S. citizens"
        after = doc[j + 2 + every].lemma_.lower() if j + 2 + every < len(doc) else ""
        if b is not None and fig.value < b <= 1000 and after not in _CAUSE_WORDS:  # not "2 in 5 attacks"
            fig.base, fig.end, fig.dimension = b, j + 2 + every, "percent"
    elif _low(doc, j) == "of" and _low(doc, j + 1) in _DISTRIBUTIVE and j + 2 < len(doc) and \
            (b := number_value(doc[j + 2])) is not None and b > fig.value:
        fig.base, fig.end, fig.dimension = b, j + 3, "percent"  # "85 of every 100 medicines": a rate, not two
        # counts, as "out of every 100" (claims80)
    elif (tries := _attempts_whole(doc, j)) is not None and tries[0] >= fig.value and not doc[j - 1].whitespace_:
        fig.base, fig.end, fig.dimension = tries[0], tries[1], "percent"  # "7-for-16" (claims63)
    elif (framed := _framed_whole(doc, j)) is not None:
        b = number_value(doc[framed])  # "18 of their first 30 tries": a share of a stretch, not two counts (claims63)
        if b is not None and b >= fig.value:
            fig.base, fig.end, fig.dimension = b, framed + 1, "percent"
    elif _low(doc, j) == "of" and _low(doc, j + 1) in ("the", "those", "these") and j + 2 < len(doc):
        b = number_value(doc[j + 2])
        if b is not None and b >= fig.value:
            fig.base, fig.end, fig.dimension = b, j + 3, "percent"
            fig.base_token = j + 2 if _low(doc, j + 1) == "the" else None
    elif _low(doc, j) == "of" and j + 2 < len(doc) and doc[j + 1].pos_ == "NUM" and doc[j + 2].tag_ == "NNS" and \
            doc[j + 1].is_alpha and doc[fig.num].is_alpha:
        b = number_value(doc[j + 1])  # "two of three requirements": a share, not the whole three (claims38; words
        if b is not None and fig.value < b <= 10 and not fig.vague:  # only, up to ten: the claims gate's heldout10)
            fig.base, fig.end, fig.dimension = b, j + 2, "percent"
            fig.base_token = j + 1  # the whole a figure of its own too, as after "of the"


def currency_before(doc: Doc, fig: Figure) -> None:
    """A currency sign or code before the number: '$5.2 billion', 'dlrs 137,000', 'US$ 5m'."""
    if fig.vague or fig.dimension != "count":
        return
    for n in (2, 1):
        words = " ".join(_low(doc, k) for k in range(fig.start - n, fig.start))
        entry = currencies().get(words) if fig.start - n >= 0 else None
        if entry is not None and entry[1] in ("before", "both"):
            fig.currency, fig.currency_code, fig.dimension = fig.start - n, entry[0], "money"
            fig.start -= n
            money_range(doc, fig)  # "between $2 to $18": one price range (money_ranges.py, claims41)
            return
    if lost_sign_before(doc, fig):  # "?7bn": a sign the record's encoding lost (lost_signs.py, claims80)
        fig.currency, fig.currency_code, fig.dimension = fig.start - 1, LOST, "money"
        fig.start -= 1


def conversion(doc: Doc, fig: Figure) -> None:
    """'130 kph (81 mph)', '24.2 million euros ($27.2 million)': the bracketed figure is this one converted."""
    if fig.dimension not in ("money",) and fig.unit is None:
        return
    j = fig.end
    if _low(doc, j) not in ("(", "["):
        return
    close = next((k for k in range(j + 1, min(j + 10, len(doc))) if doc[k].text in (")", "]")), None)
    if close is None or not any(_CANDIDATE.search(t.text) for t in doc[j + 1 : close]):
        return
    inner = doc[j + 1 : close].text
    has_unit = any(match_words(doc, k, units(), _UNIT_WORDS) or  # type: ignore[arg-type]
                   match_words(doc, k, currencies(), _CURRENCY_WORDS) for k in range(j + 1, close))  # type: ignore[arg-type]
    if has_unit or re.search(r"[$£€¥]|^\?\d", inner):  # ("$38m (?31m)": lost_signs.py)
        fig.conversion, fig.end = inner, close + 1


def _made_ago(doc: Doc, ago: int) -> bool:
    """'the gift made 83 years ago', 'a church built 60 years ago': "ago" on a participle that describes a thing
    (a reduced relative clause), so the span is the thing's age, as in "an 83-year-old gift"; not a person's."""
    if _low(doc, ago) != "ago":
        return False
    verb = doc[ago].head
    return verb.dep_ == "acl" and verb.tag_ == "VBN" and verb.head.pos_ == "NOUN" and \
        verb.head.lemma_.lower() not in _PEOPLE_WORDS
