"""Pages a site writes about itself or in its writer's voice are noted (ingest.pagekind_site; inputs32)."""

from __future__ import annotations

from conftest import article_page as _page
from conftest import page_kind as _kind

REPORT = [
    "Five people were killed on Tuesday when a bus left the road near the town of Aldermouth, police said.",
    "The bus, carrying 40 passengers from the coast, overturned on a bend shortly after 7 a.m., officials said.",
    "Twelve passengers were taken to hospital, three of them in a serious condition, a spokesman said.",
    "\u201cI saw the bus tip over and I ran to help,\u201d said Mara Quill, who lives by the road.",
    "\u201cI called 911,\u201d she said.",
    "The regional council said the bend had been the scene of two earlier accidents in the past five years.",
]
ESSAY = [
    "I started writing software for the lab in 2009, and I have maintained the same tools ever since then.",
    "When I look back, I think my biggest mistake was believing I could rewrite everything in one summer.",
    "My colleagues were patient with me, but I know now that I asked far too much of them and of myself.",
    "This year I moved the last of the old scripts, and I want to explain what I learned while doing it.",
    "The tools now run on the new version, the tests pass, and the old code has been archived for good.",
]


def test_an_organisations_about_page_is_noted() -> None:
    head = '<meta property="article:section" content="About Quillpad">'
    assert _kind(_page("What we do", REPORT * 3, url="https://quillpad.example.org/about/")) == "about"
    assert _kind(_page("Who we are", REPORT * 3, head=head)) == "about"
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 3,
                       url="https://news.example.com/about/2019/10/12/bus-crash/")) is None  # deep path: a report


def test_a_song_lyrics_page_is_noted_by_its_labelling_headline() -> None:
    assert _kind(_page("\u201cOnly Once\u201d Lyrics : Mara Quill", ESSAY * 3)) == "lyrics"
    assert _kind(_page("Singer defends her lyrics after criticism", REPORT * 3)) is None


def test_a_site_calling_itself_a_blog_is_noted_but_a_blog_path_is_not() -> None:
    head = '<meta property="og:site_name" content="The Quillpad Blog">'
    assert _kind(_page("Want a more diverse community? So do we.", REPORT * 3, head=head)) == "blog"
    blog_host = "https://blog.quillpad.example.org/grant/"
    assert _kind(_page("A grant to a new programme", REPORT * 3, url=blog_host)) == "blog"
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 3,
                       url="https://news.example.com/blogs/briefing-room/news/123-bus-crash")) is None


def test_a_first_person_essay_is_noted_and_quoted_first_persons_are_not_counted() -> None:
    head = '<meta property="og:site_name" content="Example News"><meta property="og:type" content="article">'
    assert _kind(_page("Reflections on a long migration", ESSAY * 3, head=head)) == "essay"  # 'I' far above a report
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 3, head=head)) is None  # 'I' only in quotes
    mixed = [*REPORT * 3, ESSAY[0], ESSAY[3]]  # the writer's 'I' a few times: under the rate
    assert _kind(_page("Reflections on a long migration", mixed + REPORT, head=head)) is None
    assert _kind(_page("Reflections on a long migration", mixed + REPORT)) == "essay"  # no publisher in metadata


def test_a_question_and_answer_interview_is_noted_as_one() -> None:
    turns = []
    for q, a in zip(REPORT[:5], ESSAY, strict=True):
        turns += [f"Why does that matter? {q}", f"Quill: {a}"]
    assert _kind(_page("Q&A with Mara Quill", [REPORT[0], *turns, *turns[:4]])) == "interview"
    photos = [f"Photo: {p}" for p in REPORT] * 2
    assert _kind(_page("Bus leaves the road near Aldermouth", REPORT * 2 + photos)) is None
