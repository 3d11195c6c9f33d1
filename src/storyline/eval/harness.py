"""``storyline eval``: ROUGE of storyline and baselines on cluster JSONL files.

Protocol (the one ../shared/bench/README.md states, so numbers compare):

* documents are cleaned and split like any brief input (newlines, then
  sentences); sentences under 5 words and exact duplicates are dropped; every
  system chooses from exactly these sentences;
* a system returns its sentences in its own order; sentences are added in that
  order until the budget is reached, then the text is cut to exactly N words,
  one sentence per line;
* ROUGE-1/2/L/Lsum with rouge-score, Porter stemming on; references are split
  into sentences and newline-joined (for R-Lsum); with several references the
  scores are averaged per reference, then over clusters.

storyline's order is the brief's own summary (``summary.select``: whole
sentences that fit the budget) followed by the rest of its ranking, so the
eval text starts with exactly the sentences ``storyline.brief`` shows.
"""

from __future__ import annotations

import json
import re
import statistics
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..analyse import analyse
from ..errors import StorylineError, internal_error
from ..ingest.decode import read_bytes_as_text
from ..model import Analysis, RawDocument, Skipped
from ..pipeline import clean_all, sentence_figures
from ..sources import mark_copies
from ..summary import fit_budget, rank, shown_order
from .baselines import BASELINES, Docs

ROUGE_TYPES = ("rouge1", "rouge2", "rougeL", "rougeLsum")
MIN_WORDS = 5
_REF_SPLIT = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"'”’)]))\s+(?=[\"“‘(]?[A-Z0-9])|\n+")


@dataclass(slots=True)
class Cluster:
    id: str
    documents: list[str]
    summaries: list[str]


@dataclass(slots=True)
class Prepared:
    """One cluster as every system sees it."""

    cluster: Cluster
    analyses: list[Analysis]
    docs: Docs  # the shared sentences, per document
    texts: dict[tuple[int, int], str]
    skipped: list[Skipped] = field(default_factory=list)  # documents no system sees, and why


@dataclass(slots=True)
class SystemScore:
    system: str
    scores: dict[str, float] = field(default_factory=dict)  # mean over clusters, x100
    ms: list[float] = field(default_factory=list)

    @property
    def median_ms(self) -> float:
        return statistics.median(self.ms) if self.ms else 0.0


@dataclass(slots=True)
class EvalResult:
    dataset: str
    words: int
    clusters: int
    systems: list[SystemScore]
    skipped: list[Skipped] = field(default_factory=list)
    bad_lines: int = 0  # of ``skipped``, the lines that are not cluster records (``<file>:<line>``)
    failed_clusters: int = 0  # of ``skipped``, the clusters whose analysis failed (not scored, not counted)


def load_clusters(path: Path, limit: int | None = None, skipped: list[Skipped] | None = None) -> list[Cluster]:
    """Clusters from a JSONL file (``{"id", "documents": [...], "summaries": [...]}`` per line).

    The file is decoded like any input (``read_bytes_as_text``); a line that is not a cluster
    record (broken, nested too deeply, a 5,000-digit number) is added to ``skipped`` with its
    reason, and the other lines are still read.
    """
    from ..ingest.jsonfmt import loads_or_reason
    from ..ingest.sanitize import safe_name

    name = safe_name(path.name)  # named as brief names a file given directly
    text = read_bytes_as_text(path.read_bytes(), name)
    out: list[Cluster] = []
    bad: list[Skipped] = []
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        rec, why = loads_or_reason(line)
        cl: Cluster | None = None
        if why is None:
            why = _not_a_cluster(rec)
            if why is None:
                cl = Cluster(str(rec["id"]), [str(d) for d in rec["documents"]], [str(s) for s in rec["summaries"]])
        if cl is None:
            bad.append(Skipped(f"{name}:{n}", f"line {n}: {why}"))
            if not out and len(bad) >= _GIVE_UP:  # a text file or an article feed: one line, not thousands
                bad = [Skipped(name, f"not a JSONL file of cluster records {_RECORD}: its first {_GIVE_UP} "
                                     f"lines are not (line {bad[0].input.rsplit(':', 1)[1]}: "
                                     f"{bad[0].reason.split(': ', 1)[1]})")]
                break
            continue
        out.append(cl)
        if limit and len(out) >= limit:
            break
    if skipped is not None:
        skipped.extend(bad)
    return out


_GIVE_UP = 20  # unreadable lines before any cluster: the file is not a cluster dataset
_RECORD = '{"id", "documents": [...], "summaries": [...]}'


def _not_a_cluster(rec: object) -> str | None:
    """Why a parsed JSON line is not a cluster record, naming the field; None when it is one."""
    if not isinstance(rec, dict):
        return f"not a cluster record {_RECORD}: the line holds {type(rec).__name__.replace('NoneType', 'null')}"
    for key in ("id", "documents", "summaries"):
        if key not in rec:
            return f"not a cluster record {_RECORD}: no {key!r} field"
    for key in ("documents", "summaries"):
        if not isinstance(rec[key], list):
            return f"not a cluster record: {key!r} is {type(rec[key]).__name__}, not a list of texts"
    return None


def prepare(cluster: Cluster) -> Prepared:
    """Clean, split and dedupe a cluster's documents: the sentences all systems choose from."""
    raws = [RawDocument(id=f"{cluster.id}/{n}", text=t, story=cluster.id) for n, t in enumerate(cluster.documents, 1)]
    docs, skipped = clean_all(raws)
    analyses = analyse(mark_copies(docs))
    seen: set[str] = set()
    shared: list[list[str]] = []
    for a in analyses:
        kept = []
        for s in a.sentences:
            key = " ".join(s.text.split())
            if len(key.split()) >= MIN_WORDS and key not in seen:
                seen.add(key)
                kept.append(key)
        shared.append(kept)
    texts = {(i, k): t for i, d in enumerate(shared) for k, t in enumerate(d)}
    return Prepared(cluster, analyses, shared, texts, skipped)


def storyline_order(p: Prepared, words: int) -> list[str]:
    """storyline's sentences in its order: the brief's summary first, then the rest of its ranking."""
    ranked = rank(p.analyses, words=words, figures=sentence_figures(p.analyses))
    first = fit_budget(ranked, words)
    rest = shown_order(ranked)  # never a sentence the brief would not show (a connective opening alone)
    seen, out = set(), []
    for s in [*first, *rest]:
        key = " ".join(s.text.split())
        if key not in seen:
            seen.add(key)
            out.append(key)
    return out


def apply_budget(sentences: Sequence[str], words: int) -> str:
    """Add sentences until the budget is reached, then cut to exactly ``words`` words."""
    lines: list[str] = []
    used = 0
    for s in sentences:
        if used >= words:
            break
        ws = s.split()
        take = ws[: words - used]
        lines.append(" ".join(take))
        used += len(take)
    return "\n".join(lines)


def split_reference(text: str) -> str:
    return "\n".join(s.strip() for s in _REF_SPLIT.split(text) if s and s.strip())


def _scorer() -> Any:
    try:
        from rouge_score import rouge_scorer
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise StorylineError("storyline eval needs rouge-score: pip install 'storyline[eval]'") from exc
    return rouge_scorer.RougeScorer(list(ROUGE_TYPES), use_stemmer=True)


def score_summary(scorer: Any, summary: str, references: Sequence[str]) -> dict[str, float]:
    """ROUGE F1 (all types) and R-1/R-2 recall, x100, averaged over references."""
    acc: dict[str, float] = {}
    for ref in references:
        res = scorer.score(split_reference(ref), summary)
        for t in ROUGE_TYPES:
            acc[f"{t}_f"] = acc.get(f"{t}_f", 0.0) + res[t].fmeasure
        acc["rouge1_r"] = acc.get("rouge1_r", 0.0) + res["rouge1"].recall
        acc["rouge2_r"] = acc.get("rouge2_r", 0.0) + res["rouge2"].recall
    return {k: 100 * v / max(len(references), 1) for k, v in acc.items()}


def _system_fn(name: str, words: int) -> Callable[[Prepared], list[str]]:
    if name == "storyline":
        return lambda p: storyline_order(p, words)
    if name not in BASELINES:
        raise StorylineError(f"unknown system {name!r} (known: storyline, {', '.join(BASELINES)})")
    base = BASELINES[name]
    return lambda p: [p.texts[k] for k in base(p.docs)]


def evaluate(
    path: Path, words: int, systems: Sequence[str] = ("storyline", "lead", "lexrank", "textrank"),
    out: Path | None = None, limit: int | None = None, progress: bool = True,
) -> EvalResult:
    """Run every system on every cluster of ``path``; write per-cluster files under ``out``."""
    skipped: list[Skipped] = []
    clusters = load_clusters(path, limit, skipped)
    bad_lines, failed = len(skipped), 0
    fns = {s: _system_fn(s, words) for s in systems}
    scorer = _scorer()
    results = {s: SystemScore(s) for s in systems}
    per_cluster: list[dict[str, Any]] = []
    sums: dict[str, dict[str, float]] = {s: {} for s in systems}
    from tqdm import tqdm

    for cl in tqdm(clusters, desc=path.name, unit="cluster", disable=not progress or None, leave=False):
        try:
            p = prepare(cl)
        except Exception as exc:  # a bug on one cluster must not cost the others
            skipped.append(Skipped(cl.id, internal_error("analyse", exc)))
            failed += 1
            continue
        skipped.extend(p.skipped)
        row: dict[str, Any] = {"id": cl.id}
        for s, fn in fns.items():
            t0 = time.perf_counter()
            order = fn(p)
            results[s].ms.append(1000 * (time.perf_counter() - t0))
            summary = apply_budget(order, words)
            sc = score_summary(scorer, summary, cl.summaries)
            for k, v in sc.items():
                sums[s][k] = sums[s].get(k, 0.0) + v
            row[s] = sc
            if out:
                (out / s).mkdir(parents=True, exist_ok=True)
                (out / s / f"{_safe(cl.id)}.txt").write_text(summary + "\n", encoding="utf-8")
        per_cluster.append(row)
    n = max(len(clusters) - failed, 1)  # the mean over the clusters scored
    for s in systems:
        results[s].scores = {k: v / n for k, v in sums[s].items()}
    from ..ingest.sanitize import safe_name

    result = EvalResult(safe_name(path.name), words, len(clusters) - failed, list(results.values()), skipped,
                        bad_lines, failed)
    if out:
        out.mkdir(parents=True, exist_ok=True)
        with (out / "scores.jsonl").open("w", encoding="utf-8") as fh:
            for row in per_cluster:
                fh.write(json.dumps(row) + "\n")
        (out / "table.md").write_text(render_table(result), encoding="utf-8")
        with (out / "skipped.jsonl").open("w", encoding="utf-8") as fh:
            for sk in skipped:
                fh.write(json.dumps({"input": sk.input, "reason": sk.reason}) + "\n")
    return result


def _safe(name: str) -> str:
    return re.sub(r"[^\w.-]+", "_", name)


def _count(n: int, noun: str) -> str:
    """``1 cluster``, ``2 clusters``: the table's header line is read by people."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def render_table(r: EvalResult) -> str:
    """The Markdown table ``storyline eval`` prints."""
    documents = len(r.skipped) - r.bad_lines - r.failed_clusters
    lines = [
        f"{r.dataset}: {_count(r.clusters, 'cluster')}, {r.words} words"
        + (f"; {_count(r.bad_lines, 'line')} skipped (not a cluster record)" if r.bad_lines else "")
        + (f"; {_count(r.failed_clusters, 'cluster')} skipped (internal error)" if r.failed_clusters else "")
        + (f"; {_count(documents, 'document')} skipped by every system (unusable input)" if documents else ""),
        "",
        "| system | R-1 F | R-2 F | R-L F | R-Lsum F | R-1 R | R-2 R | median ms/cluster |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for s in r.systems:
        g = s.scores.get
        lines.append(
            f"| {s.system} | {g('rouge1_f', 0):.2f} | {g('rouge2_f', 0):.2f} | {g('rougeL_f', 0):.2f} | "
            f"{g('rougeLsum_f', 0):.2f} | {g('rouge1_r', 0):.2f} | {g('rouge2_r', 0):.2f} | {s.median_ms:.1f} |"
        )
    return "\n".join(lines) + "\n"
