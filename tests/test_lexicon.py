"""The shared word lists: every list loads, merged lists hold what each user needs, errors are clear."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from storyline import dates, lexicon, names, text

LEXICON = Path(__file__).resolve().parents[1] / "src" / "storyline" / "lexicon"


def test_every_list_loads_and_is_not_empty() -> None:
    for path in sorted(LEXICON.rglob("*")):
        name = str(path.relative_to(LEXICON).with_suffix(""))
        if path.suffix == ".txt":
            assert lexicon.words(name), name
        elif path.suffix == ".tsv":
            assert lexicon.table(name), name
        elif path.suffix == ".toml":
            assert lexicon.document(name), name
        elif path.name.endswith(".tsv.gz"):
            assert lexicon.packed_lines(name.removesuffix(".tsv")), name


def test_one_lexicon_holds_the_word_lists() -> None:
    """No stage keeps a word-list folder of its own: lists are in lexicon/ (or data/, models and the gazetteer)."""
    package = LEXICON.parent
    homes = {LEXICON, package / "data"}
    stray = [
        str(p.relative_to(package)) for p in package.rglob("*")
        if p.suffix in {".txt", ".tsv", ".toml", ".gz"} and not homes & set(p.parents)
    ]
    assert stray == []


def test_tables_keep_every_field() -> None:
    assert lexicon.rows("units")[0] == ("km", "km", "length", "1000")
    assert all(len(row) == 3 for row in lexicon.rows("currencies"))
    assert lexicon.document("claims") is lexicon.document("claims")
    assert all(len(line.split("\t")) == 3 for line in lexicon.packed_lines("noun_kin"))  # empty parents kept


def test_lists_are_cached_and_immutable() -> None:
    assert lexicon.words("stopwords") is lexicon.words("stopwords")
    assert isinstance(lexicon.words("stopwords"), frozenset)
    table = lexicon.table("honorifics")
    table["Xx"] = "title"  # a caller's copy: the next caller gets the file's list
    assert "Xx" not in lexicon.table("honorifics")


def test_a_missing_list_names_itself() -> None:
    with pytest.raises(LookupError, match="no_such_list"):
        lexicon.words("no_such_list")


def test_shared_lists_serve_every_user() -> None:
    assert dates.MONTHS["sept"] == 9 and dates.MONTHS["may"] == 5 and dates.WEEKDAYS["thurs"] == 3
    assert dates.month_names(abbreviations=True)[:3] == ["jan", "feb", "mar"]
    assert 2100 in dates.YEARS_IN_TEXT and dates.LAST_YEAR == 2099  # "by 2100" names a year; no report is dated then
    assert "sept" in dates.month_names(abbreviations=True) and "may" in dates.month_names(abbreviations=False)
    assert text.WORDS["forty"] == 40 and text.UNITS["nineteen"] == 19 and "forty" not in text.UNITS
    assert {"the", "said", "according"} <= text.STOPWORDS
    # one honorific list; places use only its abbreviations ("Prince Rupert" is a town), names all of it
    assert names.HONORIFICS["Gen"] == "abbreviation" and names.HONORIFICS["Prince"] == "title"
    assert "St" not in names.HONORIFICS  # "St Louis" is a place
    assert names.clean_name("Vice President Joe Biden") == "Joe Biden"
    assert {"al", "bin", "van", "de"} <= names.PARTICLES
    assert names.known_org("ISIL") == "Islamic State" and names.known_org("the Kremlin") == "Kremlin"


def test_language_profiles_and_term_stopwords_are_kept_apart() -> None:
    # Deliberately two lists (lexicon/README.md): the detection profile is short and comparable across
    # languages; the term list also holds reporting verbs and contraction pieces.
    profile = lexicon.words("function_words/en")
    assert "said" in profile and "according" not in profile and "according" in text.STOPWORDS
    assert len(profile) < len(text.STOPWORDS)


# What each vocabulary looks like when it is typed out again in code (string constants, not docstrings).
_RETYPED = {
    "a year window (dates.py names them)": re.compile(r"\(\?:19\|20\)|1\[89\]"),
    "month names (months.tsv)": re.compile(r"(?i)\bjan(?:uary)?\b.{0,60}\bfeb(?:ruary)?\b"),
    "weekday names (weekdays.tsv)": re.compile(r"(?i)\bmon(?:day)?\b.{0,60}\btue(?:s|sday)?\b"),
    "honorifics (honorifics.tsv)": re.compile(r"\bMrs?\b.{0,30}\b(?:Mrs|Dr|Gen)\b"),
    "number words (number_words.tsv)": re.compile(r"(?i)\bone\b.{0,20}\btwo\b.{0,20}\bthree\b"),
}


def _code_strings(tree: ast.AST) -> list[ast.Constant]:
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
    return [n for n in ast.walk(tree) if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs]


def test_no_vocabulary_is_typed_out_again() -> None:
    """Month and weekday names, honorifics, number words and year windows live in the lexicon and
    dates.py; code elsewhere builds its patterns from them. New code that types one out fails here
    (this happened once already, with the claims stage's own month list)."""
    found = []
    for path in sorted(LEXICON.parent.rglob("*.py")):
        if path.name == "dates.py" and path.parent == LEXICON.parent:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in _code_strings(tree):
            found += [f"{path.name}:{node.lineno}: {what}" for what, rx in _RETYPED.items() if rx.search(node.value)]
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                found += [f"{path.name}:{node.lineno}: dateparser outside dates.py" for n in names if n == "dateparser"]
            elif isinstance(node, ast.Compare):
                ints = [c.value for c in ast.walk(node) if isinstance(c, ast.Constant) and type(c.value) is int]
                found += [f"{path.name}:{node.lineno}: a year bound {n}" for n in ints if 1700 <= n <= 2200]
    assert found == []


def test_an_alternation_tries_longer_words_first_and_escapes_them() -> None:
    pattern = re.compile(r"\b(?:" + lexicon.alternation(["New York", "New York City", "a.b"]) + r")\b")
    assert [m.group() for m in pattern.finditer("From New York City to axb and a.b")] == ["New York City", "a.b"]
    spaced = re.compile(lexicon.alternation(["went through"], space=r"[ \t]+"))
    assert spaced.search("he went \t through it") and not spaced.search("he wentthrough it")
    assert lexicon.alternation({"b", "a", "cc"}) == "cc|a|b"  # the same pattern in every process


def _is_longest_first_join(node: ast.AST) -> bool:
    """``"|".join(sorted(words, key=len, reverse=True))``, bare or escaped word by word: literal words by hand."""
    if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "join"
            and isinstance(node.func.value, ast.Constant) and node.func.value.value == "|" and len(node.args) == 1):
        return False
    arg = node.args[0]
    if isinstance(arg, ast.GeneratorExp) and not any(
            isinstance(n, ast.Attribute) and n.attr == "escape" for n in ast.walk(arg.elt)):
        return False  # each item made into its own pattern (a slot for a name): no literal word
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "sorted"
               and any(k.arg == "reverse" for k in n.keywords) for n in ast.walk(arg))


def test_alternations_of_words_are_built_in_one_place() -> None:
    """A list of words as a regex alternation, longest first, is ``lexicon.alternation``; 70-odd hand-built
    copies once differed in escaping and in how a space was written."""
    found = []
    for path in sorted(LEXICON.parent.rglob("*.py")):
        if path.parent == LEXICON:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        found += [f"{path.relative_to(LEXICON.parent)}:{n.lineno}" for n in ast.walk(tree) if _is_longest_first_join(n)]
    assert found == []


# The ratchet on word lists typed into code (round vocab): a literal set, list or tuple of six strings or more, or
# a constant string's ``.split()`` into six words or more, is a word list unless it is one of the kinds below.
INLINE_WORD_LISTS_BUDGET = 0
"""Inline word lists left in src/storyline: none since round vocab2 (35 after round vocab, all in claims/,
entities/, summary/ and timeline/). It may only go down: a new list goes to lexicon/<name>.txt; never raise
this to let one in."""

_LIST_MIN = 6

# Inline string collections that are no vocabulary, by module (under src/storyline) and first item. Three kinds
# need no entry: ``__all__``; spaCy's labels only (dependencies, parts of speech, entity types: ``spacy.glossary``);
# punctuation marks only.
_NOT_VOCABULARY = {
    ("claims/attribution.py", "relcl"): "dependency labels ('cc_preconj' is not in spaCy's glossary)",
    ("claims/bare.py", "killed"): "casualty classes: keys of claims.toml's [events] (labels)",
    ("claims/surroundings.py", "PERSON"): "entity labels and '' (a token outside any entity)",
    ("claims/rates.py", "duration"): "the claims' kinds: schema keys",
    ("claims/table.py", "age"): "the claims' kinds: schema keys",
    ("clean/language.py", "en"): "language codes of the profiles in lexicon/function_words/ (order breaks ties)",
    ("clean/linefeatures.py", "log_words"): "the furniture model's feature names",
    ("clean/linefeatures.py", "rel_pos"): "the furniture model's feature names",
    ("clean/linefeatures.py", "slide_counter"): "the furniture model's feature names",
    ("clean/linefeatures.py", "p"): "the furniture model's context feature names",
    ("clean/patterns.py", "hoto"): "a substring prefilter of the credit regexes beside it (a piece of every match)",
    ("clean/patterns.py", "binary"): "a substring prefilter of SPAM_RE (a piece of every match)",
    ("clean/patterns.py", "modules"): "a substring prefilter of CMS_ANY_RE (a piece of every match)",
    ("clean/patterns.py", "/"): "a substring prefilter of the photo-credit regexes (a piece of every match)",
    ("claims/weight.py", "log_sources"): "the claim weight's feature names",
    ("entities/learned.py", "person"): "the entity check model's feature names",
    ("ingest/decode.py", "utf_16"): "codec names",
    ("ingest/decode.py", "iso-8859-1"): "codec names",
    ("ingest/decode.py", "cp1252"): "codec names",
    ("ingest/reader.py", ".pdf"): "file extensions of formats storyline does not read (as KINDS beside it)",
    ("ingest/jsonfmt.py", "text"): "JSON field names of an article's text",
    ("ingest/jsonfmt.py", "published"): "JSON field names of an article's date",
    ("ingest/jsonfmt.py", "source"): "JSON field names of an article's outlet",
    ("ingest/ledes.py", "h1"): "HTML tag names",
    ("ingest/origin.py", "p"): "HTML tag names",
    ("ingest/teaserdate.py", "script"): "HTML tag names",
    ("ingest/widgets.py", "thead"): "HTML tag names",
    ("parses.py", "ORTH"): "spaCy token attributes a parse is stored with",
    ("store/api.py", "DELETE FROM briefs"): "SQL statements",
    ("store/commands.py", "id"): "the stories table's column names",
    ("summary/standalone.py", "'he'"): "pieces of the stage's own reasons (why a sentence is left out)",
    ("support/learned.py", "claim_words"): "the support model's feature names",
    ("support/learned.py", "names"): "the support model's feature names",
    ("timeline/expressions.py", "iso"): "the date forms' names: schema keys",
    ("timeline/expressions.py", "esterday"): "a substring prefilter of the relative-day regex (a piece of every match)",
}


def _string_items(node: ast.AST) -> list[str] | None:
    """The strings of a literal set, list or tuple of strings only, or the pieces of a constant string's
    ``.split()`` (``frozenset("a b c".split())``); None for anything else."""
    if isinstance(node, ast.Set | ast.List | ast.Tuple):
        if node.elts and all(isinstance(e, ast.Constant) and isinstance(e.value, str) for e in node.elts):
            return [e.value for e in node.elts if isinstance(e, ast.Constant)]
    elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "split"
          and isinstance(node.func.value, ast.Constant) and isinstance(node.func.value.value, str)):
        sep = node.args[0].value if node.args and isinstance(node.args[0], ast.Constant) else None
        if len(node.args) <= 1 and not node.keywords and (sep is None or isinstance(sep, str)):
            return node.func.value.value.split(sep)
    return None


def _inline_lists(source: str) -> list[tuple[int, list[str]]]:
    """Line and items of each inline string collection of ``_LIST_MIN`` items or more in ``source`` that is not
    ``__all__``, not spaCy labels only and not punctuation only."""
    from spacy.glossary import GLOSSARY

    tree = ast.parse(source)
    exports = {id(n.value) for n in ast.walk(tree)
               if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == "__all__" for t in n.targets)}
    found = []
    for node in ast.walk(tree):
        items = _string_items(node)
        if items is None or len(items) < _LIST_MIN or id(node) in exports:
            continue
        if all(item in GLOSSARY for item in items) or not any(c.isalpha() for item in items for c in item):
            continue
        found.append((getattr(node, "lineno", 0), items))
    return found


def test_the_ratchet_counts_a_word_list_typed_into_code() -> None:
    source = (
        '__all__ = ["a", "b", "c", "d", "e", "f"]\n'
        'DEPS = ("nsubj", "dobj", "pobj", "attr", "prep", "amod")\n'
        'MARKS = frozenset({".", "!", "?", "”", "’", ";"})\n'
        'FEW = {"tap", "click", "swipe", "scroll", "share"}\n'
        'VERBS = {"tap", "click", "swipe", "scroll", "share", "like"}\n'
        'NOUNS = frozenset("photo image picture pic credit still".split())\n'
        'PIPED = "photo|image|picture|pic|credit|still".split("|")\n'
    )
    assert sorted(line for line, _ in _inline_lists(source)) == [5, 6, 7]


def test_inline_word_lists_stay_under_budget() -> None:
    """Vocabularies are data files (lexicon/), not code: a new inline word list fails here."""
    package = LEXICON.parent
    counted, seen = [], set()
    for path in sorted(package.rglob("*.py")):
        module = path.relative_to(package).as_posix()
        for line, items in _inline_lists(path.read_text(encoding="utf-8")):
            if (module, items[0]) in _NOT_VOCABULARY:
                seen.add((module, items[0]))
            else:
                counted.append(f"{module}:{line}: {items[:4]} …")
    assert set(_NOT_VOCABULARY) == seen, "an allow-listed collection is gone: drop its entry"
    assert len(counted) <= INLINE_WORD_LISTS_BUDGET, "move the word list to lexicon/<name>.txt:\n" + "\n".join(counted)
