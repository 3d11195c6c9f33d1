"""Groups and verdicts: which figures measure the same thing, and do the sources agree?

Two mentions measure the same thing when

- they count the same thing: the same head noun ("missiles"), one a compound of
  the other ("warships" / "ships"), or, for a casualty event, any word for people
  ("people", "individuals", "residents"); two words for people of one kind in one
  casualty class or under one verb ("dissidents" / "party members" arrested; kin.py);
- in the same event: the same casualty class (killed, injured ...); or, outside
  casualties, the same verb, or different verbs over a specific counted thing with
  values of the same size (40 firefighters "battled" and 45 "fought": within a
  factor 1.5, neither vague); shares ("90 percent of the strikes", "two out of 57 strikes") only
  with shares of the same thing;
- or their clauses' frames agree (frames.py, kin.one_frame): one unit, one counted thing or one kind of event
  named by a noun or a verb, a named participant in common ("Freedonia asked for $14 billion in aid" /
  "Freedonia requested $18 billion"), whatever the values; different values whose clauses name only different
  participants are two figures, and so are one word's counts of those who did something and of those a picture
  shows (kin.events_apart);
- with no sign of two incidents. When one names places that contain the other's
  ("Homs and Hama" vs "Talbiseh", known because a report says "Talbiseh in Homs"),
  the scopes differ: separate groups, *linked*. Otherwise evidence adds up, and two
  points split: different places both tied to the event (2), different places of
  which one is only in the sentence around the figure (1), casualties from
  different kinds of cause ("crash" vs "strikes": 2; "attacks" vs "strikes": 1),
  different calendar dates tied to the event (2).

One figure restated across reports joins however it is worded (restated.py): a sentence told again with the same
value and other words, the same value told of a city and of its country, two lengths of one named process.

A count of people of one sex or age ("nine children were among the dead") is a part of a toll of people or of
another group, not a rival count of it: with another value it never joins (kin.groups_apart, claims82). One report's
running toll at two moments ("climbed to 113 on Wednesday ... from a previous tally of 72 on Tuesday") is one figure,
whatever days it names.

Two figures of different occasions of one kind of event never join: an earthquake and its aftershock, the first
and the second blast, aftershocks on two days (occasions.py). Two holders' values of one figure set side by side
in one report ("police said 2,000 marched, while organisers said 10,000") are one figure, whatever their words
or values, unless places or scope words set them apart (rivals.py); the verdict rules below make them differ or
contested.

Ages of people join when equal and not said of a man and a woman, nor of two people named differently; ages of
other values when said of one named person, or of a name and the title the story gives it alone (holders.py);
an age that only one report gives is left out (README-claims-dev.md: "a victim's age counts only where
several reports give it"). So is an order of magnitude outside casualties that only one source gives (a
report and its reprints, ``sources.source_groups``: "dozens of cars").

Mentions join the best group they are compatible with *all* members of (complete
linkage), in document order, so a mention without a place cannot chain two
places together.

Verdicts: ``differ`` when the values' intervals (``numbers.interval``) do not all
overlap; otherwise ``single`` when one independent source carries the group
(reprints count once, ``sources.independent_count``), else ``agree``.
``contested`` when two or more speakers assert incompatible things: a share
group where a figure is stated against a claim (a negated predicate: "90 percent
... have not been against ISIL"; "only two out of 57 strikes had hit"), or
shares on both sides of one half ("most of the strikes hit X" / "90 percent did
not"); or a figure that one speaker denies or disputes ("the army denied that 20
civilians were killed") next to the same figure asserted by another.
Groups are ordered by importance: casualties first (killed, injured, missing,
abducted, evacuated, arrested, rescued), then by independent sources, mentions,
and first appearance.
"""

from __future__ import annotations

from collections.abc import Sequence

from .anchors import anchored
from .and_others import named_and_others, with_the_named_one
from .counted import cause_distance
from .crowds import CROWD_RATIO, one_crowd
from .dated_once import named_count_dated_once, one_figure_dated_once
from .doers import unnamed_doer
from .extract import calendar_dates
from .figure_mention import FigureMention
from .frames import share_participant
from .group_verdict import Group
from .holders import titled_holder
from .identity import acts_apart, generic_or_crew, items_apart, one_change
from .kin import (
    WEAK_EVENTS,
    compound_kin,
    custody_kin,
    events_apart,
    events_kin,
    groups_apart,
    heads_kin,
    money_kin,
    one_frame,
    one_named_person,
    one_referent,
    people_kin,
    sexes_clash,
    size_kin,
    two_named_people,
    words_kin,
)
from .occasions import occasions_apart
from .other_days import toll_of_other_days
from .owners import owners_apart_of
from .pair_model import Signals
from .phrase_kin import one_thing_modified
from .place_relation import Places as Places  # re-exported: claims/__init__ reads it from here
from .populations import POPULATION
from .restated import (
    lone_values,
    one_running_length,
    one_value_nested,
    phrase_words,
    plain_people,
    same_phrase,
    told_again,
    told_with_its_pair,
)
from .results import one_result
from .rivals import another_place, rival_holders, set_against
from .rounded_events import slack_stands
from .scopes_apart import MOVING_MEASURES, scope_apart
from .subjects import holders_apart, listed_holders
from .tallied_shares import tallied_shares, tally_apart
from .verdicts import Rates, distinctive, rare, values_agree
from .vocab import word_set
from .vote_sides import sides_of_one_result

SIZE_RATIO = 1.5  # different verbs, same counted thing: values within this factor are one measure
TOLL_RATIO = 5.0  # successive values of one running count stay within this factor
DIMENSION_NOUNS = word_set("dimension_nouns")
BEARING_SLACK = 0.02  # distances with two bearings: within this share of each other, one point rounded
SIDES_FIRST = 10.0  # one sentence's two sides of a figure join before either joins another report's (claims52)
NAMED_FIRST = 8.0  # two clauses that name one participant join before equal values of no name (claims74)
CONTEXT_SAME = 0.3  # sentences sharing this share of their content words tell of the same thing


def _agree(a: FigureMention, b: FigureMention, rates: Rates) -> bool:
    """Do two values agree, a plain whole measure rounded to its unit only as rounded_events allows (claims76)?"""
    return values_agree([a, b], rates, slack_stands([a, b]))


def _agree_in(a: FigureMention, b: FigureMention, places: Places, rates: Rates) -> bool:
    """Do two values agree, a count of others beside a name read with the name in it as well ("Norland and 13
    other nations" / "fourteen nations": and_others.py, claims79)?"""
    if _agree(a, b, rates):
        return True
    if not any(named_and_others(m, places.texts.get(m.doc, "")) for m in (a, b)):
        return False
    read = with_the_named_one([a, b], places.texts)
    return values_agree(read, rates, slack_stands(read))  # (the rounding _agree allows, no more)


def _overlap(a: FigureMention, b: FigureMention) -> float:
    """Share of content words two mentions' sentences have in common (Jaccard); none for two figures of
    one sentence, whose words are the same whatever they count."""
    if not a.context or not b.context or a.doc == b.doc and a.sentence == b.sentence:
        return 0.0
    return len(a.context & b.context) / len(a.context | b.context)


def _same_thing(a: FigureMention, b: FigureMention) -> bool:
    """Same kind of figure about the same counted or measured thing (module docstring)."""
    if a.dimension != b.dimension or (a.share is None) != (b.share is None):
        return False
    if a.dimension not in ("count", "percent", "money"):
        return True  # measures: what they are of is compared with the event (_same_event)
    if a.dimension == "count":
        return heads_kin(a, b) or _same_told(a, b) or size_kin(a, b) or compound_kin(a, b) or one_referent(a, b) or \
            one_crowd(a, b)
    if a.dimension == "percent" and a.counted and b.counted:  # ("30% of the population" / "30 percent of people")
        return people_kin(a, b) or a.event == b.event and a.event is not None and a.event not in WEAK_EVENTS or \
            one_frame(a, b)  # ("Ruiz defeated Gomez with 56 percent of the vote" / "Ruiz won 51 percent of it")
    return True


def _thing(m: FigureMention) -> str:
    """What a measure is of: its noun, else the verb it hangs on ('moving at 11 kph')."""
    return m.head or m.event or ""


def _one_population_or_crowd(a: FigureMention, b: FigureMention) -> bool:
    """One place's population (populations.py) or one gathering's crowd (crowds.py), however each report tells it."""
    return a.head == b.head == POPULATION and a.dimension == "count" or one_crowd(a, b)


def _same_event(a: FigureMention, b: FigureMention) -> bool:
    if one_frame(a, b) and not a.event_class and not b.event_class:
        return True  # one thing of one named participant in one kind of event, however named (frames.py)
    if _one_population_or_crowd(a, b):
        return True  # "Croatia's 4.7 million population" / "a country of 4 million" (populations.py); one crowd
        # told with other verbs ("350,000 believers crowded" / "400,000 people stood", crowds.py)
    if a.dimension == "duration" and a.head and a.head == b.head and a.head not in DIMENSION_NOUNS and \
            bool(a.event_class) != bool(b.event_class):
        return True  # one named thing's length ("a 17-day-old crackdown" / "a three-week crackdown that has seen 30
        # arrested"): a casualty class of its clause, told in one report only, is the clause's count's (claims58)
    if a.event_class or b.event_class or one_referent(a, b) or custody_kin(a, b):  # ("jailed for 12 years" /
        return a.event_class == b.event_class or one_referent(a, b) or custody_kin(a, b)  # "a 12-year term")
    if a.dimension not in ("count", "percent"):  # money and measures: what they are of
        if a.since_last and b.since_last:
            return True  # "hasn't happened for more than 150 years" / "the first eclipse in nearly 152 years" (gaps.py)
        if a.recurring and b.recurring:
            return True  # "the shower peaks every 33 years" / "the comet returns once every 33 years" (intervals.py)
        if a.head and b.head and a.head not in DIMENSION_NOUNS and b.head not in DIMENSION_NOUNS:
            return words_kin(a.head, b.head) or one_thing_modified(a, b)  # (not "a frequency of 37.5kHz": the kind
            # of measure, not its thing; "two years of negotiations" / "a two-year negotiation process": phrase_kin)
        if not a.head and not b.head and a.dimension in ("years ago", "duration"):
            if a.doc != b.doc and a.subject and b.subject and not words_kin(a.subject, b.subject) and \
                    _overlap(a, b) < CONTEXT_SAME:
                return False  # "passengers were delayed two hours" / "a plane ... was delayed for two hours"
            return a.event == b.event and a.event not in WEAK_EVENTS or _overlap(a, b) >= CONTEXT_SAME / 2
        if a.dimension == "duration" and (a.unit_code, a.value, a.high) != (b.unit_code, b.value, b.high):
            # a time named by its thing ("1 month in prison") and one by its verb ("could move within four to
            # six weeks") in other units or values: one only of one event, thing or sentence (the same length
            # in the same unit is one: "more than two years of silence" / "first talks in more than two years")
            kin = bool(_thing(a) and _thing(b) and words_kin(_thing(a), _thing(b)))
            return a.event == b.event and a.event not in WEAK_EVENTS or kin or _overlap(a, b) >= CONTEXT_SAME / 2
        if a.dimension == "money" and bool(a.head) != bool(b.head) and a.value == b.value and a.high == b.high:
            return True  # one sum named once by what it is and once by its verb ("a $7,000 reward" / "offered $7,000")
        return not _thing(a) or not _thing(b) or words_kin(_thing(a), _thing(b)) or a.dimension != "money"
    weak_only = a.event in WEAK_EVENTS and a.share_word != b.share_word and a.head != b.head
    if a.event == b.event and not weak_only or (a.head and a.head == b.head and a.dimension != "count" and
                                                a.head not in ("percent", "%")):
        return True  # (not "about half the savings" and "35 percent are ...": a share word and a figure of
        # other things, joined by nothing but "be")
    if a.share is not None and a.counted and b.counted:
        return True  # shares of one thing ("the strikes"), whatever each says of them
    if one_change(a, b):  # "soared 47 percent" / "rising nearly 50 percent": one change told with two verbs; "a 10
        return True  # percent increase in fares" / "boost fares by 10 percent": by its noun and its verb (identity.py)
    if a.dimension == "percent" and a.event in SHARE_VERBS and b.event in SHARE_VERBS and a.actors & b.actors:
        return True  # one name's share told with two verbs ("Ruiz won 52 percent" / "gave Ruiz 52 percent")
    if a.dimension == "count" and a.event in DEPLOY_VERBS and b.event in DEPLOY_VERBS:
        return True  # "sent 10,000 troops into Iraq" / "10,000 soldiers have crossed into Iraq": one deployment
    if a.assailants and b.assailants:
        return True  # "20 men attacked the house" / "kidnapped by two dozen armed men": the story's attackers
    if (a.person_unit or b.person_unit or a.vague or b.vague) and _overlap(a, b) < CONTEXT_SAME:
        return False  # "hundreds of Yemenis" at one protest and at another are not one measure
    if _overlap(a, b) >= CONTEXT_SAME:
        return True
    lo, hi = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    return hi / lo <= SIZE_RATIO and a.dimension == "count" and not a.person_unit


def measure_key_compatible(a: FigureMention, b: FigureMention) -> bool:
    """Same counted thing in the same event, whatever the place."""
    if a.per and b.per and a.per != b.per:
        return False  # "$15 an hour" and "$600 a week": two rates, two measures (rates.py)
    if bool(a.per) != bool(b.per) and (a.value, a.high) != (b.value, b.high):
        return False  # "$6 million per mile" and "$2 billion": a rate and a whole, two measures whatever their verb;
        # the same value may be the rate told without its unit (claims85)
    if a.bearing and b.bearing and a.bearing != b.bearing and abs(a.value * a.factor - b.value * b.factor) > \
            BEARING_SLACK * max(a.value * a.factor, b.value * b.factor):
        return False  # "1,640 km west-northwest of Perth" and "1,700 km north-west of Perth": two points; the same
        # distance with a bearing rounded apart ("300 km south-southeast" / "300 km southeast") is one (rates.bearing)
    if a.share is not None and b.share is not None and a.condition != b.condition:
        return False  # "live on less than $2 a day": a share of those who meet a condition (relations.py)
    if (a.share is None) != (b.share is None) and a.dimension == b.dimension == "count":
        return False
    if a.event_class != b.event_class and a.event_class and b.event_class:
        return False
    return _same_thing(a, b) and _same_event(a, b) or _same_by_value(a, b)


def _background(m: FigureMention, rates: Rates) -> bool:
    """A figure about an earlier event: its clause names only years well before the story's."""
    return bool(m.years) and rates.year is not None and max(int(y) for y in m.years) < rates.year - 1


def _far_apart(a: FigureMention, b: FigureMention) -> bool:
    """Values more than ``SIZE_RATIO`` apart: no rounding nor revision makes one the other."""
    lo, hi = sorted((max(a.value * a.factor, 1e-9), max(b.value * b.factor, 1e-9)))
    return hi / lo > SIZE_RATIO


def _two_sources(a: FigureMention, b: FigureMention) -> bool:
    """Two different sources quoted in one report ("a resident said about 20 ... the media centre, 22"),
    or a share stated against another ("only two out of 57 hit ...": contested, not two things)."""
    if a.share is not None and (a.rebuttal or b.rebuttal or a.share_word or b.share_word):
        return True
    if another_place(a, b):
        return False  # the later sentence's figure is of a place the earlier does not name (rivals.py)
    told_alike = a.event_class is not None and a.event_class == b.event_class or a.share is not None or \
        a.event is not None and a.event == b.event
    return told_alike and a.speaker is not None and b.speaker is not None and a.speaker.head != b.speaker.head
    # (two counts told with other verbs, "86 seats" / "69 remaining seats are being counted", are two things)


def _vague_whole(a: FigureMention, b: FigureMention) -> bool:
    """One report's vague range that names no place ("dozens were detained") and another report's specific count
    of a place ("about 40 were detained in Nice"): the first tells the whole event, the second one place of it;
    their wheres are not one, so neither is a side of the other (claims52)."""
    if a.doc == b.doc or a.vague == b.vague or a.dimension != "count":
        return False
    vague, exact = (a, b) if a.vague else (b, a)
    return vague.low != vague.high and not vague.places and bool(exact.places)  # (not "a dozen": one number)


def _one_report_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two different values of one report: two things, unless it updates a count or quotes two sources; two periods
    ("39 in November" / "45 since the beginning of October"), but not one toll's two moments ("climbed to 113 on
    Wednesday ... from a previous tally of 72 dead on Tuesday", claims82)."""
    running = a.update and b.update and (a.event_class is not None or a.revised or b.revised) and \
        not (a.part or b.part)
    revised = (a.revised or b.revised) and a.event_class is not None  # "police earlier had reported 65 dead"
    if not (running or revised or _two_sources(a, b)):
        return True
    return bool(a.times and b.times and set(a.times) != set(b.times)) and not running


def _one_result(a: FigureMention, b: FigureMention, rates: Rates) -> bool | None:
    """vote_sides.sides_of_one_result, but a share of no side that agrees with one of a side may be its retelling
    ("three in four voters backed the plan" / "75 percent backed the plan"): left to the other rules."""
    one = sides_of_one_result(a, b)
    return None if bool(a.side_key) != bool(b.side_key) and _agree(a, b, rates) else one


def _one_result_here(a: FigureMention, b: FigureMention, places: Places, rates: Rates) -> bool:
    """Two shares of one side of one vote or poll (vote_sides.py) of one place and time: not a region's share and
    the whole country's ("in Scotland, 62% voted Remain"), nor an earlier year's (claims83)."""
    rel = places.relation(a, b)
    far = rel in ("different", "wider", "narrower") or rel == "apart" and not _agree(a, b, rates)
    return not far and _dated_before(a, rates) == _dated_before(b, rates)


def _dated_before(m: FigureMention, rates: Rates) -> bool:
    """A figure of an earlier event: its clause's years, or the past date its clause gives ("in 2014"), are well
    before the story's."""
    years = {w for w in m.past.replace(",", " ").split() if w.isdigit() and len(w) == 4}
    return _background(m, rates) or bool(years) and rates.year is not None and max(map(int, years)) < rates.year - 1


def compatible(a: FigureMention, b: FigureMention, places: Places, rates: Rates) -> bool:
    """Do two mentions measure the same thing (module docstring)?"""
    if a.doc == b.doc and a.start == b.start:
        return False
    if a.dimension == "age" or b.dimension == "age":
        return a.dimension == b.dimension and not sexes_clash(a, b) and not two_named_people(a, b) and (
            a.value * a.factor == b.value * b.factor or one_named_person(a, b) or titled_holder(a, b, places.texts))
        # (not "18-month-old" / "18"; a title the story gives one named person is that person, holders.py)
    if (one := _one_result(a, b, rates)) is not None:  # a share of one side of a vote or poll (vote_sides.py)
        return one and _one_result_here(a, b, places, rates)
    grows = a.update or b.update or a.revised or b.revised or a.event_class is not None  # (a toll grows by day)
    if occasions_apart(a.occasion, b.occasion, (a.times, b.times), grows):
        return False  # "a magnitude 6.9 aftershock" / "the magnitude 8.8 earthquake"; "the second blast" (occasions.py)
    if rival_holders(a, b, places.texts.get(a.doc, "")) and not scope_apart(a, b) and \
            places.relation(a, b) not in ("different", "wider", "narrower", "apart"):
        return True  # "police said 2,000 marched, while organisers said 10,000": one figure, two holders (rivals.py);
        # not of two places, whether or not both are tied to the event (claims52)
    if told_with_its_pair(a, b, places.texts) and not scope_apart(a, b) and _background(a, rates) == \
            _background(b, rates) and places.relation(a, b) not in ("different", "wider", "narrower", "apart"):
        return True  # "dedicate 67 minutes … the 67 years" / "volunteering for 67 minutes to mark … 67 years": one
        # pair of figures told again, whatever the verbs (restated.py, claims53)
    if not measure_key_compatible(a, b) or scope_apart(a, b) or _vague_whole(a, b):
        return False
    if groups_apart(a, b) and not _agree_in(a, b, places, rates):
        return False  # "nine children were among the dead" is a part of "13 people were killed" (kin.py, claims82)
    if a.included != b.included and not _agree_in(a, b, places, rates):
        return False  # "including 5,000 troops" is a part of another figure, not a rival of "12,000 troops"
    if a.doc == b.doc and _one_report_apart(a, b) and not _agree_in(a, b, places, rates):
        return False
    if (unnamed_doer(a, b, places.texts) or unnamed_doer(b, a, places.texts)) and not _agree_in(a, b, places, rates):
        return False  # "Fifth Third reported … 66 cents a share" / another report's "73 cents": whose (doers.py)
    if a.value == b.value and a.high == b.high and distinctive(a.value, a.percent) and _agree_in(a, b, places, rates):
        return _background(a, rates) == _background(b, rates) or named_count_dated_once(a, b)  # "killed all 229
        # people": one figure, however told; one named body's count dated only by a compared year (dated_once.py)
    rel = places.relation(a, b) if a.dimension not in MOVING_MEASURES else "same"
    if rel in ("wider", "narrower") and not one_value_nested(a, b):
        return False  # (the same value told of Nairobi and of Kenya is one figure at two grains: restated.py)
    if _background(a, rates) != _background(b, rates) and not one_figure_dated_once(a, b, rates):
        return False  # "the 1996 crash ... killed 230 people": another, earlier event
    # Evidence that these are two incidents: places, cause, date, names. Two points split them.
    # (Places scope counts, sums and most measures; a storm's speed or category is told wherever it is.)
    if rel == "apart" and (a.places_direct or b.places_direct) and _far_apart(a, b):
        return False  # values far apart, one tied to its place, the other's sentence naming another: two places'
        # figures ("as many as 200 were detained in Lyon" / "in Nice, where police said about 40 were detained";
        # not "at least 12 injured" in the port and "Fourteen" beside a quarter the report names: claims52)
    evidence = {"different": 2, "apart": 1}.get(rel, 0)
    if not _agree_in(a, b, places, rates) and places.filed_apart(a, b):
        evidence += 2  # different values told of places apart, as the reports' datelines say (dateline.py)
    if a.event_class:
        evidence += cause_distance(a.cause, b.cause)
    da, db = calendar_dates(a.times), calendar_dates(b.times)
    if da and db and not da & db:
        evidence += 2
    evidence += toll_of_other_days(a, b) and not _agree_in(a, b, places, rates)  # ("the day before": other_days.py)
    if a.actors and b.actors and not a.actors & b.actors:
        evidence += 1
    sides = a.share is not None and (a.rebuttal or b.rebuttal or a.share_word or b.share_word)
    if not sides and not _agree_in(a, b, places, rates) and not _strongly_same(a, b):
        return False  # different values are one measure only on strong evidence (a differ verdict rests on it)
    return evidence < 2


SHARE_VERBS = word_set("share_verbs")
DEPLOY_VERBS = word_set("deploy_verbs")


def could_be_same(a: FigureMention, b: FigureMention, places: Places, rates: Rates, people: bool = False) -> bool:
    """Nothing says two mentions are different figures (meaning.py): counts or sums of one counted thing (with
    ``people``, any word for people beside a generic or crew one: identity.py) or currency, equal values (or a range
    and one of its ends), no scope, place, date, name or background evidence apart."""
    if a.dimension != b.dimension or a.dimension not in ("count", "money") or a.share is not None or \
            b.share is not None or a.doc == b.doc and a.start == b.start:
        return False
    if a.unit_code != b.unit_code or a.per and b.per and a.per != b.per:
        return False
    same = a.value == b.value and a.low == b.low and a.high == b.high and a.low == a.high
    rng, pt = (a, b) if a.low != a.high else (b, a)
    bound = rng.low != rng.high and pt.low == pt.high and pt.value in (rng.low, rng.high)  # "250 to 400" / "400"
    if not (same or bound):
        return False
    if acts_apart(a, b) or items_apart(a, b):  # two acts, two items of a list (identity.py)
        return False
    if not (people_kin(a, b) or people and generic_or_crew(a, b) if a.dimension == "count" else
            money_kin(a.head, b.head)):
        return False
    if scope_apart(a, b) or places.relation(a, b) in ("different", "wider", "narrower"):
        return False
    da, db = calendar_dates(a.times), calendar_dates(b.times)
    if da and db and not da & db or a.actors and b.actors and not a.actors & b.actors:
        return False
    return _background(a, rates) == _background(b, rates)


def _same_told(a: FigureMention, b: FigureMention) -> bool:
    """One figure told in other words: the same value, the same specific event, sentences with words in
    common ('three papers published' / 'three new studies published'); not for people, whose counts recur."""
    if a.value != b.value or a.person_unit or b.person_unit or a.event_class or b.event_class:
        return False
    specific = a.event == b.event and a.event is not None and a.event not in WEAK_EVENTS
    return specific and _overlap(a, b) >= CONTEXT_SAME / 2


def _told_again(a: FigureMention, b: FigureMention, places: Places, rates: Rates) -> bool:
    """One sentence rewritten in another report with the same value (restated.told_again), nothing setting the two
    apart: scope words, places, background years or occasions."""
    heads = not a.head or not b.head or a.head == b.head or words_kin(a.head, b.head) or plain_people(a, b)
    return heads and told_again(a, b, _overlap(a, b)) and not scope_apart(a, b) and \
        places.relation(a, b) not in ("different", "wider", "narrower") and \
        _background(a, rates) == _background(b, rates) and not occasions_apart(a.occasion, b.occasion,
                                                                               (a.times, b.times), False)


def _strongly_same(a: FigureMention, b: FigureMention) -> bool:
    """Evidence enough that two different values measure one thing: a casualty class, a running count,
    sentences that tell the same thing, or the same specific event and counted thing."""
    if a.dimension not in ("count", "percent", "money"):
        lo, hi = sorted((max(a.value * a.factor, 1e-9), max(b.value * b.factor, 1e-9)))
        if hi / lo > TOLL_RATIO:
            return False  # "delayed take-off for three-and-a-half hours" is no side of "delayed for two years"
        if a.dimension == "duration" and (a.head and a.head == b.event or b.head and b.head == a.event) and \
                a.head != b.head and a.event not in WEAK_EVENTS and b.event not in WEAK_EVENTS:
            return True  # one length named by its noun and told by its verb ("the year-and-a-half delay" /
            # "delayed the opening for more than two years")
        if one_running_length(a, b):
            return True  # "a seven-month crackdown" / "a nearly eight-month crackdown" (restated.py)
    if a.dimension == "percent" and a.subject and b.subject and not words_kin(a.subject, b.subject):
        return False  # "net income rose 58 percent" / "the number of subscribers rose 12%": two things' changes
    lo, hi = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    if a.dimension not in ("count", "percent", "money"):  # measures in two units compare in one ("17 days" / "three
        lo, hi = sorted((max(a.value * a.factor, 1e-9), max(b.value * b.factor, 1e-9)))  # weeks": 1.2x, not 5.7x)
    if _one_population_or_crowd(a, b) and hi / lo <= (CROWD_RATIO if one_crowd(a, b) else SIZE_RATIO):
        return True  # one place's population, or one crowd, told with other values: reports that differ
    if (a.event_class and a.event_class == b.event_class or a.update and b.update) and hi / lo <= TOLL_RATIO:
        return True  # a running count: updates grow, but not twentyfold
    if a.event_class and a.event_class == b.event_class and hi / lo > TOLL_RATIO:
        return False  # "killed four other people" is not a side of "about 200 people were killed"
    if one_result(a, b) and hi / lo <= TOLL_RATIO:
        return True  # one firm's result told with two values ("profits of $9.7bn" / "$3.2bn in profit"): results.py
    if _frames_apart(a, b):
        return False  # "Freedonia asked for $14 billion in aid" / "Sylvania asked for $18 billion": two frames
    if _overlap(a, b) >= CONTEXT_SAME and not events_apart(a, b):
        return True  # (not "four suicide bombers blew themselves up" / "images showed three bombers")
    if (a.part or b.part) and not events_kin(a.event, b.event):
        return False  # parts of one whole in two events ("met with two of the bombers" / "three of the bombers were
        # shown in the video") are two parts, not one figure told two ways
    if a.assailants and b.assailants and hi / lo <= SIZE_RATIO:
        return True  # two reports' counts of the attackers ("20 men" / "two dozen armed men"): one measure
    if a.dimension in ("category", "magnitude") and (a.update or b.update):
        return True  # "weakened to a Category 2"
    if one_frame(a, b) and hi / lo <= SIZE_RATIO:
        return True  # one thing of one named participant in one event, told with two values (frames.py)
    if a.dimension == "count" and a.head and words_kin(a.head, b.head) and not a.person_unit and \
            not b.person_unit and not (a.vague or b.vague) and not events_apart(a, b) and anchored(a, b):
        if hi / lo <= SIZE_RATIO:
            return True  # 40 firefighters "battled" and 45 "fought", "about 190 nations" / "more than 180
            # countries": one specific thing (one word or kin words), values of a size, in events of one kind
            # (not "four suicide bombers blew themselves up" / "images showed three bombers": kin.events_apart),
            # two acts or a shared name tie them (not "the Yankees had three picks" / "the four picks were": anchors.py)
    specific = a.event == b.event and a.event not in WEAK_EVENTS and a.event is not None
    return specific and (bool(a.head) and heads_kin(a, b) or not a.head and not b.head and a.dimension != "money")


def _same_by_value(a: FigureMention, b: FigureMention) -> bool:
    """The same distinctive value, in the same dimension, in sentences with words in common: one figure
    even when the words for it differ ('59% of proxy votes cast against' / '59% of investors rejected')."""
    if a.dimension != b.dimension or a.unit_code != b.unit_code:
        return False
    if a.low != a.high and b.low != b.high and a.high == b.high and rare(a.high) and abs(a.low - b.low) <= \
            0.01 * a.low:
        return True  # "from around 1.2 million to 499,000 years ago" / "from 1.2 million ... to 500,000 ..."
    same = a.value == b.value and a.high == b.high
    if same and a.low == b.low and a.low != a.high and not (a.vague or b.vague) and (
            distinctive(a.low, a.percent) or distinctive(a.high, a.percent)):  # (not "dozens" / "dozens": 12-99)
        return True  # one range told with both its ends alike ("a 25-40% cut" / "a range of 25-40%"): one figure
    return same and (rare(a.value) or distinctive(a.value, a.percent) and _overlap(a, b) >= CONTEXT_SAME / 3)


def _affinity(a: FigureMention, b: FigureMention, rates: Rates) -> float:
    score = 3.0 if _agree(a, b, rates) else 0.0
    score += 2 if a.event == b.event and a.event not in WEAK_EVENTS else 0  # ("be" says nothing of what is told)
    score += 1 if a.unit.lower() == b.unit.lower() else 0
    score += 4 if a.value == b.value and a.high == b.high else 0
    lo, hi = sorted((max(a.value, 1e-9), max(b.value, 1e-9)))
    score += 1.5 if hi / lo <= SIZE_RATIO else 0.5 if hi / lo <= 3 else 0  # near values, nearer meaning
    score += 1 if a.places and set(a.places) & set(b.places) else 0
    score += 4 * _overlap(a, b)
    if a.participants and b.participants and share_participant(a.participants, b.participants):
        score += NAMED_FIRST  # ("Tarn weakened to a Category 2" joins "Tarn, a Category 3 storm" before an unnamed 2)
    if a.plural_cause is not None and b.plural_cause is not None and a.plural_cause != b.plural_cause:
        score -= 10  # a toll of "the attacks" (all of them) and one of "the blast" join last: each first joins the
        # tolls told of its own scope, so a sum over incidents does not pull the toll of one away from its row
    return score


def rule_pair(a: FigureMention, b: FigureMention, places: Places, rates: Rates, lone: bool) -> bool:
    """The hand rules' decision on a pair: compatible, or one sentence told again (``lone``: each value the only
    one of its kind in its sentence)."""
    return compatible(a, b, places, rates) or _told_again(a, b, places, rates) and (lone or same_phrase(
        *(phrase_words(places.texts.get(m.doc, ""), m) for m in (a, b)))) or _one_speakers_figure(a, b, rates)


BIG_FIGURE = 1e6  # a count or sum this large, the same to the unit, does not recur by chance in one speaker's words


def _one_speakers_figure(a: FigureMention, b: FigureMention, rates: Rates) -> bool:
    """One named speaker's large figure told by two reports in two framings ("Pichai announced that Android is on
    track to hit 900 million device activations" / "Pichai announced that 900 million phones … have been
    activated"): the same value to the unit, one's counted noun the other's verb or noun (claims62)."""
    sa, sb = a.speaker, b.speaker
    if a.doc == b.doc or sa is None or sb is None or "named" not in (sa.kind, sb.kind) or sa.head != sb.head:
        return False
    if a.dimension != b.dimension or a.dimension not in ("count", "money") or a.unit_code != b.unit_code or \
            (a.value, a.low, a.high) != (b.value, b.low, b.high) or a.value * a.factor < BIG_FIGURE:
        return False
    kin = any(x and y and words_kin(x, y) for x, y in ((a.head, b.head), (a.head, b.event), (a.event, b.head)))
    return kin and not scope_apart(a, b) and _background(a, rates) == _background(b, rates)


def pair_signals(a: FigureMention, b: FigureMention, places: Places, rates: Rates, lone: bool) -> Signals:
    """What the rules compute of a pair, for the learned pair model (pair_model.py)."""
    return Signals(rule_pair(a, b, places, rates, lone), _told_again(a, b, places, rates), _overlap(a, b),
                   places.relation(a, b) if a.places and b.places else "none", scope_apart(a, b),
                   occasions_apart(a.occasion, b.occasion, (a.times, b.times), False),
                   _background(a, rates) != _background(b, rates))


def group_mentions(mentions: Sequence[FigureMention], places: Places, rates: Rates) -> list[Group]:
    """Complete-linkage grouping, closest pairs first (module docstring)."""
    ms = sorted(mentions, key=lambda m: (m.doc_index, m.start))
    buckets: dict[tuple[str, bool], list[int]] = {}
    for i, m in enumerate(ms):
        buckets.setdefault((m.dimension, m.share is not None), []).append(i)
    ok: set[tuple[int, int]] = set()
    pairs: list[tuple[float, int, int]] = []
    lone = lone_values(ms)
    names = listed_holders(ms, places.texts)  # (subjects.py, claims40)
    tallied = tallied_shares(ms)  # (claims76)
    for idx in buckets.values():
        for x, i in enumerate(idx):
            for j in idx[x + 1 :]:
                if holders_apart(ms[i], ms[j], names) or owners_apart_of(ms[i], ms[j]) or acts_apart(ms[i], ms[j]) or \
                        tally_apart(ms, i, j, tallied) or items_apart(ms[i], ms[j]):
                    continue  # "James finished with ... 10 assists" / "Paul had ... 10 assists": two players'
                if rule_pair(ms[i], ms[j], places, rates, i in lone and j in lone):
                    ok.add((i, j))
                    sides = set_against(ms[i], ms[j], places.texts.get(ms[i].doc, ""))
                    pairs.append((_affinity(ms[i], ms[j], rates) + SIDES_FIRST * sides, i, j))
    return [Group([ms[i] for i in g]) for g in complete_link(len(ms), pairs, ok)]


def complete_link(n: int, pairs: list[tuple[float, int, int]], ok: set[tuple[int, int]]) -> list[list[int]]:
    """Complete linkage over ``n`` items: ``pairs`` (score, i, j) taken best first, two groups joined only when every
    cross pair is in ``ok`` (i < j). The groups' sorted indices, in order of their first member."""
    pairs = sorted(pairs, key=lambda p: (-p[0], p[1], p[2]))
    owner = list(range(n))
    members: dict[int, list[int]] = {i: [i] for i in range(n)}
    for _, i, j in pairs:
        a, b = owner[i], owner[j]
        if a == b or not all((min(x, y), max(x, y)) in ok for x in members[a] for y in members[b]):
            continue
        for x in members[b]:
            owner[x] = a
        members[a].extend(members.pop(b))
    return [sorted(g) for _, g in sorted(members.items())]


def _frames_apart(a: FigureMention, b: FigureMention) -> bool:
    """Two clauses that name only different participants, by name or by a common noun the story's one name of its
    kind stands for ("the storm" after "Typhoon Xan" / after "Typhoon Yul"; referents.py)."""
    x, y = a.participants or a.referent, b.participants or b.referent
    return bool(x and y) and not share_participant(x, y)
