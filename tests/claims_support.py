"""Helpers the claims tests share: our own sentences through the real model (``analyse``)."""

from __future__ import annotations

from typing import Any

from storyline.analyse import analyse
from storyline.claims import extract_claims, figure_mentions
from storyline.claims.figure_mention import FigureMention
from storyline.model import Document


def _docs(*texts: str) -> list[Document]:
    return [Document(id=f"d{i}.txt", text=t, title=f"d{i}") for i, t in enumerate(texts)]


def figures(text: str) -> list[FigureMention]:
    mentions, _ = figure_mentions(analyse(_docs(text)))
    return mentions


def one(text: str) -> FigureMention:
    ms = figures(text)
    assert len(ms) == 1, [(m.text, m.value, m.dimension) for m in ms]
    return ms[0]


def claims(*texts: str) -> list[dict[str, Any]]:
    return [c.to_dict() for c in extract_claims(analyse(_docs(*texts)))]


def whats(text: str) -> list[str]:
    """The "what" of each claims row of ``text``."""
    return [c["what"] for c in claims(text)]
