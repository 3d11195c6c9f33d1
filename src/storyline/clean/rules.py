"""The context-free line rules: the reason a line is furniture on its own, first match wins.

First, photo credits are cut out of any line, keeping the rest of it
(``credits.strip_inline_credits``):

==========================================  ==============================
part of a line                               reason recorded
==========================================  ==============================
"(Photo: Jane Doe/The Herald)", "(AP         photo credit
Photo/X)", "(Image courtesy of ...)"
after the last sentence: "REUTERS/Eric       photo credit
Thayer", "Jane Doe/Getty Images",
"Photograph: Tim Walsh/PA", NPR's
"toggle caption ..."
"Story highlights " / "Advertisement "       navigation / advertisement
glued to the front of a paragraph
==========================================  ==============================

Then ``classify_line`` runs on each line, first match wins; the groups below are
tried in this order (``_RULE_GROUPS``):

==========================================  ==============================
rule (line shape)                            reason recorded
==========================================  ==============================
no letters or digits ("***", "___")          separator
"FILE - In this ... file photo, ...",        photo caption
"Image caption ...", "Media caption ..."
"Home", "Menu", "To Top", "Print", "Email",  navigation
"Next article", "Story highlights", "From
the section ...", "Tags: ...", breadcrumbs
("Home » News » Local"), page numbers
"Advertisement", "Sponsored", "Story         advertisement
continues below advertisement", "Ask us
about our FREE ...", binary-options and
make-money spam, reader-revenue appeals
"Please publish modules in ...", "You need   CMS artefact
JavaScript enabled", cookie notices,
"[caption]", "5 min read", paywall notices,
Twitter/video embed boilerplate, "404",
"This is a developing story and will be
updated." (``lexicon/update_notices.txt``)
"© 2015 ...", "Copyright ©2010-15 AP", "All  copyright
rights reserved", "This material may not
be published ..."
"Comments are closed.", "Leave a Reply",     comments prompt
"12 comments", "Be the first to comment"
"Please feel free to ... contact", "Got a    contact prompt
news tip?", "Write to Jane Doe at
jdoe@example.com", "Reach X at 555-...",
"Got a story? Message the newsroom on
WhatsApp.", "Share your story with us",
"Were you there? Get in touch." (not in
reported speech: "..., officials said.")
"Connect with us", "Follow us ...", "Share   social prompt
this story", "Like us on Facebook", "Sign
up for our newsletter", icon rows
("Facebook Twitter Email"), "1.2k shares",
newsletter offers ("Newsletter: ...", "Get
X delivered to your inbox.", "... every
morning. Sign up")
"Listen to the full interview with X on      outlet promo
...", "Watch the full report at 6pm",
"Listen live", "Watch the video above",
"Download the <Station> app", "... on
demand" (not in reported speech); last of
all, a line in capitals asking the reader
to act ("GET X ON THE GO BY CLICKING HERE")
"Read: ...", "Also read: ...", "Related:     teaser link
...", "You may also like: ...", "Watch:
...", "READ MORE: ...", "Click here ..."
"Related stories", "Other Top Stories:",     related-stories list (a list
"Trending", "Most read", "More in Nation",   header: see structure.py)
"READ MORE" or "Related" alone, "ALSO:"
"Photo: ...", "Image: ...", "Getty Images",  photo credit
"/ Flickr", "cc by-sa 2.0", "REUTERS/X",
file names ("Jet_Su-34_3.jpg")
"By Jane Doe", "By The Associated Press",    byline
"(Reporting by ...; Editing by ...)", "...
contributed to this report.", "Source: ..."
"About <First Last>", "About the author"     author bio (a header: see structure.py)
"Published: September 30, 2015", "Posted     publication date line (its date
on ... by admin", "Updated: ...", "First     becomes ``published`` when the
published on ...", "By X | Sep 30, 2015"     input gave none; "Published"
(datelines.py)                               wins over "Updated")
"This article was originally published on    republication note
...", "This story appears in ..."
==========================================  ==============================

Lines that read like prose (12+ words ending a sentence) only meet the
start-anchored rules: that keeps "Getty Images said it had removed the photo."
in the text, and keeps cleaning fast (most lines are prose).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from .config import DEFAULT_CONFIG
from .lines import HAS_ALNUM_RE, ends_sentence, nwords, undecorated
from .patterns import (
    ABOUT_HEADER_RE,
    AD_LABEL_RE,
    AD_START_RE,
    AD_WHOLE_RE,
    AP_CAPTION_RE,
    BREADCRUMB_SEP_RE,
    BYLINE_CREDIT_RE,
    BYLINE_OK_LOWER,
    BYLINE_PARTICLES,
    BYLINE_RE,
    CAPTION_PREFIX_RE,
    CMS_ANY_RE,
    CMS_HINTS,
    CMS_START_RE,
    COMMENT_PROMPT_RE,
    COMMENTS_RE,
    COMMENTS_VERB_RE,
    CONTACT_ANY_RE,
    CONTACT_LINE_RE,
    CONTACT_RE,
    CONTACT_WEAK_RE,
    CONTRIBUTED_RE,
    COPYRIGHT_NAME_RE,
    COPYRIGHT_SIGN_RE,
    COPYRIGHT_START_RE,
    COUNT_RE,
    COUNT_TOKEN_RE,
    CREDIT_HINTS_LOW,
    CREDIT_MARKER_RE,
    DATE_KW_RE,
    EMPTY_DATE_LABELS_RE,
    FILENAME_RE,
    INBOX_CUE_RE,
    INBOX_RE,
    INBOX_START_RE,
    LIST_HEADER_RE,
    MORE_IN_RE,
    NAV_PREFIX_RE,
    NAV_WORDS,
    NEWSLETTER_FIRST,
    NEWSLETTER_LABEL_RE,
    NOT_NAMES,
    PAGE_NUMBER_RE,
    PHOTO_PREFIX_RE,
    PHOTO_WORDS,
    POSTED_IN_RE,
    PROMO_FIRST,
    PROMO_RE,
    READER_FIRST,
    READER_PROMPT_RE,
    REPORTED_RE,
    REPUBLISHED_RE,
    RIGHTS_RESERVED_RE,
    SHOUTED_ACTION_RE,
    SIGN_UP_END_RE,
    SOCIAL_PLATFORMS,
    SOCIAL_RE,
    SOCIAL_TOKENS,
    SPAM_HINTS,
    SPAM_RE,
    TEASER_LOOSE_RE,
    TEASER_RE,
    UPDATE_NOTICE_RE,
)
from .reasons import Reason


def is_byline(text: str) -> bool:
    """'By Jane Doe', 'By JANE DOE, Associated Press', 'By The Associated Press' - not 'By Monday, ...'."""
    if nwords(text) > 14:
        return False
    m = BYLINE_RE.match(text)
    if not m:
        return False
    rest = m.group("rest").strip()
    if text.endswith(".") and nwords(rest) > 4 and not rest.endswith(("Jr.", "Sr.")):
        return False
    words = rest.replace(",", " , ").split()
    if not words:
        return False
    first = words[0].strip("“\"'‘")
    if not first[:1].isupper() or first.lower().strip(".") in NOT_NAMES:
        return False
    if first.lower() == "the" and (len(words) < 2 or not words[1][:1].isupper()):
        return False
    for w in words:
        core = w.strip(",.;:()[]|•·-–—")
        if not core or "@" in core or core[:1].isupper() or core[:1].isdigit():
            continue
        if core.lower() in BYLINE_OK_LOWER or core.lower() in BYLINE_PARTICLES:
            continue
        return False
    return True


def _hinted(low: str, hints: tuple[str, ...]) -> bool:
    return any(h in low for h in hints)


def _is_icon_row(probe: str) -> bool:
    first = probe.split(None, 1)[0].strip(".,:;!|/()[]•·-–—").lower() if probe else ""
    if first not in SOCIAL_TOKENS and not first[:1].isdigit():
        return False
    words = [w.strip(".,:;!|/()[]•·-–—").lower() for w in probe.split()]
    words = [w for w in words if w and not COUNT_TOKEN_RE.fullmatch(w)]  # "936 SHARES Share Tweet"
    if not words or len(words) > 15:
        return False
    return all(w in SOCIAL_TOKENS for w in words) and any(w in SOCIAL_PLATFORMS for w in words)


def _is_breadcrumb(probe: str) -> bool:
    if not any(c in probe for c in "»›→>|/"):
        return False
    parts = [p for p in BREADCRUMB_SEP_RE.split(probe) if p]
    if len(parts) < 2 or any(nwords(p) > 4 for p in parts):
        return False
    if not BREADCRUMB_SEP_RE.search(probe):
        return False
    return len(parts) >= 3 or parts[0].lower() in ("home", "start", "news")



def _is_newsletter_prompt(probe: str, low: str, first: str, n: int, prose: bool) -> bool:
    """'Newsletter: Get X in your inbox ... Sign up', 'Get the best of X delivered to your inbox.'"""
    if n > 40:
        return False
    if first in NEWSLETTER_FIRST and NEWSLETTER_LABEL_RE.match(probe):
        return True
    found = False
    if "inbox" in low:
        found = bool(
            INBOX_START_RE.match(probe) or (not prose and INBOX_RE.search(probe) and INBOX_CUE_RE.search(probe))
        )
    if not found and ("sign up" in low or "subscribe" in low or "register" in low):
        # the button glued to the end of the offer, after a full stop or a separator
        found = SIGN_UP_END_RE.search(probe) is not None
    return found and not REPORTED_RE.search(probe)


def _is_shouted_prompt(probe: str, n: int) -> bool:
    """'GET THE NEWS ON THE GO BY CLICKING HERE': a line in capitals (no small letter, three words or more of
    two letters) that holds a call to action; a capitals headline holds none."""
    if not 3 <= n <= 25 or any(c.islower() for c in probe):
        return False
    if sum(len(w) > 1 and w.isalpha() and w.isupper() for w in probe.split()) < 3:
        return False
    return SHOUTED_ACTION_RE.search(probe) is not None


@dataclass(slots=True)
class _Shape:
    """What the rules ask of a line, worked out once."""

    text: str
    n: int  # words
    probe: str  # the line without decoration (the line itself when nothing else is left)
    low: str  # ``probe`` lower-cased
    sentence: bool  # ends like a sentence (not with "...")
    prose: bool  # a sentence of 12 or more words
    first: str  # first word of ``low``


def _shape(text: str, n: int) -> _Shape:
    probe = undecorated(text) or text
    low = probe.lower()
    sentence = ends_sentence(text) and not text.endswith(("...", "…"))
    first = low.split(None, 1)[0].strip(",:;") if low else ""
    return _Shape(text, n, probe, low, sentence, sentence and n >= 12, first)


def _labels_ads_and_notices(s: _Shape) -> Reason | None:
    """Whole-line labels (the cheapest and most common), ads, CMS leftovers, copyright lines."""
    probe, low, n, sentence = s.probe, s.low, s.n, s.sentence
    if low in PHOTO_WORDS:
        return Reason.PHOTO
    if COUNT_RE.match(probe):
        return Reason.SOCIAL
    if low in NAV_WORDS:
        return Reason.SOCIAL if low in ("subscribe", "subscribe now", "newsletter", "newsletters") else Reason.NAV
    if AD_WHOLE_RE.fullmatch(probe) or (n <= 20 and AD_START_RE.match(probe)):
        return Reason.AD
    if n <= 10 and not sentence and AD_LABEL_RE.match(probe):
        return Reason.AD
    if not sentence and n <= 20 and _hinted(low, SPAM_HINTS) and SPAM_RE.search(probe):
        return Reason.AD
    if CMS_START_RE.match(probe) or (
        not s.prose and _hinted(s.text.lower(), CMS_HINTS) and CMS_ANY_RE.search(s.text)
    ):
        return Reason.CMS
    if COPYRIGHT_START_RE.match(probe) or ("rights reserved" in low and RIGHTS_RESERVED_RE.search(probe)):
        return Reason.COPYRIGHT
    if not sentence and n <= 12 and "©" in probe and COPYRIGHT_SIGN_RE.search(probe):
        return Reason.COPYRIGHT
    if (not sentence or n <= 6) and COPYRIGHT_NAME_RE.match(probe):
        return Reason.COPYRIGHT
    if n <= 12 and EMPTY_DATE_LABELS_RE.match(s.text.strip()):
        return Reason.DATE_LINE  # "Issued on: Modified:", its dates dropped with their <time> elements
    if UPDATE_NOTICES and n <= _NOTICE_MAX_WORDS and _update_notice(probe):
        return Reason.CMS  # "This is a developing story and will be updated."
    return None


UPDATE_NOTICES = True
"""Switch: a short line whose every sentence is a notice that the story is developing is the CMS's (inputs42)."""
_NOTICE_MAX_WORDS = 25


def _update_notice(probe: str) -> bool:
    """Every sentence of ``probe`` opens with a notice that the story is still being reported (``UPDATE_NOTICE_RE``:
    "This is a developing story and will be updated.", "Check back for updates.")."""
    sentences = [x for x in _SENTENCES_RE.split(probe.strip()) if x]
    return bool(sentences) and all(UPDATE_NOTICE_RE.match(x) for x in sentences)


_PROMPT_PARAGRAPH_WORDS = 60
_SENTENCES_RE = re.compile(r"(?<=[.?!])\s+")
_TO_US_RE = re.compile(r"\b(?:us|our|below)\b", re.I)  # the site speaking ("let us know", "below")


def _comments_paragraph(probe: str) -> bool:
    """A paragraph of questions to the reader (one at least) and a prompt to the comments (opening with it, or
    the site speaking: "us", "our", "below"), nothing else: "What
    do you think? Interested in X? Let us know down below in the comments or carry the discussion over to our
    Twitter." (``COMMENT_PROMPT_RE``: ``lexicon/comment_prompt_phrases.txt``; bench/BRIEF_REVIEW.md, "inputs30")."""
    if not COMMENT_PROMPT_RE.search(probe):
        return False
    sentences = [x for x in _SENTENCES_RE.split(probe.strip()) if x]
    prompts = [
        x for x in sentences if COMMENT_PROMPT_RE.match(x) or (COMMENT_PROMPT_RE.search(x) and _TO_US_RE.search(x))
    ]
    others = [x for x in sentences if x not in prompts]
    return bool(others) and all(x.rstrip("”\"’' ").endswith("?") for x in others)


def _prompts(s: _Shape) -> Reason | None:
    """The site talking to its reader: comments, contact, follow and share, newsletters, its own programmes."""
    probe, low, n, sentence, first = s.probe, s.low, s.n, s.sentence, s.first
    if n <= 15 and COMMENTS_RE.match(probe):
        return Reason.COMMENTS
    if COMMENTS_VERB_RE.match(probe) and (n <= 6 or (n <= 12 and not sentence)):
        return Reason.COMMENTS
    if n <= _PROMPT_PARAGRAPH_WORDS and _comments_paragraph(probe):
        return Reason.COMMENTS
    if CONTACT_RE.match(probe) or CONTACT_WEAK_RE.match(probe):
        return Reason.CONTACT
    if not s.prose and "contact" in low and CONTACT_ANY_RE.search(probe):
        return Reason.CONTACT
    if n <= 25 and SOCIAL_RE.match(probe):
        return Reason.SOCIAL
    if _is_newsletter_prompt(probe, low, first, n, s.prose):
        return Reason.SOCIAL
    if n <= 30 and (first in PROMO_FIRST or first in READER_FIRST):
        promo = first in PROMO_FIRST and PROMO_RE.match(probe) is not None
        if (promo or first in READER_FIRST and READER_PROMPT_RE.match(probe)) and not REPORTED_RE.search(probe):
            return Reason.PROMO if promo else Reason.CONTACT
    if n <= 15 and _is_icon_row(probe):
        return Reason.SOCIAL
    return None


def _links_and_navigation(s: _Shape) -> Reason | None:
    """Teasers for other stories, list headers, section labels, page numbers, breadcrumbs."""
    probe, low, n, sentence = s.probe, s.low, s.n, s.sentence
    if n <= 30 and TEASER_RE.match(probe):
        return Reason.TEASER
    if n <= 15 and TEASER_LOOSE_RE.match(probe) and (not sentence or low.startswith(("click", "tap"))):
        return Reason.TEASER
    if n <= 8 and not sentence and LIST_HEADER_RE.match(probe):
        return Reason.RELATED
    if n <= 6 and not sentence and MORE_IN_RE.match(probe):
        return Reason.NAV
    if n <= 30 and NAV_PREFIX_RE.match(probe):
        return Reason.NAV
    if n <= 12 and not sentence and POSTED_IN_RE.match(probe) and not DATE_KW_RE.match(probe):
        return Reason.NAV
    if n <= 6 and PAGE_NUMBER_RE.match(probe):
        return Reason.NAV
    if not sentence and n <= 20 and _is_breadcrumb(probe):
        return Reason.NAV
    return None


def _credits_and_bylines(s: _Shape) -> Reason | None:
    """Captions, photo credits, bylines, author-bio headers, republication notes, contact lines."""
    probe, low, n, sentence = s.probe, s.low, s.n, s.sentence
    if CAPTION_PREFIX_RE.match(probe):
        return Reason.CAPTION
    if n <= 30 and "image copyright" in low:
        return Reason.PHOTO
    if n <= 25 and PHOTO_PREFIX_RE.match(probe):
        return Reason.PHOTO
    if (
        n <= 20
        and (not sentence or n <= 6)
        and _hinted(low, CREDIT_HINTS_LOW)
        and (CREDIT_MARKER_RE.search(probe) or FILENAME_RE.search(probe))
    ):
        return Reason.PHOTO
    if n <= 30 and (not sentence or s.text.startswith("(")) and BYLINE_CREDIT_RE.match(probe):
        return Reason.BYLINE  # "(Reporting by X; Editing by Y)", not "Research by Harvard found ..."
    if n <= 30 and "contributed" in low and CONTRIBUTED_RE.search(probe):
        return Reason.BYLINE
    if is_byline(probe):
        return Reason.BYLINE
    if n <= 6 and ABOUT_HEADER_RE.match(probe):
        return Reason.BIO
    if n <= 30 and REPUBLISHED_RE.match(probe):
        return Reason.REPUBLISHED
    if n <= 30 and CONTACT_LINE_RE.match(probe):
        return Reason.CONTACT
    return None


def _shouted(s: _Shape) -> Reason | None:
    """Last: a line in capitals asking the reader to act, that no rule above names more closely."""
    return Reason.PROMO if _is_shouted_prompt(s.probe, s.n) else None


_RULE_GROUPS: tuple[Callable[[_Shape], Reason | None], ...] = (
    _labels_ads_and_notices,
    _prompts,
    _links_and_navigation,
    _credits_and_bylines,
    _shouted,
)


def classify_line(text: str) -> Reason | None:
    """The reason a line is furniture on its own, or None. First matching rule wins (module docstring)."""
    if not HAS_ALNUM_RE.search(text):
        return Reason.SEPARATOR
    n = nwords(text)
    if n <= 90 and AP_CAPTION_RE.match(text):
        return Reason.CAPTION
    if n > DEFAULT_CONFIG.max_furniture_words:
        if n <= 80 and "cookie" in text.lower() and (CMS_START_RE.match(text) or CMS_ANY_RE.search(text)):
            return Reason.CMS
        return None
    shape = _shape(text, n)
    for rules in _RULE_GROUPS:
        reason = rules(shape)
        if reason is not None:
            return reason
    return None
