"""Entities, eighth round (issue 12; bench/BRIEF_REVIEW.md "Entities, eighth round", branch ents8): an
e-mail's sign-off, a husband and a wife under one surname, a family's plural, a word in capitals for
emphasis, a newsletter box, a date's abbreviation, news agencies. Every fixture is made up for these
tests in the style of wire copy; none comes from the bench."""

from __future__ import annotations

from conftest import entities, story


def names(*texts: str) -> dict[str, str]:
    return {n: k for n, k, _ in entities(*texts)}


def test_shapes_of_words_that_are_no_names() -> None:
    from storyline.entities.shapes import date_abbreviation, emphasis_caps, signup_furniture, without_signoff

    assert without_signoff("Xoxo Maple") == "Maple" and without_signoff("Cheers Tom") == "Tom"
    assert without_signoff("Maple Quennell") is None and without_signoff("Xoxo") is None
    assert emphasis_caps("WIN") and emphasis_caps("HUGE") and not emphasis_caps("Win") and not emphasis_caps("NATO")
    assert signup_furniture("Email Sign") and signup_furniture("Subscribe") and not signup_furniture("Email Quennell")
    assert date_abbreviation("Mar") and date_abbreviation("Wed") and date_abbreviation("Sept")
    assert not date_abbreviation("March Hare") and not date_abbreviation("Sun") and not date_abbreviation("Marlow")


SIGNED = (
    "Robert and Maple Quennell were found dead in their home in Toronto on Friday, police said. "
    "Robert Quennell, 71, founded a shipping firm. Maple Quennell, 69, ran a charity. "
    "Mr. Quennell had planned to retire. Ms. Quennell wrote to a friend last week. "
    '"I am coming south in December," she wrote. "Xoxo Maple." '
    "Friends said the Quennells were generous."
)


def test_a_sign_off_is_no_part_of_the_name_after_it() -> None:
    got = entities(SIGNED)
    named = {n for n, _, _ in got}
    assert "Xoxo Maple" not in named
    maple = [a for n, _, a in got if n == "Maple Quennell"]
    assert maple and "Maple" in maple[0]  # the sign-off's name is hers, not one more person


def test_a_husband_and_a_wife_under_one_surname_are_two_people() -> None:
    got = entities(SIGNED)
    by_name = {n: a for n, _, a in got}
    assert "Mr. Quennell" in by_name.get("Robert Quennell", [])
    assert "Ms. Quennell" in by_name.get("Maple Quennell", [])
    assert "Quennell" not in by_name and "Quennells" not in by_name  # no entry for the family or the bare surname


def test_a_word_in_capitals_for_emphasis_is_no_organisation() -> None:
    got = names("The senator posted a message on Tuesday. \"We will keep fighting and we will WIN!\" "
                "the senator, Orla Bredane, wrote. Bredane spoke in Harrisburg.")
    assert "WIN" not in got
    # an acronym the story defines stays
    from storyline.entities.evidence import _evidence
    from storyline.entities.kinds import _checked_kind

    ev = _evidence(story("Women in Networking (WIN) met on Tuesday."), None)
    assert _checked_kind("org", "WIN", ev) is None
    ev.defined = {"win"}  # the story defines it: "Women in Networking (WIN)"
    assert _checked_kind("org", "WIN", ev) == "org"


def test_a_newsletter_box_and_a_date_abbreviation_are_no_names() -> None:
    got = names("Sign up for the Morning Ledger. Email Sign Up By signing up you agree to our terms. "
                "The senator, Orla Bredane, spoke at Mar-a-Lago on Mar. 3. Bredane said the vote was close.")
    assert "Email Sign" not in got and "Mar" not in got
    assert got.get("Orla Bredane") == "person"


def test_a_news_agency_is_an_organisation() -> None:
    got = entities("Five people were killed in the town, the Portuguese news agency Lusa reported. "
                   "Lusa said the army denied it. The state news agency Antara quoted a colonel, Rudi Harsono. "
                   "Antara news agency said talks would resume.")
    kinds = {n: k for n, k, _ in got}
    assert kinds.get("Lusa") == "org" and kinds.get("Antara") == "org"
    assert sum(n.startswith("Antara") for n, _, _ in got) == 1


def test_news_agencies_are_known_organisations_under_one_name() -> None:
    from storyline.names import known_org

    assert known_org("Lusa") == known_org("Lusa news agency") == "Lusa"
    assert known_org("Antara") == known_org("the Antara news agency") == "Antara"
    assert known_org("AFP") == known_org("Agence France Presse") == "Agence France-Presse"
    got = entities("The army killed five villagers, Agence France-Presse reported. Reuters could not confirm "
                   "the report. AFP said the toll was six.")
    assert [(n, k) for n, k, _ in got if "France" in n or n == "AFP"] == [("Agence France-Presse", "org")]


def test_a_company_under_its_short_and_its_legal_name_is_one_organisation() -> None:
    from storyline.entities import _merge, _Names
    from storyline.entities.evidence import _evidence
    from storyline.entities.kinds import _checked_kind

    names = _Names()
    for key, form in (("tarrant banjo", "Tarrant Banjo"), ("tarrant banjo corporation", "Tarrant Banjo Corporation"),
                      ("tarrant", "Tarrant")):
        names.add("org", key, form, "d0")
    uf = _merge(names)
    assert len({uf.find(("org", k)) for k in ("tarrant banjo", "tarrant banjo corporation", "tarrant")}) == 1
    names = _Names()  # a short name the model also tags as a person is not joined ("WL Ross" / "WL Ross & Co.")
    for kind, key, form in (("org", "vl tarrant", "VL Tarrant"), ("person", "vl tarrant", "VL Tarrant"),
                            ("org", "vl tarrant co", "VL Tarrant & Co.")):
        names.add(kind, key, form, "d0")  # type: ignore[arg-type]
    uf = _merge(names)
    assert uf.find(("org", "vl tarrant co")) != uf.find(("org", "vl tarrant"))
    # "Tarrant" the model tagged as a person, beside "Tarrant Banjo Corporation" and no person of that surname
    ev = _evidence(story("Agents raided the Tarrant Banjo Corporation in Ohio. Tarrant denied it."), None)
    ev.org_heads = {"tarrant": {"tarrant banjo"}, "tarrant banjo": {"tarrant banjo"}}
    assert _checked_kind("person", "Tarrant", ev) == "org"


def test_a_short_first_name_that_ends_the_long_one_is_the_same_person() -> None:
    from storyline.model import EntityKind
    from storyline.people import join_people
    from storyline.unionfind import UnionFind

    keys: list[tuple[EntityKind, str]] = [("person", "suharyadi wiranto"), ("person", "yadi wiranto"),
                                          ("person", "ann wiranto"), ("person", "joann wiranto")]
    uf: UnionFind[tuple[EntityKind, str]] = UnionFind()
    for k in keys:
        uf.find(k)
    join_people(uf, keys, frozenset(), frozenset(), {})
    assert uf.find(keys[0]) == uf.find(keys[1])
    assert uf.find(keys[2]) != uf.find(keys[3])  # three letters are too short to tell


def test_a_feature_name_that_heads_an_organisation_is_not_a_place() -> None:
    got = names("She sat on the board of Mount Tabbot Hospital in Toronto. Friends from Mount Tabbot's "
                "volunteer auxiliary, led by Orla Bredane, visited her.")
    assert got.get("Mount Tabbot") != "place"


def test_a_surname_for_a_man_and_a_woman_the_story_leaves_unsure_is_not_listed_again() -> None:
    got = entities(SIGNED.replace("Robert", "Dorrance"))  # neither given name says a gender
    assert sorted(n for n, _, _ in got if "Quennell" in n) == ["Dorrance Quennell", "Maple Quennell"]


def test_a_title_alone_and_a_car_bought_new_are_no_names() -> None:
    from storyline.names import product_use

    text = "She went out and bought him a new Tarrant. Det. Orla Bredane said the case was open."
    at = text.index("Tarrant")
    assert product_use(text, at, at + len("Tarrant"))
    from storyline.entities.evidence import _evidence
    from storyline.entities.kinds import _checked_kind

    ev = _evidence(story(text), None)
    assert _checked_kind("person", "Det", ev) is None and _checked_kind("person", "Orla Bredane", ev) == "person"
