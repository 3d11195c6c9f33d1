"""An entity mention grown over what the model cut off its name (moved out of ``entities/__init__``).

An organisation's name grown over the word the story always writes after it ("NYSE| Euronext"), the rest after
"and"/"of" or a possessive; a person's given name, particle, sign-off and rank set right.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..model import Mention
from ..names import org_continuation
from .acronym_pairs import paired_initials
from .affiliations import affiliated_person
from .cache_tags import LOWER_WORD
from .cut_names import the_title_end, written_run_end
from .evidence import (
    _PARTICLES_BEFORE,
    _Evidence,
    given_cut,
    given_left_out,
)
from .kinds import written_alone
from .left_cuts import written_before
from .ranks import labelled_player, without_rank
from .shapes import given_name_before, name_word_after, without_signoff
from .surname_cuts import surname_end
from .use_counts import STOPWORDS, WORD_AFTER


def grown_mention(text: str, m: Mention, starts: set[int], ev: _Evidence, mentions: Sequence[Mention] = ()) -> Mention:
    """The mention with what the model cut off an organisation's name: the word the story always writes after
    it ("NYSE| Euronext"), the rest after "and"/"of" ("Aldermouth Fire| and Rescue Service") or a possessive
    ("St Brigid|'s Hospital"); and a person's given name the model left out ("Ana| Herrera")."""
    if not ev.checks:
        return m
    if given_cut(text, m, mentions) is not None and (at := given_name_before(text, m.start)) is not None:
        return Mention(m.doc, at, m.end, text[at : m.end], "person", m.counted)  # "Ana| Herrera": a person
    if (at := given_left_out(text, m, mentions, ev)) is not None:
        return Mention(m.doc, at, m.end, text[at : m.end], "person", m.counted)  # "Rute| Vicente Oliveira"
    if (m.kind == "person" and " " not in m.text
            and (p := _PARTICLES_BEFORE.search(text, max(0, m.start - 24), m.start)) is not None
            and text[p.start()].isupper()):
        m = Mention(m.doc, p.start(), m.end, text[p.start() : m.end], m.kind, m.counted)  # "Van der |Merwe"
    if m.kind == "person" and (signed := without_signoff(m.text)) is not None:
        return Mention(m.doc, m.end - len(signed), m.end, signed, m.kind, m.counted)  # "Xoxo| Honey.": a sign-off
    if m.kind == "person" and (ranked := without_rank(m.text)) is not None:
        return Mention(m.doc, m.end - len(ranked), m.end, ranked, m.kind, m.counted)  # "DC |Fenwick": a rank
    if m.kind != "place" and (player := labelled_player(text, m.start, m.text)) is not None:
        return Mention(m.doc, m.end - len(player), m.end, player, "person", m.counted)  # "Hawks: G |Ana Ruiz"
    if (end := surname_end(text, m, starts, ev)) is not None:
        return Mention(m.doc, m.start, end, text[m.start : end], m.kind, m.counted)  # "Ann Beth| Quarrow"
    if (end := the_title_end(text, m, starts)) is not None:
        m = Mention(m.doc, m.start, end, text[m.start : end], m.kind, m.counted)  # "… to The Hollywood| Reporter"
    if m.kind == "org" and (whole := written_on(text, m, starts, ev)) is not None:
        m = whole
    if m.kind != "place" and (whole := written_before(text, m, {x.end for x in mentions}, ev,
                                                                mentions)) is not None:
        m = whole  # "Quite| Velm": the company's first word, which the story never writes in lower case
    rest = "" if affiliated_person(text, m) or paired_initials(text, m) else org_continuation(
        text, m.end, possessive=m.kind == "org")
    return Mention(m.doc, m.start, m.end + len(rest), m.text + rest, "org", m.counted) if rest else m


def grown_over(text: str, m: Mention, starts: set[int], ev: _Evidence, mentions: Sequence[Mention],
                took_until: int) -> tuple[Mention, int]:
    """The mention grown (``grown_mention``), and where the mentions it took in end: an organisation's name grown over
    the next mention ("the Arts| and Crafts Council") takes that mention in, no name of its own, unless the story
    writes the first name alone too ("an IMF| and World Bank package" beside "the IMF": two names,
    ``kinds._two_names``) or the two modify a noun ("the House| and Senate chambers": two bodies); a person's grown
    over "of" a body's ("Ann Quarrow of Acme Group") leaves the body's mention its own."""
    grown = grown_mention(text, m, starts, ev, mentions)
    if ev.checks and m.kind == grown.kind == "org" and grown.end > m.end and not written_alone(m.text, ev.texts,
                                                                                                grown.text) and (
            (after := WORD_AFTER.match(text, grown.end)) is None or after.group(1) in STOPWORDS):
        took_until = max(took_until, grown.end)
    return grown, took_until


WHOLE_NAME_USES = 2
"""An organisation's name and the capitalised word after it, written together at least this often in the
story, are one name ("NYSE Euronext")."""


def written_on(text: str, m: Mention, starts: set[int], ev: _Evidence) -> Mention | None:
    """The mention with the capitalised word written right after it (``names.name_word_after``) when no
    other mention starts there, the story never writes the word in lower case ("Committee| Chairman") and
    writes the two together at least ``WHOLE_NAME_USES`` times
    ("NYSE| Euronext" is NYSE Euronext, the company, not NYSE, its exchange); else None."""
    word = name_word_after(text, m.end)
    if word is None:
        return None
    at = text.index(word, m.end)
    if at in starts:
        return None
    whole = text[m.start : at + len(word)]
    low = LOWER_WORD + word.lower()
    if ev.written.get(low) is None:  # a common noun the story also writes in lower case: "Committee| Chairman"
        ev.written[low] = sum(len(re.findall(r"\b" + re.escape(word.lower()) + r"\b", t)) for t in ev.texts)
    if ev.written[low]:
        return None
    if ev.written.get(whole) is None:
        ev.written[whole] = sum(len(re.findall(re.escape(whole) + r"(?![\w-])", t)) for t in ev.texts)
    if ev.written[whole] < WHOLE_NAME_USES:
        return None
    end = written_run_end(text, m.start, at + len(word), starts, ev)  # "EU| Intellectual Property Office"
    return Mention(m.doc, m.start, end, text[m.start : end], m.kind, m.counted)
