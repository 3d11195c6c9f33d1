"""The page's own credit opening its lede cut as a dateline's credit (``clean.credits.cut_site_credit``; inputs22)."""

from __future__ import annotations

from storyline.clean import clean_document
from storyline.model import RawDocument

_LEDE = "Rights groups said on Tuesday that more than forty protesters were killed in the capital."
_REST = "The government denied the figure and said order had been restored in every city by Monday."


def _cleaned(first: str, outlet: str | None, url: str | None) -> str:
    raw = RawDocument(id="d", text=f"{first}\n{_REST}\n{_REST.replace('Monday', 'Sunday')}", title="Protesters killed",
                      outlet=outlet, url=url, source="html")
    return clean_document(raw, model=False).text


def test_own_site_name_opening_the_lede_is_cut() -> None:
    assert _cleaned(f"PanNews.Net - {_LEDE}", "PanNews.Net", None).startswith("Rights groups said")
    assert _cleaned(f"(Pannews) - {_LEDE}", None, "https://www.pannews.net/a/1").startswith("Rights groups said")
    assert _cleaned(f"PANNEWS.com — {_LEDE}", "Pan News", "https://pannews.com/a").startswith("Rights groups said")


def test_other_names_and_datelines_are_kept() -> None:
    assert _cleaned(f"Amnesty International - {_LEDE}", "PanNews.Net", None).startswith("Amnesty International -")
    assert _cleaned(f"LONDON (PanNews) - {_LEDE}", "PanNews", None).startswith("LONDON (PanNews) -")
    assert _cleaned(f"(Reuters) - {_LEDE}", "PanNews", "https://pannews.net/a").startswith("(Reuters) -")
    assert _cleaned(f"PanNews.Net - {_LEDE}", None, None).startswith("PanNews.Net -")  # no stated name to compare
