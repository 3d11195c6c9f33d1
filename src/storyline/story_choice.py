"""Which of an input's stories ``brief``, ``claims`` and ``clean`` work on, and how they say so on stderr.

An input of several stories is listed (id, report count, title), the largest briefed unless ``--story ID``
names one or ``--all`` asks for every one; a ``--story`` naming no story lists those there are. Moved out of
``cli`` (tidy29) unchanged; ``cli`` still offers these names.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import progress
from .model import story_label

if TYPE_CHECKING:  # the pipeline (and spaCy with it) is imported when a command needs it: --help stays quick
    from .pipeline import Story


LISTED_STORIES = 20
"""Stories named one per line when ``brief`` says an input holds several; the rest in one line (``--story``
with a wrong id, and ``--all``, list every one)."""


def _story_list(stories: Sequence[Story], most: int | None = None) -> str:
    """One line per story: id, report count, title (what ``--story`` takes); with ``most``, the first
    ``most`` stories and one line for the others (a feed of 119 stories printed 120 lines before the brief)."""
    from .pipeline import story_line_of

    shown = stories if most is None or len(stories) <= most + 1 else stories[:most]
    width = max(len(s.id) for s in shown)
    lines = [f"  {s.id:>{width}}  {len(s.documents):>4} {'report' if len(s.documents) == 1 else 'reports':<7}  "
             f"{story_line_of(s)}{_copies(s)}" for s in shown]  # titles in one column, "1 report" or not
    rest = stories[len(shown):]
    if rest:
        sizes = sorted({len(s.documents) for s in rest})
        span = f"{sizes[0]}" if len(sizes) == 1 else f"{sizes[0]} to {sizes[-1]}"
        lines.append(f"  ... and {len(rest)} more stories of {span} report{'' if sizes[-1] == 1 else 's'} each "
                     f"(ids {rest[0].id} to {rest[-1].id}; --all briefs every story, and the JSON brief's "
                     "provenance.input_stories lists them)")
    return "\n".join(lines)


def _copies(story: Story) -> str:
    """After a story some of whose reports are copies of others (``Story.sources``): " (1 independent source:
    the others copies)"; else nothing."""
    n = story.sources
    if n is None or n >= len(story.documents):
        return ""
    return f" ({n} independent source{'' if n == 1 else 's'}: the others copies)"


def _which(stories: Sequence[Story]) -> str:
    """What ``brief`` says after "the input holds N stories" of the one it briefs (largest first, ties in the
    order read): "; briefing the largest, story 1", or, when some tie, that they do and which rule chose:
    " of 1 report each, so none is its main story; briefing story 1, the first read" (all tie; "the first read
    of the 9 largest" of nine stories of one report each read oddly), "; 3 tie as the largest (2 reports each),
    so none is its main story; briefing story 1, the first of them read"."""
    size = len(stories[0].documents)
    tied = sum(1 for s in stories if len(s.documents) == size)
    first = story_label(stories[0].id)
    larger = [s for s in stories if len(s.documents) > size]
    if larger:  # pipeline.sources_first: more independent sources than a larger story of copies
        return (f"; briefing {first}, the one of the most independent sources ({stories[0].sources}; "
                f"copies of one report count once)")
    if tied == 1:
        return f"; briefing the largest, {first}"
    reports = f"{size} report{'' if size == 1 else 's'}"
    none = "neither" if tied == 2 else "none"
    if tied == len(stories):
        return f" of {reports} each, so {none} is its main story; briefing {first}, the first read"
    return (f"; {tied} tie as the largest ({reports} each), so {none} is its "
            f"main story; briefing {first}, the first of them read")


def _no_such_story(asked: str, stories: Sequence[Story]) -> str:
    """``--story ID`` naming no story of the input. An input of one story (id ``story``) listed it as
    "its 1 story is, largest first:" above a line "story  6 reports  …", its id read as a label."""
    if len(stories) == 1:
        from .pipeline import story_line_of

        n = len(stories[0].documents)
        return (f"storyline: no story with id {asked} in the input; it holds one story ({n} report"
                f"{'' if n == 1 else 's'}), the one used when --story is left out:\n  {story_line_of(stories[0])}")
    return (f"storyline: no story with id {asked} in the input; its {len(stories)} stories are, largest first:\n"
            f"{_story_list(stories)}")


def _choose(args: argparse.Namespace, stories: list[Story], every: bool) -> list[Story] | None:
    """The stories to brief: ``--story``'s, else all (``every``) or the largest; says so on stderr."""
    progress.current().clear()
    if args.story is not None:
        chosen = [s for s in stories if s.id == args.story]
        if not chosen:
            print(_no_such_story(args.story, stories), file=sys.stderr)
            return None
        return chosen
    if len(stories) > 1:
        doing = ("; briefing every one" if every else
                 f"{_which(stories)} (--all: every story; --story ID: one of them)")
        print(f"storyline: the input holds {len(stories)} stories{doing}:\n"
              f"{_story_list(stories, None if every else LISTED_STORIES)}", file=sys.stderr)
        return stories if every else stories[:1]
    return stories
