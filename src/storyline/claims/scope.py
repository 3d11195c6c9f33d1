"""Scope of a figure: the places a sentence names, which contains which, and where a distance says where.

- *places*: named places in the clause of the event (direct) or, failing that,
  elsewhere in the sentence (indirect, including the speaker's phrase: "a
  resident of Talbiseh"). spaCy often labels small places as organisations, so an
  organisation or nationality in a place slot ("in X", "the town of X", "X
  province", "residents of X") counts as a place. "X in Y" and "X, Y" record that
  Y contains X.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from .. import lexicon
from .attribution import Speaker, stranded_list, trailing_list
from .destinations import journey_end
from .members import counted_in_apposition, person_gloss
from .name_parts import in_a_capitalised_name, joined_to_a_name
from .origins import noun_origin
from .placeless import (
    attributive_place,
    excepted_member,
    included_member,
    reported_out,
    saying_place,
    spanned_member,
    titled_body_place,
)
from .readings import destination
from .tokens import first_conjunct
from .unplaced import depicted, goal_of_purpose, named_base, opens_a_longer_name
from .vocab import word_set

PLACE_NOUNS = word_set("place_nouns")
POPULATION_WORDS = word_set("population_words")  # "Croatia's 4.7 million population": the people of a place
PLACE_PEOPLE = word_set("place_people")
LOCATIVE_PREPS = word_set("locative_preps")
ORG_LOCATIVE_PREPS = word_set("org_locative_preps")
ORIGIN_PREPS = word_set("origin_preps")
COURT_NOUNS = word_set("court_nouns")
TOPIC_NOUNS = word_set("topic_nouns")
LOCATIONAL_AFTER = word_set("locational_after")
LOCATIONAL_BEFORE = word_set("locational_before")
LENGTH_UNITS = lexicon.words("length_units")
_ACTOR_PREPS = lexicon.words("actor_prepositions")
_DET_STRIP = re.compile(r"^(?:the|a|an)\s+", re.I)


def _lemma(tok: Token) -> str:
    return (tok.lemma_ or tok.text).lower()


def is_place_token(t: Token) -> bool:
    """Is this entity root a place here, whatever label spaCy gave it?"""
    label = t.ent_type_
    head = t.head
    if label in ("GPE", "LOC", "FAC"):
        if t.dep_ in ("compound", "amod", "poss", "nmod"):
            return label == "FAC" or _lemma(head) in PLACE_NOUNS or t.dep_ == "poss" and (
                _lemma(head) in POPULATION_WORDS - {"people"})  # "Croatia's 4.7 million population": its place
        if stranded_list(first_conjunct(t)):
            return True  # "killed 20 in Ghana, Mali and Chad, the WHO says": the list of "in Ghana" (claims47)
        if first_conjunct(t).dep_ in ("nsubj", "nsubjpass", "dobj", "dative", "agent", "attr"):
            return label != "GPE"  # "Russia has conducted ...", "Disney and Lucasfilm announced": actors, not places
        if t.dep_ == "pobj" and _lemma(head) in _ACTOR_PREPS:
            return label != "GPE" and _lemma(head) != "by"
        if t.dep_ == "pobj" and _lemma(head) in ORIGIN_PREPS and head.head.ent_type_ == "PERSON":
            return False  # "Raven Klaasen of South Africa", "Beverly Jones, from Newington": where a person is from,
            # no figure's place (claims32, claims44)
        if t.dep_ == "pobj" and _lemma(head) == "of" and _lemma(head.head) in TOPIC_NOUNS:
            return False  # "no mention of Bushehr": what is mentioned (claims45)
        if t.dep_ == "pobj" and label == "GPE" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].tag_ == "VBG":
            return False  # "within 48 hours of the UK triggering Article 50": the doer of the gerund after it, an
            # actor like a subject, not where the figure is (claims69)
        return True
    if label in ("ORG", "NORP", "PERSON", "") and t.pos_ == "PROPN":
        language = label == "NORP" and not any(c.dep_ == "det" for c in t.children)  # "a call in poor Swedish"
        if t.dep_ == "pobj" and _lemma(head) in LOCATIVE_PREPS and label != "PERSON" and not language:
            if label == "ORG" and (_lemma(t) in COURT_NOUNS or head.head.pos_ in ("NUM", "SYM")):
                return False  # "in a US District Court": a court; "$400 billion in Treasurys": what a sum is in
            return label == "" or _lemma(head) in ORG_LOCATIVE_PREPS  # "an analyst at X": X employs
        if t.dep_ == "pobj" and _lemma(head) == "of" and (
            _lemma(head.head) in PLACE_NOUNS or head.head.lower_ in PLACE_PEOPLE
        ):
            return True
        if t.dep_ == "compound" and _lemma(head) in PLACE_NOUNS and label != "PERSON":
            return True
        if t.dep_ == "conj" and head.i != t.i and is_place_token(head):
            return True
    return False


def listed_member(t: Token) -> bool:
    """A place listed as one of the things a number counts ("titles in four different countries (Portugal,
    England, Italy and Spain)"): an item of the count, not where the sentence's figures are."""
    for _ in range(8):  # up a chain of conjuncts to the first item
        if t.dep_ != "conj" or t.head.i == t.i:
            break
        t = t.head
    noun = t.head
    listed = any(c.dep_ == "conj" for c in t.children) or t.i > 0 and t.doc[t.i - 1].text in ("(", ":")
    return listed and t.dep_ == "appos" and noun.pos_ == "NOUN" and noun.tag_ == "NNS" and any(
        c.dep_ == "nummod" for c in noun.children) or _named_by_copula(t)
    # (not "killed 221 people, Haiti, the poorest country ...")


def _named_by_copula(t: Token) -> bool:
    """'Three countries where it circulates are the Democratic Republic of Congo (DRC), Madagascar, and Peru': the
    list after "be" names what its counted subject counts (claims36); ``t`` the list's first item."""
    if t.dep_ == "appos" and t.head.pos_ == "PROPN":
        t = t.head  # ("the Democratic Republic of Congo (DRC), Madagascar": the list hangs on the bracket)
    verb = t.head
    if t.dep_ != "attr" or (verb.lemma_ or verb.text).lower() != "be":
        return False
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and subj.tag_ == "NNS" and any(c.dep_ == "nummod" for c in subj.children)


@dataclass(slots=True)
class Place:
    """A place named in a sentence (offsets are the paragraph's)."""

    name: str
    root: int  # token index of the entity root
    start: int
    end: int  # character offsets in the paragraph


def sentence_places(sent: Span, members: bool = True) -> list[Place]:
    """Named places in a sentence: place entities, and other entities in a place slot ("the town of X"); with
    ``members`` false, not the places listed as the items of a count (``listed_member``) nor a destination ("send
    six people to Mars", readings.destination, claims34): none is where a figure of the sentence is, though each is
    still in the containment the sentence states; nor a journey noun's end ("the cruise to Mars", destinations.py),
    nor a place in brackets after a person's name ("John Shanks (Bon Jovi, …)", members.person_gloss), nor one an
    exclusion leaves out ("won all of them except Missouri", placeless.excepted_member, claims46), nor one in a
    body's name written as a person's title ("Bank of Kansas City President …", placeless.titled_body_place), nor
    a purpose's goal ("waiting to cross into X") or the first word of a longer name ("the Islamic State"):
    unplaced.py, claims48; nor a name's base ("Reveal Mobile, based in North Carolina", claims50); nor where a
    speaker said it ("Okafor said from Lagos", placeless.saying_place, claims73); nor a word of a body's name
    ("Busboys and Poets locations", "Meals on Wheels America": name_parts.py, claims100)."""
    out: list[Place] = []
    for ent in sent.ents:
        root = ent.root
        if is_place_token(root) and (members or not listed_member(root) and not destination(root) and
                                     not included_member(root) and not attributive_place(sent.doc[ent.end - 1])
                                     and not spanned_member(root) and not excepted_member(root)
                                     and not titled_body_place(root) and not saying_place(root)
                                     and not journey_end(root) and not person_gloss(root)
                                     and not goal_of_purpose(root) and not opens_a_longer_name(ent)
                                     and not named_base(root) and not depicted(root)
                                     and not joined_to_a_name(root) and not in_a_capitalised_name(ent)):
            name = _DET_STRIP.sub("", ent.text).removesuffix("’s").removesuffix("'s")
            out.append(Place(name, root.i, ent.start_char, ent.end_char))
    return out


def containment(sent: Span, places: list[Place]) -> list[tuple[str, str]]:
    """(inner, outer) pairs the sentence states: 'Talbiseh in Homs', 'Saint Petersburg, Russia'."""
    by_root = {p.root: p for p in places}
    pairs: list[tuple[str, str]] = []
    doc = sent.doc
    for p in places:
        tok = doc[p.root]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "of"):
                for q in c.children:
                    if q.dep_ == "pobj" and q.i in by_root:
                        pairs.append((p.name, by_root[q.i].name))
            if c.dep_ == "appos" and c.i in by_root:
                pairs.append((p.name, by_root[c.i].name))
        if tok.dep_ == "pobj" and tok.head.lower_ in ("of", "in", "at", "near"):
            # "a resident of X in Y": both hang on one noun, the later one contains the earlier
            holder = tok.head.head
            for c in holder.children:
                if c.dep_ == "prep" and c.lower_ == "in" and c.i > tok.i:
                    for q in c.children:
                        if q.dep_ == "pobj" and q.i in by_root:
                            pairs.append((p.name, by_root[q.i].name))
    return pairs


def locational(doc: Doc, noun: Token) -> bool:
    """A distance saying where something is ('1,500 km away', '10 km deep', 'a depth of 10 km')."""
    k = noun.i + 1
    if k < len(doc) and doc[k].text in ("(", "["):  # "206 km (128 miles) west-northwest of Talca"
        while k < len(doc) and doc[k].text not in (")", "]"):
            k += 1
        k += 1
    nxt = doc[k].lower_ if k < len(doc) else ""
    if nxt in LOCATIONAL_AFTER or nxt == "at":
        return True
    prev = doc[noun.left_edge.i - 1] if noun.left_edge.i > 0 else None
    before_paren = doc[noun.left_edge.i - 2] if noun.left_edge.i >= 2 else None
    if prev is not None and prev.text in ("(", "[") and before_paren is not None:
        if _lemma(before_paren) in LENGTH_UNITS:
            return True  # "(17.6 miles)": a conversion of the figure before
    before = {t.lower_ for t in doc[max(0, noun.left_edge.i - 3) : noun.left_edge.i]}
    return bool(before & LOCATIONAL_BEFORE)


def region_of(event: Token | None, noun: Token) -> set[int]:
    """Token indices of the event's clause (plus the noun a participle or relative clause hangs on), less the
    noun's own "from" phrase ("patients from Inner Mongolia": their origin, origins.py, claims37)."""
    region = {t.i for t in noun.subtree}
    if event is not None:
        other = {t.i for c in event.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") for t in c.subtree}
        region.update(t.i for t in event.subtree if t.i not in other)
        if event.dep_ in ("relcl", "acl"):
            region.update(t.i for t in event.head.subtree)
        region.update(trailing_list(event))  # "killed 20 in Ghana, Mali and Chad, the WHO says" (claims47)
    return region - noun_origin(noun) if noun is not event else region


def exclude_speaker(places: list[Place], speaker: Speaker | None, offset: int,
                    noun: Token | None = None) -> tuple[list[Place], list[Place]]:
    """The places outside the speaker's phrase, and those in it; with ``noun``, less the places of a clause that
    noun reports as its verb's subject (placeless.reported_out, claims39)."""
    if noun is not None:
        places = counted_in_apposition(reported_out(places, noun), noun)  # (members.py, claims40)
    if speaker is None:
        return places, []
    a, b = speaker.region if speaker.region != (0, 0) else (speaker.start, speaker.end)
    inside = [p for p in places if a <= offset + p.start < b]
    return [p for p in places if p not in inside], inside


def joint_places(doc: Doc, places: list[Place]) -> bool:
    """Places joined in one phrase ('in Romania and Bulgaria'), each a conjunct of another."""
    roots = {p.root for p in places}
    return len(places) > 1 and all(doc[r].dep_ == "conj" and doc[r].head.i in roots or
                                   any(c.dep_ == "conj" and c.i in roots for c in doc[r].children) for r in roots)
