"""A made thing's name written with its size ("the new 16-inch Vantor Book", 'the 13" Vantor Book'): a length in
a hyphenated compound (a unit of ``lexicon/units.tsv``, "16-inch", "6.1-inch", "55-inch") or in inches' marks,
right before a name, sizes the thing the name names, so the name is a product's, not an organisation's. A maker
written between the size and its product ("the 16-inch Kestrel Vantor Book": a capitalised word follows) is not
sized. A name joined by "and"/"or" to a product's before one shared noun ("all Vantor Book and Vantor Slate
models") is a product's too: the two name things of one kind. Makers joined so ("Kestrel and Orbis phones") are
products of neither, as no size names either. A one-word name that opens a sized product's name and is only ever
written before a common noun ("the Vantor lineup" beside "the 15-inch Vantor Book") names the product line, no
maker: a maker is written as one somewhere ("Kestrel said", "Kestrel will")."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .. import lexicon
from ..model import Analysis
from ..names import clean_name, display_form, name_key

__all__ = ["conjunct_products", "product_lines", "sized_use"]

_LENGTHS = lexicon.alternation(r[0] for r in lexicon.rows("units") if r[2] == "length" and r[0].isalpha())
_SIZE_BEFORE = re.compile(r"\b\d+(?:\.\d+)?(?:-(?:" + _LENGTHS + r")|[\"”″])"
                          r"[ \t]+(?:[a-z][\w-]*[ \t]+)?$")
"""A size right before a name: "16-inch |", "13.3-inch |", '16" |', "55-inch curved |"."""
_NAME_WORD_AFTER = re.compile(r"[ \t]+[A-Z]")
_JOINED = re.compile(r"^(?:[ \t]+(?:and|or)[ \t]+|,[ \t]+(?:(?:and|or)[ \t]+)?)$")
_ACTORS = ("company", "person", "speaks", "which")  # uses as a business's, a person's, a speaker's
_SHARED_NOUN = re.compile(r"[ \t]+(?!(?:says|was|has|does|goes)\b)[a-z]{2,}s\b")  # "… models", "… phones"


def sized_use(text: str, start: int, end: int) -> bool:
    """Is the name at ``text[start:end]`` written right after a size, and no name's word after it (module
    docstring)?"""
    return (_SIZE_BEFORE.search(text[max(0, start - 30) : start]) is not None
            and _NAME_WORD_AFTER.match(text, end) is None)


def _key(text: str) -> str:
    return name_key(clean_name(display_form(text)))


def conjunct_products(analyses: Sequence[Analysis], products: set[str], uses: dict[str, Counter[str]]) -> set[str]:
    """Names joined to a product's name before one shared plural noun ("Vantor Book and Vantor Slate
    models"), never written as a business's, a person's or a speaker's (module docstring)."""
    out: set[str] = set()
    for a in analyses:
        ms = sorted(a.mentions, key=lambda m: m.start)
        run: list[str] = []
        for i, m in enumerate(ms):
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            run.append(_key(m.text))
            if nxt is not None and m.end <= nxt.start and _JOINED.match(a.doc.text[m.end : nxt.start]):
                continue  # the run goes on: "Vantor Book and| Vantor Slate"
            if len(run) > 1 and _SHARED_NOUN.match(a.doc.text, m.end) and products & set(run):
                out |= {k for k in run if not any(uses.get(k, Counter())[c] for c in _ACTORS)}
            run = []
    return out - products


_NOUN_AFTER = re.compile(r"(?:['’]s)?[ \t]+[a-z]{3,}")


def product_lines(analyses: Sequence[Analysis], sized: set[str], stopwords: frozenset[str]) -> set[str]:
    """One-word names that open a sized product's name and only ever modify a common noun (module docstring)."""
    heads = {k.split()[0] for k in sized if " " in k}
    modifies: dict[str, bool] = {}
    for a in analyses:
        for m in a.mentions:
            if (k := _key(m.text)) in heads:
                after = _NOUN_AFTER.match(a.doc.text, m.end)
                word = after.group(0).split()[-1] if after else ""
                modifies[k] = modifies.get(k, True) and bool(word) and word not in stopwords
    return {k for k, only in modifies.items() if only}
