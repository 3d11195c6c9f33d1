"""The "what" of a count or a sum, named from the parse alone (claims60).

A row's what is the noun the parse ties the figure to, climbing only through the figure's own clause:

- the noun the number modifies ("123 South Korean factories": "South Korean factories"), with its own "of" phrase
  ("three members of the security forces": "members of the security forces");
- "N of X" ("hundreds of X", "N of the X"): X;
- a sum's own "in"/"of" phrase ("$3 billion in aid", "300,000 tonnes of wheat"): that noun;
- the measured noun of "X of N" or "X for N" ("a cost of $5 million", "a request for $5 million"; not a verb's
  "for": "sold the firm for $5 million"): X;
- the subject of a verb that brings it to the figure ("the deficit soared to $3.2 billion"), of a verb of value or
  level whose object the figure is ("the bill totalled $40", lexicon ``value_verbs``), or of a copula whose
  attribute it is ("the toll was 50"): that subject;
- a figure in apposition to a noun ("the force, 12,600 troops"): that noun.

Where the parse ties the figure to no noun (a bare "of which 13 will be free", a size modifier "a 41-slide
presentation", a sum that is some verb's object), no word near it is guessed: the what is the shortest verbatim
span of the figure's own clause that holds it, in quotation marks, so a reader can check it against the text.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .compounds import split_head
from .fact_box import box_label
from .figure import Figure
from .hyphen_names import hyphen_word_end
from .relations import YEAR
from .vocab import word_set

_VALUE_VERBS = word_set("value_verbs") | word_set("level_verbs")  # (a change verb's object is the change)
_RAISING = word_set("transitive_change_verbs")
_AT_VERBS = _VALUE_VERBS | word_set("valuing_participles")
_NOUNS = ("NOUN", "PROPN")
_LEFT = ("compound", "amod", "nmod", "poss")  # a noun's own modifiers, kept with it
_CLAUSE_HEADS = ("VERB", "AUX")
_WIDEST = 12  # tokens of a verbatim span at most


def structural_what(doc: Doc, fig: Figure) -> str:
    """The noun phrase the figure counts or measures (module docstring), or a quoted verbatim span; '' when the
    figure is no count or sum; a fact box's label first ("Price: £30": fact_box.py, claims84)."""
    if fig.dimension not in ("count", "money") or fig.percent or fig.base is not None or fig.share_word:
        return ""
    if label := box_label(doc, fig):
        return label
    noun = _tied_noun(doc, fig)
    while noun is not None and noun.dep_ == "compound" and noun.head.i > noun.i and noun.head.pos_ in _NOUNS:
        noun = noun.head  # "a $200 meal voucher" the parser hung on "meal": the voucher
    if noun is not None:
        return _phrase(noun, fig)
    return _verbatim(doc, fig)


def _top(doc: Doc, fig: Figure) -> Token:
    """The figure's own head token: the one of its tokens whose head lies outside it."""
    t = doc[fig.num]
    while t.head.i != t.i and fig.start <= t.head.i < fig.end:
        t = t.head
    return t


def _tied_noun(doc: Doc, fig: Figure) -> Token | None:
    """The noun the parse ties the figure to (module docstring), or None."""
    if fig.of_token is not None and fig.dimension == "count" and doc[fig.of_token].pos_ in _NOUNS:
        return doc[hyphen_word_end(doc, fig.of_token)]  # "hundreds of people", "dozens of non-swimmers"
    top = _top(doc, fig)
    if fig.modifier:
        return None  # "a 41-slide presentation": a size of the noun, not a count of it (verbatim)
    return _tie(top, fig, 2)


def _tie(top: Token, fig: Figure, depth: int) -> Token | None:
    """The noun the figure's head token is tied to; a figure joined to another ("€97m at X and €320m at Y") is
    tied as that one is."""
    if top.dep_ in ("nummod", "quantmod", "compound", "amod") and top.head.pos_ in _NOUNS and top.head.i >= fig.end:
        return top.head  # "123 factories", "a $5 million contract"
    own = _own_of(top)
    if own is not None:
        return own  # "three of the workers", "$3 billion in aid"
    if top.dep_ == "pobj" and top.head.lower_ in ("of", "for") and top.head.head.pos_ in _NOUNS:
        measured = top.head.head  # "a cost of $5 million"
        if measured.dep_ == "pobj" and measured.head.lower_ == "per" and measured.head.head.pos_ in _NOUNS:
            return measured.head.head  # "earnings per share of $10.78": the earnings
        return measured
    kind = _kind_after(top)
    if kind is not None:
        return kind
    if top.dep_ == "appos" and top.head.pos_ in _NOUNS:
        return top.head
    if top.dep_ == "conj" and depth and (top.head.like_num or top.head.pos_ == "SYM"):
        return _tie(top.head, fig, depth - 1)
    return _subject_of_level(top)


def _kind_after(top: Token) -> Token | None:
    """A sum's kind in an "in" phrase the parse hung on its verb right after it ("drew $4.5 billion in revenue"),
    a common noun that is no date or time ("in the year", "in Ohio" are not kinds)."""
    if top.dep_ != "dobj" or not top.pos_ == "SYM" and not top.like_num and top.ent_type_ != "MONEY":
        return None
    for pp in top.head.children:
        if pp.dep_ == "prep" and pp.lower_ == "in" and pp.i > top.i:
            obj = next((o for o in pp.children if o.dep_ == "pobj"), None)
            if obj is not None and obj.pos_ == "NOUN" and not obj.ent_type_:
                return obj
    return None


def _own_of(top: Token) -> Token | None:
    """The noun of the figure's own "of" phrase (a count's or a sum's) or a sum's "in" phrase."""
    for pp in top.children:
        if pp.dep_ == "prep" and (pp.lower_ == "of" or pp.lower_ == "in" and top.pos_ in ("SYM", "NOUN", "NUM")
                                  and (top.pos_ != "NUM" or top.ent_type_ == "MONEY")):
            obj = next((o for o in pp.children if o.dep_ == "pobj" and o.pos_ in _NOUNS), None)
            if obj is not None and (pp.lower_ == "of" or obj.pos_ == "NOUN" and not obj.ent_type_):
                return obj  # (a sum "in Lyon" is where, not what)
    return None


def _subject_of_level(top: Token) -> Token | None:
    """The subject of the verb of change, level or being whose object or attribute the figure is."""
    verb, at = top.head, False
    if top.dep_ == "pobj" and verb.lower_ in ("to", "from", "at") and verb.dep_ == "prep":
        at = verb.lower_ == "at"
        verb = verb.head  # "soared to $3.2 billion", "fell from 7.5 billion": any verb's subject that moves
        verb = verb.head if verb.pos_ in ("ADV", "ADP", "PART") else verb  # ("back to $40", "go up to $8")
        if verb.pos_ not in _CLAUSE_HEADS or at and verb.lemma_.lower() not in _AT_VERBS:
            return None  # ("start at 40 euro", "valued at $2 million": a verb of level or value only)
        if verb.dep_ == "acl" and verb.head.pos_ in _NOUNS:
            return verb.head  # "a collection valued at $5 million"
    elif top.dep_ in ("dobj", "npadvmod") and any(c.lower_ == "to" and c.dep_ == "quantmod" for c in top.children):
        if verb.lemma_.lower() in _RAISING:
            return None  # "could raise up to $9bn": what is raised, not a level its subject reaches
        # "would go up to $8": the parser's "to" inside the figure
    elif not (top.dep_ == "attr" and verb.lemma_ == "be" or top.dep_ in ("dobj", "npadvmod")
              and verb.pos_ in _CLAUSE_HEADS and verb.lemma_.lower() in _VALUE_VERBS):
        return None
    if top.dep_ != "attr" and not at:
        moved = next((o for o in verb.children if o.dep_ == "dobj" and o.pos_ in _NOUNS and o.i != top.i
                      and not o.is_ancestor(top) and not any(c.like_num for c in o.children)), None)
        if moved is not None:
            return moved  # "move the ticket price back to $40": what is moved to the value
    subj = _subject(verb)
    return subj if subj is not None and subj.pos_ in _NOUNS else None


def _subject(verb: Token) -> Token | None:
    """The verb's subject, or that of the clause it continues ("closed at $9 but slipped $1", "growing, expected to
    reach $90 million"), two clauses up at most."""
    for _ in range(3):
        subj = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None or verb.dep_ not in ("conj", "xcomp", "advcl", "acl") or verb.head.i == verb.i:
            return subj
        verb = verb.head
    return None


def _phrase(noun: Token, fig: Figure) -> str:
    """The noun with its own modifiers (not the figure) and its own "of" phrase, as written."""
    keep = {noun.i}
    other = min((c.i for c in noun.children if c.dep_ == "nummod" and not fig.start <= c.i < fig.end
                 and not YEAR.match(c.text)), default=-1)  # (a year is no other figure: "the harbour's 2020
    for c in noun.children:  # budget request"; "1,000 of an estimated 1,400 networks": "estimated" is the 1,400's)
        if c.dep_ in _LEFT and other < c.i < noun.i and not fig.start <= c.i < fig.end and c.pos_ != "PRON":
            keep |= {t.i for t in c.subtree if not fig.start <= t.i < fig.end}
        if c.dep_ == "prep" and c.lower_ == "of" and c.i > noun.i:
            obj = next((o for o in c.children if o.dep_ == "pobj"), None)
            if obj is not None and not fig.start <= obj.i < fig.end and not obj.like_num:
                keep |= {c.i, obj.i} | {t.i for x in obj.children if x.dep_ in (*_LEFT, "det") and x.i < obj.i
                                        for t in x.subtree}
    split = split_head(noun) if fig.dimension == "money" else None
    if split is not None:
        keep.add(split.i)  # "a $200 meal voucher" tagged "voucher" an adjective (compounds.py)
    idx = sorted(keep)
    while len(idx) > 1 and noun.doc[idx[0]].dep_ == "det":
        idx = idx[1:]  # "the town's budget gap": "town's budget gap"
    idx = idx[_glued_start(noun.doc, idx):]
    text = _written(noun.doc, idx)
    return text if noun.doc[idx[0]].pos_ == "PROPN" else text[:1].lower() + text[1:]  # "Sales": "sales"


def _glued_start(doc: Doc, idx: list[int]) -> int:
    """Where a sentence glued after a crosshead starts in the phrase ("Streamlining effort Restructuring costs last
    year amounted to …": "Restructuring"): a capitalised common word, in no name, right after a lower-case word;
    the words before it are the crosshead's (claims80). 0 when there is none."""
    for k in range(1, len(idx)):
        tok, prev = doc[idx[k]], doc[idx[k - 1]]
        if idx[k] == idx[k - 1] + 1 and tok.is_title and tok.pos_ in ("NOUN", "VERB", "ADJ") and not tok.ent_type_ \
                and prev.is_lower and prev.is_alpha:
            return k
    return 0


def _written(doc: Doc, idx: list[int]) -> str:
    out = ""
    for k, i in enumerate(idx):
        t = doc[i]
        joined = k + 1 < len(idx) and idx[k + 1] == i + 1
        out += t.text_with_ws if joined else t.text + " "
    return out.strip()


def _clause(t: Token) -> Token | None:
    """The head of the figure's own clause: its nearest verb above it."""
    while t.head.i != t.i:
        t = t.head
        if t.pos_ in _CLAUSE_HEADS:
            return t
    return t if t.pos_ in _CLAUSE_HEADS else None


def _verbatim(doc: Doc, fig: Figure) -> str:
    """The shortest verbatim span of the figure's clause that holds the figure, its subject and verb, quoted."""
    top = _top(doc, fig)
    lo, hi = fig.start, max(fig.end - 1, top.i)
    if fig.modifier and top.head.pos_ in _NOUNS and top.head.i > top.i:
        hi = top.head.i  # "a 41-slide PowerPoint presentation"
    else:
        verb = _clause(top)
        if verb is not None:
            subj = next((s for s in verb.children if s.dep_ in ("nsubj", "nsubjpass", "expl")), None)
            lo = min(lo, verb.i, subj.left_edge.i if subj is not None else verb.i)
            hi = max(hi, verb.i, *(c.right_edge.i for c in verb.children if c.dep_ in ("acomp", "attr")
                                   and c.i > verb.i and not c.right_edge.i - lo > _WIDEST))
            if top.i < verb.i and top.left_edge.i < lo:
                lo = top.left_edge.i  # "of which 13 will be free"
            if hi - lo > _WIDEST:  # too long with its subject: the verb and the figure alone ("raised $4.5 million")
                lo, hi = min(verb.i, fig.start), max(verb.i, fig.end - 1, top.i)
    if hi - lo > _WIDEST or (lo, hi) == (fig.start, max(fig.end - 1, top.i)):
        return ""  # a quote of the figure alone says nothing of what it is: no name from the parse
    return "“" + doc[lo : hi + 1].text + "”"
