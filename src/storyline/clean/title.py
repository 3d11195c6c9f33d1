"""The headline: found before the first paragraph, and removed wherever the body repeats it.

The first headline-like line (3-25 words, no final full stop, not a dateline
like "WASHINGTON (AP) —") before the first paragraph becomes ``Document.title``
when the input states no title; a masthead like "The Springfield Herald" or
"Bayview Courier | World" right above it is skipped. Lines equal to the title
(also to a metadata title without its "| Site" part) are removed as repeated
headlines, and "<Title>, In a dramatic ..." loses its prefix. A page whose summary bullets stand above
its first paragraph ("Story highlights <bullet>") and a standfirst (20 words or more, a sentence in
sentence case with a finite verb) give no title: the bullets and the standfirst are not the headline.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .. import lexicon
from ..model import Removed
from ..names import name_abbreviations
from .config import DEFAULT_CONFIG
from .lines import ABBREV_END_RE, Line, ends_sentence, line_key, norm_space, nwords
from .outlet import masthead_segments, sure_masthead
from .patterns import HIGHLIGHTS_LABEL_RE
from .reasons import Reason

_HEADLINE_BAD_END = lexicon.words("headline_bad_ends")  # "… of the": no headline ends so


# "WASHINGTON (AP) —", "CHRISTCHURCH, New Zealand |": a dateline on its own line, not a headline.
_DATELINE_RE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:, [A-Z][\w.'’ -]+)?\s*(?:\([\w .&-]+\))?\s*[-–—|:]*$")

# "WASHINGTON _ The New Economy ...", "MOSCOW (Reuters) - Russia ...": a lede, never a headline.
_DATELINE_LEDE_RE = re.compile(r"^[A-Z][A-Z.'’ ,-]{2,}(?:\([^)]{1,40}\))?\s*[-–—_]+\s")


# "* ", "• ", "- " before a headline found in the text (a wire story's bullet points): not part of the title.
_LIST_MARKER = re.compile(r"^(?:[*•·▪►‣]|[-–—](?=\s))\s*")


# A post quoted from a social network, not a headline: a link or an @handle in the line
# ("… I hope it inspires you.pic.twitter.com/QRoOFTZfQ9", "Please study this quote, @ realDonaldTrump").
_POST_MARK_RE = re.compile(r"https?://|\bwww\.|\bpic\.twitter\.com/|(?:^|\s)@\s?[A-Za-z_]\w")

# A banner framed by asterisks or rules ("*** Join it LIVE here ! ***"), not a headline.
_BANNER_RE = re.compile(r"^\s*[*#=~_]{2,}|[*#=~_]{2,}\s*$")

# "<word>. <Capital>": a full stop inside the line followed by a new sentence (the word is checked
# against the abbreviations, which stand before a name: "Gov. Brown signs …").
_INNER_STOP_RE = re.compile(r"(?P<word>[\w.]+)[.!?][\"'”’)]*\s+[\"'“‘(]*[A-Z]")

# A credits or cast list, not a headline: three or more comma-separated full names (two or three
# capitalised words each) and nothing else ("Jon Hamm, Elisabeth Moss, Vincent Kartheiser and January
# Jones"; "Obama, Romney, Ryan" and "Rain, Wind, Snow Hit Northeast" are headlines).
_NAME_RUN = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,2}"
_NAME_LIST_RE = re.compile(rf"^{_NAME_RUN}(?:\s*,\s*{_NAME_RUN})+"
                           rf"(?:,?\s+(?:and|&)\s+{_NAME_RUN}|\s*,\s*{_NAME_RUN})$")


_QUOTED_RE = re.compile(r"‘(?:[^’]|’(?=\w))*’(?!\w)|“[^”]*”|\"[^\"]*\"")
"""A quoted passage (curly quotes, or straight double quotes): its full stops are the quote's."""


@lru_cache(maxsize=1)
def _stop_abbreviations() -> frozenset[str]:
    """Words written with a stop that stand before a name and end no sentence: the short honorifics
    (Gov, Sen, Dr …), lexicon/abbreviations.txt, and the state abbreviations ("Calif.")."""
    states = {r[0].rstrip(".") for r in lexicon.rows("ap_states")}
    return frozenset({w.rstrip(".") for w in name_abbreviations()} | states)


@lru_cache(maxsize=1)
def _credit_re() -> re.Pattern[str]:
    """A credits or byline opener (lexicon/headline_credits.txt) and a capitalised word after it."""
    cues = sorted(lexicon.entries("headline_credits"), key=len, reverse=True)
    alternatives = "|".join(re.escape(c).replace(r"\ ", r"\s+") + (r"\s*" if c.endswith(":") else r"\s+")
                            for c in cues)  # "BYU wins" opens with no cue
    return re.compile(rf"^\s*(?i:{alternatives})[A-Z]")


_CREDIT_JOINERS = lexicon.words("credit_joiners")


def credits_line(s: str) -> bool:
    """A credits or byline line ("Directed by Peter Jackson", "Photo by Jane Doe", "By Matt Mueller",
    "Director: Peter Jackson"): an opener (lexicon/headline_credits.txt), then names only (capitalised
    words and joiners such as "and", "for"). It names who made the report, the photo or the film, never
    a headline: "By the numbers: …" and "By Christmas, prices will soar" are headlines."""
    m = _credit_re().match(s)
    if not m:
        return False
    rest = re.findall(r"[^\W\d_][\w'’.-]*", s[m.end() - 1:])
    return all(w[0].isupper() or w in _CREDIT_JOINERS for w in rest)


def _not_a_headline(s: str) -> bool:
    """A social-network post (a link, an @handle), two sentences, a list of names, a credits line or a
    banner: shapes a headline does not take, so the line is not the title (a headline-shaped line further
    down wins)."""
    if _POST_MARK_RE.search(s) or _NAME_LIST_RE.match(s) or _BANNER_RE.search(s) or credits_line(s):
        return True
    for m in _INNER_STOP_RE.finditer(_QUOTED_RE.sub(" ", s)):  # a quote may hold sentences: "‘Meth. We’re on it.’: …"
        word = m.group("word")
        if len(word) >= 3 and "." not in word and word not in _stop_abbreviations():
            return True  # "… by comparison to the ratings machine, DJT. So much for…"
    return False


STANDFIRST_WORDS = 20
"""A line of at least this many words, written as a sentence (``standfirst``), is a standfirst, no headline."""
_FINITE_VERBS = lexicon.words("finite_verbs")
_CAPITALISED_SHARE = 0.5


def standfirst(s: str) -> bool:
    """A standfirst, the sentence under a headline that sums the story up ("Renamed the Parker Solar Probe
    to honour …, the spacecraft will attempt to get close to sun's surface"): ``STANDFIRST_WORDS`` words or
    more, in sentence case (fewer than half its longer words capitalised), with a finite verb
    (lexicon/finite_verbs.txt). Headlines are shorter, or written in Title Case."""
    tokens = re.findall(r"[A-Za-z][A-Za-z'’-]*", s)
    if len(tokens) < STANDFIRST_WORDS or not any(t.lower() in _FINITE_VERBS for t in tokens):
        return False
    longer = [t for t in tokens[1:] if len(t) > 3]
    return bool(sum(t[0].isupper() for t in longer) < _CAPITALISED_SHARE * len(longer))


def _is_title_candidate(s: str) -> bool:
    n = nwords(s)
    if n < 3 or n > DEFAULT_CONFIG.max_headline_words:
        return False
    if _not_a_headline(s) or standfirst(s):
        return False
    if s.endswith((":", ";", ",")) or (s.endswith(".") and not s.endswith("...") and not ABBREV_END_RE.search(s)):
        return False
    if _DATELINE_RE.match(s) or _DATELINE_LEDE_RE.match(s):
        return False
    first = next((ch for ch in s if ch.isalnum()), "")
    if not first or first.islower():
        return False
    # case matters: "... not aimed at IS" ends with a name, "... aimed at the" with a function word
    return s.split()[-1].strip("\"'”’") not in _HEADLINE_BAD_END


_SITE_SUFFIX_RE = re.compile(r"\s+[|–—\-:]\s+[^|–—\-:]{1,40}$")


def title_keys(title: str) -> set[str]:
    """Keys a headline line may match: the title, and the title without a '| Site Name' suffix."""
    keys = {line_key(title)}
    stripped = title
    for _ in range(2):
        stripped = _SITE_SUFFIX_RE.sub("", stripped)
        if nwords(stripped) >= 3:
            keys.add(line_key(stripped))
    keys.discard("")
    return keys


def match_title(line: str, keys: set[str]) -> bool:
    longest = max((len(k) for k in keys), default=0)
    return len(line) <= 2 * longest + 20 and line_key(line) in keys


_TITLE_PREFIX_SEP_RE = re.compile(r"\s*(?P<sep>[,:;|–—\-])\s+(?=[\"“‘'(\[A-Z\d])")
# After "<Title>," the rest must start like a new sentence ("In a dramatic ...", "The ..."), not go on
# with a name ("Putin: Russia will strike, Putin said ..." keeps its words).
_SENTENCE_OPENERS = lexicon.words("title_sentence_openers")


def strip_title_prefix(line: Line, title: str) -> bool:
    """'<Title>, In a dramatic escalation ...' -> 'In a dramatic escalation ...'."""
    if nwords(title) < 3 or len(line.text) < len(title) + 20:
        return False
    head = line.text[: len(title)]
    if head != title and head.casefold() != title.casefold():
        return False
    m = _TITLE_PREFIX_SEP_RE.match(line.text, len(title))
    if not m:
        return False
    if m.group("sep") == ",":
        opener = line.text[m.end() :].split(" ", 1)[0].strip("\"“‘'([").lower()
        if opener not in _SENTENCE_OPENERS:
            return False
    line.parts.append(Removed(line.text[: m.end()].strip(), Reason.REPEATED_HEADLINE))
    line.text = line.text[m.end() :]
    return True


def find_title(lines: list[Line], stop: int) -> int | None:
    """Index of the headline: the first headline-like kept line before the first paragraph."""
    for i in range(stop):
        ln = lines[i]
        if not ln.kept and not (ln.by_model and stop - i <= _HEADLINE_REACH and _alpha_words(ln.text) >= 4):
            continue  # a headline the model took for furniture counts only right above the first paragraph
        if _is_title_candidate(ln.text):
            j = next((j for j in range(i + 1, len(lines)) if lines[j].kept or lines[j].by_model), len(lines))
            nxt = lines[j].text if j < len(lines) else ""
            if nxt and nxt[0].islower():
                return None  # a sentence broken across lines, not a headline
            if j < stop and nwords(ln.text) <= 3 and _is_title_candidate(nxt) and nwords(nxt) > 3:
                continue  # "The Springfield Herald" above the headline: a masthead, not the title
            segments = masthead_segments(ln.text)
            if segments is not None and (
                sure_masthead(segments) or j < stop and _is_title_candidate(nxt) and nwords(nxt) > 3
            ):
                continue  # "Bayview Courier | World & Nation" above the headline
            return i
        if ln.kept and ends_sentence(ln.text) and nwords(ln.text) >= 4:
            return None  # prose before any headline: the text has no headline line
    return None



# lines above the first paragraph where a headline the model removed may sit (byline, date, share bar, photo)
_HEADLINE_REACH = 12


def _alpha_words(s: str) -> int:
    return sum(w[:1].isalpha() for w in s.split())


def _headline_the_model_removed(lines: list[Line], first_par: int) -> int | None:
    """The headline when the model took it for furniture: a headline-like line of 4+ words just above
    the first paragraph, and no kept line between them but bylines, dates and credits."""
    if first_par >= len(lines):
        return None
    for i in range(first_par - 1, max(first_par - 1 - _HEADLINE_REACH, -1), -1):
        ln = lines[i]
        if ln.kept:
            return None
        if ln.by_model and _is_title_candidate(ln.text) and _alpha_words(ln.text) >= 4:
            return i
    return None


def mark_title(lines: list[Line], stated: str | None, first_par: int) -> tuple[str, int | None]:
    """(the title, the index of its line or None): the stated title's line, else the headline found."""
    title = norm_space(stated) if stated else ""
    title_at: int | None = None
    if title:
        for i in range(min(first_par + 1, len(lines))):
            if (lines[i].kept or lines[i].by_model) and match_title(lines[i].text, title_keys(title)):
                title_at = i
                break
    elif _highlights_above(lines, first_par):
        title_at = None  # "Story highlights <bullet>": the bullets sum the story up; the page's headline is lost
    else:
        title_at = find_title(lines, first_par)
        if title_at is None:
            title_at = _headline_the_model_removed(lines, first_par)
        if title_at is None:
            title_at = _credited_headline(lines, first_par)
        if title_at is not None:
            title = _LIST_MARKER.sub("", lines[title_at].text)  # "* Top investigator put on leave": the words
    if title_at is not None:
        lines[title_at].reason = Reason.TITLE
        lines[title_at].by_model = False
    return title, title_at


def _highlights_above(lines: list[Line], first_par: int) -> bool:
    """Does a line above the first paragraph (or the first paragraph itself) carry the label of a story's
    bullet points ("Story highlights The incident took place …", the label cut from it as navigation)? The
    lines under it are bullets, not a headline."""
    return any(HIGHLIGHTS_LABEL_RE.match(ln.text) or any(HIGHLIGHTS_LABEL_RE.match(p.text) for p in ln.parts)
               for ln in lines[: first_par + 1])


def mark_repeated_headlines(lines: list[Line], title: str) -> None:
    """The headline again, inside the body: a whole line, or the prefix of a paragraph."""
    if not title:
        return
    keys = title_keys(title)
    for ln in lines:
        if not ln.kept and not ln.by_model:
            continue
        if match_title(ln.text, keys):
            ln.reason = Reason.REPEATED_HEADLINE  # also names a line the model removed
            ln.by_model = False
        elif ln.kept:
            strip_title_prefix(ln, title)


TITLE_CASE_SHARE = 0.8
"""Share of a line's words (function words aside) that must open in a capital for it to be written in
Title Case ("Why Gibson Guitar Was Raided By The Justice Department")."""


def _title_case(s: str) -> bool:
    """Written in Title Case, with at least one function word (a list of names, "Getty Images Elon
    Musk", is a credit) and not shouted in capitals."""
    tokens: list[str] = re.findall(r"[A-Za-z][A-Za-z'’-]*", s)
    function = [t for t in tokens if t.lower() in _HEADLINE_BAD_END]
    content = [t for t in tokens if t.lower() not in _HEADLINE_BAD_END]
    if not function or not content or sum(t.isupper() and len(t) > 1 for t in tokens) * 2 > len(tokens):
        return False
    return bool(sum(t[0].isupper() for t in content) >= TITLE_CASE_SHARE * len(content))


def _credited_headline(lines: list[Line], first_par: int) -> int | None:
    """The headline when a photo credit under it was joined to it: the text's first line, above the
    first paragraph, taken for a caption because a credit was cut out of it
    (``furniture.credited_caption``), and written as a headline, in Title Case (a caption is
    written as a sentence)."""
    if first_par < 1 or not lines:
        return None
    ln = lines[0]
    if ln.reason != Reason.CAPTION or not any(p.reason == Reason.PHOTO for p in ln.parts):
        return None
    return 0 if _is_title_candidate(ln.text) and _title_case(ln.text) else None


@lru_cache(maxsize=1)
def _kicker_re() -> re.Pattern[str]:
    labels = lexicon.alternation(lexicon.entries("title_kickers"))
    return re.compile(r"^\s*(?:" + labels + r")\s*:\s+(?=\S)", re.I)


def drop_kicker(title: str) -> str:
    """The title without a kicker before it ("BREAKING: Senate adjourns" -> "Senate adjourns"; the labels are
    ``lexicon/title_kickers.txt``); the page's text keeps its own headline line as it is."""
    cut = _kicker_re().sub("", title, count=1)
    return cut if len(cut.split()) >= 2 else title

