"""The shared word lists: every list loads, merged lists hold what each user needs, errors are clear."""

from __future__ import annotations

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
