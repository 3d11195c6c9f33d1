"""Errors that storyline raises, and why.

    StorylineError                 base class: everything storyline raises on purpose
    ├── InputError                 one input cannot be used (carries the input and the reason)
    │   ├── InputNotFound          the path does not exist
    │   ├── EmptyInput             empty or whitespace-only file, or an empty folder
    │   ├── BinaryInput            the bytes are not text (NUL bytes, control characters)
    │   ├── EncodingError          the bytes decode in no encoding we can detect
    │   ├── InputTooLarge          over the size limit (``--max-bytes``, or ``--max-chars`` of article text)
    │   ├── MalformedInput         broken JSON/JSONL, a record without text
    │   ├── NoArticleText          HTML (or text) from which no article text survives
    │   └── UnsupportedLanguage    not English: the shipped models are English-only
    ├── NothingUsable              no input gave a usable document (CLI exit status 2)
    └── BadArgument                a Python API call's count, limit or format is out of range (also a ValueError)

A batch never stops for an ``InputError``: ingest catches it, records it as a
``Skipped`` entry (input + reason) and goes on with the other inputs. Any other
exception while one report is read, decoded, cleaned or analysed is a bug, but
it too costs only that report: its reason is ``internal error in <stage>: <type>``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .model import Skipped


class StorylineError(Exception):
    """Base class for every error storyline raises on purpose."""


class InputError(StorylineError):
    """One input cannot be used; ``input`` names it and ``reason`` says why."""

    default_reason = "unusable input"

    def __init__(self, input: str, reason: str | None = None) -> None:
        self.input = input
        self.reason = reason or self.default_reason
        super().__init__(f"{input}: {self.reason}")


class InputNotFound(InputError):
    default_reason = "no such file or directory"


class EmptyInput(InputError):
    default_reason = "empty input"


class BinaryInput(InputError):
    default_reason = "binary file, not text"


class EncodingError(InputError):
    default_reason = "cannot decode the bytes as text in any detected encoding"


class InputTooLarge(InputError):
    default_reason = "file is over the size limit"


class MalformedInput(InputError):
    default_reason = "malformed input"


class NoArticleText(InputError):
    default_reason = "no article text found"


class UnsupportedLanguage(InputError):
    default_reason = "language not supported (storyline's models are English-only)"


class NothingUsable(StorylineError):
    """No input produced a usable document, so there is nothing to brief."""

    def __init__(self, message: str, skipped: Sequence[Skipped] = ()) -> None:
        self.skipped = list(skipped)
        super().__init__(message)


class BadArgument(StorylineError, ValueError):
    """An argument of a Python API call that the command line's options would refuse (``words=-5``,
    ``max_bytes=0``, ``fmt="pdf"``): named with the value, before any work."""


def check_counts(**values: int) -> None:
    """Refuse a count or limit below 1, as ``settings.positive_int`` does for the command line's options
    (``brief(path, words=-5)`` gave a brief of ``words=-5``; ``max_bytes=-1`` skipped every file)."""
    for name, value in values.items():
        if isinstance(value, bool) or not isinstance(value, int) or value < 1:
            raise BadArgument(f"{name} must be a whole number of at least 1, not {value!r}")


def internal_error(stage: str, err: BaseException) -> str:
    """The skip reason for an unexpected exception (a bug) while one report was in ``stage``.

    Only the exception's type is shown: its message may quote the input's bytes, and the
    report is named by the ``Skipped`` entry that carries this reason.
    """
    return f"internal error in {stage}: {type(err).__name__}"
