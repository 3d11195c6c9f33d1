"""The fifty-third read's entity fault by kind (bench/BRIEF_REVIEW.md, "ents47"), on made-up text: one person's
names across reports that transliterate the given name differently or add a middle initial ("Aleksei A. Tarkov",
"Alexei Tarkov", "Tarkov") are one person, listed under the most frequent full form; two people sharing a surname
stay apart. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from storyline.entities import merge_entities
from storyline.model import Analysis, Document, EntityKind, Mention
from storyline.people import join_people, transliterated
from storyline.unionfind import UnionFind


def _joined(persons: list[str], genders: dict[str, str] | None = None) -> dict[str, str]:
    keys: list[tuple[EntityKind, str]] = [("person", p) for p in persons]
    uf: UnionFind[tuple[EntityKind, str]] = UnionFind()
    for k in keys:
        uf.find(k)
    join_people(uf, keys, frozenset(), frozenset(), genders or {})
    return {p: uf.find(("person", p))[1] for p in persons}


def test_a_given_names_transliterations_are_one_name() -> None:
    assert transliterated("alexei", "aleksei") and transliterated("mohammed", "muhammad")
    # two names, not two spellings: another consonant, another ending, too short
    assert not transliterated("martin", "marvin") and not transliterated("daniel", "danielle")
    assert not transliterated("christian", "christina") and not transliterated("dana", "dina")
    assert not transliterated("maria", "marta")


def test_transliterated_given_names_and_a_middle_initial_are_one_person_with_the_bare_surname() -> None:
    got = _joined(["aleksei a tarkov", "alexei tarkov", "tarkov"])
    assert got["aleksei a tarkov"] == got["alexei tarkov"] == got["tarkov"]
    got = _joined(["mohammed quarrabi", "muhammad quarrabi", "quarrabi"])
    assert got["mohammed quarrabi"] == got["muhammad quarrabi"] == got["quarrabi"]


def test_two_people_sharing_a_surname_stay_apart() -> None:
    # sisters, brothers: two given names, not two spellings of one; the bare surname is neither's
    got = _joined(["maria tarkov", "marta tarkov", "tarkov"])
    assert len({got["maria tarkov"], got["marta tarkov"]}) == 2 and got["tarkov"] == "tarkov"
    got = _joined(["pavel a tarkov", "pyotr tarkov", "tarkov"])
    assert len({got["pavel a tarkov"], got["pyotr tarkov"]}) == 2 and got["tarkov"] == "tarkov"
    # a husband and a wife whose given names are alike: the story gives them two genders
    got = _joined(["alexei tarkov", "aleksei tarkov"], {"alexei tarkov": "m", "aleksei tarkov": "f"})
    assert got["alexei tarkov"] != got["aleksei tarkov"]
    # two middle initials: two people
    got = _joined(["aleksei a tarkov", "alexei b tarkov"])
    assert got["aleksei a tarkov"] != got["alexei b tarkov"]
    # a spouse with another given name stays apart from the one whose names are variants
    got = _joined(["aleksei a tarkov", "alexei tarkov", "yulia tarkov"])
    assert got["aleksei a tarkov"] == got["alexei tarkov"] != got["yulia tarkov"]


def _doc(doc_id: str, text: str, names: list[str]) -> Analysis:
    mentions, at = [], 0
    for name in names:
        at = text.index(name, at)
        mentions.append(Mention(doc_id, at, at + len(name), name, "person"))
        at += len(name)
    return Analysis(Document(id=doc_id, text=text, title=doc_id), [], mentions)


def test_one_person_across_reports_is_listed_once_under_the_most_frequent_full_form() -> None:
    one = _doc("d0", "Alexei Tarkov was freed on Friday. Tarkov thanked his supporters.", ["Alexei Tarkov", "Tarkov"])
    two = _doc("d1", "The court in Velm, where Aleksei A. Tarkov was convicted, let him go. Mr. Tarkov smiled.",
               ["Aleksei A. Tarkov", "Tarkov"])
    three = _doc("d2", "Opposition leader Alexei Tarkov was freed on bail.", ["Alexei Tarkov"])
    people = [e for e in merge_entities([one, two, three]) if e.kind == "person"]
    assert [e.name for e in people] == ["Alexei Tarkov"], [(e.name, e.aliases) for e in people]
    assert "Aleksei A. Tarkov" in people[0].aliases and people[0].docs == ["d0", "d1", "d2"]
