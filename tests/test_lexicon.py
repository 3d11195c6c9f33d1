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
