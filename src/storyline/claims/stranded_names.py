"""Speakers the parse strands from their verb of saying, read by attribution._subject when the verb has no subject:
a name joined to a place before it (claims52, moved here from attribution.py by claims75), and the name of an
inverted tag the parse hung on a later verb (claims75).
"""

from __future__ import annotations

from spacy.tokens import Token


def stranded_name(verb: Token) -> Token | None:
    """'… were detained in Lyon, Jean Dupont, a police official, told AFP': a parse that joins the name to the place
    before it and leaves the reporting verb after its clause with no subject. The person or body joined to a place,
    with a title in apposition, that ends right before the verb is the speaker (claims52)."""
    return next((t for t in verb.sent if t.i < verb.i and t.dep_ == "conj" and t.ent_type_ in ("PERSON", "ORG")
                 and t.head.ent_type_ in ("GPE", "LOC") and t.right_edge.i + 1 == verb.i
                 and any(c.dep_ == "appos" for c in t.children)), None)


def inverted_name(verb: Token) -> Token | None:
    """'"…," said Nick Mortimer, a geologist who co-authored the paper': an inverted tag whose name the parse hung on
    a later verb; the person named right after the verb, itself right after the quotation or its comma, is the
    speaker (claims75)."""
    doc = verb.doc
    if verb.i == 0 or verb.i + 1 >= len(doc) or doc[verb.i - 1].text not in ('"', "”", ","):
        return None
    first = doc[verb.i + 1]
    if first.ent_type_ != "PERSON" or first.ent_iob_ != "B":
        return None
    end = first.i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[first.i:end].root
