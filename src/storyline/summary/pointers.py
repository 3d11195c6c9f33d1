"""Items that point the reader at a post, video or picture the page embeds: "See tweets:", "Watch the video below".

A web page that embeds posts or a video tells its reader where to look ("See tweets:", "Watch the video below",
"Check out the post") and often, just before, where the posts come from ("The details of the session was shared on
the Twitter handle of the Senate."). The embed itself is not in the report's text, so in a brief such a sentence
points at nothing. Such a sentence is (i) a pointer: a command (a verb with no subject, in its base form) of seeing
(``lexicon/media_pointer_verbs.txt``) whose object or adverb is a thing a page embeds or where it sits
(``lexicon/media_nouns.txt``: "tweets", "the video", "below", "here"), or whose object is a look ("Take a look here
at the statement", ``lexicon/look_nouns.txt``); or (i') a sentence that only presents what the page shows next:
"Here" and "be" ("Here's how UGA tallied the totals.", ``lexicon/presenting_adverbs.txt``); or (ii) a sentence whose
main verb is one of putting a post online (``lexicon/publish_verbs.txt``) "on" an account
(``lexicon/account_nouns.txt``: "handle", "page") when the next sentence of its report is a pointer; or (iii) the
text of an embedded post: a sentence of a paragraph the next line of its report signs as a post ("— Jo Smith
(@josmith) November 18, 2019": a dash, a name, a handle in brackets and a date), the page's embed of a tweet, not
the report's words; or (iv) a sentence of the page's own readers as a group ("Our readers have suggestions.",
``lexicon/audience_nouns.txt``); or (v) a sentence whose subject names a graphic the page shows ("The dots on the
map trace …", ``lexicon/graphic_nouns.txt``); or (vi) a lead-in of the writer's: an invitation to
the reader ("Let's look at the stocks to watch.", ``lexicon/invitation_openers.txt``) or a heading sentence that
announces accounts of what happened without giving one ("There are different versions of what led to the firing.",
``lexicon/event_account_nouns.txt``), outside a quotation (summ39); or (vii) the writer's command to the reader: a
sentence that opens on its main verb in the base form with no subject ("Take a few minutes and wave.", "Follow us
on …"), outside a quotation (summ41): a report tells what happened, and such a line asks the reader to act. It is
not shown; its words go to the next ranked
sentences (``unnamed.fit_named``). The ranking is not touched.
"""

from __future__ import annotations

import re
from typing import Any

from .. import lexicon
from ..model import Analysis, Sentence
from ..newswriting import signed_post
from .standalone import sentence_spans

__all__ = ["media_pointer"]

_POST_SIGNATURE = re.compile(r"[—–-]\s*[^\n(]{1,80}\(@\w{1,30}\)\s+\w+\.? \d{1,2}, \d{4}\s*$")


def _embedded(a: Analysis, s: Sentence) -> bool:
    """Is ``s`` in a paragraph the next line of its report signs as an embedded post?"""
    text = a.doc.text
    end = text.find("\n", s.end)
    if end < 0:
        return False
    nxt = text[end + 1 :].split("\n", 1)[0]
    return _POST_SIGNATURE.fullmatch(nxt.strip()) is not None


def _pointer_span(span: Any) -> bool:
    """Is ``span`` a command to look at an embedded post, video or picture? The command is the main verb, or the
    verb the sentence opens on when the parse hangs it under a later clause ("Check out a couple more screens after
    the break, though skipping … may make for …": "Check" under "make", summ28)."""
    words = [t for t in span if not t.is_space and not t.is_punct]
    root = words[0] if words and words[0].tag_ == "VB" and words[0].dep_ == "advcl" else span.root
    if root.tag_ != "VB" or not (root.lemma_.lower() in lexicon.words("media_pointer_verbs") or _look(root)):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in root.children):
        return False
    media = lexicon.words("media_nouns")
    return any(t.lemma_.lower() in media or t.lower_ in media for t in root.subtree if t is not root)


def _look(root: Any) -> bool:
    """Is ``root`` a verb whose object is a look ("Take a look here at …", ``lexicon/look_nouns.txt``), a command
    of seeing like "See …" (summ29: CNBC's pointer to the Fed's statement)?"""
    return any(c.dep_ == "dobj" and c.lemma_.lower() in lexicon.words("look_nouns") for c in root.children)


def _presenting(span: Any) -> bool:
    """Does ``span`` only present what the page shows next: it opens on "Here" (``lexicon/presenting_adverbs.txt``)
    with "be" its main verb, and says nothing after a colon ("Here's how UGA tallied the oil-spill totals.", "Here
    are the numbers:"; summ29)? "Here is the thing: the council lied." says its news after the colon and stays."""
    words = [t for t in span if not t.is_space]
    if len(words) < 3 or words[0].lower_ not in lexicon.words("presenting_adverbs"):
        return False
    be = span.root.lemma_.lower() == "be" or span.root.lower_.replace("’", "'") == "'s"  # "Here’s": lemma "’"
    if not be or words[0].head.i != span.root.i:
        return False
    colon = next((i for i, t in enumerate(words) if t.text == ":"), None)
    return colon is None or all(t.is_punct for t in words[colon + 1 :])


def _to_readers(span: Any) -> bool:
    """Does ``span`` speak of the page's own readers as a group: its main verb's subject is an audience noun after
    "our" (``lexicon/audience_nouns.txt``: "Our readers have suggestions.", "Our viewers weighed in."), with no
    quotation mark in the sentence (a speaker's "our readers" is a publisher's news; summ30: CNBC's teaser)?"""
    if any(q in span.text for q in "\"“”"):
        return False
    audience = lexicon.words("audience_nouns")
    roots = [t for t in span if t.dep_ == "ROOT"] or [span.root]  # a unit's parse may hold two sentences
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in audience
               and any(p.dep_ == "poss" and p.lower_ == "our" for p in c.children)
               for root in roots for c in root.children)


def _invitation(span: Any) -> bool:
    """Does ``span`` open on the writer's invitation to the reader ("Let's look at the stocks to watch.", "Let us turn
    to the numbers.": ``lexicon/invitation_openers.txt``, the invitation the main verb), with no quotation mark in
    it (a speaker's "Let's go" is the speaker's)?"""
    if any(q in span.text for q in "\"“”"):
        return False
    words = [t for t in span if not t.is_space]
    opening = " ".join(t.lower_.replace("’", "'") for t in words[:2]).replace(" '", "'")
    return len(words) > 3 and opening in lexicon.words("invitation_openers") and words[0].i == span.root.i


def _command(span: Any) -> bool:
    """Is ``span`` the writer's command to the reader: its first word its main verb, in the base form ("VB"), with no
    subject ("Take a peek at the list.", "Follow us on …"), and no quotation mark in it (a speaker's "Go home" is the
    speaker's)? Not "Let's …" (``_invitation``), nor "Consider it done," she said."""
    if any(q in span.text for q in "\"“”"):
        return False
    words = [t for t in span if not t.is_space and not t.is_punct]
    root = span.root
    return (len(words) > 3 and words[0].i == root.i and root.tag_ == "VB" and root.pos_ == "VERB"
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in root.children))


_HEADING_PARTS = frozenset({"expl", "attr", "punct"})  # dependency labels: "There" + "be" + the accounts only
_ACCOUNT_MODIFIERS = frozenset({"det", "amod", "nummod", "prep"})


def _announced_versions(span: Any) -> bool:
    """Is ``span`` a heading sentence that announces accounts without giving any: "There" and "be" and an account
    noun (``lexicon/event_account_nouns.txt``) whose only complement is "of" and what the accounts are of ("There are
    different versions of what led to the firing.")? Not "There are two accounts of the fire, one from police …"
    (it gives them), nor a quotation's."""
    root = span.root
    if root.lemma_.lower() != "be" or any(q in span.text for q in "\"“”"):
        return False
    deps = [c.dep_ for c in root.children]
    if "expl" not in deps or not set(deps) <= _HEADING_PARTS:
        return False
    attr = next(c for c in root.children if c.dep_ == "attr") if "attr" in deps else None
    if attr is None or attr.lemma_.lower() not in lexicon.words("event_account_nouns"):
        return False
    preps = [c for c in attr.children if c.dep_ == "prep"]
    return (len(preps) == 1 and preps[0].lower_ == "of"
            and all(c.dep_ in _ACCOUNT_MODIFIERS for c in attr.children))


def _pointer(a: Analysis, s: Sentence) -> bool:
    """Does ``s`` open on a pointer? A presenting sentence ending on its colon that the unit joins to what it
    presents ("Here's how it works:" + the next paragraph's account) shows that content and is no pointer."""
    spans = sentence_spans(a, s)
    if not spans or _pointer_span(spans[0]) or any(_to_readers(span) for span in spans):  # "Where …? Our readers …"
        return bool(spans)
    if len(spans) == 1 and (_invitation(spans[0]) or _announced_versions(spans[0])):
        return True
    return _presenting(spans[0]) and not (len(spans) > 1 and spans[0].text.rstrip().endswith(":"))


def _published_on_account(span: Any) -> bool:
    """Is the main verb one of putting a post online, "on" an account ("shared on the Twitter handle of …")?"""
    root = span.root
    if root.lemma_.lower() not in lexicon.words("publish_verbs"):
        return False
    accounts = lexicon.words("account_nouns")
    return any(p.lower_ == "on" and any(o.dep_ == "pobj" and o.lemma_.lower() in accounts for o in p.children)
               for p in root.children if p.dep_ == "prep")


GRAPHIC_WITHIN = 8  # words of a sentence's opening, before any verb, where its subject names a graphic


def _graphic(a: Analysis, s: Sentence, span: Any) -> str | None:
    """The graphic noun (``lexicon/graphic_nouns.txt``) after "the" in the opening of ``span`` (its first
    ``GRAPHIC_WITHIN`` words, before any verb: the subject, "The dots on the map trace …", which the parse may not
    read as one), with nothing after it saying which ("of", a clause), in a sentence with no quotation, when the
    report's text before ``s`` never writes the noun; or None. Not "the map of Varnia" (it says which), not "The
    town was put on the map …" (after a verb)."""
    nouns = lexicon.words("graphic_nouns")
    if any(q in span.text for q in "\"“”"):
        return None
    words = [t for t in span if not t.is_space and not t.is_punct][:GRAPHIC_WITHIN]
    for k, t in enumerate(words[1:], 1):
        if t.pos_ in ("VERB", "AUX"):
            return None
        if t.lemma_.lower() not in nouns or words[k - 1].lower_ != "the" or t.nbor().tag_ in ("IN", "WDT", "TO"):
            continue
        if re.search(rf"\b{re.escape(t.lemma_.lower())}", a.doc.text[: s.start].lower()) is None:
            return str(t.text)
    return None


def media_pointer(a: Analysis, s: Sentence) -> str | None:
    """Why ``s`` points at a post or video the page embeds rather than telling the news (or None); or (v) describes a
    graphic the page shows beside its text ("The dots on the map trace …": ``_graphic``, summ35)."""
    if _pointer(a, s):
        return "points the reader at a post, video or picture the page embeds"
    spans = sentence_spans(a, s)
    if len(spans) == 1 and _command(spans[0]):
        return "the writer's command to the reader (a base-form verb with no subject), not what happened"
    if spans and (graphic := _graphic(a, s, spans[0])) is not None:
        return f"describes the page's {graphic} (a graphic the brief does not show)"
    if _embedded(a, s) or signed_post(s.text):
        return "is the text of a post the page embeds (signed by a handle on the next line), not the report's"
    after = [t for t in a.sentences if t.start >= s.end]
    if after and spans and _published_on_account(spans[0]) and _pointer(a, after[0]):
        return "says where the posts the page embeds next come from"
    return None
