"""inputs59: a record's closing credit, a whole one-paragraph report kept, a full stop typed as a hyphen, a teaser's
headline that ends at a name and its appositive, a prompt glued before a lede, an embedded post's unmarked
sentences, a box of dated teasers (clean/closingcredit.py, clean/__init__.py ``WHOLE_REPORTS``, clean/hyphens.py
``STOPS_TYPED``, clean/inlineparts.py ``APPOSITIVE_ENDS``, ``GLUED_PROMPTS``, ``POST_REACH``, clean/datedteasers.py).

Made-up records of a bakery, a marathon and a rowing club; each positive test fails with its switch off.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import storyline.clean as clean_pkg
from storyline.clean import closingcredit, datedteasers, hyphens, inlineparts
from storyline.clean.hyphens import mend_hyphens
from storyline.clean.inlineparts import cut_record_furniture
from storyline.clean.lines import Line
from storyline.clean.reasons import Reason
from storyline.clean.rules import classify_line
from storyline.errors import NoArticleText
from storyline.model import Document, Removed
from storyline.sources import credits_agency

_BEFORE = "The Mill Street bakery closed on Friday after eighty years. Its owners had run it since 1961. "
_AFTER = " The building will be sold in the spring. A new bakery is planned for the High Street."


@pytest.fixture
def switches() -> Iterator[None]:
    saved = (closingcredit.ENABLED, clean_pkg.WHOLE_REPORTS, hyphens.STOPS_TYPED, inlineparts.APPOSITIVE_ENDS,
             inlineparts.GLUED_PROMPTS, inlineparts.POST_REACH, datedteasers.ENABLED)
    yield
    (closingcredit.ENABLED, clean_pkg.WHOLE_REPORTS, hyphens.STOPS_TYPED, inlineparts.APPOSITIVE_ENDS,
     inlineparts.GLUED_PROMPTS, inlineparts.POST_REACH, datedteasers.ENABLED) = saved


def _cut(text: str) -> tuple[str, list[tuple[str, str]]]:
    out, parts = cut_record_furniture(mend_hyphens(text))
    return out, [(p.text, str(p.reason)) for p in parts]


# -- a closing credit -----------------------------------------------------------------------------------------------

def test_a_closing_source_credit_is_cut_as_a_byline() -> None:
    out, parts = _cut(_BEFORE + "Bread was baked there every day." + _AFTER + " Source: Herald and news agencies")
    assert ("Source: Herald and news agencies", "byline") in parts
    assert out.endswith("planned for the High Street.")


def test_a_closing_credit_glued_to_an_unpunctuated_sentence_is_cut() -> None:
    out, parts = _cut(_BEFORE + _AFTER + " The council owns 63 of the 129 stalls, just short of a majority "
                      "Sources: Reuters, AFP")
    assert ("Sources: Reuters, AFP", "byline") in parts
    assert out.endswith("just short of a majority")


def test_a_source_named_inside_a_sentence_stays() -> None:
    text = _BEFORE + _AFTER + " Its flour came from one mill, the source: a farm in Kent that closed in 1990."
    assert _cut(text)[0] == text


def test_without_the_rule_the_credit_stays(switches: None) -> None:
    closingcredit.ENABLED = False
    assert _cut(_BEFORE + _AFTER + " Source: News agencies")[0].endswith("Source: News agencies")


def test_a_closing_credit_of_news_agencies_still_credits_an_agency() -> None:
    doc = Document(id="d", text="The bakery closed.", removed=[Removed("Source: News agencies", Reason.BYLINE)])
    assert credits_agency(doc)
    assert not credits_agency(Document(id="e", text="The bakery closed."))


# -- a whole report the model would remove --------------------------------------------------------------------------

def _by_model(text: str) -> list[Line]:
    return [Line(text, reason=Reason.FURNITURE, by_model=True)]


_PARAGRAPH = ("The bakery on Mill Street closed on Friday after eighty years of trade in the town. Its owners said "
              "the rent had doubled. The building will be sold in the spring, the council said Reuters and agencies")


def test_a_paragraph_of_sentences_that_ends_in_none_is_kept_when_nothing_else_is() -> None:
    text, _ = clean_pkg._assemble("d", _by_model(_PARAGRAPH), None)
    assert text == _PARAGRAPH


def test_a_menu_is_still_removed() -> None:
    with pytest.raises(NoArticleText):
        clean_pkg._assemble("d", _by_model("Home News Sport Weather Bakeries Markets Contact us About us Jobs"), None)


def test_without_the_rule_the_paragraph_goes(switches: None) -> None:
    clean_pkg.WHOLE_REPORTS = False
    with pytest.raises(NoArticleText):
        clean_pkg._assemble("d", _by_model(_PARAGRAPH), None)


# -- a full stop typed as a hyphen ----------------------------------------------------------------------------------

def test_a_hyphen_before_a_sentence_opener_ends_the_sentence() -> None:
    assert mend_hyphens("She has baked there every day since- The oven was built in 1961.") == (
        "She has baked there every day since. The oven was built in 1961.")


def test_a_run_of_hyphens_after_a_sentence_end_is_dropped() -> None:
    assert mend_hyphens('The bakery closed in 2011.---- "We lost everything," said its owner.') == (
        'The bakery closed in 2011. "We lost everything," said its owner.')


def test_a_hyphen_before_a_name_or_a_lower_case_word_is_no_stop() -> None:
    assert mend_hyphens("The baker- Jane Roe opened it.") == "The baker Jane Roe opened it."
    assert mend_hyphens("The stalls are in- Leeds today.") == "The stalls are in Leeds today."
    assert mend_hyphens("pre- and post-war loaves") == "pre- and post-war loaves"


def test_without_the_rule_the_two_sentences_run_together(switches: None) -> None:
    hyphens.STOPS_TYPED = False
    assert "since The oven" in mend_hyphens("She has baked there every day since- The oven was built in 1961.")


# -- a teaser's headline before a name and its appositive -----------------------------------------------------------

_TEASER = ('READ MORE: Key facts about the city marathon Jane Roe, a race official, said that while the "course" '
           "was flat, the heat was a risk.")


def test_a_teaser_headline_ends_where_a_name_and_its_appositive_start() -> None:
    out, parts = _cut(_BEFORE + _TEASER + _AFTER)
    assert parts == [("READ MORE: Key facts about the city marathon", "teaser link")]
    assert "1961. Jane Roe, a race official, said that while" in out


def test_a_name_and_an_age_ends_a_teaser_headline() -> None:
    out, parts = _cut(_BEFORE + "READ MORE: Roe accused of paying runners to cut the course Roe, 71, won the race "
                      "last year after a long chase." + _AFTER)
    assert parts == [("READ MORE: Roe accused of paying runners to cut the course", "teaser link")]
    assert "Roe, 71, won the race" in out


def test_without_the_rule_the_teaser_cut_takes_the_sentence(switches: None) -> None:
    inlineparts.APPOSITIVE_ENDS = False
    out, _ = _cut(_BEFORE + _TEASER + _AFTER)
    assert "Jane Roe, a race official" not in out


# -- a prompt glued before a lede -----------------------------------------------------------------------------------

_PROMPTED = "Share this with The Mill Street bakery has closed after eighty years of trade. "


def test_a_share_prompt_glued_before_a_sentence_is_cut_alone() -> None:
    out, parts = _cut(_PROMPTED + _BEFORE + _AFTER)
    assert parts == [("Share this with", "navigation")]
    assert out.startswith("The Mill Street bakery has closed after eighty years of trade.")


def test_a_share_prompt_before_a_promo_goes_whole() -> None:
    _, parts = _cut(_BEFORE + _AFTER + " Share this with Run by the council and partners Bread Classes Pastry Classes")
    assert parts[0][0].startswith("Share this with Run by the council")


def test_without_the_rule_the_lede_goes_with_the_prompt(switches: None) -> None:
    inlineparts.GLUED_PROMPTS = False
    assert not _cut(_PROMPTED + _BEFORE + _AFTER)[0].startswith("The Mill Street bakery has closed")


# -- an embedded post's sentences before its signature --------------------------------------------------------------

_POST = ("We are sad to hear this evening of the retirement of our member and @millrowers captain Jane Roe. Our "
         "thoughts are with her family. — Mill Rowers (@millrowers) March 19, 2017 ")


def test_an_embedded_posts_unmarked_sentences_go_with_its_signature() -> None:
    out, parts = _cut("The rowing club lost its captain on Sunday. She had rowed for the club since 2011. " + _POST
                      + "Roe made her debut in 2011. The club will name a new captain in May.")
    assert parts == [(_POST.strip(), "social prompt")]
    assert "since 2011. Roe made her debut" in out


def test_a_reports_own_sentences_before_a_post_stay() -> None:
    post = "The club said the captain had been taken to hospital. — Mill Rowers (@millrowers) March 19, 2017 "
    out, _ = _cut("The rowing club lost its captain on Sunday. Her coach is @janecoach on the club's site. " + post
                  + "Roe made her debut in 2011. The club will name a new captain in May.")
    assert "The club said the captain had been taken to hospital." in out


def test_without_the_rule_the_posts_words_stay(switches: None) -> None:
    inlineparts.POST_REACH = False
    out, _ = _cut("The rowing club lost its captain on Sunday. She had rowed for the club since 2011. " + _POST
                  + "Roe made her debut in 2011. The club will name a new captain in May.")
    assert "Our thoughts are with her family." in out


# -- a box of dated teasers -----------------------------------------------------------------------------------------

_BOX = ("A court has fined the marathon's organisers for the heat. The fine could close the race. (02.03.2017) "
        "Runners have criticised the city for its water stations. They say the stations ran dry in 2016. "
        "(23.03.2016) The race's founder has died. How are runners remembering him? (15.11.2016) ")


def test_a_box_of_dated_teasers_is_cut() -> None:
    out, parts = _cut("The city marathon will move to April. Its organisers said the heat was a danger. " + _BOX
                      + "Last week, the organisers were fined. The race began in 1981.")
    assert parts == [(_BOX.strip(), "related-stories list")]
    assert "a danger. Last week, the organisers were fined." in out


def test_a_single_bracketed_date_stays() -> None:
    text = ("The city marathon will move to April. Its organisers said so. The fine was paid. (02.03.2017) Last "
            "week, the organisers were fined. The race began in 1981.")
    assert _cut(text)[0] == text


def test_without_the_rule_the_box_stays(switches: None) -> None:
    datedteasers.ENABLED = False
    assert "(23.03.2016)" in _cut("The city marathon will move to April. Its organisers said the heat was a danger. "
                                  + _BOX + "Last week, the organisers were fined. The race began in 1981.")[0]


# -- a link to the site's media, glued to a sentence ----------------------------------------------------------------

def test_a_media_label_teaser_is_cut_up_to_the_glued_sentence() -> None:
    out, parts = _cut(_BEFORE + "Infographic: How the bakery grew Earlier on Friday, the owners thanked their staff."
                      + _AFTER)
    assert parts == [("Infographic: How the bakery grew", "teaser link")]
    assert "1961. Earlier on Friday, the owners thanked their staff." in out


def test_a_media_label_line_is_a_teaser_link() -> None:
    assert classify_line("Video: The bakery's last loaf") == Reason.TEASER
    assert classify_line("Video of the bakery's last day was shared widely.") is None
