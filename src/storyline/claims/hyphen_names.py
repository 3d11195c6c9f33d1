"""A number that is part of a hyphenated compound naming or describing a thing, not a figure (claims59, the 60th and
62nd reads): an event's or a product's name whose hyphenated word is capitalised mid-sentence ("the 3-Day walk",
"Plan B One-Step") is a name, read as a duration or a count of 1 and then set "agree" or "contested" across reports;
and "one" joined by a hyphen to a counted noun before another noun ("a one-pill version", "a one-car crash") says
what kind of thing it is, not how many: a count of 1 of its inner noun is no figure. A length ("a one-year contract")
and a count above one ("a three-judge panel") stay figures.

A number word capitalised mid-sentence after a capitalised adjective or name ("the less-heralded Big Three", "the
Fantastic Four") is a nickname's part too (claims62: "Big Three" read as an age and set against "Duncan, 37"); a
verb before it ("Storm Kills Three") keeps the count.

A number after "of" and a capitalised word mid-sentence ("the Group of 20 major economies", "the Group of
Seven") ends a body's name (claims87: "the 20 of G20" read as a count of economies in two rows).

A counted noun written with a hyphen ("dozens of non-swimmers", "hundreds of co-workers") is one word, which the parse
splits at its hyphens: the counted noun is the word's last part, and its phrase the whole word (``hyphen_word_end``,
claims93: "non killed" of "killing dozens of non-…").

A number before a capitalised superlative and a capitalised noun mid-sentence ("its list of the 100 Greatest Painters
of All Time", "the 50 Most Powerful Women") is a ranked list's title (claims67, the 66th read: "greatest Guitarists |
100" beside the real figure, the rank "sixth"); a lower-case superlative ("the 10 largest banks") stays a count.
"""

from __future__ import annotations

from spacy.tokens import Doc

from .figure import Figure


def _glued_hyphen(doc: Doc, k: int) -> bool:
    """A hyphen at ``k`` with no space on either side."""
    return 0 < k < len(doc) - 1 and doc[k].text in ("-", "–") and not doc[k - 1].whitespace_ and \
        not doc[k].whitespace_


def named_number(doc: Doc, i: int) -> bool:
    """The number at ``i`` is the first half of a capitalised hyphenated word mid-sentence ("3-Day", "One-Step")
    before a lower-case noun or inside a run of capitalised words: a name's part."""
    k = i + 1
    if not _glued_hyphen(doc, k) or i == doc[i].sent.start:
        return False
    word = doc[k + 1]
    return word.is_alpha and word.text[0].isupper() and not word.is_upper


def of_name_number(doc: Doc, i: int) -> bool:
    """The number at ``i`` ends a name of the form "<Capitalised word> of N" mid-sentence ("the Group of 20 major
    economies", "the Group of Seven", "the Council of 12 Elders"; claims87): how the body is called, not a count of
    anything the report tells; "a team of 12 engineers", a sentence's opening "Of the 129 deaths" and a headline's
    capitalised words ("Toll Of 50 Rises") stay figures."""
    sent = doc[i].sent
    if i < sent.start + 3 or doc[i - 1].lower_ != "of":
        return False
    word = doc[i - 2]
    if not (word.is_alpha and word.text[0].isupper() and not word.is_upper and word.pos_ in ("PROPN", "NOUN")):
        return False
    common = [t for t in sent if t.i > sent.start and t.is_alpha and t.pos_ in ("NOUN", "VERB", "ADJ")]
    return 2 * sum(t.text[0].isupper() for t in common) < len(common)  # (not a headline's capitalised words)


def titled_number(doc: Doc, i: int) -> bool:
    """The number word at ``i`` is capitalised mid-sentence after a capitalised adjective or name that is not the
    sentence's first word (module docstring)."""
    tok = doc[i]
    if not tok.is_alpha or not tok.text[0].isupper() or tok.is_upper or i <= tok.sent.start + 1:
        return False
    prev = doc[i - 1]
    return prev.is_alpha and prev.text[0].isupper() and not prev.is_upper and prev.pos_ in ("ADJ", "PROPN")


def list_title(doc: Doc, i: int) -> bool:
    """The number at ``i`` opens a ranked list's title mid-sentence: a capitalised superlative ("Greatest", "Most
    Powerful") and then a capitalised noun (module docstring)."""
    if i == doc[i].sent.start or i + 2 >= len(doc):
        return False
    sup = doc[i + 1]
    if not (sup.is_alpha and sup.text[0].isupper() and not sup.is_upper and sup.sent == doc[i].sent):
        return False
    if sup.tag_ not in ("JJS", "RBS") and not (len(sup) > 5 and sup.lower_.endswith("est")):
        return False
    k = i + 2
    while k < len(doc) - 1 and doc[k].pos_ == "ADJ" and doc[k].text[:1].isupper():
        k += 1  # "Most Powerful Women"
    noun = doc[k]
    return noun.is_alpha and noun.text[0].isupper() and noun.pos_ in ("NOUN", "PROPN")


def kind_of_one(doc: Doc, fig: Figure) -> bool:
    """A count of 1 written "one-NOUN" before another noun ("a one-pill version"): the kind of the thing."""
    if fig.dimension != "count" or fig.vague or fig.low != fig.high or fig.value != 1:
        return False
    i = fig.num
    if doc[i].lower_ not in ("one", "1") or not _glued_hyphen(doc, i + 1) or i + 3 >= len(doc):
        return False
    inner, after = doc[i + 2], doc[i + 3]
    return inner.is_alpha and inner.is_lower and after.pos_ in ("NOUN", "PROPN")


def hyphen_word_end(doc: Doc, i: int) -> int:
    """The index of the last part of the hyphenated word that token ``i`` opens ("non" of "non-swimmers": the index
    of "swimmers"), ``i`` itself when no hyphen glues it to the next word."""
    k = i
    while _glued_hyphen(doc, k + 1) and doc[k + 2].is_alpha:
        k += 2
    return k
