"""A table's header word ("| Code | Issuer | Last | Change |" over rows of figures): the first row of a table
written with pipes, whose cells hold no digit, names the columns, not a body or a person; so does the same row
written again right under it. A mention that is a whole cell of such a row is no name. The rows below, and a table
whose first row holds figures, are left alone."""

from __future__ import annotations

__all__ = ["header_cell"]


def header_cell(text: str, start: int, end: int) -> bool:
    """Is the span a whole cell of a pipe table's header row (module docstring)?"""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    line = text[line_start:line_end].strip()
    if not line.startswith("|") or text[line_start:start].rstrip()[-1:] != "|":
        return False
    if text[end:line_end].lstrip()[:1] != "|":
        return False  # a word inside a cell, not the whole cell
    before = text[: max(0, line_start - 1)].rsplit("\n", 1)[-1].strip()
    after = text[line_end + 1 :].split("\n", 1)[0].strip()
    first = not before.startswith("|") or before == line  # the table's first row, or that row written again
    return first and after.startswith("|") and not any(ch.isdigit() for ch in line)
