"""inputs54: furniture inside a JSON record's one-paragraph text, by kind (clean/inlineparts.py).

Made-up records of other subjects (a flood in a river town, a museum theft, a marathon, a council vote); each
test fails with the switch off or without its rule.
"""

from __future__ import annotations

import pytest

from storyline.clean import clean_document, inlineparts
from storyline.clean.inlineparts import cut_inline_furniture
from storyline.clean.lines import Line
from storyline.model import RawDocument

OPENING = ("The river Lune burst its banks at Halton on Tuesday night, flooding forty homes. Firefighters "
           "rescued six people from their cars, the county's fire service said. ")
CLOSING = (" The Environment Agency said the water would fall by Thursday. A relief centre opened at the "
           "village school. Insurers said claims could run to millions.")


def _cut(text: str) -> tuple[str, list[str]]:
    line = Line(text)
    cut_inline_furniture(line)
    return line.text, [p.text for p in line.parts]


def test_a_post_ending_in_its_signature_is_cut() -> None:
    post = ("Thoughts with everyone in Halton tonight. Stay safe. — Jo Marsh (@jomarsh_mp) March 7, 2018")
    kept, cut = _cut(OPENING + post + CLOSING)
    assert "@jomarsh_mp" not in kept and "March 7, 2018" not in kept
    assert kept.startswith("The river Lune") and kept.endswith("could run to millions.")
    assert any("(@jomarsh_mp)" in c for c in cut)


def test_a_post_of_handles_is_cut_back_to_its_first_sentence() -> None:
    post = (".@HaltonFire crews pulled six people from cars on the A683 tonight — Lune Watch (@lunewatch) "
            "March 7, 2018")
    kept, _ = _cut(OPENING + post + CLOSING)
    assert "@HaltonFire" not in kept and "crews pulled six people" not in kept
    assert "the county's fire service said." in kept


def test_a_post_ending_in_a_short_link_is_cut_from_the_lost_break() -> None:
    text = (OPENING + "The mayor visited the school.  Our thoughts are with Halton. We are sending help. "
            "https://t.co/Ab12Cd34Ef  " + CLOSING.strip())
    kept, _ = _cut(text)
    assert "t.co" not in kept and "Our thoughts are with Halton" not in kept
    assert "The mayor visited the school." in kept and "The Environment Agency said" in kept


def test_a_post_with_no_break_is_the_sentence_its_link_ends() -> None:
    text = OPENING + "Water everywhere ... wow pic.twitter.com/Zz9Yy8Xx7W The mayor visited the school." + CLOSING
    kept, _ = _cut(text)
    assert "pic.twitter.com" not in kept and "wow" not in kept
    assert "The mayor visited the school." in kept and "the county's fire service said." in kept


def test_a_hashtag_passage_after_a_lost_break_is_a_post() -> None:
    text = (OPENING + "Roads were closed.  #Halton #flood Do not drive through flood water. Updates to follow #A683"
            "  The mayor visited the school." + CLOSING)
    kept, _ = _cut(text)
    assert "#Halton" not in kept and "Do not drive" not in kept
    assert "Roads were closed." in kept and "The mayor visited the school." in kept


def test_a_call_out_to_readers_is_cut() -> None:
    callout = (" Are you affected by the flooding? You can share your photos by emailing news@example.org. "
               "Please leave a number if you are willing to talk to a reporter. You can also contact us below:")
    kept, cut = _cut(OPENING + CLOSING.strip() + callout)
    assert "affected by the flooding" not in kept and "news@example.org" not in kept
    assert kept.endswith("could run to millions.")
    assert cut and cut[0].startswith("Are you affected")


def test_a_promo_run_to_the_reader_is_cut() -> None:
    promo = (" Want the week's best stories from the valley? Here's how. Subscribe, pick the towns you care "
             "about and we'll send you a digest every Friday. Learn more")
    kept, _ = _cut(OPENING + CLOSING.strip() + promo)
    assert "Subscribe" not in kept and "Learn more" not in kept and "Here's how" not in kept
    assert kept.endswith("could run to millions.")


def test_a_quoted_you_is_the_report() -> None:
    quote = (' "If you live by the river, you should move your car tonight and tell us if you need help," '
             "the fire chief said.")
    kept, cut = _cut(OPENING + CLOSING.strip() + quote)
    assert not cut and "If you live by the river" in kept


def test_an_update_notice_sentence_is_cut() -> None:
    kept, _ = _cut(OPENING + "This is a developing story. Check back for updates." + CLOSING)
    assert "developing story" not in kept and "Check back" not in kept
    assert "The Environment Agency said" in kept


def test_a_teaser_label_and_its_headline_glued_to_a_quotation() -> None:
    text = (OPENING + 'READ MORE: Town braces for wettest winter in decades "We have never seen it this high," '
            "a resident said." + CLOSING)
    kept, _ = _cut(text)
    assert "READ MORE" not in kept and "wettest winter" not in kept
    assert '"We have never seen it this high," a resident said.' in kept


def test_a_share_bar_sentence_is_cut() -> None:
    kept, _ = _cut(OPENING + CLOSING.strip() + " Share this story: Facebook Twitter Email")
    assert "Share this" not in kept and kept.endswith("could run to millions.")


def test_a_short_text_is_left() -> None:
    text = "Were you there? Contact us at news@example.org."
    assert _cut(text) == (text, [])


def test_switch_off_leaves_the_text(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(inlineparts, "ENABLED", False)
    text = OPENING + "This is a developing story. Check back for updates." + CLOSING
    assert _cut(text) == (text, [])


def test_a_record_is_cleaned_and_the_cut_recorded() -> None:
    text = (OPENING + "Police said a painting was taken from the museum. Thoughts with Halton. — Jo Marsh "
            "(@jomarsh_mp) March 7, 2018" + CLOSING)
    doc = clean_document(RawDocument(id="r", text=text, source="json", title="Halton floods"))
    assert "@jomarsh_mp" not in doc.text and "painting was taken" in doc.text
    assert any("(@jomarsh_mp)" in r.text for r in doc.removed)
    html = clean_document(RawDocument(id="h", text=text, source="text", title="Halton floods"))
    assert "@jomarsh_mp" in html.text  # a file's own lines are the line rules' to judge


def test_a_crosshead_run_into_the_next_sentence_is_cut() -> None:
    text = (OPENING + "Runners were held at the start. Course moved inland The organisers said the marathon "
            "would follow the canal instead." + CLOSING)
    kept, cut = _cut(text)
    assert "Course moved inland" not in kept and "The organisers said the marathon" in kept
    assert "Runners were held at the start. The organisers said" in kept
    assert cut == ["Course moved inland"]


def test_a_name_or_a_quotation_is_no_crosshead() -> None:
    text = (OPENING + "Council leaders met on Friday. Lena Park told The Herald that fees would rise. "
            '"We asked them all and While you wait is what they said," she said. Votes in favour The count '
            "was nine." + CLOSING)
    kept, cut = _cut(text)
    assert "told The Herald" in kept and "While you wait" in kept
    assert cut == ["Votes in favour"]
