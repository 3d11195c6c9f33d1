"""The local web app (``storyline serve``): browse stories, read briefs, add reports, in a browser.

FastAPI (Starlette) with Jinja2 templates, served by uvicorn; needs the ``serve``
extra (``pip install 'storyline[serve]'``). ``create_app`` builds the app over one
store; ``commands`` wires the ``serve`` command. Importing this package imports
nothing heavy: the app's modules load when ``create_app`` is called.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .app import create_app as create_app

__all__ = ["create_app"]


def __getattr__(name: str) -> Any:
    if name == "create_app":
        from .app import create_app

        return create_app
    raise AttributeError(f"module 'storyline.serve' has no attribute {name!r}")
