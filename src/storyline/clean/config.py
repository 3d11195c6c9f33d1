"""The cleaner's global limits, as one documented object (like ``summary.SummaryConfig``).

Set by hand with the rules on invented fixtures and the dev bench files, and checked on
the seeds' gold. The word limits of single rules stay with their rule in ``rules.py``
(the learned furniture model of issue 10 replaces those rules). The line-shape helpers
are asked by every rule, so they read ``DEFAULT_CONFIG`` rather than take it as an
argument.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class CleanConfig:
    """How long furniture, headlines and list items can be; where date lines sit; when to judge language."""

    max_furniture_words: int = 40  # longer lines are article text unless a rule says otherwise (cookie notices)
    max_headline_words: int = 25  # a headline is 3 to this many words; longer lines read as paragraphs
    max_list_item_words: int = 20  # a linked headline in a related-stories box
    max_trailing_junk_words: int = 15  # after the last paragraph, a shorter non-sentence is a label or a link
    max_masthead_words: int = 16  # "Bayview Courier | World & Nation | Updated 14/03/2025"
    date_line_top_lines: int = 8  # a line that is only a date counts as the publication date this near the top
    language_min_words: int = 20  # the language gate judges only bodies this long ...
    language_min_confidence: float = 0.3  # ... and only clear verdicts ...
    english_stopword_floor: float = 0.2  # ... and never a body this share of whose words are English stopwords
    # (English prose is about one third "the/and/of/..."; other languages' text a few percent)


DEFAULT_CONFIG = CleanConfig()
