"""The fourteenth read's faults (issue 12, bench/BRIEF_REVIEW.md, "Fourteenth read", branch read14): stories in no
file of ours showed a broadcast transcript written in capitals as six summary items (its tease line and a
reporter's aside among them), quotations left open because their report splits them over lines ('He said:
"Scientific analysis will …'), an interview's answer with its speaker's label and without its question ("Robert
Ricks: I would much rather …"), a pronoun in capitals read as a country ("… FOR US." as the US) and a series'
short title in quotation marks read as a city ('"Orange" could dent …' as Orange, California).
Fixtures are made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.model import Sentence
from storyline.places import locate_places
from storyline.places.written import quoted_alone, word_in_capitals
from storyline.summary import summarise
from storyline.summary.shape import open_quotation, speaker_label, unshowable
from storyline.text import in_capitals

# --- summary: what cannot be shown as written -------------------------------------------------------------------


def test_a_line_in_capitals_is_a_transcript_not_prose() -> None:
    assert in_capitals("NEW AT SIX, A HARBOUR PILOT IS ACCUSED OF SINKING HIS OWN FERRY.")
    assert in_capitals("THEY DON'T WANT TO TALK TO ANYBODY.")
    assert not in_capitals("NATO and the UN said the ferry sank near the harbour.")
    assert not in_capitals("The BBC said the ferry sank.")
    assert not in_capitals("OK, GO.")  # too few words to tell


def test_a_quotation_left_open_or_closed_without_opening_is_cut() -> None:
    assert open_quotation('The pilot said: "The harbour will stay shut for a week.')
    assert open_quotation('The harbour will stay shut for a week," the pilot said.')
    assert open_quotation("“The harbour will stay shut,” he said. “We are waiting for the divers.")
    assert not open_quotation('"The harbour will stay shut for a week," the pilot said.')
    assert not open_quotation("“The harbour will stay shut,” he said.")
    assert not open_quotation("The pilot's boat isn't in the harbour.")  # apostrophes are no quotation marks
    assert not open_quotation('"The harbour will stay shut for a week,” the pilot said.')  # mixed marks, one quote


def _sentence(text: str) -> Sentence:
    return Sentence("d0", 0, 0, 0, text, 0)


def test_a_transcripts_speaker_label_is_no_reports_sentence() -> None:
    a = story("Orla Venn was the harbour pilot that night. Interviewer: Did you want to be wrong? "
              "Orla Venn: I would much rather have been wrong about the storm.")[0]
    got = {s.text: speaker_label(a, s) for s in a.sentences}
    assert got["Interviewer: Did you want to be wrong?"], got
    assert got["Orla Venn: I would much rather have been wrong about the storm."], got
    assert not got["Orla Venn was the harbour pilot that night."], got
    assert speaker_label(None, _sentence("Q: Did the ferry sink?"))
    assert not speaker_label(None, _sentence("Update: the ferry was found."))  # no label word, no person
    assert not speaker_label(None, _sentence("The ferry sank: nobody was hurt."))


def test_what_cannot_be_shown_as_written_is_not_in_the_summary() -> None:
    a = story(
        "The Kelbridge ferry sank in the harbour on Tuesday night with nine crew aboard.\n"
        "NEW AT SIX, A KELBRIDGE HARBOUR PILOT IS ACCUSED OF SINKING THE FERRY ON PURPOSE.\n"
        "Harbour master Tomas Reyl said divers had found the wreck on Wednesday. He said: \"The divers will tell us "
        "why the ferry sank in the harbour.\n\"We expect their report within a month.\"",
        "The Kelbridge ferry sank in the harbour on Tuesday night, and the nine crew were rescued by a pilot boat.\n"
        "Interviewer: Did the Kelbridge ferry sink in the harbour on Tuesday night?\n"
        "Tomas Reyl: The ferry sank in the harbour at night and divers found the wreck on Wednesday.")
    texts = [s.text for s in summarise(a)]
    assert not any(in_capitals(t) for t in texts), texts
    assert not any(open_quotation(t) for t in texts), texts
    assert not any(t.startswith(("Interviewer:", "Tomas Reyl:")) for t in texts), texts
    # a unit that leaves a quotation open gives way to the sentence it extends, which stands
    assert "Harbour master Tomas Reyl said divers had found the wreck on Wednesday." in texts, texts


def test_a_whole_quotation_in_prose_stays_showable() -> None:
    s = _sentence('"The divers will tell us why the ferry sank," harbour master Tomas Reyl said on Tuesday.')
    assert not unshowable(None, s)


# --- places: a title in quotation marks, a word in capitals -------------------------------------------------------


def test_a_name_that_is_a_whole_quotation_is_a_title() -> None:
    text = 'The network hopes "Dallas" will win back viewers, and "Dallas," its producer said, is safe.'
    at = text.index("Dallas")
    assert quoted_alone(text, at, at + 6)
    at2 = text.index("Dallas", at + 1)
    assert quoted_alone(text, at2, at2 + 6)
    prose = 'The crew flew to Dallas, where "the storm in Dallas was bad," the pilot said.'
    assert not quoted_alone(prose, prose.index("Dallas"), prose.index("Dallas") + 6)
    assert not quoted_alone(prose, prose.rindex("Dallas"), prose.rindex("Dallas") + 6)


def test_a_short_word_in_capitals_is_no_place() -> None:
    text = "THE PILOT IS LIVE AT THE HARBOUR FOR US. WE ASKED HER ABOUT THE FERRY."
    at = text.index("US.")
    assert word_in_capitals(text, at, at + 2)
    army = "THE US ARMY SENT DIVERS TO THE HARBOUR AFTER THE FERRY SANK."
    assert not word_in_capitals(army, army.index("US"), army.index("US") + 2)
    prose = "The pilot flew back to the US after the ferry sank in the harbour."
    assert not word_in_capitals(prose, prose.index("US"), prose.index("US") + 2)


def test_the_places_of_a_report_skip_a_quoted_title_and_a_word_in_capitals() -> None:
    places = {p.name for p in locate_places(story(
        "A REPORTER IS LIVE AT THE KELBRIDGE HARBOUR FOR US. THE FERRY SANK LAST NIGHT.\n"
        'The network said "Dallas" could lose viewers after the ferry sank near Plymouth, England.',
        published=None)).places}
    assert "Plymouth" in places, places
    assert not places & {"US", "United States", "Dallas"}, places


# --- lead: a list of what something holds is a state, not the news ---------------------------------------------


def test_a_list_of_what_something_includes_does_not_lead() -> None:
    from storyline.summary.lead import aside_lead

    a = story("The damaged boats include two ferries, a tug and the harbour pilot's launch.",
              "A storm sank two ferries in Kelbridge harbour on Tuesday night.")
    got = {s.text: aside_lead(doc, s) for doc in a for s in doc.sentences}
    assert "state" in (got["The damaged boats include two ferries, a tug and the harbour pilot's launch."] or ""), got
    assert got["A storm sank two ferries in Kelbridge harbour on Tuesday night."] is None, got


def test_the_news_leads_before_a_list_two_reports_share() -> None:
    a = story(
        "A storm sank two ferries and a tug in Kelbridge harbour on Tuesday night, the harbour master said. "
        "The damaged boats include two ferries, a tug and the harbour pilot's launch.",
        "Divers searched Kelbridge harbour on Wednesday. "
        "The damaged boats include two ferries, a tug and the harbour pilot's launch.")
    texts = [s.text for s in summarise(a)]
    assert texts and not texts[0].startswith("The damaged boats include"), texts
