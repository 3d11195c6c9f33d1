"""The summary and timeline faults the fifteenth and sixteenth reads left open (issue 12, bench/BRIEF_REVIEW.md,
"summ17"): "here" in a wire report whose dateline the summary cuts, a person named by surname only when no item
gives the full name, a quotation opening on a third person's pronoun, a bare "The judge agreed, …", and a
scene-setting lede leading the account. Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.summary.standalone import why_not_alone


def _why(text: str, index: int = -1) -> str | None:
    a = story(text)[0]
    s = a.sentences[index]
    return why_not_alone(a, s)


# --- (a) "here" after a cut dateline ---------------------------------------------------------------------------------


def _here(text: str, index: int = -1) -> str | None:
    from storyline.summary.dateline_deixis import dateline_here

    a = story(text)[0]
    return dateline_here(a, a.sentences[index].text)


def test_here_in_a_later_sentence_of_a_dateline_report_is_not_shown() -> None:
    why = _here("KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. Police here said he had asked for asylum on "
                "Tuesday afternoon.")
    assert why is not None and "here" in why


def test_here_without_a_dateline_or_inside_a_quotation_or_as_an_opening_is_left_alone() -> None:
    assert _here("A dissident fleeing arrests in Varn arrived here Wednesday and announced a protest.", 0) is None
    assert _here('KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. "We are safe here now," the dissident said '
                 "to the reporters.") is None
    assert _here("KELBY HARBOUR (AP) _ A dissident fled Varn on Monday. Here is what the police said about the "
                 "case on Tuesday.") is None


def test_a_sentence_that_says_here_is_left_out_of_the_brief_and_the_next_one_shown() -> None:
    from storyline.summary import summarise

    texts = [s.text for s in summarise(story(
        "KELBY HARBOUR (AP) _ A dissident fled Varn on Monday after the police raided his home. Officials here "
        "said the dissident had asked for asylum at the harbour on Tuesday. The dissident plans a protest at the "
        "assembly on Friday, his lawyer said."), words=60)]
    assert texts and not any("here" in t for t in texts), texts


# --- (c) a quotation opening on a pronoun, a bare reply -------------------------------------------------------------


def test_a_quotation_opening_on_he_leans_on_the_sentence_before() -> None:
    why = _why("Orla Venn regained custody of her son Tam. \"He's still on a soy formula and he is doing well,\" "
               "Venn said.")
    assert why is not None and "'he'" in why


def test_a_quotation_opening_on_it_stands_as_other_quotations_do() -> None:
    # "it" in a quotation often stands for the story's thing, not a sentence before: leaning on it cost the seeds'
    # count of strikes and held-out ROUGE-2 (lead, seventeenth session), so only people's pronouns lean.
    assert _why('Filming stopped for a day. "It filtered down to the crew," says Tam Oset, who made the film.') is None
    assert _why('The mayor spoke on Monday. "It is clear that the harbour must be dredged," the mayor said.') is None
    assert _why('The mayor spoke on Monday. "I am sure the harbour will be dredged," the mayor said.') is None
    assert _why('The tennis player missed the match. "She is progressing well," the agent of Daniela Harwood, '
                "Jill Ellison, said by telephone.") is None  # whom "she" may mean is named in the sentence


def test_a_bare_reply_leans_on_the_sentence_before() -> None:
    why = _why("The mother asked to be allowed to feed the boy a vegan formula. The judge agreed, throwing out the "
               "agency's claim that she was unfit.")
    assert why is not None and "reply" in why
    assert _why("The mother asked for custody. The judge agreed to return the boy within ten days.") is None
    assert _why("The mother asked for custody. The judge agreed with the agency on every point.") is None


# --- (b) a surname never given in full ------------------------------------------------------------------------------


def test_a_surname_no_chosen_sentence_gives_in_full_is_found() -> None:
    from storyline.summary.unnamed import bare_surnames

    a = story("Police arrested the dissident Daniel Harwood at his home on Monday. Harwood spent 12 years in prison "
              "before the raid.")[0]
    full, bare = a.sentences[0], a.sentences[-1]
    assert bare_surnames([bare], [a]) == ["Harwood"]
    assert bare_surnames([full, bare], [a]) == ["", ""]
    assert bare_surnames([full], [a]) == [""]


def test_a_surname_inside_a_quotation_or_never_given_in_full_is_left_alone() -> None:
    from storyline.summary.unnamed import bare_surnames

    a = story("Police arrested the dissident Daniel Harwood at his home on Monday. \"Harwood is innocent of every "
              "charge,\" his wife said on Tuesday. Madonna sang at the rally in the evening.")[0]
    assert bare_surnames([a.sentences[1]], [a]) == [""]
    assert bare_surnames([a.sentences[2]], [a]) == [""]
    b = story("Police arrested the dissident Daniel Harwood at his home on Monday. The police questioned Harwood "
              "for six hours on Tuesday.")[0]
    assert bare_surnames([b.sentences[1]], [b]) == [""]  # not the subject: the item is not about him


# --- (d) a date after a listed name ---------------------------------------------------------------------------------


def test_a_date_after_a_name_listed_in_apposition_is_the_names() -> None:
    from storyline.timeline import build_timeline

    got = [(e.date, e.mention) for e in build_timeline(story(
        "Chen Lian's release follows the same pattern Beijing used in freeing its two best-known dissidents, Wei "
        "Tao in Nov. 1997 and Wang Bo in April."))]  # the parser hangs "in Nov. 1997" from "follows"
    assert any(d.startswith("1997-11") for d, _ in got), got
    assert all(m for d, m in got if d.startswith("1997")), got
    assert all(m for d, m in got if d[5:7] == "04" or d.startswith("--04")), got  # "… and Wang Bo in April"


def test_a_date_of_the_main_clause_after_its_object_stays_the_clauses() -> None:
    from storyline.timeline import build_timeline

    got = [(e.date, e.mention) for e in build_timeline(story("Police arrested the dissident Daniel Harwood in "
                                                             "Nov. 1997 at his home."))]
    assert got and not any(m for _, m in got), got


# --- (e) a scene-setting lede ---------------------------------------------------------------------------------------


def test_a_scene_set_over_weeks_does_not_tell_the_news() -> None:
    from storyline.summary.lead import scene_lead, tells_news

    a = story("Through the anxious weeks leading up to the elections on Sunday, foreign bankers watched for the "
              "government to cut its deficit. Voters re-elected President Daniel Harwood on Sunday.")[0]
    assert scene_lead(a, a.sentences[0]) is not None
    assert not tells_news(a, a.sentences[0])
    assert scene_lead(a, a.sentences[1]) is None
    c = story("KELBY HARBOUR, Varn _ Through the anxious weeks before the vote, bankers watched the "
              "government closely.")[0]
    assert scene_lead(c, c.sentences[0]) is not None  # read past the dateline
    b = story("During the night, rebels attacked the town and burned the market.")[0]
    assert scene_lead(b, b.sentences[0]) is None


def test_a_lede_that_says_here_keeps_its_dateline() -> None:
    from storyline.model import Citation, SummarySentence
    from storyline.summary import _after_dateline
    from storyline.summary.dateline_deixis import keeps_dateline

    lede = "KELBY HARBOUR (AP) _ A dissident fleeing arrests in Varn arrived here Wednesday."
    assert keeps_dateline(lede)
    assert not keeps_dateline("KELBY HARBOUR (AP) _ A dissident fleeing arrests in Varn arrived on Wednesday.")
    assert not keeps_dateline('KELBY HARBOUR (AP) _ "We are safe here," a dissident said on Wednesday.')
    shown = _after_dateline(SummarySentence(lede, [Citation("d0", 0, len(lede))]))
    assert shown.text == lede
    other = "KELBY HARBOUR (AP) _ A dissident fleeing arrests in Varn arrived on Wednesday."
    assert _after_dateline(SummarySentence(other, [Citation("d0", 0, len(other))])).text.startswith("A dissident")


def test_a_lede_more_sources_state_leads_past_a_scene_and_a_forecast() -> None:
    from storyline.summary.lead import choose_lead

    scene, forecast, result = story(
        "Through the anxious weeks leading up to the elections on Sunday, foreign bankers watched for the "
        "government to cut its deficit.",
        "The head of the Harbour Fund said Wednesday there should be a slight improvement in growth next year.",
        "Voters in Varn re-elected President Daniel Harwood in the first round of voting on Sunday.")
    pick = [scene.sentences[0], forecast.sentences[0], result.sentences[0]]
    got = choose_lead(pick, [1, 1, 2], [scene, forecast, result], lambda k: (1, 1), lambda s: True, 2)
    assert pick[got] is result.sentences[0], pick[got].text
    # as many sources: the ranking's news among the few keeps the lead
    got = choose_lead(pick, [1, 1, 1], [scene, forecast, result], lambda k: (1, 1), lambda s: True, 2)
    assert pick[got] is forecast.sentences[0], pick[got].text
