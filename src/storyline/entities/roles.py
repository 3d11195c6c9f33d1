"""What the words around a name say it is: a publication ("the daily Hurriyet"), a person after an occupation
("ANC spokesman Thabo Masebe"), an epithet set beside a full name ("the Unabomber, Theodore Kaczynski,").
Pure functions over a document's text, for ``entities.evidence``."""

from __future__ import annotations

import re
from collections.abc import Sequence

from .. import lexicon
from ..model import Mention
from ..names import FIRST_NAME_GENDERS, JOB_TITLES, clean_name, name_key, org_by_form
from ..text import fold

__all__ = ["apposed_epithets", "described_person", "masthead", "nicknames", "office_holder", "org_cue",
           "office_titled", "publication_use", "title_after", "titled_person", "traded_use"]

_PUBLICATION_NOUN = "(?:" + lexicon.alternation(lexicon.words("publication_nouns")) + ")"
_PUBLICATION_BEFORE = re.compile(  # "the (pro-government) daily |X", "According to daily |X", ", daily |X reported"
    r"(?:\b[Tt]he[ \t]+(?:[\w-]+[ \t]+){0,2}|(?:^|[,;(]|\b(?:[Aa]ccording[ \t]+to|by|in|from|with|told))[ \t]*)"
    + _PUBLICATION_NOUN + r"[ \t]+$")
_PUBLICATION_AFTER = re.compile(  # not the adverbs "daily", "weekly", nor "paper" or "journal" ("the Smith paper")
    r"^(?:['’]s)?[ \t]+(?:newspapers?|tabloid|broadsheet|magazine|newsmagazine|newsweekly)\b(?![ \t]+(?:of|for)\b)")
_MASTHEAD_WORDS = lexicon.words("masthead_words")


_EPITHET_BEFORE = re.compile(r"(?<!\bfor )(?<!\bof )(?<!\bat )(?<!\bfrom )(?<!\bby )"
                             r"(?<!\bwith )(?<!\bto )(?<!\bin )(?<!\bon )"
                             r"\b[Tt]he[ \t]+([A-Z][a-z]+(?:-[A-Za-z]+)?),[ \t]+$")  # "the Unabomber, |Ted K."
_EPITHET_AFTER = re.compile(r"^,[ \t]+the[ \t]+([A-Z][a-z]+(?:-[A-Za-z]+)?)[ \t]*(?:[,.;:)]|$)")  # "|, the Unabomber,"
_APPOSITION_END = re.compile(r"^[ \t]*(?:[,.;:)]|$)")


def apposed_epithets(text: str, mentions: Sequence[Mention]) -> list[tuple[str, str]]:
    """(epithet key, full name key) of each capitalised one-word epithet after "the" set beside a person's
    full name by apposition, "the Unabomber, Theodore Kaczynski," or "Theodore Kaczynski, the Unabomber,":
    the story says the two are one person."""
    out = []
    for m in mentions:
        if m.kind != "person" or len(clean_name(m.text).split()) < 2:
            continue
        before = _EPITHET_BEFORE.search(text[max(0, m.start - 40) : m.start])
        if before is not None and _APPOSITION_END.match(text[m.end : m.end + 3]) is not None:
            out.append((name_key(before.group(1)), name_key(m.text)))  # not "the Unabomber, Ted K.'s brother",
            # nor "a spokesman for the Pentagon, John Smith,"
        after = _EPITHET_AFTER.match(text[m.end : m.end + 40])
        if after is not None:
            out.append((name_key(after.group(1)), name_key(m.text)))
    return out


_NICKNAME = re.compile(  # "Yeezy -- that's one of West's nicknames", "Boss, Springsteen's nickname,"
    r"(?<![\w'’-])([A-Z][\w'’-]+)[ \t]*(?:--|[—–,(])[ \t]*(?:(?:that's|that is|which is|it's|it is)[ \t]+)?"
    r"(?:one[ \t]+of[ \t]+)?([A-Z][\w'’-]+)['’]s[ \t]+(?:[a-z]+[ \t]+)?(?:"
    + lexicon.alternation(lexicon.entries("nickname_nouns"), space=r"[ \t]+")
    + r")\b")


_KNOWN_AS = re.compile(  # "Ruiz, known as Lula by many here,", "Ruiz, also known as Lula,"
    r"(?<![\w'’-])([A-Z][\w'’-]+),[ \t]+(?:(?:also|better|widely|popularly|affectionately|fondly)[ \t]+)?known"
    r"[ \t]+as[ \t]+([A-Z][\w'’-]+)\b(?![ \t]+[A-Z])")
_NAME = r"[A-Z][\w'’-]+(?:[ \t]+(?:[A-Z]\.|[A-Z][\w'’-]+))*"  # "Ana Maria Ruiz", "Ana M. Ruiz"
_FULL_KNOWN_AS = re.compile(  # "Ana Maria Ruiz Sr., better known as folk singer Lula Ruiz"
    r"(?<![\w'’.-])(" + _NAME + r"(?:[ \t]+(?:Sr|Jr)\.)?),[ \t]+(?:also|better|popularly)[ \t]+known[ \t]+as"
    r"[ \t]+(?:[a-z][\w'’-]*[ \t]+){0,3}(" + _NAME + r")\b")


def nicknames(text: str) -> list[tuple[str, str]]:
    """(nickname key, person key) of each one-word name the story sets beside a person's possessive and a
    nickname's noun ("Yeezy -- that's one of West's nicknames --"; lexicon/nickname_nouns.txt), or after the
    person's name and "known as" ("Ruiz, known as Lula by many here,"), or a full name set before "better known as"
    and the name of two words or more the story uses ("Ana Maria Ruiz Sr., better known as singer Lula Ruiz"): one
    person."""
    return [(name_key(m.group(1)), name_key(clean_name(m.group(2)))) for m in _NICKNAME.finditer(text)] + [
        (name_key(m.group(2)), name_key(clean_name(m.group(1)))) for m in _KNOWN_AS.finditer(text)] + [
        (name_key(clean_name(m.group(1))), name_key(clean_name(m.group(2)))) for m in _FULL_KNOWN_AS.finditer(text)
        if " " in m.group(1) and " " in m.group(2)]


_ROLES = JOB_TITLES | lexicon.words("person_role_nouns")  # "spokesman", "suspect"
_JOB_BEFORE = re.compile(
    r"\b(" + lexicon.alternation(_ROLES) + r")"
    r"(?:[ \t]+(?:for|of)[ \t]+(?:the[ \t]+)?[\w-]+[ \t]*,|[ \t]*,)?[ \t]+$"  # not "a reporter for the |Al Jazeera""
)


def _name_words(name: str) -> int:
    """The words of a person's name but its lower-case particles ("Luc du Montel d'Aubrac": 2)."""
    return sum(1 for w in name.split() if not w[:1].islower())


def titled_person(text: str, start: int, name: str) -> bool:
    """Is a name of two or three words (lower-case particles aside: "navy spokesman Luc du Montel d'Aubrac"),
    no organisation's by its own words, written right after an occupation ("ANC spokesman Thabo Masebe", "a
    spokesman for the party, Thabo Masebe"; lexicon/job_titles.txt)? Then it is a person's, whatever the model's
    tag."""
    return (2 <= _name_words(name) <= 3 and not org_by_form(name)
            and _JOB_BEFORE.search(text[max(0, start - 40) : start]) is not None)


_OFFICE_BEFORE = re.compile(r"(?<![\w-])(?:" + lexicon.alternation(lexicon.entries("office_nouns")) + r")[ \t]+$")


_HOLDER_AFTER_OFFICE = re.compile(r"[ \t]+(?:" + lexicon.alternation(lexicon.entries("office_nouns"))
                                  + r")[ \t]+[A-Z][a-z]+[ \t]+[A-Z]")


def body_before_office(text: str, end: int) -> bool:
    """Is the name ending at ``end`` written right before a lower-case office and its holder's full name ("Velsh Dem
    leader Jo Kerr")? The holder's body's, no person's: a person's name does not stand before another's office
    (ents57)."""
    return _HOLDER_AFTER_OFFICE.match(text, end) is not None


def office_titled(text: str, start: int, name: str) -> bool:
    """Is a name of two or three words, no organisation's by its own words, written right after an occupation or a
    lower-case office ("far-right president Jair Bolsonaro", "ANC spokesman Thabo Masebe")? A person's, so a ", which"
    after it opens a clause on the sentence's thing ("deforestation under president Jair Bolsonaro, which has
    prompted protests"), not on the name."""
    return titled_person(text, start, name) or (2 <= _name_words(name) <= 3 and not org_by_form(name)
                                                and _OFFICE_BEFORE.search(text[max(0, start - 30) : start]) is not None)


_JOBS = lexicon.alternation(JOB_TITLES)
_JOB_AFTER = re.compile(  # "|, a 38-year-old electrician from …", "|, an unemployed driver,", "|, 42, a teacher"
    r"^,[ \t]+(?:\d{1,3},[ \t]+)?(?:a|an)[ \t]+(?:[\w-]+[ \t]+){0,3}?(" + _JOBS + r")\b"
    r"(?![ \t]+(?:company|firm|agency|union|group|association)\b)"
)


_OFFICES = lexicon.alternation(lexicon.entries("office_nouns"))
_BODY_ROLES = lexicon.words("body_roles")  # "Acme, producer of the show": a body's role too
_OFFICE_AFTER = re.compile(  # "|, the head of the accident agency,", "|, chairman of the board", "|, Minister for …",
    # "|, the ministry's spokesman,"
    r"^,[ \t]+(?:the[ \t]+)?(?:[\w-]+['’]s[ \t]+)?(?:(?:former|acting|interim|deputy|senior|chief|then)[ \t]+)?"
    r"(?:" + _OFFICES + "|" + lexicon.alternation(_ROLES - _BODY_ROLES) + r")"
    r"(?:[ \t]+(?:of|for|at)[ \t]|[ \t]*[,;)]|\.(?:[ \t]|$))", re.IGNORECASE)


def described_person(text: str, end: int, name: str) -> bool:
    """Is a name of two or three words (particles aside), no organisation's by its own words, described right after
    it as one person in an occupation ("Jana Novak, a 41-year-old electrician from the north, said …", "Jana Novak, 41,
    an electrician") or in an
    office of a body ("Pavel Arskan, the head of the accident agency, said": lexicon/office_nouns.txt)? A person's."""
    after = text[end : end + 60]
    return (2 <= _name_words(name) <= 3 and not org_by_form(name)
            and (_JOB_AFTER.match(after) is not None or _OFFICE_AFTER.match(after) is not None))


_NOT_MODIFIER = r"(?!(?:of|for|at|in|and|or|to|with|by|on|from|who|whose|which|that|is|was|has|had|said)\b)"
_TITLE_AFTER = re.compile(  # "|, the foreign minister, said", "|, Turkey's foreign minister,", "|, a spokesman for …"
    r"^,[ \t]+(?:(?:the|a|an)[ \t]+)?(?:[\w-]+['’]s[ \t]+)?(?:" + _NOT_MODIFIER + r"[\w-]+[ \t]+){0,2}?"
    r"(?:(?:former|acting|interim|deputy|senior|chief|then)[ \t]+)?"
    r"(?:" + _OFFICES + "|" + lexicon.alternation(_ROLES - _BODY_ROLES) + r")"
    r"(?:[ \t]+(?:of|for|at)[ \t]|[ \t]*[,;)]|\.(?:[ \t]|$))", re.IGNORECASE)
_PREPOSITION_BEFORE = re.compile(  # "At Acme|, the head of sales said": a place of work, not the one described
    r"\b(?:at|in|inside|within|from|for|with|by|on|to|of|into|across|under|against|among)[ \t]+(?:the[ \t]+)?$",
    re.IGNORECASE)


def title_after(text: str, start: int, end: int) -> bool:
    """Is the name at ``start:end`` set before its holder's office or occupation, with up to two words before it
    ("Smith, the foreign minister, said", "Smith, Turkey's foreign minister,", "Smith, a spokesman for the party";
    lexicon/office_nouns.txt, job_titles.txt), and not after a preposition ("At Acme, the head of sales said")? The
    name is one person's."""
    return (_TITLE_AFTER.match(text[end : end + 70]) is not None
            and _PREPOSITION_BEFORE.search(text[max(0, start - 12) : start]) is None)


def office_holder(text: str, m: Mention, name: str) -> bool:
    """Is the mention written with a person's occupation or office before or after it ("ANC spokesman Thabo
    Masebe", "Jana Novak, a 41-year-old electrician", "Cem, the foreign minister,")?"""
    return titled_person(text, m.start, name) or described_person(text, m.end, name) or title_after(
        text, m.start, m.end)


_SHARES_BEFORE = re.compile(r"\b(?:shares|stock|stake|shareholders)[ \t]+(?:in|of)[ \t]+(?:the[ \t]+)?$", re.I)
_SHARES_AFTER = re.compile(r"^(?:['’]s)?[ \t]+(?:shares|stock|shareholders|stockholders)\b")  # "|'s shares"
_STATEMENT_AFTER = re.compile(r"^[ \t]+(?:said|says)[ \t]+in[ \t]+(?:a|its)[ \t]+(?:[a-z]+[ \t]+)?statement\b")


def traded_use(text: str, start: int, end: int) -> bool:
    """Is the name written as a traded company's: "shares of Ford", "a stake in Ford", "Ford's shares", "Ford
    stock"? Such a name is a company's even where a person of the story bears it ("Henry Ford")."""
    return (_SHARES_BEFORE.search(text[max(0, start - 30) : start]) is not None
            or _SHARES_AFTER.match(text[end : end + 30]) is not None)


def org_cue(text: str, start: int, end: int) -> bool:
    """Is the name written as a body's or a company's: traded (``traded_use``) or "Acme said in a statement"? Such a
    name ("Ford", "Philip Morris") is not made a person's by the surname and title cues (``person_kinds``); a
    person says things in statements too, so this cue only keeps the model's tag."""
    return traded_use(text, start, end) or _STATEMENT_AFTER.match(text[end : end + 40]) is not None


def publication_use(text: str, m: Mention) -> bool:
    """Is the mention written as a publication's name: after "the (pro-government) daily|newspaper|weekly …"
    or before "newspaper", "daily" … (lexicon/publication_nouns.txt)?"""
    return (_PUBLICATION_BEFORE.search(text[max(0, m.start - 48) : m.start]) is not None
            or _PUBLICATION_AFTER.match(text[m.end : m.end + 24]) is not None)


def masthead(name: str) -> bool:
    """A name of two words or more ending on a masthead's word ("Istanbul Herald"; lexicon/masthead_words.txt)
    and not opening on a very common given name (lexicon/first_names.tsv)."""
    words = name.split()
    return (len(words) >= 2 and (words[-1] in _MASTHEAD_WORDS or " ".join(words[-2:]) in _MASTHEAD_WORDS)
            and fold(words[0]) not in FIRST_NAME_GENDERS)  # "Emily Post" is a person
