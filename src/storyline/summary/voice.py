"""Voices a summary cannot carry alone: the writer's own plural first person ("… we do have a high
rate of missing persons reports."), and a quotation that continues the one before it, whose speaker is
in that sentence. Both are ranked and never shown (``rank._hidden``)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import rules
from ..parses import sentence_span
from .shape import open_quotation
from .standalone import SHORT_QUOTE, sentence_spans

_QUOTATION = re.compile(r"[\"“”‘`]|(?<!\w)['’]|['’](?!\w)")  # a quotation mark, not an apostrophe ("it's")
_WORDS = re.compile(r"[A-Za-z]+")
_WHOLE_QUOTE = re.compile(r"[\"“]([^\"“”]+)[\"”]")


def continues_quotation(a: Analysis, s: Sentence) -> bool:
    """Is the sentence one quotation and nothing else, continuing the quotation of the sentence before it
    ('"(The mother) had phone contact …," said Karges. "Bekah had told her she was coming …"')? Its speaker
    is in that sentence; a reporting verb inside it ("had told") is what is quoted, not who says it."""
    return whole_quotation(s.text) and _quotes_before(a, s)


def _quotes_before(a: Analysis, s: Sentence) -> bool:
    """Is the sentence before, in the same paragraph, a quotation with its speaker ('"…," said Karges.')?"""
    k = s.index - 1
    if not 0 <= k < len(a.sentences) - 1 or a.sentences[k + 1].start != s.start:
        return False
    if a.sentences[k].paragraph != s.paragraph:
        return False
    before = a.sentences[k].text
    said = any(w.lower() in rules().speech_forms for w in _WORDS.findall(before))
    return said and _QUOTATION.search(before) is not None


def whole_quotation(text: str) -> bool:
    """Is the sentence one quotation and nothing outside it ('"Bekah had told her she was coming …"')?
    A reporting verb inside it ("had told") is what is quoted, not who says it."""
    m = _WHOLE_QUOTE.fullmatch(text.strip())
    return m is not None and len(m.group(1).split()) > SHORT_QUOTE


def writer_we(text: str) -> bool:
    """Does the sentence speak in its writer's plural first person ("… we do have a high rate of missing
    persons reports.")? Not with a quotation mark in it, nor when it reports speech ("We will rebuild, the
    mayor said"): then the "we" is a speaker's."""
    if _QUOTATION.search(text):
        return False
    r = rules()
    words = _WORDS.findall(text)
    if any(w.lower() in r.speech_forms for w in words):
        return False
    return any(w.lower() in r.writer_we and (w.islower() or k == 0) for k, w in enumerate(words))


# Parse-based readings (brief12): the text-only tests above hid too much ("reports" read as a reporting
# verb, every "our"); these read the sentence's dependency parse instead.

_SUBJECTS = ("nsubj", "nsubjpass")


@lru_cache(maxsize=1)
def _page_words() -> tuple[frozenset[str], frozenset[str]]:
    raw = json.loads(resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    return frozenset(raw["article_nouns"]), frozenset(raw["article_verbs"])


@lru_cache(maxsize=1)
def _reader_words() -> frozenset[str]:
    raw = json.loads(resources.files("storyline").joinpath("data", "account_rules.json").read_text("utf-8"))
    return frozenset(raw["reader_words"])


_NAMED = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW"})


def reader_aside(span: Any) -> bool:
    """Is the sentence (a parse) the writer's aside to the reader that carries no news: a second-person word
    (``reader_words``) outside quotations and reported speech, in a sentence whose form addresses the reader (an
    order: a main verb in its bare form with no subject, "Before you get too paranoid …, keep in mind …"; an
    interjection, "Yeah, it's not always good if … makes you breathless."; "you" as the main clause's subject or
    no verb of its own, "You know, like solving the problem."), with no name outside quotations, no figure and no
    reporting verb? "Fibrosis can interfere with your ability to breathe" states a thing and stays."""
    inside = [m.span() for m in _WHOLE_QUOTE.finditer(span.text)]
    bare = [t for t in span if not any(lo <= t.idx - span.start_char < hi for lo, hi in inside)]
    if not any(t.lower_ in _reader_words() and t.pos_ == "PRON" and not _reported(t.head) for t in bare):
        return False
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" or t.like_num or _reporting(t) for t in bare):
        return False
    root = span.root
    order = root.tag_ == "VB" and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in root.children)
    you = any(c.dep_ in _SUBJECTS and c.lower_ in _reader_words() for c in root.children)
    return order or you or root.pos_ not in ("VERB", "AUX") or any(t.pos_ == "INTJ" and t.head == root for t in bare)


def page_message(span: Any) -> bool:
    """Is the sentence (a parse) the page's message about the reader's own thing, not the story: "your …" as the
    subject of the main clause or of one joined to it, outside quotations and reported speech, with no name outside
    quotations, no figure and no reporting verb ("An error has occurred and your email has not been sent.", a form's
    line the extraction kept; summ38)? Hidden with several reports too, as a note about the article is."""
    inside = [m.span() for m in _WHOLE_QUOTE.finditer(span.text)]
    bare = [t for t in span if not any(lo <= t.idx - span.start_char < hi for lo, hi in inside)]
    if any(t.ent_type_ in _NAMED or t.pos_ == "PROPN" or t.like_num or _reporting(t) for t in bare):
        return False
    words, root = _reader_words(), span.root
    heads = [root, *(c for c in root.children if c.dep_ == "conj")]
    return any(c.dep_ in _SUBJECTS and c in bare and not _reported(h) and any(
        p.dep_ == "poss" and p.lower_ in words for p in c.children) for h in heads for c in h.children)


def reader_advice(span: Any) -> bool:
    """Is the sentence (a parse) the writer's advice to the reader: it opens on "if" with the reader as the
    clause's subject ("If you're not a particularly techy person …, it's not a bad alternative.", "If you only want
    to play on a television, the Zephyr is a fine choice."), outside quotations, and its main clause judges (a
    copula with a complement) or advises ("should", "must")? Names may be in it: the advice is still the writer's.
    "If you live in Varn, the ferry sails on Monday." tells the news and stays."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    if len(words) < 4 or words[0].lower_ != "if" or words[0].dep_ != "mark" or _QUOTATION.search(span.text):
        return False
    clause, root = words[0].head, span.root
    if clause.dep_ != "advcl" or clause.head != root or _reported(root):
        return False
    if not any(c.dep_ in _SUBJECTS and c.lower_ in _reader_words() for c in clause.children):
        return False
    judged = any(c.dep_ in ("attr", "acomp") for c in root.children)  # a copula's complement ("it’s": no lemma "be")
    return judged or any(c.dep_ == "aux" and c.lower_ in ("should", "must") for c in root.children)


_WRITER_I = frozenset({"i", "me", "my", "mine", "myself"})


def writer_taste(span: Any) -> bool:
    """Is the sentence (a parse) the writer's own taste or view: it opens on a stance adverb and a comma
    (``lexicon/stance_adverbs.txt``: "Personally, the car is not to my liking …") and has a first-person singular word
    outside quotations ("my", "I")? Neither opening alone: "Frankly, the plan failed" and "my" in a quotation stay."""
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].lower_ not in lexicon.words("stance_adverbs") or words[1].text != ",":
        return False
    return any(t.lower_ in _WRITER_I and t.pos_ == "PRON" for t in _outside_quotes(span))


def reader_request(span: Any) -> bool:
    """Is the sentence (a parse) the page's request to its reader: an order (a main verb in its bare form with no
    subject) opening on a word of asking (``lexicon/request_words.txt``: "Please share your videos, pictures and
    stories at iReport.", "Kindly send …"), with no quotation mark? Names may be in it: the page asks, it tells no
    news. '"Please stay indoors," the sheriff said.' and "Residents were asked to please stay indoors." stay."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    if len(words) < 3 or words[0].lower_ not in lexicon.words("request_words") or _QUOTATION.search(span.text):
        return False
    root = span.root
    return root.tag_ == "VB" and not any(c.dep_ in (*_SUBJECTS, "aux", "auxpass") for c in root.children)


def each_sentence(a: Analysis, s: Sentence) -> list[Any]:
    """The parse of each report sentence ``s`` holds (one, or each of a joined unit's: "Does the court need any
    more reasons …? We think not." is two), so that a voice in a unit's later sentence is read as its own. A
    quotation running over the unit's sentences keeps the unit whole: its first sentence alone ("“But …, you at
    least maintain the pleasantries.") would read as the writer's own "you"."""
    parts = [p for p in (sentence_span(a, t) for t in a.sentences if s.start <= t.start and t.end <= s.end)
             if p is not None]
    if len(parts) > 1 and any(open_quotation(p.text) for p in parts):
        return sentence_spans(a, s)
    return parts or sentence_spans(a, s)


def _reporting(t: Any) -> bool:
    return t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in rules().reporting_verbs


def _reported(verb: Any) -> bool:
    """Is the clause of ``verb`` someone's reported speech: under a reporting verb whose subject is not
    "we" ("The mayor said we will rebuild"), or with one beside it ("We will rebuild, the mayor said")?"""
    for v in verb.ancestors:
        if _reporting(v) and any(c.dep_ in _SUBJECTS and c.lower_ not in rules().writer_we for c in v.children):
            return True
    return any(c.dep_ in ("parataxis", "advcl", "ccomp") and _reporting(c) for c in verb.children)


def writer_we_subject(span: Any) -> bool:
    """Does the sentence (a parse) speak as its writer's "we": a first-person plural subject in a sentence with
    no quotation mark, not in reported speech ("According to a Journal analysis of the data, we do have a high
    rate of missing persons reports.": the paper speaking for its county)? "reports" there is a noun, not a
    reporting verb (the text-only ``writer_we`` read it as one)."""
    if _QUOTATION.search(span.text):
        return False
    return any(t.lower_ in rules().writer_we and t.dep_ in _SUBJECTS and _main_clause(t.head, span.root)
               and not _reported(t.head) for t in span)


def _main_clause(verb: Any, root: Any) -> bool:
    """Is ``verb`` the sentence's main verb, or one joined to it ("we compared … and found …")? A "we" in a
    clause below it ("… earlier than we thought", "change what we know") is anyone's, not the paper's."""
    return bool(verb == root or (verb.dep_ == "conj" and verb.head == root))


def about_the_article(span: Any) -> bool:
    """Is the sentence (a parse) about the article itself, not the story: its main verb one of what a page does
    ("accompany", "feature", "update" …, ``article_verbs``) with the article as its subject ("The story was
    accompanied by a slideshow of the 35 people …", "This article has been updated")? The subject is a word for
    the piece (``article_nouns``) with "the" or "this", outside any quotation."""
    if _QUOTATION.search(span.text):
        return False
    nouns, verbs = _page_words()
    root = span.root
    if root.lemma_.lower() not in verbs:
        return False
    return any(c.dep_ in _SUBJECTS and c.lemma_.lower() in nouns
               and any(d.dep_ == "det" and d.lower_ in ("the", "this") for d in c.children) for c in root.children)


def _outside_quotes(span: Any) -> list[Any]:
    """The tokens of the span outside its quotation marks."""
    text, base = span.text, span.start_char
    inside = [(m.start(), m.end()) for m in _ANY_QUOTE.finditer(text)]
    return [t for t in span if not any(a <= t.idx - base < b for a, b in inside)]


_ANY_QUOTE = re.compile(r"[\"“][^\"“”]*[\"”]?")


def speaker_outside(span: Any) -> bool:
    """Does the sentence (a parse) quote with its speaker outside the quotation marks: a reporting verb
    outside them with a subject outside them ('"…," said Karges.')? A reporting verb inside ('"Bekah had
    told her …"') is what is quoted, not who says it."""
    out = _outside_quotes(span)
    ids = {t.i for t in out}
    return any(_reporting(t) and any(c.dep_ in _SUBJECTS and c.i in ids for c in t.children) for t in out)


def continued_quotation(a: Analysis, s: Sentence, span: Any, before: Any) -> bool:
    """Is ``s`` one quotation and nothing else, with no speaker outside its marks, after a sentence of the same
    paragraph (``before``, its parse) that quotes someone with the speaker outside the marks? Its speaker is
    there: shown, it must be shown with that sentence."""
    if not whole_quotation(s.text) or speaker_outside(span):
        return False
    k = s.index - 1
    if not 0 <= k < len(a.sentences) - 1 or a.sentences[k + 1].start != s.start:
        return False
    prev = a.sentences[k]
    return prev.paragraph == s.paragraph and _QUOTATION.search(prev.text) is not None and speaker_outside(before)
