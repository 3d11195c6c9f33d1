"""The second read of the briefs (issue 12, bench/BRIEF_REVIEW.md): the general rules it added.

Every fixture is written here (made-up names and places), not taken from the bench stories.
"""

from __future__ import annotations

import datetime as dt

from storyline.analyse import analyse
from storyline.entities import merge_entities
from storyline.model import Analysis, Citation, Document, Mention, SummarySentence
from storyline.names import defined_acronyms, feature_context, org_continuation
from storyline.names.natural import is_natural_object, object_names
from storyline.nlp import get_nlp
from storyline.places import locate_places
from storyline.summary import _after_dateline, story_title
from storyline.summary.standalone import dateline_end, present_dated_past, why_not_alone


def test_a_story_without_headlines_has_no_title() -> None:
    docs = [Document(id="bench.jsonl#D1/1", text="x"), Document(id="bench.jsonl#D1/2", text="y")]
    assert story_title(docs) == ""  # not a report id, not a made-up headline
    assert story_title([Document(id="a", text="x", title="Fire hits the harbour")]) == "Fire hits the harbour"


def test_wire_datelines_end_where_the_sentence_starts() -> None:
    assert dateline_end("LONDON (AP) _ Police said Saturday …") == len("LONDON (AP) _ ")
    assert dateline_end("PORT KESTREL, Varnland _ Voters appeared …") == len("PORT KESTREL, Varnland _ ")
    assert dateline_end("(CNN) -- After days of talks …") == len("(CNN) -- ")
    assert dateline_end("NEW YORK (Reuters) - City residents …") == len("NEW YORK (Reuters) - ")
    for text in ("UN - backed forces moved in.", "US officials - who spoke - said so.", "Police said so."):
        assert dateline_end(text) == 0


def test_the_summary_shows_a_sentence_from_after_its_dateline() -> None:
    text = "LONDON (AP) _ Police said Saturday they had arrested the former ruler."
    s = SummarySentence(text, [Citation("a", 100, 100 + len(text)), Citation("b", 5, 40)], "1998-10-17", "event")
    shown = _after_dateline(s)
    assert shown.text == "Police said Saturday they had arrested the former ruler."
    assert shown.citations[0] == Citation("a", 100 + len("LONDON (AP) _ "), 100 + len(text))
    assert shown.citations[1] == Citation("b", 5, 40) and shown.date == "1998-10-17"
    plain = SummarySentence("Police said so.", [Citation("a", 0, 15)])
    assert _after_dateline(plain) is plain


def test_a_present_tense_sentence_dated_before_its_report_is_a_caption() -> None:
    nlp = get_nlp()
    caption = nlp("A Varnair A320 lands at Port Kestrel Airport on March 28, 2007.")[:]
    news = nlp("A Varnair A320 landed at Port Kestrel Airport on March 28, 2007.")[:]
    scheduled = nlp("The minister travels to Port Kestrel on March 28, 2011.")[:]
    published = dt.date(2010, 5, 6)
    assert present_dated_past(caption, published)
    assert not present_dated_past(news, published)  # past tense: a statement of the story
    assert not present_dated_past(scheduled, published)  # a date after the report: scheduled, not a caption
    assert not present_dated_past(caption, None)  # undated report: cannot tell


def test_the_rest_of_a_caption_paragraph_is_caption_too() -> None:
    text = (
        "A Varnair A320 lands at Port Kestrel Airport on March 28, 2007. The aircraft was destroyed in "
        "the crash of Varnair Flight 12.\nInvestigators said on Thursday that the recorders had been found."
    )
    [a] = analyse([Document(id="a", text=text, title="a", published=dt.date(2010, 5, 6))])
    reasons = [why_not_alone(a, s) for s in a.sentences]
    assert reasons[0] is not None and "caption" in reasons[0]
    assert reasons[1] is not None and "caption" in reasons[1]
    assert reasons[2] is None


def test_natural_objects_of_the_sky_are_not_names() -> None:
    text = ("The meteors seem to come from the constellation Draco. They are bits of Comet 21P/Giacobini-Zinner, "
            "a comet called Giacobini-Zinner. The Draconid meteors peak tonight.")
    found = object_names([text])
    assert {"draco", "giacobini zinner", "draconid"} <= found
    for name in ("Draco", "Giacobini-Zinner", "Comet Giacobini-Zinner", "Draconid Meteor"):
        assert is_natural_object(name, found)
    assert not is_natural_object("Varnair", found)
    assert "chelyabinsk" not in object_names(["The Chelyabinsk meteor fell."], after=False)  # a town stays a town


def test_name_context_helpers() -> None:
    text = "The jet's Aircraft Status Reporting System (ASRS) failed. Varnland Arab Emirates (VAE) said so."
    assert defined_acronyms(text) == {"ASRS": "Aircraft Status Reporting System", "VAE": "Varnland Arab Emirates"}
    fire = "Port Kestrel Fire and Rescue Service said the cause is unknown."
    assert org_continuation(fire, len("Port Kestrel Fire")) == " and Rescue Service"
    assert org_continuation("Varnair and Air Kestrel. Air Kestrel said", len("Varnair")) == ""
    isle = "Search planes flew from the island of Ilha do Corvo at dawn."
    assert feature_context(isle, isle.index("Ilha"))
    port = "A fire swept through the port of Kestrelmouth overnight."
    assert not feature_context(port, port.index("Kestrel"))


def _with_mentions(text: str, *found: tuple[str, str, int]) -> Analysis:
    mentions = []
    for name, kind, nth in found:
        start = -1
        for _ in range(nth + 1):
            start = text.index(name, start + 1)
        mentions.append(Mention("a", start, start + len(name), name, kind))  # type: ignore[arg-type]
    return Analysis(Document(id="a", text=text, title="a"), [], mentions)


def test_a_town_is_no_alias_of_the_bodies_named_for_it() -> None:
    text = ("Kestrelmouth Port Authority said the fire was out. Kestrelmouth Fire and Rescue Service said the cause "
            "is unknown. A fire swept through the port of Kestrelmouth. Kestrelmouth is quiet.")
    a = _with_mentions(text, ("Kestrelmouth Port Authority", "person", 0), ("Kestrelmouth Fire", "person", 0),
                       ("Kestrelmouth", "org", 2), ("Kestrelmouth", "person", 3))
    got = {e.name: e for e in merge_entities([a])}
    assert got["Kestrelmouth Port Authority"].kind == "org" and got["Kestrelmouth Port Authority"].aliases == []
    assert got["Kestrelmouth Fire and Rescue Service"].kind == "org"
    assert "Kestrelmouth" not in got and "Kestrelmouth Fire" not in got


def test_islands_regions_and_things_are_typed() -> None:
    text = ("Planes searched near the island of Ilha Varna. Tourists left the Outer Shoals. "
            "The jet's Aircraft Status Reporting System (ASRS) sent messages. The ASRS data was read.")
    a = _with_mentions(text, ("Ilha Varna", "org", 0), ("Outer Shoals", "org", 0),
                       ("Aircraft Status Reporting System", "org", 0), ("ASRS", "org", 0), ("ASRS", "org", 1))
    got = {e.name: e.kind for e in merge_entities([a])}
    assert got["Ilha Varna"] == "place" and got["Outer Shoals"] == "place"
    assert "Aircraft Status Reporting System" not in got and "ASRS" not in got
    baseline = {e.name: e.kind for e in merge_entities([a], checks=False)}
    assert baseline["Ilha Varna"] == "org"  # the baseline keeps the error


def test_a_place_the_text_puts_elsewhere_is_not_read_as_a_far_town() -> None:
    text = ("Observers at La Palma in the Canary Islands saw 2,000 meteors an hour. Others watched from Tokyo, "
            "Japan and from Pasadena, California. The Advanced Composition Explorer (ACE) was turned away.")
    [a] = analyse([Document(id="a", text=text, title="a")])
    located = locate_places([a])
    placed = {m.text: (m.place.name, m.place.country) for m in located.mentions}
    assert placed.get("La Palma", ("", "ES"))[1] == "ES"  # never La Palma, California
    assert "ACE" not in placed  # an acronym of a spacecraft, not Aceh
    assert placed.get("Tokyo") == ("Tokyo", "JP")


def test_a_list_of_organisations_is_not_one_name() -> None:
    text = "Three schools — George Kestrel University and Varn University — opened early."
    assert org_continuation(text, text.index(" and Varn")) == ""


def test_the_sun_is_no_organisation_but_the_newspaper_is() -> None:
    sky = "The comet approaches the Sun every 33 years."
    got = {e.name for e in merge_entities([_with_mentions(sky, ("Sun", "org", 0))])}
    assert "Sun" not in got
    paper = "The minister told The Sun on Friday that he would resign."
    got = {e.name for e in merge_entities([_with_mentions(paper, ("Sun", "org", 0))])}
    assert "Sun" in got


def test_a_connective_set_off_in_the_opening_clause_points_back() -> None:
    from storyline.summary.standalone import dangling_start, points_back

    assert dangling_start("Reports from the ground, however, suggested the strikes hit rebels.") is not None
    assert points_back("Reports from the ground, however, suggested the strikes hit rebels.")  # never shown
    assert points_back("The defence secretary already has an answer to this.")
    assert not points_back("The defence secretary said this would not happen.")
    assert dangling_start("Reports from the ground suggested the strikes hit rebels.") is None
    assert dangling_start("The plan, officials said, would take years, however long the talks last.") is None


def test_a_town_named_once_with_its_state_is_that_town_where_named_bare() -> None:
    docs = [
        Document(id="a", text="Thousands were told to leave Ocean City, Md. on Thursday.", title="a"),
        Document(id="b", text="Traffic crawled out of Ocean City on Thursday evening. Governors in New Jersey and "
                              "Delaware declared emergencies.", title="b"),
    ]
    located = locate_places(analyse(docs))
    states = {(m.doc, m.place.admin1) for m in located.mentions if m.text == "Ocean City"}
    assert states == {("a", "MD"), ("b", "MD")}  # not Ocean City, New Jersey, in the report that names New Jersey


def test_a_river_or_valley_is_not_the_state_of_that_name() -> None:
    text = ("A cold front will cross the Ohio and middle Mississippi valleys tonight. Snow will fall over Minnesota. "
            "Barges waited on the Missouri river near Omaha.")
    located = locate_places(analyse([Document(id="a", text=text, title="a")]))
    names = {m.text for m in located.mentions}
    assert "Minnesota" in names
    assert not {"Ohio", "Mississippi", "Missouri"} & names


def test_a_place_row_is_not_named_by_a_dateline_in_capitals() -> None:
    docs = [Document(id=str(i), text=f"LONDON (AP) _ Police in London said on day {i} that the bridge was shut.",
                     title=str(i)) for i in range(3)]
    rows = locate_places(analyse(docs)).places
    assert [r.name for r in rows if r.country == "GB"] == ["London"]
    only_caps = [Document(id="a", text="PARIS (AP) _ Police said on Friday that the bridge was shut.", title="a")]
    assert [r.name for r in locate_places(analyse(only_caps)).places if r.country == "FR"] == ["Paris"]


def test_a_town_is_read_in_the_state_its_own_report_names() -> None:
    docs = [
        Document(id="a", text="Officials in Virginia and Maryland declared emergencies. The college in Williamsburg "
                              "told its students to go home.", title="a"),
        Document(id="b", text="In New York, shops in Brooklyn and Queens were boarded up.", title="b"),
    ]
    located = locate_places(analyse(docs))
    assert {m.place.admin1 for m in located.mentions if m.text == "Williamsburg"} == {"VA"}  # not Brooklyn's


def test_a_state_after_a_town_holds_where_a_division_abroad_shares_the_name() -> None:
    text = ("Ferries left Portland, Maine, on Friday. Flights from Seattle and Salem were cancelled, "
            "and ships stayed in Portland harbour.")
    located = locate_places(analyse([Document(id="a", text=text, title="a")]))
    first = min((m for m in located.mentions if m.text == "Portland"), key=lambda m: m.start)
    assert first.place.admin1 == "ME"  # Portland Parish, Jamaica, is no reason to drop "Maine"
