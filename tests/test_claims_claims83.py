"""claims83: a vote's or poll's shares read as one result with its sides (vote_sides.py). Made-up stories of other
subjects: a ferry referendum, a mayor's race, a harbour bridge and its polls."""

from __future__ import annotations

from claims_support import claims, figures


def _rows(*texts: str) -> dict[str, list[float]]:
    return {c["what"]: sorted(m["value"] for m in c["mentions"]) for c in claims(*texts)}


def test_coordinated_shares_take_their_own_verb_complements() -> None:
    """"61% voted to scrap the toll and 39% to keep it": each share its own side, not the other's words."""
    ms = figures("In the island's referendum on Sunday, 61% voted to scrap the toll and 39% to keep it.")
    sides = {m.value: m.side_key for m in ms}
    assert sides == {61: "scrap toll", 39: "keep"}
    assert all(m.contest.endswith("referendum") and m.contest_kind == "vote" for m in ms)


def test_capitalised_options_after_the_verb() -> None:
    """"58% voted Merge and 42% Stay": an elided verb's second complement is the second share's side."""
    rows = _rows("In the county referendum some 58% voted Merge and 42% Stay.")
    assert rows == {"share for Merge (referendum)": [58], "share for Stay (referendum)": [42]}


def test_names_beside_their_shares() -> None:
    """A candidate before a share or its parenthesis, and the subject of a verb of winning, is its side."""
    rows = _rows("In the mayoral election Ortega won 45% of the vote, and Brandt 38%. "
                 "Lindqvist (9%) came third in the election.")
    assert rows["share for Ortega (mayoral election)"] == [45]
    assert rows["share for Brandt (mayoral election)"] == [38]  # (not "of the vote": the share's whole)
    assert rows["share for Lindqvist (election)"] == [9]


def test_one_side_of_one_vote_in_two_reports_joins_and_differs() -> None:
    """One report's "by 55% to 45%" and another's "57% ... backed the bridge" are the bridge side of one vote; the
    45% against is another side and joins neither."""
    rows = {c["what"]: (c["verdict"], sorted(m["value"] for m in c["mentions"]))
            for c in claims("Islanders backed the bridge by 55% to 45% in the referendum.",
                            "In the referendum, 57% of islanders backed the bridge, officials said.")}
    assert rows["share for bridge (referendum)"] == ("differ", [55, 57])
    assert rows["share against bridge (referendum)"] == ("single", [45])


def test_two_pollsters_shares_are_two_figures() -> None:
    """Two pollsters' shares for one side are two polls' results, no disagreement."""
    cs = claims("A Norcross poll put support for the bridge at 44%.",
                "A Delphi poll put support for the bridge at 51%.")
    bridge = [c for c in cs if c["what"].startswith("share for bridge")]
    assert len(bridge) == 2 and all(c["verdict"] == "single" for c in bridge)


def test_yes_and_no_at_their_shares() -> None:
    """"support for Yes stood at 45%, No at 55%": the second share is No's, not the support noun's Yes."""
    ms = figures("In the latest poll, support for Yes stood at 45%, No at 55%.")
    assert {m.value: m.side_key for m in ms} == {45: "yes", 55: "no"}


def test_a_change_is_no_side() -> None:
    """"fares rose by 5% to 40% after the vote": a change and its level, no split of a vote."""
    assert all(not m.side_key for m in figures("Fares rose by 5% to 40% after the vote on the harbour plan."))


def test_splits_take_the_verbs_object_and_its_other_side() -> None:
    """"rejected the bridge by 55-45 percent", "by a margin of 55 percent to 45 percent", "voted by 62 to 38
    percent to keep the ferry": the first share is the verb's side of its object, the second the other."""
    for text in ("Islanders rejected the bridge by 55-45 percent in the referendum.",
                 "Islanders rejected the bridge by a margin of 55 percent to 45 percent in the referendum."):
        assert {m.value: m.side_key for m in figures(text)} == {55: "against bridge", 45: "bridge"}, text
    ms = figures("In the referendum, islanders voted by 62 to 38 percent to keep the ferry.")
    assert {m.value: m.side_key for m in ms} == {62: "keep ferry", 38: "against keep ferry"}


def test_a_split_after_by_is_two_shares_and_a_change_from_is_not() -> None:
    """"by 62 to 38 percent" is a split (two shares, the first the larger); "from 62 to 38 percent" is a change."""
    assert sorted(m.value for m in figures("The council voted by 62 to 38 percent to keep the ferry.")) == [38, 62]
    assert 62 not in {m.value for m in figures("Fares fell from 62 to 38 percent after the vote.") if m.side_key}


def test_a_splits_own_phrase_names_its_first_side() -> None:
    """"52% to 48% against the merger", "were against a recount by 56% to 44%", "by 61% to 39% in favour of
    Stay": the phrase is the first share's side, the second share's is the other."""
    cases = {"In the vote, when abstentions were ruled out, the results were 52% to 48% against the merger.":
             {52: "against merger", 48: "merger"},
             "In the poll, those with a view were against a recount by 56% to 44%.":
             {56: "against recount", 44: "recount"},
             "The county voted by 61% to 39% in favour of Stay in the referendum.": {61: "stay", 39: "against stay"}}
    for text, sides in cases.items():
        assert {m.value: m.side_key for m in figures(text)} == sides, text


def test_a_group_of_voters_share_is_not_the_whole_votes() -> None:
    """"36 percent of Green supporters voted to scrap the toll" is no side of the vote's "61% to 39%"."""
    cs = claims("In the referendum islanders voted to scrap the toll by 61% to 39%.",
                "In the referendum 36 percent of Green supporters voted to scrap the toll.")
    groups = [sorted(m["value"] for m in c["mentions"]) for c in cs]
    assert [61] in groups and [36] in groups


def test_a_share_of_no_side_is_no_other_sides_value() -> None:
    """"39% agreed" is no side's share (its own verb chooses nothing), and joins no "49% said no"."""
    ms = figures("Asked if there should be a recount, 49% said no, 39% agreed and the rest were unsure.")
    assert {m.value: m.side_key for m in ms}[39] == ""
