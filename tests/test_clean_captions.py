"""Photo-gallery and slideshow captions left in scraped text (``clean.captions``, issue 12).

Every fixture is made up, in the layouts news sites print galleries in when a page is scraped as text: a
gallery's captions, credits and controls on one line, a wire caption with its credit, a caption before a
credit on its own line, a caption printed twice. The article's own sentences, a headline repeated before
its lead photo's credit, a sentence ending on a date and counts in prose stay.
"""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.clean.captions import gallery_line
from storyline.clean.reasons import Reason
from storyline.model import Document, RawDocument

TITLE = "Council approves new riverside park after two-year debate"
P1 = ("The Springfield city council voted 7-2 on Tuesday to approve a new riverside park, ending a two-year "
      "debate over the future of the old rail yard.")
P2 = ("The park will include walking trails, a playground and a boat launch, and is expected to open in the "
      "spring of 2021, council members said.")
P3 = ("Opponents had argued that the land should be sold to developers to pay for road repairs, but the "
      "mayor said the park would draw visitors to the waterfront.")
P4 = ("Construction is set to begin next month, and the city has already received two grants from the state "
      "to pay for the trails.")


def _clean(*lines: str) -> Document:
    return clean_document(RawDocument(id="t", text="\n".join(lines), source="multinews"))


def _kept(doc: Document) -> list[str]:
    return doc.text.split("\n")


def _captions(doc: Document) -> list[str]:
    return [r.text for r in doc.removed if r.reason == Reason.CAPTION]


def test_gallery_line_with_its_captions_credits_and_controls_goes() -> None:
    caption = "Residents walk along the old rail yard on Monday. The city plans to turn it into a park."
    gallery = (f"{caption} {caption} Photo: Jane Doe/The Springfield Herald Photo: Jane Doe/The Springfield "
               f"Herald Image 1 of / 12 Caption Close {TITLE} 1 / 12 Back to Gallery")
    doc = _clean(TITLE, gallery, P1, P2, P3, P4)
    assert _kept(doc) == [P1, P2, P3, P4]
    assert doc.title == TITLE
    assert any(c.startswith("Residents walk along") for c in _captions(doc))


def test_wire_caption_with_its_credit_goes() -> None:
    caption = ("Mayor Ann Lee leaves City Hall after the vote in Springfield, Illinois June 3, 2019. "
               "REUTERS/John Roe")
    doc = _clean(TITLE, P1, caption, P2, P3, P4)
    assert _kept(doc) == [P1, P2, P3, P4]
    assert "Mayor Ann Lee leaves City Hall after the vote in Springfield, Illinois June 3, 2019." in _captions(doc)


def test_caption_before_a_credit_line_goes() -> None:
    caption = ("Mayor Ann Lee speaks to reporters outside City Hall after the vote, Tuesday, June 4, 2019, in "
               "Springfield, Ill.")
    doc = _clean(TITLE, P1, P2, caption, "(AP Photo/John Roe)", P3, P4)
    assert _kept(doc) == [P1, P2, P3, P4]
    assert caption in _captions(doc)


def test_caption_printed_twice_goes_both_times() -> None:
    caption = "Children play near the river as workers survey the site. (Photo: Jane Doe)"
    doc = _clean(TITLE, P1, caption, P2, P3, "Children play near the river as workers survey the site.", P4)
    assert _kept(doc) == [P1, P2, P3, P4]


def test_headline_repeated_before_its_lead_photo_credit_stays_the_title() -> None:
    doc = _clean(TITLE, TITLE, "Jane Doe/Getty Images", P1, P2, P3, P4)
    assert doc.title == TITLE
    assert _kept(doc) == [P1, P2, P3, P4]
    assert _captions(doc) == []


def test_article_sentences_next_to_credits_stay() -> None:
    dated = "The new rules take effect on Jan. 1, 2020."
    standfirst = "The park will be the largest in the city."
    doc = _clean(TITLE, P1, dated, "Jane Doe/Getty Images", P2, standfirst, "Photo: Jane Doe", standfirst, P3, P4)
    assert dated in _kept(doc)
    assert standfirst in _kept(doc)
    assert P2 in _kept(doc) and P3 in _kept(doc) and P4 in _kept(doc)


def test_gallery_line_shapes() -> None:
    assert gallery_line("Image 3 of 20")
    assert gallery_line("1 / 47 Back to Gallery")
    assert gallery_line("Hide Caption 4 of 13")
    assert gallery_line("View gallery")
    assert not gallery_line("Close")  # a share dialog's or a menu's as often
    assert not gallery_line("The jury voted 10 of 12 to convict, a close result in a long trial.")
    assert not gallery_line("He was one of 3 of 5 candidates still in the race.")


def test_a_long_paragraph_with_one_counter_in_it_stays() -> None:
    glued = " ".join([P1, P2, P3, P4, P1, P2]) + " Image 1 of 3 Caption Close"
    assert not gallery_line(glued)  # 130 words for one frame: a paragraph a scraper glued a counter to


def test_a_photo_essay_keeps_its_captions() -> None:
    frames = " ".join(f"{p} Hide Caption {i} of 4" for i, p in enumerate([P1, P2, P3, P4], start=1))
    doc = _clean(TITLE, "Photos: The new riverside park " + frames, P4)
    assert "Hide Caption 2 of 4" in doc.text  # most of the report is the gallery: its captions are the report


def test_a_stated_publication_date_before_a_photo_credit_stays_the_reports_date() -> None:
    """The demo's first report: "Published: March 14, 2025" above "(Photo: … / Outlet)" was taken for the
    photo's caption (a line before a credit ending on a date), and the report lost its date."""
    doc = clean_document(RawDocument(id="t", text="\n".join([
        TITLE, "", "By Jo Smith, City Reporter", "Published: March 14, 2025", "",
        "(Photo: Walkers on the old rail yard on Monday. Ann Lee / Springfield Post)", "", P1, "", P2, "", P3, "", P4,
    ])))
    assert str(doc.published) == "2025-03-14"
    assert "Published: March 14, 2025" not in _captions(doc)
