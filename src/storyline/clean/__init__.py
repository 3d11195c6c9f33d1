"""Site-furniture removal: dirty scraped text in, a clean ``Document`` out.

Why: scraped news text carries the site around the article ("Connect with
us", "Read: <other headline>", share buttons, author bios, photo credits,
"Comments are closed.", copyright footers, ads, CMS leftovers). Left in, it
turns into fake sentences in summaries, fake entities and fake numbers in
claims. Every brief span indexes into the cleaned text, so cleaning decides
what can ever be quoted.

The furniture model (``furniture``, ``linefeatures``)
----------------------------------------------------
Every line gets a furniture probability from a model trained on labelled lines of
many sites and measured on sites it never saw (``scripts/train_furniture.py``,
``bench/clean_eval.py``): a new site needs no new pattern. Certain furniture
(cookie, JavaScript and web-archive notices, copyright lines, separators) is data
(``data/furniture_rules.json``); date lines, the headline, mastheads, repeats and
bylines are context passes. The shape rules below still run as a second opinion
and name the kind of furniture; a line only the model removes is "site furniture"
or "navigation". Every removed line keeps its reason and score.

Principles
----------
* **Line-anchored rules, length-limited.** A rule matches a whole line (or
  the start of one) and only lines short enough to be furniture, so a real
  sentence that merely contains "read", "share", "comment" or "about" is
  never touched ("Share prices fell 3 percent." survives; "Share this
  story" does not). Lines that read like prose (12+ words ending a
  sentence) only ever meet start-anchored rules; paragraphs lose at most a
  repeated headline prefix or a photo credit, never a sentence.
* **Nothing is lost silently.** Every removed line or line part is recorded
  in ``Document.removed`` with the reason (``reasons.Reason``). Blank lines
  are layout, not text, and are dropped without a record.
* **Verbatim.** Kept lines are only stripped and have runs of spaces, tabs
  and no-break spaces collapsed. Quotes, dashes and symbols stay as written;
  the title is the headline line exactly as written. A sentence that a
  hard wrap broke across two lines ("... on Sunday" / "morning after ...")
  is rejoined with one space.
* **Never invent a date.** ``published`` comes from the input metadata or a
  date line in the text (``datelines``).
* **The outlet only from the site's own furniture** (``outlet``). Never from prose.
* **Fast.** Compiled regexes behind cheap substring gates; a news article
  cleans in about a millisecond, language check included.

The cascade (``clean_document``)
--------------------------------
1. ``split_lines`` (``lines``): non-empty lines, hard wraps rejoined.
2. ``_classify_lines``: photo credits cut out of each line (``credits``), then
   the context-free line rules, first match wins (``rules``: the table of
   shapes and reasons is there), a photo gallery's chrome and captions in
   scraped text (``captions``), and keyword date lines (``datelines``).
3. The header: bare date lines (``datelines.mark_bare_date_lines``), the
   headline (``title.mark_title``), mastheads (``outlet.mark_mastheads``) and
   every kept line above the headline (``structure.trim_head``).
4. The body: the headline repeated (``title.mark_repeated_headlines``).
5. Structure (``structure.mark_structure``), in this order:

   ==========================================  ==============================
   rule                                         reason recorded
   ==========================================  ==============================
   a names-only byline between title and first  byline
   paragraph ("Shaun Walker in Moscow and
   Spencer Ackerman in Washington")
   headline-like lines after a list header,     related-stories list
   up to the first real paragraph
   the paragraph after "About <Name>" that      author bio
   reads like a bio ("<Name> is ...", "She
   ...")
   a standalone line that the next paragraph    standfirst repeated in body
   begins with
   a line equal to an earlier kept line (in     duplicate line
   scraped text, not one the model reads as
   article: an article's own list repeats)
   after the last paragraph, from the end:      author bio / contact prompt /
   bios ("Jane Doe is a staff writer for        advertisement / outlet promo /
   ..."), contact lines, appeals, programme     navigation (<= 4 words) /
   plugs ("Hear more on Harbour FM Drive from   related-stories list
   5pm."), and short non-sentence lines
   ("Good News") that do not read like prose
   (after an extractor, not one the model
   reads as article; in scraped text the same
   for lines of 5+ words when
   ``structure.SCRAPED_TAIL_MIN_SCORE`` is on)
   ==========================================  ==============================

   After an extractor (an HTML page through trafilatura) the extractor's choice weighs more
   (``extracted``): table rows stay, a run of lines of one shape (a schedule) is neither the model's
   nor the tail trim's to remove, short repeats outside a repeated paragraph stay, and the model may
   not remove most of an article. What the page's markup says of a line (``RawDocument.markup``, from
   ``ingest.markup``: an ``<h1>``, a line in a newsletter, promo, standfirst or related box) removes it
   after the title is chosen (``extracted.apply_markup``), never most of the text.

6. ``_assemble``: the kept lines joined with "\\n"; no kept line left ->
   ``NoArticleText`` (a text that is nothing but its headline keeps the headline
   as its text).
7. ``_check_error_page`` and ``_check_machine_read``: a short text holding an error page's
   phrase, or a book's or a report's machine-read pages (a digitised book's notice, or at least two
   shapes of a printed page: figure captions, figure file names, words hyphenated at a line break, a
   running head; ``ingest.notreport.machine_read``) -> ``NoArticleText``, with the reason.
8. ``_check_language``: a body of >= 20 words in which under a fifth of the words
   are English stopwords, and that ``detect_language`` says is another language
   (confidence >= 0.3, its words borne out: ``language.reads_as``) or whose
   lower-case words are mostly no English words -> ``UnsupportedLanguage``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence

from .. import lexicon
from ..errors import NoArticleText, UnsupportedLanguage
from ..ingest.notreport import machine_read
from ..model import Document, RawDocument, Removed
from . import captions
from .config import DEFAULT_CONFIG, CleanConfig
from .credits import cut_site_credit, strip_inline_credits
from .datelines import (
    DateLine,
    mark_bare_date_lines,
    mark_dateline_fragments,
    meta_line_date,
    parse_date_line,
    publication_date,
)
from .extracted import apply_markup, in_shaped_run, is_table_row, layout_row, overrule_model_majority
from .furniture import certain_article, certain_reason, credited_caption, load_model, model_inputs
from .hyphens import mend_hyphens
from .inlineparts import cut_record_furniture
from .innermarks import mend_marks
from .language import LATIN_SCRIPT_LANGUAGES, detect_language, reads_as, stopword_share
from .linefeatures import line_key
from .lines import Line, ends_sentence, first_paragraph, last_paragraph, nwords, split_lines
from .lostchars import restore_letters, restore_lost
from .lostspaces import mend_spaces
from .outlet import find_outlet, mark_mastheads
from .reasons import Reason
from .rules import classify_line
from .sourcing import page_notes
from .structure import mark_structure, trim_head
from .taggedhyphens import mend_tagged
from .title import drop_kicker, mark_repeated_headlines, mark_title
from .wires import closing_wire, with_contributing_wire, with_wire_credit

__all__ = ["DEFAULT_CONFIG", "CleanConfig", "Reason", "clean_document", "repeat_counts"]

WIRE_CREDITS = True
"""Show the wire a web page's dateline credits after its outlet ("SFGate (AP)"; ``wires``; bench/BRIEF_REVIEW.md,
"inputs25")."""

PAGE_NOTES = True
"""Note a web page too short to brief, or naming no publisher, date or byline (``sourcing``; bench/BRIEF_REVIEW.md,
"inputs30")."""

WHOLE_REPORTS = True
"""Switch (inputs59): when the model would remove every line, a line holding two sentences or more stays even if it
ends in none: a record's one-paragraph report whose text ends on an unpunctuated credit or label was dropped whole
as site furniture (bench/BRIEF_REVIEW.md, "inputs59")."""
_SENTENCE_INSIDE = re.compile(r"[a-z0-9)%][.!?][\"”’]? +[\"“]?[A-Z]")
_WHOLE_REPORT_WORDS = 20

# A byline or a republication note may state the date too: "By Jane Doe | Sep 30, 2015", "First published on ...".
# (A set made once: looking up a StrEnum member costs ~0.3 us on Python 3.11, and this runs on every line.)
_MAY_STATE_A_DATE = frozenset({Reason.BYLINE, Reason.REPUBLISHED})


def _record_text(raw: RawDocument) -> tuple[str, list[Removed]]:
    """A JSON record's one-paragraph text mended and its glued furniture cut, with the parts cut: a currency sign lost
    to "?" and a letter lost inside a word restored (``lostchars``), hyphens written for spaces mended (``hyphens``,
    and by the tagger's reading of the words they join, ``taggedhyphens``), posts, teasers, crossheads cut
    (``inlineparts``), spaces lost between words put back and logged (``lostspaces``), marks inside a word that
    stand for a lost space, apostrophe or full stop mended and logged (``innermarks``); other inputs' text as read,
    their lines cleaned by the line rules."""
    if raw.source != "json":
        return raw.text, []
    text, repairs = mend_spaces(mend_tagged(mend_hyphens(restore_letters(restore_lost(raw.text, raw.url)))))
    text, marks = mend_marks(text)
    cut, removed = cut_record_furniture(text)
    return cut, ([Removed(f"{was} -> {now}", Reason.LOST_SPACE) for was, now in repairs]
                 + [Removed(f"{was} -> {now}", Reason.LOST_MARK) for was, now in marks] + removed)


def _record_title(raw: RawDocument) -> str | None:
    """A JSON record's title with a currency sign it lost to "?" restored as its text's is ("… to ?7bn"; inputs63), and
    a letter lost inside a word ("Beyonc??"; inputs65);
    other inputs' title as read."""
    return restore_letters(restore_lost(raw.title, raw.url)) if raw.source == "json" and raw.title else raw.title


def clean_document(
    raw: RawDocument,
    doc_counts: Mapping[str, int] | None = None,
    *,
    model: bool = True,
    cfg: CleanConfig = DEFAULT_CONFIG,
) -> Document:
    """Remove site furniture from ``raw.text`` and fill in title and date.

    ``doc_counts`` maps a line key (``linefeatures.line_key``) to the number of
    documents of the same input holding that line (``repeat_counts``): a line
    that recurs across reports is likely an outlet's furniture.

    Raises ``NoArticleText`` when nothing but furniture is left and
    ``UnsupportedLanguage`` when the body is clearly not English (the
    pipeline's models are English-only; a wrong-language body would yield
    nonsense rather than an error). ``model=False`` runs the earlier rule
    cascade instead of the model (``rules.classify_line`` decides): the
    baseline ``bench/clean_eval.py`` measures side by side.
    """
    text, parts = _record_text(raw)
    lines = split_lines(text)
    if lines:
        lines[0].parts[:0] = parts
    if model:
        dates = _classify_lines(lines, doc_counts, extracted=raw.source == "html")
        first_par = first_paragraph(lines)
    else:
        dates = _classify_lines_by_rules(lines)
        first_par, last_par = first_paragraph(lines), last_paragraph(lines)
        dates += mark_bare_date_lines(lines, first_par, last_par, cfg)
    title, title_at = mark_title(lines, _record_title(raw), first_par)
    dates += mark_mastheads(lines, first_par)
    trim_head(lines, title_at)
    mark_repeated_headlines(lines, title)
    title = drop_kicker(title)
    if raw.markup:
        apply_markup(lines, raw.markup)
    mark_structure(lines, title_at, first_par, extracted=raw.source == "html")
    cut_site_credit(lines, raw.outlet, raw.url)
    text, removed = _assemble(raw.id, lines, title_at)
    _check_error_page(raw.id, text)
    _check_machine_read(raw.id, raw.text, text)
    _check_language(raw.id, text, cfg)
    outlet = _credited(raw, text, raw.outlet or find_outlet(lines, title_at), removed)
    published = raw.published or publication_date(dates)
    notes = list(raw.notes)
    if raw.source == "html" and PAGE_NOTES:
        notes += page_notes(notes[0].input if notes else raw.id, text, outlet, published, removed)
    return Document(
        id=raw.id,
        text=text,
        title=title,
        outlet=outlet,
        url=raw.url,
        published=published,
        removed=removed,
        story=raw.story,
        notes=notes,
    )


def _credited(raw: RawDocument, text: str, outlet: str | None, removed: list[Removed]) -> str | None:
    """A web page's outlet with the wire its dateline credits ("SFGate (AP)", ``wires.with_wire_credit``), or a
    wire its removed credit line names as a contributor ("FOX Sports (with AP)", ``wires.with_contributing_wire``);
    for a JSON record, the same from its text's last line too (a credit sentence or "(AP, Reuters)" closing it)."""
    if raw.source not in ("html", "json") or not WIRE_CREDITS:
        return outlet
    outlet = with_wire_credit(outlet, raw.url, next((ln for ln in text.split("\n") if ln.strip()), ""))
    closing = next((ln for ln in reversed(text.split("\n")) if ln.strip()), "") if raw.source == "json" else ""
    if raw.source == "json" and closing_wire(closing) is None:  # the sign-off cut from the text (``inlineparts``)
        closing = next((r.text for r in removed if r.reason == Reason.BYLINE and closing_wire(r.text)), closing)
    return with_contributing_wire(outlet, raw.url, [r.text for r in removed], closing)


def repeat_counts(texts: Sequence[str]) -> Counter[str]:
    """Line key -> how many of ``texts`` (the documents of one input) hold that line."""
    counts: Counter[str] = Counter()
    for text in texts:
        counts.update({k for ln in split_lines(text) if (k := line_key(ln.text))})
    return counts


def _classify_lines(
    lines: list[Line], doc_counts: Mapping[str, int] | None, *, extracted: bool = False
) -> list[DateLine]:
    """The model's verdict on every line, after what is certain; the date lines.

    Inline photo credits are cut first; then certain rules (``data/furniture_rules.json``) and
    date lines (stated with a keyword, or bare in the header and footer) are marked, and in scraped text a
    line a photo credit was cut out of is its photo's caption (``furniture.credited_caption``), as are a
    gallery's chrome, the caption before a credit and a caption printed twice (``captions``); then the
    shape rules of ``rules.classify_line`` (a second opinion that names the kind of furniture);
    then every other line whose furniture probability is above the model's threshold, or that has a
    shape that is furniture on any site (gallery counters, a photo credit on its own line:
    ``linefeatures.certain_furniture``), is removed as "navigation" (up to 4 words) or "site furniture".
    A line that is article on any site (``furniture.certain_article``: an embedded tweet's signature)
    is marked first and left to the article.
    """
    texts, others = model_inputs(lines, doc_counts)  # credits cut first, as in training
    scores, furniture = load_model().decide(texts, others, extracted=extracted)
    gallery = captions.caption_lines(lines, texts) if captions.ENABLED and not extracted else [None] * len(lines)
    dates: list[DateLine] = []
    for ln, score, in_gallery in zip(lines, scores.tolist(), gallery, strict=True):
        ln.score = round(score, 3)
        if not ln.kept:
            continue
        if certain_article(ln.text):
            ln.article = True
            continue
        certain = certain_reason(ln.text)
        if certain is not None:
            ln.reason = Reason(certain)
            continue
        if not extracted and credited_caption(ln):
            ln.reason = Reason.CAPTION
            continue
        date_line = parse_date_line(ln.text, bare_ok=False) or meta_line_date(ln.text)
        if date_line is not None:  # a stated date line before a photo's credit is no caption
            ln.reason = Reason.BYLINE if classify_line(ln.text) == Reason.BYLINE else Reason.DATE_LINE
            dates.append(date_line)
            continue
        if in_gallery is not None:  # a gallery's chrome or caption (``captions``)
            ln.reason = in_gallery
    dates += mark_bare_date_lines(lines, first_paragraph(lines), last_paragraph(lines))
    mark_dateline_fragments(lines)
    for i, (ln, is_furniture) in enumerate(zip(lines, furniture.tolist(), strict=True)):
        if extracted and ln.kept and layout_row(lines, i):
            ln.reason = Reason.NAV
        if not ln.kept or ln.article or extracted and is_table_row(ln.text):
            continue
        ln.reason = classify_line(ln.text)
        if ln.reason is None and is_furniture and not (extracted and in_shaped_run(lines, i)):
            ln.reason = Reason.NAV if nwords(ln.text) <= 4 else Reason.FURNITURE
            ln.by_model = True
    if extracted:
        overrule_model_majority(lines)
    return dates


def _classify_lines_by_rules(lines: list[Line]) -> list[DateLine]:
    """The earlier cascade's first step, kept as the baseline: context-free rules decide every line."""
    dates: list[DateLine] = []
    for ln in lines:
        strip_inline_credits(ln)
        if not ln.kept:
            continue
        ln.reason = classify_line(ln.text)
        if ln.reason is None or ln.reason in _MAY_STATE_A_DATE:
            date_line = parse_date_line(ln.text, bare_ok=False) or meta_line_date(ln.text)
            if date_line is not None:
                ln.reason = Reason.BYLINE if ln.reason == Reason.BYLINE else Reason.DATE_LINE
                dates.append(date_line)
    return dates


def _assemble(doc_id: str, lines: list[Line], title_at: int | None) -> tuple[str, list[Removed]]:
    """The kept lines as the document text, and every removed line or part with its reason.

    The model never removes a whole text on its own: when nothing else is left, the sentences it
    removed stay (a short note or a one-paragraph report is not furniture because it is short; a
    menu has no sentences and still goes), and so does a paragraph of sentences that ends in none
    (``WHOLE_REPORTS``).
    """
    if not any(ln.kept and ln.text for ln in lines):
        for ln in lines:
            if ln.by_model and (ends_sentence(ln.text) or WHOLE_REPORTS and _holds_sentences(ln.text)):
                ln.reason, ln.by_model = None, False
    if title_at is not None and not any(ln.kept and ln.text for ln in lines):
        lines[title_at].reason = None  # a headline-only text: the headline is all the text there is
    body = [ln.text for ln in lines if ln.kept and ln.text]
    removed: list[Removed] = []
    for ln in lines:
        removed.extend(ln.parts)
        if ln.reason is not None and ln.text:
            removed.append(Removed(ln.text, ln.reason, ln.score))
    if not body:
        kinds = ", ".join(dict.fromkeys(r.reason for r in removed if r.text.strip()))
        why = f"no article text after cleaning: every line is site furniture ({kinds or 'blank'})"
        raise NoArticleText(doc_id, why)
    return _unwrap("\n".join(body)), removed


def _holds_sentences(text: str) -> bool:
    """Whether ``text`` reads as a paragraph of sentences: twenty words or more and two sentence ends inside it (a
    lower-case word or a figure, a stop, a capital after it); a menu or a list of headlines has none."""
    return nwords(text) >= _WHOLE_REPORT_WORDS and len(_SENTENCE_INSIDE.findall(text)) >= 2


_WRAP_MIN, _WRAP_MAX = 50, 110  # the width of a hard-wrapped line (a PDF's or a plain-text e-mail's)
_WRAPPED_SHARE = 0.3  # of a text's lines: ending mid-sentence at about that width, the text is hard-wrapped
_WRAPPED_LINES = 5
_OPEN_END = re.compile(r"[a-z,;]$")  # a line that stops inside a sentence: a lower-case word or a comma
_LOWER_START = re.compile(r"^[a-z]")
# Words no paragraph ends on: articles, prepositions, conjunctions ("… pursuant to the\nPresident's authority").
_NO_LAST_WORD = lexicon.words("open_end_words")


def _unwrap(text: str) -> str:
    """A hard-wrapped text (lines cut at a fixed width, as a PDF's text or a plain-text e-mail) with its
    wraps undone: a line of about the wrap's width that stops inside a sentence runs on into the next
    line ("… a memorandum containing classified information\nprovided to the Committee …"). A newline
    becomes a space, so the text keeps its length and every offset into it. Text whose lines are
    paragraphs is left as it is, and so is a line before one that starts a new paragraph in upper case
    after a short line."""
    lines = text.split("\n")
    wrapped = [i for i, ln in enumerate(lines[:-1])
               if _WRAP_MIN <= len(ln) <= _WRAP_MAX and _OPEN_END.search(ln.rstrip())]
    # a line that ends on an article, a preposition or a conjunction ends no paragraph, wrapped or not
    dangling = {i for i, ln in enumerate(lines[:-1])
                if ln.rstrip().rsplit(" ", 1)[-1] in _NO_LAST_WORD and len(ln.split()) >= 4}
    if len(wrapped) < _WRAPPED_LINES or len(wrapped) < _WRAPPED_SHARE * len(lines):
        wrapped = []
    if not wrapped and not dangling:
        return text
    wrapped_at = set(wrapped) | dangling
    chars = list(text)
    at = 0
    for i, ln in enumerate(lines[:-1]):
        at += len(ln)
        nxt = lines[i + 1]
        if nxt.strip() and (i in wrapped_at or (_OPEN_END.search(ln.rstrip()) and _LOWER_START.match(nxt))):
            chars[at] = " "
        at += 1
    return "".join(chars)


_ERROR_PAGE_PHRASES = lexicon.words("error_pages")
_ERROR_PAGE_MAX_WORDS = 60  # an error page is a few lines; a report quoting such a phrase is longer


def _check_error_page(doc_id: str, text: str) -> None:
    """Reject an error page saved in place of the article ("Sorry, the page you requested was not
    found."): a short text holding a phrase of one. Briefed, it would be counted as a source."""
    if nwords(text) > _ERROR_PAGE_MAX_WORDS:
        return
    low = " ".join(text.lower().replace("\u2019", "'").split())
    for phrase in sorted(_ERROR_PAGE_PHRASES):
        if phrase in low:
            raise NoArticleText(doc_id, f"looks like an error page ('{phrase}'), not a news report")


def _check_machine_read(doc_id: str, given: str, text: str) -> None:
    """Reject a book's or a report's machine-read pages (``ingest.notreport.machine_read``): a digitised
    book's notice at the top of what was given (cleaning may drop it), or the shapes of a printed page in
    what cleaning kept. Briefed, such a text would be counted as an independent news source."""
    why = machine_read(text, given)
    if why is not None:
        raise NoArticleText(doc_id, why)


def _check_language(doc_id: str, text: str, cfg: CleanConfig) -> None:
    """Reject a body that is clearly not English: long enough to judge, few English function words, and a
    confident verdict whose language the text's words bear out (a verdict short of confidence, when the words
    are that language's and not English), or words that are no language's it can tell and not English either
    (placeholder Latin: "Lorem ipsum dolor sit amet"). A short or names-heavy English text is never rejected."""
    if nwords(text) < cfg.language_min_words or stopword_share(text, "en") >= cfg.english_stopword_floor:
        return  # a second opinion: never reject English prose
    code, confidence = detect_language(text)
    sure = confidence >= cfg.language_min_confidence
    # a script names its language; function words only when the text's words bear them out (``reads_as``)
    named = code is not None and code != "en" and (reads_as(text, code) if code in LATIN_SCRIPT_LANGUAGES else sure)
    english = reads_as(text, "en")
    if named and (sure or not english):
        raise UnsupportedLanguage(
            doc_id, f"language looks like {code}, not English; storyline's models are English-only"
        )
    if not english:
        share = round(100 * stopword_share(text, "en"))
        raise UnsupportedLanguage(
            doc_id, f"does not read as English (most of its lower-case words are no English words, {share}% are "
            "English function words) and its language cannot be told; storyline's models are English-only"
        )
