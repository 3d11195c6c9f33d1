"""Openings that lean on the sentence before without a connective: a personal pronoun right after an opening date ("In
1994 he made …"), one adverb ("Previously it only sold them …"; a demonstrative too, "Only this one is …") or an
opening phrase that names no one ("Months later, he returned …"), a subordinator that governs the sentence's own
main clause ("Though in all honesty, we didn't search too hard."), a person's pronoun after a phrase describing them
("A former nurse, she runs …"), a quotation that opens on a third person's pronoun ('"He's still on a soy formula
…," Markham said.': whom "he" means is in the sentence before, not the speaker's own voice as "I" and "we" are), and
a verb of answering with nothing to answer ("The judge agreed, throwing out …": what was agreed to is in the
sentence before; the verbs are data, ``lexicon/response_verbs.txt``). Each is a reason a sentence cannot stand alone
(``standalone.why_not_alone``, through ``leaning_opening``). General English; no word list mined from any benchmark
text.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from .. import lexicon
from ..newswriting import dateline_end, rules

_LEADING = "\"“‘'([ "

_TIME_THEN_PRONOUN = re.compile(  # "In 1994 he made …", "On March 3, 2009, she said …": a pronoun after an opening date
    r"^(?:In|On|By|Since|During|Until|After|Before)[ \t]+(?:(?:early|late|mid)[- ])?(?:[A-Z][a-z]+\.?[ \t]+)?"
    r"(?:\d{1,2},?[ \t]+)?\d{4},?[ \t]+(?:so[ \t]+far,?[ \t]+)?(he|she|they|it|his|her|its|their)\b")


def pronoun_after_date(text: str) -> str | None:
    """The pronoun a sentence opens with after an opening date ("In 1994 he made his first visit …", "In 2019 so far,
    they've …") or a phrase of our times (``lexicon/nowadays_words.txt``: "These days, he coaches …"), or None."""
    opening = text[dateline_end(text) :].lstrip(_LEADING)
    m = _TIME_THEN_PRONOUN.match(opening)
    if m:
        return f"starts with the pronoun {m.group(1)!r} (after its date)"
    m = _now_then_pronoun().match(opening)
    return f"starts with the pronoun {m.group(2).lower()!r} (after {m.group(1)!r})" if m else None


@lru_cache(maxsize=1)
def _now_then_pronoun() -> re.Pattern[str]:
    words = sorted(lexicon.words("nowadays_words"), key=len, reverse=True)
    alt = "|".join(re.escape(w).replace("\\ ", "[ \t]+") for w in words)
    return re.compile(rf"^((?i:{alt})),?[ \t]+(he|she|they)\b")  # not "it": "Today, it is rare to …"


_SUBJECT_PRONOUNS = frozenset({"he", "she", "it", "they"})


def pronoun_after_adverb(first: Any | None, text: str = "") -> str | None:
    """The subject pronoun a sentence opens with after one adverb ("Previously it only sold them from
    vending machines …", "Recently, she moved …"), or None: the adverb does not name whom the pronoun
    means, so the sentence leans on the one before it as "It only sold them …" does. ``first`` is the
    parsed first word (after any dateline)."""
    if first is None or first.pos_ != "ADV" or first.dep_ != "advmod" or first.i + 1 >= len(first.doc):
        return None
    if text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None  # '"Here they have started …"': the speaker's own voice (``speaker_problem``)
    nxt = first.nbor(1)
    if nxt.text == "," and nxt.i + 1 < len(first.doc):
        nxt = nxt.nbor(1)
    if nxt.lower_ in _SUBJECT_PRONOUNS and nxt.pos_ == "PRON" and nxt.dep_ in ("nsubj", "nsubjpass"):
        return f"starts with the pronoun {nxt.lower_!r} (after the adverb {first.text!r})"
    if _demonstrative_subject(nxt):
        return f"starts with the demonstrative {nxt.lower_!r} (after the adverb {first.text!r})"
    return None


def _demonstrative_subject(t: Any) -> bool:
    """Is ``t`` a demonstrative (``rules().demonstratives``) that is the subject ("Still, that did not stop …") or
    that says which the subject is ("Only this one is special …", "Now these engineers …"), not before a time noun
    ("Only this year …")? After one adverb it points back as it does opening a sentence (``dangling_start``; summ41:
    the adverb names nothing it could mean)."""
    r = rules()
    if t.lower_ not in r.demonstratives:
        return False
    if t.pos_ == "PRON" and t.dep_ in ("nsubj", "nsubjpass"):
        return True
    return t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass") and t.head.lower_ not in r.time_nouns


_PERSON_PRONOUNS = frozenset({"he", "she", "they"})
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
_OPENING_MAX_TOKENS = 12  # an opening phrase before the subject, not a clause of its own sentence


def pronoun_after_phrase(first: Any | None, text: str = "") -> str | None:
    """The subject pronoun ("he", "she", "they") of the main clause right after an opening clause set off by a
    comma ("Realising his wife had fallen, he climbed …", "When it was over, she left …"), when the clause names
    no one the pronoun could mean: no proper noun, no subject noun and no noun after "the" or "this" but one a
    pronoun owns ("his wife"), and for "they" no noun at all. Such a sentence leans on the one before it, as "He
    climbed …" does; "When the chairman resigned, he said …", "As for the killer, he …" and "As prices rose, they
    …" carry their own; a plural noun is none a singular "he" or "she" means ("As old rivals go, he would …", summ44).
    An opening phrase with no verb of a clause ("Months later, he returned …", "In a pair of
    linked meetings, he …") is left alone: taking it
    cost the ROUGE gate (bench/BRIEF_REVIEW.md, thirteenth read). ``first`` is the parsed first word (after any
    dateline); one opening word is ``pronoun_after_adverb``'s."""
    if first is None or text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None  # a quotation: the speaker's own voice (``speaker_problem``)
    found = _pronoun_after_comma(first)
    if found is None:
        return None
    subj, opening = found
    if not any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in opening):
        return None  # "Months later, he …": a time phrase, not a clause (tried: it costs the gate, BRIEF_REVIEW)
    for t in opening:
        if t.pos_ == "PROPN" or t.text in "\"“”‘’'" or (subj.lower_ == "they" and t.pos_ == "NOUN"):
            return None
        if t.pos_ == "NOUN" and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children) and (
                t.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
        ) and not (t.tag_ == "NNS" and subj.lower_ != "they"):
            return None  # "When the chairman resigned, he …", "As for the killer, he …": whom "he" means
    return f"starts with the pronoun {subj.lower_!r} (after the opening phrase {opening.text!r})"


def _pronoun_after_comma(first: Any) -> tuple[Any, Any] | None:
    """(the pronoun, the opening before its comma) when a person's pronoun right after the sentence's first comma
    (within ``_OPENING_MAX_TOKENS``, two words in at least) is the subject of the main clause, in one sentence."""
    doc = first.doc
    comma = next((t.i for t in doc[first.i : first.i + _OPENING_MAX_TOKENS] if t.text == ","), None)
    if comma is None or comma - first.i < 2 or comma + 1 >= len(doc):
        return None
    subj, opening = doc[comma + 1], doc[first.i : comma]
    if subj.lower_ not in _PERSON_PRONOUNS or subj.pos_ != "PRON" or subj.dep_ not in ("nsubj", "nsubjpass") \
            or subj.head.dep_ != "ROOT" or any(t.is_sent_start for t in doc[first.i + 1 : comma + 2]):
        return None
    return subj, opening


_INDEFINITE = frozenset({"a", "an"})


def pronoun_after_appositive(first: Any | None, text: str = "") -> str | None:
    """The person's pronoun ("he", "she", "they") subject of the main clause right after an opening noun phrase
    with an indefinite article, set off by a comma, that describes it ("A former Beto O'Rourke supporter, she is a
    voter …", "A retired nurse from Ohio, he now runs …"), or None: the phrase says what the person is, not who,
    and a name inside it (whom she supported) is not hers, so the sentence leans on the one before as "She is …"
    does. A phrase with a verb of a clause is ``pronoun_after_phrase``'s."""
    if first is None or first.lower_ not in _INDEFINITE or text[dateline_end(text):].lstrip("([ ")[:1] in "\"“‘'":
        return None
    found = _pronoun_after_comma(first)
    if found is None:
        return None
    subj, opening = found
    comma = opening.end
    if any(t.pos_ in ("VERB", "AUX") and t.dep_ not in ("amod", "compound") for t in opening):
        return None
    heads = [t for t in opening if not first.i <= t.head.i < comma or t.head.i == t.i]
    if len(heads) != 1 or heads[0].pos_ != "NOUN":
        return None  # "A. Smith, he …" or a phrase of several parts: not one described noun
    return f"starts with the pronoun {subj.lower_!r} (after the describing phrase {opening.text!r})"


_SUBORDINATORS = lexicon.words("opening_subordinators")


def subordinate_only(first: Any | None) -> str | None:
    """The subordinator a sentence opens with when it governs the sentence's own main verb ("Though in all
    honesty, we didn't search too hard.", "Because it was late."): the sentence is the second half of one
    before it, or None. "Though the storm weakened, it caused damage" has a main clause of its own."""
    if first is None or first.lower_ not in _SUBORDINATORS or first.dep_ != "mark":
        return None
    if first.head.dep_ != "ROOT":
        return None
    doc = first.doc  # the paragraph's parse: look for the comma within this sentence only (summ48: "Why? Because the
    # two countries need each other." read a comma and a verb of the sentences after it as its own)
    comma = next((t.i for t in doc[first.i + 1 : first.head.right_edge.i + 1] if t.text == ","), None)
    if comma is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[first.i + 1 : comma]):
        return None  # "While some attribute his win to the inquiry, Trump fired him": a clause, then the main one
    return f"starts with {first.text!r} governing its own main clause (the half of a sentence before it)"


_THIRD_PERSON = frozenset({"he", "she", "they"})


def quoted_pronoun(first: Any | None, text: str) -> str | None:
    """The person's pronoun a quotation opens with as its subject ('"He's still on a soy formula …," Markham
    said.'), or None: the speaker names whom they mean in the words before, which the item does not have. "I",
    "we" and "you" are the speaker's own voice; "it" is left alone (it often stands for the story's own thing or a
    clause after it; leaning on it cost the seeds' count of strikes and held-out ROUGE-2: BRIEF_REVIEW, summ17).
    ``first`` is the parsed first word (after any dateline)."""
    if first is None or text[dateline_end(text) :].lstrip("([ ")[:1] not in "\"“‘'":
        return None
    if first.lower_ not in _THIRD_PERSON or first.pos_ != "PRON" or first.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if _names_another(first, len(text)):
        return None  # '"She is progressing well," Williams' agent said': the sentence names whom she may be
    return f"starts with the pronoun {first.lower_!r} (opening a quotation: whom it means is said before)"


_QUOTE_MARKS = frozenset({'"', "“", "”", "``", "''"})


def _names_another(first: Any, length: int) -> bool:
    """Does the sentence (``length`` characters from the quotation's first word ``first``) name a person outside
    its quotation who is not its speaker ('…," Williams' agent, Jill Smoller, said': Williams)?"""
    doc, inside, persons, speakers = first.doc, True, [], set[int]()
    for t in doc[first.i :]:
        if t.idx - first.idx > length:
            break
        if t.text in _QUOTE_MARKS:
            inside = not inside
        elif not inside and t.ent_type_ == "PERSON":
            persons.append(t)
        if t.dep_ in ("nsubj", "nsubjpass") and t.head.lemma_.lower() in rules().reporting_verbs:
            speakers.update(x.i for x in (t, *t.children) if x.dep_ in ("nsubj", "nsubjpass", "compound", "appos"))
            speakers.update(x.i for c in t.children if c.dep_ == "appos" for x in c.subtree)
    return any(t.i not in speakers for t in persons)


def _root(t: Any) -> Any:
    while t.head.i != t.i:
        t = t.head
    return t


_ANSWERED = ("dobj", "ccomp", "xcomp", "prep", "attr", "acomp", "prt", "dative", "oprd", "agent", "pobj")


def bare_response(first: Any | None, text: str) -> str | None:
    """The verb of answering a sentence's main clause ends on with nothing answered ("The judge agreed, throwing
    out …", "The union refused."), or None: what was agreed to or refused is in the sentence before. "agreed to
    pay", "refused the offer", "agreed with the ruling", "agreed that …" carry their own. Not a quotation."""
    if first is None or text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None
    root = _root(first)
    if root.pos_ != "VERB" or root.lemma_.lower() not in lexicon.words("response_verbs"):
        return None
    if any(c.dep_ in _ANSWERED for c in root.children) or not any(c.dep_ == "nsubj" for c in root.children):
        return None
    return f"starts with a reply ({root.text!r}) to what the sentence before it says"


def demonstrative_clause(first: Any | None, text: str = "") -> str | None:
    """Why a sentence that opens "That's" or "This is" with a clause for its complement ("That's because the
    grants ran out.", "That's how the council lost it.", "That's what he said.") says what the sentence before it
    is (its cause, its manner, its content), or None. ``dangling_start`` reads "That"/"This" alone; the
    contraction ("That's") is one word to it, and "That's a big step …" (a noun for its complement) stays (summ41:
    reading every "That's" as "That" cost news lines). Not a quotation's (the speaker's own voice)."""
    if first is None or not _demonstrative_subject(first) or first.pos_ != "PRON":
        return None
    if text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None
    be = first.head
    if not _be(be) or be.dep_ != "ROOT" or not any(c.dep_ in ("advcl", "ccomp") for c in be.children):
        return None
    return f"starts with {first.text!r} and a clause that says what the sentence before it is (its cause or manner)"


def _be(t: Any) -> bool:
    """Is ``t`` a form of "be", the contraction with a curly apostrophe too ("That’s …": the parse, which knows
    "'s", reads "’s" as another verb and gives it no lemma "be"; summ44)?"""
    return bool(t.lemma_.lower() == "be" or t.lower_.replace("\u2019", "'") == "'s")


def pronouns_after_clause(first: Any | None, text: str = "") -> str | None:
    """Why a sentence whose opening clause and main clause both have a third person's pronoun for subject ("When it
    switches on, it silences …", "If they win, they will …") leans on the sentence before, or None: neither clause
    names whom the pronoun means ("When he arrived, the mayor spoke …" names him after: not this). ``first`` is the
    subordinator that opens the sentence. Not a quotation's (the speaker's own voice)."""
    if first is None or first.pos_ != "SCONJ" or first.head.dep_ != "advcl":
        return None
    if text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None
    clause, root = first.head, first.head.head
    if root.dep_ != "ROOT" or clause.i > root.i:
        return None
    subjects = [next((c for c in v.children if c.dep_ in ("nsubj", "nsubjpass")), None) for v in (clause, root)]
    words = [t.lower_ for t in subjects if t is not None and t.pos_ == "PRON" and t.lower_ in _SUBJECT_PRONOUNS]
    if len(words) == 2:
        return f"starts with a clause whose subject, as its main clause's, is the pronoun {words[0]!r}"
    return None


def elided_clause(first: Any | None, text: str = "") -> str | None:
    """Why a sentence that opens with a clause whose verb is a bare "do" ("After they did, the mayor …", "If she
    does, the board …") leans on the sentence before, or None: the "do" stands for a verb phrase said before (an
    ellipsis), which the item does not have. Not a clause whose "do" has an object ("After they did the work, …"),
    nor a comparison ("As he did in 2010, …", "… than they did": what it compares with is in the sentence itself;
    ``lexicon/comparison_subordinators.txt``), nor a quotation (the speaker's own voice). ``first`` is the
    subordinator that opens the sentence (summ44)."""
    if first is None or first.dep_ != "mark" or first.head.dep_ != "advcl" or first.head.lemma_.lower() != "do":
        return None
    if text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'" or first.lower_ in _COMPARISONS:
        return None
    clause, root = first.head, first.head.head
    if root.dep_ != "ROOT" or clause.i > root.i or any(c.dep_ in _OBJECTS for c in clause.children):
        return None
    return f"starts with a clause whose {clause.text!r} stands for a verb phrase of the sentence before (an ellipsis)"


_COMPARISONS = lexicon.words("comparison_subordinators")
_OBJECTS = frozenset({"dobj", "ccomp", "xcomp", "attr", "acomp", "dative", "oprd", "pobj"})


def so_opening(first: Any | None, text: str = "") -> str | None:
    """Why a sentence that opens on "So" as an adverb of its main verb ("So the water rose to his chin.", "So the
    club sold its boathouse.") leans on the sentence before, or None: "so" tells a consequence of what that sentence
    said. Not "So far, …", "So many …", "So-called …" ("so" modifies the word after it), nor a quotation (summ44)."""
    if first is None or first.lower_ != "so" or first.dep_ != "advmod" or first.head.dep_ != "ROOT":
        return None
    if text[dateline_end(text) :].lstrip("([ ")[:1] in "\"“‘'":
        return None
    return "starts with 'So', a consequence of the sentence before"


_QUOTED = re.compile(r"[\"“]([^\"“”]+)[\"”]")
_TAG_WORDS = 4  # words outside the quotation at most: its speaker's tag alone ("Cassidy said.")
_SAYS = 8  # quoted words at most: a remark on the person; a longer quotation tells a fact of its own (the quotation
# before a continued one, "Her mother had phone contact with her in the spring," is kept: brief_review19)


def quoted_person(first: Any | None, text: str) -> str | None:
    """Why a sentence that is a quotation and its speaker's tag alone ('"We could not reach her," the coach said.')
    leans on the sentence before, or None: a person's pronoun inside it (``lexicon/singular_person_pronouns.txt``:
    "her", "him", "he", not the speaker's own "I") with no name inside the quotation means someone named before,
    who is not the speaker, and a demonstrative pronoun ("Did you hear that?") something said before; in a
    quotation of ``_SAYS`` words at most. ``quoted_pronoun`` reads one opening the quotation; this one any place in
    it (summ44)."""
    if first is None or text[dateline_end(text) :].lstrip("([ ")[:1] not in "\"“":
        return None
    found = list(_QUOTED.finditer(text))
    if len(found) != 1 or len(_QUOTED.sub(" ", text).split()) > _TAG_WORDS or len(found[0].group(1).split()) > _SAYS:
        return None
    lo, hi = found[0].span(1)
    start = first.idx - text.find(first.text)  # where the sentence starts in the parse (its first word is its own)
    inside = [t for t in first.doc[first.i : first.i + len(text)] if lo <= t.idx - start < hi]
    pointing = next((t for t in inside if t.lower_ in rules().demonstratives and t.pos_ == "PRON"
                     and t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj")), None)
    if pointing is not None:  # '"Did you hear that?" she asked.': what "that" is was said before
        return f"quotes someone on {pointing.text!r}, something said before (the quotation does not say what)"
    if any(t.pos_ == "PROPN" for t in inside):
        return None
    words = lexicon.words("singular_person_pronouns")
    pronoun = next((t for t in inside if t.lower_ in words and t.pos_ == "PRON"), None)
    if pronoun is None:
        return None
    return f"quotes someone on {pronoun.text!r}, a person named before (the quotation names no one)"


def partitive_pronoun(first: Any | None, text: str) -> str | None:
    """Why a sentence with a share "of it" or "of them" (a part's noun or quantifier before it: "spent a bit of it",
    "Most of them fled") and no common noun before that share it could mean leans on the sentence before, or None:
    what "it" or "them" is was said there. "The council bought the land and sold half of it" names it. Not inside a
    quotation (the speaker's own voice; summ44)."""
    if first is None:
        return None
    start = first.idx - text.find(first.text)
    quoted = [m.span() for m in _QUOTED.finditer(text)]
    for t in first.doc[first.i : first.i + len(text)]:
        if t.idx - start >= len(text):
            break
        if t.lower_ not in ("it", "them") or t.dep_ != "pobj" or t.head.lower_ != "of":
            continue
        share = t.head.head
        if share.pos_ not in ("NOUN", "ADJ", "DET", "PRON", "NUM") or share.i > t.i:
            continue
        if any(lo <= t.idx - start < hi for lo, hi in quoted):
            continue
        if not any(x.pos_ == "NOUN" for x in first.doc[first.i : share.i]):
            return f"holds a share 'of {t.text}' whose {t.text!r} the sentence does not name"
    return None


def leaning_opening(first: Any | None, text: str) -> str | None:
    """Why the sentence's opening leans on the sentence before (a pronoun after a date, an adverb or a phrase; a
    subordinator governing its main clause; a quotation opening on a third person's pronoun; a bare verb of
    answering), in that order, or None."""
    return (pronoun_after_date(text) or pronoun_after_adverb(first, text) or pronoun_after_phrase(first, text)
            or pronoun_after_appositive(first, text) or subordinate_only(first) or quoted_pronoun(first, text)
            or bare_response(first, text) or demonstrative_clause(first, text) or pronouns_after_clause(first, text)
            or elided_clause(first, text) or so_opening(first, text) or quoted_person(first, text)
            or partitive_pronoun(first, text))


def so_answer(span: Any) -> str | None:
    """Why ``span`` answers with "so" what it does not state, or None: "so" right after a verb of thinking or saying
    (``lexicon/so_answer_verbs.txt``) as its adverb, outside quotation marks ("LaPook said he doesn't think so.",
    "She hopes so."; summ39): what "so" stands for is in the sentence or question before. Not "so did the rents"
    (before its verb), nor a quotation's."""
    verbs = lexicon.words("so_answer_verbs")
    quoted = [m.span() for m in re.finditer(r"[\"“][^\"“”]*[\"”]", span.text)]
    for t in span:
        if t.lower_ != "so" or t.dep_ != "advmod" or t.head.i != t.i - 1 or t.head.lemma_.lower() not in verbs:
            continue
        if not any(lo <= t.idx - span.start_char < hi for lo, hi in quoted):
            return "points back with 'so' to something it does not state (in the sentence or question before it)"
    return None
