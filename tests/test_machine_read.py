"""A book's or a report's machine-read pages inside an input are skipped with their reason (issue 12, item 5).

The texts are made up for these tests: a chapter of an invented report on river flooding, as a
publisher's site serves its machine-read pages (page by page on long lines, a running head, figure
captions and figure file names, words hyphenated at the printed line's end), and news reports that
mention a figure, a table or a photo file and quote a hyphenated phrase, which must stay.
"""

from __future__ import annotations

import json
from pathlib import Path

from storyline import read_documents

_SENTENCES = [
    "The upper catchment drains some 4,200 square kilometres of upland, and the regu- lated reservoirs hold "
    "back only a small share of a winter storm's runoff.",
    "Gauge records show that the largest floods oc- curred when snowmelt coincided with prolonged rain.",
    "Embank- ments built after 1962 moved the risk downstream rather than removing it.",
    "Planners in the lower valley have relied on storage and warning rather than on higher walls.",
    "The committee heard from engineers, insurers and resi- dents over three days of hearings.",
    "Insurers told the committee that premiums in the valley had doubled within a decade.",
    "A warning issued six hours earlier would have allowed most households to move valuables upstairs.",
    "Soil moisture before a storm matters as much as the rain itself, the engineers argued.",
    "The committee's earlier report set out the costs of each option in some detail.",
    "Farmland upstream could store water for a few days if landowners were paid to let it flood.",
    "Forecasts of river levels have improved, but the last hours before a peak remain hard to call.",
    "The authority's budget for maintenance has fallen in real terms since the late 1990s.",
]
_CAPTIONS = [
    "Figure {n}.1. Peak discharge at the Harlow gauge, 1950-2010. Harlow_gauge_{n}.eps",
    "Figure {n}.2. Areas at risk of inundation in a one-in-a-hundred-year event. Floodmap_{n}.tif",
]


def _page(n: int) -> str:
    """One printed page as the publisher's site serves it: page number, running head, then the page's text."""
    body = [_SENTENCES[(n + k) % len(_SENTENCES)] for k in range(0, len(_SENTENCES), 2)]
    body.insert(2, _CAPTIONS[0].format(n=n))
    body.insert(5, _CAPTIONS[1].format(n=n))
    return f"{n} RIVER FLOOD RISK " + " ".join(body)


CHAPTER = "\n".join(_page(n) for n in range(3, 9))
NOTICE = ("Below is the uncorrected machine-read text of this chapter, intended to provide our own search "
          "engines and external engines with highly rich, chapter-representative searchable text.\n")

NEWS = (
    "HARLOW, England (Reuters) - Engineers said on Tuesday that the river's new flood walls had held "
    "through the weekend's storm, the heaviest in a decade.\n"
    "\"It was a close-run thing,\" said Maria Okafor, who leads the catchment authority's flood team. "
    "Figure 1 of the authority's report, published last year, shows the gauge peaking above its 1998 level.\n"
    "Residents shared photos of the swollen river; one, IMG_2041.jpg, showed water lapping at the "
    "bridge's arches. Table 2 of the same report lists the pre- and post-war embankments.\n"
    "The authority said it would publish a full review in the spring, after the water has receded.\n"
)


def test_a_chapter_of_machine_read_pages_is_recognised_by_its_shapes() -> None:
    from storyline.ingest.notreport import machine_read

    why = machine_read(CHAPTER)
    assert why is not None and why.startswith("looks like a book's or a report's machine-read pages (")
    assert "figure or table captions" in why and "running head" in why and why.endswith("not a news report")


def test_a_digitised_books_notice_is_enough_even_when_cleaning_drops_it() -> None:
    from storyline.ingest.notreport import machine_read

    why = machine_read("Some ordinary prose, in a single paragraph.", given=NOTICE + "Some ordinary prose.")
    assert why == ("looks like a book's or a report's machine-read text ('uncorrected machine-read text'), "
                   "not a news report")


def test_a_news_report_mentioning_a_figure_a_table_and_a_photo_file_is_a_report() -> None:
    from storyline.ingest.notreport import machine_read

    assert machine_read(NEWS) is None
    assert machine_read(NEWS * 3) is None  # one sign (the file names), never two


def test_a_chapter_inside_a_story_cluster_is_skipped_with_its_reason_and_the_reports_kept(tmp_path: Path) -> None:
    other = NEWS.replace("Tuesday", "Wednesday").replace("Maria Okafor", "Tom Reyes")
    cluster = {"id": "flood", "documents": [NEWS, NOTICE + CHAPTER, other]}
    (tmp_path / "stories.jsonl").write_text(json.dumps(cluster) + "\n", encoding="utf-8")
    docs, skips = read_documents([tmp_path / "stories.jsonl"])
    assert [d.id for d in docs] == ["stories.jsonl#flood/1", "stories.jsonl#flood/3"]
    assert [(s.input, s.reason.split(" (")[0]) for s in skips] == [
        ("stories.jsonl#flood/2", "looks like a book's or a report's machine-read text")]


def test_a_chapter_file_in_a_folder_is_skipped_too(tmp_path: Path) -> None:
    (tmp_path / "report.txt").write_text(NEWS, encoding="utf-8")
    (tmp_path / "chapter3.txt").write_text(CHAPTER, encoding="utf-8")
    docs, skips = read_documents([tmp_path])
    assert [d.id for d in docs] == ["report.txt"]
    assert len(skips) == 1 and skips[0].input == "chapter3.txt"
    assert skips[0].reason.startswith("looks like a book's or a report's machine-read pages")
