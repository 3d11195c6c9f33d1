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


def test_word_spans_are_the_lookbehind_patterns_matches() -> None:
    """``word_spans`` finds by ``str.find`` what ``(?<![\\w…])word(?![\\w…])`` finds: at either end of the text,
    not inside a word (letters, digits of any script, "_"), not after or before the extra characters."""
    import re

    from storyline.text import word_spans

    texts = ["Oscar Oscars .Oscar -Oscar Oscar-winning the Oscar. Oscar", "x_Oscar 5Oscar ٣Oscar Oscar² ‘Oscar’ éOscar",
             "aaa aa aaaa a", "", "Tarn Fen (Tarn Fen) Tarn Fenwick Tarn Fen."]
    for word in ("Oscar", "aa", "a", "Tarn Fen", "Fen"):
        for before, after in (("", ""), (".-", "-"), ("'’", "'’")):
            pattern = re.compile("(?<![\\w" + re.escape(before) + "])" + re.escape(word) + "(?![\\w" + re.escape(after)
                                 + "])")
            for t in texts:
                assert word_spans(t, word, before, after) == [m.span() for m in pattern.finditer(t)], (word, t)
