"""The twenty-seventh read's entity junk and misses by kind (issue 12, bench/BRIEF_REVIEW.md, "ents31"). Fixtures
are made up; none comes from the bench."""

from __future__ import annotations

from test_brief_review23 import tagged


def test_a_persons_name_before_of_and_a_body_is_kept() -> None:
    text = "For the study, Ann Tal-Shiu-Quarrow of Velbrook Hospital and Bo Lund of the Ardley Clinic told the tale."
    got = tagged((text, [("Ann Tal-Shiu-Quarrow", "person"), ("Velbrook Hospital", "org"), ("Bo Lund", "person"),
                         ("the Ardley Clinic", "org")]))
    assert got.get("Ann Tal-Shiu-Quarrow", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got
    assert got.get("Velbrook Hospital", ("",))[0] == "org", got


def test_initials_spelled_out_in_lower_case_are_no_body() -> None:
    text = ("The scans fit a condition called HPN. No, not the printer maker but hyper pulmonary nodes. HPN is rare, "
            "Ana Ruiz said. The Velbrook Health Board (VHB) said the VHB would help.")
    got = tagged((text, [("HPN", "org"), ("HPN", "org"), ("Ana Ruiz", "person"), ("The Velbrook Health Board", "org"),
                         ("VHB", "org"), ("VHB", "org")]))
    assert "HPN" not in got and "Ana Ruiz" in got, got
    assert any(k.startswith(("VHB", "Velbrook")) for k in got), got  # spelled with capitals: a body's


def test_initials_a_clause_only_happens_to_spell_stay() -> None:
    text = ("ARDLEY (KP) _ With the mayor's costly kerb plan at a turning point, voters went out. A KP reporter saw "
            "it, Ana Ruiz said.")
    got = tagged((text, [("KP", "org"), ("KP", "org"), ("Ana Ruiz", "person")]))
    assert "KP" in got, got  # "kerb plan" neither closes its clause nor follows a function word


def test_a_names_own_s_before_a_verb_is_a_shops_name() -> None:
    text = ("Acme shares fell. Rival Quorley's was also lower after the results. Ana Dunmore's dog was lost, and "
            "Bo Lund's been away.")
    got = tagged((text, [("Acme", "org"), ("Quorley", "person"), ("Ana Dunmore", "person"), ("Bo Lund", "person")]))
    assert got.get("Quorley's", ("",))[0] == "org" and "Quorley" not in got, got
    assert got.get("Ana Dunmore", ("",))[0] == "person" and got.get("Bo Lund", ("",))[0] == "person", got


def test_a_tables_header_word_is_no_name() -> None:
    text = ("Acme shares fell.\n| Code | Issuer | Last |\n| Code | Issuer | Last |\n| AC | Acme Corp | 12.5 |\n"
            "| Symbol | Bolt Inc | 3.1 |\nAcme said so.")
    got = tagged((text, [("Acme", "org"), ("Code", "org"), ("Issuer", "org"), ("Code", "org"), ("Acme Corp", "org"),
                         ("Symbol", "org"), ("Bolt Inc", "org"), ("Acme", "org")]))
    assert "Code" not in got and "Issuer" not in got, got
    assert "Symbol" in got, got  # a row below the header: left alone


def test_a_quoted_terms_first_word_is_no_name() -> None:
    text = ("“Cellar lung” may come from mould in damp cellars, Ana Ruiz said. “Velbrook said no,” she wrote. "
            "Velbrook did not reply.")
    got = tagged((text, [("Cellar", "person"), ("Ana Ruiz", "person"), ("Velbrook", "org"), ("Velbrook", "org")]))
    assert "Cellar" not in got and "Ana Ruiz" in got, got
    assert "Velbrook" in got, got  # never written in lower case: a name


def test_a_periodicals_untagged_name_after_its_noun_is_a_body() -> None:
    text = ("The case was published in the journal Velbrook Case Notes. According to a report in the Daily Clarion "
            "of Ardley, Ana Ruiz agreed. A report in the morning said so, in the journal Notes of the Tarn Society.")
    got = tagged((text, [("Ardley", "person"), ("Ana Ruiz", "person")]))
    assert got.get("Velbrook Case Notes", ("",))[0] == "org", got
    assert got.get("Notes of the Tarn Society", ("",))[0] == "org", got
    assert got.get("Daily Clarion", ("",))[0] == "org" and "Daily Clarion of Ardley" not in got, got


def test_a_name_with_middle_initials_in_a_list_of_people_is_a_person() -> None:
    text = ("For the study, Ann Tal of Velbrook Hospital and Cy Ruiz, Cal TJ Morrow, and Bo Lund of the Ardley Clinic "
            "told the tale. Velbrook, Dee RW Holt and Acme agreed.")
    got = tagged((text, [("Ann Tal", "person"), ("Velbrook Hospital", "org"), ("Cy Ruiz", "person"),
                         ("Bo Lund", "person"), ("the Ardley Clinic", "org"), ("Velbrook", "org"), ("Acme", "org")]))
    assert got.get("Cal TJ Morrow", ("",))[0] == "person", got
    assert "Dee RW Holt" not in got, got  # no person's mention on either side: not guessed
