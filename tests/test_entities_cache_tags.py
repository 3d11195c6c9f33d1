"""The entities stage's shared cache tags: one registry (``entities/cache_tags.py``), every tag distinct."""

from __future__ import annotations

import re
from pathlib import Path

from storyline.entities import cache_tags

_ENTITIES = Path(cache_tags.__file__).parent
_CONTROL_LITERAL = re.compile(r"""["'](?:\\(?:[0-7]{1,3}|x[01][0-9a-fA-F]))""")  # "\4", "\x1a": a hand-picked tag


def test_tags_are_distinct_and_none_opens_another() -> None:
    tags = list(cache_tags.TAGS.values())
    assert len(tags) >= 20
    assert len(set(tags)) == len(tags), "two checks share a cache tag"
    for a in tags:
        assert all(c < " " or "\ue000" <= c <= "\uf8ff" for c in a), a  # a control or private-use character:
        # no name opens with one
        for b in tags:
            assert a == b or not b.startswith(a), (a, b)


def test_no_module_picks_its_own_tag() -> None:
    """A tag written as a literal outside the registry could repeat one of it (two such collisions were found)."""
    for path in sorted(_ENTITIES.glob("*.py")):
        if path.name == "cache_tags.py":
            continue
        hits = _CONTROL_LITERAL.findall(path.read_text(encoding="utf-8"))
        assert not hits, f"{path.name}: {hits}"


def test_a_collision_is_caught() -> None:
    """The distinctness check fails on a registry with a repeated tag (the check is not vacuous)."""
    tags = [*cache_tags.TAGS.values(), cache_tags.SPELLED_INITIALS]
    assert len(set(tags)) != len(tags)
