"""Items that say what a thing is, not what happened: a definition or a general remark in the present tense.

"Cannabis use disorder is where a person's use of the drug negatively affects their life …" and "Today, plague
infections are rare, but they do happen." are true of any day: the report explains its subject with them, and
a brief of the news has no room for them while a sentence of the story's events is at hand. Such a sentence is a
present-tense "is" or "are" (the main verb: no past tense or perfect in the sentence) whose subject is a kind of
thing (a common noun with no "the", "this" or possessive before it, no pronoun, no name) and whose complement
says what it is or how it is (a noun, an adjective, or a clause: "is where …"), with no date of the story, no
figure of money or share and no name of a person, body or place anywhere in it. A date that means "in our
times" ("Today, …"; ``lexicon/nowadays_words.txt``) or a span ("over the course of 12 months") is no date of the
story (``lexicon/relative_period_words.txt``: "the past two years" is one). A report's lede is judged the same way
(summ20; summ18 left it alone): a lede that tells its event has a past tense, a date or a name, and one that is
only a remark of this form is a feature's opening scene, the news after it.

The same holds of a present **passive** whose subject is a kind of thing ("Plague is caused by …", "is
transmitted between animals and humans", "Nowadays, plague is easily treated with antibiotics"); of such a remark
with its source named after it ('Untreated plague is "always fatal", says WHO': the clause judged is the one whose
subject opens the sentence, and the source, the subject of a present-tense verb of ``lexicon/speech_verbs.txt``, is
no name of the story); and of one in the past after a word of history opening it ("Historically, plague was
responsible for …"; ``lexicon/history_words.txt``) or right after a frame of a time gone by ("There was a time when
…", ``then_frame``, itself such a remark: summ44). A name set beside a kind noun ("the bacteria Yersinia pestis")
names the kind and does not count.

A named thing's definition reads the same way (``named_definition``, summ49): "The Court of Cassation is the highest
court for criminal litigation in Egypt.", "The Orla Bridge is the longest suspension bridge in the region." say what
the thing is, a present "is" whose subject is a name (not a person's: "Marta Kell is the first woman to …" may be
the news) and whose complement is "the" and a superlative noun, with no past act joined to it and no date of the
story in it.
A report's lede is left alone (it may lead with what its news made of the thing).

Such a sentence is not shown; its words go to the next ranked sentences (``unnamed.fit_named``, as a surname
without its full name is). The ranking is not touched.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..dates import MONTHS, WEEKDAYS
from ..model import Analysis, Sentence
from .standalone import sentence_spans

__all__ = ["general_remark", "named_definition", "then_frame"]

_NAMES = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "MONEY", "PERCENT", "PRODUCT", "LAW"})
_POINTING = frozenset({"the", "this", "that", "these", "those"})
_COMPLEMENTS = frozenset({"attr", "acomp", "advcl", "ccomp"})


def _dated(ent: Any) -> bool:
    """Is this DATE entity a day, month or year of the story ("on Monday", "in March", "last year", "2016")?
    Not a time word meaning "in our times" nor a span of counted periods ("12 months", "two years")."""
    text = ent.text.lower()
    if text in lexicon.words("nowadays_words"):
        return False
    words = text.split()
    if any(w.strip(".,") in MONTHS or w.strip(".,") in WEEKDAYS for w in words):
        return True
    if any(t.like_num and len(t.text) == 4 and t.text.isdigit() for t in ent):
        return True
    relative = lexicon.words("relative_period_words")
    span = ent.root.tag_ == "NNS" and all(  # "12 months", "billions of years"
        (t.pos_ in ("NUM", "NOUN", "ADJ") or t.lower_ == "of") and t.lower_ not in relative for t in ent)
    return not span


def _kind_subject(root: Any, text: str = "") -> bool:
    """Is the copula's subject a kind of thing: a common noun (or a clause the parse made of one) with no
    pointing word, possessive or name in it? "The" before a process of a kind ("the formation of galaxies": the
    noun's "of" takes a noun with no determiner) still says a kind; a word the parse takes for a name but ``text``
    (the report) writes in lower case ("Bubonic is the most common form" of "bubonic plague") is a common one."""
    subjects = [c for c in root.children if c.dep_ in ("nsubj", "nsubjpass", "csubj")]
    if len(subjects) != 1:
        return False
    words = list(subjects[0].subtree)
    if subjects[0].pos_ == "PRON" or any(t.ent_type_ in _NAMES for t in words):
        return False
    if any(t.dep_ == "poss" or (t.lower_ in _POINTING and not _of_a_kind(t)) for t in words):
        return False
    return any(t.pos_ == "NOUN" or _common_word(t, text) for t in words)


def _of_a_kind(det: Any) -> bool:
    """Is ``det`` the "the" of a noun whose "of" takes a noun with no determiner ("the formation of galaxies")?"""
    head = det.head
    if det.lower_ != "the" or det.dep_ != "det" or head.pos_ != "NOUN":
        return False
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if obj is not None and obj.pos_ == "NOUN" and not any(c.dep_ in ("det", "poss") for c in obj.children):
            return True
    return False


def _common_word(t: Any, text: str) -> bool:
    """A proper noun of no named entity that the report also writes in lower case."""
    return t.pos_ == "PROPN" and not t.ent_type_ and t.text[:1].isupper() and bool(text) and re.search(
        rf"\b{re.escape(t.lower_)}\b", text) is not None


def _clause(span: Any) -> tuple[Any, Any]:
    """(the clause to judge, the source's subject to leave out of the name check or None).

    The clause is the verb whose subject opens the sentence (after an opening word and its comma): the root,
    or the reported clause of a source named after it ("Untreated plague is "always fatal", says WHO"), or the
    clause a dash's apposition made the parse hang elsewhere ("Plague is caused by … - a bacteria found …")."""
    root = span.root
    first = next((t for t in span if not t.is_punct and t.dep_ != "advmod"), None)
    chain = [first, *first.ancestors] if first is not None else []
    subject = next((t for t in chain if t.dep_ in ("nsubj", "nsubjpass")), None)
    clause = subject.head if subject is not None else root
    if clause is root or clause.dep_ != "ccomp":
        return root, None
    if root.lemma_.lower() in lexicon.words("speech_verbs") and root.tag_ in ("VBZ", "VBP"):
        return clause, next((c for c in root.children if c.dep_ == "nsubj"), None)
    return clause, None


def _present_form(clause: Any, history: bool, text: str = "") -> bool:
    """Is ``clause`` a copula with its complement ("is where …", "are rare", "can be fatal") or a passive ("is
    caused by …"), in the present tense or after a modal of possibility (or, after a word of history, the past)?"""
    tenses = ("VBZ", "VBP", "VBD") if history else ("VBZ", "VBP")
    if clause.lemma_.lower() == "be" and (clause.tag_ in tenses or _possible(clause)):
        return any(c.dep_ in _COMPLEMENTS for c in clause.children) and _kind_or_its_pronoun(clause, text)
    passive = [c for c in clause.children if c.dep_ == "auxpass" and c.lemma_.lower() == "be" and c.tag_ in tenses]
    return clause.tag_ == "VBN" and bool(passive) and _kind_or_its_pronoun(clause, text)


def _kind_or_its_pronoun(clause: Any, text: str) -> bool:
    """A kind of thing as the subject (``_kind_subject``), or a pronoun standing for the kind a present condition of
    the clause names ("If a sci-fi spaceship does not come with hyperdrive then it is usually fitted with …":
    ``lexicon/condition_marks.txt``)."""
    if _kind_subject(clause, text):
        return True
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" for c in clause.children):
        return False
    marks = lexicon.words("condition_marks")
    return any(c.dep_ == "advcl" and _present(c) and _kind_subject(c, text)
               and any(m.dep_ in ("mark", "advmod") and m.lower_ in marks for m in c.children) for c in clause.children)


def _present(verb: Any) -> bool:
    """Is the verb in the present tense ("comes", "does not come")?"""
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ in ("VBZ", "VBP") for c in verb.children)


def _possible(clause: Any) -> bool:
    """A bare "be" after a modal of possibility ("can be", ``lexicon/possibility_modals.txt``)."""
    return clause.tag_ == "VB" and any(c.dep_ == "aux" and c.tag_ == "MD" and c.lower_ in lexicon.words(
        "possibility_modals") for c in clause.children)


def _currency(ent: Any) -> bool:
    """Does the entity write a currency (``lexicon/currencies.tsv``: "$", "euros")? The parse labels "billions of
    years" money; with no currency in it, it is none."""
    around = ent.doc[max(0, ent.start - 1) : ent.end + 1]  # "$40": the parse leaves the sign out of the entity
    text = f" {around.text.lower()} "
    return any((row[0] in text) if not row[0][:1].isalpha() else re.search(rf"\b{re.escape(row[0])}\b", text)
               is not None for row in lexicon.rows("currencies"))


def _share(ent: Any) -> bool:
    """Is the entity a share ("up to 90 per cent", "40%"), whatever the parse labels it?"""
    return ent.label_ in ("PERCENT", "MONEY") and re.search(r"%|\bper ?cent\b", ent.text.lower()) is not None


def _named(span: Any, source: Any, modal: bool = False) -> bool:
    """A name in the sentence, but for its source's ("says WHO"), one set beside a kind noun ("the bacteria
    Yersinia pestis": the kind's own name), and, after a modal of possibility, a share ("can be fatal in up to 90
    per cent of people": what may befall any member of the kind, not a figure of the story)."""
    skip = {t.i for t in source.subtree} if source is not None else set()
    if modal:
        skip |= {t.i for e in span.ents if _share(e) for t in e}
    skip |= {t.i for e in span.ents if e.label_ == "MONEY" and not _share(e) and not _currency(e) for t in e}
    for t in span:
        if t.dep_ == "appos" and t.head.pos_ == "NOUN":
            skip |= {w.i for w in t.subtree}
    return any(t.ent_type_ in _NAMES and t.i not in skip for t in span)


def general_remark(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` is a definition or a general remark, not an event of the story (or None). A report's lede is
    judged too: one that also tells the event ("Tick fevers are rare, but two hikers caught one …") has its past
    tense, and one that is only the remark ("The formation of galaxies is a complex dance …") sets the scene
    before the news."""
    spans = sentence_spans(a, s)
    if not spans:
        return None
    span = spans[0]
    if then_frame(span):
        return "sets a time gone by against the news (\"There was a time when …\"), not an event"
    history = span[0].lower_ in lexicon.words("history_words") or _after_then_frame(a, s)
    clause, source = _clause(span)
    text = a.doc.text
    if not _present_form(clause, history, text):
        return None
    past = [t for t in span if t.tag_ == "VBD" or (t.tag_ == "VBN" and any(c.lemma_ == "have" for c in t.children))]
    if past and not history:
        return None
    if _named(span, source, _possible(clause)) or any(e.label_ == "DATE" and _dated(e) for e in span.ents):
        return None
    return "says what a kind of thing is or how it is (a definition or a general remark, not an event)"


_NOT_THINGS = frozenset({"PERSON", "NORP"})  # a person may be "the first woman to …": that can be the news


def named_definition(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` says what a named thing is (a present "is" of a name, not a person's, with "the" and a superlative
    noun as its complement: "The Court of Cassation is the highest court …"), not an event (or None). Not a report's
    lede; not with a verb joined to the "is" in the past ("… and was sold on Monday") nor a date of the story in it
    (module docstring, summ49). A past verb inside a clause on the noun ("… home to people who collect rubbish
    trucked in") describes the thing."""
    spans = sentence_spans(a, s)
    if not spans or s.index == 0:
        return None
    span = spans[0]
    root = span.root
    if root.lemma_.lower() != "be" or root.tag_ not in ("VBZ", "VBP"):
        return None
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].pos_ != "PROPN" or subjects[0].ent_type_ in _NOT_THINGS:
        return None
    attr = next((c for c in root.children if c.dep_ == "attr" and c.pos_ == "NOUN"), None)
    if attr is None or not any(c.dep_ == "det" and c.lower_ == "the" for c in attr.children) \
            or not any(c.dep_ == "amod" and c.tag_ == "JJS" for c in attr.children):
        return None
    joined = [c for c in root.children if c.dep_ in ("conj", "ccomp") and c.pos_ in ("VERB", "AUX")]
    if any(v.tag_ == "VBD" or any(c.lemma_ == "have" and c.dep_ == "aux" for c in v.children) for v in joined):
        return None  # "… is the largest firm and was sold on Monday": an event told too
    if any(e.label_ == "DATE" and _dated(e) for e in span.ents):
        return None
    return "says what a named thing is (the highest, the largest …), not an event"


def then_frame(span: Any) -> bool:
    """Does the sentence set a time gone by in general against the news: an existential "there" and a past "be" whose
    noun is a stretch of time (``lexicon/then_frame_nouns.txt``) with a "when" clause ("There was a time when fares
    were cheap.", "There were days when the ferry ran every hour."), and no day, month or year of the story? A
    feature opens so before it turns to the news ("Not anymore."): the sentence tells no event (summ44)."""
    root = span.root
    if root.lemma_.lower() != "be" or root.tag_ != "VBD" or not any(c.dep_ == "expl" for c in root.children):
        return False
    noun = next((c for c in root.children if c.dep_ == "attr"), None)
    if noun is None or noun.lower_ not in lexicon.words("then_frame_nouns"):
        return False
    when = any(t.lower_ == "when" and t.dep_ == "advmod" and t.head.dep_ in ("advcl", "relcl") for t in span)
    return when and not any(e.label_ == "DATE" and _dated(e) for e in span.ents)


def _after_then_frame(a: Analysis, s: Sentence) -> bool:
    """Is the sentence before ``s`` in its report a frame of a time gone by (``then_frame``)? What follows it tells
    that time in the past ("There was a time when … Most obviously, viruses were tiny …"), as after "Historically,"."""
    before = a.sentences[s.index - 1] if 0 < s.index <= len(a.sentences) else None
    if before is None or before.end > s.start:
        return False
    spans = sentence_spans(a, before)
    return bool(spans) and then_frame(spans[0])
