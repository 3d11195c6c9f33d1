"""Analysis stage: sentences and named entities for each cleaned document.

Reads ``Document.text``; writes ``Analysis`` (sentences, entity mentions) with
character spans into that text. Text is split on newlines first (each line is
a paragraph in scraped news), then each paragraph into sentences by spaCy's
parser, so a headline-like line never glues onto the next paragraph.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator, Sequence
from functools import partial
from typing import Any

import numpy as np
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from . import lexicon
from .model import Analysis, Document, EntityKind, Mention, Paragraph, Sentence
from .names import name_abbreviations
from .newswriting import rules
from .nlp import get_nlp
from .parses import REBUILT_KEPT, keep, pack, text_of
from .text import GLUED_END, LOST_SIGN

_ENTITY_KINDS: dict[str, EntityKind] = {
    "PERSON": "person",
    "ORG": "org",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
}
_TERMINAL = re.compile(r"[.!?…][\"'”’)\]]*$")
_OPENS_LOWER = re.compile(r"^[\"'“‘(\[]*[a-z]")
_ABBREVIATED_END = re.compile(r"(?:^|[\s(])(?:[A-Z][a-z]{1,3}|(?:[A-Za-z]\.){1,3}[A-Za-z])\.$")
"""A piece that ends on an abbreviation's stop: a short capitalised word ("Rd.", "Ave.", "Co.") or
dotted initials ("U.S.", "D.C."). Such a word can end a sentence ("He lives on Main St."), so it is
not in lexicon/abbreviations.txt; but when the next piece opens in lower case ("… found at 12 Elm
Rd. | in the town's north end …") the sentence goes on."""
_CLOCK_END = re.compile(r"\b[ap]\.m\.$")
_MEASURES = lexicon.words("measure_abbreviations")


def _measure_goes_on(prev: str, piece: str) -> bool:
    """Does ``prev`` end on a unit's or measure's abbreviation (lexicon/measure_abbreviations.txt: "bbl.", "ft.",
    "sq.") with ``piece`` opening on a lower-case word ("the 4.9 million bbl. | of oil that spilled", "weighed 2,191
    lb. 14 oz. | at the fair")? Then the sentence goes on. Such a word can end one, and a figure after it can open the
    next ("The storm dropped about 12 in. | 8 homes … were flooded", "was sworn in. | 14 councillors …"): a figure
    is no sign."""
    words = prev.rsplit(None, 1)
    last = words[-1].lstrip("(\"'“‘[") if words else ""
    return last in _MEASURES and _OPENS_LOWER.match(piece) is not None


_ZONE_START = re.compile(
    r"^(?:[A-Z][a-z]+\s+(?:(?:[Ss]tandard|[Dd]aylight)\s+)?[Tt]ime\b|(?:"
    + lexicon.alternation(lexicon.words("time_zones")) + r")\b)"
)
"""A clock time's zone after "a.m."/"p.m." ("2:43 p.m. | Eastern standard time", "9 a.m. | GMT"): the
same sentence, whatever spaCy says."""
ATTRIBUTION = "ATTRIBUTION"
QUOTE_OPENERS = frozenset({'"', "“", "‘", "'"})
_LONE_WORD = re.compile(r"[\"'“‘(\[]*[A-Z][a-z]+")
"""A piece that is one capitalised word and nothing else: never a sentence, the start of the next one."""


def _counted(ent: Span) -> bool:
    """Does a number count this name ("26 Kalibr missiles")? People are not counted that way.

    The number either modifies the name itself or the noun the name is a compound of."""
    if ent.start == 0:
        return False
    num, root = ent.doc[ent.start - 1], ent.root
    return num.dep_ == "nummod" and (num.head == root or (root.dep_ == "compound" and num.head == root.head))


MAX_PARAGRAPH = 10_000
"""Longest piece of text given to spaCy at once (characters). A longer line (a whole
article without line breaks) is cut at sentence ends: spaCy refuses texts over 1M
characters and its parser's memory grows with the length of what it is given."""

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*\s+")


def _pieces(line: str, limit: int = MAX_PARAGRAPH) -> Iterator[tuple[int, str]]:
    """(offset, piece) of ``line`` cut into pieces of at most ``limit`` characters, at the
    last sentence end before the limit (else the last space, else the limit itself)."""
    start = 0
    while len(line) - start > limit:
        window = line[start : start + limit]
        cut = max((m.end() for m in _SENTENCE_END.finditer(window)), default=0)
        if cut < limit // 4:
            space = window.rfind(" ")
            cut = space + 1 if space > limit // 4 else limit
        piece = line[start : start + cut]
        if piece.strip():
            yield start + len(piece) - len(piece.lstrip()), piece.strip()
        start += cut
    piece = line[start:]
    if piece.strip():
        yield start + len(piece) - len(piece.lstrip()), piece.strip()


def paragraphs(text: str) -> Iterator[tuple[int, str]]:
    """(offset, line) for every non-empty line of ``text`` (very long lines in pieces)."""
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            for offset, piece in _pieces(line):
                yield pos + offset, piece
        pos += len(line) + 1


_DESIGNATOR = re.compile(r"(?:^|\s)(?=[\w-]*\d)(?=[\w-]*[A-Za-z])\w+(?:-\w+)+$")
"""A model or type designator at the end of a piece: a hyphenated word with letters and digits
("Su-34", "F-15E", "MQ-9", "777-200ER")."""
_OPEN_ENDED = frozenset({"DET", "ADP", "CCONJ", "SCONJ"})
"""Parts of speech no sentence ends with ("… in 1998 and", "… the")."""
_POSSESSIVE_END = re.compile(r"\w['’]s$")
"""A possessive at a piece's end ("… hit singles like 1978's | “What a Fool Believes.”"): what it owns comes after
it, so no sentence ends there (spaCy cuts before a quoted title that ends with its own stop)."""


def _cut_inside(prev: str, last_pos: str) -> bool:
    """Was a sentence boundary put inside a sentence? After a title ("Brig.", "Sgt."), which
    always precedes a name; or, with no final stop, after a model designator ("Su-34 |
    Fullback fighter jets …"), a possessive ("1978's | “What a Fool Believes.”") or a word no sentence
    ends with ("… and | Black Hawk Down")."""
    last = prev.rsplit(None, 1)[-1] if prev.strip() else ""
    if last in name_abbreviations():
        return True
    if _TERMINAL.search(prev):
        return False
    # a function word in running text is lower case (tags of capitalised page furniture are not to be trusted)
    if _POSSESSIVE_END.search(last):
        return True
    return _DESIGNATOR.search(prev) is not None or (last.isalpha() and last.islower() and last_pos in _OPEN_ENDED)


_CLAUSE_OPENERS = frozenset({"PRON", "DET", "NOUN", "ADV", "ADP", "SCONJ", "CCONJ", "AUX", "VERB"})
"""Parts of speech of a capitalised word that opens a new sentence after a stop ("… at 4 a.m. |
Residents fled"); a proper noun or a number goes on the same one ("4 a.m. Tuesday", "U.S. Army")."""
_VERBS = frozenset({"VERB", "AUX"})


def _missed_ends(sent: Span) -> list[int]:
    """Character offsets (in the paragraph) where a sentence spaCy left whole really ends: after
    an abbreviation's stop that can close a sentence ("a.m.", "Sept.", "N.Y."), before a capitalised
    word that opens a clause, when both sides have a verb. Titles ("Gen.", "No.") never end one."""
    cuts: list[int] = []
    start = sent.start
    for tok in sent[:-1]:
        nxt = tok.doc[tok.i + 1]
        if not (len(tok.text) > 1 and tok.text.endswith(".") and tok.text not in name_abbreviations()):
            continue
        if not (nxt.text[:1].isupper() and nxt.pos_ in _CLAUSE_OPENERS and tok.whitespace_):
            continue
        left, right = tok.doc[start : tok.i + 1], tok.doc[nxt.i : sent.end]
        if any(t.pos_ in _VERBS for t in left) and any(t.pos_ in _VERBS for t in right):
            cuts.append(nxt.idx)
            start = nxt.i
    return cuts


# GLUED_END (a stop with no space after it, "… indefinitely.The hurricane") lives in ``text``: render uses it too.


_INITIALISM_END = re.compile(r"(?:^|\s)(?:[A-Z]\.){1,3}$|(?:^|\s)[A-Z]{2,3}\.$")
"""An initialism's stop at a piece's end ("U.S.", "US."): a piece that opens with a number or a lower-case
word after it goes on the same sentence ("Dep't of Navy v. Egan, 484 U.S. | 518, 527 (1988)": a reporter's
volume and page; "paid by a U.S. | person"). A new sentence after an initialism opens with a capital."""


_SHORT_STOP = re.compile(r"(?:^|[\s(])([A-Z][A-Za-z]{0,2})\.$")
"""A short capitalised or all-capitals token with one stop at a piece's end ("ID.", "Co.", "EU."; not dotted initials
such as "U.S."). A product's or a model's name can end that way ("the VW ID. | SPACE VIZZION is …")."""
_NAMED_PAIR = re.compile(r"(?<![\w.])([A-Z][A-Za-z]{0,2})\. ([A-Z][\w-]*)")
_CAPITALS = re.compile(r"[A-Z][A-Z\d-]+")


def stop_names(text: str) -> frozenset[str]:
    """The pairs "T. W" of a short token with a stop (``_SHORT_STOP``) and a capitalised word that ``text`` writes
    more than once, when W is in capitals or a word the text never writes in lower case ("ID. SPACE" of "the VW ID.
    SPACE VIZZION"): the same words after the same stop again and again are a name, not a sentence's end and the
    next one's start ("U.S. The" is dotted initials; "Inc. The" fails: "the" is a function word, spaCy's stop word)."""
    counts: dict[str, int] = {}
    for m in _NAMED_PAIR.finditer(text):
        counts[m.group(0)] = counts.get(m.group(0), 0) + 1
    lower = set(re.findall(r"\b[a-z][\w-]*", text))
    return frozenset(
        pair for pair, n in counts.items()
        if n > 1 and (_CAPITALS.fullmatch(word := pair.split(" ", 1)[1])
                      or (word.lower() not in lower and word.lower() not in STOP_WORDS))
    )


def _named_stop(prev: str, piece: str, names: frozenset[str]) -> bool:
    """Is the cut between ``prev`` and ``piece`` inside a name written with a stop? ``prev`` ends on a short token with
    a stop (``_SHORT_STOP``) and ``piece`` opens with a word the text writes after that token elsewhere
    (``stop_names``), or with two words in capitals in mixed-case running text ("the ZX. NOVA TOURER may …")."""
    m = _SHORT_STOP.search(prev)
    if m is None:
        return False
    words = piece.split(None, 2)
    if not words:
        return False
    if f"{m.group(1)}. {words[0]}" in names:
        return True
    return (len(words) > 1 and all(_CAPITALS.fullmatch(w.rstrip(",;:")) for w in words[:2])
            and any(c.islower() for c in prev))


def _stop_names_in(para: str, names: frozenset[str]) -> list[tuple[int, int]]:
    """Where ``para`` writes a name with a stop (``_named_stop``): (start of the short token, start of the word after
    its stop) for each, "the VW |ID. |SPACE VIZZION"."""
    return [(m.start(1), m.start(2)) for m in _NAMED_PAIR.finditer(para)
            if _named_stop(para[: m.start(2) - 1], para[m.start(2) :], names)]


def _name_span(start: int, end: int, para: str, held: Sequence[tuple[int, int]]) -> tuple[int, int] | None:
    """A mention's span, cut before a name written with a stop that it runs into ("VW| ID. SPACE VIZZION": the
    maker's name, not the product's, which no list of people, bodies and places holds); None when nothing is left."""
    for short, after in held:
        if start <= short < end and end > after:
            end = len(para[:short].rstrip())
            return (start, end) if end > start else None
    return start, end


_APOSTROPHE_NAME_PART = re.compile(r"(?<![\w‘'’\"“])[A-Z][a-z]*[a-rt-z]['’](?= [A-Z])")
"""A capitalised word closed by an apostrophe before another capitalised word: a part of a name written with one
("Governor Anyang’ Nyong’o"), never a sentence's end; the parser took the mark for a closing quote and began a sentence
after it, cutting the name in two. A word ending in "s" before the mark is a plural possessive ("the Smiths’ House"),
and a mark that closes a quotation opened before it (``_QUOTE_OPENED``) is no apostrophe ("the 'Fringe' Candidates")."""
_QUOTE_OPENED = re.compile(r"(?:^|[\s(\[—–-])[‘']\w")


def _apostrophe_name_joins(para: str) -> list[int]:
    """Where the word after a name part closed by an apostrophe starts (``_APOSTROPHE_NAME_PART``): no sentence there.
    A mark is a quotation's close when a single quote opens a word in the 80 characters before it on its line."""
    joins = []
    for m in _APOSTROPHE_NAME_PART.finditer(para):
        before = para[max(0, m.start() - 80) : m.start()].rsplit("\n", 1)[-1]
        if not _QUOTE_OPENED.search(before):
            joins.append(m.end() + 1)
    return joins


def _held_together(nlp: Any, para: str, held: Sequence[tuple[int, int]]) -> Doc | str:
    """``para`` tokenised, with no sentence allowed to start inside a name written with a stop (``_named_stop``), so
    that the parser keeps "the ID. SPACE VIZZION may …" one sentence and parses it as one (the name's stop kept on its
    word, as the tokenizer keeps "Inc."): the stages that read the
    parse (a plan's verb for the timeline, a figure's clause for claims) then see the whole sentence, not two
    pieces that ``_merge_fragments`` glues back only as text. ``held``: ``_stop_names_in(para, …)``. The text
    itself when there is no such name and no name part closed by an apostrophe (``_APOSTROPHE_NAME_PART``)."""
    joins = [*_apostrophe_name_joins(para), *(m.end() for m in LOST_SIGN.finditer(para))]  # ("more than ?50bn")
    if not held and not joins:
        return para
    doc = nlp.make_doc(para)
    at = {t.idx: t for t in doc}
    with doc.retokenize() as retokenizer:  # "ID" "." as one word "ID.": else the parser reads the stop as the end
        for _, after in held:
            word = at.get(after)
            if word is not None and word.i > 1 and doc[word.i - 1].text == "." and not doc[word.i - 2].whitespace_:
                retokenizer.merge(doc[word.i - 2 : word.i])
    at = {t.idx: t for t in doc}  # (the merge renumbered the words)
    for after in (*(a for _, a in held), *joins):
        if (word := at.get(after)) is not None and word.i > 0:
            word.is_sent_start = False
    together: Doc = doc
    return together


_ASKED_OR_CRIED = re.compile(r"[?!][\"'”’]+$")
"""A quotation that ends with its own question or exclamation mark: the sentence goes on with its
speaker ('"Have we not done our best?" | Mr. Pell said in an interview.')."""
_COMMA_CLOSED = re.compile(r",[\"'”’]+$")
"""A quotation closed on a comma ('"… told him: 'Welcome home,'"'): the sentence goes on, and a piece after it that
only names a speaker ('Museum director Ann Lee said.') is its tag (summ43)."""
_QUOTE_CLOSED = re.compile(r"[.?!…][\"”’]+$")
"""A quotation closed after its own stop ('"Hands! Let me see your hands!"'): a piece after it that opens in lower
case is its speaker's tag ('an officer ordered.'), whatever the verb: no sentence opens in lower case."""


def _only_attribution(span: Span | None) -> bool:
    """Is this piece a speaker and a reporting verb with nothing reported ("Mr. Pell said in an
    interview.", "asked Rep. Ann Orr.")? Then it is the end of the quotation before it."""
    if span is None or len(span) == 0:
        return False
    root = span.root
    if root.lemma_.lower() not in rules().reporting_verbs or root.pos_ not in ("VERB", "AUX"):
        return False
    if span[0].text in QUOTE_OPENERS:
        return False
    return not any(c.dep_ in ("ccomp", "xcomp", "dobj", "obj", "attr", "conj", "advcl") for c in root.children)


_SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _headless(span: Span | None) -> bool:
    """Does this piece open on capitalised words before a finite verb that has no subject ("Into
    Darkness were directed by J.J. Abrams.")? Then its subject is at the end of the piece before it,
    a title of capitalised words spaCy cut through ("… and 2013's Star Trek | Into Darkness were …").
    A piece that opens on its verb (an imperative, "Click here") or on a lower-case word is not one."""
    if span is None or len(span) < 2 or not span[0].text[:1].isupper():
        return False
    verb = next((t for t in span if t.tag_ in _FINITE and t.pos_ in _VERBS), None)
    if verb is None or verb.i == span.start:
        return False
    head = verb.head if verb.dep_ in ("aux", "auxpass") else verb
    if head.i < span.start or head.i >= span.end:
        return False
    before = span.doc[span.start : min(verb.i, head.i)]
    if not before or not all(t.text[:1].isupper() or not t.is_alpha for t in before):
        return False
    return not any(c.dep_ in _SUBJECTS for c in (*head.children, *verb.children))


def _sentence_spans(sdoc: Doc) -> list[tuple[int, int, str, bool]]:
    """(start, end, part of speech of the last word, headless) of each of spaCy's sentences of one
    paragraph, cut again where a stop has no space after it (``GLUED_END``); the part of speech is
    ``ATTRIBUTION`` for a piece that only names a quotation's speaker (``_only_attribution``); headless
    is ``_headless``."""
    spans = []
    text = text_of(sdoc)
    for sent in sdoc.sents:
        glued = [m.end() for m in GLUED_END.finditer(text, sent.start_char, sent.end_char)]
        bounds = [sent.start_char, *(g for g in glued if g < sent.end_char), sent.end_char]
        for a, b in itertools.pairwise(bounds):
            piece = text[a:b]
            kept = piece.strip()
            if not kept:
                continue
            start = a + len(piece) - len(piece.lstrip())
            span = sdoc.char_span(start, start + len(kept), alignment_mode="expand")
            last = next((t for t in reversed(span) if not t.is_space), None) if span is not None else None
            pos = ATTRIBUTION if _only_attribution(span) else last.pos_ if last is not None else ""
            spans.append((start, start + len(kept), pos, _headless(span)))
    return spans


def _split_missed(sdoc: Doc, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` cut again where spaCy missed a sentence end after an abbreviation (``_missed_ends``)."""
    out = []
    text = text_of(sdoc)
    for start, end in spans:
        sent = sdoc.char_span(start, end, alignment_mode="expand")
        bounds = [start, *(_missed_ends(sent) if sent is not None and len(sent) > 1 else []), end]
        for a, b in itertools.pairwise(bounds):
            piece = text[a:b].rstrip()
            out.append((a, a + len(piece)))
    return out


def _merge_fragments(
    spans: list[tuple[int, int, str, bool]], para: str, names: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Glue pieces that spaCy split off wrongly: a lone closing quote, a continuation that
    starts in lower case after a sentence with no final stop or after a quotation closed on its own stop (its
    speaker's tag: '"Hands!" | an officer ordered.'), the rest of a sentence cut
    inside (see ``_cut_inside``), a clock time's zone ("p.m. | Eastern time"), a number after an
    initialism's stop ("484 U.S. | 518"), a name written with a stop ("the ID. | SPACE VIZZION", ``_named_stop``;
    ``names`` from ``stop_names``), a subjectless clause after a piece with no final stop (the rest of
    a title cut through, ``_headless``), the rest of a sentence after a unit's abbreviation ("bbl. | of oil",
    ``_measure_goes_on``), or a lone capitalised word (to the sentence after it).
    ``spans`` are (start, end, part of speech of the last word, headless)."""
    out: list[tuple[int, int]] = []
    last_pos = ""
    held: int | None = None  # start of a lone word spaCy split off before a sentence ('"Martin' | "Luther King …")
    for n, (start, end, pos, headless) in enumerate(spans):
        if held is not None:
            start, held = held, None
        elif n + 1 < len(spans) and _LONE_WORD.fullmatch(para[start:end]):
            held = start
            continue
        piece = para[start:end]
        if out:
            prev = para[out[-1][0] : out[-1][1]]
            stray = not any(ch.isalnum() for ch in piece)
            continuation = _OPENS_LOWER.match(piece) is not None and (
                not _TERMINAL.search(prev) or _ABBREVIATED_END.search(prev) is not None)
            zone = _CLOCK_END.search(prev) is not None and _ZONE_START.match(piece) is not None
            tagged = (_ASKED_OR_CRIED.search(prev) or _COMMA_CLOSED.search(prev)) is not None
            speaker = (pos == ATTRIBUTION and tagged) or (
                _QUOTE_CLOSED.search(prev) is not None and _OPENS_LOWER.match(piece) is not None)
            numbered = _INITIALISM_END.search(prev) is not None and (piece[:1].isdigit() or piece[:1].islower())
            titled = headless and not _TERMINAL.search(prev) and prev[-1:].isalnum()
            measured = _measure_goes_on(prev, piece)
            glued = (stray or continuation or zone or speaker or numbered or titled or measured
                     or _named_stop(prev, piece, names))
            if glued or _cut_inside(prev, last_pos):
                out[-1] = (out[-1][0], end)
                last_pos = pos
                continue
        out.append((start, end))
        last_pos = pos
    return out


PARSE_BATCH = 128
"""Paragraphs given to spaCy at once (a ten-report story has about 150). Larger batches make fewer,
larger matrix products: about 5% less CPU than 64 for the parse of ten DUC 2003 stories, with every
packed paragraph byte-identical (256 or 1,000 gained no more, and the parser's memory grows with the batch)."""


# A quotation cut by the splitter at emphatic one-word sentences is kept whole. Emphasis in a tweet or a shout
# stops after every word ("Fix. The. ROADS.", "Never. Again."); the parser takes each stop for a sentence end, and
# the quotation falls into pieces ('"Tolls pay for roads." | "… we are here to Fix." | "The." | 'ROADS," the mayor
# tweeted.'), each shown alone without its speaker or its marks. A quotation opened and closed in one paragraph
# whose pieces hold a sentence of a single word is one utterance spoken in a burst: its pieces are one sentence.
# A quotation of ordinary sentences ('"We ran. Last night somebody did," he said') keeps its cuts, as the stages
# read each of its sentences on its own. Marks read: curly double quotes, and straight ones (an opener when it
# starts a word).
MAX_QUOTED_PIECES = 6  # pieces a quotation kept whole may span; a longer one is a speech, not a burst
_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_STOP = re.compile(r"[.!?][\"'”’)]*\s+")


def _quotations(para: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation opened and closed in ``para``."""
    out = []
    opened: int | None = None
    for i, ch in enumerate(para):
        straight_open = ch == '"' and opened is None and (i == 0 or para[i - 1] in " \t([—–-")
        if ch == "“" or straight_open:
            opened = i
        elif ch in "”\"" and opened is not None:
            out.append((opened, i + 1))
            opened = None
    return out


def _one_word(piece: str) -> bool:
    """Does ``piece`` hold a sentence of one word ("It.", or "The." before "ROADS," in one piece)?"""
    return any(len(_WORD.findall(part)) == 1 for part in _STOP.split(piece))


def _whole_quotes(spans: list[tuple[int, int]], para: str) -> list[tuple[int, int]]:
    """``spans`` (sentences of ``para``) with the pieces of a quotation cut at a one-word sentence joined."""
    out = list(spans)
    for start, end in _quotations(para):
        first = next((n for n, (a, b) in enumerate(out) if a <= start < b), None)
        last = next((n for n, (a, b) in enumerate(out) if a < end <= b), None)
        if first is None or last is None or not 0 < last - first < MAX_QUOTED_PIECES:
            continue
        if any(_one_word(para[a:b]) for a, b in out[first : last + 1]):
            out[first : last + 1] = [(out[first][0], out[last][1])]
    return out


_NO_TENSOR = np.zeros((0,), dtype=np.float32)


def analyse(docs: Sequence[Document]) -> list[Analysis]:
    """Sentences and entity mentions for every document (one spaCy pass over all)."""
    nlp = get_nlp()
    jobs: list[tuple[int, int, str]] = []  # (doc index, paragraph offset, paragraph text)
    names = [stop_names(doc.text) for doc in docs]
    for i, doc in enumerate(docs):
        for offset, para in paragraphs(doc.text):
            jobs.append((i, offset, para))
    sentences: list[list[Sentence]] = [[] for _ in docs]
    mentions: list[list[Mention]] = [[] for _ in docs]
    parsed: list[list[Paragraph]] = [[] for _ in docs]
    para_index = [0] * len(docs)
    # A brief of a few reports reads every parse from ``keep`` and never needs the bytes: they are made when
    # first read (the store, a rebuild), not here (about 1.5% of a ten-report brief). A larger analysis packs
    # each parse at once, so that it does not hold more Docs than ``keep`` does.
    lazy = len(jobs) <= REBUILT_KEPT
    held = [_stop_names_in(p, names[i]) for i, _, p in jobs]  # names written with a stop, per paragraph
    texts = (_held_together(nlp, p, h) for (_, _, p), h in zip(jobs, held, strict=True))
    parses = nlp.pipe(texts, batch_size=PARSE_BATCH)
    for (i, offset, para), here, sdoc in zip(jobs, held, parses, strict=True):
        doc_id = docs[i].id
        sdoc.tensor = _NO_TENSOR  # what a rebuilt parse lacks; the stages never read it
        # the analysis holds the packed bytes, not the Doc (or, when lazy, what packs them)
        paragraph = Paragraph(offset, para, None, partial(pack, sdoc)) if lazy else Paragraph(offset, para, pack(sdoc))
        parsed[i].append(paragraph)
        keep(paragraph, sdoc)  # the stages that follow read this parse instead of rebuilding it
        merged = _merge_fragments(_sentence_spans(sdoc), para, names[i])
        for start, end in _whole_quotes(_split_missed(sdoc, merged), para):
            sentences[i].append(
                Sentence(
                    doc=doc_id,
                    index=len(sentences[i]),
                    start=offset + start,
                    end=offset + end,
                    text=para[start:end],
                    paragraph=para_index[i],
                )
            )
        for ent in sdoc.ents:
            kind = _ENTITY_KINDS.get(ent.label_)
            span = _name_span(ent.start_char, ent.end_char, para, here) if kind else None
            if kind and span:
                mentions[i].append(
                    Mention(doc_id, offset + span[0], offset + span[1], para[span[0] : span[1]], kind,
                            counted=kind == "person" and _counted(ent))
                )
        para_index[i] += 1
    return [Analysis(doc, sentences[i], mentions[i], parsed[i]) for i, doc in enumerate(docs)]
