"""From a parsed paragraph to figure mentions: what is counted, the event, where, when, who says so.

For each figure (``numbers.py``) the dependency parse gives:

- the *counted thing*: the noun the number modifies ("26 Kalibr cruise missiles"),
  the noun after "of" for vague words and shares ("hundreds of people", "90 percent
  of the strikes", "two out of 57 strikes"), or, when the parse is broken, the
  noun phrase that follows the number. Not claims: a figure that counts nothing
  (a pronoun: "two of them"; a singular word after a number, which is a bad
  parse), a duration, an address or name ("10 Downing Street"), a bare "1", a
  number referring back ("the two nations", "her two sons"), a distance that
  says where ("85 km southwest of X", "(17.6 miles)"), "100 percent effort".
- the *event*: the verb the counted thing takes part in ("launched", "killed"),
  a participle or relative clause on it ("22 individuals killed"), a nominal
  event ("the murder of 129 people"), or "be among the injured". Casualty events
  fall in classes (killed, injured, missing, evacuated, arrested, abducted,
  rescued); "20 deaths" or "the death toll rose to 20" count killed people; a
  counted thing that does the killing ("a 7.0 quake killed ...") gets no class.
  For casualties, the *cause* too ("strikes", "crash", "fire"), so that tolls of
  different incidents in one story stay apart.
- *places*: named places in the clause of the event (direct) or, failing that,
  elsewhere in the sentence (indirect, including the speaker's phrase: "a
  resident of Talbiseh"). spaCy often labels small places as organisations, so an
  organisation or nationality in a place slot ("in X", "the town of X", "X
  province", "residents of X") counts as a place. "X in Y" and "X, Y" record that
  Y contains X.
- *time*: dates in the clause of the event (calendar dates split groups; relative
  days are kept for reading only).
- the *speaker* (``attribution.py``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from ..model import Analysis
from .attribution import ParagraphSpeakers, Speaker
from .numbers import Figure, find_figures


def _by_word(table: dict[str, str]) -> dict[str, str]:
    """Invert {class: "word word …"} into {word: class}."""
    return {w: cls for cls, words in table.items() for w in words.split()}


EVENT_CLASSES: dict[str, str] = _by_word({
    "killed": "kill die dead death murder massacre slay execute execution perish fatality killing behead "
              "slaughter drown",
    "injured": "injure wound hurt injury injured wounded maim hospitalise hospitalize",
    "missing": "missing disappear unaccounted",
    "evacuated": "evacuate evacuation evacuee displace flee relocate rehouse",
    "arrested": "arrest detain detention jail imprison",
    "abducted": "abduct kidnap kidnapping abduction hostage",
    "rescued": "rescue",
})
INTRANSITIVE = frozenset({"die", "perish", "drown", "disappear", "flee", "miss", "be", "remain", "go"})
CASUALTY_ORDER = ["killed", "injured", "missing", "abducted", "evacuated", "arrested", "rescued"]
# Counted nouns that name the casualty themselves: "20 deaths" = 20 people killed.
NOUN_CLASSES = {"death": "killed", "fatality": "killed", "dead": "killed",
                "injury": "injured", "injured": "injured", "wounded": "injured", "casualty": "casualties",
                "evacuee": "evacuated", "hostage": "abducted", "detainee": "arrested", "arrest": "arrested"}
PERSON_NOUNS = frozenset({"people", "person", "individual", "resident", "inhabitant", "villager", "victim",
                          "passenger", "civilian", "human", "life", "soul"})
TIME_UNITS = frozenset({"second", "minute", "hour", "day", "night", "week", "fortnight", "month", "year", "decade",
                        "century", "weekend", "morning", "evening", "afternoon", "season", "term", "am", "pm",
                        "a.m.", "p.m.", "o'clock", "yesterday", "today", "time"})  # "times": "two more times"
# Causes of casualties in families: "strikes" and "attacks" may be one incident; a crash and an attack are not.
CAUSE_FAMILIES: dict[str, str] = _by_word({
    "attack": "strike airstrike attack raid bombing bombardment shelling shell bomb missile rocket assault offensive "
              "explosion blast fighting clash gunfire shooting gunman militant sortie drone",
    "fire": "fire blaze flame smoke inferno",
    "crash": "crash collision accident derailment plane aircraft jet flight helicopter train bus",
    "disaster": "flood flooding storm hurricane typhoon cyclone earthquake quake tsunami landslide avalanche",
})
MEASURE_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "ft", "foot", "feet",
                           "yard", "tonne", "ton", "kg", "kilogram", "pound", "litre", "liter", "gallon",
                           "hectare", "acre", "sq", "square", "knot", "mph", "kph", "km/h", "degree",
                           "percent", "%", "barrel", "megawatt", "mw", "kw", "gw"})
LENGTH_UNITS = frozenset({"km", "kilometre", "kilometer", "mile", "metre", "meter", "m", "ft", "foot", "feet",
                          "yard", "mi", "nautical", "centimetre", "centimeter", "cm", "millimetre", "millimeter",
                          "mm"})
_LOCATIONAL_AFTER = frozenset({"away", "from", "of", "off", "outside", "inland", "offshore", "deep", "north",
                               "south", "east", "west", "northeast", "northwest", "southeast", "southwest",
                               "north-east", "north-west", "south-east", "south-west", "northern", "southern",
                               "eastern", "western", "below", "beneath", "underground", "up", "down", "to",
                               "long", "high", "wide", "inside", "beyond", "short"})
INVARIANT_PLURALS = frozenset({"aircraft", "personnel", "staff", "police", "people", "cattle", "sheep", "fish",
                               "deer", "crew", "livestock", "militia", "infantry", "artillery", "ammunition",
                               "hardware", "equipment", "offspring", "spacecraft", "series", "head", "dead",
                               "wounded", "injured", "missing", "homeless", "faithful", "percent", "%"})
CONTAINER_NOUNS = frozenset({"piece", "unit", "item", "round", "type", "kind", "ton", "tonne", "barrel", "sack",
                             "bag", "box", "truckload", "batch", "pair", "set", "group", "team", "squad",
                             "battalion", "company", "brigade", "series", "total", "number", "wave"})
PLACE_NOUNS = frozenset({"town", "city", "village", "province", "region", "district", "governorate", "area",
                         "neighbourhood", "neighborhood", "port", "county", "state", "suburb", "camp", "capital",
                         "outskirts", "harbour", "harbor", "base", "airbase", "airport", "waters", "water", "sea",
                         "coast", "border", "valley", "island", "quarter", "municipality", "prefecture", "street",
                         "road", "square", "estate", "borough", "parish", "commune", "countryside", "territory"})
PLACE_PEOPLE = frozenset({"resident", "residents", "inhabitant", "villager", "people", "mayor", "governor",
                          "native", "citizen"})
LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "around", "across", "inside", "throughout", "from",
                            "into", "on", "off", "over", "towards", "toward", "within"})
ORG_LOCATIVE_PREPS = frozenset({"in", "near", "outside", "around", "across", "inside", "throughout", "into",
                                "within", "towards", "toward"})
TOLL_NOUNS = frozenset({"toll", "tally", "count"})
CURRENCIES = {"$": "dollars", "us$": "US dollars", "£": "pounds", "€": "euros", "¥": "yen", "₹": "rupees"}
_CALENDAR = re.compile(
    r"\b(?:\d{1,2}(?:st|nd|rd|th)? (?:of )?[A-Z][a-z]+|[A-Z][a-z]{2,}\.? \d{1,2}\b|\d{4}-\d{2}-\d{2})"
)
_DET_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)


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
    unit: str  # the counted thing as written ("Kalibr cruise missiles")
    head: str  # its head word, lemma, lower case ("missile")
    event: str | None  # verb or event noun lemma ("launch")
    event_text: str | None  # as written ("launched")
    event_class: str | None  # casualty class ("killed") or None
    role: str  # how the counted thing takes part: "subject" | "object" | "other"
    negated: bool = False
    percent: bool = False
    base: float | None = None
    share: float | None = None
    measure: bool = False  # a measured amount (km, tonnes, percent, money), not a count of things
    currency: str | None = None
    places: list[str] = field(default_factory=list)
    places_direct: bool = False
    times: list[str] = field(default_factory=list)
    speaker: Speaker | None = None
    rebuttal: bool = False  # stated against a claim: negated, "only", "at best"
    sentence: tuple[int, int] = (0, 0)  # the sentence's character span in the document
    cause: str | None = None  # what caused a casualty ("strike", "crash"), lemma
    frame: str = ""  # the words around the figure that say what it is, for the "what" column
    counted: str = ""  # the counted noun as written ("strikes"); "" for a bare percentage
    event_noun: bool = False  # the event is a noun ("the murder of 129 people")
    share_word: bool = False  # a share in words ("most of the strikes"): kept only beside numeric shares
    disputed: bool = False  # the speaker denies or disputes it ("denied that 20 civilians were killed")

    @property
    def person_unit(self) -> bool:
        return self.head in PERSON_NOUNS


def tokens_text(toks: list[Token]) -> str:
    """The tokens as the text writes them (their own spacing), in order."""
    toks = sorted(toks, key=lambda t: t.i)
    return "".join(t.text_with_ws if k + 1 < len(toks) and toks[k + 1].i == t.i + 1 else t.text + " "
                   for k, t in enumerate(toks)).strip()


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def _counted_noun(doc: Doc, fig: Figure) -> Token | None:
    """The noun the figure counts, or None when it counts nothing nameable."""
    noun = _counted_noun_raw(doc, fig)
    # "six explosives production workshops": the number hangs on a compound; the head is further on
    while noun is not None and noun.dep_ == "compound" and noun.head.pos_ in ("NOUN", "PROPN") and noun.head.i > noun.i:
        noun = noun.head
    return noun


def _counted_noun_raw(doc: Doc, fig: Figure) -> Token | None:
    if fig.percent:
        pct = doc[fig.end - 1]
        for c in pct.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                for p in c.children:
                    if p.dep_ == "pobj":
                        return p
        if fig.share_word:  # "half the strikes", or a parse that hung "of" elsewhere
            return _surface_noun(doc, fig.end + 1 if _low_at(doc, fig.end) == "of" else fig.end)
        return pct
    if fig.base is not None:
        base_tok = doc[fig.end - 1]
        if base_tok.head.pos_ in ("NOUN", "PROPN") and base_tok.head.i > base_tok.i:
            return base_tok.head
        return _surface_noun(doc, fig.end)
    if fig.of_token is not None:
        of = doc[fig.of_token - 1]
        for p in of.children:
            if p.dep_ == "pobj":
                return p
        return _surface_noun(doc, fig.of_token)
    if fig.currency is not None:
        return doc[fig.currency]
    tok = doc[fig.num]
    head = tok.head
    if head.i > tok.i and head.pos_ in ("NOUN", "PROPN") and head.lower_ not in ("percent",):
        if fig.glued is None and head.i >= fig.end or fig.glued is not None:
            return head
    if tok.dep_ == "pobj" and head.lower_ in ("to", "at") and head.head.pos_ in ("VERB", "AUX"):
        for c in head.head.children:
            if c.dep_ in ("nsubj", "nsubjpass") and _lemma(c) in TOLL_NOUNS:
                return c  # "the death toll rose to 20"
    return _surface_noun(doc, fig.end)


def _low_at(doc: Doc, k: int) -> str:
    return doc[k].lower_ if 0 <= k < len(doc) else ""


def _surface_noun(doc: Doc, j: int) -> Token | None:
    """The head of the noun phrase right after token ``j`` (for broken parses): 'Four Russian Su-34 ... jets'."""
    last: Token | None = None
    k = j
    while k < len(doc) and k < j + 8:
        t = doc[k]
        if t.pos_ in ("ADJ", "NOUN", "PROPN") or t.tag_ == "HYPH" or (t.like_num and last is not None) or (
            k == j and t.pos_ == "DET"
        ):
            if t.pos_ == "NOUN":
                last = t
            k += 1
            continue
        break
    if last is None or _lemma(last) in TIME_UNITS:
        return None
    return last


def _unit_tokens(doc: Doc, fig: Figure, noun: Token) -> list[Token]:
    """The counted thing as written: from after the number to its head noun ('Kalibr cruise missiles')."""
    if fig.percent:
        pct = doc[fig.end - 1]
        toks = [pct]
        if noun.i != pct.i:
            toks = list(doc[pct.i : noun.i + 1])
        return toks
    if noun.i < fig.start:  # "the death toll rose to 20"
        return [t for t in noun.subtree if t.i <= noun.i and t.pos_ != "DET"]
    first = fig.end if fig.of_token is None else fig.of_token
    toks = [t for t in doc[first : noun.i + 1] if not (t.pos_ == "DET" and t.i == first)]
    toks = [t for t in toks if t.lower_ not in ("of",) or t.i > first]
    if _lemma(noun) in CONTAINER_NOUNS:  # "71 pieces of military hardware"
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                toks = [*toks, *list(doc[c.i : c.right_edge.i + 1])]
    return toks


def _event(noun: Token) -> tuple[Token | None, str]:
    """The event the counted thing takes part in, and its role in it."""
    for c in noun.children:
        if c.dep_ == "relcl" and c.pos_ == "VERB" or c.dep_ == "acl" and c.tag_ == "VBN" and c.i > noun.i:
            return c, "object" if c.tag_ == "VBN" else "subject"
    t = noun
    role = "other"
    for _ in range(8):
        dep, h = t.dep_, t.head
        if h.i == t.i:
            return (t if t.pos_ in ("VERB", "AUX") else None), role
        if dep in ("conj", "appos") or (dep == "prep" and h.pos_ == "NOUN" and h.i != t.i):
            t = h
            continue
        if dep == "pobj":
            prep = h
            hh = prep.head
            if _lemma(prep) in ("among", "including") and hh.pos_ in ("NOUN", "PRON") and hh.i != prep.i:
                t = hh
                continue
            if hh.pos_ in ("VERB", "AUX"):
                return hh, "other"
            if hh.pos_ == "NOUN" and _lemma(hh) not in CONTAINER_NOUNS and _lemma(prep) == "of":
                return hh, "object"  # "the murder of 129 people", "the bombings of two embassies"
            if hh.i == prep.i:
                return None, role
            t = hh
            continue
        if dep in ("nsubj", "expl"):
            role = "subject"
        elif dep in ("nsubjpass", "dobj", "attr", "oprd", "dative"):
            role = "object"
        if h.pos_ in ("VERB", "AUX"):
            return h, role
        if h.pos_ == "NOUN" and _lemma(h) in EVENT_CLASSES:
            return h, "object"
        t = h
    return None, role


def _event_class(event: Token | None, noun: Token) -> str | None:
    """Casualty class of the event: from the verb, 'be among the injured', or the counted noun itself."""
    nc = NOUN_CLASSES.get(_lemma(noun))
    if nc:
        return nc
    for c in noun.children:  # "100 people unaccounted for", "20 people dead"
        if c.dep_ in ("amod", "acl", "acomp") and c.i > noun.i:
            cls = EVENT_CLASSES.get(c.lower_) or EVENT_CLASSES.get(_lemma(c))
            if cls:
                return cls
    if event is None:
        return None
    lem = _lemma(event)
    if lem in EVENT_CLASSES:
        return EVENT_CLASSES[lem]
    if event.lower_ in EVENT_CLASSES:
        return EVENT_CLASSES[event.lower_]
    if lem == "be" or lem == "include":
        for c in event.children:  # "three firefighters were among the injured"
            if c.dep_ == "prep" and c.lower_ in ("among",):
                for p in c.children:
                    cls = EVENT_CLASSES.get(_lemma(p)) or EVENT_CLASSES.get(p.lower_) or NOUN_CLASSES.get(_lemma(p))
                    if cls:
                        return cls
            if c.dep_ in ("acomp", "attr") and (EVENT_CLASSES.get(c.lower_) or NOUN_CLASSES.get(_lemma(c))):
                return EVENT_CLASSES.get(c.lower_) or NOUN_CLASSES.get(_lemma(c))
    if lem in ("force", "drive", "make", "leave") and any(
        _lemma(t) in ("home", "house", "flee", "evacuate", "leave", "homeless", "shelter") for t in event.subtree
    ):
        return "evacuated"  # "forcing 300 residents from their homes"
    if lem == "toll" or _lemma(noun) in TOLL_NOUNS:
        return "killed"
    return None


def _is_place_token(t: Token) -> bool:
    """Is this entity root a place here, whatever label spaCy gave it?"""
    label = t.ent_type_
    head = t.head
    if label in ("GPE", "LOC", "FAC"):
        if t.dep_ in ("compound", "amod", "poss", "nmod"):
            return label == "FAC" or _lemma(head) in PLACE_NOUNS
        if t.dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "attr"):
            return label != "GPE"  # "Russia has conducted ...": an actor, not a place
        if t.dep_ == "pobj" and _lemma(head) in ("by", "with", "to", "against", "for", "between"):
            return label != "GPE" and _lemma(head) != "by"
        return True
    if label in ("ORG", "NORP", "PERSON", "") and t.pos_ == "PROPN":
        if t.dep_ == "pobj" and _lemma(head) in LOCATIVE_PREPS and label != "PERSON":
            return label == "" or _lemma(head) in ORG_LOCATIVE_PREPS  # "an analyst at X": X employs
        if t.dep_ == "pobj" and _lemma(head) == "of" and (
            _lemma(head.head) in PLACE_NOUNS or head.head.lower_ in PLACE_PEOPLE
        ):
            return True
        if t.dep_ == "compound" and _lemma(head) in PLACE_NOUNS and label != "PERSON":
            return True
        if t.dep_ == "conj" and head.i != t.i and _is_place_token(head):
            return True
    return False


@dataclass(slots=True)
class Place:
    """A place named in a sentence (offsets are the paragraph's)."""

    name: str
    root: int  # token index of the entity root
    start: int
    end: int  # character offsets in the paragraph


def sentence_places(sent: Span) -> list[Place]:
    """Named places in a sentence: place entities, and other entities in a place slot ("the town of X")."""
    out: list[Place] = []
    for ent in sent.ents:
        root = ent.root
        if _is_place_token(root):
            name = _DET_STRIP.sub("", ent.text).removesuffix("’s").removesuffix("'s")
            out.append(Place(name, root.i, ent.start_char, ent.end_char))
    return out


def containment(sent: Span, places: list[Place]) -> list[tuple[str, str]]:
    """(inner, outer) pairs the sentence states: 'Talbiseh in Homs', 'Saint Petersburg, Russia'."""
    by_root = {p.root: p for p in places}
    pairs: list[tuple[str, str]] = []
    doc = sent.doc
    for p in places:
        tok = doc[p.root]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for q in c.children:
                    if q.dep_ == "pobj" and q.i in by_root:
                        pairs.append((p.name, by_root[q.i].name))
            if c.dep_ == "appos" and c.i in by_root:
                pairs.append((p.name, by_root[c.i].name))
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in", "at", "near"):
            # "a resident of X in Y": both hang on one noun, the later one contains the earlier
            holder = tok.head.head
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i:
                    for q in c.children:
                        if q.dep_ == "pobj" and q.i in by_root:
                            pairs.append((p.name, by_root[q.i].name))
    return pairs


def _locational(doc: Doc, noun: Token) -> bool:
    """A distance saying where something is ('1,500 km away', '10 km deep', 'a depth of 10 km')."""
    k = noun.i + 1
    if k < len(doc) and doc[k].text in ("(", "["):  # "206 km (128 miles) west-northwest of Talca"
        while k < len(doc) and doc[k].text not in (")", "]"):
            k += 1
        k += 1
    nxt = doc[k].lower_ if k < len(doc) else ""
    if nxt in _LOCATIONAL_AFTER or nxt == "at":
        return True
    prev = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    before_paren = doc[noun.left_edge.i - 2] if noun.left_edge.i >= 2 else None
    if prev is not None and prev.text in ("(", "[") and before_paren is not None:
        if _lemma(before_paren) in LENGTH_UNITS:
            return True  # "(17.6 miles)": a conversion of the figure before
    before = " ".join(t.lower_ for t in doc[max(0, noun.left_edge.i - 3) : noun.left_edge.i])
    return any(w in before for w in ("depth", "distance", "radius", "within", "altitude", "height", "elevation"))


def _region(event: Token | None, noun: Token) -> set[int]:
    """Token indices of the event's clause (plus the noun a participle or relative clause hangs on)."""
    region = {t.i for t in noun.subtree}
    if event is not None:
        other = {t.i for c in event.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        region.update(t.i for t in event.subtree if t.i not in other)
        if event.dep_ in ("relcl", "acl"):
            region.update(t.i for t in event.head.subtree)
    return region


def _exclude_speaker(places: list[Place], speaker: Speaker | None, offset: int) -> tuple[list[Place], list[Place]]:
    if speaker is None:
        return places, []
    a, b = speaker.region if speaker.region != (0, 0) else (speaker.start, speaker.end)
    inside = [p for p in places if a <= offset + p.start < b]
    return [p for p in places if p not in inside], inside


def _dates(sent: Span, region: set[int]) -> list[str]:
    return [e.text for e in sent.ents if e.label_ == "DATE" and e.root.i in region]


def _is_anaphoric(doc: Doc, fig: Figure, noun: Token) -> bool:
    """'the two nations', 'her two sons', 'those 20 people': a number pointing back, not a claim."""
    if fig.qualifier is not None:
        return False
    prev = doc[fig.start - 1] if fig.start > 0 else None
    if prev is None:
        return False
    if prev.lower_ in ("the", "these", "those", "both") and not fig.percent:
        return True
    if prev.tag_ == "PRP$" or prev.dep_ == "poss":
        return True
    return False


def mentions_of(analysis: Analysis, doc_index: int, containers: list[tuple[str, str]]) -> list[FigureMention]:
    """Every claim-worthy figure of one analysed document (``containers`` collects place containment)."""
    out: list[FigureMention] = []
    previous: Speaker | None = None
    prev_subject: Speaker | None = None
    for para in analysis.paragraphs:
        doc: Doc = para.parsed
        speakers = ParagraphSpeakers(doc, para.offset, previous, prev_subject)
        for sent in speakers.sents:
            containers.extend(containment(sent, sentence_places(sent)))
        for fig in find_figures(doc):
            m = _mention(analysis, doc_index, para.offset, doc, fig, speakers)
            if m is not None:
                out.append(m)
        previous, prev_subject = speakers.last_named()
    return out


def _mention(
    analysis: Analysis, doc_index: int, offset: int, doc: Doc, fig: Figure, speakers: ParagraphSpeakers
) -> FigureMention | None:
    noun = _counted_noun(doc, fig)
    if noun is None or noun.pos_ == "PRON":
        return None
    head = _lemma(noun)
    if head in TIME_UNITS or noun.ent_type_ in ("DATE", "TIME"):
        return None
    if noun.pos_ == "PROPN" and (noun.tag_ != "NNPS" or noun.ent_type_ in ("FAC", "GPE", "LOC")):
        return None  # "10 Downing Street": an address or a name, not a count
    if head in LENGTH_UNITS and _locational(doc, noun):
        return None  # "85 km southwest of Rancagua": where, not how much
    countable = noun.tag_ in ("NNS", "NNPS") or head in INVARIANT_PLURALS | MEASURE_UNITS or head in NOUN_CLASSES
    if not (fig.percent or fig.base is not None or fig.currency is not None or countable or head in TOLL_NOUNS):
        return None  # "3,000 pray": a number before a singular word counts nothing (a bad parse)
    if fig.value == 1 and not (fig.percent or fig.currency is not None):
        return None  # "1": a rank or a name far more often than a count
    if fig.percent and fig.value == 100 and fig.of_token is None and head == "percent":
        return None  # "100 percent effort"
    if fig.base is None and not fig.percent and _is_anaphoric(doc, fig, noun):
        return None
    # the event hangs on the number word where the counted thing comes after "of" ("hundreds of people")
    anchor = doc[fig.end - 1] if fig.percent else doc[fig.num] if fig.base is not None or fig.of_token else noun
    event, role = _event(anchor)
    cls = _event_class(event, noun)
    agent = role == "subject" and event is not None and _lemma(event) not in INTRANSITIVE
    if cls and agent and head not in NOUN_CLASSES:
        cls = None  # "a 7.0 quake killed ...": the counted thing did it, it did not suffer it
    if cls == "missing" and role == "object" and event is not None and event.lower_.startswith("miss"):
        cls = None  # "missing three mortgage payments": missed, not missing
    if fig.weak and cls is None:
        return None  # "several" and "a few" say something about casualties only
    currency = CURRENCIES.get(doc[fig.currency].lower_) if fig.currency is not None else None
    measure = (head in MEASURE_UNITS and not fig.percent) or currency is not None
    if (measure or fig.percent) and fig.vague and not fig.share_word:
        return None  # "a few hundred metres": not a claim
    if fig.share_word and (noun.i < fig.end or head in PERSON_NOUNS):
        return None
    unit_toks = _unit_tokens(doc, fig, noun) if currency is None else []
    unit = currency or tokens_text(unit_toks)
    if fig.glued:
        unit = f"{fig.glued} {unit}".strip()
    if head in NOUN_CLASSES or head in TOLL_NOUNS:
        unit, head = "people", "people"
    if fig.base is not None:
        unit = f"{_fmt(fig.base)} {unit}"
    if fig.share_word:  # "a quarter of the strikes" reads as 25 percent of the strikes
        unit = "percent of " + tokens_text([t for t in noun.subtree if t.i <= noun.i])
    sent = doc[fig.num].sent
    sp = speakers.speaker_for(doc[fig.num])
    # Places: in the event's clause first; else the rest of the sentence; the speaker's own last.
    region = _region(event, noun)
    places = sentence_places(sent)
    outside, in_speaker = _exclude_speaker(places, sp, offset)
    direct = [p for p in outside if p.root in region]
    chosen = direct or outside or in_speaker
    names = list(dict.fromkeys(p.name for p in chosen))
    start = offset + fig.char_start
    end = offset + (doc[noun.i].idx + len(noun.text) if noun.i >= fig.start and not currency else fig.char_end)
    if noun.i >= fig.start and fig.glued and noun.i == fig.start:
        end = offset + fig.char_end
    if event is not None and event.i == noun.i + 1 and event.dep_ == "acl":
        end = offset + event.idx + len(event.text)
    if event is not None and event.i == fig.start - 1 and event.pos_ == "VERB":
        start = offset + event.idx  # "launched 26 missiles", "killing about 20 people"
    text = analysis.doc.text[start:end]
    negated = event is not None and any(c.dep_ == "neg" for c in event.children)
    rebuttal = negated or (fig.qualifier in ("only", "just")) or any(
        t.lower_ in ("best",) and t.head.lower_ == "at" for t in sent
    ) and fig.share is not None
    ev_lemma = _lemma(event) if event is not None else None
    return FigureMention(
        doc=analysis.doc.id, doc_index=doc_index, start=start, end=end, text=text, value=fig.value,
        low=fig.low, high=fig.high, qualifier=fig.qualifier, vague=fig.vague, unit=unit, head=head,
        event=ev_lemma, event_text=event.text if event is not None else None, event_class=cls, role=role,
        negated=negated, percent=fig.percent, base=fig.base, share=fig.share, measure=measure, currency=currency,
        places=names, places_direct=bool(direct), times=_dates(sent, region), speaker=sp, rebuttal=rebuttal,
        sentence=(offset + sent.start_char, offset + sent.end_char),
        cause=_cause(event, noun) if cls else None, frame=_frame(event, role, noun, fig, unit, negated),
        counted=_counted_text(noun, head), share_word=fig.share_word, disputed=_disputed(event),
        event_noun=event is not None and event.pos_ in ("NOUN", "PROPN"),
    )


def _noun_phrase(tok: Token, limit: int = 5) -> str:
    """A short noun phrase: the noun with its left modifiers ("residential areas")."""
    left = [t for t in tok.subtree if t.i <= tok.i and t.dep_ in ("compound", "amod", "nmod", "poss")
            or t.i == tok.i]
    left = [t for t in left if t.i >= tok.i - limit]
    return tokens_text(left)


def _frame(event: Token | None, role: str, noun: Token, fig: Figure, unit: str, negated: bool) -> str:
    """What the figure is, in the report's words: 'Russian warships that launched cruise missiles'."""
    if event is None:
        return unit
    lemma = _lemma(event)
    if fig.share is not None:
        comp = [c for c in event.children if c.dep_ in ("dobj", "prep", "acomp", "attr") and c.i > event.i]
        words = [] if lemma == "be" else [event.text]
        if comp:
            toks = list(comp[0].subtree)[:10]
            while toks and (toks[-1].is_punct or toks[-1].pos_ in ("ADP", "CCONJ", "DET", "PART")):
                toks.pop()
            words.append(tokens_text(toks))
        return ("not " if negated else "") + " ".join(words)
    if event.pos_ in ("NOUN", "PROPN"):
        return f"{unit} ({tokens_text([t for t in event.subtree if t.i <= event.i and t.dep_ != 'det'])})"
    if noun.head.pos_ in ("ADV", "ADJ") and noun.dep_ == "npadvmod":
        return f"{unit} {noun.head.text}"  # "kilometers away"
    if lemma in ("be", "have"):
        return unit
    if role == "subject":
        obj = next((c for c in event.children if c.dep_ == "dobj"), None)
        return f"{unit} that {event.text}" + (f" {_noun_phrase(obj)}" if obj is not None else "")
    if role == "object" and event.pos_ == "VERB":
        return f"{unit} {participle(lemma, event.text)}"
    if role == "other":
        subj = next((c for c in event.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None and event.dep_ == "acl":
            subj = event.head  # "stock belonging to at least 30 importers"
        prep = noun.head if noun.dep_ == "pobj" else None
        bits = [_noun_phrase(subj)] if subj is not None and subj.pos_ != "PRON" else []
        bits.append(event.text)
        if prep is not None and prep.head.i == event.i:
            bits.append(prep.text)
        return f"{unit} ({' '.join(bits)})"
    return ""


_IRREGULAR = {
    "fight": "fought", "send": "sent", "hit": "hit", "hurt": "hurt", "take": "taken", "hold": "held",
    "spend": "spent", "leave": "left", "bring": "brought", "keep": "kept", "put": "put", "make": "made",
    "find": "found", "give": "given", "shoot": "shot", "fly": "flown", "run": "run", "drive": "driven",
    "see": "seen", "begin": "begun", "lose": "lost", "build": "built", "catch": "caught", "cost": "cost",
    "buy": "bought", "sell": "sold", "tell": "told", "say": "said", "get": "got", "go": "gone", "strike": "struck",
    "have": "had", "do": "done", "write": "written", "steal": "stolen", "break": "broken", "set": "set",
    "lead": "led", "feed": "fed", "meet": "met", "win": "won", "cut": "cut", "shut": "shut", "let": "let",
}


def participle(lemma: str, text: str | None) -> str:
    """'killed' from kill/killing: the word a 'what' column reads best with."""
    if text and text.lower().endswith("ed") and len(text) > 4:
        return text.lower()
    if lemma in _IRREGULAR:
        return _IRREGULAR[lemma]
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 2 and lemma[-2] not in "aeiou":
        return lemma[:-1] + "ied"
    return lemma + "ed"


def _cause(event: Token | None, noun: Token) -> str | None:
    """What caused a casualty, as a lemma: the event's subject, agent, or 'in/by X' ('killed in strikes')."""
    cands: list[Token] = []
    if event is not None:
        for c in event.children:
            if c.dep_ in ("nsubj",) and c.pos_ in ("NOUN", "PROPN") and c.i != noun.i:
                cands.append(c)
            if c.dep_ in ("agent", "prep") and c.lower_ in ("by", "in", "from", "after", "during"):
                cands.extend(t for t in c.subtree if t.pos_ == "NOUN")
        if event.dep_ in ("relcl", "acl") and event.head.i != noun.i:
            cands.append(event.head)  # "strikes that killed 24 people"
        if event.dep_ in ("advcl", "xcomp", "conj") and event.head.pos_ == "VERB":
            head = event.head  # "two airstrikes hit ..., killing about 20 people"
            subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subj is not None and subj.pos_ == "NOUN":
                cands.append(subj)
            cands.append(head)
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "from"):
            cands.extend(t for t in c.subtree if t.pos_ == "NOUN")
    for c in cands:
        lem = _lemma(c)
        if lem in CAUSE_FAMILIES:
            return lem
    return None


DISPUTE_VERBS = frozenset({"deny", "reject", "dispute", "refute", "contest", "dismiss", "question"})


def _disputed(event: Token | None) -> bool:
    """Is the figure's event denied, disputed or negated ('denied that 20 were killed', 'did not kill 20')?"""
    if event is None:
        return False
    if any(c.dep_ == "neg" for c in event.children):
        return True
    return any(_lemma(a) in DISPUTE_VERBS for a in event.ancestors)


def cause_distance(a: str | None, b: str | None) -> int:
    """0: same or unknown cause; 1: different words of one family; 2: different kinds of cause."""
    if a is None or b is None or a == b or a.endswith(b) or b.endswith(a):
        return 0
    return 1 if CAUSE_FAMILIES.get(a) == CAUSE_FAMILIES.get(b) else 2


def _counted_text(noun: Token, head: str) -> str:
    """The counted noun as the 'what' column shows it; '' for a bare percentage."""
    if head in ("percent", "%") or not noun.text[:1].isalpha():
        return ""
    return noun.text if noun.pos_ == "PROPN" else noun.lower_


def _fmt(x: float) -> str:
    return f"{int(x):,}" if float(x).is_integer() else f"{x:g}"


def calendar_dates(times: list[str]) -> set[str]:
    """The calendar dates among a mention's dates ('October 7', '7 October'), lower case."""
    return {m.group(0).lower() for t in times for m in _CALENDAR.finditer(t)}
