"""A place of a clause coordinated beside the figure's, no place of the figure (claims73): "The order suspends the
ferry programme for 120 days and bars trawlers from Norway indefinitely", "bars visitors for 90 days, and
fishermen from Norway indefinitely", "halts imports for 90 days, with shipments from Peru barred": the span is the
first clause's, Norway and Peru the other's. A place down another conjunct of a verb (a clause, or a gapped one:
"and fishermen from Norway"), or in a "with" clause of its own subject hung on the figure's verb, is told of that
other thing, so it is no place of the figure, neither as its clause's nor as its sentence's (extract._where); a
list of places ("in Kent and Sussex") is one phrase, not two clauses, and "charged with falsifying records in
Dover" is the verb's own complement. The other way round (claims75): a figure in such a "with" clause ("…
guarantees over the status of EU residents in the UK, with the government winning the vote by 274 votes to 135")
takes no place of a noun outside it; the place of the verb the clause hangs on ("Fighting raged in Homs, with 20
people killed") stays its; and a place in what a relative clause's verb of saying reports ("a 13-page ruling, which
said he faced persecution in Norway") is the report's, no place of the ruling.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .vocab import word_set

_ASIDE_PREPS = frozenset({"with"})
REPORT_VERBS = word_set("report_verbs")


def _other_clause(tok: Token) -> bool:
    """A conjunct that is a clause of its own: a verb with its own subject or object ("and bars trawlers from …"),
    or a noun conjoined to a verb, the argument of a gapped clause ("and fishermen from Norway indefinitely"); not a
    bare verb sharing the clause ("were electrocuted or died in …", however the parse hangs it)."""
    if tok.dep_ != "conj" or "VERB" not in (tok.pos_, tok.head.pos_):
        return False
    return tok.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass", "dobj") for c in tok.children)


def _absolute(prep: Token) -> bool:
    """A "with" clause of its own subject and verb ("with shipments from Peru barred"), not a verb's complement
    ("charged with falsifying records in Dover")."""
    return prep.dep_ == "prep" and prep.lower_ in _ASIDE_PREPS and any(
        c.dep_ in ("pcomp", "pobj") and any(g.dep_ in ("nsubj", "nsubjpass") for g in c.children)
        for c in prep.children)


def _reported_by_relative(tok: Token) -> bool:
    """The clause a relative clause's verb of saying reports ("…, which said he faced persecution in Norway")."""
    head = tok.head
    return tok.dep_ in ("ccomp", "dobj") and head.dep_ == "relcl" and (head.lemma_ or head.text).lower() in REPORT_VERBS


def _verbs_place(tok: Token) -> bool:
    """The place is a verb's own locative ("raged in Homs"), not a noun's ("the status of residents in the UK")."""
    while tok.dep_ in ("conj", "appos", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "pobj" and tok.head.head.pos_ in ("VERB", "AUX")


def other_branch(doc: Doc, place: int, num: int) -> bool:
    """Is the place (root token ``place``) down a verb's conjunct, or a "with" clause, hung on the path from the
    figure's number (token ``num``) to the root, away from the figure?"""
    own = next((a for a in doc[num].ancestors if _absolute(a)), None)
    if own is not None and not own.left_edge.i <= place <= own.right_edge.i:
        return not _verbs_place(doc[place])  # the figure in a "with" clause: only its verb's place reaches it
    path = {num, *(a.i for a in doc[num].ancestors)}
    tok = doc[place]
    for _ in range(60):
        if tok.i in path or tok.head.i == tok.i:
            return False
        if _reported_by_relative(tok):
            return True  # "a 13-page ruling, which said he faced persecution in Norway": the ruling says it (claims75)
        if (_other_clause(tok) or _absolute(tok)) and tok.head.i in path:
            return True  # (not a list of places, "in Kent and Sussex"; nor a conjunct inside the figure's own relative
            # clause: "41 people who drowned or died in landslides in Camarines Sur")
        tok = tok.head
    return False
