"""Who's who (issue 12, bench/BRIEF_REVIEW.md, "summ22"): an item that names someone by surname only, whom no earlier
item introduces, gets a gloss: the report's own words that introduce them, cited. Fixtures are made up for these
tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story
from storyline.model import Analysis, Brief, Citation, Entity, SummarySentence
from storyline.summary.who import who_glosses

NOV = dt.date(2019, 11, 20)

VARGA = ("Owen Varga, a chest doctor at Dunmore Royal Infirmary, studied the case for a year.\n"
         "The patient had slept on a feather pillow for months before the cough began.\n"
         '"It happens far more often than we think," Varga said.')
VARGA_PERSON = Entity("Owen Varga", "person", ["Varga", "Dr. Owen Varga"], ["d0"])


def _items(a: Analysis, *ks: int) -> list[SummarySentence]:
    return [SummarySentence(a.sentences[k].text, [Citation(a.doc.id, a.sentences[k].start, a.sentences[k].end)])
            for k in ks]


def _who(summary: list[SummarySentence]) -> list[list[tuple[str, str]]]:
    return [[(g.name, g.text) for g in s.who] for s in summary]


def test_a_surname_no_earlier_item_introduces_is_glossed_with_the_reports_appositive() -> None:
    a = story(VARGA, published=NOV)[0]
    out = who_glosses(_items(a, 1, 2), [a], [VARGA_PERSON])
    assert _who(out) == [[], [("Varga", "Owen Varga, a chest doctor at Dunmore Royal Infirmary")]]
    g = out[1].who[0]
    assert a.doc.text[g.citation.start:g.citation.end] == g.text and g.citation.doc == "d0"
    assert [s.text for s in out] == [a.sentences[1].text, a.sentences[2].text]  # the items themselves unchanged


def test_a_surname_an_earlier_item_introduces_gets_no_gloss() -> None:
    a = story(VARGA, published=NOV)[0]
    assert _who(who_glosses(_items(a, 0, 2), [a], [VARGA_PERSON])) == [[], []]


def test_each_name_is_glossed_once_at_its_first_bare_use() -> None:
    text = VARGA + '\n"Nobody asks about the bedding," Varga said on Tuesday.'
    a = story(text, published=NOV)[0]
    out = who_glosses(_items(a, 2, 3), [a], [VARGA_PERSON])
    assert [len(s.who) for s in out] == [1, 0]


def test_a_name_written_in_full_or_by_a_given_name_is_not_bare() -> None:
    a = story("Hunter Varga joined the firm in May. Joe said the firm had grown. Joe Varga founded it in 1990.",
              published=NOV)[0]
    people = [Entity("Joe Varga", "person", ["Joe", "Varga"], ["d0"])]
    assert _who(who_glosses(_items(a, 0, 1), [a], people)) == [[], []]  # "Hunter Varga" is no "Varga"; "Joe" given


def test_a_name_the_story_never_writes_in_full_gets_no_gloss() -> None:
    a = story('The panel met on Monday. "So the plan failed?" Kessel asked.', published=NOV)[0]
    people = [Entity("Kessel", "person", [], ["d0"])]
    assert _who(who_glosses(_items(a, 1), [a], people)) == [[]]


def test_a_title_before_the_full_name_is_part_of_the_gloss() -> None:
    a = story("The court heard from the dock workers' lawyer, Mara Lind, on Monday. The strike ended in June. "
              "Lind said the workers would return on Friday.", published=NOV)[0]
    people = [Entity("Mara Lind", "person", ["Lind"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out) == [[], [("Lind", "the dock workers' lawyer, Mara Lind")]], [s.text for s in a.sentences]


def test_a_surname_before_a_generations_suffix_and_a_two_word_surname_are_glossed() -> None:
    a = story("James P. Lorne Jr., the county prosecutor, filed the case in May. Kate Hale Brin runs the jail. "
              "The trial opens in March. Lorne said the case was strong. Hale Brin said the jail was full.",
              published=NOV)[0]
    people = [Entity("James P. Lorne Jr.", "person", ["Lorne"], ["d0"]),
              Entity("Kate Hale Brin", "person", ["Hale Brin"], ["d0"])]
    out = who_glosses(_items(a, 2, 3, 4), [a], people)
    assert _who(out) == [[], [("Lorne", "James P. Lorne Jr., the county prosecutor")],
                         [("Hale Brin", "Kate Hale Brin")]], [s.text for s in a.sentences]


def test_a_who_clause_after_the_full_name_is_part_of_the_gloss() -> None:
    a = story("Maya Soren, who represents the ferry crews, spoke on Monday. The strike ended in June. "
              "Soren said the crews would return on Friday.", published=NOV)[0]
    people = [Entity("Maya Soren", "person", ["Soren"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out) == [[], [("Soren", "Maya Soren, who represents the ferry crews")]], [s.text for s in a.sentences]


def test_a_gloss_closes_the_quotation_it_opens() -> None:
    a = story('The sale drew a crowd on Monday, led by appraiser Nina Ostrow, who is best known for the TV series '
              '"Old Houses."\nThe top lot sold for $900. Ostrow said the prices were fair.', published=NOV)[0]
    people = [Entity("Nina Ostrow", "person", ["Ostrow"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out) == [[], [("Ostrow", 'appraiser Nina Ostrow, who is best known for the TV series "Old Houses."')]]


def test_initials_the_report_spells_out_in_no_shown_item_are_glossed() -> None:
    a = story("The agency's Harbour Survey Office mapped the bay in May. The dredging starts in June. "
              "The HSO team will watch the work from a boat.", published=NOV)[0]
    assert _who(who_glosses(_items(a, 1, 2), [a], [])) == [[], [("HSO", "Harbour Survey Office")]]
    assert _who(who_glosses(_items(a, 0, 2), [a], [])) == [[], []]  # an earlier item spells them out


def test_the_gloss_is_shown_in_markdown_html_and_json_and_comes_back_from_the_store() -> None:
    import storyline.render  # noqa: F401  (registers the renderers)
    from storyline.store.records import brief_from_dict

    a = story(VARGA, published=NOV)[0]
    summary = who_glosses(_items(a, 1, 2), [a], [VARGA_PERSON])
    brief = Brief("s", "t", 200, [a.doc], summary=summary, entities=[VARGA_PERSON])
    md = brief.to_markdown()
    assert "  - *Varga:* Owen Varga, a chest doctor at Dunmore Royal Infirmary [1]" in md
    html = brief.to_html()
    assert '<p class="who"><em>Varga:</em> Owen Varga, a chest doctor at Dunmore Royal Infirmary' in html
    g = summary[1].who[0].citation
    assert f'href="#d1-{g.start}-{g.end}"' in html and f'id="d1-{g.start}-{g.end}"' in html  # the link's passage
    d = brief.to_dict()
    assert "who" not in d["summary"][0]  # optional: only on an item that needs it
    assert d["summary"][1]["who"][0]["name"] == "Varga"
    assert brief_from_dict(d).to_dict() == d


def test_a_surname_after_a_sentences_common_first_word_is_bare() -> None:
    a = story("Joe Varga founded the firm in 1990, when it had three staff.\nThe firm grew for years.\n"
              "When Varga left in May, the staff had grown to forty.", published=NOV)[0]
    people = [Entity("Joe Varga", "person", ["Varga"], ["d0"])]
    assert _who(who_glosses(_items(a, 1, 2), [a], people)) == [[], [("Varga", "Joe Varga")]]
    b = story("Hunter Varga joined in May.\nThe firm grew for years.\nWhen Varga left, the staff was forty.",
              published=NOV)[0]
    out = who_glosses(_items(b, 1, 2), [b], [Entity("Hunter Varga", "person", ["Varga"], ["d0"])])
    assert _who(out) == [[], [("Varga", "Hunter Varga")]]  # "When" is no given name; "Hunter" (the entity's) is


def test_a_title_before_the_full_name_is_taken_in_whole_hyphenated_words() -> None:
    a = story("The museum hosted a talk with gallery founder and co-director Lena Marsh on Monday. "
              "The show opens in March. Marsh said the show would tour.", published=NOV)[0]
    people = [Entity("Lena Marsh", "person", ["Marsh"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out)[1] and _who(out)[1][0][1].endswith("co-director Lena Marsh"), _who(out)


def test_an_attributions_place_and_date_is_no_appositive_of_the_gloss() -> None:
    # ents37: an epigraph's "— Ana Ruiz, Tarnfield, TX, April 15, 2019" (bench/BRIEF_REVIEW.md, "ents37")
    a = story("“We lied, we cheated.” — Mara Lind, Houston, Texas, April 15, 2019\n"
              "Mara Lind, the former head of the agency, ran the programme for years. The strike ended in June.\n"
              "Lind said the workers would return on Friday.", published=NOV)[0]
    people = [Entity("Mara Lind", "person", ["Lind"], ["d0"])]
    out = who_glosses(_items(a, 3, 4), [a], people)
    assert _who(out) == [[], [("Lind", "Mara Lind, the former head of the agency")]], [s.text for s in a.sentences]


def test_a_sentences_adverb_before_a_title_is_no_word_of_the_gloss() -> None:
    # ents37: "even then-US Representative Dana Rohrabacher" (bench/BRIEF_REVIEW.md, "ents37")
    a = story("The dragnet caught nearly everyone who entered the office, even then-US Representative Mara Lind. "
              "The strike ended in June. Lind said the workers would return on Friday.", published=NOV)[0]
    people = [Entity("Mara Lind", "person", ["Lind"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out) == [[], [("Lind", "then-US Representative Mara Lind")]], [s.text for s in a.sentences]


def test_an_age_after_the_full_name_stays_in_the_gloss() -> None:
    # ents37's guard: the place-and-date rule reads no age as a date ("Jo Kerr, 55")
    a = story("Mara Lind, 55, was charged on Monday. The strike ended in June. Lind said the workers would return on "
              "Friday.", published=NOV)[0]
    people = [Entity("Mara Lind", "person", ["Lind"], ["d0"])]
    out = who_glosses(_items(a, 1, 2), [a], people)
    assert _who(out) == [[], [("Lind", "Mara Lind, 55")]], [s.text for s in a.sentences]
