"""Isolation: one report's failure costs that report, one stage's failure costs that section.

Per report, the stages that read one document at a time (clean with its
language check, analyse) run inside a guard: an ``InputError`` skips the
report with its reason, and any other exception (a bug) skips it with
``internal error in <stage>: <type>``. The story-level stages (sources,
summary, claims, timeline, places, entities) see all reports at once; when
one raises, the brief is still written without that section, and the failure
is listed in ``Brief.warnings`` (and printed by the command line).
KeyboardInterrupt and SystemExit are never caught.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable, Sequence
from typing import TypeVar

from . import progress
from .errors import InputError, UnsupportedLanguage, internal_error
from .ingest.sanitize import safe_document
from .model import Analysis, Document, RawDocument, Skipped

T = TypeVar("T")

_ANALYSE_CHUNK = 16  # documents per spaCy call: the progress bar moves, and a failure is retried per document
_SCRIPT_CONFIDENCE = 0.5  # most letters in one non-Latin script: the language is that script's


def _stage_of(err: BaseException, default: str) -> str:
    """``language`` when the exception came from the language check, else ``default``."""
    frames = traceback.extract_tb(err.__traceback__)
    return "language" if any(f.filename.endswith("language.py") for f in frames) else default


def script_language(raw: RawDocument) -> UnsupportedLanguage | None:
    """Text whose letters are mostly of one non-Latin script (Chinese, Arabic, Cyrillic …) is that
    language: skipped with it, rather than cleaned away to "no article text left"."""
    from .clean.language import LATIN_SCRIPT_LANGUAGES, detect_language

    code, confidence = detect_language(raw.text)
    if code is None or code in LATIN_SCRIPT_LANGUAGES or confidence < _SCRIPT_CONFIDENCE:
        return None
    return UnsupportedLanguage(raw.id, f"language looks like {code}, not English; storyline's models are English-only")


def clean_reports(
    raws: Sequence[RawDocument], max_chars: int, clean: Callable[[RawDocument], Document]
) -> tuple[list[Document], list[Skipped]]:
    """Each report through ``clean`` alone; a report that fails is skipped with its reason."""
    docs: list[Document] = []
    skipped: list[Skipped] = []
    bar = progress.current()
    bar.stage("cleaning reports", len(raws))
    for given in raws:
        bar.advance()
        raw = safe_document(given)  # callers that build RawDocuments themselves (eval) pass the boundary too
        try:
            foreign = script_language(raw)
            if foreign is not None:
                raise foreign
            doc = clean(raw)
        except InputError as exc:
            skipped.append(Skipped(exc.input, exc.reason))
            continue
        except Exception as exc:  # a bug: it costs this report only
            skipped.append(Skipped(raw.id, internal_error(_stage_of(exc, "clean"), exc)))
            continue
        if len(doc.text) > max_chars:
            skipped.append(Skipped(raw.id, f"article text is {len(doc.text):,} characters after cleaning, over "
                                           f"the {max_chars:,}-character limit for one report (--max-chars)"))
        else:
            docs.append(doc)
    return docs, skipped


def analyse_reports(
    docs: Sequence[Document], analyse: Callable[[Sequence[Document]], list[Analysis]]
) -> tuple[list[Analysis], list[Skipped]]:
    """``analyse`` over the documents in chunks; a chunk that fails is redone one document at a
    time, so only the document that fails is skipped."""
    analyses: list[Analysis] = []
    skipped: list[Skipped] = []
    bar = progress.current()
    bar.stage("analysing reports", len(docs))
    for at in range(0, len(docs), _ANALYSE_CHUNK):
        chunk = docs[at : at + _ANALYSE_CHUNK]
        try:
            analyses.extend(analyse(chunk))
        except Exception:
            for doc in chunk:
                try:
                    analyses.extend(analyse([doc]))
                except Exception as exc:  # a bug: it costs this report only
                    skipped.append(Skipped(doc.id, internal_error("analyse", exc)))
        bar.advance(len(chunk))
    return analyses, skipped


def story_stage(
    name: str, run: Callable[[], T], fallback: Callable[[], T], warnings: list[str], lost: str = ""
) -> T:
    """``run()``, or ``fallback()`` with a warning when the stage raises: a brief without one
    section is better than no brief, and the reader is told what is missing (``lost``)."""
    bar = progress.current()
    bar.stage(f"building the {name}", 1)
    try:
        result = run()
        bar.advance()
        return result
    except Exception as exc:  # a bug in one story-level stage
        warnings.append(f"{internal_error(name, exc)}; {lost or f'the brief has no {name} section'}")
        return fallback()
