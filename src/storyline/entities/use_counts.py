"""How each mention of a name is written, counted per name: as a product's, a business's, a person's, a speaker's,
after "the" or an article … The type checks (``evidence``) read the counts of every name of the story, so that a name
is judged by all its uses, never by one."""

from __future__ import annotations

import re
from collections import Counter

from .. import lexicon
from ..model import Mention
from ..names import (
    company_noun_before,
    owned_product_use,
    person_use,
    product_use,
    speaks_use,
    which_use,
)
from ..places.division_lists import in_locality_list
from .awards import award_use
from .body_lists import listed_body
from .brands import brand_use
from .landforms import landform_use
from .owners import owner_uses
from .roles import body_before_office, office_titled
from .shapes import adjective_use, alias_use, model_year_use, named_product_use, quoted_use
from .sized_products import sized_use
from .tickers import ticker_after
from .ventures import venture_use

_ARTICLE = re.compile(r"(?:^|[^\w-])(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z][\w-]*[ \t]+)?$")  # "a |", "the silver-gray |"
_DETERMINED = re.compile(r"(?:\b(?:[Tt]he|at|in|inside|outside)|\w['’]s)[ \t]+$")  # "at the|", "Aldermouth's|"
WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")  # "the Jolly Fiddler| source", "the House and Senate| chambers"
STOPWORDS = lexicon.words("stopwords")
_THE_BEFORE = re.compile(r"\b[Tt]he[ \t]+$")  # "at the |Jolly Fiddler"


def count_uses(text: str, m: Mention, n: Counter[str]) -> None:
    """Count how one mention is written: as a product's, a business's, a person's, a speaker's … (``names``)."""
    n["all"] += 1
    product = product_use(text, m.start, m.end)
    n["product"] += product
    n["brand"] += product or brand_use(text, m.start, m.end)  # "the Acme logo" too
    company, cued, traded = owner_uses(text, m.start, m.end)  # "Kylie Jenner's cosmetics company": her company
    n["company"] += company or listed_body(text, m.start, m.end) or ticker_after(text, m.start, m.end)  # "companies
    # like Elbit, Candiru": bodies (body_lists); "Velbrook (VLBK)": a traded company (tickers)
    n["company_before"] += company_noun_before(text, m.start)  # "the investment company Acme"
    n["org_cue"] += cued
    n["traded"] += traded
    n["venture"] += venture_use(text, m.start, m.end)
    n["person"] += person_use(text, m.start, m.end)
    n["office_body"] += body_before_office(text, m.end)  # "Velsh Dem| leader Jo Kerr" (ents57)
    n["speaks"] += speaks_use(text, m.end, m.start)  # not "one app on Velox told users"
    named = named_product_use(text, m.start)  # "the diabetes drug Velzor": a product, named
    n["which"] += which_use(text, m.end, m.start) and not office_titled(text, m.start, m.text) and not named
    # not "president X, which", nor "the drug Velzor, which was banned": the clause is on the product
    n["quoted"] += quoted_use(text, m.start, m.end)
    n["determined"] += _DETERMINED.search(text[max(0, m.start - 12) : m.start]) is not None
    n["alias"] += alias_use(text, m.start, m.end)
    n["model_year"] += model_year_use(text, m.start)
    n["localities"] += in_locality_list(text, m.start, m.end)  # "in Aldgate, Tarn Kadal and Velby areas"
    n["sized"] += sized_use(text, m.start, m.end)
    n["org_tag"] += m.kind == "org"
    n["named_product"] += named
    n["adjective"] += adjective_use(text, m.start, m.end)
    n["owned"] += owned_product_use(text, m.start, m.end)
    n["article"] += _ARTICLE.search(text[max(0, m.start - 30) : m.start]) is not None
    n["award"] += award_use(text, m.end)
    the = bool(m.text.startswith(("the ", "The ")) or _THE_BEFORE.search(text[max(0, m.start - 6) : m.start]))
    n["the"] += the
    n["the_head"] += the and ((after := WORD_AFTER.match(text, m.end)) is None or after.group(1) in STOPWORDS)
    n["landform"] += (landform := landform_use(text, m.start, m.end)) is not None
    n["landform_piece"] += landform == "piece"
