"""The eleventh read's entity faults (issue 12, bench/BRIEF_REVIEW.md, "Eleventh read", "Left open after the
eleventh read", entities; branch ents12): one person under two names (a double-barrelled surname alone beside two
relatives who bear it, a maiden name told with "née" or "the former"), a firm whose partners' names are joined by
"&" or "and" cut into persons, and a given name and a surname tagged as an organisation. Fixtures are made up for
these tests; none comes from the bench."""

from __future__ import annotations

from conftest import entities


def listed(*texts: str) -> dict[str, tuple[str, list[str]]]:
    return {n: (k, al) for n, k, al in entities(*texts)}


def _one(got: dict[str, tuple[str, list[str]]], *names: str) -> bool:
    return any(all(n == name or n in al for n in names) for name, (_, al) in got.items())


def test_a_double_barrelled_surname_alone_is_the_relative_of_its_gender() -> None:
    got = listed(
        "The cook Marianne Fforde Hallam died on Monday in Carlisle. Ms. Fforde Hallam was 71.",
        "Her father, Dr. Harold Fforde Hallam, was a surgeon at the royal hospital. Ms. Fforde Hallam spent "
        "his fortune on her restaurants, and Ms. Fforde Hallam later wrote four books about them.")
    assert _one(got, "Marianne Fforde Hallam", "Ms. Fforde Hallam"), got
    assert not _one(got, "Harold Fforde Hallam", "Ms. Fforde Hallam"), got


def test_a_maiden_name_after_nee_or_the_former_is_the_same_woman() -> None:
    got = listed(
        "Eleanor Whitcombe, n\u00e9e Eleanor Marsh, grew up in Ohio. Eleanor Marsh met Harold Whitcombe in 1949.",
        "After the war he married his girlfriend, the former Margaret Tolland, and Margaret Ashby raised their "
        "five children in Texas while Richard Ashby ran for the Senate.")
    assert _one(got, "Eleanor Whitcombe", "Eleanor Marsh"), got
    assert _one(got, "Margaret Ashby", "Margaret Tolland"), got


def test_a_name_written_beside_another_woman_of_the_same_given_name_stays_apart() -> None:
    got = listed("Margaret Tolland met Margaret Ashby at the fair in Dallas on Saturday, and the two women talked "
                 "about the harvest for an hour.")
    assert not _one(got, "Margaret Ashby", "Margaret Tolland"), got


def test_a_firm_of_partners_joined_by_an_ampersand_is_one_organisation() -> None:
    got = listed(
        "Venture capital firm Hollis, Granger, Whitlow and Pryce is seeking to recover $400,000 in costs.",
        "The venture firm Hollis Granger Whitlow & Pryce filed papers on Wednesday. A lawyer for Hollis Granger "
        "said the firm would not comment.")
    persons = {n for n, (k, _) in got.items() if k == "person"}
    assert not persons & {"Hollis Granger", "Whitlow", "Pryce", "Granger"}, got


def test_a_partner_named_in_full_stays_a_person() -> None:
    got = listed("The law firm Hollis Granger Whitlow & Pryce hired a new chief. Its founder, Ann Pryce, said Pryce "
                 "would not retire this year.")
    assert got.get("Ann Pryce", ("", []))[0] == "person", got


def test_a_given_name_and_a_surname_the_model_tags_as_an_organisation_is_a_person() -> None:
    got = listed("He lost the 1992 election to Democrat Richard Hallworth. Later he built a strong bond with Richard "
                 "Hallworth, which began when the two men raised money for the flood's victims.")
    assert got.get("Richard Hallworth", ("", []))[0] == "person", got


def test_a_short_form_of_a_given_name_with_the_same_surname_is_one_person() -> None:
    got = listed("Becky Hollis, 29, was last seen in Arcata on Friday. Friends of Rebecca Hollis said she had planned "
                 "a trip to the coast.")
    assert _one(got, "Rebecca Hollis", "Becky Hollis"), got


def test_a_short_form_with_another_surname_is_someone_else() -> None:
    got = listed("Becky Hollis, 29, was last seen in Arcata on Friday. Her friend Rebecca Marsh said she had planned "
                 "a trip to the coast.")
    assert not _one(got, "Rebecca Marsh", "Becky Hollis"), got
