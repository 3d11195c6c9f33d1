"""The knobs of place resolution, as one documented object (like ``summary.SummaryConfig``).

Set by hand while building the rules, on the dev stories and the seeds' gold places,
and checked on the acceptance seeds; not fitted by a search. Scores are in units of
log10(population): a city ten times bigger scores 1.0 more.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PlacesConfig:
    """What makes one reading of a name more likely than another, and when a name is a place at all."""

    # how near and how big
    near_km: float = 300.0  # a town this close to the story's other places belongs to the story
    big_city: int = 1_000_000  # a bare untagged name of a city this big is that city ("Jets struck Aleppo")
    sizeable_city: int = 100_000  # ... this big: counts near the story's places, even tagged as a person
    small_town: int = 15_000  # below this a town counts only near the story's places (or "Town, State")
    exonym_city: int = 500_000  # above this an unrelated-looking alternate name is a real exonym ("Munich")
    world_city: int = 500_000  # a city this big, and world_city_ratio times a namesake town, wins over the town
    world_city_ratio: float = 10.0  # ... even in the town's own (the story's) country ("San Francisco")
    world_city_near_km: float = 150.0  # ... unless another of the story's places lies this near the town
    district_km: float = 25.0  # a district written with its city ("Beeston, Leeds") lies this near the city
    min_alternate_letters: int = 4  # an alternate name shorter than this never stands for a place

    # how likely a bare mention means this place, before context
    country_prominence: float = 8.0  # countries first, bigger ones a little more (plus the next line)
    country_population_weight: float = 0.1  # times log10(population)
    sea_prominence: float = 7.8
    region_prominence: float = 7.5
    us_state_prominence: float = 5.2  # a US state loses its name to a big city ("Washington", "New York")
    division_discount: float = 1.5  # another country's province or state: log10(population) less this, so a
    # city of a tenth of its people keeps its name ("Quebec" City; "Nova Scotia" has no city to lose to)

    # a reading in the story
    alternate_name_penalty: float = 0.7  # a name that is only an alternate one of this place
    country_share_weight: float = 1.5  # times the share of the story's places in this place's country
    near_bonus: float = 1.0  # a city within near_km of the story's other places
    qualifier_bonus: float = 5.0  # "Paris, Texas": the reading in the named country or state
    report_state_bonus: float = 1.0  # a town in a state or province its own report names as a place ("the
    # College of William and Mary in Williamsburg" in a report about Virginia): Williamsburg, Virginia
    person_place_share: float = 0.5  # a name the model read as a person is a place only in a country this central
    capital_bonus: float = 1.5  # a national capital stands for its government ("Washington said"), beyond its
    # size, where the story names its country

    # what the story's sure places say about where it is
    country_weight: float = 1.0  # a country mention adds this to its country's weight ...
    place_weight: float = 0.5  # ... any other place half as much
    anchor_max_km: float = 500.0  # a country or region no wider than this anchors like a town
    story_country_share: float = 0.2  # a country with this share of the top country's weight is the story's
    type_checks: bool = True  # a name inside an organisation's name ("Malaysia Airlines") is not a place there
    outlet_weight: float = 1.0  # a report from an outlet with a country domain (".co.uk") adds this to that country


DEFAULT_CONFIG = PlacesConfig()
