"""Packed paragraph parses (``storyline.parses``): analyses keep bytes, and the rebuilt ``Doc`` reads
exactly as the parse did, so every stage sees the same annotations (issue 16, bounded memory)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

from storyline.analyse import analyse
from storyline.model import Document
from storyline.nlp import get_nlp
from storyline.parses import REBUILT_KEPT, pack, parsed, rebuild

ROOT = Path(__file__).resolve().parents[1]
TEXT = (
    "At least 12 people were killed when a fire swept through a warehouse in Aldermouth on Tuesday, "
    "police said. \u201cWe will rebuild,\u201d said Mr. Smith, the port minister, adding that 3,000 tonnes "
    "of grain were lost.   Reuters reported  that the U.S. Navy sent two Su-34 jets."
)


def _reading(doc: Any) -> list[object]:
    tokens = [
        (t.text, t.idx, t.whitespace_, t.tag_, t.pos_, t.dep_, t.head.i, t.lemma_, t.norm_, str(t.morph),
         t.ent_iob_, t.ent_type_, t.is_sent_start, t.like_num, t.is_stop)
        for t in doc
    ]
    spans = [(e.start, e.end, e.label_) for e in doc.ents] + [(s.start, s.end) for s in doc.sents]
    return [doc.text, tokens, spans, [(c.start, c.end) for c in doc.noun_chunks]]


def test_rebuilt_doc_reads_as_the_parse() -> None:
    doc = get_nlp()(TEXT)
    again = rebuild(TEXT, pack(doc))
    assert _reading(again) == _reading(doc)
    assert again.has_annotation("DEP") and again.has_annotation("ENT_IOB")
    assert again.tensor.size == 0  # the tok2vec tensor is what is not kept


def test_a_packed_parse_is_small() -> None:
    doc = get_nlp()(TEXT)
    assert len(pack(doc)) < 100 * len(doc)  # bytes per token; a Doc in memory takes over 1,000


def test_analyses_hold_packed_parses_and_stages_read_them() -> None:
    docs = [Document(id="a", text=TEXT + "\n\nThe fire began at midnight.")]
    (a,) = analyse(docs)
    assert [p.text for p in a.paragraphs] == [TEXT, "The fire began at midnight."]
    assert all(isinstance(p.packed, bytes) for p in a.paragraphs)
    first = parsed(a.paragraphs[0])
    assert first is parsed(a.paragraphs[0])  # one rebuild serves the reads that follow
    assert first.text == TEXT and any(e.label_ == "GPE" for e in first.ents)
    assert REBUILT_KEPT >= 16


def test_a_packed_parse_is_rebuilt_in_another_process(tmp_path: Path) -> None:
    """A lemma the parse made up ("overture") is in the parsing process's strings only: the packed
    parse carries it, so a later process (``brief --db``, a Dask client) reads the same lemmas."""
    text = "The envoys kept rebuffing the overtures of the Frumpelsteinians in Qwertyville."
    doc = get_nlp()(text)
    (tmp_path / "p.bin").write_bytes(pack(doc))
    code = ("import sys; from pathlib import Path; from storyline.parses import rebuild; "
            "d = rebuild(sys.argv[1], Path(sys.argv[2]).read_bytes()); "
            "print(' '.join(t.lemma_ + '/' + t.norm_ + '/' + str(t.morph) for t in d))")
    out = subprocess.run([sys.executable, "-c", code, text, str(tmp_path / "p.bin")], capture_output=True,
                         text=True, env={**os.environ, "PYTHONPATH": str(ROOT / "src")}, timeout=300)
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == [f"{t.lemma_}/{t.norm_}/{t.morph}" for t in doc]
    assert "overture/overtures/Number=Plur" in out.stdout.split()


def test_analyse_keeps_the_parse_it_packed_and_it_reads_as_the_rebuilt_one() -> None:
    """The stages right after ``analyse`` read the parse it made (``parses.keep``), not a rebuilt one: it
    must read exactly as the rebuilt ``Doc`` a later process (``brief --db``, a Dask client) reads."""
    from storyline import parses

    (a,) = analyse([Document(id="k", text=TEXT + "\n\nThe blaze, which began at midnight, was put out by noon.")])
    for para in a.paragraphs:
        kept = parsed(para)
        assert parses._kept[para] is kept and kept.tensor.size == 0
        again = rebuild(para.text, para.packed)
        assert again is not kept and _reading(again) == _reading(kept)
        assert [t.left_edge.i for t in again] == [t.left_edge.i for t in kept]
        assert [[c.i for c in t.children] for t in again] == [[c.i for c in t.children] for t in kept]


def test_a_small_analysis_packs_its_parses_when_first_read() -> None:
    """``analyse`` of a few paragraphs leaves the bytes to be made on first read (a brief never reads
    them); they are the bytes of the parse it made, and a pickled paragraph carries them, not the Doc."""
    import pickle

    (a,) = analyse([Document(id="z", text=TEXT + "\n\nThe fire began at midnight.")])
    para = a.paragraphs[0]
    assert para._packed is None and para._packer is not None
    made = pack(parsed(para))
    assert para.packed == made and para._packer is None and para.packed is para.packed
    again = pickle.loads(pickle.dumps(a.paragraphs[1]))
    assert again.packed == pack(parsed(a.paragraphs[1])) and again._packer is None
    assert again.text == a.paragraphs[1].text
