"""Words of a text, shared by every stage: tokens, a light stemmer, content terms,
shingles, number words, and ``fold`` (the accent- and case-free form of a name).

Dependency-free and deterministic, so the same sentence always gives the same
terms whichever stage asks.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from . import lexicon

_NUMBER_WORDS = lexicon.numbers("number_words")
UNITS = {w: n for w, n in _NUMBER_WORDS.items() if n < 20}
TENS = {w: n for w, n in _NUMBER_WORDS.items() if n >= 20}
WORDS: dict[str, int] = {**UNITS, **TENS}
"""Number words up to ninety: figures written out ("three firefighters")."""

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)?", re.UNICODE)

# Words that carry no content when two sentences are compared (lexicon/stopwords.txt).
STOPWORDS = lexicon.words("stopwords")

# The stemmer's suffixes, tried in file order (lexicon/stem_suffixes.txt): "ations" before "ation" before "s".
_SUFFIXES = lexicon.entries("stem_suffixes")


@lru_cache(maxsize=1 << 16)
def stem(word: str) -> str:
    """A crude suffix stripper: enough to match 'strikes'/'strike', 'killed'/'killing'. Cached:
    news repeats its words, and every stage stems them (22 suffix tests per uncached word)."""
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            word = word[: -len(suf)]
            if suf in ("ies", "ied"):
                word += "y"
            break
    return word


REMEMBERED_TEXT = 1_000
"""Texts up to this many characters (sentences, headlines, passages) have their words and content
terms remembered: the stages ask for the same sentences' words again and again (a ten-report DUC 2003
brief asks about 1,700 times for some 430 texts). Longer texts (whole reports) are read each time."""


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in _WORD.findall(text))


@lru_cache(maxsize=1 << 14)
def _content_terms(text: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in _words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit()))


def words(text: str) -> list[str]:
    """Every word of ``text``, lower-cased (numbers included)."""
    if len(text) <= REMEMBERED_TEXT:
        return list(_words(text))
    return [w.lower().replace("’", "'") for w in _WORD.findall(text)]


def content_terms(text: str) -> list[str]:
    """Stemmed content words: what two sentences must share to say the same thing."""
    if len(text) <= REMEMBERED_TEXT:
        return list(_content_terms(text))
    return [stem(w) for w in words(text) if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def plain_terms(text: str) -> list[str]:
    """Content words that are not capitalised names (the first word excepted): what a
    sentence says about its subjects, as opposed to who the subjects are."""
    out = []
    for i, w in enumerate(_WORD.findall(text)):
        lw = w.lower().replace("’", "'")
        if lw in STOPWORDS or (len(lw) < 2 and not lw.isdigit()) or (i and w[0].isupper()):
            continue
        out.append(stem(lw))
    return out


def word_count(text: str) -> int:
    return len(text.split())


def shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    """Word n-grams, for near-duplicate detection."""
    ws = words(text)
    if len(ws) < n:
        return {tuple(ws)} if ws else set()
    return {tuple(ws[i : i + n]) for i in range(len(ws) - n + 1)}


_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE",
        "ß": "ss", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D", "þ": "th", "Þ": "Th", "ħ": "h", "Ħ": "H",
        "ŧ": "t", "Ŧ": "T",
    }
)
_APOSTROPHES = re.compile(r"['’‘`´ʻʼʿʾ]")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Lower case, accents folded, apostrophes dropped, other punctuation to single spaces.

    Letters outside the Latin script vanish, so a non-Latin alternate name folds to "".
    Cached: names and places are folded again by every stage that compares them.
    """
    s = unicodedata.normalize("NFKD", text.translate(_SPECIAL))
    s = "".join(ch for ch in s if not unicodedata.combining(ch)).lower()
    s = _APOSTROPHES.sub("", s)
    return _NON_ALNUM.sub(" ", s).strip()



def bare_name(text: str) -> str:
    """A name folded (``fold``) without a leading "the": "the Soviet Union" and "Soviet Union" look up as one."""
    f = fold(text)
    return f[4:] if f.startswith("the ") else f


UNTITLED = "Untitled story"
OPENING_WORDS = 10
"""Words of its first report that a plain-text list of stories shows beside an untitled story."""


def story_label(title: str, story_id: str = "") -> str:
    """The one name a story is shown by: the brief's heading, the story lists on stderr and of
    ``storyline stories``, the web app. Its title; a story whose reports have no headline has none
    (``summary.title``) and is "Untitled story (ID)" ("Untitled story" for the one story of an
    input, id ``story``): never a report id or opening words passed off as a title."""
    if title:
        return title
    return f"{UNTITLED} ({story_id})" if story_id and story_id != "story" else UNTITLED


def story_line(title: str, story_id: str, opening: str) -> str:
    """A story in a plain-text list of stories (stderr, ``storyline stories``, a brief's note on
    the input's other stories): ``story_label``; an untitled story's label is followed by the
    opening words of its first report, quoted, so that untitled stories can be told apart
    (``Untitled story (2): “JERUSALEM _ A red Fiat belching smoke sent shoppers fleeing moments …”``)."""
    label = story_label(title, story_id)
    ws = opening.split()
    if title or not ws:
        return label
    return f"{label}: “{' '.join(ws[:OPENING_WORDS])}{' …' if len(ws) > OPENING_WORDS else ''}”"


GLUED_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\d{4}))\.[\"'”’]?(?=[A-Z][a-z])")
"""A sentence end with no space after it, as scraped text often has ("… indefinitely.The hurricane",
"… in 2008.Facing"): a word of two lower-case letters or a year, the stop, then a capitalised word.
Initials and abbreviations ("U.S.Army", "St.Louis", "a.m.Friday") do not match."""


CAPITALS_SHARE = 0.8  # of a text's letters, at least, upper case …
CAPITALS_WORDS = 4  # … in at least this many words of two letters or more ("NATO and the UN agreed" is prose)
_CASED_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]+")


def in_capitals(text: str) -> bool:
    """Is ``text`` written in capitals (a broadcast transcript, a shouted line), not prose with a few acronyms?"""
    if sum(w.isupper() for w in _CASED_WORD.findall(text)) < CAPITALS_WORDS:
        return False  # most lines: no need to count their letters
    letters = [c for c in text if c.isalpha()]
    return sum(c.isupper() for c in letters) >= CAPITALS_SHARE * len(letters)



def word_spans(text: str, word: str, not_before: str = "", not_after: str = "") -> list[tuple[int, int]]:
    """Where ``word`` stands in ``text`` with no word character (nor one of ``not_before``) just before it and none (nor
    one of ``not_after``) just after: the matches of ``(?<![\\w…])word(?![\\w…])`` (``\\w``: ``isalnum`` or "_"),
    found by ``str.find`` with no pattern to compile (a story asks for a thousand names, each once)."""
    out: list[tuple[int, int]] = []
    size, i = len(word), text.find(word) if word else -1
    while i != -1:
        end = i + size
        if (i == 0 or not ((c := text[i - 1]).isalnum() or c == "_" or c in not_before)) and \
                (end == len(text) or not ((c := text[end]).isalnum() or c == "_" or c in not_after)):
            out.append((i, end))
            i = text.find(word, end)
        else:
            i = text.find(word, i + 1)
    return out

_VANITY_DOMAINS = lexicon.words("vanity_domains")
_DOMAIN_COUNTRIES = lexicon.table("domain_countries")


def outlet_country(url: str | None) -> str | None:
    """The ISO code of the country an outlet's web address names ("bbc.co.uk" -> GB, ".au" -> AU), if any.

    Generic-use domains (".tv", ".io": lexicon/vanity_domains.txt) name no country; lexicon/domain_countries.tsv
    maps the domains whose code is not the country's (".uk" -> GB). Read by places (the outlets' countries),
    claims (an outlet's own dollar) and clean (a currency sign a record lost)."""
    host = (url or "").split("://", 1)[-1].split("/", 1)[0].split(":", 1)[0].lower().rstrip(".")
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if len(tld) != 2 or not tld.isalpha() or tld in _VANITY_DOMAINS:
        return None
    return _DOMAIN_COUNTRIES.get(tld, tld.upper())


LOST_SIGN = re.compile(r"(?<![^\s(\[–-])\?(?=\d[\d.,]*\s?(?:bn|m|mn|tn|k|billion|million|trillion|thousand)\b|"
                       r"\d{1,3}(?:,\d{3})+(?![\d,])|"
                       r"\d+(?:\.\d\d)?(?= (?-i:[a-z]))(?! (?:degrees?|per ?cent|percent)\b))", re.I)
"""A currency sign a record's encoding lost: a "?" glued to a scaled amount ("a ?7bn loss", "$38m (?31m)"), to
one written in thousands ("paid ?650,000"), or to a plain amount before a lower-case word ("the new ?1 coin", "a ?5
note"; inputs64: a "?" opens no word, and a lost minus sign is a temperature's, "?5 degrees", or a share's), where
"$", plain ASCII, survives and "£", "€", "¥" do not. No question ends there (analyse.py holds the sentence
together) and the amount is money of an unknown currency (claims/lost_signs.py), or the sign of the outlet's country
where clean restores it (clean/lostchars.py): one rule for both (inputs63)."""
