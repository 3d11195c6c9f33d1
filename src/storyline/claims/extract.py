"""From a parsed paragraph to figure mentions: what is counted, the event, where, when, who says so.

For each figure (``numbers.py``): the counted or measured thing (``counted_thing.py``) and its
event (``counted.py``), the places and their containment (``scope.py``), the dates in the
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

from spacy.tokens import Doc, Span, Token

from ..dates import MONTHS, RECENT_YEAR_PATTERN, weekday_names
from ..model import Analysis
from ..newswriting import dateline_end
from ..parses import parsed
from . import bare
from .abstained import denied
from .ages import age_at_a_moment, body_in_title, pointed_back
from .arithmetic import alternatives, contrasted, in_arithmetic
from .attribution import ParagraphSpeakers, Speaker
from .awaited import awaited
from .beyond_places import beyond_place
from .branch_places import other_branch
from .clause_holder import holder_of, told_old
from .compounds import counted_words
from .counted import (
    INTRANSITIVE,
    NOUN_CLASSES,
    ORDER_PREPOSITIONS,
    PERSON_NOUNS,
    SUFFER_VERBS,
    TOLL_NOUNS,
    cause_of,
    causes_plural,
    disputed,
    event_class,
    event_of,
    lemma,
    numbered_tally,
)
from .counted_thing import Counted, counted_thing, not_a_claim
from .dateline import after_dateline
from .dimensions import measured_by_size
from .doers import sentence_doers
from .fact_box import box_label
from .figure_mention import FigureMention
from .figure_speakers import spoken
from .forecasts import forecast_noun, forecaster
from .frames import direct_argument, participants
from .gaps import since_last
from .headings import label_colon
from .intervals import recurring
from .journeys import origin_of
from .label_check import label_gist
from .landmarks import landmark
from .local_dollar import localise, outlet_dollar
from .magnitudes import is_negated, negated_ceiling
from .members import membership_gloss, own_clause
from .modals import possibility
from .named import structural_what
from .numbers import Figure, find_figures
from .occasions import occasions_of
from .own_acts import another_event, governing_act, own_act, own_participle, verb_class
from .owners import owner
from .past_times import past_time
from .phrase_kin import noun_modifiers
from .place_counts import place_count_places
from .placeless import person_place
from .populations import POPULATION, place_noun_of
from .predicates import verb_predicate
from .quantity_holder import quantity_of
from .rates import bearing, rate_of
from .reaches import reach_of
from .referents import Kinds, clause_referents, names_of_kinds
from .relations import (
    comparison,
    included,
    list_item,
    new_referent,
    relative_period,
    share_condition,
    shared_subject_years,
)
from .rises import change_above
from .running import running_total
from .scope import (
    LENGTH_UNITS,
    LOCATIVE_PREPS,
    PLACE_NOUNS,
    Place,
    containment,
    exclude_speaker,
    joint_places,
    locational,
    region_of,
    sentence_places,
)
from .set_levels import level_object
from .share_wholes import which_ones
from .surroundings import actors as _actors
from .surroundings import change as _change
from .surroundings import hedge as _hedge
from .surroundings import projected as _projected
from .surroundings import scope_words as _scope_words
from .verdicts import rounding
from .victims import not_a_casualty
from .vocab import units
from .vote_sides import vote_side
from .who import assailants, nationality, people_word, subject_of, suspect_head
from .windows import chance_scope
from .wording import frame, tokens_text

_CALENDAR = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+|[A-Z][a-z]{2,}\.? \d{1,2}\b|\d{4}-\d{2}-\d{2})"
)
_YEAR = re.compile(rf"^{RECENT_YEAR_PATTERN}$")
_YEAR_LINE = re.compile(rf"^\s*(?:[-*•·]\s*)?({RECENT_YEAR_PATTERN})\b[^:\n]{{0,40}}:\s")  # "- 2010: 134 boats …"
# "Swissair Flight 111", "the Apollo 11 crew": a capitalised word inside a sentence, then a number
_NAMED_NUMBER = re.compile(r"(?<=[a-z,] )([A-Z][A-Za-z-]+)\.? (\d{1,5})\b(?![,.]?\d)")
_NOT_NAMES = frozenset(MONTHS) | frozenset(weekday_names(abbreviations=False)) | {"category", "magnitude"}


def mentions_of(analysis: Analysis, doc_index: int, containers: list[tuple[str, str]]) -> list[FigureMention]:
    """Every claim-worthy figure of one analysed document (``containers`` collects place containment)."""
    out: list[FigureMention] = []
    previous: Speaker | None = None
    prev_subject: Speaker | None = None
    prev_first: FigureMention | None = None  # first figure of the last paragraph with figures
    names = _name_numbers(analysis.doc.text)
    lede: Kinds = {}
    people: set[str] = set()
    surnames: set[str] = set()
    dollar = outlet_dollar(analysis.doc.url)  # "$" on an Australian outlet's page is AUD (local_dollar.py)
    for para in analysis.paragraphs:
        doc: Doc = parsed(para)
        lede = lede or names_of_kinds(doc)  # the report's first paragraph (referents.py)
        people |= {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON"}  # (a surname typed a place later)
        surnames |= {e[-1].lower_ for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}  # (placeless.py)
        speakers = ParagraphSpeakers(doc, para.offset, previous, prev_subject, frozenset(people))
        for sent in speakers.sents:
            containers.extend(containment(sent, sentence_places(sent)))
        before: FigureMention | None = None
        head = para.offset == analysis.paragraphs[0].offset and dateline_end(para.text)  # "WASHINGTON – Two …"
        item = None if head else list_item(para.text)  # a wire dateline is no list line's label (claims33)
        listed = prev_first if item else None  # a list line continues the figure before it
        first: FigureMention | None = None
        figures = find_figures(doc)
        localise(figures, doc, dollar)
        for fig in figures:
            m = _mention(analysis, doc_index, para.offset, doc, fig, speakers, before, listed, lede,
                         frozenset(surnames))
            if m is not None and m.share is not None:
                m.condition = share_condition(doc, fig, figures)
            if m is not None:
                m.doers = sentence_doers(doc[fig.num].sent)  # (doers.py, claims57)
            if m is not None:
                m.past = past_time(doc, fig.start, fig.end, fig.num, analysis.doc.published)  # (claims73)
            if m is not None and (side := vote_side(doc, fig)) is not None:
                m.side, m.side_key, m.contest = side.text, side.key, side.contest  # (vote_sides.py, claims83)
                m.contest_kind, m.pollster = side.kind, side.pollster
            if m is not None and m.dimension == "duration":
                m.recurring = recurring(doc, fig.num, fig.value)  # "every 33 years" (intervals.py)
            if m is not None and m.text in names and m.event_class is None and not m.update:
                continue  # "a cause of 111" in a report about "Flight 111": the name, not a count
            if m is not None:
                if item:
                    _label(m, item, para.offset)
                if (year := _YEAR_LINE.match(para.text)) is not None:
                    _dated_line(m, year)
                out.append(m)
                keep = before is not None and (m.size_of or before.sentence == m.sentence and _place_scope(doc, fig))
                before = before if keep else m  # (a size says what a body is like; "in seven states" where the
                # figure before it is: "sickened 49 people in seven states and put 11 of them in the hospital")
                first = first or m
            listed = None
        prev_first = first or prev_first
        previous, prev_subject = speakers.last_named()
    return out




def _event(doc: Doc, fig: Figure, c: Counted) -> tuple[Token | None, str, str | None]:
    """(event token, role, casualty class) of a figure."""
    if fig.whole and fig.dimension == "count" and (done := own_participle(c.noun)) is not None and c.noun is not None:
        return done, "object", event_class(done, c.noun)  # "seven of the 11 people arrested": 11 arrested (own_acts.py)
    if fig.whole or c.head == POPULATION and not fig.percent or _place_distance(doc, fig) is not None:
        return None, "other", None  # "two of the three men were arrested": three men, not three arrested; a
        # population is of its place, whatever its clause tells (populations.py)
    if c.noun is None or c.part or fig.dimension not in ("count", "percent") and c.noun.i < fig.start:
        anchor = doc[fig.num]
    elif fig.percent:
        anchor = doc[fig.end - 1] if c.noun.i < fig.start or c.noun.i >= fig.end else c.noun
    else:
        broken = fig.dimension == "count" and c.noun.head.pos_ != "ADP" and fig.end <= c.noun.head.i < c.noun.i
        # ("280 Just Eat employees": the noun hung on its own name's "Eat"; not "seven inches of rain")
        anchor = doc[fig.num] if fig.base is not None or fig.of_token or broken else c.noun
    if (gloss := membership_gloss(doc[fig.num])) is not None:  # "Olsen, one of two judges handling …" (members.py)
        own = own_clause(gloss)
        return own, "object" if own is not None and own.tag_ == "VBN" else "subject", event_class(own, gloss)
    event, role = event_of(anchor)
    if event is not None and (colon := label_colon(doc, fig.num)) is not None and event.i > colon:
        return None, "other", None  # "Ward 7, 40 beds: Nurses move …": the label's figure (headings.py, claims63)
    event = change_above(event, doc[fig.num]) if fig.percent else event  # "cut X of becoming Y by 80%" (rises.py)
    noun = c.noun if c.noun is not None else doc[fig.num]
    cls = c.inherit.event_class if c.inherit is not None else event_class(event, noun)
    if c.inherit is not None and c.noun is None and (c.part and cls is None or event_class(event, noun)):
        cls = event_class(event, noun) or cls  # "a fire that killed 67 of them": its own verb says what befell them;
        # "400,000 … killed … and another 4.8 million have fled": the thing inherited, not the toll (claims73)
    if c.part and c.inherit is not None and cls is not None and cls == c.inherit.event_class and \
            not event_class(event, noun) and own_act(event, c.inherit):
        cls = None  # "six of those arrested have been released": those released, a part of the arrested (own_acts.py)
    act = governing_act(c.noun, event)
    if cls is not None and act is not event and verb_class(act) != cls and another_event(act, cls):
        event, cls = act, verb_class(act)  # "six people arrested … have been released": those released (own_acts.py)
    if c.head == "people" and c.noun is not None and c.noun.i == fig.num:
        cls = event_class(event, noun) or cls
    agent = role == "subject" and event is not None and lemma(event) not in INTRANSITIVE and \
        lemma(event) not in SUFFER_VERBS  # ("162 people suffered injuries": they suffered them)
    named = c.head in NOUN_CLASSES or c.head in TOLL_NOUNS
    if cls and agent and not named and c.noun is not None and c.noun.i != fig.num:
        cls = None  # "a 7.0 quake killed ...", "was shot dead by two of the guards": the doers, not the dead
    if cls == "missing" and role == "object" and event is not None and event.lower_.startswith("miss"):
        cls = None  # "missing three mortgage payments": missed, not missing
    if cls is not None and event is not None and event.dep_ in ("acl", "advcl") and any(
            a.dep_ == "aux" and a.lower_ == "to" for a in event.children):
        cls = None  # "an alert to apprehend four suspects": a purpose, not a done act (claims71)
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


def _span(doc: Doc, fig: Figure, c: Counted, event: Token | None, offset: int) -> tuple[int, int]:
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


def _unclaimed(doc: Doc, fig: Figure, c: Counted, event: Token | None, cls: str | None) -> bool:
    """A figure no claim once its event is read: "several" or "a few" of anything but casualties ("several news
    agencies"); "one of N <nouns>" glossing a name with no clause of the nouns' own ("Hoenig, … one of 10 people
    who decides …", the relative clause hung on him: members.py)."""
    if fig.weak and (cls is None or c.head not in PERSON_NOUNS and c.head not in NOUN_CLASSES):
        return True
    return event is None and membership_gloss(doc[fig.num]) is not None


def _mention(
    analysis: Analysis, doc_index: int, offset: int, doc: Doc, fig: Figure, speakers: ParagraphSpeakers,
    before: FigureMention | None, listed: FigureMention | None = None, lede: Kinds | None = None,
    surnames: frozenset[str] = frozenset()) -> FigureMention | None:
    c = None if in_arithmetic(doc, fig) or alternatives(doc, fig) or contrasted(doc, fig) else \
        counted_thing(doc, fig, before, offset, listed)
    if c is None or not_a_claim(doc, fig, c):
        return None
    event, role, cls = _event(doc, fig, c)
    if _unclaimed(doc, fig, c, event, cls):
        return None
    head, unit, cls = _what(doc, fig, c, event, cls)
    if c.inherit is not None and fig.dimension == "count" and c.inherit.dimension != "count":
        fig.dimension, fig.currency_code = c.inherit.dimension, c.inherit.unit_code  # "the 350 million"
    noun, sent = (c.noun if c.noun is not None else doc[fig.num]), doc[fig.num].sent
    sp = spoken(speakers.speaker_for(doc[fig.num]))  # (no figure as speaker, figure_speakers.py)
    region = _region(doc, fig, c, event, noun)
    places = _sentence_places(doc, sent, offset, c, surnames)
    names, direct = _where(doc, fig, c, region, exclude_speaker(places, sp, offset, noun), event)
    (start, end), (named, referred, told) = _span(doc, fig, c, event, offset), _frame(event, c.noun, lede, doc[fig.num])
    negated, gap, (holder, holder_key) = denied(event, fig.share), since_last(doc, fig), holder_of(c.noun, doc[fig.num])
    rebuttal = negated or fig.qualifier == "only" or any(
        t.lower_ in ("best",) and t.head.lower_ == "at" for t in sent) and fig.share is not None
    previous, revised, update = _change(doc, fig, event)
    if cls is not None and bare.earlier_report(sent, event):
        revised = update = True  # a casualty toll since replaced (not "officials previously said ... 3,000 metres")
    update = update or c.inherit is not None and c.inherit.update  # a list line of a running toll
    distance_where = fig.dimension == "length" and c.noun is None and head in LENGTH_UNITS and locational(doc, noun)
    return FigureMention(quantity=quantity_of(c.noun, doc[fig.num], fig.start),  # (whose a percentage is, its kind)
        doc=analysis.doc.id, doc_index=doc_index, start=start, end=end, text=analysis.doc.text[start:end],
        value=fig.value, low=fig.low, high=fig.high, qualifier=fig.qualifier, vague=fig.vague, unit=unit, head=head,
        event=lemma(event) if event is not None else None, event_text=event.text if event is not None else None,
        event_class=cls, role=role, negated=negated, percent=fig.percent, base=fig.base, share=fig.share,
        dimension=fig.dimension, unit_code=_unit_code(fig), factor=_factor(fig),
        unit_offset=fig.unit.offset if fig.unit else 0.0, slack=rounding(fig.written, fig.value, fig.percent),
        conversion=fig.conversion, places=names, places_direct=bool(direct), times=_dates(sent, region),
        years=frozenset(t.text for t in sent if t.i in region and _YEAR.match(t.text)) | shared_subject_years(event),
        scope=_scope(doc, fig, c, head), actors=_actors(c.noun, event, fig) or _told_back(doc, fig, head),
        occasion=occasions_of(event, c.noun), running=running_total(event), sides=fig.sides,
        context=_context(sent, fig) | ({"distance-from"} if distance_where else set()), speaker=sp,
        rebuttal=rebuttal, sentence=(offset + sent.start_char, offset + sent.end_char),
        cause=cause_of(event, noun) if cls else None, plural_cause=causes_plural(event, noun) if cls else None,
        frame=_distance_frame(doc, fig, c, event) or frame(event, role, noun, fig, unit, is_negated(event)),
        hedge=_hedge(event, previous, doc[fig.num]) or possibility(event, cls),
        counted=_counted(doc, c, head, fig, event), subject=_subject(fig, c, event, head),
        forecast=forecaster(doc[fig.num]) is not None or forecast_noun(doc[fig.num]) is not None or awaited(event),
        disputed=disputed(event, doc[fig.num]) and not gap, gist=label_gist(doc, fig, c.noun),
        event_noun=event is not None and event.pos_ in ("NOUN", "PROPN"), update=update or revised,
        previous=previous, revised=revised, part=c.part, included=c.inherit is None and included(doc, fig),
        new_referent=new_referent(doc, fig), projected=cls is not None and _projected(event),
        joint=joint_places(doc, direct) and len(names) == len(direct), size_of=bare.size_word(doc, fig),
        people_word=people_word(head, c.noun), nationality=nationality(c.noun), share_word=fig.share_word,
        assailants=assailants(fig, head, role, event, cls), age_at=age_at_a_moment(doc, fig.start, fig.dimension),
        title_age=body_in_title(c.noun, fig.dimension), modifiers=noun_modifiers(c.noun),
        per=rate_of(doc, fig, c.noun.i + 1 if c.noun is not None else 0), bearing=bearing(doc, fig), since_last=gap,
        origin=origin_of(places, doc, fig), predicate=verb_predicate(event, fig), reach=reach_of(doc, fig),
        owner=owner(c.noun, doc[fig.num], speakers.people, speakers.before_subject), participants=named,
        referred=referred, argument=direct_argument(event, c.noun, doc[fig.num]), referent=told,
        named=_named(doc, fig, c, event), holder=holder, holder_key=holder_key, told_old=told_old(doc, fig),
    )


def _whole(c: Counted, event: Token | None, field: str) -> str:
    """The frame or noun of the figure a bare part takes its thing from, when the part is told by the same verb ("will
    close 20 shops, including seven in Kent, three in Essex": seven shops closed, not the quoted "including seven"
    nor "shops (chain close shops including)"; claims84); '' for any other figure, for a part with its own verb
    ("400,000 killed and another 4.8 million have fled": fled, not killed), for one outside its whole's sentence, and
    for a whole named only by a quotation."""
    whole = c.inherit
    if whole is None or c.noun is not None or event is None or whole.event != lemma(event) or \
            whole.text not in event.sent.text:
        return ""  # (a part in a sentence of its own keeps its own clause: "the VVD won 41 in 2012")
    told = str(getattr(whole, field) or "")
    return "" if told.startswith("“") else told


def _sentence_places(doc: Doc, sent: Span, offset: int, c: Counted, surnames: frozenset[str]) -> list[Place]:
    """The sentence's places a figure may be in: not a person's name the tagger typed a place ("in this case, Ruiz and
    Cullinan": placeless.person_place), and for a population told "of" a place noun only those inside that noun's
    phrase (populations.place_noun_of); claims80."""
    places = [p for p in after_dateline(sentence_places(sent, members=False), doc.text, offset)
              if not person_place(doc[p.root], surnames)]
    if c.head == POPULATION and c.noun is not None and (home := place_noun_of(c.noun)) is not None:
        places = [p for p in places if home.left_edge.i <= p.root <= home.right_edge.i]
    return places


def _subject(fig: Figure, c: Counted, event: Token | None, head: str) -> str:
    """The event verb's subject, for a measure with no noun ("passengers were delayed two hours") and for a bare
    percentage's change ("net income rose 58 percent": what changed, claims57)."""
    if fig.dimension == "percent" and head in ("percent", "%"):
        return subject_of(event)
    return subject_of(event) if fig.dimension not in ("count", "percent", "money") and not c.noun else ""


def _region(doc: Doc, fig: Figure, c: Counted, event: Token | None, noun: Token) -> set[int]:
    """The tokens of the figure's clause (scope.region_of); a bare part's own "in" phrase when it names a place
    ("including 30 in Romania"; not "and some in France")."""
    region = region_of(event, noun)
    if c.inherit is not None and c.noun is None:
        own = {t.i for pp in doc[fig.num].children if pp.dep_ == "prep" for o in pp.children if o.dep_ == "pobj"
               for t in (o, *(x for x in o.children if x.dep_ == "compound"))}
        if any(p.root in own for p in sentence_places(doc[fig.num].sent)):
            region = own
    return region


def _where(doc: Doc, fig: Figure, c: Counted, region: set[int], split: tuple[list[Place], list[Place]],
           event: Token | None = None) -> tuple[list[str], list[Place]]:
    """(place names, places tied to the event) of a figure, from its sentence's places outside and inside the
    speaker's phrase (``split``)."""
    outside, in_speaker = ([p for p in ps if not _home_gloss(doc[p.root]) and not beyond_place(doc[p.root])
                            and (fig.dimension == "length" or not landmark(doc[p.root]))] for ps in split)
    # ("in the US and abroad": not the US's alone, beyond_places.py; "a town 60 km west of X": landmarks.py)
    if (inner := _own_phrase(c, event)) is not None:
        outside, in_speaker = [p for p in outside if p.root in inner or _setting(doc[p.root])], []
    held = place_count_places(c.noun, fig.dimension, outside)
    if held is not None:  # "cancelled concerts in six other cities": only where the cities are (place_counts.py)
        return list(dict.fromkeys(p.name for p in held)), held
    direct = [p for p in outside if p.root in region]
    if _over_places(doc, fig, region):  # "sickened 49 people in seven states": no one place but "in" ones
        direct = outside = in_speaker = [p for p in direct if _in_phrase(doc[p.root])]
    direct, outside = ([p for p in ps if not other_branch(doc, p.root, fig.num)] for ps in (direct, outside))
    # ("suspends the programme for 120 days and bars trawlers from Norway": branch_places.py, claims73)
    names = list(dict.fromkeys(p.name for p in (direct or outside or in_speaker)))
    if c.part and c.inherit is not None and not direct:
        names = list(c.inherit.places)  # "put 11 of them in the hospital": where the whole is, not the sentence's
    return names, direct


def _own_phrase(c: Counted, event: Token | None) -> set[int] | None:
    """The tokens of the phrase that says whose or of what event a figure is, when that phrase sets it apart from the
    rest of its sentence: a noun its owner names ("talks in Kazakhstan to end that country's six-year war"), or an
    event noun after "following", "after" … ("detained at a US airport following a ban on visas for seven
    countries"); a place outside it is another's (claims78). None otherwise."""
    if c.noun is not None and any(t.dep_ == "poss" for t in c.noun.children):
        return {t.i for t in c.noun.subtree}
    if event is not None and event.pos_ == "NOUN" and event.dep_ == "pobj" and event.head.lower_ in ORDER_PREPOSITIONS:
        return {t.i for t in event.subtree}
    return None


def _setting(place: Token) -> bool:
    """A place in a phrase put before the sentence's main verb, or the reported clause's ("In northern Thailand,
    hotels were booked …"): the scene of the whole sentence, an owned noun's too ("… Doi Inthanon, the Southeast
    Asian country's highest peak"); not one after its verb ("gathered in Geneva to end that country's war")."""
    prep = place.head
    return place.dep_ == "pobj" and prep.dep_ == "prep" and prep.head.dep_ in ("ROOT", "ccomp") and \
        prep.i < prep.head.i


def _place_scope(doc: Doc, fig: Figure) -> bool:
    """A count of the places a clause's figure is in ("sickened 49 people in seven states"): the object of a
    locative preposition, the scope of the figure before it, not what a bare number after it counts."""
    tok = doc[fig.num]
    noun = tok.head
    return tok.dep_ == "nummod" and noun.dep_ == "pobj" and noun.head.lower_ in LOCATIVE_PREPS and \
        lemma(noun) in PLACE_NOUNS  # (not a bare number: "cut its routes to 17 from 36")


def _over_places(doc: Doc, fig: Figure, region: set[int]) -> bool:
    """A figure told over a count of places ("sickened 49 people in seven states", or that count itself): a place
    named elsewhere in its sentence (a dateline's, a person's "of Lakewood, Calif.") is not where it is."""
    counted = (t for t in doc[fig.num].sent if t.i in region and t.dep_ == "pobj" and t.tag_ in ("NNS", "NNPS"))
    return _place_scope(doc, fig) or any(
        t.head.lower_ in LOCATIVE_PREPS and lemma(t) in PLACE_NOUNS and any(c.dep_ == "nummod" for c in t.children)
        for t in counted)


def _in_phrase(tok: Token) -> bool:
    """A place that is the object of a preposition, or a list item or apposition of one ("in Denver, Colo.")."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    return tok.dep_ == "pobj"


def _place_distance(doc: Doc, fig: Figure) -> Token | None:
    """The "from" of a place's distance told beside its name ("the Gool area, around 200 km from Jammu city, ..."):
    the unit in apposition to a noun, or set off by a comma, with a "from" phrase. It is where the place is, no
    measure of the clause's verb, so each report's verb ("injured", "cast") is not its what."""
    unit = doc[fig.end - 1]
    aside = unit.dep_ == "npadvmod" and fig.start > 0 and doc[fig.start - 1].text == ","  # ("…, 200 km from X")
    if fig.dimension != "length" or unit.dep_ != "appos" and not aside:
        return None
    return next((c for c in unit.children if c.dep_ == "prep" and c.lower_ == "from"), None)


def _distance_frame(doc: Doc, fig: Figure, c: Counted, event: Token | None) -> str:
    """'distance from Jammu city' of a place's distance (``_place_distance``); a bare part's whole's frame
    (``_whole``); '' for any other figure."""
    prep = _place_distance(doc, fig)
    return f"distance {tokens_text(list(prep.subtree))}" if prep is not None else _whole(c, event, "frame")


def _named(doc: Doc, fig: Figure, c: Counted, event: Token | None) -> str:
    """The noun phrase a figure counts: a bare part's whole's (``_whole``), else the parse's (named.py)."""
    return _whole(c, event, "named") or structural_what(doc, fig)


def _home_gloss(tok: Token) -> bool:
    """A person's home glossing the name ("Ann Miller, of Lakewood, Calif., is one of 49 victims"): no place of the
    sentence's figures (claims55)."""
    while tok.dep_ in ("conj", "appos") and tok.head is not tok:
        tok = tok.head
    name = tok.head.head
    return tok.dep_ == "pobj" and tok.head.lower_ == "of" and (name.ent_type_ == "PERSON" or name.head.ent_type_ ==
                                                               "PERSON" and name.dep_ == "appos")


def _told_back(doc: Doc, fig: Figure, head: str) -> frozenset[str]:
    """The person a bare 'the 64-year-old' points back to in its sentence (ages.pointed_back); none for others."""
    return pointed_back(doc, fig.start) if fig.dimension == "age" and not head else frozenset()


def _counted(doc: Doc, c: Counted, head: str, fig: Figure, event: Token | None) -> str:
    """The counted words (compounds.counted_words), else the words a sum's "in" phrase shows (sum_forms.sum_form),
    else those of the sum a sum restates ("$3.2 billion, or $2.10 per share": sum_forms.restated_sum), else the
    object a verb sets to the sum ("move the goal back to $1,500": set_levels.py); a share's whole keeps the
    relative clause that says which ones ("patients who have a hip replaced": share_wholes.py)."""
    if label := box_label(doc, fig):
        return label  # "Height: 24.5cm - taller than … Weight: 1.2kg": the box's label (fact_box.py, claims84)
    restated = c.inherit is not None and fig.dimension == "money" == c.inherit.dimension
    own = counted_words(c.noun, head, fig)
    if own and fig.share is not None and (which := which_ones(c.noun, event)):
        return f"{own} {which}"
    return own or measured_by_size(doc, fig) or c.shown or (c.inherit.counted if restated and c.inherit is not None
                                                            else "") or level_object(doc, fig)  # (set_levels.py;
    # "230 metres high": its height, dimensions.py, claims81)


def _frame(event: Token | None, noun: Token | None, lede: Kinds | None, number: Token) -> tuple[frozenset[str], ...]:
    """(named participants, names referred to, names a common noun stands for) of a figure's clause (frames.py);
    "the storm", "the carrier", "it" stand for the story's one name of their kind when the clause names none
    (referents.py)."""
    named, referred = participants(event, noun, number)
    if named or referred:
        return named, referred, frozenset()
    by_noun, by_pronoun = clause_referents(event, noun, lede or {})
    return named, by_noun | by_pronoun, by_noun


def _scope(doc: Doc, fig: Figure, c: Counted, head: str) -> frozenset[str]:
    """Scope words of a mention (``_scope_words``, a comparison); the other end of a change takes its partner's."""
    own = _scope_words(fig, c.noun) if head != "capacity" else frozenset()
    inherited = c.inherit.scope if c.change and c.inherit is not None else frozenset()
    return own | comparison(doc, fig) | inherited | relative_period(doc, fig.num) | chance_scope(c.noun)
    # ("40 murders last year"; "a 50% chance of rain", windows.py)


def _what(doc: Doc, fig: Figure, c: Counted, event: Token | None, cls: str | None) -> tuple[str, str, str | None]:
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


def _dated_line(m: FigureMention, year: re.Match[str]) -> None:
    """A line of a yearly table ("- 2010: 134 boats carrying 6,535 passengers", "- 2013 (figures up to 16 July):
    …"): its figures are that year's, the one thing telling the table's rows apart (claims55)."""
    label = year.group(0).strip().lstrip("-*•· ").rstrip(":").strip()
    m.times = [label, *m.times]
    m.years = m.years | {year.group(1)}
    m.period = label


def _dates(sent: Span, region: set[int]) -> list[str]:
    return [e.text for e in sent.ents if e.label_ == "DATE" and e.root.i in region]


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def calendar_dates(times: list[str]) -> set[str]:
    """The calendar dates among a mention's dates ('October 7', '7 October'), lower case."""
    return {m.group(0).lower() for t in times for m in _CALENDAR.finditer(t)}
