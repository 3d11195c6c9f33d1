"""Make sentence/passage pairs for the support judge by rule, with labels known by construction.

The hand-labelled pairs (bench/citations/pairs.jsonl) are few (525 dev), and the judge's errors
are of a few kinds (bench/citations/README.md, fourth round): a passage that states only the
sentence's background (a relative or adverbial clause), another place for the same kind of
event, and, missed, a claim the passage states inside one of its clauses or as one of two
coordinated claims. Each kind can be built from one sentence by editing its parse, so the
label follows the labelling rules without a reader:

- ``clause_in_passage`` (supports): sentence = a relative or adverbial clause of S made a
  sentence ("Turkey sent 10,000 soldiers into Iraq."), passage = S, which states it inside;
- ``background_only`` (does not support): the same two the other way round;
- ``one_conjunct`` (supports): sentence = S with two coordinated predicates, passage = its
  subject and first predicate;
- ``detail_left_out`` (supports): passage = S without an apposition or a parenthesis;
- ``other_place`` (does not support): passage = S with one place swapped for another place the
  story names;
- ``other_story`` (does not support): passage = a sentence of ANOTHER story that shares the most content
  words with S (at least the judge's word gate): another event, often of the same kind;
- ``negated``, ``hedged``, ``other_figure`` (does not support): an added "not", "may", or a
  changed figure; the judge's rules should rule these out (the trainer drops pairs the rules
  rule out, so these measure the rules, they train nothing).

Texts come from stories no labelled pair comes from (the bench's multinews-dev clusters with no
pair, and any folders given), so no evaluation text is read; the output lies outside the
repository (the texts are research-use data, never copied here).

    python scripts/support_synthetic.py OUT.jsonl [--folder DIR]... [--max-per-doc 12]
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
PAIRS = ROOT / "bench" / "citations" / "pairs.jsonl"
SEED = 33
_MARKS = frozenset({"after", "when", "as", "because", "since", "while", "although", "though", "before"})
_PLACES = frozenset({"GPE", "LOC", "FAC"})


def unused_stories() -> Iterator[tuple[str, list[str]]]:
    """(story id, texts) of the bench clusters of two or more reports that no labelled pair comes from."""
    used = {(r["dataset"], r["cluster"]) for r in map(json.loads, PAIRS.read_text("utf-8").splitlines())}
    for name in ("duc2003", "tac2011", "multinews-dev"):
        for line in (SHARED / "bench" / f"{name}.jsonl").read_text("utf-8").splitlines():
            c = json.loads(line)
            if len(c["documents"]) >= 2 and (name, c["id"]) not in used:
                yield f"{name}/{c['id']}", c["documents"]


def folder_story(folder: Path) -> tuple[str, list[str]]:
    """A folder of one story's reports (JSON articles with a text field, or plain text)."""
    texts = []
    for p in sorted(folder.iterdir()):
        if p.suffix == ".json":
            raw = json.loads(p.read_text("utf-8"))
            for art in raw if isinstance(raw, list) else [raw]:
                text = next((art[k] for k in ("text", "body", "content") if isinstance(art.get(k), str)), "")
                if text:
                    texts.append(text)
        elif p.suffix in ("", ".txt"):
            texts.append(p.read_text("utf-8"))
    return f"folder/{folder.name}", texts


def _text(tokens: Sequence[Any]) -> str:
    """Tokens back to a sentence: their own spacing, no stray commas at the ends, a capital and a stop."""
    toks = sorted(tokens, key=lambda t: t.i)
    gaps = zip(toks, toks[1:], strict=False)
    out = "".join(t.text + (t.whitespace_ or ("" if nxt.i == t.i + 1 else " ")) for t, nxt in gaps)
    out = (out + toks[-1].text if toks else out).strip()
    out = re.sub(r"\(\s*\)|\[\s*\]", "", out)
    out = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s*,\s*,", ",", out))
    out = re.sub(r"\s{2,}", " ", out).strip(" ,;:-")
    if not out:
        return ""
    out = out[0].upper() + out[1:]
    return out if out.endswith((".", "!", "?")) else out + "."


def _clean(sent: Any) -> bool:
    """A plain declarative sentence worth editing: 8-45 words, a verb at its root, no quotation."""
    n = sum(t.is_alpha for t in sent)
    text = sent.text
    return 8 <= n <= 45 and sent.root.pos_ in ("VERB", "AUX") and not any(q in text for q in '"“”') \
        and text.rstrip().endswith(".") and "\n" not in text.strip()


def _has_subject(tok: Any) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def clauses(sent: Any) -> Iterator[tuple[str, str]]:
    """(kind, clause made a sentence) for each relative clause with a relative-pronoun subject and
    each adverbial clause with a subject of its own and a factual mark ("after", "when", not "if")."""
    for t in sent:
        if t.dep_ == "relcl" and t.pos_ in ("VERB", "AUX"):
            rel = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "which", "that")]
            if not rel or t.head.pos_ not in ("PROPN", "NOUN"):
                continue
            clause = {w.i for w in t.subtree}
            np_ = [w for w in t.head.subtree if w.i not in clause and w.dep_ not in ("punct", "appos", "acl", "prep")
                   and not any(a.dep_ in ("appos", "acl", "prep") and a.i != t.head.i for a in w.ancestors
                               if a.i in {x.i for x in t.head.subtree})]
            body = [w for w in t.subtree if w.i != rel[0].i]
            if not any(w.i == t.head.i for w in np_):
                continue
            text = _text(np_ + body)
            if len(text.split()) >= 6:
                yield "relative", text
        elif t.dep_ == "advcl" and t.pos_ in ("VERB", "AUX") and _has_subject(t):
            mark = [c for c in t.children if c.dep_ == "mark"]
            if len(mark) != 1 or mark[0].lower_ not in _MARKS:
                continue
            subj = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
            if subj[0].pos_ == "PRON":
                continue  # "it was important": a pronoun a passage of another report does not share
            text = _text([w for w in t.subtree if w.i > mark[0].i])
            if len(text.split()) >= 6:
                yield "adverbial", text


def one_conjunct(sent: Any) -> str | None:
    """S's subject and first predicate, when S coordinates two predicates of one subject ("X did A and B")."""
    root = sent.root
    conj = [c for c in root.children if c.dep_ == "conj" and c.pos_ == "VERB" and not _has_subject(c)]
    if not conj or not _has_subject(root) or not any(c.dep_ == "cc" and c.lower_ == "and" for c in root.children):
        return None  # "X did A but will do B" states more than its first half
    keep = [w for w in sent if w.i < conj[0].left_edge.i]
    while keep and (keep[-1].dep_ in ("cc", "punct") or keep[-1].lower_ in ("and", "but", "or")):
        keep.pop()
    text = _text(keep)
    return text if len(text.split()) >= 5 else None


def detail_left_out(sent: Any) -> str | None:
    """S without its first apposition (a detail a supporting passage may leave out)."""
    for t in sent:
        if t.dep_ == "appos" and t.head.ent_type_ in ("PERSON", "ORG"):
            drop = {w.i for w in t.subtree}
            drop |= {w.i for w in sent if w.dep_ == "punct" and w.text in ",()" and drop & {w.i - 1, w.i + 1}}
            return _text([w for w in sent if w.i not in drop])
    return None


def other_place(sent: Any, places: Sequence[str], rng: random.Random) -> str | None:
    """S with one of its places swapped for another place of the story (another event of the same kind)."""
    ents = [e for e in sent.ents if e.label_ in _PLACES and not any(t.dep_ in ("nsubj", "nsubjpass") for t in e)]
    if not ents:
        return None
    e = ents[0]
    others = [p for p in places if p.lower() not in e.text.lower() and e.text.lower() not in p.lower()]
    if not others:
        return None
    text = sent.text
    a, z = e.start_char - sent.start_char, e.end_char - sent.start_char
    return str(text[:a] + rng.choice(others) + text[z:]).strip()


def negated(sent: Any) -> str | None:
    """S with "not" after its root's auxiliary (or "did not" + lemma for a simple past)."""
    root = sent.root
    aux = [c for c in root.children if c.dep_ in ("aux", "auxpass")]
    text, off = sent.text, sent.start_char
    if aux:
        a = aux[0].idx + len(aux[0].text) - off
        return str(text[:a] + " not" + text[a:])
    if root.tag_ == "VBD" and root.lemma_.isalpha():
        a, z = root.idx - off, root.idx + len(root.text) - off
        return str(text[:a] + "did not " + root.lemma_ + text[z:])
    return None


def hedged(sent: Any) -> str | None:
    """S with its simple-past root made "may have" + participle (a hedge for a fact)."""
    root = sent.root
    if root.tag_ != "VBD" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    a = root.idx - sent.start_char
    return str(sent.text[:a] + "may have " + sent.text[a:])


def other_figure(sent: Any) -> str | None:
    """S with its first number in digits changed."""
    m = re.search(r"\b\d{1,6}\b", sent.text)
    if not m or re.search(r"\b(19|20)\d\d\b", m.group()):
        return None
    n = int(m.group())
    return str(sent.text[: m.start()] + str(n + max(1, n // 3) + 1) + sent.text[m.end():])


def other_stories(sents: dict[str, list[str]], per_story: int, rng: random.Random) -> list[dict[str, object]]:
    """For ``per_story`` sentences of each story, the sentence of another story sharing the most content
    words with it, when it shares enough to pass the judge's word gate."""
    from storyline.support import shares_enough
    from storyline.text import content_terms

    terms = {t: frozenset(content_terms(t)) for ss in sents.values() for t in ss}
    out: list[dict[str, object]] = []
    for story, ss in sents.items():
        pool = [(t, o) for o, ts in sents.items() if o != story for t in ts]
        for k, s in enumerate(rng.sample(ss, min(per_story, len(ss)))):
            best = max(pool, key=lambda x: len(terms[s] & terms[x[0]]), default=None)
            if best is not None and shares_enough(s, best[0]):
                out.append({"id": f"{story}/x{k}", "story": story, "kind": "other_story", "sentence": s,
                            "passage": best[0], "label": False})
    return out


def build(stories: Sequence[tuple[str, list[str]]], max_per_doc: int) -> list[dict[str, object]]:
    """Every pair the rules above make from the stories' sentences (at most ``max_per_doc`` source
    sentences per report, drawn with a fixed seed)."""
    sys.path.insert(0, str(ROOT / "src"))
    from storyline.nlp import get_nlp

    nlp, rng, out = get_nlp(), random.Random(SEED), []
    plain: dict[str, list[str]] = {}
    for story, texts in stories:
        docs = [nlp(p) for t in texts for p in t.split("\n") if len(p.split()) >= 8]
        places = sorted({e.text for d in docs for e in d.ents if e.label_ in ("GPE", "LOC") and e.text[:1].isupper()})
        sents = [s for d in docs for s in d.sents if _clean(s)]
        plain[story] = [s.text.strip() for s in sents]
        rng.shuffle(sents)
        for k, s in enumerate(sents[: max_per_doc * max(1, len(texts))]):
            made: list[tuple[str, str, str, bool]] = []
            for kind, clause in clauses(s):
                made.append((f"clause_in_passage/{kind}", clause, s.text, True))
                made.append((f"background_only/{kind}", s.text, clause, False))
            for kind, edit, label in (("one_conjunct", one_conjunct(s), True),
                                      ("detail_left_out", detail_left_out(s), True),
                                      ("other_place", other_place(s, places, rng), False),
                                      ("negated", negated(s), False), ("hedged", hedged(s), False),
                                      ("other_figure", other_figure(s), False)):
                if edit and edit != s.text:
                    made.append((kind, s.text, edit, label))
            for n, (kind, sentence, passage, label) in enumerate(made):
                out.append({"id": f"{story}/{k}/{n}", "story": story, "kind": kind, "sentence": sentence,
                            "passage": passage, "label": label})
    return out + other_stories(plain, 4 * max_per_doc, rng)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out", type=Path)
    ap.add_argument("--folder", type=Path, action="append", default=[], help="a folder of one story's reports")
    ap.add_argument("--max-per-doc", type=int, default=12)
    ap.add_argument("--no-bench", action="store_true", help="only the folders")
    args = ap.parse_args()
    stories = ([] if args.no_bench else list(unused_stories())) + [folder_story(f) for f in args.folder]
    rows = build(stories, args.max_per_doc)
    args.out.write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    kinds: dict[str, int] = {}
    for r in rows:
        kinds[str(r["kind"])] = kinds.get(str(r["kind"]), 0) + 1
    print(f"{len(stories)} stories, {len(rows)} pairs: " + ", ".join(f"{k} {n}" for k, n in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
