"""The summary faults of the forty-eighth and forty-ninth reads (issue 12, bench/BRIEF_REVIEW.md, "summ36"): a wire's
bracketed credit before the lede ("(Reuters) — …") keeping the lede from the summary, a singular demonstrative whose
sentence names nothing it could stand for ("Walking that tightrope will be tricky.", "Only one person makes that
trip: …"), "Previously, …" shown without the time it is set against, and a speaker's paraphrase and its quotation
both shown. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

import datetime as dt

from conftest import story

MAR = dt.date(2019, 3, 11)

_MILL = ("(Varnwire) — Ferro Mills missed analysts' estimates for quarterly profit on Monday as its costs rose to a "
         "record high, sending shares down.\n"
         "The miller has increased spending in recent years on new mills in the north of Varnia.\n"
         "In flour, the debut in May of its cheapest bread mix went well, according to analysts.\n"
         "Ferro Mills reported total third-quarter revenue of $40 million.\n")


def test_a_lede_after_a_wires_bracketed_credit_is_a_candidate_and_leads() -> None:
    from storyline.summary import summarise
    from storyline.summary.candidates import candidates

    analyses = story(_MILL, published=MAR)
    assert any("missed analysts' estimates" in s.text for s in candidates(analyses))
    texts = [s.text for s in summarise(analyses, 60)]
    assert texts and texts[0].startswith("Ferro Mills missed analysts' estimates"), texts


_TIGHTROPE = ("The port of Varn on Monday chose Orvel to build three electric ferries for its crossing to Kell.\n"
              "Orvel must please the port's board and also keep its costs low in a market with few buyers. "
              "It is not clear it can.\n"
              "Walking that tightrope will be tricky.\n"
              "The first ferry is due to sail in 2022, the port said.\n")


def test_a_demonstrative_its_sentence_names_nothing_for_is_left_out() -> None:
    from storyline.summary.rank import rank, shown_order

    texts = [s.text for s in shown_order(rank(story(_TIGHTROPE, published=MAR), words=300))]
    assert texts and not any("that tightrope" in t for t in texts), texts


_TRIP = ("Dots on the chart trace the paths of ferries across the bay.\n"
         "One path runs from Varn to Kell. Yet another leaves Kell at 7 a.m. and sails to a quay 14 miles away.\n"
         "Only one ferry makes that trip: a 40-year-old boat with a red hull. Its crew sails with it.\n"
         "The port of Varn on Monday chose Orvel to build three electric ferries for its crossing to Kell.\n")


def test_a_joined_unit_opening_on_such_a_demonstrative_is_left_out() -> None:
    from storyline.summary.rank import rank, shown_order

    texts = [s.text for s in shown_order(rank(story(_TRIP, published=MAR), words=300))]
    assert texts and not any("that trip" in t for t in texts), texts


def test_a_demonstrative_after_the_things_it_stands_for_stands() -> None:
    from storyline.summary.antecedents import demonstrative_unanchored
    from storyline.summary.standalone import sentence_spans

    a = story("Last year the port asked firms to build boats carrying cars and lorries, and to move that cargo to "
              "Kell within an hour.\nWalking that tightrope will be tricky.\n"
              "Only one person makes that trip: Ana Roth, a 46-year-old teacher from Kell.\n", published=MAR)[0]
    assert demonstrative_unanchored(sentence_spans(a, a.sentences[0])[0]) is None
    assert demonstrative_unanchored(sentence_spans(a, a.sentences[1])[0]) is not None
    assert demonstrative_unanchored(sentence_spans(a, a.sentences[2])[0]) is None  # it names her: items lean on her


_BOARD = ("The Varn health board will meet next month to discuss flu shots, a notice said on Wednesday.\n"
          "In October, the board narrowed its flu shot advice to adults 65 and older.\n"
          "Previously, the shots were recommended for everyone over six months old.\n"
          "The board's members were all named by the health minister, Ana Roth, last year.\n")


def test_previously_is_shown_joined_to_the_time_it_is_set_against() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_BOARD, published=MAR), 300)]
    said = [t for t in texts if "Previously," in t]
    assert said and all(t.startswith("In October, the board narrowed") for t in said), texts


def test_previously_is_left_out_when_the_sentence_before_cannot_carry_it() -> None:
    from storyline.summary import summarise

    text = _BOARD.replace("In October, the board narrowed its flu shot advice to adults 65 and older.",
                          "“It has to do so openly,” he said.")
    texts = [s.text for s in summarise(story(text, published=MAR), 300)]
    assert texts and not any("Previously," in t for t in texts), texts


_SHOTS = ("The Varn health board will meet next month to discuss flu shot injuries, a notice said on Wednesday.\n"
          "The board's members were all named by the health minister last year.\n"
          "Ana Roth, a law professor at the University of Varn, said the board does not usually look at shot "
          "injuries.\n"
          "“Shot injuries are not a direct part of the board's work,” Roth said in an email.\n"
          "Flu cases in Varn rose by a third this winter, the board said.\n")


def test_a_quotation_of_what_the_sentence_before_paraphrases_is_not_shown() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_SHOTS, published=MAR), 300)]
    assert any(t.startswith("Ana Roth") for t in texts), texts
    assert not any(t.startswith("“Shot injuries") for t in texts), texts


def test_a_quotation_that_adds_a_figure_or_turns_the_statement_is_no_restatement() -> None:
    from storyline.summary.quoted_again import quotes_the_paraphrase
    from storyline.summary.standalone import sentence_spans

    a = story(_SHOTS, published=MAR)[0]
    para, quote = sentence_spans(a, a.sentences[2]), sentence_spans(a, a.sentences[3])
    assert quotes_the_paraphrase(quote, para, 1)
    b = story(_SHOTS.replace("board's work,”", "board's work in 40 cases,”"), published=MAR)[0]
    assert not quotes_the_paraphrase(sentence_spans(b, b.sentences[3]), sentence_spans(b, b.sentences[2]), 1)
    c = story(_SHOTS.replace("are not a direct part", "are a direct part"), published=MAR)[0]
    assert not quotes_the_paraphrase(sentence_spans(c, c.sentences[3]), sentence_spans(c, c.sentences[2]), 1)
    assert not quotes_the_paraphrase(quote, para, 3)  # too far from it


_LETTER = ("Varn's council leader Ana Roth on Friday asked the schools minister to drop a history course from the "
           "grant list.\n"
           "Asked about the letter on Friday, the minister said he had not seen it and that the state has no role in "
           "what schools teach.\n"
           "The minister went on to say that decisions over such courses remain in the hands of local schools.\n"
           "Roth also attacked courses in other towns.\n")


def test_went_on_to_say_is_shown_with_what_was_said_first() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(_LETTER, published=MAR), 300)]
    said = [t for t in texts if "went on to say" in t]
    assert said and all(t.startswith("Asked about the letter") for t in said), texts


_WATCH = ("The port of Varn on Monday chose Orvel to build three electric ferries for its crossing to Kell.\n"
          "There are three things to be watching here. One is whether Orvel can build them on time.\n"
          "Second, there is the cost of the batteries, which has doubled.\n"
          "The first ferry is due to sail in 2022, the port said.\n")


def test_a_lists_heading_is_no_item_alone_or_with_its_first() -> None:
    from storyline.summary import summarise
    from storyline.summary.candidates import candidates

    analyses = story(_WATCH, published=MAR)
    assert not any("three things" in c.text for c in candidates(analyses))
    assert not any("three things" in s.text for s in summarise(analyses, 300))
    fact = story(_WATCH.replace("There are three things to be watching here. One is whether Orvel can build them "
                                "on time.", "There are three yards in Varn. Orvel owns the largest."),
                 published=MAR)
    assert any("three yards" in c.text for c in candidates(fact))  # no list follows: a fact
