"""A row's what is a noun phrase of the figure's own clause: never a clause, a quotation, a bracketed clause or a bare
placeholder (claims97).

Many readings name a row (named.py, frames, predicates, label_check's rebuild), each tuned on some stories; on a new
story the what they give is often a sentence's clause ("“The ferry carried 40 cyclists”", "budget totals (USD)",
"time (d): tenants have to leave"), a clause in a bracket ("vases (the museum bought)") or a word that stands for a
noun and names none ("time (d)", "times"). English news names what a figure counts in one place on any subject: the
noun phrase of the figure's own clause. So a what fails when, over the words of its figures' sentences as the parse
read them (``LabelGist``):

- it opens with a quotation mark (a quoted clause stands for the noun);
- a bracket holds a word the sentence uses only as a verb, unless that verb's subject is a name ("votes (Kim Lee
  won with)" says whose they are; "vases (the museum bought)" is a clause set in brackets);
- a word outside brackets, before any relative "that"/"which"/"who", is one the sentence uses only as a finite verb
  (a present tense, a modal, a verb after a modal or "did", an irregular past no participle shares: "took";
  ``label_check._finite_words``); a participle ("votes won", "homes evacuated") passes;
- it is only placeholder words and brackets (lexicon ``label_placeholders``: "time (d)", "times", "mark (wk)").

Then the what is rebuilt from the figures' own phrase (own_phrase.py): the counted or measured noun with its
modifiers and thing-naming complement, then the state the sentence predicates of it (states.py) or its act, never a
finite verb ("ticket (USD)" of "“A ticket costs $50”"); a measure's subject names it only with its own verb ("talks
lasted (h)"); a span with its own "to" clause is the time to act ("time to leave (d)"). Whose it is is added after
(``whose``, ``whose_of``). A what whose only fault is a bracket keeps its own noun (``noun_phrase``). When the parse
gives no noun phrase, the what stays as it was (folding such rows hid right ones on stories none of this was chosen
on: a quoted sum that says what it is). Percentages (``share_of`` rows) are not read here.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from .label_check import LabelGist
from .vocab import word_set

PLACEHOLDERS = word_set("label_placeholders")
_OPENING = "\"“‘'"
_BRACKET = re.compile(r"\(([^)]*)\)")
_MEASURE_FREE = ("count", "money", "percent", "age")
_RELATIVES = ("that", "which", "who")


def clausal(what: str, gists: Sequence[LabelGist]) -> bool:
    """Does the what fail as a noun phrase (module docstring)?"""
    text = what.strip()
    if not text or text[0] in _OPENING:
        return bool(text)  # a quotation as the noun
    if any(_bracketed(inner, gists) for inner in _BRACKET.findall(text)):
        return True  # "vases (the museum bought)": a clause in a bracket
    return _unbracketed(text, gists)


def _unbracketed(text: str, gists: Sequence[LabelGist]) -> bool:
    """Does the what outside its brackets fail: a finite verb, or placeholders with verbs and no noun?"""
    bare = _words(_BRACKET.sub(" ", text))
    relative = next((k for k, w in enumerate(bare) if w in _RELATIVES), len(bare))  # ("trawlers that sank" stays)
    if any(w in g.finite for g in gists for w in bare[:relative]):
        return True  # "budget totals", "time (d): tenants have to leave"
    return bool(bare) and all(w in PLACEHOLDERS for w in bare)  # "time (d)", "times"


def _bracketed(inner: str, gists: Sequence[LabelGist]) -> bool:
    """Is a bracket a clause: a verb of the sentence whose subject is no name ("(Kim Lee won with)" says whose)?"""
    words = _words(inner)
    at = next((k for k, w in enumerate(words) if any(w in g.verbs or w in g.finite for g in gists)), None)
    return at is not None and not (at > 0 and any(words[at - 1] in g.names for g in gists))


def noun_phrase(what: str, gists: Sequence[LabelGist], dimension: str, names: tuple[str, str]) -> str:
    """The row's what: as it is when it passes as a noun phrase, else the one the figures' own phrases build; when
    none builds, the what as it is. ``names`` are the
    dimension's word ("time") and the row's unit or currency code ("d", "USD"). A what whose only fault is a
    clause in a bracket keeps its own noun, with the state or act its figures' phrases give it ("crew on board"),
    or with the bracket dropped when that clause is negated or finite ("seats (party did not win)"), else stays:
    a subject's bracket ("people (boat carrying)") tells what no phrase of the figure does."""
    if not gists or not clausal(what, gists):
        return what
    built = Counter(b for g in gists if (b := _built(g, dimension, names[0])) and b[0].isalpha()
                    and not clausal(b, gists))
    code = f" ({names[1]})" if names[1] and dimension not in ("category", "magnitude") else ""
    if what.strip()[0] not in _OPENING and not _unbracketed(what, gists):  # (only a bracket fails)
        own = _BRACKET.sub(" ", what).split()
        head = {w.lower() for w in own}
        acted = [b for b in built if own and own[-1].lower() in b.lower().split() and b.split()[-1].lower()
                 not in head]  # (its own noun, with a state or act: "crew on board")
        if acted:
            return max(acted, key=lambda b: (built[b], len(b))) + code
        inners = [_words(i) for i in _BRACKET.findall(what) if _bracketed(i, gists)]
        if any(w in ("not", "never", "no") or any(w in g.finite for g in gists) for i in inners for w in i):
            return " ".join(_BRACKET.sub(lambda m: m[0] if not _bracketed(m[1], gists) else " ", what).split())
            # ("parliament seats (party did not win in)")
        return what
    if not built:
        return what
    phrase = min(built, key=lambda w: (-built[w], -len(w)))  # (the fuller of two)
    return phrase + code


def _built(g: LabelGist, dimension: str, word: str) -> str:
    """One figure's noun phrase: a span's time for its subject to act, else its thing with a state or participle."""
    p = g.phrase
    measure = dimension not in _MEASURE_FREE
    if measure and g.purpose and word:
        holder = f" for {p.thing}" if p.thing and p.subject else ""
        return f"{word}{holder} to {g.purpose}"  # "time for tenants to leave"
    if not p.thing or p.thing.lower() in PLACEHOLDERS:
        return ""
    act = p.state or (p.act if p.act and not (p.subject and p.act in g.finite) else "")  # (an object's act is a
    # participle already: "budget cut"; a subject's is its verb as written: "totals")
    if measure and p.subject and (act not in g.own or not act):
        return ""  # (a measure's subject names it only with its own verb: "talks lasted (h)", not "cure away (yr)")
    return " ".join(w for w in (p.thing, act) if w)


def _words(text: str) -> list[str]:
    return [w for w in (w.strip(".,:;!?“”\"‘’'").lower() for w in text.split()) if w]
