"""Items that do not say whom or where they mean, left out of the brief.

A person the summary names by surname only ("Xu spent 12 years in prison.", "Farrakhan repeatedly has urged
…") while no item gives the full name the story uses ("Xu Wenli", "Louis Farrakhan"): the reader cannot tell who
it is, or which of the story's Wangs. The report named the person in full in a sentence the summary does not show.

Such a sentence is not shown; the words it frees go to the next ranked sentences (``fit_named``), which are read
the same way. It is not rewritten with an editor's bracket ("[Louis] Farrakhan"): every summary item is its
source's words, verbatim from its first citation (``model.SummarySentence``), and the brief, its JSON and its
citations' spans are built on that. Only a surname of a full name the story gives counts: a single name the story
never writes in full (a mononym, a name the reports only ever shorten) is left alone, and only the subject of the
main clause counts (the person the item is about: "Xu spent …", "Wang was …"), in a sentence with no quotation: a
quotation's speaker by surname ('"…," Prideaux told the ABC') is a milder fault than losing the quotation, which
leaving such items out did on the seven Done-when briefs (bench/BRIEF_REVIEW.md, summ17), unless the reader never
meets the speaker: the story gives the full name and no other item names them at all ('"…," Kennedy said' with
"James P. Kennedy Jr., the U.S. Attorney …" in no item; summ20). A quotation in a sentence joined after the
item's own ("Kukushkin had beaten … "I almost died," Bublik said.") leaves its subject judged. Nor does a report's
lede count ("Kellen, who fed the whole valley …, died after a short illness."): a lede names the person as the
running story knows them, and leaving it out can lose the story's event itself. A surname is the last
word of a person's full name ("Louis Farrakhan"), or its first
("Xu Wenli": the surname first, as Chinese and some other names write it), before a generation's suffix
("Kennedy" of "James P. Kennedy Jr.": ``lexicon/generation_suffixes.txt``).

A sentence that names its report's dateline place only as "here" (``dateline_deixis.dateline_here``) is left out
the same way. The ranking and the ROUGE order are not touched: this is the brief's choice among the ranked
sentences, as the judge's folds are (``summary.summarise``). Leaving the "here" sentences out of the ranking
instead cost the duc2003 ROUGE floor (R-2 11.26 → 11.09, floor 11.20; bench/BRIEF_REVIEW.md, summ17).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .. import lexicon
from ..model import Analysis, Mention, Sentence
from ..newswriting import glued_heading, rules
from .counted import counted_items
from .cut_tags import cut_tag
from .dateline_deixis import dateline_here, quoted_offsets
from .general import general_remark, named_definition
from .initials import spelling_unit, unexpanded
from .inner_quotes import quoted_items
from .lead import report_lede
from .overtaken import overtaken
from .pointers import media_pointer
from .rank import Ranked, fit_budget
from .referents import unintroduced, unowned_opening, which_firm
from .restated import restated
from .scenes import untold_scene
from .standalone import sentence_spans
from .standing import standing_line

__all__ = ["bare_surnames", "fit_named"]

ROUNDS = 4  # refills: a sentence that comes in may name someone by surname only in turn
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})  # a place or a people, never a surname ("Russia has …")


def _in(m: Mention, s: Sentence) -> bool:
    return m.doc == s.doc and s.start <= m.start and m.end <= s.end


def _full(m: Mention) -> list[str]:
    """The words of a person's full name, less a generation's suffix after the surname ("James P. Kennedy Jr."); or of
    a name the model typed as a body's that is written as a person's is, two to four capitalised words ("Zimbabwean
    Phillip Chiyangwa"), marked by a leading "" (only its last word is a surname then: summ51)."""
    words = m.text.rstrip(",").split()
    while len(words) > 2 and words[-1].rstrip(",") in lexicon.words("generation_suffixes"):
        words.pop()
    if m.kind == "org" and 2 <= len(words) <= 4 and all(w.isalpha() and w[:1].isupper() and not w.isupper()
                                                         for w in words):
        return ["", *words]
    return words if m.kind == "person" and len(words) >= 2 else []


def _surnamed(surname: str, full: Sequence[str]) -> bool:
    return bool(full) and surname in (full[0], full[-1])


def _bare(t: Any) -> bool:
    """May the proper noun be a bare surname: not a place (a word the model read as a people's counts only when a name
    of the story ends in it, which ``_first_bare`` asks: "Chiyangwa"), and no determiner on it ("The Commission said"
    names a body)?"""
    return not any(c.dep_ == "det" for c in t.children) and t.ent_type_ not in _PLACES - {"NORP"}


def bare_surnames(chosen: Sequence[Sentence], analyses: Sequence[Analysis]) -> list[str]:
    """For each chosen sentence, the surname it names the subject of its main clause by (a proper noun the parse
    does not read as a place, not part of a full name: it may read a bare surname as an organisation; a
    sentence with a quotation in it is left alone) when the story gives a full name with that surname and no
    chosen sentence gives one; "" when none."""
    by_doc = {a.doc.id: a for a in analyses}
    story_full = [_full(m) for a in analyses for m in a.mentions]
    shown_full = [_full(m) for s in chosen if s.doc in by_doc for m in by_doc[s.doc].mentions if _in(m, s)]
    out = []
    for s in chosen:
        a = by_doc.get(s.doc)
        out.append("" if a is None or report_lede(a, s) else _first_bare(a, s, story_full, shown_full))
    return out


def _quoting(a: Analysis, s: Sentence) -> list[tuple[int, int]]:
    """The character ranges (in ``s.text``) of the report's sentences of ``s`` that hold a quotation: an item may
    join a sentence and the quotation after it ("Kukushkin had beaten … "I almost died," Bublik said.")."""
    own = [t for t in a.sentences if s.start <= t.start and t.end <= s.end] or [s]
    return [(t.start - s.start, t.end - s.start) for t in own if quoted_offsets(t.text)]


def _tokens(a: Analysis, s: Sentence) -> list[tuple[Any, bool]]:
    """Each token of ``s`` and whether its own sentence holds a quotation."""
    quoting = _quoting(a, s)
    out = []
    for span in sentence_spans(a, s):
        offset = next((p.offset for p in a.paragraphs if p.text == span.doc.text
                       and s.start <= p.offset + span.start_char < s.end), s.start - span.start_char)
        out += [(t, any(lo <= offset + t.idx - s.start < hi for lo, hi in quoting)) for t in span]
    return out


def _first_bare(a: Analysis, s: Sentence, story_full: Sequence[list[str]], shown_full: Sequence[list[str]]) -> str:
    """The surname the subject of a main clause of ``s`` is named by, in a sentence with no quotation, or ""
    (a quotation's unmet speaker is left alone: summ20's rule for it cost right items; bench/BRIEF_REVIEW.md)."""
    for t, quoted in _tokens(a, s):
        if quoted or t.pos_ != "PROPN" or not _bare(t) or not t.text[:1].isupper() or _in_name(t):
            continue
        if t.dep_ not in ("nsubj", "nsubjpass") or not (t.head.dep_ == "ROOT" or _reported(t.head)):
            continue  # only the main clause's subject, or its reported clause's: the person the item is about
        if any(_surnamed(t.text, f) for f in shown_full) or not any(_surnamed(t.text, f) for f in story_full):
            continue
        if t.ent_type_ == "NORP" and not any(f and f[-1] == t.text for f in story_full):
            continue  # a people ("Russians"), not a surname a name of the story ends in
        return str(t.text)
    return ""


def _reported(v: Any) -> bool:
    """Is ``v`` the verb of the clause a main verb of saying reports ("…, an analyst, notes that Hale has …")? Its
    subject is what the item tells of, as a main clause's is (summ52)."""
    return v.dep_ == "ccomp" and v.head.dep_ == "ROOT" and v.head.lemma_.lower() in rules().reporting_verbs


def _in_name(t: Any) -> bool:
    """Is the proper noun part of a name of several words ("Xu Wenli", "Daniel Harwood")?"""
    return (t.dep_ == "compound" and t.head.pos_ == "PROPN") or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in t.children)


def fit_named(
    ranked: Ranked, words: int, analyses: Sequence[Analysis], skip: Sequence[Sentence] = (),
) -> tuple[list[Sentence], list[Sentence]]:
    """``fit_budget``'s sentences less those that name a person by surname only (``bare_surnames``) or their dateline's
    place only as "here" (``dateline_deixis.dateline_here``), or say what a kind of thing is
    (``general.general_remark``) or what a named thing is (``general.named_definition``) or a participant's standing
    (``standing.standing_line``), or open on a glued crosshead (``newswriting.glued_heading``), or point at a post
    the page embeds (``pointers.media_pointer``), or give again a figure an earlier one of their report gives
    (``restated.restated``), or open their report on a scene of an earlier month no other report tells
    (``scenes.untold_scene``), or open on a phrase whose "his" stands for no one they name
    (``referents.unowned_opening``), or open on a speaker's tag cut from its quotation (``cut_tags.cut_tag``), or lean
    on a thing no item introduces (``referents.unintroduced``), or open
    inside a quotation (``inner_quotes.quoted_items``), or preview an event of their report's day a later report tells
    (``overtaken.overtaken``), or count what the sentence before them named (``counted.counted_items``: "The two were
    arrested …"), refilled from the ranking (a few rounds); with the sentences left out, ``skip`` first. An
    item with initials no item spells out (``initials.unexpanded``) is shown with the sentence that does
    (``initials.spelling_unit``), or left out when that one cannot be shown."""
    by_doc = {a.doc.id: a for a in analyses}
    left = list(skip)
    brought: list[Sentence] = []  # what an item's initials need, shown before the ranking's choice
    chosen = fit_budget(ranked, words, left)
    for _ in range(ROUNDS):
        bare = [s for s, name in zip(chosen, bare_surnames(chosen, analyses), strict=True)
                if name or (s.doc in by_doc and (_here(by_doc[s.doc], s) or general_remark(by_doc[s.doc], s)
                                               or named_definition(by_doc[s.doc], s)
                                               or standing_line(by_doc[s.doc], s) or _glued(by_doc[s.doc], s)
                                               or media_pointer(by_doc[s.doc], s)
                                               or untold_scene(analyses, by_doc[s.doc], s)
                                               or unowned_opening(by_doc[s.doc], s) or cut_tag(by_doc[s.doc], s)))]
        again = {(s.doc, s.start) for s in (*restated(chosen, analyses), *unintroduced(chosen, analyses),
                                             *which_firm(chosen, analyses), *overtaken(chosen, analyses),
                                             *quoted_items(chosen, analyses), *counted_items(chosen, analyses))}
        new = 0
        for s, spans in unexpanded(chosen, analyses):
            unit = spelling_unit(ranked, s, spans, [*left, *bare])
            if unit is None or unit in brought:
                again.add((s.doc, s.start))
            else:
                brought.append(unit)
                new += 1
        bare += [s for s in chosen if (s.doc, s.start) in again and s not in bare]
        brought = [b for b in brought if b not in bare]
        if not bare and not new:
            break
        left += bare
        chosen = fit_budget(ranked, words, left, brought)
    return chosen, left


def _glued(a: Analysis, s: Sentence) -> bool:
    """Does the sentence open on a crosshead glued to it (``newswriting.glued_heading``)? A fragment is no item."""
    spans = sentence_spans(a, s)
    return bool(spans) and glued_heading(spans[0])


def _here(a: Analysis, s: Sentence) -> bool:
    spans = sentence_spans(a, s)
    return dateline_here(a, s.text, spans[0] if len(spans) == 1 else None) is not None
