"""The record of one figure read as a claim (``FigureMention``): what is counted, the event, where, when, who says so.

``extract.mentions_of`` builds these; grouping, verdicts and the table read them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .attribution import Speaker
from .counted import PERSON_NOUNS
from .label_check import LabelGist
from .reaches import NO_REACH, Reach


@dataclass(frozen=True, slots=True)
class Quantity:
    """Whose a percentage or a sum is (words in text order, names as written, common nouns as lower-case lemmas)
    and its kind: "change", "level" or "" (quantity_holder.py, claims90)."""

    holder: tuple[str, ...] = ()
    kind: str = ""


@dataclass(slots=True)
class FigureMention:
    """One figure in one document, read as a claim: what is counted, event, place, time, speaker."""

    doc: str
    doc_index: int
    start: int  # character offsets in the document text
    end: int
    text: str
    value: float
    low: float
    high: float
    qualifier: str | None
    vague: bool
    unit: str  # the counted thing as written ("Kalibr cruise missiles"), or the unit / currency
    head: str  # the counted or measured thing's head word, lemma, lower case ("missile"); "" if none
    event: str | None  # verb or event noun lemma ("launch")
    event_text: str | None  # as written ("launched")
    event_class: str | None  # casualty class ("killed") or None
    role: str  # how the counted thing takes part: "subject" | "object" | "other"
    negated: bool = False
    percent: bool = False
    base: float | None = None
    share: float | None = None
    dimension: str = "count"  # count | percent | money | length | speed | duration | ... (numbers.py)
    unit_code: str | None = None  # "USD", "km/h", "ft" for money and measures
    factor: float = 1.0  # to the dimension's base unit (money: 1; converted at grouping, by year)
    unit_offset: float = 0.0  # added before the factor (Fahrenheit to Celsius)
    slack: float = 0.0  # rounding allowed, in the figure's own unit (verdicts.rounding)
    conversion: str = ""  # the same figure in a second unit, as written ("81 mph")
    places: list[str] = field(default_factory=list)
    places_direct: bool = False
    times: list[str] = field(default_factory=list)
    years: frozenset[str] = frozenset()  # years named in the event's clause ("2014")
    scope: frozenset[str] = frozenset()  # scope words on the counted thing ("younger", "insured")
    sides: tuple[float, float] | None = None  # a vote's side: the tally it is one side of ("12-11"; tallies.py)
    running: bool = False  # told in a present perfect, a total up to now ("has conducted five tests": running.py)
    actors: frozenset[str] = frozenset()  # names tied to the counted thing or event ("Zeb", "Shell")
    context: frozenset[str] = frozenset()  # content lemmas of the clause, for grouping by meaning
    speaker: Speaker | None = None
    rebuttal: bool = False  # stated against a claim: negated, "only", "at best"
    sentence: tuple[int, int] = (0, 0)  # the sentence's character span in the document
    cause: str | None = None  # what caused a casualty ("strike", "crash"), lemma
    frame: str = ""  # the words around the figure that say what it is, for the "what" column
    counted: str = ""  # the counted noun as written ("strikes"); "" for a bare percentage
    event_noun: bool = False  # the event is a noun ("the murder of 129 people")
    share_word: bool = False  # a share in words ("most of the strikes"): kept only beside numeric shares
    disputed: bool = False  # the speaker denies or disputes it ("denied that 20 civilians were killed")
    update: bool = False  # told as a running count ("the toll rose to 151", "so far")
    previous: bool = False  # an earlier value of a changing measure ("rose from $1 million")
    revised: bool = False  # a withdrawn estimate ("upgraded the magnitude from 9.0")
    part: bool = False  # a part of a whole named just before ("Of the 129 deaths, 67 were ...")
    included: bool = False  # a part of a figure before it in its sentence ("15,000 soldiers, including 5,000 ...")
    new_referent: bool = False  # an age said of someone introduced by it ("a twelve year old said ...")
    projected: bool = False  # a forecast or projection ("the toll could climb beyond 150,000")
    hedge: str = ""  # "if" (a condition's figure) or "expected" (a forecast's), surroundings.hedge; "may", modals.py
    forecast: bool = False  # in the object of someone's verb of forecast ("analysts expect Acme to report $1.10")
    joint: bool = False  # its places are all joined ("in Romania and Bulgaria"): a sum over them
    plural_cause: bool | None = None  # casualties of causes in the plural ("the storms left 370 dead") or not
    home: tuple[str, ...] = ()  # the places of its report's wire dateline ("Warsaw", "Poland"), dateline.py
    size_of: str = ""  # what a size modifier counts ("country" in "a 188-country study"), lemma; "" if none
    people_word: bool = False  # it counts people by a role or a nationality ("bombers", "shoppers", "Israelis")
    assailants: bool = False  # it counts the people who did an assault or a harm ("20 men attacked", "by 24 men")
    nationality: str = ""  # the nationality it counts people by ("britons", "british" in "three British engineers")
    age_at: bool = False  # an age at some moment ("at age 15", "at the age of 50"), ages.age_at_a_moment
    title_age: bool = False  # an age whose noun is a body's name in a post ("the 60-year-old former Navy Seal")
    subject: str = ""  # the lemma of the event verb's subject, for a measure with no noun ("passengers were delayed")
    per: str = ""  # a rate's period or head ('hour' in "$15 an hour", 'person'), rates.py; '' if none
    condition: str = ""  # the figures a share's clause states its subset by (relations.share_condition)
    bearing: str = ""  # the compass bearing a distance is told with ('northwest' of a place), rates.bearing
    origin: str = ""  # the place that bearing is told from ("Perth" in "west-northwest of Perth"), rates.bearing_origin
    reach: Reach = NO_REACH  # the phrase a distance's unit opens ("west of Skerry Rock"), its aside's holder and
    # measure noun ("Ardmore, 20 km north of the dam"; "a range of 240 km west of X"), reaches.py (claims92)
    predicate: str = ""  # a duration's verb with its subject and complement ("stayed in prison"), predicates.py
    since_last: bool = False  # a span told as the gap since the last time ("the first eclipse in 152 years"), gaps.py
    recurring: bool = False  # how often something comes round ("every 33 years"), intervals.py
    participants: frozenset[str] = frozenset()  # names of who or what its clause is about (frames.py)
    referred: frozenset[str] = frozenset()  # ... and those a pronoun of the clause stands for ("It has been unable")
    referent: frozenset[str] = frozenset()  # the name "the storm", "the carrier" stands for (referents.py)
    argument: bool = False  # the counted thing is its event's subject, object or agent (frames.direct_argument)
    period: str = ""  # the label of a yearly table's line ("2010", "2013 (figures up to 16 July)"), extract.py
    doers: frozenset[str] = frozenset()  # named subjects of its sentence's verbs other than saying (doers.py)
    owner: frozenset[str] = frozenset()  # whose figure it is, as name words ("held Ames to 12 votes": ames), owners.py
    occasion: tuple[tuple[str, str, str], ...] = ()  # event nouns of its clause: (lemma, kind, ordinal), occasions.py
    told_old: bool = False  # a span told as a thing's age, "N years old" (table: "age (yr)", claims66)
    modifiers: frozenset[str] = frozenset()  # nouns compounded before its head ("negotiation process"), phrase_kin.py
    holder: str = ""  # the clause's holder as written ("old bridge": "the old bridge measures 300 m"), clause_holder.py
    holder_key: frozenset[str] = frozenset()  # its words' lemmas: two keys with no word in common are two things'
    named: str = ""  # what the parse ties a count or sum to, or its clause's words quoted (named.py); "" if neither
    past: str = ""  # the date of its own clause that sets it before the report ("2015", "last month"), past_times.py
    side: str = ""  # the side of a vote's or poll's result a share is of, as written ("Leave"), vote_sides.py
    side_key: str = ""  # ... its key for joining ("leave", "against independence"); "" when none
    contest: str = ""  # the vote or poll it is of, as written ("EU referendum", "YouGov poll"); "" when none
    contest_kind: str = ""  # "poll" or "vote"; "" when none
    pollster: str = ""  # the poll's pollster, lower case; "" when none
    quantity: Quantity = Quantity()  # whose a percentage is, and a change or a level (quantity_holder.py)
    gist: LabelGist | None = None  # its sentence's parse for checking its row's what, and a what built from it

    @property
    def person_unit(self) -> bool:
        return self.head in PERSON_NOUNS

    @property
    def measure(self) -> bool:
        """A measured amount (money, km, percent ...), not a count of things."""
        return self.dimension not in ("count",)

    @property
    def currency(self) -> str | None:
        return self.unit_code if self.dimension == "money" else None
