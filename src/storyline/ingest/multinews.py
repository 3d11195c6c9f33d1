"""Multi-News files: several articles about one story joined by ``|||||``.

The Multi-News corpus (Fabbri et al., 2019) stores a story's source articles in
one text, separated by ``|||||``; its raw release also writes each newline as
the token ``NEWLINE_CHAR`` and puts one story per line. Both conventions are
undone here so that each article becomes its own document.
"""

from __future__ import annotations

import re

from ..model import RawDocument, Skipped
from .decode import is_blank

SEPARATOR = "|||||"
_NEWLINE_TOKEN = re.compile(r"[ \t]*NEWLINE_CHAR[ \t]*")


def is_multinews(text: str) -> bool:
    """True when the text joins several articles with the Multi-News separator."""
    return SEPARATOR in text


def _parts(text: str, prefix: str, story: str, docs: list[RawDocument], skipped: list[Skipped]) -> None:
    for n, part in enumerate(text.split(SEPARATOR), start=1):
        doc_id = f"{prefix}{n}"
        body = _NEWLINE_TOKEN.sub("\n", part).strip()
        if is_blank(body):
            skipped.append(Skipped(doc_id, f"empty document between '{SEPARATOR}' separators"))
            continue
        docs.append(RawDocument(id=doc_id, text=body, story=story, source="multinews"))


def split_multinews(text: str, doc_id: str) -> tuple[list[RawDocument], list[Skipped]]:
    """Split a Multi-News text into documents ``<doc_id>#1``, ``#2`` … (empty parts reported).

    All parts of one text are one story (``story=doc_id``). The raw corpus
    layout, one story per line with ``NEWLINE_CHAR`` tokens, gives ids
    ``<doc_id>#<line>/<n>`` and one story per line instead.
    """
    docs: list[RawDocument] = []
    skipped: list[Skipped] = []
    lines = [(i, line) for i, line in enumerate(text.split("\n"), start=1) if not is_blank(line)]
    if "NEWLINE_CHAR" in text and len(lines) > 1:
        for lineno, line in lines:
            _parts(line, f"{doc_id}#{lineno}/", f"{doc_id}#{lineno}", docs, skipped)
    else:
        _parts(text, f"{doc_id}#", doc_id, docs, skipped)
    return docs, skipped
