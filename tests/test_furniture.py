"""Tests for the learned furniture model: numpy tree walking, features, certain rules, the shipped weights.

Fixtures are invented lines in the style of news sites; the measured quality on held-out sites is
``bench/clean_eval.py``'s job (and the CI gate's), not these tests'.
"""

from __future__ import annotations

import numpy as np
import pytest

from storyline.clean import clean_document, repeat_counts
from storyline.clean.furniture import Trees, certain_reason, furniture_scores, load_model
from storyline.clean.linefeatures import CONTEXT, FEATURES, context_features, line_features
from storyline.model import RawDocument

PROSE = [
    "The council voted 7-2 on Tuesday night to approve a $4.5 million riverside park, ending a two-year dispute.",
    "About 200 people attended the meeting, which ran past midnight, and residents on both sides spoke.",
    "Construction is expected to begin in the spring, and the park will include a playground and trails.",
    "The developer said it would not appeal the decision, according to a statement released on Wednesday.",
]
MENU = ["Home", "World", "Business", "Science & Tech", "Sport", "Opinion", "Video", "Podcasts"]
# A web archive's crawl notice filling one long line (over the 80-word limit of the opening-words rule): its
# opening and closing words as the Internet Archive writes them, the middle invented for this test.
NO_MORE_404 = (
    "These crawls are part of an effort to archive pages as they are created and archive the pages that they refer "
    "to. " + "Archived copies keep every linked page readable after the original link stops working. " * 8
    + 'Crawls of supported "No More 404" sites.'
)
FOOTER = ["Share on Facebook", "Share on Twitter", "Sign up for our newsletter", "Privacy Policy", "Contact us"]


def test_trees_walk_like_the_trees_they_encode() -> None:
    # one tree: x0 <= 0.5 ? (x1 <= 2 ? -1 : +1) : +3 ; a second tree: a constant leaf 0.5
    trees = Trees(
        feature=np.array([0, 1, -1, -1, -1, -1]), threshold=np.array([0.5, 2.0, 0, 0, 0, 0]),
        left=np.array([1, 3, 2, 3, 4, 5]), right=np.array([4, 2, 2, 3, 4, 5]),
        value=np.array([0, 0, 1.0, -1.0, 3.0, 0.5]), roots=np.array([0, 5]), depth=3, baseline=0.25,
    )
    x = np.array([[0.0, 1.0], [0.0, 5.0], [1.0, 0.0]])
    assert trees.decision(x).tolist() == [0.25 - 1 + 0.5, 0.25 + 1 + 0.5, 0.25 + 3 + 0.5]
    assert trees.decision(np.zeros((0, 2))).shape == (0,)


def test_features_have_one_row_per_line_and_named_columns() -> None:
    lines = MENU + PROSE + FOOTER
    x = line_features(lines)
    assert x.shape == (len(lines), len(FEATURES))
    assert np.isfinite(x).all()
    c = context_features(np.linspace(0, 1, len(lines)), np.ones(len(lines)))
    assert c.shape == (len(lines), len(CONTEXT))
    assert line_features([]).shape == (0, len(FEATURES))


def test_shipped_model_matches_this_code_and_scores_menus_above_prose() -> None:
    model = load_model()
    assert 0 < model.threshold < 1
    lines = MENU + ["Council approves new riverside park after two-year fight"] + PROSE + FOOTER
    p = furniture_scores(lines)
    prose = p[len(MENU) + 1: len(MENU) + 1 + len(PROSE)]
    assert (prose < model.threshold).all(), prose
    assert (p[: len(MENU)] > model.threshold).mean() >= 0.75
    assert (p[-len(FOOTER):] > model.threshold).mean() >= 0.75


@pytest.mark.parametrize(
    ("line", "reason"),
    [
        ("We use cookies to ensure that we give you the best experience on our website.", "CMS artefact"),
        ("© 2021 The Springfield Herald. All rights reserved.", "copyright"),
        ("Media playback is unsupported on your device", "CMS artefact"),
        ("Starting in 1996, Alexa Internet has been donating their crawl data to the Internet Archive.",
         "CMS artefact"),
        ("* * *", "separator"),
        ("Advertisement", "advertisement"),
        ("Buy Photo The mayor opens the new library on Monday. (Photo: Jane Doe / The Courier)", "photo caption"),
        (NO_MORE_404, "CMS artefact"),
        ("Just a heads up, some links on the Gazette are affiliate links: if you click one and buy, we may earn a small"
         " commission at no cost to you.", "advertisement"),
    ],
)
def test_certain_rules_come_from_data(line: str, reason: str) -> None:
    assert certain_reason(line) == reason


@pytest.mark.parametrize(
    "line",
    ["Copyright law protects the photographs, the court ruled on Monday.", "The cookies were sold out by noon.",
     "Advertisement revenue fell 3 percent in the quarter, the company said.",
     "Buy photos of the parade from the city's archive, the council suggested.", "Buy Photos",
     "\"We may earn a commission if the sale goes through,\" the broker said.",
     # opens with the crawl notice but goes on with an article: over the 80-word limit, and not closed by the notice
     NO_MORE_404.rsplit(" Crawls of", 1)[0] + " " + " ".join(PROSE)],
)
def test_certain_rules_leave_sentences_alone(line: str) -> None:
    assert certain_reason(line) is None


def test_removed_lines_carry_reason_and_score() -> None:
    text = "\n".join(MENU + ["Council approves new riverside park after two-year fight"] + PROSE + FOOTER)
    doc = clean_document(RawDocument(id="d", text=text))
    assert doc.title == "Council approves new riverside park after two-year fight"
    for p in PROSE:
        assert p in doc.text
    scored = [r for r in doc.removed if r.score is not None]
    assert scored and all(0 <= r.score <= 1 and r.reason for r in scored)
    assert all("score" in r.to_dict() for r in doc.removed)


def test_a_menu_word_is_never_the_title() -> None:
    doc = clean_document(RawDocument(id="d", text="\n".join(["Science & Tech", *PROSE])))
    assert doc.title == ""
    assert "Science & Tech" not in doc.text


def test_repeat_counts_count_documents_not_lines() -> None:
    counts = repeat_counts(["Subscribe now\nA line\nSubscribe now", "Subscribe now\nOther line"])
    assert counts["subscribe now"] == 2
    assert counts["a line"] == 1


def test_a_repeat_the_model_keeps_stays_and_after_an_extractor_every_short_repeat() -> None:
    from storyline.clean.lines import Line
    from storyline.clean.reasons import Reason
    from storyline.clean.structure import mark_structure

    def lines() -> list[Line]:
        out = [Line(p, score=0.01) for p in PROSE[:2]]
        out += [Line("Eat every two to three hours", score=0.2), Line(PROSE[2], score=0.01),
                Line("Eat every two to three hours", score=0.2), Line("Share this story on Facebook", score=0.3),
                Line("Share this story on Facebook", score=0.7), Line(PROSE[3], score=0.01)]
        return out

    scraped = lines()
    mark_structure(scraped, None, 0)
    assert scraped[4].reason is None  # the model reads the repeat as the article's own list
    assert scraped[6].reason == Reason.DUPLICATE  # the model leans furniture: the repeat goes
    long_paragraph = f"{PROSE[0]} {PROSE[1]}"
    html = [Line(long_paragraph, score=0.01), *lines(), Line(long_paragraph, score=0.01)]
    mark_structure(html, None, 0, extracted=True)  # after an extractor: clean.extracted.keep_list_repeats
    assert html[5].reason is None and html[7].reason is None  # short repeats outside a repeated paragraph
    assert html[-1].reason == Reason.DUPLICATE  # a long paragraph twice is a page that came through twice
    rules_only = [Line(ln.text) for ln in lines()]  # no scores: the rule cascade, as before
    mark_structure(rules_only, None, 0)
    assert rules_only[4].reason == Reason.DUPLICATE


def _column(x: np.ndarray, name: str) -> list[float]:
    return x[:, FEATURES.index(name)].tolist()  # type: ignore[no-any-return]


def test_template_features_see_galleries_reader_prompts_captions_and_pull_quotes() -> None:
    quote = "“We will not back down, whatever the council decides,” she said."
    gallery = [f"{i}/4 On the vote {quote}" for i in (1, 2, 3, 4)]
    pull = "The council voted 7-2 on Tuesday night to approve a $4.5 million riverside park"
    lines = [*PROSE[:2], pull, *gallery, "Thank you for your interest: we only need your email address.",
             "The mayor poses with residents at the opening of the new library in March.",
             "Visit the council's website for more on the park.", *PROSE[2:]]
    x = line_features(lines)
    g = slice(3, 3 + len(gallery))
    assert _column(x, "slide_counter")[g] == [1.0] * 4 and _column(x, "slide_counter")[0] == 0.0
    assert _column(x, "log_lead_run")[g] == [pytest.approx(np.log1p(3))] * 4
    assert _column(x, "log_lead_run")[0] == 0.0
    assert _column(x, "second_person")[7] > 0.1 and _column(x, "second_person")[0] == 0.0
    assert _column(x, "caption_verb")[8] == 1.0 and _column(x, "caption_verb")[1] == 0.0
    assert _column(x, "imperative_start")[9] == 1.0 and _column(x, "imperative_start")[0] == 0.0
    assert _column(x, "inside_longer_line")[2] == 1.0  # the pull quote: the first paragraph holds it
    assert _column(x, "inside_longer_line")[0] == 0.0


def test_pull_quotes_and_gallery_captions_are_not_protected_as_prose() -> None:
    from storyline.clean.linefeatures import prose_rows

    quote = "“We will not back down, whatever the council decides,” she said."
    gallery = [f"{i}/3 On the vote: {quote}" for i in (1, 2, 3)]
    holder = "Residents said on Wednesday that they had heard: " + PROSE[0]
    lines = [PROSE[0], *gallery, holder]  # PROSE[0] here is a pull quote of the last paragraph
    rows = prose_rows(line_features(lines)).tolist()
    assert rows == [False, False, False, False, True]  # the copy, the gallery; the paragraph holding the copy is prose
    assert prose_rows(line_features(PROSE)).all()


def test_model_inputs_cut_credits_and_count_repeats_as_the_cleaner_does() -> None:
    from storyline.clean.furniture import model_inputs
    from storyline.clean.lines import split_lines

    texts = ["Breaking news alerts\n" + PROSE[0] + " (AP Photo/Jane Doe)", "Breaking news alerts\n" + PROSE[1]]
    inputs, others = model_inputs(split_lines(texts[0]), repeat_counts(texts))
    assert inputs == ["Breaking news alerts", PROSE[0]]
    assert others == [1, 0]
    assert model_inputs(split_lines(texts[0]), None)[1] is None


def test_gallery_counters_and_credits_on_their_own_line_are_certain_furniture() -> None:
    from storyline.clean.linefeatures import certain_furniture

    gallery = [f"{i}/18 On the vote" for i in (1, 2, 3)]
    recipe = ["3/4 cup flour", "1/2 cup sugar"]  # counters of different totals, and only two: no gallery
    credits = ["Jane Doe/Getty Images", "Lee Berger et al/eLife Journal"]
    not_credits = ["He spent 24/7 at the office, his colleagues said.", "Share on Facebook / Twitter."]
    lines = [*PROSE[:2], *gallery, *recipe, *credits, *not_credits]
    assert certain_furniture(lines).tolist() == [False] * 2 + [True] * 3 + [False] * 2 + [True] * 2 + [False] * 2
    assert certain_furniture([]).shape == (0,)



def test_a_gallery_is_removed_whatever_the_model_says() -> None:
    gallery = [f"{i}/5 On the vote" for i in range(1, 6)]
    text = "\n".join(["Council approves new riverside park after two-year fight", PROSE[0], *gallery, *PROSE[1:]])
    doc = clean_document(RawDocument(id="d", text=text))
    assert all(g not in doc.text for g in gallery)
    assert all(p in doc.text for p in PROSE)
    assert {r.reason for r in doc.removed if r.text in gallery} <= {"navigation", "site furniture"}


def test_the_scraped_tail_trim_defers_to_the_model_only_when_switched_on(monkeypatch: pytest.MonkeyPatch) -> None:
    from storyline.clean import structure
    from storyline.clean.lines import Line

    def lines() -> list[Line]:
        return [Line(p, score=0.01) for p in PROSE] + [
            Line("June 9 -- Coral Sky Amphitheatre, West Palm Beach, FL", score=0.3), Line("Home", score=0.3)]

    off = lines()
    structure.mark_structure(off, None, 0)
    assert off[-2].reason is not None and off[-1].reason is not None
    monkeypatch.setattr(structure, "SCRAPED_TAIL_MIN_SCORE", 0.9)
    on = lines()
    structure.mark_structure(on, None, 0)
    assert on[-2].reason is None  # a line of 5+ words the model keeps ends the trim
    assert on[-1].reason is not None  # a label of up to four words is a menu whatever the model says


@pytest.mark.parametrize(
    ("line", "article"),
    [
        ("— Jane Roe (@janeroe_news) November 18, 2019", True),
        ("— City Council 🏛️ (@CityCouncil) 3 March 2021", True),
        ("-- Springfield Police (@SpringfieldPD) Sept. 4, 2020", True),
        ("Follow Jane Roe on Twitter (@janeroe_news) for updates.", False),
        ("— Jane Roe on Sunday, October 13th, 2019 in a local newspaper", False),
        ("Jane Roe (@janeroe_news) is a staff writer covering City Hall since November 18, 2019", False),
    ],
)
def test_an_embedded_tweets_signature_is_certain_article(line: str, article: bool) -> None:
    from storyline.clean.furniture import certain_article

    assert certain_article(line) is article


def test_tweet_signatures_stay_in_the_text_and_end_the_tail_trim() -> None:
    tweet = "Our officers will be at the riverside park all weekend. pic.twitter.com/AbC123xyz"
    signature = "— Springfield Police (@SpringfieldPD) November 18, 2019"
    text = "\n".join(["Council approves new riverside park after two-year fight", *PROSE[:2], tweet, signature,
                      PROSE[2], tweet, signature, "More from Local News", "Home", "Contact us"])
    doc = clean_document(RawDocument(id="d", text=text))
    assert doc.text.count(signature) == 2  # neither the repeat pass nor the tail trim takes it
    assert "More from Local News" not in doc.text and "Contact us" not in doc.text


def test_a_caption_written_as_a_sentence_is_not_protected_as_prose() -> None:
    from storyline.clean.linefeatures import prose_rows

    caption = "Jane Doe, the city's new library director, poses at the opening of the library on March 3, 2019."
    rows = prose_rows(line_features([PROSE[0], caption, PROSE[1]])).tolist()
    assert rows == [True, False, True]


def test_prose_after_the_last_paragraph_needs_less_than_prose_inside_the_article() -> None:
    from storyline.clean import furniture

    notice = "Visit the council's website for more on the riverside park and its opening hours."
    x = line_features([*PROSE, notice, "Home", "Contact us"])
    need = furniture.line_thresholds(x, 0.9).tolist()
    assert need[:4] == [furniture.PROSE_THRESHOLD] * 4  # paragraphs with prose after them
    assert need[4] == furniture.TAIL_PROSE_THRESHOLD  # the last prose line: the notice after the article
    assert need[5:] == [0.9, 0.9]  # not prose: the model's own threshold
    assert furniture.line_thresholds(x, 0.98)[4] == 0.98  # never below the threshold asked for
    alone = furniture.line_thresholds(line_features([PROSE[0], "You can read the full report here."]), 0.9)
    assert alone.tolist() == [furniture.PROSE_THRESHOLD, 0.9]  # a text's only paragraph keeps the full protection


def test_a_line_a_photo_credit_was_cut_from_is_a_caption_in_scraped_text_only() -> None:
    headline = "Council approves new riverside park after two-year fight"
    caption = "The mayor holds up the plans for the park at the meeting on Tuesday. (Jane Doe/Getty Images)"
    text = "\n".join([headline, PROSE[0], caption, *PROSE[1:]])
    doc = clean_document(RawDocument(id="a.txt", text=text))
    assert "holds up the plans" not in doc.text
    assert all(p in doc.text for p in PROSE)
    removed = {r.text: r.reason for r in doc.removed}
    assert removed["The mayor holds up the plans for the park at the meeting on Tuesday."] == "photo caption"
    assert removed["(Jane Doe/Getty Images)"] == "photo credit"
    # after an extractor (HTML) the extractor kept the line in the article: the credit goes, the caption stays
    page = clean_document(RawDocument(id="a.html", text=text, source="html"))
    assert "holds up the plans" in page.text and "Getty" not in page.text
    # a fragment without its full stop is a caption too; a full sentence without a caption verb keeps the model's say
    fragment = "Residents and volunteers fill sandbags along the river wall (Photo: Anna Brown/The Herald)"
    sentence = "The council said on Monday that it would pay for the repairs. (Photo: Jane Doe/The Herald)"
    both = clean_document(RawDocument(id="c.txt", text="\n".join([headline, PROSE[0], fragment, sentence, PROSE[1]])))
    got = {r.text: r.reason for r in both.removed}
    assert got.get("Residents and volunteers fill sandbags along the river wall") == "photo caption"
    assert "The council said on Monday that it would pay for the repairs." in both.text
    # a long paragraph a credit was glued to is not a caption
    long = " ".join(PROSE) + " (Jane Doe/Getty Images)"
    kept = clean_document(RawDocument(id="b.txt", text="\n".join([headline, long, PROSE[0]])))
    assert PROSE[3] in kept.text
