"""The public API is narrow on purpose: this test pins it."""

from __future__ import annotations

import storyline


def test_all_is_pinned() -> None:
    assert sorted(storyline.__all__) == sorted([
        "Brief", "Document", "InputError", "NothingUsable", "RawDocument", "Skipped",
        "Store", "StorylineError", "__version__", "brief", "briefs",
    ])
    for name in storyline.__all__:
        assert hasattr(storyline, name)


def test_error_hierarchy() -> None:
    from storyline import errors

    for cls in (errors.InputNotFound, errors.EmptyInput, errors.BinaryInput, errors.EncodingError,
                errors.InputTooLarge, errors.MalformedInput, errors.NoArticleText, errors.UnsupportedLanguage):
        assert issubclass(cls, errors.InputError)
        e = cls("x.txt")
        assert e.input == "x.txt" and e.reason and "x.txt" in str(e)
    assert issubclass(errors.NothingUsable, errors.StorylineError)
