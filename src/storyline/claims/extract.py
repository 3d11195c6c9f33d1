"""From a parsed paragraph to figure mentions: what is counted, the event, where, when, who says so.

For each figure (``numbers.py``): the counted or measured thing and its event
(``counted.py``), the places and their containment (``scope.py``), the dates in the
event's clause, the speaker (``attribution.py``), and the *scope words* that set one
figure of a kind apart from another in the same report: modifiers of the counted thing
("younger patients", "insured losses", "cash bonus") and years named in the clause
("2014" vs "2015").

Not claims: a figure that counts nothing (a pronoun: "two of them"; a singular word
after a number, which is a bad parse), an address or name ("10 Downing Street"), a bare
"1", a number referring back ("the two nations", "her two sons"), "100 percent effort".
Elliptical counts take their thing from the figure before them in the sentence ("killed
74 people ... and 43 more in Taiwan"), a bare number that is the subject of a casualty
verb counts people ("at least 129 died"), and a number under "Of the 129 deaths, ..."
counts deaths. A figure stated as an earlier value of a changing measure ("rose from X to
Y") is marked ``previous``; a running count ("the toll rose to", "so far") ``update``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS, RECENT_YEAR_PATTERN, weekday_names
from ..model import Analysis
from ..newswriting import dateline_end
from ..parses import parsed
from . import bare
from .ages import age_at_a_moment
from .attribution import ParagraphSpeakers, Speaker
from .counted import (
    INTRANSITIVE,
    NOUN_CLASSES,
    PERSON_NOUNS,
    SUFFER_VERBS,
    TIME_UNITS,
    TOLL_NOUNS,
    cause_of,
    causes_plural,
    counted_noun,
    disputed,
    event_class,
    event_of,
    is_anaphoric,
    lemma,
    numbered_tally,
    unit_tokens,
)
from .dateline import after_dateline
from .exclusions import change_end as _change_end
from .exclusions import model_number, stat_line
from .frames import direct_argument, participants
from .gaps import since_last
from .grammar import without_piece
from .intervals import recurring
from .journeys import origin_tokens
from .magnitudes import is_negated, negated_ceiling
from .numbers import Figure, find_figures
from .occasions import occasions_of
from .parts import part_unit
from .populations import POPULATION, POPULATION_WORDS, population_noun
from .rates import bearing, rate_of
from .referents import Kinds, clause_referents, names_of_kinds
from .relations import (
    comparison,
    included,
    list_item,
    new_referent,
    rate,
    relative_period,
    share_condition,
    shared_subject_years,
)
from .scope import LENGTH_UNITS, containment, exclude_speaker, joint_places, locational, region_of, sentence_places
from .surroundings import actors as _actors
from .surroundings import change as _change
from .surroundings import hedge as _hedge
from .surroundings import projected as _projected
from .surroundings import scope_words as _scope_words
from .verdicts import rounding
from .victims import not_a_casualty
from .vocab import currencies, units, word_set
from .who import ACTOR_NOUNS, assailants, nationality, people_word, subject_of, suspect_head
from .wording import counted_text, frame, tokens_text

INVARIANT_PLURALS = word_set("invariant_plurals")
TERM_NOUNS = word_set("term_nouns")
LEGAL_VERBS = word_set("legal_verbs")
CASUALTY_CLASSES = frozenset(word_set("casualty_order"))
REPORT_VERBS = word_set("report_verbs")
ELLIPSIS_BEFORE = word_set("ellipsis_before")
MULTIPLIER_AFTER = word_set("multiplier_after")
MONEY_WORDS = frozenset(w.rstrip("s") for w in currencies() if w.isalpha()) | {"dollar", "pound", "cent"}
_CALENDAR = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+|[A-Z][a-z]{2,}\.? \d{1,2}\b|\d{4}-\d{2}-\d{2})"
)
_YEAR = re.compile(rf"^{RECENT_YEAR_PATTERN}$")
# "Swissair Flight 111", "the Apollo 11 crew": a capitalised word inside a sentence, then a number
_NAMED_NUMBER = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z-]+)\.? (\d{1,5})\b(?![,.]?\d)")
_NOT_NAMES = frozenset(MONTHS) | frozenset(weekday_names(abbreviations=False)) | {"category", "magnitude"}


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
    hedge: str = ""  # "if" (a condition's figure) or "expected" (a forecast's), surroundings.hedge
    joint: bool = False  # its places are all joined ("in Romania and Bulgaria"): a sum over them
    plural_cause: bool | None = None  # casualties of causes in the plural ("the storms left 370 dead") or not
    home: tuple[str, ...] = ()  # the places of its report's wire dateline ("Warsaw", "Poland"), dateline.py
    size_of: str = ""  # what a size modifier counts ("country" in "a 188-country study"), lemma; "" if none
    people_word: bool = False  # it counts people by a role or a nationality ("bombers", "shoppers", "Israelis")
    assailants: bool = False  # it counts the people who did an assault or a harm ("20 men attacked", "by 24 men")
    nationality: str = ""  # the nationality it counts people by ("britons", "british" in "three British engineers")
    age_at: bool = False  # an age at some moment ("at age 15", "at the age of 50"), ages.age_at_a_moment
    subject: str = ""  # the lemma of the event verb's subject, for a measure with no noun ("passengers were delayed")
    per: str = ""  # a rate's period or head ('hour' in "$15 an hour", 'person'), rates.py; '' if none
    condition: str = ""  # the figures a share's clause states its subset by (relations.share_condition)
    bearing: str = ""  # the compass bearing a distance is told with ('northwest' of a place), rates.bearing
    origin: str = ""  # the place that bearing is told from ("Perth" in "west-northwest of Perth"), rates.bearing_origin
    since_last: bool = False  # a span told as the gap since the last time ("the first eclipse in 152 years"), gaps.py
    recurring: bool = False  # how often something comes round ("every 33 years"), intervals.py
    participants: frozenset[str] = frozenset()  # names of who or what its clause is about (frames.py)
    referred: frozenset[str] = frozenset()  # ... and those a pronoun of the clause stands for ("It has been unable")
    referent: frozenset[str] = frozenset()  # the name "the storm", "the carrier" stands for (referents.py)
    argument: bool = False  # the counted thing is its event's subject, object or agent (frames.direct_argument)
    occasion: tuple[tuple[str, str, str], ...] = ()  # event nouns of its clause: (lemma, kind, ordinal), occasions.py

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


def mentions_of(analysis: Analysis, doc_index: int, containers: list[tuple[str, str]]) -> list[FigureMention]:
    """Every claim-worthy figure of one analysed document (``containers`` collects place containment)."""
    out: list[FigureMention] = []
    previous: Speaker | None = None
    prev_subject: Speaker | None = None
    prev_first: FigureMention | None = None  # first figure of the last paragraph with figures
    names = _name_numbers(analysis.doc.text)
    lede: Kinds = {}
    for para in analysis.paragraphs:
        doc: Doc = parsed(para)
        lede = lede or names_of_kinds(doc)  # the report's first paragraph (referents.py)
        speakers = ParagraphSpeakers(doc, para.offset, previous, prev_subject)
        for sent in speakers.sents:
            containers.extend(containment(sent, sentence_places(sent)))
        before: FigureMention | None = None
        head = para.offset == analysis.paragraphs[0].offset and dateline_end(para.text)  # "WASHINGTON – Two …"
        item = None if head else list_item(para.text)  # a wire dateline is no list line's label (claims33)
        listed = prev_first if item else None  # a list line continues the figure before it
        first: FigureMention | None = None
        figures = find_figures(doc)
        for fig in figures:
            m = _mention(analysis, doc_index, para.offset, doc, fig, speakers, before, listed, lede)
            if m is not None and m.share is not None:
                m.condition = share_condition(doc, fig, figures)
            if m is not None and m.dimension == "duration":
                m.recurring = recurring(doc, fig.num, fig.value)  # "every 33 years" (intervals.py)
            if m is not None and m.text in names and m.event_class is None and not m.update:
                continue  # "a cause of 111" in a report about "Flight 111": the name, not a count
            if m is not None:
                if item:
                    _label(m, item, para.offset)
                out.append(m)
                before = before if m.size_of and before is not None else m  # (a size says what a body is like)
                first = first or m
            listed = None
        prev_first = first or prev_first
        previous, prev_subject = speakers.last_named()
    return out


@dataclass(slots=True)
class _Counted:
    """What a figure counts, as read before the mention is built."""

    noun: Token | None
    head: str
    unit: str
    inherit: FigureMention | None = None  # "43 more": the figure whose thing this one counts
    part: bool = False  # "Of the 129 deaths ..., 67 were ...": a part of a whole named before
    change: bool = False  # the other end of a change ("to 17 from 36"): it takes the scope of the end it inherits


def _bare_subject(doc: Doc, fig: Figure, before: FigureMention | None, offset: int,
                  listed: FigureMention | None = None) -> _Counted | None:
    """A number with no noun: '43 more in Taiwan', 'at least 129 died', 'Of the 129 deaths, 67 were ...',
    '37,847 of them', 'the 350 million that was promised' after '322 million U.S. dollars', a list line."""
    tok = doc[fig.num]
    nxt = doc[fig.end].lower_ if fig.end < len(doc) else ""
    sent_span = (offset + tok.sent.start_char, offset + tok.sent.end_char)
    same = before if before is not None and before.sentence == sent_span else None
    first = bare.read_first(doc, fig) or bare.numbered_subject(doc, fig)  # "30 percent of people - 2.1 billion",
    # "the hall held at least 250", "the Jews in Croatia, who number about 2,000"
    if first is not None:
        return _Counted(*first)
    if listed is not None and fig.dimension == "count" and not fig.percent:
        return _Counted(None, listed.head, listed.unit, inherit=listed)  # "* Sri Lanka - approximately 28,500"
    if same is not None and (nxt in ("more", "others", "other") or same.dimension == "money" and
                             fig.dimension == "count" and fig.value >= 1000 and same.value >= 1000):
        return _Counted(None, same.head, same.unit, inherit=same)
    prv = doc[fig.start - 1].lower_ if fig.start > 0 else ""
    if same is not None and same.dimension == fig.dimension and bare.conjoined_object(doc, fig, same.event):
        return _Counted(tok, same.head, same.unit)  # "canonized 270 people and beatified close to 800": its own verb
    if same is not None and same.dimension == fig.dimension and (prv in ELLIPSIS_BEFORE or tok.dep_ == "conj" or
                                                                 bare.gapped(doc, fig, same.end - offset)):
        return _Counted(None, same.head, same.unit, inherit=same)  # "90 lives, including 30 in Romania", "and 51 with"
    if nxt in ("aboard", "on") and (nxt == "aboard" or doc[fig.end + 1].lower_ == "board" if fig.end + 1 < len(doc)
                                    else False):
        return _Counted(tok, "people", "people on board")  # "a jet with 228 on board"
    kin = same or (before if before is not None and before.dimension == "count" and before.counted else None)
    if kin is not None and nxt == "of" and fig.end + 1 < len(doc) and doc[fig.end + 1].lower_ in ("them", "these",
                                                                                              "those"):
        return _Counted(None, kin.head, kin.unit, inherit=kin, part=True)  # "37,847 of them"
    whole = bare.partitive_whole(doc, fig) if nxt == "of" else None
    if whole is not None:  # "four of 12 spending bills", "21.3 million of these cars": a part of a named whole
        # (a modifier's own compound too: "eight of its Hong Kong shares"; not "20 high points": parts.py, claims40)
        return _Counted(whole, lemma(whole), part_unit(fig, whole), part=True)
    if fig.dimension == "count" and not fig.percent and _change_end(doc, fig.start, fig.end):
        if same is not None and same.dimension == "count" and same.counted and same.share is None:
            return _Counted(None, same.head, same.unit, inherit=same, change=True)  # "to 22 planes from 57"
        changed = bare.change_end(doc, fig.end)
        if changed is not None:
            return _Counted(changed, lemma(changed), changed.text)  # "cut its domestic routes to 17": routes
    if tok.dep_ in ("nsubj", "nsubjpass"):
        sent = tok.sent
        part = next((t for t in sent if t.i < tok.i and t.lower_ == "of" and t.i == sent.start), None)
        if part is not None:
            obj = next((c for c in part.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return _Counted(obj, lemma(obj), obj.text, part=True)
        verb = tok.head
        if verb.pos_ in ("VERB", "AUX") and (event_class(verb, tok) in CASUALTY_CLASSES or lemma(verb) in LEGAL_VERBS):
            return _Counted(tok, "people", "people")  # "at least 129 died", "Three were indicted", "two were freed"
    last = bare.read_last(doc, fig)  # "killed 60 and injured 162", "about 400 were inside", "65 dead" ...
    return _Counted(*last) if last is not None else None


def _counted(doc: Doc, fig: Figure, before: FigureMention | None, offset: int,
             listed: FigureMention | None) -> _Counted | None:
    """The counted or measured thing of a figure, or None when it is not a claim (module docstring)."""
    if fig.dimension == "age":
        holder = bare.age_holder(doc, fig)
        if holder is not None and holder.pos_ == "NOUN" and holder.dep_ == "appos" and holder.head.pos_ == "PROPN":
            holder = holder.head  # "said Zaken, a 23-year-old secretary": Zaken's age
        return _Counted(holder, lemma(holder) if holder is not None else "", "age")
    if fig.tally is not None:  # "voted 314-214": one side of a vote or a score (grammar.py)
        return _Counted(None, f"vote {fig.tally}", f"votes {fig.tally}")
    noun = counted_noun(doc, fig)
    if (noun is None or noun.i == fig.end) and fig.end < len(doc) and model_number(doc, fig.end, fig.end + 1):
        noun = doc[fig.end].head  # "five 787 Dreamliner sales": the sales, past the model's number (claims29)
    people = population_noun(doc, fig, noun if noun is not None and noun.pos_ != "PRON" else None)
    if people is not None:
        unit = people.text if lemma(people) in POPULATION_WORDS else "people"  # (not "4,000,000 country")
        return _Counted(people, POPULATION, unit)  # "Croatia's 4.7 million population" (populations.py)
    if fig.percent and noun is not None and noun.pos_ == "PRON":  # "80% of those killed were women"
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl")), None)
        return _Counted(clause, lemma(clause), "percent of " + doc[noun.i : clause.i + 1].text) \
            if clause is not None else None
    if fig.dimension not in ("count", "percent") and not fig.modifier:
        unit = fig.currency_code or (fig.unit.name if fig.unit else fig.dimension)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i >= 0:
            return _Counted(noun, lemma(noun), unit)
        return _Counted(None, "", unit)
    if noun is None or noun.pos_ == "PRON" or noun.i == fig.num and fig.dimension == "count":
        return _bare_subject(doc, fig, before, offset, listed)
    head = lemma(noun)
    if fig.percent and fig.start <= noun.i < fig.end:
        head = "percent"  # a bare percentage ("1.8 per cent"): it counts nothing named
    if noun.lower_ == "times" and noun.i == fig.end and _low_at(doc, noun.i + 1) not in MULTIPLIER_AFTER:
        return _Counted(noun, "time", "times")  # "shot four times", "stopped 419 times" (not "three times as many")
    if head in TIME_UNITS and not (fig.dimension == "duration" and head in TERM_NOUNS) or \
            noun.ent_type_ in ("DATE", "TIME"):
        return None  # ("a 30-month prison term": the length of a term is a figure)
    model_plural = noun.text[-1:] == "s" and any(ch.isdigit() for ch in noun.text)  # "15 MD-11s", "three 747s"
    if noun.pos_ == "PROPN" and (noun.tag_ != "NNPS" or noun.ent_type_ in ("FAC", "GPE", "LOC")) and not model_plural \
            and not (fig.modifier and fig.dimension == "count") and not (fig.percent and noun.i > fig.num):
        return None  # "10 Downing Street": an address or a name, not a count (but "the 86-member Assembly" is
        # the size of a named body, and "14 percent of Aerolux" a share of a named territory or company)
    countable = noun.tag_ in ("NNS", "NNPS") or head in INVARIANT_PLURALS or head in NOUN_CLASSES or fig.modifier \
        or model_plural \
        or noun.i < fig.start and doc[fig.num].head.lower_ == "of" \
        or doc[fig.num].lower_ == "one"  # "a delegation of 400"; "one policeman was killed" (numbers._one_harmed)
    if not (fig.percent or fig.base is not None or countable or head in TOLL_NOUNS or head in ("percent", "%")):
        # "3,000 pray": a singular word after a number counts nothing
        return _bare_subject(doc, fig, before, offset, listed)
    unit = tokens_text(unit_tokens(doc, fig, noun)) if not fig.modifier else bare.modifier_unit(doc, fig, noun, (
        tokens_text(without_piece([t for t in noun.subtree if fig.end <= t.i <= noun.i]))))
    if fig.glued:
        unit = f"{fig.glued} {unit}".strip()
    return _Counted(noun, head, unit)


def _low_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def _reject(doc: Doc, fig: Figure, c: _Counted) -> bool:
    """Figures that are not claims (module docstring)."""
    if fig.value == 1 and not (fig.percent or fig.dimension != "count" or fig.tally) and doc[fig.num].lower_ != "one":
        return True  # "1": a rank or a name far more often than a count ("one" is read only as a casualty count)
    if fig.percent and fig.value == 100 and fig.of_token is None and c.head in ("percent", "%"):
        return True  # "100 percent effort"
    if c.noun is not None and fig.base is None and not fig.percent and fig.dimension == "count" and \
            c.inherit is None and not fig.modifier and is_anaphoric(doc, fig, c.noun) and fig.value < 100 and \
            c.head not in NOUN_CLASSES \
            and not _opening_count(doc, fig, c):
        return True  # "the two nations" (not "Of the 129 deaths reported so far", "the 47 deaths as of Wednesday")
    if (fig.dimension != "count") and fig.vague and not fig.share_word:
        return True  # "a few hundred metres": not a claim
    if fig.vague and c.head in MONEY_WORDS:
        return True  # "millions of dollars": says nothing one could check
    if rate(doc, fig) or stat_line(doc, fig.num):
        return True  # "worked seven days a week": a rate, not a length of time; "Ortiz 21 points.": a box score
    if fig.dimension == "duration" and _period_of_toll(doc[fig.end - 1]):
        return True  # "the death toll from three weeks of frost": the period the toll covers, not a figure
    return fig.share_word and (c.noun is None or c.noun.i < fig.end or c.head in PERSON_NOUNS and fig.vague)
    # ("most of the people": says little; "a third of the residents", "half the workers": a share, as "33 percent")


def _opening_count(doc: Doc, fig: Figure, c: _Counted) -> bool:
    """'The three suspects remain at large': a sentence that opens with 'The N' people (lexicon actor_nouns)
    as its subject states how many there are, as a figure (not 'the two nations', 'the two men said')."""
    noun = c.noun
    if noun is None or fig.start < 1 or doc[fig.start - 1].lower_ != "the":
        return False
    opens = doc[fig.start - 1].i == doc[fig.start - 1].sent.start
    return opens and noun.dep_ in ("nsubj", "nsubjpass") and c.head in ACTOR_NOUNS and \
        lemma(noun.head) not in REPORT_VERBS


def _period_of_toll(unit: Token) -> bool:
    """Is this unit word the object of 'from', 'over' or 'during' hung on a toll noun, or on a verb whose
    object is one ('the toll from two weeks of frost', 'raising the toll from two weeks of frost to 74')?"""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in ("from", "over", "during"):
        return False
    held = [prep.head, *(c for c in prep.head.children if c.dep_ in ("dobj", "nsubj"))]  # "raising the toll from"
    return any(lemma(t) in TOLL_NOUNS for t in held)


def _event(doc: Doc, fig: Figure, c: _Counted) -> tuple[Token | None, str, str | None]:
    """(event token, role, casualty class) of a figure."""
    if fig.whole or c.head == POPULATION and not fig.percent:
        return None, "other", None  # "two of the three men were arrested": three men, not three arrested; a
        # population is of its place, whatever its clause tells (populations.py)
    if c.noun is None or c.part or fig.dimension not in ("count", "percent") and c.noun.i < fig.start:
        anchor = doc[fig.num]
    elif fig.percent:
        anchor = doc[fig.end - 1] if c.noun.i < fig.start or c.noun.i >= fig.end else c.noun
    else:
        anchor = doc[fig.num] if fig.base is not None or fig.of_token else c.noun
    event, role = event_of(anchor)
    noun = c.noun if c.noun is not None else doc[fig.num]
    cls = c.inherit.event_class if c.inherit is not None else event_class(event, noun)
    if c.inherit is not None and c.noun is None and c.part and cls is None:
        cls = event_class(event, noun)  # "a fire that killed 67 of them": its own verb says what befell them
    if c.head == "people" and c.noun is not None and c.noun.i == fig.num:
        cls = event_class(event, noun) or cls
    agent = role == "subject" and event is not None and lemma(event) not in INTRANSITIVE and \
        lemma(event) not in SUFFER_VERBS  # ("162 people suffered injuries": they suffered them)
    named = c.head in NOUN_CLASSES or c.head in TOLL_NOUNS
    if cls and agent and not named and c.noun is not None and c.noun.i != fig.num and not c.part:
        cls = None  # "a 7.0 quake killed ...": the counted thing did it, it did not suffer it
    if cls == "missing" and role == "object" and event is not None and event.lower_.startswith("miss"):
        cls = None  # "missing three mortgage payments": missed, not missing
    if cls is not None and fig.dimension == "money" and c.inherit is None:
        return None, role, None  # "listed their home, shortly before they died, for $7 million": no one's toll
    return event, role, cls


def _context(sent: Span, fig: Figure) -> frozenset[str]:
    """Content-word lemmas of the sentence (nouns, verbs, adjectives, names), for grouping by meaning."""
    return frozenset(lemma(t) for t in sent if t.pos_ in ("NOUN", "VERB", "ADJ", "PROPN") and not t.is_stop
                     and not (fig.start <= t.i < fig.end) and t.is_alpha)


def _unit_code(fig: Figure) -> str | None:
    """The mention's unit or currency code; none for an age, which is in years whether written
    "Pinochet, 82," or "the 82-year-old" (a unit code on one only made the two differ)."""
    if fig.dimension == "age":
        return None
    return fig.currency_code or (fig.unit.name if fig.unit else None)


def _factor(fig: Figure) -> float:
    """To the dimension's base unit: an age's is the year ("a 10-month-old": 10/12)."""
    if fig.unit is None:
        return 1.0
    return fig.unit.factor / units()["year"].factor if fig.dimension == "age" else fig.unit.factor


def _span(doc: Doc, fig: Figure, c: _Counted, event: Token | None, offset: int) -> tuple[int, int]:
    """Character span of the mention in the document: the figure, its counted noun, a verb just before."""
    noun = c.noun
    start = offset + fig.char_start
    end = offset + fig.char_end
    if noun is not None and noun.i >= fig.end and noun.i - fig.end < 8:
        end = offset + noun.idx + len(noun.text)
    if event is not None and noun is not None and event.i == noun.i + 1 and event.dep_ == "acl" and \
            offset + event.idx > start:
        end = max(end, offset + event.idx + len(event.text))
    if event is not None and event.i == fig.start - 1 and event.pos_ == "VERB":
        start = offset + event.idx  # "launched 26 missiles", "killing about 20 people"
    return start, end


def _mention(
    analysis: Analysis, doc_index: int, offset: int, doc: Doc, fig: Figure, speakers: ParagraphSpeakers,
    before: FigureMention | None, listed: FigureMention | None = None, lede: Kinds | None = None,
) -> FigureMention | None:
    c = _counted(doc, fig, before, offset, listed)
    if c is None or _reject(doc, fig, c):
        return None
    event, role, cls = _event(doc, fig, c)
    if fig.weak and (cls is None or c.head not in PERSON_NOUNS and c.head not in NOUN_CLASSES):
        return None  # "several" and "a few" say something about casualties only ("several news agencies" no)
    head, unit, cls = _what(doc, fig, c, event, cls)
    if c.inherit is not None and fig.dimension == "count" and c.inherit.dimension != "count":
        fig.dimension, fig.currency_code = c.inherit.dimension, c.inherit.unit_code  # "the 350 million"
    noun, sent = (c.noun if c.noun is not None else doc[fig.num]), doc[fig.num].sent
    sp = speakers.speaker_for(doc[fig.num])
    region = region_of(event, noun)
    if c.inherit is not None and c.noun is None:  # "including 30 in Romania": its own place, if it has one
        own = {t.i for pp in doc[fig.num].children if pp.dep_ == "prep" for o in pp.children if o.dep_ == "pobj"
               for t in (o, *(x for x in o.children if x.dep_ == "compound"))}  # not "and some in France"
        if any(p.root in own for p in sentence_places(sent)):
            region = own
    places = after_dateline(sentence_places(sent, members=False), doc.text, offset)
    outside, in_speaker = exclude_speaker(places, sp, offset, noun)
    direct = [p for p in outside if p.root in region]
    names = list(dict.fromkeys(p.name for p in (direct or outside or in_speaker)))
    (start, end), (named, referred, told) = _span(doc, fig, c, event, offset), _frame(event, c.noun, lede or {})
    negated, gap = is_negated(event), since_last(doc, fig)
    rebuttal = negated or fig.qualifier == "only" or any(
        t.lower_ in ("best",) and t.head.lower_ == "at" for t in sent) and fig.share is not None
    previous, revised, update = _change(doc, fig, event)
    if cls is not None and bare.earlier_report(sent, event):
        revised = update = True  # a casualty toll since replaced (not "officials previously said ... 3,000 metres")
    update = update or c.inherit is not None and c.inherit.update  # a list line of a running toll
    distance_where = fig.dimension == "length" and c.noun is None and head in LENGTH_UNITS and locational(doc, noun)
    return FigureMention(
        doc=analysis.doc.id, doc_index=doc_index, start=start, end=end, text=analysis.doc.text[start:end],
        value=fig.value, low=fig.low, high=fig.high, qualifier=fig.qualifier, vague=fig.vague, unit=unit, head=head,
        event=lemma(event) if event is not None else None, event_text=event.text if event is not None else None,
        event_class=cls, role=role, negated=negated, percent=fig.percent, base=fig.base, share=fig.share,
        dimension=fig.dimension, unit_code=_unit_code(fig), factor=_factor(fig),
        unit_offset=fig.unit.offset if fig.unit else 0.0, slack=rounding(fig.written, fig.value, fig.percent),
        conversion=fig.conversion, places=names, places_direct=bool(direct), times=_dates(sent, region),
        years=frozenset(t.text for t in sent if t.i in region and _YEAR.match(t.text)) | shared_subject_years(event),
        scope=_scope(doc, fig, c, head), actors=_actors(c.noun, event, fig), occasion=occasions_of(event, c.noun),
        context=_context(sent, fig) | ({"distance-from"} if distance_where else set()), speaker=sp,
        rebuttal=rebuttal, sentence=(offset + sent.start_char, offset + sent.end_char),
        cause=cause_of(event, noun) if cls else None, plural_cause=causes_plural(event, noun) if cls else None,
        frame=frame(event, role, noun, fig, unit, negated), hedge=_hedge(event, previous, doc[fig.num]),
        counted=counted_text(c.noun, head), share_word=fig.share_word, disputed=disputed(event) and not gap,
        event_noun=event is not None and event.pos_ in ("NOUN", "PROPN"), update=update or revised,
        previous=previous, revised=revised, part=c.part, included=c.inherit is None and included(doc, fig),
        new_referent=new_referent(doc, fig), projected=cls is not None and _projected(event),
        joint=joint_places(doc, direct) and len(names) == len(direct), size_of=bare.size_word(doc, fig),
        people_word=people_word(head, c.noun), nationality=nationality(c.noun),
        assailants=assailants(fig, head, role, event, cls), age_at=age_at_a_moment(doc, fig.start, fig.dimension),
        subject=subject_of(event) if fig.dimension not in ("count", "percent", "money") and not c.noun else "",
        per=rate_of(doc, fig, c.noun.i + 1 if c.noun is not None else 0), bearing=bearing(doc, fig), since_last=gap,
        origin=next((p.name for p in places if p.root in origin_tokens(doc, fig)), ""),
        participants=named, referred=referred, argument=direct_argument(event, c.noun, doc[fig.num]), referent=told,
    )


def _frame(event: Token | None, noun: Token | None, lede: Kinds) -> tuple[frozenset[str], ...]:
    """(named participants, names referred to, names a common noun stands for) of a figure's clause (frames.py);
    "the storm", "the carrier", "it" stand for the story's one name of their kind when the clause names none
    (referents.py)."""
    named, referred = participants(event, noun)
    if named or referred:
        return named, referred, frozenset()
    by_noun, by_pronoun = clause_referents(event, noun, lede)
    return named, by_noun | by_pronoun, by_noun


def _scope(doc: Doc, fig: Figure, c: _Counted, head: str) -> frozenset[str]:
    """Scope words of a mention (``_scope_words``, a comparison); the other end of a change takes its partner's."""
    own = _scope_words(fig, c.noun) if head != "capacity" else frozenset()
    inherited = c.inherit.scope if c.change and c.inherit is not None else frozenset()
    return own | comparison(doc, fig) | inherited | relative_period(doc, fig.num)  # ("40 murders last year")


def _what(doc: Doc, fig: Figure, c: _Counted, event: Token | None, cls: str | None) -> tuple[str, str, str | None]:
    """(head, unit, casualty class) of a mention, from what it counts and the words around it."""
    head, unit = suspect_head(c.head, c.noun), c.unit
    if cls == "injured" and event is not None and lemma(event) in bare.PRESENCE_VERBS and lemma(event) != "be":
        cls = None  # "76 remain hospitalized": those still in hospital, a part of the injured, not their count
    if head != "capacity" and bare.permitted_capacity(fig, event):
        head, unit = "capacity", "capacity"  # "was not supposed to hold more than 150 people"
    if bare.negated_bound(doc, fig) or negated_ceiling(doc, fig):
        fig.qualifier = "no more than"  # "not ... more than 150", "will not exceed 5 percent": at most
    casualty = head in NOUN_CLASSES and not (c.noun is not None and not_a_casualty(c.noun))  # ("previous arrests")
    if casualty or head in TOLL_NOUNS and not numbered_tally(c.noun) or (head == "life" and cls == "killed") or (
            cls and c.part and c.noun is None and c.inherit is not None):  # "killed 67 of them": people
        unit, head = unit if fig.percent else "people", "people"  # ("60% of the dead" stays a share, claims43)
    if fig.base is not None:
        unit = f"{_fmt(fig.base)} {unit}"
    if fig.share_word and c.noun is not None:  # "a quarter of the strikes" reads as 25 percent of the strikes
        unit = "percent of " + tokens_text([t for t in c.noun.subtree if t.i <= c.noun.i])
    return head, unit, cls


def _name_numbers(text: str) -> frozenset[str]:
    """Numbers the report writes as part of a name ('Swissair Flight 111', 'Apollo 11'; not 'May 5')."""
    return frozenset(m.group(2) for m in _NAMED_NUMBER.finditer(text) if m.group(1).lower() not in _NOT_NAMES)


def _label(m: FigureMention, item: re.Match[str], offset: int) -> None:
    """The label of a list line: the source of a quotation ("* AP - \"the toll passed ...\""), else the
    scope of its figure ("* Sri Lanka - approximately 28,500")."""
    label = item.group(1).strip()
    rest = item.string[item.end() - 1 :]
    if rest[:1] in "\"“'‘" and m.speaker is None:
        start = offset + item.start(1)
        m.speaker = Speaker(text=label, start=start, end=start + len(label), kind="named", cue="list",
                            written=label, head=label.split()[-1].lower())
    elif rest[:1] not in "\"“'‘" and label not in m.places:
        m.places = [label, *m.places]
        m.places_direct = True


def _dates(sent: Span, region: set[int]) -> list[str]:
    return [e.text for e in sent.ents if e.label_ == "DATE" and e.root.i in region]


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def calendar_dates(times: list[str]) -> set[str]:
    """The calendar dates among a mention's dates ('October 7', '7 October'), lower case."""
    return {m.group(0).lower() for t in times for m in _CALENDAR.finditer(t)}
