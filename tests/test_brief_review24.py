"""The kinds of entity junk the thirteenth read found (issue 12, bench/BRIEF_REVIEW.md, "ents16"): a rank before a
surname ("DC Fenwick", "Detective Fenwick") is that person; a film's title quoted with the sentence's comma inside
('in "Jumble," he played'), cut after a small word of a quoted title ('the "Night at the Gallery" movies'), written
after "film called" or in a list of films ("films and dramas, especially Quiet Orchards in 1998 and Red Shore");
a town typed organisation after a town's preposition ("a couple from Aldermoor"); a piece of a street before its
possessive ("St Brigid's Avenue"); a person and their body run together ("Tom Fenwick of Larkspur Media Group",
"University of Aldermoor's Ana Velez"). Fixtures are made up; none comes from the bench. Where the sentence model
does not make the cut a rule is for, the mentions are given by hand, as the model tagged the bench's texts. The
guards keep a body written after "at" and a name only once in a list of films that a person's cue names."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_rank_before_a_surname_is_the_person() -> None:
    from storyline.entities.ranks import without_rank  # new in ents16

    assert without_rank("DC Fenwick") == "Fenwick" and without_rank("DCI Holt") == "Holt"
    assert without_rank("Dana Fenwick") is None and without_rank("DC") is None
    got = tagged(("Detective Constable Tom Fenwick told the inquest the path was steep. DC Fenwick said the rocks "
                  "were loose. Detective Fenwick said she fell.",
                  [("Tom Fenwick", "person"), ("DC Fenwick", "person"), ("Detective Fenwick", "person")]))
    assert "DC Fenwick" not in got and "Detective Fenwick" not in got
    assert got["Tom Fenwick"][0] == "person"


def test_a_title_quoted_with_its_comma_inside_is_a_work() -> None:
    got = tagged(('He played a genie in "Lantern," and in "Jumble," he was a boy trapped in the body of a man. '
                  "Robin Hale said he loved it.",
                  [("Lantern", "org"), ("Jumble", "person"), ("Robin Hale", "person")]))
    assert "Jumble" not in got and "Lantern" not in got
    assert "Robin Hale" in got


def test_a_name_cut_from_the_end_of_a_quoted_title_is_no_entry() -> None:
    got = tagged(('He was Teddy in the "Night at the Gallery" movies. Robin Hale said so.',
                  [("Gallery", "org"), ("Robin Hale", "person")]))
    assert "Gallery" not in got


def test_a_title_after_a_film_called_is_a_work() -> None:
    got = tagged(("He was told to leave the set of a crime thriller called Silver Hollow. Production on Silver Hollow "
                  "stopped. Dana Price said so.",
                  [("Silver Hollow", "org"), ("Silver Hollow", "org"), ("Dana Price", "person")]))
    assert "Silver Hollow" not in got


def test_titles_in_a_list_after_films_are_works() -> None:
    from storyline.entities.work_lists import listed_work  # new in ents16

    text = ("He is best known for his roles in action films and dramas, especially Quiet Orchards in 1998 and Red "
            "Shore and Blue Ash in 2001. Dana Price said so.")
    assert listed_work(text, text.index("Quiet Orchards")) and listed_work(text, text.index("Red Shore"))
    assert not listed_work(text, text.index("Dana Price"))
    got = tagged((text, [("Quiet Orchards", "org"), ("Red Shore", "org"), ("Dana Price", "person")]))
    assert "Quiet Orchards" not in got and "Red Shore" not in got and "Dana Price" in got


def test_a_town_typed_organisation_after_from_is_no_organisation() -> None:
    from storyline.entities.placed_towns import gazetteer_town, town_preposition_use  # new in ents16

    assert gazetteer_town("Stockport") and not gazetteer_town("Larkspur Media Group")
    text = "Dana and Tom Price, from Stockport , set off at dawn. Tom Price said they knew the hill."
    assert town_preposition_use(text, text.index("Stockport"))
    got = tagged((text, [("Stockport", "org"), ("Tom Price", "person")]))
    assert "Stockport" not in got


def test_a_body_written_at_is_kept() -> None:
    from storyline.entities.placed_towns import town_preposition_use  # new in ents16

    text = "Dana Price, a researcher at Stockport , said the results were clear. Stockport said more."
    assert not town_preposition_use(text, text.index("Stockport"))


def test_a_piece_of_a_street_before_its_possessive_is_no_person() -> None:
    from storyline.entities.placed_towns import street_cut  # new in ents16

    text = "Mrs Price, of St Brigid’s Avenue in Aldermoor, was a fit woman, Dana Price said."
    assert street_cut(text, text.index("St Brigid") + len("St Brigid"))
    got = tagged((text, [("St Brigid’s", "person"), ("Dana Price", "person")]))
    assert "St Brigid" not in got


def test_a_person_and_their_body_run_together_are_no_entry() -> None:
    got = tagged(("Charles Fenwick of Larkspur Media Group said the deal was done. Larkspur Media Group is small. "
                  "Fenwick said more.",
                  [("Charles Fenwick of Larkspur Media Group", "org"), ("Larkspur Media Group", "org"),
                   ("Fenwick", "person")]),
                 ("The study was led by the University of Aldermoor's Ana Velez. Velez said it was new.",
                  [("University of Aldermoor's Ana Velez", "org"), ("Velez", "person")]))
    assert "Charles Fenwick of Larkspur Media Group" not in got
    assert "University of Aldermoor's Ana Velez" not in got
    assert "Larkspur Media Group" in got


def test_a_body_of_a_place_stays() -> None:
    got = tagged(("The Bank of Aldermoor raised rates. The Bank of Aldermoor said so.",
                  [("Bank of Aldermoor", "org"), ("Bank of Aldermoor", "org")]))
    assert "Bank of Aldermoor" in got
