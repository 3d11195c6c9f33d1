"""Claims: figures, qualifiers, exclusions, attribution, grouping, verdicts, independence.

Sentences are our own and go through the real model (``analyse``); the
acceptance test checks the reference story against ../shared/gold/seeds.json.
"""

from __future__ import annotations

import io
import json
import re
from contextlib import redirect_stdout
from typing import Any

import pytest

from conftest import DEMO, SHARED, needs_shared
from storyline.analyse import analyse
from storyline.claims import extract_claims, figure_mentions
from storyline.claims.figure_mention import FigureMention
from storyline.claims.verdicts import interval
from storyline.model import Document


def _docs(*texts: str, copies: dict[int, int] | None = None) -> list[Document]:
    copies = copies or {}
    return [
        Document(id=f"d{i}.txt", text=t, title=f"d{i}", copy_of=f"d{copies[i]}.txt" if i in copies else None)
        for i, t in enumerate(texts)
    ]


def figures(text: str) -> list[FigureMention]:
    """The claim mentions of one text."""
    mentions, _ = figure_mentions(analyse(_docs(text)))
    return mentions


def one(text: str) -> FigureMention:
    ms = figures(text)
    assert len(ms) == 1, [(m.text, m.value) for m in ms]
    return ms[0]


def claims(*texts: str, copies: dict[int, int] | None = None) -> list[dict[str, Any]]:
    docs = _docs(*texts, copies=copies)
    out = [c.to_dict() for c in extract_claims(analyse(docs))]
    for c in out:  # every span is a span of its document
        for m in c["mentions"]:
            doc = next(d for d in docs if d.id == m["doc"])
            assert doc.text[m["start"] : m["end"]] == m["text"]
    return out


# --- figures ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "qualifier", "value"),
    [
        ("About 20 people were killed in the attack.", "about", 20),
        ("The blast killed around 30 people.", "around", 30),
        ("Some 40 firefighters battled the flames.", "some", 40),
        ("Nearly 350 residents were evacuated.", "nearly", 350),
        ("Almost 90 homes were destroyed by the flood.", "almost", 90),
        ("The attack killed at least 24 people.", "at least", 24),
        ("More than 600 troops are in place.", "more than", 600),
        ("Over 100 signatures were gathered.", "over", 100),
        ("Greater than 90 percent of the strikes missed.", "greater than", 90),
        ("Up to 50 people may have drowned.", "up to", 50),
        ("The strike hit only two buildings.", "only", 2),
        ("The crash killed all 224 people on board.", "all", 224),
        ("Fewer than 30 ships were inspected.", "fewer than", 30),
        ("Police arrested 12 protesters.", None, 12),
    ],
)
def test_qualifiers(text: str, qualifier: str | None, value: float) -> None:
    m = one(text)
    assert (m.qualifier, m.value) == (qualifier, value)


def test_qualifier_intervals() -> None:
    assert interval(20, 20, 20, "about", False) == pytest.approx((19, 21))
    assert interval(24, 24, 24, "at least", False)[0] == 24
    assert 40 < interval(40, 40, 40, "more than", False)[0] < 40.01  # "a little over 40", not open
    assert interval(40, 40, 40, "more than", False)[1] == pytest.approx(44)
    assert interval(50, 50, 50, "up to", False) == pytest.approx((47.5, 50))
    assert interval(350, 350, 350, "nearly", False) == pytest.approx((332.5, 350))
    assert interval(20, 20, 24, None, False) == (20, 24)


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Four warships fired the missiles.", 4, "warships"),
        ("Twenty-five people were injured in the crash.", 25, "people"),
        ("The navy said fourRussian navy ships launched the missiles.", 4, "Russian navy ships"),
        ("The storm destroyed 2.5 million trees.", 2_500_000, "trees"),
        ("The missiles flew 1,500 km before they hit.", 1500, "km"),
        ("The warships launched 26 Kalibr cruise missiles.", 26, "Kalibr cruise missiles"),
        ("Shoigu said the jets destroyed 71 pieces of military hardware.", 71, "pieces of military hardware"),
    ],
)
def test_numbers_in_digits_and_words(text: str, value: float, unit: str) -> None:
    m = one(text)
    assert (m.value, m.unit) == (value, unit)


def test_ranges() -> None:
    for text in ("The fire killed 20 to 24 people.", "The fire killed 20-24 people.",
                 "The fire killed between 20 and 24 people."):
        m = one(text)
        assert (m.value, m.low, m.high) == (20, 20, 24), text


def test_shares() -> None:
    m = one("He said only two out of 57 strikes had hit the group.")
    assert (m.value, m.base, m.qualifier) == (2, 57, "only")
    assert m.share == pytest.approx(2 / 57)
    p = one("Officials said 90 percent of the strikes missed.")
    assert p.percent and p.share == pytest.approx(0.9) and p.head == "strike"


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("A dozen people were hurt in the blaze.", 12, 12, 12),
        ("Dozens of people were injured in the blast.", 12, 12, 99),
        ("Hundreds of people fled the fighting.", 100, 100, 999),
        ("Thousands of people were evacuated from the coast.", 1000, 1000, 9999),
        ("Several people were killed in the attack.", 3, 3, 9),
    ],
)
def test_vague_words_follow_the_convention(text: str, value: float, low: float, high: float) -> None:
    m = one(text)
    assert (m.value, m.low, m.high, m.vague) == (value, low, high, True)


def test_weak_vague_words_count_only_casualties() -> None:
    assert figures("Several countries sent ships to the area.") == []
    assert figures("The talks could take several weeks.") == []


@pytest.mark.parametrize(
    "text",
    [
        "On March 6, 2025, the company received the letter.",  # dates
        "Since September 2014, the coalition has hit the city.",  # years
        "The blaze was reported at about 10:40 p.m. on Thursday.",  # clock times
        "Crews left the scene at 6 a.m. on Friday.",
        "Call the hotline on 0800 789321 for help.",  # phone numbers
        "The first strike hit the depot.",  # ordinals
        "The 13th victim was named on Friday.",
        "The fire started on Quay 4 near the depot.",  # numbers in names
        "The Su-34 jets flew over the base.",
        "Putin spoke, as the Two-Way reported.",
        "One official said the talks had stalled.",  # "one" is a determiner
        "The two nations have common ground.",  # pointing back, not a claim
        "She and her two sons spent the night at the centre.",
        "The talks ended two days ago.",  # a point in time said as a duration
        "The talks will resume in three weeks.",
        "The harbour saw a three-fold rise in trade.",  # a multiplier compound (claims14 reads "15-page draft",
        # "a three-day visit": an "N-noun" compound counts the noun, an "N-unit" compound is a length)
        "The minister lives at 10 Downing Street.",  # street numbers
    ],
)
def test_not_figures(text: str) -> None:
    assert figures(text) == [], [(m.text, m.value) for m in figures(text)]


def test_figure_with_a_name_inside_keeps_the_count() -> None:
    m = one("Four Russian Su-34 fighter jets are now at the air base.")
    assert m.value == 4 and m.head == "jet"


def test_events_and_casualty_classes() -> None:
    ms = {m.text: m for m in figures("A resident said two airstrikes hit the town, killing about 20 people.")}
    assert ms["killing about 20 people"].event_class == "killed"
    assert ms["two airstrikes"].event == "hit" and ms["two airstrikes"].event_class is None
    assert one("The centre identified 22 individuals killed in the strikes.").event_class == "killed"
    assert one("She said three firefighters were among the injured.").event_class == "injured"
    assert one("The fire forced about 300 residents from their homes.").event_class == "evacuated"
    assert one("The murder of 129 people shocked the city.").event_class == "killed"


# --- attribution --------------------------------------------------------------------


def speaker(text: str, figure_text: str | None = None) -> tuple[str | None, dict[str, Any]]:
    cs = claims(text)
    ms = [m for c in cs for m in c["mentions"] if figure_text is None or figure_text in m["text"]]
    assert ms, cs
    return ms[0]["speaker"], ms[0]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Police chief Anna Berg said 12 people were arrested.", "Police chief Anna Berg"),
        ("Twelve people were arrested, said police chief Anna Berg.", "police chief Anna Berg"),
        ("Twelve people were arrested, the police said.", "the police"),
        ("Twelve people were arrested, according to the interior ministry.", "the interior ministry"),
        ('"We counted 40 bodies," the mayor said.', "the mayor"),
        ('The mayor said: "We evacuated 300 people overnight."', "The mayor"),
        ("A senior U.S. official told Reuters that 30 missiles were fired.", "A senior U.S. official"),
        ("Officials say 50 homes were destroyed.", "Officials"),
        ("A senior military official, who spoke on condition of anonymity, said 12 jets took part.",
         "A senior military official"),
        ("Fourteen people were injured in the fire.", None),
    ],
)
def test_attribution_patterns(text: str, who: str | None) -> None:
    assert speaker(text)[0] == who


def test_quote_over_two_sentences_takes_the_speaker_after_it() -> None:
    text = ('"The first time it happened, we thought they got lucky. Then it happened again, with 12 drones," '
            "an official told Fox News.")
    who, _ = speaker(text, "12 drones")
    assert who == "an official"


def test_pronoun_resolves_to_the_named_speaker_before() -> None:
    text = "Interior Minister Carlos Ruiz visited the site on Friday. He said 14 people were injured."
    who, m = speaker(text)
    assert who == "Interior Minister Carlos Ruiz"
    assert m["speaker_as_written"] == "He"


def test_pronoun_chain_stays_unresolved() -> None:
    text = "He said the talks were technical.\nHe said only two out of 57 strikes had hit the group."
    who, m = speaker(text)
    assert who == "He" and m["speaker_resolved"] is False


def test_a_named_report_carries_on_into_the_next_sentence() -> None:
    text = "Defence Minister Sergei Shoigu reported to the president on Friday. Four warships launched 26 missiles."
    cs = claims(text)
    assert {m["speaker"] for c in cs for m in c["mentions"]} == {"Defence Minister Sergei Shoigu"}


def test_background_relative_clause_is_not_the_speakers_claim() -> None:
    text = "Russia has announced it is working with France, which stepped up strikes after the murder of 129 people."
    assert speaker(text)[0] is None


# --- groups, verdicts, independence ---------------------------------------------------


def _by_value(cs: list[dict[str, Any]], value: float) -> dict[str, Any]:
    return next(c for c in cs if any(m["value"] == value for m in c["mentions"]))


def test_agree_across_sources() -> None:
    cs = claims("The ministry said four warships launched 26 cruise missiles.",
                "Four ships fired 26 cruise missiles at targets, the ministry said.")
    g = _by_value(cs, 26)
    assert g["verdict"] == "agree" and g["independent_sources"] == 2 and len(g["mentions"]) == 2


def test_about_twenty_agrees_with_twenty_but_differs_from_twenty_two() -> None:
    same = claims("The strike killed about 20 people.", "The strike killed 20 people, officials said.")
    assert _by_value(same, 20)["verdict"] == "agree"
    diff = claims("A resident said the strike killed about 20 people in Rastan.",
                  "The media centre identified 22 people killed in the strike in Rastan.")
    g = _by_value(diff, 22)
    assert g["verdict"] == "differ" and {m["value"] for m in g["mentions"]} == {20, 22}


def test_single_source() -> None:
    cs = claims("More than 600 troops are in place.")
    assert cs[0]["verdict"] == "single" and cs[0]["independent_sources"] == 1


def test_reprints_count_once() -> None:
    text = "A fire injured at least 12 people on Thursday, officials said."
    cs = claims(text, text, copies={1: 0})
    g = cs[0]  # two articles carry it (README-claims-dev: single = one article), but one source
    assert len(g["mentions"]) == 2 and g["independent_sources"] == 1 and g["verdict"] == "agree"
    cs = claims(text, text, "A fire injured 12 people on Thursday.", copies={1: 0})
    g = _by_value(cs, 12)
    assert len(g["mentions"]) == 3 and g["independent_sources"] == 2 and g["verdict"] == "agree"


def test_contested_shares() -> None:
    cs = claims('"Greater than 90 percent of the strikes have not been against the militants," said a spokesman.',
                "He said only two out of 57 strikes had hit the militant group.")
    g = next(c for c in cs if c["what"].startswith("share of"))
    assert g["verdict"] == "contested" and len(g["mentions"]) == 2


def test_wider_scope_is_a_separate_linked_group() -> None:
    cs = claims(
        "A resident of Rastan in Homs said two airstrikes hit the town, killing about 20 people.\n"
        "Opposition media said strikes in the provinces of Homs and Hama killed at least 24 people.\n"
        "The media centre identified 22 individuals killed in strikes in the town of Rastan."
    )
    town = _by_value(cs, 22)
    wide = _by_value(cs, 24)
    assert town is not wide and town["verdict"] == "differ"
    assert {m["value"] for m in town["mentions"]} == {20, 22}
    assert wide["id"] in town["linked"] and town["id"] in wide["linked"]


def test_different_incidents_stay_apart() -> None:
    cs = claims("The attacks in Paris killed 129 people.",
                "The plane crashed near Sharm el-Sheikh, killing all 224 people on board.")
    assert len(cs) == 2 and all(c["verdict"] == "single" for c in cs)


def test_casualties_come_first() -> None:
    cs = claims("The army deployed 600 troops and 40 tanks.", "Officials said the strike killed 12 people.",
                "The army deployed 600 troops.")
    assert cs[0]["event"] == "killed"


def test_output_contract() -> None:
    cs = claims("Fire chief Maria Lopez said 45 firefighters fought the blaze.")
    c = cs[0]
    assert {"id", "what", "verdict", "independent_sources", "mentions"} <= set(c)
    m = c["mentions"][0]
    assert {"doc", "start", "end", "text", "value", "low", "high", "qualifier", "unit", "speaker"} <= set(m)
    assert m["speaker"] == "Fire chief Maria Lopez" and m["value"] == 45 and isinstance(m["value"], int)
    json.dumps(cs)


# --- the demo story and the CLI ---------------------------------------------------------


def test_demo_story_groups() -> None:
    import storyline

    b = storyline.brief([str(DEMO)])
    claims_json = b.to_dict()["claims"]

    def group(unit: str, event: str | None, value: float) -> dict[str, Any]:
        return next(c for c in claims_json if any(
            m["value"] == value and unit in m["unit"] and (event is None or m["event"] == event)
            for m in c["mentions"]))

    firefighters = group("firefighters", None, 45)
    assert firefighters["verdict"] == "differ"
    assert {m["value"] for m in firefighters["mentions"]} == {40, 45}
    injured = group("people", "injured", 14)
    assert injured["verdict"] == "differ" and {m["value"] for m in injured["mentions"]} == {12, 14}
    evacuated = group("residents", "evacuated", 350)
    assert evacuated["verdict"] == "differ" and {m["value"] for m in evacuated["mentions"]} == {300, 350}
    hurt_crews = group("firefighters", "injured", 3)
    assert hurt_crews["verdict"] == "agree" and firefighters is not hurt_crews
    # 02 and 03 are one wire story: counted once
    assert injured["independent_sources"] == len({m["doc"] for m in injured["mentions"]}) - 1
    assert claims_json[0]["event"] in ("killed", "injured")


def test_cli_claims(tmp_path: Any) -> None:
    from storyline.cli import main

    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["claims", str(DEMO), "--format", "json"]) == 0
    data = json.loads(buf.getvalue())
    assert data["claims"] and data["documents"]
    buf = io.StringIO()
    with redirect_stdout(buf):
        assert main(["claims", str(DEMO)]) == 0
    md = buf.getvalue()
    assert "| What | Figures | Who said it | Sources | Verdict |" in md and "differ" in md
    assert main(["claims", str(tmp_path / "missing.txt")]) == 2


# --- acceptance: the reference story against the gold claims ------------------------------


def _norm(s: str) -> str:
    return re.sub(r"[’']", "'", s)


@needs_shared
def test_seeds_against_gold_claims() -> None:
    import storyline

    gold = json.loads((SHARED / "gold" / "seeds.json").read_text(encoding="utf-8"))
    b = storyline.brief([str(SHARED / "seeds")])
    claims_json = b.to_dict()["claims"]
    texts = {d.id: d.text for d in b.documents}
    problems = []
    for g in gold["claims"]:
        groups = set()
        for gm in g["mentions"]:
            i = _norm(texts[gm["doc"]]).find(_norm(gm["snippet"]))
            assert i >= 0, gm["snippet"]
            j = i + len(gm["snippet"])
            hits = [
                (ci, m) for ci, c in enumerate(claims_json) for m in c["mentions"]
                if m["doc"] == gm["doc"] and m["start"] < j and i < m["end"]
                and ("value" not in gm or m["value"] == gm["value"])
                and (not gm.get("qualifier") or m["qualifier"] == gm["qualifier"])
            ]
            if not hits:
                if not gm.get("optional") and "value" in gm:
                    problems.append(f"{g['id']}: missing {gm['snippet']!r}")
                continue
            ci, m = hits[0]
            if gm.get("optional"):
                continue
            groups.add(ci)
            want = gm.get("speaker")
            if want and not (m["speaker"] and want.split()[-1].lower() in m["speaker"].lower()):
                problems.append(f"{g['id']}: speaker {m['speaker']!r} for {want!r}")
        if len(groups) != 1:
            problems.append(f"{g['id']}: mentions in {len(groups)} groups")
        elif claims_json[groups.pop()]["verdict"] != g["verdict"]:
            problems.append(f"{g['id']}: verdict")
    assert problems == []
    # no claim from dates, and none from removed furniture (analysis runs on cleaned text)
    for c in claims_json:
        for m in c["mentions"]:
            assert not re.fullmatch(r"(19|20)\d\d", str(m["value"]))


def test_contested_when_one_speaker_denies_the_figure() -> None:
    cs = claims("Rebels said the strike killed 20 civilians in the village.",
                "The army denied that the strike killed 20 civilians in the village.")
    g = _by_value(cs, 20)
    assert len(g["mentions"]) == 2 and g["verdict"] == "contested"


# --- wire datelines as the place of unplaced figures (claims5) -----------------------------


def test_dateline_places() -> None:
    from storyline.claims.dateline import dateline_places

    assert dateline_places("OSLO, Norway (AP) _ A cold snap hit.") == ("Oslo", "Norway")
    assert dateline_places("SAN JOSE (Reuters) - Shares rose.") == ("San Jose",)
    assert dateline_places("Eds: updates toll\nLIMA, Peru (AP) _ Floods hit.") == ("Lima", "Peru")
    assert dateline_places("A cold snap hit Oslo on Monday.") == ()


def test_local_reports_from_places_apart_keep_their_tolls_apart() -> None:
    cs = claims("OSLO, Norway (AP) _ A severe cold snap has killed 12 people, police said Monday.",
                "HELSINKI, Finland (AP) _ Freezing weather has killed 20 people, officials said Monday.")
    killed = [c for c in cs if any(m["value"] in (12, 20) for m in c["mentions"])]
    assert [c["verdict"] for c in killed] == ["single", "single"], killed


def test_a_report_that_names_the_other_place_may_give_its_toll() -> None:
    cs = claims("OSLO, Norway (AP) _ A severe cold snap has killed 12 people, police said Monday.",
                "LONDON (AP) _ The cold snap that gripped Norway has killed 15 people, officials said Tuesday.")
    killed = [c for c in cs if any(m["value"] in (12, 15) for m in c["mentions"])]
    assert len(killed) == 1 and killed[0]["verdict"] == "differ", killed


def test_the_dateline_place_named_again_is_the_figure_place() -> None:
    cs = claims("OSLO, Norway (AP) _ Officials blamed the 30 deaths as of Wednesday on Norway's cold snap.",
                "HELSINKI, Finland (AP) _ Cold weather in Helsinki killed 18 people in November, officials said.")
    killed = [c for c in cs if any(m["value"] in (30, 18) for m in c["mentions"])]
    assert len(killed) == 2, killed


def test_a_total_over_several_storms_is_not_one_storm_toll() -> None:
    cs = claims("The storm killed at least 40 people in the islands, officials said.",
                "The storms of the past month have left at least 95 people dead, officials said.",
                "Typhoon Nora killed at least 42 people in the islands on Sunday.")
    total = next(c for c in cs if any(m["value"] == 95 for m in c["mentions"]))
    assert total["verdict"] == "single" and len(total["mentions"]) == 1, total
