"""The shapes of names only the entities stage reads: a title's words ("New Orleans Federal| Judge"), the
word a model left off a name ("NYSE| Euronext"), an honorific's gender, taxa, adjectives, methods' acronyms,
versions, streets, venues, pacts, documents, bills, self-given names and model years. What the places
stage needs too stays in ``names.py``."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from .. import lexicon
from ..ingest.glyphs import dictionary_word
from ..names import ACRONYM_SKIP, FIRST_NAME_GENDERS, HONORIFICS, JOB_TITLES, PRODUCT_NOUNS, clean_name
from ..people import edit1
from ..text import fold

_STOPWORDS = lexicon.words("stopwords")
_FEATURES = lexicon.table("feature_words")


# Words written inside a title between a body's or a place's name and the title word ("New Orleans
# Federal| Judge", "U.S. District| Judge"; lexicon/title_modifiers.txt).
TITLE_MODIFIERS = lexicon.words("title_modifiers")
_TITLE_AFTER = re.compile(r"^[ \t]+([A-Z][a-z]+)\b")


def cut_before_title(name: str, after: str) -> str | None:
    """A name the model ended inside a title ("New Orleans Federal" before "Judge Kurt Engelhardt"): the
    name before the title's modifiers ("New Orleans"; "" when nothing is left), or None when the name
    does not end on a modifier before a title word (lexicon/honorifics.tsv, job_titles.txt)."""
    words = name.split()
    n = len(words)
    while n and words[n - 1] in TITLE_MODIFIERS:
        n -= 1
    title = _TITLE_AFTER.match(after)
    if n == len(words) or title is None or not (title.group(1) in HONORIFICS or title.group(1).lower() in JOB_TITLES):
        return None
    return " ".join(words[:n])


_NAME_AFTER = re.compile(r"^[ \t]+[A-Z][a-z]+[ \t]+[A-Z][a-z]")  # " Kory Honea": a full name next


def office_before_name(name: str, after: str) -> bool:
    """Does the name end on a title or an occupation, with a full name right after it ("Butte County Sheriff| Kory
    Honea", "Zorland Harbour Master| Ana Velu")? Then it is the office the person holds, no person or body of its own
    (lexicon/honorifics.tsv, job_titles.txt; ents62)."""
    words = name.split()
    last = words[-1].rstrip(".") if len(words) >= 2 else ""
    return bool(last[:1].isupper()) and (HONORIFICS.get(last) == "title" or last.lower() in JOB_TITLES) and (
        _NAME_AFTER.match(after) is not None)


_PORTFOLIO_REST = re.compile(r"^[ \t]+(?:and|&)[ \t]+([A-Z][\w'’-]*(?:[ \t]+[A-Z][\w'’-]*){1,3})")


def in_portfolio(after: str) -> bool:
    """Does the name stand before the rest of a portfolio and its title ("Law| and Order Minister Adriaan
    Vlok", "Trade| and Industry Secretary")? Then it is the first word of a ministry's name in a title
    (the title word: lexicon/honorifics.tsv, job_titles.txt), not a person or an organisation of its own."""
    rest = _PORTFOLIO_REST.match(after)
    words = rest.group(1).split() if rest is not None else []
    return any(w in HONORIFICS or w.lower() in JOB_TITLES for w in words[1:])


# The gender an honorific gives ("Mr." m, "Mrs." f; lexicon/honorific_genders.tsv) and the gender of very
# common given names (lexicon/first_names.tsv): a bare surname with an honorific ("Mr. Clinton") joins only
# a full name of a compatible gender.
HONORIFIC_GENDERS = lexicon.table("honorific_genders")


def honorific_gender(form: str) -> str | None:
    """The gender ("m" or "f") the honorific that opens ``form`` gives ("Mr. Clinton" -> "m"), or None."""
    words = form.split(maxsplit=1)
    return HONORIFIC_GENDERS.get(words[0].rstrip(".")) if len(words) == 2 else None


_TITLES = sorted((h for h, kind in HONORIFICS.items() if kind == "title"), key=len, reverse=True)


def form_title(form: str) -> str | None:
    """The title that opens a person's ``form`` ("President Park" -> "President"; "Vice President Pence" -> "Vice
    President"; lexicon/honorifics.tsv, kind "title"), or None: what the story calls the person by office."""
    return next((t for t in _TITLES if form.startswith(t + " ") and len(form) > len(t) + 1), None)


_LONG_TITLES = [t for t in _TITLES if " " not in t and len(t) >= 6]


def misspelt_title(name: str) -> str | None:
    """A full name opened by a title misspelt by one letter ("Governer Ana Velu": Governor; lexicon/honorifics.tsv,
    kind "title", six letters or more), and no common given name: the name without it, else None (ents62). A rare
    given name may be so too ("Justine"): the entities stage cuts it only when the story writes the rest as a person's
    name too."""
    words = name.split()
    if len(words) < 3 or fold(words[0]) in FIRST_NAME_GENDERS or words[0] in HONORIFICS:
        return None
    hit = any(t[0] == words[0][0] and edit1(t, words[0]) for t in _LONG_TITLES)
    return " ".join(words[1:]) if hit else None


def first_name_gender(name: str) -> str | None:
    """The gender ("m" or "f") of a full name's given name when it is a very common one ("Hillary
    Clinton" -> "f"), or None (one word, or a given name not in the list or given to both)."""
    words = clean_name(name).split()
    return FIRST_NAME_GENDERS.get(fold(words[0])) if len(words) >= 2 else None


# Streets and roads (lexicon/street_words.txt): "Drury Circle", "Crystal Avenue"; "Interstate 435", "Route 66".
STREET_WORDS = lexicon.words("street_words")
_NUMBERED_ROAD = re.compile(r"^(?:Interstate|Highway|Route|State Route|U\.S\. Route|I-)\s*\d{1,4}$")


# Streets and squares named in one word or with a street word first (lexicon/street_suffixes.txt,
# street_prefixes.txt): "Petersallee", "Maji-Maji-Allee", "Alexanderplatz"; "Rue de Rivoli", "Avenida Paulista".
_STREET_SUFFIXES = tuple(sorted(lexicon.words("street_suffixes")))
_STREET_PREFIXES = lexicon.words("street_prefixes")
_DISTRICT_WORDS = lexicon.words("district_words")  # "the French Quarter": a town's district


def street_name(name: str) -> bool:
    """A street's or a road's name: it ends in a street word (or a district's: "the French Quarter"), or is a numbered
    road; or it is one word (hyphens allowed) ending in a street's ending ("Petersallee", "Maji-Maji-Allee"), or
    opens with a street word of another language ("Rue de Rivoli")."""
    words = clean_name(name).split()
    if (len(words) >= 2 and words[-1] in STREET_WORDS | _DISTRICT_WORDS) or _NUMBERED_ROAD.match(
            clean_name(name)) is not None:
        return True
    if len(words) >= 2:
        return words[0] in _STREET_PREFIXES
    if len(words) != 1 or not words[0][:1].isupper():
        return False
    last = words[0].rsplit("-", 1)
    tail = last[-1].lower()
    if len(last) == 2 and tail in _STREET_SUFFIXES:
        return True  # "Maji-Maji-Allee", "Cornelius-Fredericks-Strasse"
    return any(tail.endswith(s) and len(tail) - len(s) >= 3 and tail[: -len(s)].isalpha() for s in _STREET_SUFFIXES)


# Venues (lexicon/venue_nouns.txt): "Carnegie Hall", "O2 Arena", "Parliament Theatrette".
VENUE_NOUNS = lexicon.words("venue_nouns")


def venue_name(name: str) -> bool:
    """A venue's or a building's name: two words or more, the last a venue noun."""
    words = clean_name(name).split()
    return len(words) >= 2 and words[-1] in VENUE_NOUNS


# Landmarks and structures (lexicon/structure_nouns.txt): "Washington Monument", "Ben Gurion Airport".
STRUCTURE_NOUNS = lexicon.words("structure_nouns")


def landmark_name(name: str) -> bool:
    """A landmark's or a structure's name: two words or more, the last a landmark noun (never a surname's)."""
    words = clean_name(name).split()
    return len(words) >= 2 and words[-1] in STRUCTURE_NOUNS


# Trade pacts named without a document word (lexicon/pact_words.tsv): "Trans-Pacific Partnership".
_PACT_WORDS = lexicon.table("pact_words")
_PACT_HEADS = frozenset(w for w, role in _PACT_WORDS.items() if role == "head")
_PACT_QUALIFIERS = frozenset(w for w, role in _PACT_WORDS.items() if role == "qualifier" and not w.endswith("-"))
_PACT_PREFIXES = tuple(w for w, role in _PACT_WORDS.items() if role == "qualifier" and w.endswith("-"))


def pact_name(name: str) -> bool:
    """A trade pact's name: it ends in a pact head ("Partnership", "Deal") and holds a qualifier
    ("Trade", "Economic", a "Trans-" prefix) before it; "John Lewis Partnership" holds none."""
    words = clean_name(name).split()
    return len(words) >= 2 and words[-1] in _PACT_HEADS and any(
        w in _PACT_QUALIFIERS or w.startswith(_PACT_PREFIXES) for w in words[:-1]
    )


# Self-given names (lexicon/alias_cues.txt): 'a man who identified himself as "AJ"'.
ALIAS_CUES = tuple(lexicon.entries("alias_cues"))
_OPEN_QUOTES = "\"“‘'"
_CLOSE_QUOTES = "\"”’'"


def quoted_use(text: str, start: int, end: int) -> bool:
    """Is the name written inside quotation marks ('"AJ"', '“AJ,”')?"""
    opened = start > 0 and text[start - 1] in _OPEN_QUOTES
    return opened and any(c in _CLOSE_QUOTES for c in text[end : end + 2])


def alias_use(text: str, start: int, end: int) -> bool:
    """Is the name a quoted name someone gave themselves ('who identified himself as "AJ,"')?"""
    if not quoted_use(text, start, end):
        return False
    before = " ".join(text[max(0, start - 60) : start - 1].split()).lower()
    return before.endswith(ALIAS_CUES)


# Documents (lexicon/document_words.txt): "Omnibus Parks Act", "European Convention on Terrorism".
DOCUMENT_WORDS = lexicon.words("document_words")
_BILL = re.compile(r"^(?:" + lexicon.alternation(lexicon.words("bill_prefixes")) + r")\s*[A-Z]?-?\d+$")


def bill_name(name: str) -> bool:
    """A bill's number as a legislature writes it ("H.R. 667", "S. 1", "Bill C-51": lexicon/bill_prefixes.txt)."""
    return _BILL.match(" ".join(name.split())) is not None


NAME_PREPOSITIONS = lexicon.words("name_prepositions")


def after_preposition(name: str) -> str | None:
    """The rest of a name that opens with a preposition ("Across| Capitol Hill"), or None."""
    first, _, rest = name.partition(" ")
    return rest if first in NAME_PREPOSITIONS and rest[:1].isupper() else None


_MODEL_YEAR = re.compile(r"\b(?:a|an|the|his|her|their|its|our|my|your)\s+(?:[a-z][\w-]*\s+){0,3}"
                         + r"\d{4}(?:\s+[a-z][\w-]*){0,3}(?:\s+[A-Z][\w-]*)?(?:\s+[A-Z]?-?\d{1,4}[a-z]{0,2})?\s+$")
"""A vehicle's or a device's model year (four digits) before its name: "a white 2007 four-door Hyundai |Sonata",
"his 1998 Ford |Taurus", "his black 2008 Porsche 911 |Carrera" (a model's number after the maker)."""


_SERVICE_KINDS = frozenset({"platform", "platforms"})  # "the streaming platform Netflix": a business, too
_NAMED_PRODUCT_BEFORE = re.compile(  # "its video-recording sunglasses |X", "sunglasses called |X", "a pair of |X",
    # "this software, known as |X"
    r"(?:\b(?:" + lexicon.alternation(PRODUCT_NOUNS - _SERVICE_KINDS)
    + r")(?:[ \t]+called|,?[ \t]+(?:known[ \t]+as|dubbed))?"
    r"|\bpairs?[ \t]+of)[ \t]+$")


def named_product_use(text: str, start: int) -> bool:
    """Is the name at ``start`` written right after a kind of made thing ("sunglasses Spectra", "sunglasses called
    Spectra", "this software, known as Spectra", "a drone dubbed Spectra") or "a pair of" ("a pair of Spectras")?
    Then it names a product at least there."""
    return _NAMED_PRODUCT_BEFORE.search(text[max(0, start - 40) : start]) is not None


def model_year_use(text: str, start: int) -> bool:
    """Is the name at ``start`` written after a model year ("a white 2007 four-door Hyundai Sonata")?
    Then it names a made thing (a car, a device), not a person or an organisation."""
    return _MODEL_YEAR.search(text[max(0, start - 60) : start]) is not None
_OF_WORDS = frozenset({"on", "of", "for", "against"})


def document_name(name: str) -> bool:
    """A law's, a treaty's or an agreement's name: its last word is a document word, or one stands
    before "on"/"of"/"for" ("Convention on Terrorism")."""
    words = clean_name(name).split()
    if len(words) < 2:
        return False
    return words[-1] in DOCUMENT_WORDS or any(
        w in DOCUMENT_WORDS and nxt in _OF_WORDS for w, nxt in itertools.pairwise(words)
    )


_NAME_WORD_AFTER = re.compile(r"^[ \t]+([A-Z][\w&-]*[A-Za-z])(?!\w|-(?!-))")  # "Kuan| Yew--": "--" is a dash
_CALENDAR = frozenset(lexicon.table("months")) | frozenset(lexicon.table("weekdays"))


def name_word_after(text: str, end: int) -> str | None:
    """The capitalised word written right after a name, on the same line and with no punctuation between
    ("NYSE| Euronext’s"), when it can be part of that name: not a function word, a month, a weekday, a
    title or a title's word ("Judge", "Federal"), nor a plural ("House| Democrats"). None otherwise."""
    m = _NAME_WORD_AFTER.match(text[end : end + 40])
    if m is None:
        return None
    word = m.group(1)
    low = word.lower()
    if low in _STOPWORDS or low in _CALENDAR or word in HONORIFICS or low in JOB_TITLES or word in TITLE_MODIFIERS:
        return None
    if low.endswith("s") and not low.endswith(("ss", "us")):
        return None  # a capitalised plural names members of the body: "House| Democrats", "Senate| Republicans"
    return word


# Taxa (lexicon/taxon_words.tsv): a genus's name before a species' Latin epithet ("Diprotodon optatum") or
# with a taxon's noun ("the Genyornis genus", "genus Homo").
_TAXON_NOUNS = "|".join(w for w, r in lexicon.table("taxon_words").items() if r == "noun")
_EPITHET_ENDINGS = lexicon.alternation((w for w, r in lexicon.table("taxon_words").items() if r == "ending"))
_BINOMIAL = re.compile(r"\b([A-Z][a-z]{3,})[ \t]+([a-z]{3,}(?:" + _EPITHET_ENDINGS + r"))\b")
_TAXON_NOUN = re.compile(r"\b(?:([A-Z][a-z]{3,})[ \t]+(?:" + _TAXON_NOUNS + r")|(?:" + _TAXON_NOUNS
                         + r")[ \t]+([A-Z][a-z]{3,}))\b")


def taxon_names(texts: Sequence[str]) -> set[str]:
    """Folded genus names the texts write as taxa: before a species' epithet that the texts write nowhere
    else ("Diprotodon optatum"; "Apple museum" is no binomial, "museum" is written alone too), or with a
    taxon's noun ("the Genyornis genus", "genus Homo")."""
    out: set[str] = set()
    alone: dict[str, bool] = {}  # epithet -> written somewhere without a capitalised word before it

    def written_alone(word: str) -> bool:
        if word not in alone:
            alone[word] = any(len(re.findall(r"\b" + word + r"\b", u))
                              != len(re.findall(r"\b[A-Z][a-z]+[ \t]+" + word + r"\b", u)) for u in texts)
        return alone[word]

    for t in texts:
        for m in _BINOMIAL.finditer(t):
            genus, epithet = m.group(1), m.group(2)
            if (genus.lower() not in _STOPWORDS and epithet not in _STOPWORDS and not epithet.endswith("ous")
                    and not written_alone(epithet)):
                out.add(fold(genus))
        out |= {fold(m.group(1) or m.group(2)) for m in _TAXON_NOUN.finditer(t)}
    return out


# Adjectives made from names ("a Eurocentric view"; lexicon/adjective_suffixes.txt).
_ADJECTIVE_SUFFIXES = tuple(sorted(lexicon.words("adjective_suffixes"), key=len, reverse=True))
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w-])(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w-]*[ \t]+)?$")
_LOWER_AFTER = re.compile(r"^[ \t]+([a-z][\w-]*)")


def adjective_use(text: str, start: int, end: int) -> bool:
    """Is the one-word name at ``text[start:end]`` an adjective: an adjective's ending (lexicon/
    adjective_suffixes.txt), written between an article (and perhaps a modifier) and a lower-case word
    that is no function word or reporting verb ("a Eurocentric view", "the Darwinian struggle"; not "the
    Guardian said")?"""
    name = text[start:end]
    noun = _LOWER_AFTER.match(text[end : end + 30])
    return (" " not in name and name.lower().endswith(_ADJECTIVE_SUFFIXES) and len(name) >= 6
            and _ARTICLE_BEFORE.search(text[max(0, start - 30) : start]) is not None
            and noun is not None and noun.group(1) not in _STOPWORDS)  # "the Guardian said", "the Guardian and"


# An acronym the text defines for lower-case words ("optically stimulated luminescence (OSL)", "hypersensitivity
# pneumonitis, or HP"): a method's, a measure's, a condition's or a thing's, not an organisation's.
_LOWER_DEFINED = re.compile(
    r"((?:[a-z][a-z-]*[ \t]+){1,6}[a-z][a-z-]*)(?:[ \t]+\(([A-Z]{2,8})\)|,[ \t]+or[ \t]+([A-Z]{2,8})(?![\w-]))")
_DEFINED_TAIL = re.compile(r"[ \t]+\([A-Z]{2,8}\)|,[ \t]+or[ \t]+[A-Z]{2,8}(?![\w-])")  # its end, quick to find


_RUN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz- \t")  # what ``_LOWER_DEFINED``'s words and spaces are made of


def _defined(text: str) -> list[re.Match[str]]:
    """``_LOWER_DEFINED.finditer(text)``, tried only before each acronym's tail: a match lies in the run of lower-case
    letters, hyphens and spaces that ends where its tail starts, so each search starts at that run (or at the last
    match's end) and ends one character after the tail (its lookahead's)."""
    out: list[re.Match[str]] = []
    pos = 0
    for tail in _DEFINED_TAIL.finditer(text):
        if tail.start() < pos:
            continue
        start = tail.start()
        while start > pos and text[start - 1] in _RUN_CHARS:
            start -= 1
        m = _LOWER_DEFINED.search(text, start, min(len(text), tail.end() + 1))
        if m is not None:
            out.append(m)
            pos = m.end()
    return out


def common_acronyms(text: str) -> set[str]:
    """Acronyms the text defines in brackets or after ", or" for lower-case words whose initials (and the initials
    of each hyphenated part) spell them: "optically stimulated luminescence (OSL)", "gross domestic product
    (GDP)", "hypersensitivity pneumonitis, or HP"."""
    out: set[str] = set()
    for m in _defined(text):
        acr, words = m.group(2) or m.group(3), m.group(1).split()
        for n in range(1, len(words) + 1):
            tail = [w for w in words[-n:] if w not in ACRONYM_SKIP]
            # each word gives its initial, or a hyphenated word its parts' ("single-aliquot" S or SA)
            ways = [{w[0], "".join(p[0] for p in w.split("-") if p)} for w in tail]
            if len(acr) <= 2 * len(tail) and acr.lower() in {"".join(c) for c in itertools.product(*ways)}:
                out.add(acr)
                break
    return out


_VERSION = re.compile(r"^(?:v|V|version[ \t]+)?\d+(?:\.\d+)+$|^v\d+$")


def versioned(name: str) -> bool:
    """A software's name with its version ("OxCal v4.2.4", "Python 3.12"): a product, not an organisation."""
    words = clean_name(name).split()
    return len(words) >= 2 and _VERSION.match(words[-1]) is not None


_FEATURE_AFTER = re.compile(r"^['’]s?[ \t]+([A-Z][a-z]+)\b")


def possessive_of_feature(text: str, end: int) -> bool:
    """Is the name ending at ``end`` the possessive that opens a natural feature's name ("Carpenter|'s Gap",
    "Smith|'s Falls")? Then it is part of a place's name, no person."""
    m = _FEATURE_AFTER.match(text[end : end + 30])
    return m is not None and _FEATURES.get(m.group(1)) == "last"




# Words that are never a name on their own or in a name (lexicon/signoff_words.txt, emphasis_caps.txt,
# signup_words.txt; months.tsv and weekdays.tsv for the abbreviations).
SIGNOFF_WORDS = lexicon.words("signoff_words")
_EMPHASIS_CAPS = lexicon.words("emphasis_caps")
_SIGNUP_WORDS = lexicon.words("signup_words")
_NOUN_ACRONYMS = lexicon.words("noun_acronyms")


def _abbreviations(table: dict[str, int]) -> frozenset[str]:
    """The entries that start a longer entry of the same number: "mar" of "march", "wed" of "wednesday"."""
    return frozenset(k for k, n in table.items()
                     if any(o != k and o.startswith(k) and m == n for o, m in table.items()))


# "Sun" and "Sat" are left out: "the Sun" names a paper and the sky's star, "Sun Yang" a person.
DATE_ABBREVIATIONS = (_abbreviations(lexicon.numbers("months")) | _abbreviations(lexicon.numbers("weekdays"))) - {
    "sun", "sat"}


def without_signoff(name: str) -> str | None:
    """A person's name after the letter's closing word that opens it ("Xoxo Honey" -> "Honey"), or None."""
    words = name.split()
    if len(words) >= 2 and fold(words[0]).strip(",") in SIGNOFF_WORDS:
        return " ".join(words[1:])
    return None


def emphasis_caps(name: str) -> bool:
    """A common word written in capitals for emphasis ("WIN" of "We will continue to WIN.")."""
    return " " not in name and name.isupper() and len(name) >= 3 and name.lower() in _EMPHASIS_CAPS


def noun_acronym(name: str) -> bool:
    """A common noun's or chat slang's acronym in capitals ("IPO", "CEO", "TF" of "Why TF does …";
    lexicon/noun_acronyms.txt)."""
    return " " not in name and name.isupper() and name.lower() in _NOUN_ACRONYMS


def signup_furniture(name: str) -> bool:
    """A name made only of a newsletter or sharing box's words ("Email Sign" of "Email Sign Up")."""
    words = re.split(r"[\s]+", name.lower())
    return all(w in _SIGNUP_WORDS for w in words)


def date_abbreviation(name: str) -> bool:
    """A month's or a weekday's abbreviation ("Mar", "Wed"), which is no name alone."""
    return " " not in name and fold(name).rstrip(".") in DATE_ABBREVIATIONS


# The endings of a company's legal name ("Corporation", "Inc"; lexicon/legal_suffixes.txt), folded as keys are.
LEGAL_SUFFIXES = frozenset(fold(w) for w in lexicon.words("legal_suffixes"))


# Adjectives of nationality and peoples that do not end in "-an" ("Malagasy", "French"; lexicon/demonyms.txt).
DEMONYMS = lexicon.words("demonyms")


def demonym(name: str) -> bool:
    """A nationality's or a people's adjective ("Malagasy" of "U.S. and Malagasy law"), no name alone."""
    return " " not in name and fold(name) in DEMONYMS


# Kin and partner nouns and the gender they give the name after them ("his wife, Honey"; lexicon/kin_genders.tsv).
KIN_GENDERS = lexicon.table("kin_genders")
_KIN = re.compile(r"\b(?:[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:(?:late|former|estranged|new|\d{1,3}-year-old)[ \t]+)?("
                  + lexicon.alternation(KIN_GENDERS)
                  + r"),?[ \t]+([A-Z][a-z]+)\b")


def kin_given_names(text: str) -> dict[str, str]:
    """Folded given names the text writes after a kin or partner noun, with the gender it gives them
    ("his wife, Honey" -> {"honey": "f"}); a name given both genders is left out."""
    out: dict[str, str] = {}
    for m in _KIN.finditer(text):
        g, name = KIN_GENDERS[m.group(1)], fold(m.group(2))
        out[name] = g if out.get(name, g) == g else "?"
    return {n: g for n, g in out.items() if g != "?"}


def transposed(a: str, b: str) -> bool:
    """``a`` is ``b`` with two letters next to each other swapped ("warrayti" / "warratyi"): a misspelling."""
    if len(a) != len(b) or a == b:
        return False
    diffs = [i for i, (x, y) in enumerate(zip(a, b, strict=True)) if x != y]
    return len(diffs) == 2 and diffs[1] == diffs[0] + 1 and a[diffs[0]] == b[diffs[1]] and a[diffs[1]] == b[diffs[0]]


def one_letter_short(a: str, b: str) -> bool:
    """``a`` is ``b`` with one letter left out ("los angles" / "los angeles"): a misspelling."""
    if len(b) != len(a) + 1:
        return False
    i = next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), len(a))
    return a[i:] == b[i + 1 :] and b[i].isalpha()


_GIVEN_BEFORE = re.compile(r"(?:^|[^\w.'’-])([A-Z][a-z]+)[ \t]+$")  # "from Ana| Herrera"


def given_name_before(text: str, start: int) -> int | None:
    """Where a very common given name (lexicon/first_names.tsv) written right before ``start`` begins
    ("criticism from Ana| Herrera": the model's span left the given name out), or None."""
    m = _GIVEN_BEFORE.search(text[max(0, start - 20) : start])
    if m is None or fold(m.group(1)) not in FIRST_NAME_GENDERS:
        return None
    return max(0, start - 20) + m.start(1)


# A craft's or a vehicle's head noun (lexicon/craft_nouns.txt): "Parker Solar Probe", "Solar Probe Plus".
_CRAFT_NOUNS = tuple(tuple(e.split()) for e in lexicon.entries("craft_nouns"))


def craft_name(name: str) -> bool:
    """A craft's or a vehicle's name: two words or more, one (or two: "Space Station") of them a craft's
    head noun, capitalised as a name's word ("Hubble Space Telescope", "Mars Rover Curiosity")."""
    words = [w.lower() for w in clean_name(name).split() if w[:1].isupper()]
    if len(clean_name(name).split()) < 2:
        return False
    return any(tuple(words[i : i + len(noun)]) == noun for noun in _CRAFT_NOUNS for i in range(len(words)))


_CAPS_WORD = re.compile(r"[A-Z][A-Z'’-]+")
_CAPS_RUN_BEFORE = re.compile(r"(?:[A-Z][A-Z'’-]*[ \t]+)*$")
_CAPS_RUN_AFTER = re.compile(r"^(?:[ \t]+[A-Z][A-Z'’-]*(?![\w'’-]))*")
HEADING_WORDS = 2
"""A run of this many words in capitals, each of three letters or more a common English word, is a heading."""
_LOWER_SHARE = 0.3  # of the letters around the name: below it the text itself is written in capitals


def caps_heading(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` (in capitals) a piece of a heading in capitals ("EXTENDED SUMMARY THE IMPACT OF
    SPACE WEATHER Modern …", a book's running head "… knowledge of the EXTENDED SUMMARY 70 Average …"): the
    run of words in capitals around it holds at least ``HEADING_WORDS`` words of three letters or more, each
    a word of the sentence model's vocabulary (``dictionary_word``; unknown without it: no heading) or one the
    story writes in lower case too ("SCORES QUARANTINED" beside "28 people quarantined"), in a text written in lower
    case around it (a report all in capitals keeps its names)."""
    if not all(_CAPS_WORD.fullmatch(w) for w in text[start:end].split()):
        return False
    before = _CAPS_RUN_BEFORE.search(text[max(0, start - 120) : start])
    after = _CAPS_RUN_AFTER.match(text[end : end + 120])
    run = [w.strip("'’-") for w in ((before.group(0) if before else "") + text[start:end]
                                    + (after.group(0) if after else "")).split()]
    long_words = [w for w in run if len(w) >= 3]
    if len(long_words) < HEADING_WORDS or not all(dictionary_word(w) or _written_lower(text, w) for w in long_words):
        return False
    around = text[max(0, start - 300) : end + 300]
    letters = [ch for ch in around if ch.isalpha()]
    return sum(ch.islower() for ch in letters) >= _LOWER_SHARE * len(letters)


def _written_lower(text: str, word: str) -> bool:
    """Does the story write the word in lower case ("quarantined"), as an ordinary word?"""
    return re.search(r"\b" + re.escape(word.lower()) + r"\b", text) is not None


# A clock time, with or without a time zone ("5:57pm PDT", "10.30 a.m. ET", "9pm EST"): a time, no name.
_CLOCK_TIME = re.compile(r"^\d{1,2}(?:[:.]\d{2})?[ \t]*(?:[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{1,5})?$")
_CLOCK_MARK = re.compile(r"[:.]\d{2}|\d[ \t]*[AaPp]\.?[Mm]\b")


def clock_time(name: str) -> bool:
    """Is the name a clock time the model tagged ("5:57pm PDT", "9pm EST"; not "7-Eleven", "3M")?"""
    return _CLOCK_TIME.match(name) is not None and _CLOCK_MARK.search(name) is not None


# A negated adjective capitalised at a sentence's start ("Nonfinancial debt increased"; lexicon/negation_prefixes.txt,
# adjective_endings.txt).
_NEGATIONS = tuple(sorted(lexicon.words("negation_prefixes"), key=len, reverse=True))
_ADJECTIVE_ENDINGS = tuple(lexicon.words("adjective_endings"))


def negated_adjective(name: str) -> bool:
    """Is ``name`` one word made of a negating prefix and an adjective ("Nonfinancial", "Non-Western", "Anti-Western"):
    an adjective capitalised at a sentence's start, not a name? The stem must be four letters or more, lower-case after
    a bare prefix ("Nonhlanhla", a given name, has no adjective's ending)."""
    if " " in name.strip():
        return False
    low = name.lower()
    prefix = next((p for p in _NEGATIONS if low.startswith(p)), None)
    if prefix is None:
        return False
    stem = name[len(prefix):]
    return len(stem) >= 4 and stem.isalpha() and (prefix.endswith("-") or stem.islower()) and \
        stem.lower().endswith(_ADJECTIVE_ENDINGS)
