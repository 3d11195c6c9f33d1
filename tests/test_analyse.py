"""Sentence splitting: no cut inside a model name or after a title (fixtures written for
these tests, in the style of wire copy)."""

from __future__ import annotations

import pytest

from storyline.analyse import _cut_inside, analyse
from storyline.model import Document


def _sentences(text: str) -> list[str]:
    return [s.text for s in analyse([Document(id="d", text=text)])[0].sentences]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Four Russian Su-34 Fullback fighter jets are now at the Latakia air base, and more than "
            "600 troops are in place. A Pentagon spokesman confirmed the figures on Tuesday.",
            2,
        ),
        (
            "Russian Su-25 attack jets struck positions near Hama, the ministry said. U.S. F-15E Strike "
            "Eagles flew over Raqqa.",
            2,
        ),
        (
            "Two MiG-31 Foxhound interceptors flew over the area. The AK-47 rifles were found in a car. "
            "B-52 Stratofortress bombers flew from Guam.",
            3,
        ),
        ("The message went to the aviation authority's chairman, Brig. Gen. Fayez Zeidan, on Monday.", 1),
        ("Sgt. Maj. John Doe said the unit had left the base. Capt. Ann Lee and Adm. Bob Ray disagreed.", 2),
    ],
)
def test_no_cut_inside_names(text: str, expected: int) -> None:
    sentences = _sentences(text)
    assert len(sentences) == expected, sentences
    assert all(s[-1] in ".!?" for s in sentences), sentences  # every piece is a whole sentence


def test_the_su34_sentence_stays_whole() -> None:
    first = _sentences(
        "Four Russian Su-34 Fullback fighter jets are now at the Latakia air base. The base is near the coast."
    )[0]
    assert first.startswith("Four Russian Su-34 Fullback fighter jets are now")


def test_real_boundaries_are_kept() -> None:
    text = (
        "The pilot ejected from his F-16. He was picked up within the hour.\n"
        "LONDON (AP) _ A lawmaker backed the request on Saturday. It was the first such request."
    )
    assert _sentences(text) == [
        "The pilot ejected from his F-16.",
        "He was picked up within the hour.",
        "LONDON (AP) _",
        "A lawmaker backed the request on Saturday.",
        "It was the first such request.",
    ]


@pytest.mark.parametrize(
    ("prev", "pos", "cut"),
    [
        ("Four Russian Su-34", "PROPN", True),  # a designator, no final stop
        ("A Boeing 777-200ER", "PROPN", True),
        ("He starred in it in 1998 and", "CCONJ", True),  # no sentence ends with "and"
        ("… to chairman of the authority Brig.", "PROPN", True),  # a title before a name
        ("The pilot ejected from his F-16.", "PUNCT", False),  # a final stop: a real end
        ("Hide Caption 9 of 43 Photos: The search for MH370", "PROPN", False),
        ("LONDON (AP) _", "PUNCT", False),
        ("The vote was 2-1", "NUM", False),
    ],
)
def test_cut_inside(prev: str, pos: str, cut: bool) -> None:
    assert _cut_inside(prev, pos) is cut


def test_a_dateline_stays_apart() -> None:
    text = (
        "LONDON (AP) _ Former Chilean dictator Gen. Augusto Pinochet has been arrested by British police "
        "on a Spanish extradition warrant."
    )
    assert _sentences(text)[0] == "LONDON (AP) _"


def test_capitalised_page_furniture_is_not_glued_on() -> None:
    assert _cut_inside("SEE ALL BACK TO", "ADP") is False  # tags of shouted furniture are not trusted


# Abbreviations: wire-style sentences written for these tests. A stop inside a sentence ("Sept.",
# "No.", "Lt. Col.", "U.S.", "a.m.") is not an end; the same stop before a new clause is.
@pytest.mark.parametrize(
    "text",
    [
        "The talks resumed on Sept. 30 in Geneva, officials said.",
        "Resolution No. 2249 was adopted unanimously on Friday night.",
        "Gen. Joseph Dunford told senators on Tuesday that the plan was sound.",
        "Lt. Col. Mark Dawson, a U.S. Army spokesman, said the convoy was hit near the border.",
        "Sen. Ann Price, R-Ariz., said the U.S. should arm the rebels.",
        "The storm struck at 4 a.m. Tuesday, flooding low-lying streets.",
        "The meeting ended at 11 p.m. on Thursday, and the talks resume on Monday.",
        "The U.N. Security Council met at 3 p.m. New York time.",
        "The Mi-8 helicopter crashed in Dec. 2014, killing four crew.",
        "Maj. Gen. Igor Kovalenko said two F-16 jets and an Su-34 were seen over the port.",
        "The prime minister returned to No. 10 Downing Street at 9 p.m. on Monday.",
        "Police said the fire began at 3 a.m. EST at a warehouse owned by Acme Corp. in Dover.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text: str) -> None:
    assert _sentences(text) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The storm struck shortly after 4 a.m. Residents fled to higher ground.",
            ["The storm struck shortly after 4 a.m.", "Residents fled to higher ground."],
        ),
        (
            "She met Lt. Col. Ahmed Saleh in Sept. His unit had just arrived.",
            ["She met Lt. Col. Ahmed Saleh in Sept.", "His unit had just arrived."],
        ),
        (
            "The storm moved up the coast toward N.J. and N.Y. Emergency workers were ready.",
            ["The storm moved up the coast toward N.J. and N.Y.", "Emergency workers were ready."],
        ),
        (
            "He lives in the U.S. His brother stayed in Poland.",
            ["He lives in the U.S.", "His brother stayed in Poland."],
        ),
        (
            "The fire at Unit No. 4 was put out. No one was hurt.",
            ["The fire at Unit No. 4 was put out.", "No one was hurt."],
        ),
    ],
)
def test_an_abbreviation_can_still_end_a_sentence(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


def test_spans_point_into_the_text_after_a_second_cut() -> None:
    text = "Crews left at 6 a.m. Nobody was hurt.\nThe road reopened at 9 a.m. Traffic was light."
    got = analyse([Document(id="d", text=text)])[0].sentences
    assert [text[s.start : s.end] for s in got] == [s.text for s in got]
    assert [s.text for s in got] == ["Crews left at 6 a.m.", "Nobody was hurt.", "The road reopened at 9 a.m.",
                                     "Traffic was light."]


def test_glued_sentence_ends_are_cut() -> None:
    """Scraped text often loses the space after a stop: the sentences are still two."""
    text = "The memorial's dedication was postponed indefinitely.The storm is expected on Saturday."
    assert _sentences(text) == ["The memorial's dedication was postponed indefinitely.",
                                "The storm is expected on Saturday."]
    text = "It would be the first hurricane since Ike hit the Texas coast in 2008.Facing a delay, they stayed."
    assert _sentences(text)[-1] == "Facing a delay, they stayed."
    initials = "Troops of the U.S.Army left St.Louis at dawn."
    assert _sentences(initials) == [initials]


def test_a_lone_word_joins_the_sentence_after_it() -> None:
    text = ('"Stay out of your backyard if you have trees there."Martin Luther King Jr. National Memorial '
            "organisers postponed the dedication indefinitely.")
    got = _sentences(text)
    assert all(not s.startswith("Luther") for s in got), got
    assert any(s.startswith('"Martin Luther King Jr.') or s.startswith("Martin Luther King Jr.") for s in got), got


@pytest.mark.parametrize(
    "text",
    [
        "The meteor shower is expected to begin at 2:43 p.m. Eastern standard time and to last an hour.",
        "The shuttle lands at 9 a.m. Pacific time on Friday, and the crew will then fly to Houston.",
        "Talks resumed at 10 a.m. GMT in a hotel near the lake.",
    ],
)
def test_a_clock_time_keeps_its_zone(text: str) -> None:
    assert _sentences(text) == [text]


# A title of capitalised words cut through (the twentieth read: "2013's Star Trek | Into Darkness were directed by
# J.J. Abrams."): the rest of the title and its verb, with no subject of their own, go on the sentence before them.
# Made-up copy in the style of an entertainment report.
@pytest.mark.parametrize(
    "text",
    [
        "Star Wars Beyond was directed by Ann Kovac; 2009’s Star Wars and 2013’s Star Wars Into Darkness were made by "
        "R.J. Talbot.",
        "The latest Star Trek film was 2016’s Star Trek Beyond, directed by Ann Kovac; 2009’s Star Trek and 2013’s "
        "Star Trek Into Darkness were directed by R.J. Talbot.",
    ],
)
def test_a_title_of_capitalised_words_is_not_cut(text: str) -> None:
    assert _sentences(text) == [text]


def test_initials_and_a_title_keep_the_sentences_apart() -> None:
    text = (
        "The first two films were directed by J.J. Talbot. Talbot was a producer on Star Wars Beyond, and will "
        "return as a producer. Dr. Ann Kovac, who wrote 2013’s Star Wars Into Darkness, told the Hollywood Reporter "
        "she was in talks."
    )
    assert _sentences(text) == [
        "The first two films were directed by J.J. Talbot.",
        "Talbot was a producer on Star Wars Beyond, and will return as a producer.",
        "Dr. Ann Kovac, who wrote 2013’s Star Wars Into Darkness, told the Hollywood Reporter she was in talks.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hide Caption 9 of 43 Photos: The search for MH370",  # page furniture: the sentence after it has a subject
        "Click here to read more.",  # an imperative opens on its verb
    ],
)
def test_a_subject_or_an_imperative_is_no_cut_title(text: str) -> None:
    from storyline.analyse import _headless
    from storyline.nlp import get_nlp

    doc = get_nlp()(text)
    assert not any(_headless(s) for s in doc.sents)
