"""Ages of people written beside a name or after "aged": 'John Smith, 45, said', 'aged 45', 'at age 50',
'Smith, then 45,' (the age at the time).

(The hyphenated forms, 'a 45-year-old man' and 'a 10-year girl', are read with the units in
numbers.py.) The claims table keeps an age only where several reports give it (grouping.py).
"""

from __future__ import annotations

from spacy.tokens import Doc

from .vocab import units


def age_at_a_moment(doc: Doc, start: int, dimension: str = "age") -> bool:
    """'set out for Pakistan at age 15', 'at the age of 15': an age at some moment (of a life, or a threshold:
    'screening at age 50'), not how old a person named nearby is now (grouping: it joins no named age)."""
    if dimension != "age":
        return False
    words = [doc[k].lower_ for k in range(max(0, start - 4), start)]
    return words[-2:] == ["at", "age"] or words[-4:] == ["at", "the", "age", "of"]


def person_age(doc: Doc, start: int, end: int, value: float) -> bool:
    """Is the number at tokens ``start:end`` a person's age (dimension 'age')?"""
    if not float(value).is_integer() or not 0 < value < 120:
        return False
    pl = doc[start - 1].lower_ if start > 0 else ""
    nl = doc[end].lower_ if end < len(doc) else ""
    if pl in ("aged", "age") and nl not in units():
        return True
    if pl == "then" and start >= 2 and doc[start - 2].lower_ == ",":
        start, pl = start - 1, ","  # "his son Rylan Egeland, then 17, to ...": the age he was at the time
    name = doc[start - 2] if start >= 2 else None
    if pl != "," or nl != "," or name is None or name.pos_ != "PROPN":
        return False
    if name.ent_type_ in ("PERSON", ""):
        return True
    # a lone surname the tagger reads as an organisation ("Hadley, 65, appeared"): the number hangs on
    # the name as its apposition, as an age does
    return name.ent_type_ == "ORG" and doc[start].dep_ == "appos" and doc[start].head.i == name.i
