"""A user's search text as an SQLite FTS5 query (``stories --search``, the web app's search, ``/api/stories``).

How words combine (README, "Stories from a stream"; ``stories --help``):

- words: a story matches when one of its reports (or its title) holds every word (``air strikes``);
- ``"a phrase"``: those words next to each other, in that order;
- ``word*``: any word that starts so (``evacuat*``);
- ``OR`` in capitals between words, phrases or groups: either (``Boeing OR Airbus``); ``AND`` may be written;
- ``-word`` or ``NOT word`` after what to find: leave out reports that hold it (``Boeing -Airbus``);
- parentheses group (``(Boeing OR Airbus) order``).

Lower-case ``or``, ``and`` and ``not`` are words like any other. Every word is passed to FTS5 quoted, so
that no character of the text is FTS5 syntax (a column filter, ``NEAR``, ``^``): only the operators above
are. A text this reading cannot make a query of raises ``QueryError``, whose message says what is wrong and
how to write it; it never reaches SQLite as a syntax error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..errors import StorylineError

OPERATORS = ("OR", "AND", "NOT")
_WORD_CHAR = re.compile(r"\w")
_BREAK = re.compile(r"[\s()\"“”]")  # where a bare word ends
_QUOTES = {'"': '"', "“": "”", "”": "”"}  # a phrase opened with a typographic quote may close with either


class QueryError(StorylineError):
    """A search text that is no query: an unclosed quote or parenthesis, an operator without its words.
    ``text`` is the search, ``why`` what is wrong with it (the web app's note says them its own way)."""

    def __init__(self, text: str, why: str) -> None:
        super().__init__(f"search {text!r}: {why}")
        self.text, self.why = text, why


@dataclass(slots=True, frozen=True)
class _Token:
    kind: str  # "term", "OR", "AND", "NOT", "(", ")"
    text: str = ""  # a term's FTS5 form


def _term(words: str, prefix: bool) -> _Token | None:
    """A word or phrase as an FTS5 string (quoted; None when it holds no letter or digit: nothing to find)."""
    if not _WORD_CHAR.search(words):
        return None
    return _Token("term", '"' + words.replace('"', '""') + '"' + (" *" if prefix else ""))


def _tokens(text: str) -> list[_Token]:
    out: list[_Token] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
            continue
        if c in "()":
            out.append(_Token(c))
            i += 1
            continue
        if c == "-" and i + 1 < len(text) and not text[i + 1].isspace():  # "-word", "-\"a phrase\"", "-(…)"
            out.append(_Token("NOT"))
            i += 1
            continue
        if c in _QUOTES:
            end = min((j for j in (text.find(q, i + 1) for q in {_QUOTES[c], '"'}) if j >= 0), default=-1)
            if end < 0:
                raise QueryError(text, "a quotation mark is not closed; a phrase is written between two "
                                       "(\"air strikes\")")
            prefix = text.startswith("*", end + 1)
            tok = _term(text[i + 1 : end], prefix)
            i = end + 1 + prefix
        else:
            m = _BREAK.search(text, i)
            end = m.start() if m else len(text)
            word = text[i:end]
            i = end
            if word in OPERATORS:
                out.append(_Token(word))
                continue
            stem = word.rstrip("*")
            if word.endswith("*") and not _WORD_CHAR.search(stem):
                raise QueryError(text, "'*' ends a word's first letters (evacuat* finds evacuate and "
                                       "evacuation), it cannot stand alone")
            tok = _term(stem, stem != word)
        if tok is not None:
            out.append(tok)
    return out


class _Parser:
    """Recursive descent over the tokens: or := and (OR and)*; and := not ([AND] not)*; not := one (NOT one)*;
    one := term | ( or ). Each level comes out in parentheses, so FTS5's own precedence never matters."""

    def __init__(self, text: str, tokens: list[_Token]) -> None:
        self.text, self.tokens, self.at = text, tokens, 0

    def error(self, why: str) -> QueryError:
        return QueryError(self.text, why)

    def peek(self) -> str | None:
        return self.tokens[self.at].kind if self.at < len(self.tokens) else None

    def take(self) -> _Token:
        self.at += 1
        return self.tokens[self.at - 1]

    def either(self) -> str:
        parts = [self.every()]
        while self.peek() == "OR":
            self.take()
            parts.append(self.every("OR"))
        return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"

    def every(self, after: str | None = None) -> str:
        parts = [self.without(after)]
        while self.peek() not in (None, "OR", ")"):
            written = self.take().kind if self.peek() == "AND" else None
            parts.append(self.without(written))
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def without(self, after: str | None) -> str:
        found = self.one(after)
        while self.peek() == "NOT":
            self.take()
            found = f"({found} NOT {self.one('NOT')})"
        return found

    def one(self, after: str | None) -> str:
        kind = self.peek()
        if kind == "term":
            return self.take().text
        if kind == "(":
            self.take()
            if self.peek() == ")":
                raise self.error("'()' holds nothing to search for")
            inner = self.either()
            if self.peek() != ")":
                raise self.error("a '(' is not closed by a ')'")
            self.take()
            return inner
        if kind == "NOT" and after is None:
            raise self.error("NOT (or -word) leaves out reports that hold a word, so it needs something to find "
                             "before it (Boeing -Airbus, Boeing NOT Airbus)")
        if kind == ")":
            raise self.error("a ')' has no '(' before it")
        if after is not None:
            raise self.error(f"{after} needs a word, a phrase or a group after it (Boeing {after} Airbus)")
        raise self.error(f"{kind} needs a word, a phrase or a group before it (Boeing {kind} Airbus)")


def fts_query(text: str) -> str:
    """``text`` as an FTS5 query (module docstring); ``QueryError`` when it cannot be one or holds no word."""
    tokens = _tokens(text)
    if not any(t.kind == "term" for t in tokens):
        raise QueryError(text, "it holds no word to look for")
    parser = _Parser(text, tokens)
    query = parser.either()
    if parser.peek() is not None:  # only a ')' stops ``either`` before the end
        raise parser.error("a ')' has no '(' before it")
    return query
