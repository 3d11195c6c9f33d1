"""The nineteenth and twentieth reads' misplaced places (bench/BRIEF_REVIEW.md, "Nineteenth read", "Twentieth
read"; branch places19), on made-up text: American sport's teams named by their towns, a state in a list of states
read as a town of its name, a news outlet written with another and a brand's name placed as towns. Fixtures are
made up for these tests; none comes from the bench."""

from __future__ import annotations

from conftest import story
from storyline.places import locate_places


def _places(*texts: str) -> set[str]:
    return {p.name for p in locate_places(story(*texts)).places}


def _rows(*texts: str) -> dict[str, tuple[str, int]]:
    return {p.name: (p.kind, p.mentions) for p in locate_places(story(*texts)).places}


# --- American sport: a town's name for its team -------------------------------------------------------------------


def test_american_teams_named_by_their_towns_are_no_towns() -> None:
    got = _places("Denver linebacker John Doe was fined on Monday for a hit on the Oakland quarterback.\n"
                  "The league said the fine would stand.\n"
                  "\"We have to win this game, so our focus is on Memphis now,\" the coach said.")
    assert not got & {"Denver", "Oakland", "Memphis"}, got


def test_an_american_teams_town_written_as_a_place_stays_a_place() -> None:
    got = _places("Denver linebacker John Doe was fined on Monday for a hit on the Oakland quarterback.\n"
                  "The league moved the teams' rematch in Denver to a later start.")
    assert "Denver" in got and "Oakland" not in got, got


def test_a_market_story_is_no_sports_story() -> None:
    got = _places("Tokyo stocks extended their winning streak on Monday.\n"
                  "Shares fell in early trade, and Tokyo shares closed their losing streak on Tuesday.")
    assert "Tokyo" in got, got


# --- a list of states ---------------------------------------------------------------------------------------------


def test_a_state_in_a_list_of_states_is_the_state() -> None:
    got = _rows("The survey covered states where the law had changed by 2018—Idaho,Washington, Nevada, and "
                "Utah—and asked how often people voted.")
    assert got.get("Washington") == ("region", 1), got


def test_the_town_elsewhere_and_in_a_short_list_stays_the_town() -> None:
    got = locate_places(story("The law changed in Idaho, Washington, Nevada and Utah by 2018.\n"
                              "Officials in Washington said nothing.\n"
                              "Traffic in Maryland, Virginia and Washington was slow.")).places
    kinds = sorted(p.kind for p in got if p.name == "Washington")
    assert kinds == ["city", "region"], [(p.name, p.kind, p.mentions) for p in got]


# --- names that are no places: an outlet in a list of outlets, a brand -------------------------------------------


def test_a_name_listed_with_a_news_outlet_is_an_outlet() -> None:
    got = _places("Both Sky News and Kingston have reported the risk to users in Canada.")
    assert got == {"Canada"}, got


def test_towns_listed_together_stay_towns() -> None:
    got = _places("Reporters from Paris and London covered the talks in Berlin for Sky News.")
    assert {"Paris", "London", "Berlin"} <= got, got


def test_a_brands_name_is_no_town_in_any_of_its_mentions() -> None:
    got = _places("The fair opens on Monday in Chicago. Hyundai is showing a new van that carries the "
                  "Malibu family car brand name.\n"
                  "The van keeps some Malibu design touches, including its round lamps.")
    assert "Malibu" not in got and "Chicago" in got, got


def test_a_brands_town_written_as_a_place_stays_a_place() -> None:
    got = _places("Hyundai is showing a new van that carries the Malibu family car brand name.\n"
                  "Dealers in Malibu, California, said they had taken orders.")
    assert "Malibu" in got, got


def test_the_outlets_own_address_in_a_tip_box_is_no_place_of_the_story() -> None:
    got = _places("The charity is based in Chicago.\n"
                  "Readers can send us letters at 12 Elm Road, Suite 4, Portland, OR 97201.")
    assert got == {"Chicago"}, got


def test_a_venues_address_stays_a_place() -> None:
    got = _places("The fair is at 12 Elm Road, Portland, OR 97201. Send us your photos.")
    assert got == {"Portland"}, got


def test_a_town_before_a_sentence_that_opens_on_a_masthead_word_stays_a_town() -> None:
    got = _places("A statue was unveiled in Stanley Park, Vancouver, Canada. Today is the park's centenary.")
    assert "Vancouver" in got, got
