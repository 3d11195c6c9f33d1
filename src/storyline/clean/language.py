"""A small, dependency-free language guesser.

Why it exists: storyline's models (spaCy pipeline, gazetteer, claim patterns)
are English-only, so a German or Arabic article fed into the pipeline would
produce garbage sentences, entities and claims without any error. Cleaning
asks this module whether a body is clearly not English and, if so, skips the
document with a clear reason instead.

Why not a library: the check runs once per article on every input, must be
fast (well under a millisecond for a news article) and must work offline, and
"is this clearly not English" needs no more than two signals:

1. **Script.** If most letters are Cyrillic, Arabic, CJK, Greek, Hebrew,
   Devanagari, Thai or Hangul, the script names the language (Cyrillic with
   Ukrainian letters is ``uk``, Arabic script with Persian letters is ``fa``,
   Han with kana is ``ja``); likewise the scripts of ``lexicon/other_scripts.tsv``
   (Myanmar, Khmer, Georgian, Ethiopic, Bengali, Tamil …; inputs33).
2. **Stopwords.** For Latin-script text, every token that is one of the most
   frequent function words of a language scores for that language. A word
   shared by several languages ("de", "in", "a") scores ``1 / n`` for each of
   the ``n`` languages that share it, so shared words do not decide anything.

Confidence is in ``[0, 1]``: the winner's share of the stopword score, damped
for texts with few stopword hits (a 5-word headline is never "clearly" any
language) and for texts where stopwords are rare (lists, names, numbers).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .. import lexicon

__all__ = ["detect_language", "reads_as", "stopword_share"]

# Only the first characters matter: an article's language does not change
# halfway, and sampling keeps the detector O(1) in the article's length.
_SAMPLE_CHARS = 2500

# Languages told apart by their function words (lexicon/function_words/<code>.txt); order breaks ties.
_LATIN_LANGS = ("en", "fr", "de", "es", "it", "pt", "nl", "tr", "pl", "sv", "ro", "id", "cs", "fi", "hu")
_PROFILES: dict[str, tuple[str, ...]] = {lang: lexicon.entries(f"function_words/{lang}") for lang in _LATIN_LANGS}


def _build_weights(profiles: dict[str, tuple[str, ...]]) -> dict[str, tuple[tuple[str, float], ...]]:
    """word -> ((lang, 1/n), ...) where n is how many languages list the word."""
    owners: dict[str, list[str]] = {}
    for lang, words in profiles.items():
        for w in set(words):
            owners.setdefault(w, []).append(lang)
    return {w: tuple((lang, 1.0 / len(langs)) for lang in langs) for w, langs in owners.items()}


_WEIGHTS = _build_weights(_PROFILES)
_STOPWORD_SETS = {lang: frozenset(words) for lang, words in _PROFILES.items()}
LATIN_SCRIPT_LANGUAGES = frozenset(_LATIN_LANGS)
"""Codes ``detect_language`` gives from stopwords; every other code it gives comes from a script."""

_TOKEN_RE = re.compile(r"[^\W\d_]+")
_NOT_LATIN_RE = re.compile(r"[^A-Za-z\u00C0-\u024F]+")
# Any letter of the scripts below: one pass tells whether the per-script counts are needed.
_NON_LATIN_LETTER_RE = re.compile(
    r"[\u0370-\u03FF\u0400-\u04FF\u0590-\u05FF\u0600-\u06FF\u0750-\u077F\u0900-\u097F\u0E00-\u0E7F"
    r"\u1100-\u11FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uFB50-\uFDFF\uFE70-\uFEFF]"
)
# (code, letters of that script); order matters only for ties.
_SCRIPTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ru", re.compile(r"[\u0400-\u04FF]")),
    ("ar", re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")),
    ("zh", re.compile(r"[\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF]")),
    ("ko", re.compile(r"[\uAC00-\uD7AF\u1100-\u11FF]")),
    ("el", re.compile(r"[\u0370-\u03FF]")),
    ("he", re.compile(r"[\u0590-\u05FF]")),
    ("hi", re.compile(r"[\u0900-\u097F]")),
    ("th", re.compile(r"[\u0E00-\u0E7F]")),
)


def _other_scripts() -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The scripts of ``lexicon/other_scripts.tsv`` (Myanmar, Khmer, Georgian, Ethiopic, Bengali, Tamil …): code,
    letters (bench/BRIEF_REVIEW.md, "inputs33": a Burmese page was briefed as English)."""
    out = []
    for code, ranges in lexicon.table("other_scripts").items():
        spans = "".join(f"\\u{a}-\\u{b}" for a, b in (r.split("-") for r in ranges.split()))
        out.append((code, re.compile(f"[{spans}]")))
    return tuple(out)


_SCRIPTS += _other_scripts()
_NON_LATIN_LETTER_RE = re.compile(
    _NON_LATIN_LETTER_RE.pattern[:-1] + "".join(p.pattern[1:-1] for _, p in _other_scripts()) + "]"
)
_UKRAINIAN_RE = re.compile(r"[іїєґІЇЄҐ]")
_PERSIAN_RE = re.compile(r"[پچژگکی]")
_KANA_RE = re.compile(r"[\u3040-\u30FF]")

# Below this many stopword hits (all languages together) a Latin-script guess is tentative.
_FULL_CONFIDENCE_HITS = 6.0
# Natural prose has roughly one stopword in three tokens; lists of names do not.
_FULL_CONFIDENCE_DENSITY = 0.25


def detect_language(text: str) -> tuple[str | None, float]:
    """Guess the language of ``text``: ``(ISO 639-1 code or None, confidence 0..1)``.

    Returns ``(None, 0.0)`` when there is nothing to go on (no letters, or no
    stopword of any known language). Callers should treat a low confidence
    as "don't know", never as "not English".
    """
    sample = text[:_SAMPLE_CHARS]
    latin = len(_NOT_LATIN_RE.sub("", sample))
    best_script, best_count = "", 0
    if _NON_LATIN_LETTER_RE.search(sample):
        for code, pattern in _SCRIPTS:
            n = len(pattern.findall(sample))
            if n > best_count:
                best_script, best_count = code, n
    letters = latin + best_count
    if letters == 0:
        return None, 0.0
    if best_count > latin:
        return _refine_script(best_script, sample), round(best_count / letters, 3)
    tokens = _TOKEN_RE.findall(sample.lower())
    return _score_latin(tokens)


def stopword_share(text: str, lang: str) -> float:
    """Share of the (sampled) tokens of ``text`` that are stopwords of ``lang`` (0 for unknown ``lang``).

    English prose runs at about one token in three; another language's text
    at a few percent. Callers use it as a second opinion before rejecting a
    text: a body a third of whose words are "the", "and", "of" is English,
    whatever a names-heavy sample made ``detect_language`` say.
    """
    words = _STOPWORD_SETS.get(lang)
    tokens = _TOKEN_RE.findall(text[:_SAMPLE_CHARS].lower())
    if not words or not tokens:
        return 0.0
    return sum(1 for t in tokens if t in words) / len(tokens)


def _refine_script(code: str, sample: str) -> str:
    """Split a script family into the language its distinctive letters point to."""
    if code == "ru" and _UKRAINIAN_RE.search(sample):
        return "uk"
    if code == "ar" and len(_PERSIAN_RE.findall(sample)) >= 3:
        return "fa"
    if code == "zh" and _KANA_RE.search(sample):
        return "ja"
    return code


def _score_latin(tokens: Iterable[str]) -> tuple[str | None, float]:
    scores = dict.fromkeys(_LATIN_LANGS, 0.0)
    counts = Counter(tokens)
    n_tokens = sum(counts.values())
    for tok in counts.keys() & _WEIGHTS.keys():
        count = counts[tok]
        for lang, weight in _WEIGHTS[tok]:
            scores[lang] += weight * count
    total = sum(scores.values())
    if total == 0.0:
        return None, 0.0
    best = max(scores, key=scores.__getitem__)
    share = scores[best] / total
    amount = min(1.0, total / _FULL_CONFIDENCE_HITS)
    density = min(1.0, (total / n_tokens) / _FULL_CONFIDENCE_DENSITY)
    return best, round(share * amount * density, 3)


_LOWER_WORD_RE = re.compile(r"\b[a-z\u00df-\u00ff]{2,}\b")
KNOWN_ZIPF = 3.0
"""A word written at least once per million words of general text in a language (``wordfreq``'s Zipf scale) is
one of its words: "points" 5.2, "magna" 3.3 in English; "dolor" 2.3, "eiusmod" 0."""
READS_AS_SHARE = 0.6
"""A text reads as a language when at least this share of its lower-case words are words of it (a name-heavy
results table's few lower-case words, "points", "and", are English; two thirds of a placeholder's are not)."""


def reads_as(text: str, lang: str) -> bool:
    """Whether ``text``'s lower-case words (names are left out: they are any language's) are mostly words of
    ``lang`` (``wordfreq``). Used only for a verdict the function words leave open: a text with few English
    function words that no language's function words name with confidence (placeholder Latin, "Lorem ipsum
    dolor sit amet"), or a Latin-script verdict resting on a few shared words ("et", "est"). True when the text
    has no lower-case words or ``wordfreq`` does not know ``lang``: never a reason to reject."""
    from wordfreq import zipf_frequency

    words = _LOWER_WORD_RE.findall(text[:_SAMPLE_CHARS])
    if not words:
        return True
    try:
        known = sum(1 for w in words if zipf_frequency(w, lang) >= KNOWN_ZIPF)
    except (LookupError, ValueError, ImportError):  # a language wordfreq has no list (or no tokenizer) for
        return True
    return known >= READS_AS_SHARE * len(words)
