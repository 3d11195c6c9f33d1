"""The entities stage's scans by ``str.find`` and their cheap pre-checks (speed7) find what the patterns they replace
or guard find: the same matches, in the same order, on made-up text."""

from __future__ import annotations

import itertools
import re


def test_kin_runs_are_the_patterns_matches() -> None:
    """``kin_names._runs`` gives (start, given name's end, end) of each ``re.finditer`` match of the relative's
    pattern: none overlapping, no given name inside a word or after "&'’.-", none before "-", "&" or a letter."""
    from storyline.entities.kin_names import _runs

    texts = ["Eloise Parry and Fiona Parry; Mc Parry xEloise Parry .Eloise Parry Eloise  Parry-Jones Eloise\tParry",
             "Ann Parry Parry Ann Parry", "É Parry Éa Parry Ab Parry& Ab Parry_ Ab Parry", "", "Ab Ab Ab",
             "Eloise ParryX"]
    for surname in ("Parry", "Ab", "A", "Parry Parry"):
        pattern = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]+)[ \t]+" + re.escape(surname) + r"(?![\w&-])")
        for t in texts:
            want = [(m.start(), m.end(1), m.end()) for m in pattern.finditer(t)]
            assert _runs(t, surname) == want, (surname, t)


def test_kin_runs_on_every_short_text_of_a_small_alphabet() -> None:
    """Every text of up to five characters drawn from letters, spaces and the pattern's guard characters."""
    from storyline.entities.kin_names import _runs

    for surname in ("A", "Ab"):
        pattern = re.compile(r"(?<![\w&'’.-])([A-Z][a-z]+)[ \t]+" + re.escape(surname) + r"(?![\w&-])")
        for size in range(6):
            for chars in itertools.product("Ab -&.", repeat=size):
                t = "".join(chars)
                assert _runs(t, surname) == [(m.start(), m.end(1), m.end()) for m in pattern.finditer(t)], (surname, t)


def test_a_measure_acronyms_pre_check_gives_the_patterns_answer() -> None:
    """A use with no grading word right before it answers no without the pattern; the answers are the pattern's."""
    from storyline.entities.measure_acronyms import measure_acronym

    assert measure_acronym("CTR", ["Ads had the highest CTR in May.", "Twice the CTR of last year."], {})
    assert not measure_acronym("CTR", ["Ads had the highest CTR in May.", "CTR fell."], {})
    assert not measure_acronym("NHS", ["the average NHS patient waits", "the highest NHS budget"], {})
    assert not measure_acronym("NHS", ["The NHS said so."], {})
    assert not measure_acronym("CTR", ["no such acronym here"], {})


def test_list_pre_checks_keep_the_lists() -> None:
    """A body's or a work's list is still read with its noun in the window, and none is found without it."""
    from storyline.entities.body_lists import listed_body
    from storyline.entities.work_lists import listed_work

    text = "companies producing surveillance systems, like Velbrook, Quorvik, and Tarnwell"
    assert listed_body(text, text.index("Tarnwell"), len(text))
    plain = "Velbrook, Quorvik, and Tarnwell"
    assert not listed_body(plain, plain.index("Tarnwell"), len(plain))
    works = "roles in action films and dramas, especially Quiet Orchards in 1998 and Hollow Bells"
    assert listed_work(works, works.index("Hollow"))
    assert not listed_work("especially Quiet Orchards in 1998 and Hollow Bells", 39)


def test_defined_acronyms_are_the_patterns_matches() -> None:
    """``shapes._defined`` gives what ``_LOWER_DEFINED.finditer`` gives, tails with no lower-case words before them,
    matches starting inside a capitalised word ("he gross …"), runs of more than seven words and ", or" tails too."""
    from storyline.entities.shapes import _LOWER_DEFINED, _defined

    texts = ["The gross domestic product (GDP) rose; WASHINGTON (AP) - optically stimulated luminescence (OSL)",
             "hypersensitivity pneumonitis, or HP. one two three four five six seven eight nine (ONE) x",
             "a-b c (AB)(CD) e f (EF), or GH, or IJKLMNOPQ a b, or CD- end (XY)", "", "(AB)", "a\t(AB)",
             "single-aliquot regenerative-dose (SAR) and the UN (UN) or a, or BC"]
    for t in texts:
        assert [(m.span(), m.groups()) for m in _defined(t)] == [(m.span(), m.groups()) for m in
                                                                _LOWER_DEFINED.finditer(t)], t
