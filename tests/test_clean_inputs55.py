"""inputs55: furniture glued into a JSON record's one-paragraph text, by kind (clean/inlineparts.py).

A teaser's headline glued to the next sentence (cut to where that sentence starts, not into it), a label in
capitals ("OPINION: …"), a crosshead of up to twelve words or in single quotation marks, a share bar run into the
text, the page's boxes after the writers' sign-off, a quoted post before its signature, and a promo's second half
behind a quotation mark the scraper left open. Made-up records of other subjects (a ferry strike, a cycling race, a
school roof, a museum loan); each test fails without its rule.
"""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, inlineparts
from storyline.clean.inlineparts import cut_inline_furniture
from storyline.clean.lines import Line
from storyline.model import RawDocument

OPENING = ("Ferry crews on the Solent walked out at dawn on Friday, stranding thousands of commuters. The union "
           "said the strike would last 48 hours unless managers returned to talks. ")
CLOSING = (" Managers said they had offered a rise of four percent. Extra buses ran between the two ports. The "
           "next round of talks is set for Monday.")


def _cut(text: str) -> tuple[str, list[str]]:
    line = Line(text)
    cut_inline_furniture(line)
    return line.text, [p.text for p in line.parts]


def test_a_teasers_headline_ends_where_the_glued_sentence_starts() -> None:
    text = OPENING + "READ MORE: Why island ferries keep breaking down He said the union's claim was fair." + CLOSING
    kept, cut = _cut(text)
    assert "READ MORE" not in kept and "keep breaking down" not in kept
    assert "He said the union's claim was fair." in kept, kept
    assert cut == ["READ MORE: Why island ferries keep breaking down"]


def test_a_label_in_capitals_with_a_glued_headline_is_a_teaser() -> None:
    glued = "OPINION: The Solent deserves better ferries Meanwhile, the harbour master closed two berths."
    text = OPENING + glued + CLOSING
    kept, _ = _cut(text)
    assert "OPINION" not in kept and "deserves better ferries" not in kept
    assert "Meanwhile, the harbour master closed two berths." in kept


def test_a_label_in_capitals_before_a_sentence_of_its_own_is_kept() -> None:
    text = OPENING + "UPDATE: The union said the strike would go ahead as planned." + CLOSING
    kept, _ = _cut(text)
    assert "UPDATE: The union said the strike would go ahead as planned." in kept


def test_a_longer_crosshead_glued_to_the_next_sentence_is_cut() -> None:
    glued = "Commuters stranded for a second day on the island ferry routes They said the queues began at five."
    text = OPENING + glued + CLOSING
    kept, cut = _cut(text)
    assert "Commuters stranded" not in kept and "They said the queues began at five." in kept
    assert cut == ["Commuters stranded for a second day on the island ferry routes"]


def test_a_crosshead_in_single_quotation_marks_is_cut() -> None:
    text = OPENING + "'A very long night' Union leader Amy Cole said talks had failed." + CLOSING
    kept, _ = _cut(text)
    assert "A very long night" not in kept and "Union leader Amy Cole said talks had failed." in kept


def test_a_share_bar_run_into_the_text_is_cut_and_prose_naming_platforms_is_not() -> None:
    bar = "Send Facebook Twitter Whatsapp Tumblr Digg reddit Newsvine Permalink http://example.test/p/3xQ "
    kept, _ = _cut(OPENING + bar + "Passengers were offered refunds." + CLOSING)
    assert "Newsvine" not in kept and "Permalink" not in kept and "Passengers were offered refunds." in kept
    prose = "Passengers shared videos on Facebook, Twitter and Instagram of the empty quays."
    kept, _ = _cut(OPENING + prose + CLOSING)
    assert prose in kept


def test_what_follows_the_sign_off_is_cut_and_the_wire_is_read() -> None:
    gallery = ("In 1998, the first car ferry enters service on the route. By 2005, two more ships join the fleet. "
               "Author: Kim Lowe")
    text = OPENING + "The next round of talks is set for Monday. ab/cd (Reuters, AFP) " + gallery
    kept, cut = _cut(text)
    assert kept.rstrip().endswith("set for Monday."), kept  # inputs57: the sign-off is cut too, its wire still read
    assert cut == [gallery, "ab/cd (Reuters, AFP)"]
    doc = clean_document(RawDocument(id="r.json", text=text, outlet="example.test", source="json"))
    assert "first car ferry" not in doc.text and doc.outlet == "example.test (with Reuters)"


def test_and_or_before_a_bracket_is_no_sign_off() -> None:
    text = OPENING + "Crews may strike and/or (Reuters reported) work to rule next week. They met on Sunday." + CLOSING
    kept, _ = _cut(text)
    assert "They met on Sunday." in kept and kept.endswith("set for Monday.")


def test_a_quoted_post_before_its_signature_is_cut_from_its_opening_mark() -> None:
    post = ("\u201cNo sailings today. Please do not travel to the port, we will update here.\u201d "
            "\u2014 Solent Link (@solentlink) March 3, 2017")
    kept, _ = _cut(OPENING + "The operator posted on Twitter. " + post + CLOSING)
    assert "No sailings today" not in kept and "Please do not travel" not in kept
    assert "The operator posted on Twitter." in kept and "@solentlink" not in kept


def test_a_promo_behind_an_old_open_quotation_mark_is_cut_whole() -> None:
    # a quotation mark the scraper left open far back must not make the promo read as quoted
    filler = " ".join(["The harbour board met again on Thursday to discuss the timetable."] * 12)
    promo = "Do you have a story about the strike you want to share with the Gazette? Here's how. Learn more"
    text = OPENING + 'A union leader said "the talks had stalled. ' + filler + " " + promo + CLOSING
    kept, _ = _cut(text)
    assert "Here's how" not in kept and "Learn more" not in kept and "share with the Gazette" not in kept


@pytest.mark.parametrize("switch", ["GLUED_TEASERS", "QUOTED_POSTS"])
def test_the_switches(monkeypatch: pytest.MonkeyPatch, switch: str) -> None:
    monkeypatch.setattr(inlineparts, switch, False)
    if switch == "GLUED_TEASERS":
        kept, _ = _cut(OPENING + "'A very long night' Union leader Amy Cole said talks had failed." + CLOSING)
        assert "A very long night" in kept
    else:
        post = "\u201cNo sailings today. Please do not travel.\u201d \u2014 Solent Link (@solentlink) March 3, 2017"
        kept, _ = _cut(OPENING + "The operator posted on Twitter. " + post + CLOSING)
        assert "No sailings today" in kept
