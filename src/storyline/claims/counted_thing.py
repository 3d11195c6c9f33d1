"""What a figure counts or measures, read before its mention is built, and the figures that are no claims.

``counted_thing`` finds the counted or measured thing of a figure (``counted.counted_noun``, and for a number
with no noun after it the readings of ``bare.py``: "43 more in Taiwan", "at least 129 died", "Of the 129 deaths,
67 were ..."); ``not_a_claim`` drops a figure that says nothing one could check (a bare "1", "100 percent
effort", "the two nations", "millions of dollars", a rate, a box score, the period a toll covers).
``extract.py`` builds the mention from both.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from . import bare
from .addressed import reader_limit
from .ages import person_of_age
from .counted import (
    NOUN_CLASSES,
    PERSON_NOUNS,
    TIME_UNITS,
    TOLL_NOUNS,
    counted_noun,
    event_class,
    is_anaphoric,
    lemma,
    unit_tokens,
)
from .exclusions import change_end as _change_end
from .exclusions import model_number, stat_line
from .fact_box import box_label
from .figure_mention import FigureMention
from .grammar import without_piece
from .led_names import number_led_name
from .multiples import grown
from .numbers import Figure
from .parts import part_unit
from .populations import POPULATION, POPULATION_WORDS, population_noun
from .pronoun_numbers import pronoun_one
from .relations import rate, ratio_side
from .rivals import rival_bare
from .source_counts import counts_sources
from .sum_forms import restated_sum, sum_form
from .vocab import currencies, word_set
from .who import ACTOR_NOUNS
from .windows import threshold_of_chance, window_of_ratio
from .wording import tokens_text

INVARIANT_PLURALS = word_set("invariant_plurals")
TERM_NOUNS = word_set("term_nouns")
LEGAL_VERBS = word_set("legal_verbs")
CASUALTY_CLASSES = frozenset(word_set("casualty_order"))
REPORT_VERBS = word_set("report_verbs")
FRAME_WORDS = word_set("frame_words")
FRAME_PREPS = word_set("frame_preps")
ELLIPSIS_BEFORE = word_set("ellipsis_before")
MULTIPLIER_AFTER = word_set("multiplier_after")
EMPTY_COUNT_NOUNS = word_set("empty_count_nouns")
MONEY_WORDS = frozenset(w.rstrip("s") for w in currencies() if w.isalpha()) | {"dollar", "pound", "cent"}

@dataclass(slots=True)
class Counted:
    """What a figure counts, as read before the mention is built."""

    noun: Token | None
    head: str
    unit: str
    inherit: FigureMention | None = None  # "43 more": the figure whose thing this one counts
    part: bool = False  # "Of the 129 deaths ..., 67 were ...": a part of a whole named before
    change: bool = False  # the other end of a change ("to 17 from 36"): it takes the scope of the end it inherits
    shown: str = ""  # the words the "what" shows when no noun is counted ("revenue" of "drew $4.5 billion in revenue")


def _bare_subject(doc: Doc, fig: Figure, before: FigureMention | None, offset: int,
                  listed: FigureMention | None = None) -> Counted | None:
    """A number with no noun: '43 more in Taiwan', 'at least 129 died', 'Of the 129 deaths, 67 were ...',
    '37,847 of them', 'the 350 million that was promised' after '322 million U.S. dollars', a list line."""
    tok = doc[fig.num]
    nxt = doc[fig.end].lower_ if fig.end < len(doc) else ""
    sent_span = (offset + tok.sent.start_char, offset + tok.sent.end_char)
    same = before if before is not None and before.sentence == sent_span else None
    first = bare.read_first(doc, fig) or bare.numbered_subject(doc, fig)  # "30 percent of people - 2.1 billion",
    # "the hall held at least 250", "the Jews in Croatia, who number about 2,000"
    if first is not None:
        return Counted(*first)
    if listed is not None and fig.dimension == "count" and not fig.percent:
        return Counted(None, listed.head, listed.unit, inherit=listed)  # "* Sri Lanka - approximately 28,500"
    if same is not None and (nxt in ("more", "others", "other") or same.dimension == "money" and
                             fig.dimension == "count" and fig.value >= 1000 and same.value >= 1000):
        return Counted(None, same.head, same.unit, inherit=same)
    prv = doc[fig.start - 1].lower_ if fig.start > 0 else ""
    if same is not None and same.dimension == fig.dimension and bare.conjoined_object(doc, fig, same.event):
        return Counted(tok, same.head, same.unit)  # "canonized 270 people and beatified close to 800": its own verb
    if same is not None and same.dimension == fig.dimension == "count" and tok.dep_ == "nsubj" and \
            same.event is not None and lemma(tok.head) == same.event and same.role == "subject":
        return Counted(tok, same.head, same.unit)  # "13 members voted to alter …, while seven voted to remove …"
    if same is not None and same.dimension == fig.dimension and (prv in ELLIPSIS_BEFORE or tok.dep_ == "conj" or
                                                                 bare.gapped(doc, fig, same.end - offset)):
        return Counted(None, same.head, same.unit, inherit=same)  # "90 lives, including 30 in Romania", "and 51 with"
    if nxt in ("aboard", "on") and (nxt == "aboard" or doc[fig.end + 1].lower_ == "board" if fig.end + 1 < len(doc)
                                    else False):
        return Counted(tok, "people", "people on board")  # "a jet with 228 on board"
    kin = same or (before if before is not None and before.dimension == "count" and before.counted else None)
    if kin is not None and nxt == "of" and fig.end + 1 < len(doc) and doc[fig.end + 1].lower_ in ("them", "these",
                                                                                              "those"):
        return Counted(None, kin.head, kin.unit, inherit=kin, part=True)  # "37,847 of them"
    whole = bare.partitive_whole(doc, fig) if nxt == "of" else None
    if whole is not None:  # "four of 12 spending bills", "21.3 million of these cars": a part of a named whole
        # (a modifier's own compound too: "eight of its Hong Kong shares"; not "20 high points": parts.py, claims40)
        return Counted(whole, lemma(whole), part_unit(fig, whole), part=True)
    if fig.dimension == "count" and not fig.percent and _change_end(doc, fig.start, fig.end):
        if same is not None and same.dimension == "count" and same.counted and same.share is None:
            return Counted(None, same.head, same.unit, inherit=same, change=True)  # "to 22 planes from 57"
        changed = bare.change_end(doc, fig.end)
        if changed is not None:
            return Counted(changed, lemma(changed), changed.text)  # "cut its domestic routes to 17": routes
    if tok.dep_ in ("nsubj", "nsubjpass"):
        sent = tok.sent
        part = next((t for t in sent if t.i < tok.i and t.lower_ == "of" and t.i == sent.start), None)
        if part is not None:
            obj = next((c for c in part.children if c.dep_ == "pobj"), None)
            if obj is not None:
                return Counted(obj, lemma(obj), obj.text, part=True)
        verb = tok.head
        if verb.pos_ in ("VERB", "AUX") and (event_class(verb, tok) in CASUALTY_CLASSES or lemma(verb) in LEGAL_VERBS):
            return Counted(tok, "people", "people")  # "at least 129 died", "Three were indicted", "two were freed"
    if same is not None and fig.dimension == "count" and not fig.percent and rival_bare(doc, fig.num, same, offset):
        return Counted(None, same.head, same.unit, inherit=same)  # "while protesters said it was 5,000" (rivals.py)
    last = bare.read_last(doc, fig)  # "killed 60 and injured 162", "about 400 were inside", "65 dead" ...
    return Counted(*last) if last is not None else None


def counted_thing(doc: Doc, fig: Figure, before: FigureMention | None, offset: int,
             listed: FigureMention | None) -> Counted | None:
    """The counted or measured thing of a figure, or None when it is not a claim (module docstring)."""
    if fig.dimension == "age":
        holder = person_of_age(doc, fig.start) or bare.age_holder(doc, fig)  # ("a boy of 17": the boy, claims68)
        if holder is not None and holder.pos_ == "NOUN" and holder.dep_ == "appos" and holder.head.pos_ == "PROPN":
            holder = holder.head  # "said Zaken, a 23-year-old secretary": Zaken's age
        return Counted(holder, lemma(holder) if holder is not None else "", "age")
    if fig.tally is not None:  # "voted 314-214": one side of a vote or a score (grammar.py)
        return Counted(None, f"vote {fig.tally}", f"votes {fig.tally}")
    noun = counted_noun(doc, fig)
    if (noun is None or noun.i == fig.end) and fig.end < len(doc) and model_number(doc, fig.end, fig.end + 1):
        noun = doc[fig.end].head  # "five 787 Dreamliner sales": the sales, past the model's number (claims29)
    people = population_noun(doc, fig, noun if noun is not None and noun.pos_ != "PRON" else None)
    if people is not None:
        unit = people.text if lemma(people) in POPULATION_WORDS else "people"  # (not "4,000,000 country")
        return Counted(people, POPULATION, unit)  # "Croatia's 4.7 million population" (populations.py)
    if fig.percent and noun is not None and noun.pos_ == "PRON":  # "80% of those killed were women"
        clause = next((c for c in noun.children if c.dep_ in ("acl", "relcl")), None)
        return Counted(clause, lemma(clause), "percent of " + doc[noun.i : clause.i + 1].text) \
            if clause is not None else None
    if fig.dimension not in ("count", "percent") and not fig.modifier:
        unit = fig.currency_code or (fig.unit.name if fig.unit else fig.dimension)
        if noun is not None and noun.pos_ in ("NOUN", "PROPN") and noun.i >= 0:
            return Counted(noun, lemma(noun), unit)
        if noun is None and restated_sum(doc, fig, before, offset) and before is not None:
            return Counted(None, before.head, unit, inherit=before)  # ", or $2.10 per share" (sum_forms.py)
        if (form := sum_form(doc, fig)) is not None:  # "drew $4.5 billion in revenue": shown "revenue", its
            return Counted(None, "", unit, shown=form.lower_)  # head left as it was for grouping (sum_forms.py)
        grew = grown(doc, fig)  # "volume has increased by more than 155×": volume (multiples.py, claims51)
        return Counted(grew, lemma(grew), unit) if grew is not None else Counted(None, "", unit)
    if noun is None or noun.pos_ == "PRON" or noun.i == fig.num and fig.dimension == "count":
        if fig.dimension == "count" and not fig.percent and (label := box_label(doc, fig)):
            return Counted(None, label, label)  # "Number to enter circulation: 1.5 billion" (fact_box.py, claims84)
        return _bare_subject(doc, fig, before, offset, listed)
    head = lemma(noun)
    if fig.percent and fig.start <= noun.i < fig.end:
        head = "percent"  # a bare percentage ("1.8 per cent"): it counts nothing named
    if noun.lower_ == "times" and noun.i == fig.end and _low_at(doc, noun.i + 1) not in MULTIPLIER_AFTER:
        return Counted(noun, "time", "times")  # "shot four times", "stopped 419 times" (not "three times as many")
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
    return Counted(noun, head, unit)


def _low_at(doc: Doc, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


def not_a_claim(doc: Doc, fig: Figure, c: Counted) -> bool:
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
    if fig.dimension == "count" and not fig.percent and fig.base is None and pronoun_one(doc, fig.start, fig.num):
        return True  # "the only one that cares": a pronoun (pronoun_numbers.py, claims73)
    if fig.dimension == "count" and not fig.percent and fig.base is None and counts_sources(c.noun):
        return True  # "…, two army officers said": who reports, not what (source_counts.py, claims75)
    if fig.dimension == "count" and not fig.percent and c.head in EMPTY_COUNT_NOUNS:
        return True  # "three things to be watching", "one of two things": how a topic is split, no set (claims51)
    if (fig.dimension != "count") and fig.vague and not fig.share_word:
        return True  # "a few hundred metres": not a claim
    if fig.vague and c.head in MONEY_WORDS:
        return True  # "millions of dollars": says nothing one could check
    if rate(doc, fig) or stat_line(doc, fig.num) or ratio_side(doc, fig):
        return True  # "worked seven days a week": a rate, not a length of time; "Ortiz 21 points.": a box score;
        # "hold $1 for every $33": a ratio
    if _size_of_each(doc, fig, c):
        return True  # "one-vote losers", "three-bedroom homes": the size of each of them, not how many there are
    if fig.dimension == "duration" and (_period_of_toll(doc[fig.end - 1]) or _frame_of_figure(doc[fig.end - 1])):
        return True  # "the death toll from three weeks of frost": the period the toll covers, not a figure; "sold
        # 2 million in its first 12 months": the period the sales are counted over
    if fig.dimension == "duration" and window_of_ratio(doc, fig) or threshold_of_chance(doc, fig, c.noun):
        return True  # "a 20% chance … during the next five days": the chance's window; "a 50% chance of more than
        # five inches of rain": the chance's threshold (windows.py, claims49)
    if fig.dimension == "duration" and _period_of_named_figure(doc, fig):
        return True  # "a 52-week low of $580.76": the period names which low, the low is the figure (claims56)
    if reader_limit(doc, fig):
        return True  # "You can't enter more than 20 emails.": the page's rule for its reader (addressed.py, claims54)
    if number_led_name(doc, fig, c.noun):
        return True  # "told 404 Media": a name that opens with digits, not a count (led_names.py, claims49)
    return fig.share_word and (c.noun is None or c.noun.i < fig.end or c.head in PERSON_NOUNS and fig.vague)
    # ("most of the people": says little; "a third of the residents", "half the workers": a share, as "33 percent")


def _size_of_each(doc: Doc, fig: Figure, c: Counted) -> bool:
    """A hyphenated size before a plural noun ("two-seat gainers", "one-vote losers", "three-bedroom homes"): it
    tells what each of them has, not a total (claims47); before one noun it is that noun's size ("a 550-member
    delegation", "a 20-vehicle pileup": a figure, read by ``bare.modifier_unit``)."""
    return c.noun is not None and c.noun.i >= fig.end and c.noun.tag_ in ("NNS", "NNPS") and \
        bool(bare.size_word(doc, fig)) and lemma(c.noun) != bare.size_word(doc, fig)


def _opening_count(doc: Doc, fig: Figure, c: Counted) -> bool:
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


def _period_of_named_figure(doc: Doc, fig: Figure) -> bool:
    """A hyphenated length before a noun that holds a figure of its own by "of" ("a 52-week low of $580.76", "a
    10-year yield of 2.1%"): the length names which measure the other figure is, it is no length of anything."""
    k = fig.num + 2
    if k >= len(doc) or doc[fig.num + 1].text not in ("-", "–"):
        return False
    noun = doc[k].head
    if doc[k].dep_ not in ("compound", "amod", "nmod", "npadvmod") or noun.i <= k:
        return False
    objs = [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    return any(o.like_num or any(n.dep_ in ("nummod", "quantmod", "compound") and n.like_num for n in o.children)
               for o in objs)  # the "of" object is a figure (not "a 10-year suspension of bargaining rights …")


def _frame_of_figure(unit: Token) -> bool:
    """Is this unit word a span of time from a start another figure of its clause is counted over ("sold about 2
    million in its first 12 months", "cut deaths by 20 percent within the first 24 hours", lexicon ``frame_words``,
    ``frame_preps``)? Then it says over what period, not how long anything lasted (claims47); "In the past four
    years, thieves robbed three shops" stays a length (claims13), "over the next four years" how long."""
    prep = unit.head
    if unit.dep_ != "pobj" or prep.lower_ not in FRAME_PREPS or not any(
            c.dep_ == "amod" and c.lower_ in FRAME_WORDS for c in unit.children):
        return False
    own = {t.i for t in unit.subtree}
    return any(t.like_num and t.i not in own and t.ent_type_ not in ("DATE", "TIME") for t in prep.head.subtree)
