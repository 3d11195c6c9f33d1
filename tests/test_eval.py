"""The eval harness: budget protocol, baselines offline, CLI, and eval == brief."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from tests.conftest import ROOT, load_module

from storyline.eval.baselines import lead, lexrank, textrank
from storyline.eval.harness import (
    Cluster,
    apply_budget,
    evaluate,
    prepare,
    render_table,
    split_reference,
    storyline_order,
)
from storyline.model import RawDocument
from storyline.pipeline import build_brief, clean_all

DOCS = [
    "A fire destroyed a grain warehouse in the port of Eastmouth on Thursday night, officials said.\n"
    "Forty firefighters battled the blaze for six hours before bringing it under control.\n"
    "The cause of the fire is not yet known, according to the port authority.",
    "Fire swept through a grain warehouse at Eastmouth port late on Thursday, the fire service said.\n"
    "Twelve people were treated for smoke inhalation at the city hospital on Friday morning.\n"
    "Residents living near the docks were told to keep their windows closed overnight.",
    "The mayor of Eastmouth said the city would review safety rules for warehouses in the harbour area.\n"
    "Firefighters spent six hours bringing the blaze at the grain warehouse under control.",
]
REFS = ["A fire destroyed a grain warehouse in Eastmouth port on Thursday. Firefighters fought it for six hours. "
        "Twelve people were treated for smoke inhalation."]


def test_apply_budget_cuts_to_exactly_n_words() -> None:
    text = apply_budget(["one two three four", "five six seven", "eight nine"], 6)
    assert text.split() == ["one", "two", "three", "four", "five", "six"]
    assert text.count("\n") == 1


def test_split_reference_one_sentence_per_line() -> None:
    assert split_reference("First one. Second one! “Third” one.").split("\n") == ["First one.", "Second one!",
                                                                                   "“Third” one."]


def test_lead_is_round_robin() -> None:
    assert lead([["a", "b", "c"], ["d"], ["e", "f"]]) == [(0, 0), (1, 0), (2, 0), (0, 1), (2, 1), (0, 2)]


@pytest.mark.parametrize("system", [lexrank, textrank])
def test_sumy_baselines_run_offline_and_rank_every_sentence(system) -> None:  # type: ignore[no-untyped-def]
    docs = [[s for s in d.split("\n")] for d in DOCS]
    order = system(docs)
    assert sorted(order) == sorted((i, k) for i, d in enumerate(docs) for k in range(len(d)))


def test_eval_order_starts_with_the_brief_summary() -> None:
    cluster = Cluster("c1", DOCS, REFS)
    p = prepare(cluster)
    docs, _ = clean_all([RawDocument(id=f"c1/{n}", text=t, story="c1") for n, t in enumerate(DOCS, 1)])
    b = build_brief(docs, words=40)
    order = storyline_order(p, 40)
    assert b.summary
    # the same sentences (the brief shows them in reading order, eval keeps selection order)
    assert sorted(" ".join(s.text.split()) for s in b.summary) == sorted(order[: len(b.summary)])


def test_evaluate_writes_table_and_files(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"id": "c1", "documents": DOCS, "summaries": REFS}) + "\n", encoding="utf-8")
    r = evaluate(data, 30, ["storyline", "lead"], out=tmp_path / "out", progress=False)
    assert r.clusters == 1 and [s.system for s in r.systems] == ["storyline", "lead"]
    for s in r.systems:
        assert 0 < s.scores["rouge1_f"] <= 100 and "rouge2_r" in s.scores
    summary = (tmp_path / "out" / "storyline" / "c1.txt").read_text(encoding="utf-8")
    assert len(summary.split()) == 30
    assert (tmp_path / "out" / "scores.jsonl").exists() and (tmp_path / "out" / "table.md").exists()


def test_cli_eval_prints_markdown_table(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    data.write_text(json.dumps({"id": "c1", "documents": DOCS, "summaries": REFS}) + "\n", encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "storyline", "eval", str(data), "--words", "30", "--no-progress",
                           "--systems", "storyline,lead,lexrank"], capture_output=True, timeout=300)
    assert proc.returncode == 0, proc.stderr.decode()
    out = proc.stdout.decode()
    assert "| system | R-1 F | R-2 F | R-L F | R-Lsum F | R-1 R | R-2 R | median ms/cluster |" in out
    assert "| lexrank |" in out and "| storyline |" in out


def test_cli_eval_malformed_file_is_a_clear_error(tmp_path: Path) -> None:
    data = tmp_path / "bad.jsonl"
    data.write_text('{"id": "c1"}\n', encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "storyline", "eval", str(data), "--no-progress"],
                          capture_output=True, timeout=300)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "bad.jsonl:1" in err and "Traceback" not in err


def test_bootstrap_interval_brackets_the_mean() -> None:
    m = load_module(ROOT / "bench" / "summary_margins.py")
    assert m.bootstrap([1.5] * 20) == (1.5, 1.5)
    lo, hi = m.bootstrap([-3.0, 0.0, 1.0, 2.0, 5.0, 7.0])
    assert -3.0 <= lo < 2.0 < hi <= 7.0


def test_summary_margins_reads_eval_output(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = tmp_path / "set.jsonl"
    rows = [{"id": f"c{i}", "documents": DOCS[: 2 + i % 2], "summaries": REFS} for i in range(4)]
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    evaluate(data, 30, ["storyline", "lead"], out=tmp_path / "out", progress=False)
    scores = [json.loads(x) for x in (tmp_path / "out" / "scores.jsonl").read_text().splitlines()]
    mean = sum(s["storyline"]["rouge1_f"] - s["lead"]["rouge1_f"] for s in scores) / len(scores)
    load_module(ROOT / "bench" / "summary_margins.py").main([str(tmp_path / "out"), str(data)])
    out = capsys.readouterr().out
    line = next(x for x in out.splitlines() if x.startswith("| lead | all | 4 |"))
    assert f"{mean:+.2f} [" in line
    assert "| lead | 2 documents | 2 |" in out and "| lead | 3-4 documents | 2 |" in out


def test_a_document_no_system_can_use_is_reported_not_dropped(tmp_path: Path) -> None:
    data = tmp_path / "set.jsonl"
    furniture = "Add a location to your Tweets\nWhen you tweet with a location, Twitter stores that location."
    data.write_text(json.dumps({"id": "c1", "documents": [*DOCS, furniture], "summaries": REFS}) + "\n",
                    encoding="utf-8")
    r = evaluate(data, 30, ["lead"], out=tmp_path / "out", progress=False)
    assert [s.input for s in r.skipped] == ["c1/4"]
    assert "set.jsonl: 1 cluster, 30 words; 1 document skipped by every system" in render_table(r)  # not "1 documents"
    assert "c1/4" in (tmp_path / "out" / "skipped.jsonl").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, "-m", "storyline", "eval", str(data), "--words", "30", "--no-progress",
                           "--systems", "lead"], capture_output=True, timeout=300)
    assert proc.returncode == 0 and "storyline: skipped c1/4: no article text" in proc.stderr.decode()


def test_load_clusters_names_the_missing_field_and_gives_up_on_a_text_file(tmp_path: Path) -> None:
    """A line that is JSON but not a cluster says which field is missing (no "KeyError"); a file that is
    not JSONL at all (a news report in .txt) is one skip, not one per line."""
    from storyline.eval.harness import load_clusters
    from storyline.model import Skipped

    data = tmp_path / "mixed.jsonl"
    data.write_text(json.dumps({"id": "a", "text": "an article"}) + "\n" + json.dumps([1, 2]) + "\n"
                    + json.dumps({"id": "c", "documents": "one text", "summaries": []}) + "\n"
                    + json.dumps({"id": "ok", "documents": ["d"], "summaries": ["s"]}) + "\n")
    skipped: list[Skipped] = []
    assert [c.id for c in load_clusters(data, skipped=skipped)] == ["ok"]
    why = {s.input: s.reason for s in skipped}
    assert why["mixed.jsonl:1"].endswith("no 'documents' field") and "KeyError" not in why["mixed.jsonl:1"]
    assert why["mixed.jsonl:2"].endswith("the line holds list")
    assert why["mixed.jsonl:3"].endswith("'documents' is str, not a list of texts")
    text = tmp_path / "report.txt"
    text.write_text("".join(f"Paragraph {n} of a plain news report.\n" for n in range(500)))
    skipped = []
    assert load_clusters(text, skipped=skipped) == []
    assert len(skipped) == 1 and skipped[0].input == "report.txt"
    reason = skipped[0].reason
    assert reason.startswith("not a JSONL file of cluster records") and "line 1: malformed JSON" in reason


def test_the_header_names_lines_and_failed_clusters_as_such_and_the_mean_is_over_scored_clusters(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Two broken lines were "2 documents skipped by every system", and a cluster whose analysis failed
    still counted in the header and divided the mean (its scores were zeros)."""
    from storyline.eval import harness

    good = json.dumps({"id": "c1", "documents": DOCS, "summaries": REFS})
    crash = json.dumps({"id": "c2", "documents": DOCS[:2], "summaries": REFS})
    data = tmp_path / "set.jsonl"
    data.write_text("\n".join([good, "{broken", "[1, 2]", crash]) + "\n", encoding="utf-8")
    alone = tmp_path / "alone.jsonl"
    alone.write_text(good + "\n", encoding="utf-8")
    real = harness.prepare

    def failing(cl: Cluster) -> harness.Prepared:
        if cl.id == "c2":
            raise RuntimeError("boom")
        return real(cl)

    monkeypatch.setattr(harness, "prepare", failing)
    r = evaluate(data, 30, ["lead"], progress=False)
    head = render_table(r).splitlines()[0]
    assert head == "set.jsonl: 1 cluster, 30 words; 2 lines skipped (not a cluster record); 1 cluster skipped " \
                   "(internal error)", head
    assert r.systems[0].scores == evaluate(alone, 30, ["lead"], progress=False).systems[0].scores
