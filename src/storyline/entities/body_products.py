"""A "person" whose name opens with a one-word body's name of the story ("Velbrook Forge" beside "Velbrook", which
the model tags a body three times at least and never a person): the body's product or part, no one's name (ents51).
Not so where the first word is a very common given name or one written after a kin noun ("his wife, Honey"), where more
than one "person" opens with it ("Wang Youcai", "Wang Dan": a surname written first), or where the full name or its
last word is written as a person's ("Velbrook Ruiz, who", "Mr. Quennell"). Such a first word opens no one's name
either, so the body is not made a person by it (``person_kinds``)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from ..names import FIRST_NAME_GENDERS

__all__ = ["body_products"]


def body_products(people: Collection[str], org_words: Collection[str], person_written: Collection[str],
                  kin_given: Collection[str]) -> set[str]:
    """Keys of the story's "people" that are a body's products (module docstring); ``people`` are the keys tagged a
    person once at least, ``org_words`` the one-word keys tagged a body three times at least and never a person
    (twice is too few: a given name the model twice read as a body, "Tarik" beside "Tarik Velasco", is no body's)."""
    opened = Counter(k.split()[0] for k in people if " " in k)
    return {k for k in people if " " in k and (w := k.split())[0] in org_words and opened[w[0]] == 1
            and w[0] not in FIRST_NAME_GENDERS and w[0] not in kin_given
            and k not in person_written and w[-1] not in person_written}
