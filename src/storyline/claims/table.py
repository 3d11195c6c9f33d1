"""The claims table from groups of mentions: the 'what' column and its slug, the places of a group, the order
of rows (casualties first, then figures more sources give), and each row as the brief shows it
(``model.ClaimGroup``). The groups and their verdicts come from grouping.py."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..model import ClaimGroup, ClaimMention, Document
from ..sources import source_groups
from .change_label import named_change
from .clause_holder import held_by
from .counted import CASUALTY_ORDER
from .figure_mention import FigureMention
from .group_verdict import UPDATE_NOTE, Group, ages_apart, verdict
from .grouping import could_be_same, group_mentions, measure_key_compatible
from .identity import merge_identities
from .kin import WEAK_EVENTS
from .label_check import LabelGist, checked, whose
from .levies import levy_rate
from .meaning import merge_by_meaning
from .noun_phrase import noun_phrase
from .own_phrase import PRONOUN_WHOSE, rephrased, whose_of, with_state
from .owners import owners_apart_of
from .place_relation import Places
from .populations import POPULATION
from .rates import EACH
from .readings import SENDING_VERBS
from .restated import owned_retellings, second_units
from .rises import change_percentage
from .share_of import row_share
from .subjects import holders_apart, listed_holders
from .verdicts import Rates
from .vocab import word_set
from .vote_sides import result_side
from .weight import mark_minor
from .wire_sentences import shared_sentences
from .wording import participle

DIMENSION_WORDS = {"money": "amount", "length": "distance", "speed": "speed", "duration": "time",
                   "years ago": "years ago", "mass": "weight", "area": "area", "volume": "volume",
                   "temperature": "temperature", "power": "power", "category": "category", "magnitude": "magnitude",
                   "torque": "torque"}
REGARD_VERBS = word_set("regard_verbs")
AMOUNT_VERBS = word_set("amount_verbs")
FORECAST_VERBS = word_set("forecast_verbs")  # "were expecting $2.52 a share": no measure's name (claims37)
LATE_DIMENSIONS = frozenset({"age", "duration", "length", "years ago", "mass", "area", "volume", "temperature",
                             "power", "torque"})


def describe(group: Group, places: Places) -> str:
    """The 'what' column: 'people killed in Talbiseh', 'Kalibr cruise missiles launched'."""
    ms = group.members
    cls = next((m.event_class for m in ms if m.event_class), None)
    if cls and all(m.person_unit for m in ms):
        unit = "people"
    else:
        counts = Counter(m.unit for m in ms)
        unit = min(counts, key=lambda u: (-counts[u], len(u)))
    if ms[0].share is not None:
        return _share_what(group)
    what = _kind(group, unit, cls)
    gists = [m.gist for m in ms if m.gist is not None]
    what = _checked_what(group, what, gists)
    if ms[0].dimension in ("count", "money"):  # a clause, a quotation or an empty word: the figure's own phrase
        what = with_state(rephrased(what, [g.phrase for g in gists], code=ms[0].unit_code or ""), ms[0].dimension,
                          [g.phrase for g in gists], len(ms))  # (own_phrase.py, claims89; "homes left without power")
    what = named_change(what, ms)  # "rise in ferry revenue (USD)": a figure that measures a change (claims99)
    what += held_by(ms, what)  # "genes (influenza virus)": the clause's holder (clause_holder.py, claims66)
    what += whose(gists, len(ms), what)  # "points gained (SPD)": whose a generic count is (label_check.py, claims87)
    where = _row_places(group, places)  # a holder the row's place already names is not shown twice ("distance
    # (km) (Baltic Sea) in Baltic Sea" of "the Baltic Sea's waters, around 900 km away")
    what += whose_of(" ".join([what, *where]), [g.phrase for g in gists], len(ms))  # "votes polled (Ann Berg)"
    origins = {m.origin for m in ms}
    if reach_phrase(ms)[0]:
        pass  # "distance (km) west of Kilbeg": the distance's own phrase says where it is from (reaches.py)
    elif len(origins) == 1 and "" not in origins:  # a distance with a bearing is from its place ("185 miles
        what += " from " + origins.pop()  # northwest of X"), not in it, nor in another place of the sentence
    elif where:  # a sum over places each mention names jointly ("in Lyon and Paris") names them all (claims52)
        what += " in " + (" and ".join(where) if len(where) > 1 and all(m.joint for m in ms) else where[0])
    per = {m.per for m in ms}
    if len(per) == 1 and "" not in per:
        told = per.pop()
        what += f" {told}" if told == EACH else f" per {told}"  # "earn (USD) per hour"; "… (USD) each" (rates.py)
    periods = {m.period for m in ms}
    if len(periods) == 1 and "" not in periods:
        what += f", {periods.pop()}"  # a yearly table's line: "boats, 2010" (claims55)
    what += _past_label(ms, what)
    if all(m.projected for m in ms):
        what += " (projected)"
    if all(m.previous for m in ms):
        what += " (earlier)"  # "from 7.5 billion in the second quarter last year": not the current value (claims56)
    return what + ("" if reach_phrase(ms)[1] else _hedged(group))  # (an aside's distance is a fact of its named
    # thing, not hedged by its clause: "it is expected the search will focus near the Tor light, 15 km off X")


def _share_what(group: Group) -> str:
    """A row of percentages' what: a levy's rate, a vote's side, a change, the whole or noun its parse says it is
    of (share_of.py, claims94), else "share of <thing>: <its clauses>"."""
    ms = group.members
    things = Counter(m.counted for m in ms)
    preds = [p for p in dict.fromkeys(m.frame for m in ms if not m.share_word) if p][:3]
    thing = things.most_common(1)[0][0]
    if levy_rate(thing):  # "the 15% tariffs": a rate of what the tariff taxes, not a share (claims39)
        return levy_rate(thing) + _hedged(group)
    if (side := result_side(ms, _past_label(ms, "").removeprefix(", "))) is not None:  # "share for Leave (EU
        return side + _hedged(group)  # referendum, 2016)" (vote_sides.py, claims83)
    if change_percentage(thing):  # "a 400% increase": how much a thing rose, not a share of it (claims48)
        return change_percentage(thing) + (": " + " / ".join(preds) if preds else "") + _hedged(group)
    if own := row_share([m.gist.share for m in ms if m.gist is not None and not m.share_word]):
        return own + _past_label(ms, own) + _hedged(group)  # "share of GDP (Norland)" (share_of.py, claims94)
    phrases = [m.gist.phrase for m in ms if m.gist is not None]
    label = (f"share of {thing}" if thing else "percentage") + (": " + " / ".join(preds) if preds else "")
    built = label if thing else rephrased(label, phrases, share=True)  # "percentage: rose" (own_phrase.py)
    if built != label or PRONOUN_WHOSE.intersection(label.lower().split()):  # "increased their share (Greens)"
        built += whose_of(built, phrases, len(ms))
    label = built
    return label + _past_label(ms, thing + " ".join(preds)) + _hedged(group)  # ("If we could cut it by 75%": a
    # share under a condition too, claims34)


def _checked_what(group: Group, what: str, gists: Sequence[LabelGist]) -> str:
    """The what with no verb, stray mark or another clause as the row's noun (label_check.py, claims87), and as a
    noun phrase, never a clause, quotation, bracketed clause or placeholder (noun_phrase.py, claims97)."""
    ms = group.members
    names = (DIMENSION_WORDS.get(ms[0].dimension, ms[0].dimension), ms[0].unit_code or "")
    return noun_phrase(checked(what, gists, ms[0].dimension, any(m.counted for m in ms), names), gists,
                       ms[0].dimension, names)


def _past_label(ms: Sequence[FigureMention], what: str) -> str:
    """', 2015', ', last month': the past date every mention's own clause gives (past_times.py, claims73), so a
    past figure does not read as the story's own; when their wordings differ, a year they all name; '' when none,
    or when the what already says it ("higher than a year earlier")."""
    labels = {m.past for m in ms}
    if "" in labels:
        return ""
    if len(labels) > 1:
        years = set.intersection(*({w for w in label.split() if w.isdigit() and len(w) == 4} for label in labels))
        labels = years if len(years) == 1 else set()
    label = labels.pop() if labels else ""
    return ", " + label if label and label.lower() not in what.lower() else ""


def _kind(group: Group, unit: str, cls: str | None) -> str:
    """The what before its place, rate and marks: the parse's noun (named.py), a measure's name, a casualty
    class, a frame or the unit and its verb."""
    ms = group.members
    frames = Counter(m.frame for m in ms if m.frame)
    ev = Counter((m.event, m.event_text) for m in ms if m.event and m.event not in ("be", "have"))
    named = structural_name(ms)
    quoted = named.startswith("“")
    if named and ms[0].dimension == "money" and not cls:  # "aid (USD)"; with no noun, the clause quoted, not a
        what = f"{named} ({ms[0].unit_code})" if ms[0].unit_code else named  # verb guessed (named.py, claims60)
    elif ms[0].dimension not in ("count", "percent"):
        what = _measure_what(group, named if quoted else "")
        what = ("not " if all(m.negated for m in ms) and " not " not in what else "") + what
        # ("not conducted (h)", claims33)
    elif all(m.head == POPULATION for m in ms):
        what = POPULATION  # "an island republic of 5.6 million": how many live there, not "people" (claims75)
    elif cls == "casualties":
        what = "casualties (killed or injured)"
    elif cls:
        what = f"{unit} {cls}"
    elif quoted and not any(m.counted for m in ms):
        what = named  # a bare count the parse ties to no noun ("of which 12 will be free"): its clause (claims60)
    elif frames:
        what = min(frames, key=lambda f: (-frames[f], len(f)))
    elif ev:
        (lemma, text), _ = ev.most_common(1)[0]
        assert lemma is not None
        what = f"{unit} {participle(lemma, text)}"
    else:
        what = unit
    if named and not quoted and ms[0].dimension == "count" and what.startswith(unit + " ") | (what == unit) \
            and _extends(named, unit):
        what = named + what[len(unit):]  # "members of the security forces killed", not "members killed"
    return what


def structural_name(ms: Sequence[FigureMention]) -> str:
    """The what the parse gives the group's figures (named.py): a noun phrase most of them share, else the
    shortest quoted span of their clauses; '' when none has one."""
    nouns = Counter(m.named for m in ms if m.named and not m.named.startswith("“"))
    if nouns:
        return min(nouns, key=lambda n: (-nouns[n], len(n)))
    quoted = [m.named for m in ms if m.named]
    return min(quoted, key=len) if quoted else ""


def _extends(named: str, unit: str) -> bool:
    """Does the parse's noun phrase hold the unit's last word and say more ("South Korean factories" / "factories")?"""
    words = named.lower().split()
    return len(named) > len(unit) and bool(unit) and unit.lower().split()[-1] in words


def _hedged(group: Group) -> str:
    """' (if)', ' (expected)', ' (aim)' when every mention's clause is hedged so: "stock (USD) (if)", "revenue
    (USD) (expected)": no fact (claims32); '' otherwise."""
    hedges = {m.hedge for m in group.members}
    return f" ({hedges.pop()})" if len(hedges) == 1 and "" not in hedges else ""


def _measure_what(group: Group, quoted: str = "") -> str:
    """'winds (km/h)', 'loss (USD)', 'moving (mph)', 'category': what a measure is of, and its unit."""
    ms = group.members
    things = Counter(m.counted for m in ms if m.counted)
    if ms[0].dimension == "age":
        return ("age of " + things.most_common(1)[0][0] if things else "age") + " (years)"
    events = Counter(m.predicate or m.event_text.lower() for m in ms if m.event and m.event_text
                     and (m.event not in WEAK_EVENTS or m.predicate)  # ("been off the market": predicates.py)
                     and m.event not in REGARD_VERBS | AMOUNT_VERBS | FORECAST_VERBS  # ("you're looking at 590 km":
                     and not (m.origin and m.event not in SENDING_VERBS))
    # a distance, claims34; "That cranks out 300 kW": power, levels.py, claims36; "expecting $2.52": claims37; "lives
    # in a town 19 miles outside of X": a distance from X, "lives" no name of it, claims54, but "flew 300 km from X")
    unit = Counter(m.unit_code for m in ms if m.unit_code).most_common(1)
    code = unit[0][0] if unit else ""
    phrase, holder = reach_phrase(ms)
    if phrase:  # "distance (km) west of Skerry Rock", not the clause's verb ("distance carried"; reaches.py, claims92)
        measures = {m.reach.measure for m in ms}
        name = things.most_common(1)[0][0] if things else measures.pop() if len(measures) == 1 and "" not in \
            measures else DIMENSION_WORDS[ms[0].dimension]  # ("a range of 240 km west of X": range)
        return f"{name}{' of ' + holder if holder else ''}{f' ({code})' if code else ''} {phrase}"
    if any(m.told_old for m in ms):
        name = "age"  # "55 million years old": the holder's age, not the "size" or the verb of its clause (claims66)
    elif things:
        name = things.most_common(1)[0][0]
    elif events:
        name = events.most_common(1)[0][0]
        name = _verb_measure(ms, name)
    else:  # no name: the figure's clause, quoted (named.py, claims60), or the dimension's word
        name = quoted or DIMENSION_WORDS.get(ms[0].dimension, ms[0].dimension)
    return f"{name} ({code})" if code and ms[0].dimension not in ("category", "magnitude") else name


def _verb_measure(ms: Sequence[FigureMention], name: str) -> str:
    """'distance sunk', 'time endured', 'speed moving', 'time not received': a measure whose only name is its verb
    takes its dimension's word before the verb's participle, so no verb alone is a row's noun ("be sunk at least six
    feet", "must endure 30 minutes"; claims84). A present tense of a state ("lies 30 km away", "stands 40 m") keeps
    its verb: no participle says it ("lain"); a predicate with its subject or complement is kept as it is."""
    verb = next((m for m in ms if not m.predicate and m.event and not m.event_noun
                 and (m.event_text or "").lower() == name), None)
    if verb is None or " " in name or name.endswith("s") and name != verb.event or ms[0].dimension == "years ago":
        return name  # (a noun's event, "a city 50km from X", is none of this; "110 years ago" says when)
    word = name if name.endswith("ing") else participle(verb.event or "", name)
    negated = "not " if all(m.negated for m in ms) else ""
    return f"{DIMENSION_WORDS.get(ms[0].dimension, ms[0].dimension)} {negated}{word}"  # ("time not received")


def _row_places(group: Group, places: Places) -> list[str]:
    """The places a row shows: none for a person's age, which is no fact of a place ("age of Yee in US" read from
    "Mr Yee, 18, has been detained in the US", claims73); else the group's places, but for those a distance's own
    phrase names, which it is measured from, not in ("13 km offshore from Kilbeg"; reaches.py, claims92)."""
    if group.members[0].dimension == "age":
        return []
    phrase, holder = reach_phrase(group.members)
    told = f" {phrase} {holder} ".lower()
    return [p for p in group_places(group, places) if not phrase or f" {p.lower()} " not in told]


def reach_phrase(ms: Sequence[FigureMention]) -> tuple[str, str]:
    """(the phrase, the aside's holder) a row of distances shows when every one has a phrase of its own (reaches.py):
    the most common phrase, the first of a tie; the holder when all name one; ('', '') otherwise."""
    if not ms or not all(m.reach.phrase for m in ms):
        return "", ""
    phrases = Counter(m.reach.phrase for m in ms)
    holders = {m.reach.holder for m in ms}
    return phrases.most_common(1)[0][0], holders.pop() if len(holders) == 1 else ""


def group_places(group: Group, places: Places) -> list[str]:
    """The group's places, most cited first: those tied to the event, or else those most mentions share."""
    ms = group.members
    direct = Counter(p for m in ms if m.places_direct for p in places.innermost(m.places))
    if direct:
        return [p for p, _ in direct.most_common()]
    loose = Counter(p for m in ms for p in places.innermost(m.places))
    return [p for p, n in loose.most_common() if 2 * n >= len(ms)]


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "claim"


def _importance(g: Group) -> tuple[int, int, int, int, int, int]:
    """Casualties first (by class), then figures more sources give; measures of time and size after
    counts, sums, shares and a storm's strength; then first appearance. Ranking orders, never drops."""
    cls = next((m.event_class for m in g.members if m.event_class), None)
    rank = CASUALTY_ORDER.index(cls) if cls in CASUALTY_ORDER else (len(CASUALTY_ORDER) if cls else 99)
    late = int(g.members[0].dimension in LATE_DIMENSIONS or all(m.vague for m in g.members))
    first = min(g.members, key=lambda m: (m.doc_index, m.start))
    return rank, late, -len({m.doc for m in g.members}), -len(g.members), first.doc_index, first.start


def _number(x: float) -> int | float:
    return int(x) if float(x).is_integer() else x


def claim_mention(m: FigureMention) -> ClaimMention:
    """One mention as the brief shows it (``model.ClaimMention``)."""
    sp = m.speaker
    shared = m.share is not None
    return ClaimMention(
        doc=m.doc, start=m.start, end=m.end, text=m.text,
        value=_number(m.value), low=_number(m.low), high=_number(m.high),
        qualifier=m.qualifier, unit=m.unit, speaker=sp.label() if sp else None,
        event=m.event_class or m.event, place=m.places, time=m.times, vague=m.vague,
        speaker_span=(sp.start, sp.end) if sp is not None else None,
        speaker_cue=sp.cue if sp is not None else None,
        speaker_as_written=sp.written if sp is not None and sp.written and sp.written != sp.text else None,
        speaker_resolved=sp.resolved if sp is not None else True,
        share=round(m.share, 4) if m.share is not None else None,
        base=_number(m.base) if shared and m.base is not None else None,
        negated=shared and m.negated,
        dimension=m.dimension, unit_code=m.unit_code, conversion=m.conversion or None, update=m.update,
    )  # fmt: skip


def story_year(docs: Sequence[Document], mentions: Sequence[FigureMention]) -> int | None:
    """The story's year, for exchange rates and background: the reports' latest publication year, else
    the median of the years the figures' clauses name (so neither a projection "by 2030" nor a
    background "in 1996" sets it)."""
    dated = [d.published.year for d in docs if d.published]
    if dated:
        return max(dated)
    years = sorted(int(y) for m in mentions for y in m.years)
    return years[(len(years) - 1) // 2] if years else None


def _order_of_magnitude_aside(ms: Sequence[FigureMention]) -> bool:
    """Only an order of magnitude ('dozens of cars', 'hundreds of volunteers'), outside casualties: in one
    source (a report and its reprints) nothing a reader could check or compare, so no row ('a dozen', exact,
    stays; so do vague casualty counts, and vague counts several independent reports give)."""
    return all(m.vague and m.low < m.high and not m.event_class for m in ms)


def _one_source(ms: Sequence[FigureMention], sources: dict[str, str]) -> bool:
    """Do all the mentions come from one independent source (one report and its reprints)?"""
    return len({sources.get(m.doc, m.doc) for m in ms}) < 2


def build_claims(mentions: Sequence[FigureMention], docs: Sequence[Document], places: Places) -> list[ClaimGroup]:
    """Groups with verdicts and links, ordered by importance (``model.ClaimGroup``)."""
    rates = Rates(story_year(docs, mentions))
    texts = {d.id: d.text for d in docs}
    owned = owned_retellings(mentions, texts) | second_units(mentions, texts)  # "his 67 minutes" after the story's
    # "67 minutes"; "4.6 million people" of "25%, or 4.6 million people" (restated.py)
    mentions = [m for i, m in enumerate(mentions) if i not in owned]
    names = listed_holders(mentions, texts)  # (subjects.py, claims40: two players' equal figures stay apart)
    merged = merge_by_meaning([g.members for g in group_mentions(mentions, places, rates)], texts,
                              lambda a, b: could_be_same(a, b, places, rates) and not holders_apart(a, b, names) and
                              not owners_apart_of(a, b))
    def apart(a: FigureMention, b: FigureMention) -> bool:
        return holders_apart(a, b, names) or owners_apart_of(a, b)

    merged = merge_identities(merged, lambda a, b: could_be_same(a, b, places, rates, people=True) and
                              not apart(a, b), apart)  # one figure in other words or units (identity.py, claims91)
    merged = [part for ms in merged for part in ages_apart(list(ms))]  # two people's ages (group_verdict.py)
    sources = source_groups(docs)  # reprints of one report are one source (sources.py)
    groups = [Group(sorted(ms, key=lambda m: (m.doc_index, m.start))) for ms in merged
              if not all(m.share_word for m in ms) and not (ms[0].dimension == "age" and len({m.doc for m in ms}) < 2)
              and not (_order_of_magnitude_aside(ms) and _one_source(ms, sources))]
    for g in groups:
        g.verdict = verdict(g, docs, rates)
    groups.sort(key=_importance)
    used: set[str] = set()
    for g in groups:
        g.what = describe(g, places)
        slug = base = _slug(g.what)
        n = 2
        while slug in used:
            slug, n = f"{base}-{n}", n + 1
        used.add(slug)
        g.id = slug
    placed = [[m for m in g.members if m.places] for g in groups]
    for i, g in enumerate(groups):  # wider/narrower scopes of one measure
        for j in range(len(groups)):
            if i != j and groups[j].members[0].dimension == g.members[0].dimension and any(
                places.relation(a, b) in ("wider", "narrower") and measure_key_compatible(a, b)
                for a in placed[i] for b in placed[j]
            ):
                g.linked.append(j)
    out: list[ClaimGroup] = []
    for g in groups:
        ms = sorted(g.members, key=lambda m: (m.doc_index, m.start))
        out.append(
            ClaimGroup(
                id=g.id, what=g.what, verdict=g.verdict, independent_sources=g.independent,
                mentions=[claim_mention(m) for m in ms],
                event=next((m.event_class for m in ms if m.event_class), ms[0].event),
                place=_row_places(g, places),
                linked=[groups[j].id for j in g.linked],
                update=g.update,
                note=UPDATE_NOTE if g.update else None,
                shared=shared_sentences([(m.doc, m.sentence) for m in ms], docs),
            )  # fmt: skip
        )
    mark_minor(out, docs)  # a row below the line of a figure that matters: kept, folded (weight.py, claims86)
    return out
