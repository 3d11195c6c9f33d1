"""Words of a text (``storyline.text``)."""

from __future__ import annotations


def test_remembered_words_are_fresh_lists_and_the_same_as_read() -> None:
    """``words`` and ``content_terms`` remember short texts; a caller that changes the list it got must
    not change what the next caller gets, and a long text (read every time) reads the same way."""
    from storyline.text import REMEMBERED_TEXT, content_terms, words

    short = "Firefighters’ crews battled the 3 blazes overnight, officials said."
    first = words(short)
    first.append("changed")
    terms = content_terms(short)
    terms.clear()
    assert words(short) == ["firefighters", "crews", "battled", "the", "3", "blazes", "overnight", "officials", "said"]
    assert content_terms(short) and content_terms(short) == content_terms(short + " ")
    long = (short + " ") * (REMEMBERED_TEXT // len(short) + 2)
    assert len(long) > REMEMBERED_TEXT
    assert words(long) == words(short) * (REMEMBERED_TEXT // len(short) + 2)
    assert content_terms(long) == content_terms(short) * (REMEMBERED_TEXT // len(short) + 2)
