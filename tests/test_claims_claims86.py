"""claims86: a claim row's weight from how news is written (claims/weight.py): a row one report gives late, as a
small count or a duration is kept but marked minor and folded; a count in a report's lead, or a row several reports
carry, stays in the main table. Made-up reports of subjects no benchmark,
in-sample or held-out story has (a ferry on a lake, a glassworks, a cycling race); each test fails without the rule.
"""

from __future__ import annotations

import datetime as dt

from storyline.analyse import analyse
from storyline.claims import extract_claims
from storyline.claims.weight import FEATURES, _in_lead, features, load_weights, matters
from storyline.model import Brief, ClaimGroup, ClaimMention, Document
from storyline.render import render_html, render_markdown

_LEAD = "A ferry capsized on Lake Varra on Sunday. Rescuers searched the water. The ferry line suspended its trips."
_LATE = (" The boat had been built in a yard on the north shore. Its owner bought it from a fishing firm. It sailed"
         " twice a day in summer. Fares were cut last spring.")
_QUOTE = " “I lost two of my cousins,” said a woman on the pier."


def _doc(text: str, i: int = 0, title: str = "Ferry capsizes on Lake Varra") -> Document:
    return Document(id=f"d{i}.txt", text=text, title=title, outlet=f"outlet{i}.example",
                    published=dt.date(2023, 6, 4))


def _row(text: str, figure: str, what: str, *, unit: str = "cousins", dimension: str = "count",
         sources: int = 1, verdict: str = "single", docs: int = 1, value: int = 2) -> ClaimGroup:
    start = text.index(figure)
    ms = [ClaimMention(doc=f"d{i}.txt", start=start, end=start + len(figure), text=figure, value=value, low=value,
                       high=value, qualifier=None, unit=unit, speaker=None, event=None, place=[], time=[], vague=False,
                       dimension=dimension) for i in range(docs)]
    return ClaimGroup(id="x", what=what, verdict=verdict, independent_sources=sources, mentions=ms, event=None,  # type: ignore[arg-type]
                      place=[])


def test_the_lead_is_a_reports_first_three_sentences() -> None:
    text = _LEAD + _LATE
    assert _in_lead(text, text.index("Rescuers")) and not _in_lead(text, text.index("Its owner"))


def test_a_small_count_in_quoted_words_late_in_one_report_is_minor() -> None:
    text = _LEAD + _LATE + _QUOTE
    row = _row(text, "two of my cousins", "cousins")
    assert not matters(row, {"d0.txt": _doc(text)}), features(row, {"d0.txt": _doc(text)}, load_weights().hedges)


def test_a_toll_in_a_reports_lead_is_main() -> None:
    text = "A ferry capsized on Lake Varra on Sunday, killing 14 passengers, officials said." + _LATE
    row = _row(text, "14 passengers", "passengers killed", unit="passengers", value=14)
    row.event = "killed"
    assert matters(row, {"d0.txt": _doc(text)})


def test_a_row_several_reports_carry_is_never_minor() -> None:
    text = _LEAD + _LATE + _QUOTE
    row = _row(text, "two of my cousins", "cousins", sources=2, verdict="agree", docs=2)
    assert matters(row, {"d0.txt": _doc(text), "d1.txt": _doc(text, 1)})


def test_a_duration_late_in_one_report_is_minor_where_a_count_of_people_in_its_lead_is_main() -> None:
    text = "A glassworks in Tarn will close with the loss of 300 jobs, its owner said on Monday. Talks failed." + \
        _LATE + " The owner had run the works for 30 years."
    docs = {"d0.txt": _doc(text, title="Tarn glassworks to close")}
    jobs = _row(text, "300 jobs", "jobs lost", unit="jobs", value=300)
    years = _row(text, "30 years", "time run (yr)", unit="years", dimension="duration", value=30)
    assert matters(jobs, docs) and not matters(years, docs)


def test_the_shipped_weights_are_the_features_of_this_module() -> None:
    w = load_weights()
    assert len(w.coef) == len(FEATURES) and 0 < w.threshold < 1


def test_a_pipeline_row_of_an_aside_is_marked_minor_and_the_toll_is_not() -> None:
    text = ("A ferry capsized on Lake Varra on Sunday, killing 14 passengers, officials said. Rescuers searched the "
            "water for hours. The ferry line suspended its trips." + _LATE + _QUOTE)
    rows = [c.to_dict() for c in extract_claims(analyse([_doc(text)]))]
    toll = next(r for r in rows if any("14" in m["text"] for m in r["mentions"]))
    aside = next(r for r in rows if any("two" in m["text"] for m in r["mentions"]))
    assert "minor" not in toll and aside.get("minor") is True, rows


def _brief(rows: list[ClaimGroup], text: str) -> Brief:
    return Brief("s", "Ferry capsizes", 200, [_doc(text)], claims=rows)


def test_markdown_folds_minor_rows_under_the_table_and_keeps_them() -> None:
    text = _LEAD + _LATE + _QUOTE
    main = _row(text, "Lake Varra", "boats", unit="boats")
    aside = _row(text, "two of my cousins", "cousins of a woman")
    aside.minor = True
    md = render_markdown(_brief([main, aside], text))
    table = [line for line in md.splitlines() if line.startswith("| ")]
    assert not any("cousins of a woman" in line for line in table), md
    assert "Other figures, one source each: cousins of a woman: 2 cousins [1]." in md, md


def test_html_lists_minor_rows_last_in_the_fold_marked() -> None:
    text = _LEAD + _LATE + _QUOTE
    aside = _row(text, "two of my cousins", "cousins of a woman")
    aside.minor = True
    main = _row(text, "Lake Varra", "boats on the lake", unit="boats")
    page = render_html(_brief([aside, main], text))
    assert page.index("boats on the lake") < page.index("cousins of a woman") and "cr-minor" in page
    assert "minor figure" in page


def test_json_marks_a_minor_row_and_only_it() -> None:
    text = _LEAD + _LATE + _QUOTE
    aside = _row(text, "two of my cousins", "cousins")
    assert "minor" not in aside.to_dict()
    aside.minor = True
    assert aside.to_dict()["minor"] is True and len(aside.to_dict()["mentions"]) == 1


def test_a_figure_whose_sentence_the_other_reports_leads_share_is_core_and_a_background_one_is_not() -> None:
    from storyline.claims.weight import _core

    a = ("Cyclists crashed at the Hollin river bridge on Saturday. The race stopped for an hour. Medics came. "
         "Organisers said 12 cyclists crashed at the bridge during the race. The town built its first road in 1820, "
         "and 4,000 residents lived there then.")
    b = "Twelve cyclists crashed at the Hollin river bridge during Saturday's race, organisers said. Medics came."
    docs = {"d0.txt": _doc(a), "d1.txt": _doc(b, 1)}
    crash = _row(a, "12 cyclists", "cyclists", unit="cyclists", value=12)
    town = _row(a, "4,000 residents", "residents", unit="residents", value=4000)
    assert _core(crash.mentions, docs) > 0.5 > _core(town.mentions, docs)
