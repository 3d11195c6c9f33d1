"""A count after "between" on a noun names the sides of what that noun tells (claims35): "calls about a fight aboard
a train between two men": the two men are the fight's sides, not what the calls' verb ("receiving") did, though the
parse may hang "between" on the nearer noun ("train"). The event is the outermost noun of the chain of noun
phrases the "between" phrase is in, below its verb ("fight"), when that noun is itself in a phrase of the verb
("about a fight"), not its subject or object.
"""

from __future__ import annotations

from spacy.tokens import Token


def sides_of(prep: Token) -> Token | None:
    """The noun whose sides a "between" phrase (``prep``) counts, or None (no noun, or one the verb takes)."""
    if prep.lower_ != "between" or prep.head.pos_ != "NOUN" or prep.head.i == prep.i:
        return None
    noun = prep.head
    for _ in range(6):
        link = noun.head
        if noun.dep_ != "pobj" or link.dep_ != "prep" or link.head.pos_ != "NOUN" or link.head.i == link.i:
            break
        noun = link.head
    return noun if noun.dep_ == "pobj" else None  # ("Talks between three unions failed", "built a road between
    # two towns": the noun's own verb tells what it did; left as it was)
