"""Site-furniture removal: dirty scraped text in, a clean ``Document`` out.

Why: scraped news text carries the site around the article ("Connect with
us", "Read: <other headline>", share buttons, author bios, photo credits,
"Comments are closed.", copyright footers, ads, CMS leftovers). Left in, it
turns into fake sentences in summaries, fake entities and fake numbers in
claims. Every brief span indexes into the cleaned text, so cleaning decides
what can ever be quoted.

Principles
----------
* **Line-anchored rules, length-limited.** A rule matches a whole line (or
  the start of one) and only lines short enough to be furniture, so a real
  sentence that merely contains "read", "share", "comment" or "about" is
  never touched ("Share prices fell 3 percent." survives; "Share this
  story" does not). Lines that read like prose (12+ words ending a
  sentence) only ever meet start-anchored rules; paragraphs lose at most a
  repeated headline prefix or a photo credit, never a sentence.
* **Nothing is lost silently.** Every removed line or line part is recorded
  in ``Document.removed`` with the reason. Blank lines are layout, not text,
  and are dropped without a record.
* **Verbatim.** Kept lines are only stripped and have runs of spaces, tabs
  and no-break spaces collapsed. Quotes, dashes and symbols stay as written;
  the title is the headline line exactly as written. A sentence that a
  hard wrap broke across two lines ("... on Sunday" / "morning after ...")
  is rejoined with one space.
* **Never invent a date.** ``published`` comes from the input metadata or a
  date line in the text; relative ("3 hours ago") or ambiguous ("03/04/2015")
  dates give ``None``.
* **The outlet only from the site's own furniture.** When the input names
  no outlet, ``Document.outlet`` is read from a removed copyright line in the
  header or footer ("© 2025 Bayview Courier", "© Harbour FM 2025",
  "Copyright ©2010-15 AP - United States America" -> "AP"; years, "All
  rights reserved" and "Syndicated content from ..." dropped), else from a
  masthead line, else from "Follow <Outlet> on Facebook" (only a name that
  reads like an outlet's: "Harbour FM", not "Jane Doe"). Never from prose.
* **Fast.** Compiled regexes behind cheap substring gates; a news article
  cleans in about a millisecond, language check included.

The rule cascade
----------------
First, photo credits are cut out of any line, keeping the rest of it
(``_strip_inline_credits``):

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

Then context-free rules run on each line, first match wins
(``_classify_line``):

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
Twitter/video embed boilerplate, "404"
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
demand" (not in reported speech)
"Read: ...", "Also read: ...", "Related:     teaser link
...", "You may also like: ...", "Watch:
...", "READ MORE: ...", "Click here ..."
"Related stories", "Other Top Stories:",     related-stories list (a list
"Trending", "Most read", "More in Nation",   header: see below)
"READ MORE" or "Related" alone, "ALSO:"
"Photo: ...", "Image: ...", "Getty Images",  photo credit
"/ Flickr", "cc by-sa 2.0", "REUTERS/X",
file names ("Jet_Su-34_3.jpg")
"By Jane Doe", "By The Associated Press",    byline
"(Reporting by ...; Editing by ...)", "...
contributed to this report.", "Source: ..."
"About <First Last>", "About the author"     author bio (a header: see below)
"Published: September 30, 2015", "Posted     publication date line (its date
on ... by admin", "Updated: ...", "First     becomes ``published`` when the
published on ...", "By X | Sep 30, 2015"     input gave none; "Published"
                                             wins over "Updated")
"This article was originally published on    republication note
...", "This story appears in ..."
==========================================  ==============================

Then rules that need context, in this order:

==========================================  ==============================
rule                                         reason recorded
==========================================  ==============================
a bare date line ("September 30, 2015",      publication date line
"Moscow, 30 Sep 2015") before the first
paragraph, after the last, or (date only)
in the first lines
the first headline-like line (3-25 words,    title (the line becomes
no final full stop, not a dateline like      ``Document.title``; a masthead
"WASHINGTON (AP) —") before the first        like "The Springfield Herald"
paragraph, when the input has no title       or "Bayview Courier | World"
                                             right above it is skipped)
before the first paragraph, a line of short  masthead (a date in it is a
capitalised names, dates and bylines split   date line: "Updated 14/03/2025"
by " | ", " - ", " • " ("Bayview Courier |   gives 2025-03-14; "03/04/2025"
World & Nation", "Northshore Gazette -       gives no date; a menu like
News - Updated 14/03/2025")                  "Home | News | Sport" stays
                                             navigation)
every kept line before the title ("World",   navigation
"Middle East"); without a title, only
1-2-word labels at the top
lines equal to the title (also to a          repeated headline
metadata title without its "| Site" part)
"<Title>, In a dramatic ..." (the title as   repeated headline (prefix
a prefix, a separator, then a new sentence)  only; the rest is kept)
a names-only byline between title and first  byline
paragraph ("Shaun Walker in Moscow and
Spencer Ackerman in Washington")
headline-like lines after a list header,     related-stories list
up to the first real paragraph
the paragraph after "About <Name>" that      author bio
reads like a bio ("<Name> is ...", "She
...")
a standalone line that the next paragraph    standfirst repeated in body
begins with
a line equal to an earlier kept line         duplicate line
after the last paragraph, from the end:      author bio / contact prompt /
bios ("Jane Doe is a staff writer for        advertisement / outlet promo /
..."), contact lines, appeals, programme     navigation (<= 4 words) /
plugs ("Hear more on Harbour FM Drive from   related-stories list
5pm."), and short non-sentence lines
("Good News") that do not read like prose
==========================================  ==============================

Finally: no kept line left -> ``NoArticleText`` (a text that is nothing but
its headline keeps the headline as its text); a body of >= 20 words that
``detect_language`` says is another language (confidence >= 0.3) and in
which under a fifth of the words are English stopwords ->
``UnsupportedLanguage``.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from .errors import NoArticleText, UnsupportedLanguage
from .language import detect_language, stopword_share
from .model import Document, RawDocument, Removed

__all__ = ["clean_document"]

# --------------------------------------------------------------------------- reasons

SEPARATOR = "separator"
AD = "advertisement"
CMS = "CMS artefact"
COPYRIGHT = "copyright"
COMMENTS = "comments prompt"
CONTACT = "contact prompt"
SOCIAL = "social prompt"
TEASER = "teaser link"
RELATED = "related-stories list"
NAV = "navigation"
PHOTO = "photo credit"
CAPTION = "photo caption"
BYLINE = "byline"
BIO = "author bio"
DATE_LINE = "publication date line"
REPUBLISHED = "republication note"
TITLE = "title"
REPEATED_HEADLINE = "repeated headline"
STANDFIRST = "standfirst repeated in body"
DUPLICATE = "duplicate line"
MASTHEAD = "masthead"
PROMO = "outlet promo"

# Language gate: only bodies long enough to judge, only clear verdicts.
_LANGUAGE_MIN_WORDS = 20
# A line that is only a date counts as the publication date this near the top.
_DATE_LINE_TOP_LINES = 8
_LANGUAGE_MIN_CONFIDENCE = 0.3
# English prose is about one third "the/and/of/..."; other languages' text a few percent.
_ENGLISH_STOPWORD_FLOOR = 0.2

# Whole-line furniture is short; longer lines are article text unless a rule
# says otherwise (cookie notices and bios can be long-ish, see their limits).
_MAX_FURNITURE_WORDS = 40
_MAX_HEADLINE_WORDS = 25
_MAX_LIST_ITEM_WORDS = 20
_MAX_TRAILING_JUNK_WORDS = 15

_I = re.IGNORECASE

# --------------------------------------------------------------------------- text helpers

_ZERO_WIDTH_RE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff]")
# Leading bullets, arrows and brackets, and trailing ones, do not change what a line is.
_PROBE_LEAD = " [(»›>→•·*#|~+-–—"
_PROBE_TRAIL = " ])»›>→•·*|:-–—"
_CLOSERS = "\"”’'»)]"
_HAS_ALNUM_RE = re.compile(r"[^\W_]")
_WORD_RE = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


def _norm_space(line: str) -> str:
    """Strip, and collapse runs of spaces, tabs, no-break and other Unicode spaces to one space."""
    return " ".join(line.split())


@lru_cache(maxsize=8192)
def _nwords(s: str) -> int:
    """Word count; cached because every rule asks it of the same lines (str hashes are cached too)."""
    return len(s.split())


def _ends_sentence(s: str) -> bool:
    """Ends like a sentence: '.', '!', '?' or '…', maybe inside closing quotes or brackets, or a closing quote."""
    if not s:
        return False
    if s[-1] in '"”’»':
        return True
    return s.rstrip(_CLOSERS).endswith((".", "!", "?", "…"))


def _probe(s: str) -> str:
    """The line without decoration ("» Read more »" -> "Read more")."""
    return s.lstrip(_PROBE_LEAD).rstrip(_PROBE_TRAIL)


def _key(s: str) -> str:
    """Comparison key: case-, quote- and punctuation-insensitive."""
    return " ".join(_WORD_RE.findall(s.casefold()))


def _is_paragraph(s: str) -> bool:
    """A line that reads like article prose rather than a label or headline.

    A question or exclamation of up to 15 words, or a line ending in an
    abbreviation ("... prison in L.A."), may still be a headline.
    """
    n = _nwords(s)
    if n > _MAX_HEADLINE_WORDS:
        return True
    if n < 8 or not _ends_sentence(s) or s.endswith(("...", "…")):
        return False
    core = s.rstrip(_CLOSERS)
    if core.endswith(("?", "!")):
        return n > 15
    return not _ABBREV_END_RE.search(core)


def _is_list_item(s: str) -> bool:
    """A line that looks like a linked headline in a related-stories box."""
    n = _nwords(s)
    if n == 0 or n > _MAX_LIST_ITEM_WORDS:
        return False
    return not s.endswith((".", ";", ",")) or s.endswith(("...", "…"))


# --------------------------------------------------------------------------- the line rules


def _phrases(block: str) -> frozenset[str]:
    """'a|b c|d' over several lines -> {'a', 'b c', 'd'}."""
    return frozenset(p.strip() for p in block.replace("\n", "|").split("|") if p.strip())


_NAV_WORDS = _phrases(
    """home|menu|main menu|to top|back to top|go to top|scroll to top|return to top|top|skip to content
    skip to main content|skip navigation|skip to navigation|next|previous|prev|next article|previous article
    next story|previous story|next post|previous post|older posts|newer posts|older|newer|print|print this
    print this article|print this page|print article|email|e-mail|email this|email this article|email article
    search|close|toggle navigation|navigation|sections|log in|login|sign in|sign out|log out|logout|register
    my account|account|more|show more|load more|see more|view more|see all|view all|expand|collapse
    privacy policy|privacy|terms of use|terms of service|terms and conditions|contact|contact us|about us
    sitemap|site map|advertise|advertise with us|careers|faq|help|rss|rss feed|back|go back|back to home
    homepage|home page|you are here|text size|font size|listen to this article|save|save article|bookmark
    gift article|jump to|reply|report|continue reading|keep reading|share this page|top of page|page top
    subscribe|subscribe now|newsletter|newsletters|copy this link|story highlights|reuse this content
    share this with|these are external links and will open in a new window|like this|like loading..."""
)
_PHOTO_WORDS = _phrases("photo|image|picture|pic|file photo|stock photo|photograph|credit")
_COUNT_TOKEN_RE = re.compile(r"\d[\d,.]*[km]?")
_COUNT_RE = re.compile(r"\d[\d,.]*[km]? (?:shares?|likes?|views?|reads?|retweets?|reactions?)$", _I)
_SOCIAL_TOKENS = frozenset(
    """facebook twitter x linkedin whatsapp pinterest reddit telegram messenger instagram youtube tiktok
    flipboard tumblr vk email e-mail mail print share shares shared tweet tweets pin copy link url sms
    comments comment google+ google on this article story via it with friends follow us like likes subscribe
    rss page post""".split()
)
_SOCIAL_PLATFORMS = frozenset(
    "facebook twitter linkedin whatsapp pinterest reddit telegram messenger instagram youtube tiktok "
    "flipboard tumblr vk share shares tweet".split()
)

_AD_PHRASE = (
    r"(?:advertisements?|advert|ads?|adchoices|ad feedback|report (?:this|an) ad|chatbutton"
    r"|sponsored(?: (?:content|links?|stories|story|posts?|by [\w&.' -]{1,40}))?"
    r"|paid (?:content|post|partnership)|promoted(?: (?:content|stories|links))?|partner content"
    r"|scroll (?:down )?to continue(?: with content| reading)?"
    r"|(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?"
    r"|continue reading (?:below|the main story|after (?:the )?(?:advertisement|ad)))"
)
# One or several chained: "Advertisement Continue reading the main story".
_AD_WHOLE_RE = re.compile(_AD_PHRASE + r"(?:\W+" + _AD_PHRASE + r")*", _I)
_AD_START_RE = re.compile(
    r"^(?:ask us about\b|since you[’']re here\b|(?:…|\.\.\.)?\s*we have a small favou?r to ask"
    r"|(?:please )?(?:consider )?support(?:ing)? (?:our|independent|quality) journalism"
    r"|(?:make|making) a (?:contribution|donation)\b|become a (?:member|supporter|subscriber|patron)\b"
    r"|donate (?:now|today)\b|support us\b)",
    _I,
)
# Reader-revenue appeals run on over several paragraphs; after the last paragraph these give them away.
_APPEAL_RE = re.compile(
    r"for as little as|only takes a minute|help(?:s)? (?:to )?fund (?:it|our|us)|support (?:the|our) "
    r"(?:journalism|newsroom|work)|thank you for (?:reading|your support)|reader[- ]funded|independent journalism",
    _I,
)
# "Sponsored by Russia, the resolution failed." is a sentence: these only as unpunctuated labels.
_AD_LABEL_RE = re.compile(r"^(?:brought to you by|presented by|sponsored by|in partnership with)\b", _I)
_SPAM_RE = re.compile(
    r"binary options?|work(?:ing)? from home|make money|\bearn \$|chatbutton"
    r"|\$[\d,]+ (?:a|per) (?:day|week|month|year)\b|free (?:trial|report|e-?book|webinar|consultation)\b"
    r"|financial advice program|crypto (?:signals|trading bot)",
    _I,
)
# CMS leftovers: most are whole lines (match at the start); a few sit anywhere in a short line.
_CMS_START_RE = re.compile(
    r"(?:please )?publish modules in|(?:you need|please|you must) (?:to )?enable javascript|you need javascript"
    r"|javascript (?:is )?(?:disabled|required|must be enabled|is not enabled)|your browser does not support"
    r"|(?:your )?browser (?:is )?(?:out of date|not supported)|(?:please )?update your browser"
    r"|media playback is (?:unsupported|not supported)|this (?:video|content|embed|media|element) (?:is )?"
    r"(?:not available|unavailable|cannot be (?:played|displayed)|requires)|loading(?:\.\.\.|…)?$"
    r"|click to (?:enlarge|expand|play)|tap to (?:enlarge|expand)|(?:hide|toggle|show) caption$|enlarge this image"
    r"|(?:image|photo|slide|picture) \d+ (?:of|/) \d+$|\d+ min(?:ute)?s? read$|reading time:?\s*\d"
    r"|there was an error (?:loading|processing|playing|displaying|with (?:your|the) (?:request|video))"
    r"|please try again later\.?$|embed(?: code)?$|this (?:article|story|content) is (?:only )?(?:for|available to)"
    r" (?:subscribers|members)|you have (?:reached|read) (?:your|the) (?:limit|maximum)|already a subscriber"
    r"|tweet with a location|add a location to your tweets|you can add location information to your tweets"
    r"|you always have the option to delete your tweet location|we['’]ve detected that javascript"
    r"|would you like to proceed to legacy twitter|enlarge (?:this )?image\b|(?-i:CLOSE )"
    r"|(?:error )?404(?:\W+(?:error|page not found|not found))*\W*$|page not found"
    r"|(?:sorry, )?(?:the|this) page (?:you requested |you are looking for )?"
    r"(?:could not be found|does not exist|cannot be found|is not available)"
    r"|subscribe to (?:continue|keep) reading|(?:log in|sign in|subscribe) to continue|create a free account"
    r"|copy link$|link copied|view this post on instagram"
    r"|a post shared by|this entry was posted in|(?:error|warning|notice): .* on line \d+"
    r"|(?:this (?:web)?site|we|our (?:web)?site) uses? cookies|by (?:continuing to (?:use|browse)|using) "
    r"(?:this|our) (?:site|website)|(?:accept|reject|manage|allow) (?:all )?cookies"
    # embed and web-archive notices that come with saved or archived pages
    r"|when you tweet with a location|interested in [^?]{1,80}\? add [^.]{1,80} as an interest"
    r"|starting in \d{4}, alexa internet has been donating|these crawls are part of an effort to archive"
    r"|crawls of supported \W?no more 404|this is a set of web collections curated by|warczone is a collection"
    r"|below is the uncorrected machine-read text",
    _I,
)
_CMS_ANY_RE = re.compile(
    r"publish modules in|enable javascript|copy this code to your (?:website|site|blog)|\bimage:\d+:"
    r"|\[/?caption\b|\{\{[^}]*\}\}|\{%|<!--|-->"
    r"|cookie (?:policy|settings|preferences|consent|notice)",
    _I,
)
# "Copyright law ..." is a sentence; "Copyright 2015 AP", "Copyright ©2010-15 AP" and "© Reuters" are not.
_COPYRIGHT_START_RE = re.compile(
    r"copyright\s*(?:©|\(c\)|&copy;|\d|by\b)|\(c\)\s*\d|©|this material may not be "
    r"(?:published|reproduced)|no part of this (?:publication|article|website|site|material|content)"
    r"|unauthori[sz]ed (?:reproduction|redistribution|copying)\b",
    _I,
)
_RIGHTS_RESERVED_RE = re.compile(r"\ball rights reserved\b", _I)
# "Copyright The Associated Press" is a label; "Copyright Office officials said ..." is a sentence.
_COPYRIGHT_NAME_RE = re.compile(r"(?i:copyright)\s+[A-Z]")
_COPYRIGHT_SIGN_RE = re.compile(r"©\s*(?:\d{4}|[A-Z])")
_COMMENTS_RE = re.compile(
    r"^(?:comments? (?:are|is) (?:now )?closed|comments? closed|\d[\d,]* (?:comments?|responses?|replies)$"
    r"|comments?(?: \(\d+\))?$|no comments?(?: yet)?$|be the first to (?:comment|reply)|you must be logged in"
    r"|log ?in to (?:comment|reply)|let us know (?:what you think )?in the comments|what do you think\?$"
    r"|sort by\b.{0,20}$|newest first$|oldest first$|discussion closed|commenting (?:is|has been) (?:closed|disabled)"
    r"|have your say$|(?:join|start) the (?:conversation|discussion|debate)$|\d+ (?:thoughts|responses|replies|"
    r"comments) (?:on|to)\b|your email address will not be published|required fields are marked)",
    _I,
)
# Verb + "comment" reads like a sentence too ("Post a reply within 30 days ..."): short or unpunctuated only.
_COMMENTS_VERB_RE = re.compile(
    r"^(?:leave|post|add|write|submit|view|show|hide|read|load|see|join) (?:a |the |your |all |our )?(?:\d+ )?"
    r"(?:comments?|reply|replies|responses?|conversation|discussion)\b",
    _I,
)
_CONTACT_RE = re.compile(
    r"(?:please )?feel free to (?:contact|send|reach|email|e-mail|get in touch|write|call|ask)"
    r"|for (?:media )?(?:inquiries|enquiries)|media (?:inquiries|enquiries)|press contact|have a (?:news )?tip"
    r"|got a (?:news )?tip|send (?:us )?(?:your )?(?:news )?tips|do you have (?:a story|information|a tip)"
    r"|(?:contact|email|e-mail|reach|write to) (?:us|the (?:author|reporter|writer|editor|newsroom))\b"
    r"|to contact the (?:author|reporter|writer|editor)",
    _I,
)
# Calls to readers for stories and tips: "Got a story? Message the newsroom on WhatsApp.", "Have you got a
# news tip?", "Share your story with us", "Were you there? Get in touch." (never in reported speech)
_READER_PROMPT_RE = re.compile(
    r"^(?:(?:have you )?got (?:a |any )?(?:news )?(?:story|stories|tips?)\b|have (?:a|any) (?:news )?(?:story|stories)"
    r" (?:for us|to (?:tell|share))|do you have (?:a |any )?(?:news )?(?:story|stories|tips?|photos|pictures|video)"
    r"|do you know (?:more|something)\b.{0,60}\?|know something we (?:don[’']?t|do not)\b"
    r"|(?:message|whatsapp|text|email|e-mail|call|phone|ring|contact|tip off|get in touch with) (?:the|our) "
    r"(?:newsroom|news ?desk|news team|editors?|(?:[\w&'’-]+ ){0,3}(?:newsroom|news ?desk|news team))\b"
    r"|(?:share|send us|tell us|email us|e-mail us|send in) your (?:news |own )?(?:story|stories|tips?|photos|"
    r"pictures|videos|footage|experiences?)\b|tell us your story"
    r"|(?:were|are) you (?:there|affected|involved|a witness|caught up in (?:it|this))\b[^.!?]{0,60}\?\s*"
    r"(?:$|(?:please )?(?:get in touch|contact|e-?mail|message|tell|share|send|call|text|whatsapp|let us know)\b))",
    _I,
)
# Reported speech: "..., officials urged." is a sentence of the article, whatever its first words.
_REPORTED_RE = re.compile(
    r"\b(?:said|says|told|tells|urged|urges|warned|warns|advised|advises|added|asked|asks|wrote|writes|announced"
    r"|explained|according to)\b",
    _I,
)
# Phrases an article can quote ("If you have any questions, call your doctor"): labels, or addressed to "us".
_CONTACT_WEAK_RE = re.compile(
    r"(?:if you have any (?:questions|queries|comments|feedback|tips|news)|get in touch|for (?:more|further) "
    r"information)(?:(?!\b(?:us|our|this (?:post|article|story|site))\b).)*(?:\b(?:us|our|this (?:post|article|"
    r"story|site))\b|[^.!?…\"”’]$)",
    _I,
)
_CONTACT_ANY_RE = re.compile(
    r"\bquestions regarding this (?:post|article|story)\b|\byou can contact (?:on|at|us)\b", _I
)
# "Contact Jane Doe at jdoe@herald.com or 555-123-4567": a contact verb, then an address, handle or phone.
_CONTACT_LINE_RE = re.compile(
    r"^(?:contact|reach|email|e-mail|write to|call|text|follow|tweet)\b.{0,120}?"
    r"(?:[\w.+-]+@[\w-]+\.\w|(?<!\w)@\w{2,}|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})",
    _I,
)
_SOCIAL_RE = re.compile(
    r"^(?:connect with us|stay connected|follow us\b|follow (?:him|her|them|me)\b|follow @|"
    r"follow [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b"
    r"|like us on|find us on|join us on|share (?:this|the) (?:story|article|post|page|link|video)|share this\b"
    r"|share on\b|share via\b|share with (?:friends|your)|click to (?:share|tweet)|tweet this|pin it\b"
    r"|subscribe (?:to|for|now|today|here)\b|sign up (?:for|to) (?:our|the|a|free|daily|weekly|breaking|email|"
    r"e-mail|newsletter)|sign up (?:now|here|today)\b|get (?:our|the) (?:free )?(?:\w+ )?newsletter|"
    r"get the latest (?:news|headlines|updates|stories)|get (?:daily|weekly|breaking|free|our) (?:[\w-]+ ){0,3}"
    r"(?:updates|news|headlines|alerts|newsletters?)\b|thanks? (?:you )?for subscribing"
    r"|(?:enter|your) e-?mail address|we respect your privacy"
    r"|download (?:our|the) (?:free )?app|get (?:our|the) app|join (?:our|the) (?:mailing list|newsletter|community)"
    r"|(?:don[’']?t|never) miss (?:a|an) (?:story|update|thing))",
    _I,
)
# Newsletter prompts: a "Newsletter:" label, or a short line that offers something "in your inbox", or a
# line that ends on the button ("... every weekday morning. Sign up").
_NEWSLETTER_LABEL_RE = re.compile(
    r"^(?:(?:free |daily |weekly |morning |evening |email |e-mail )?(?:newsletters?|briefings?)"
    r"|(?:the )?(?:morning|evening|daily|weekly) (?:briefing|email|digest))\s*(?::|\||[-–—]\s)\s*\S",
    _I,
)
_INBOX = r"(?:in|to|into|straight to|direct(?:ly)? to) your (?:e-?mail )?inbox\b"
_INBOX_RE = re.compile(r"\b" + _INBOX, _I)
# A sentence only loses out when it opens as the offer: "Get the best of X delivered to your inbox."
_INBOX_START_RE = re.compile(
    r"^(?:(?:sign up|subscribe|register)\b|(?:get|receive|have|enjoy|want)\b)[^.!?]{0,100}?" + _INBOX, _I
)
_INBOX_CUE_RE = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|newsletters?|briefing|digest|delivered|get|receive|enter your)\b", _I
)
_SIGN_UP_END_RE = re.compile(
    r"(?:[.!?:|»›>→]|\s[-–—])\s*(?-i:Sign up|Sign Up|SIGN UP|Subscribe|SUBSCRIBE|Register)"
    r"(?: (?:now|here|today|for free|free))?\W*$",
    _I,
)
# Outlet promos: the station or site advertising its own programmes, players and apps. Strong shapes
# anywhere; a programme-and-time plug ("Hear more on Drive from 5pm") only after the last paragraph.
_PROMO_RE = re.compile(
    r"^(?:(?:for more(?: on this(?: story)?)?|you can(?: also)?|to (?:hear|see) more),? )?(?:"
    r"(?:listen|watch|hear|see|catch|stream|view)(?: again| back| now)?(?: to)? (?:the |our |this |his |her |their "
    r"|an? )?(?:full|whole|complete|extended|entire|uncut|unedited)(?: [\w'’-]+){0,2} (?:interview|report|story|"
    r"programme|program|show|segment|episode|conversation|coverage|documentary|broadcast|video|podcast|bulletin|"
    r"discussion|debate|clip|speech|statement|press conference|briefing|match|game|highlights)\b"
    r"|(?:listen|watch|tune in|stream)(?: (?:live|again|now|online|back|in full))+\W*$"
    r"|(?:listen|watch|hear|see)(?: to)? (?:the |this |our )?(?:video|interview|report|clip|footage|audio|"
    r"podcast)(?: [\w'’-]+){0,3} (?:above|below)\b"
    r"|(?:listen|watch|catch up|stream|hear)\b.{0,60}?\b(?:on demand|on catch-?up|on (?:our|the) (?:[\w&'’.-]+ )"
    r"{0,3}(?:app|website|site|player|channel|podcast)|i ?player)\b"
    r"|download (?:our|the) (?:[\w&'’.-]+ ){0,4}app\b|get (?:our|the) (?:[\w&'’.-]+ ){0,4}app\b"
    r")",
    _I,
)
_PROMO_TAIL_RE = re.compile(r"^(?:listen|watch|tune in|hear more|hear|catch up|catch|stream)\b", _I)
# A programme, a station or a channel ("Harbour FM Drive", "Channel 9 News"), or a time on air.
_BROADCAST_RE = re.compile(
    r"(?-i:\b(?:FM|AM|DAB|Radio|TV|Television|Channel|News|Drive(?:time)?|Breakfast|Podcast|Live|Tonight|Today|"
    r"Hour|Show|Programme|Program|Bulletin|Sounds|App)\b)|\b(?:our|the) (?:station|channel|website|app|podcast|"
    r"stream|player)\b",
    _I,
)
# "... from 5pm": with "Listen"/"Tune in"/"Hear" a time on air; "Watch the skies from 9pm" may be advice.
_AIRTIME_RE = re.compile(r"\b(?:from|at|after|before|until) \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", _I)
_AIRTIME_VERB_RE = re.compile(r"^(?:listen|tune in|hear)\b", _I)

_TEASER_RE = re.compile(
    r"^(?:also read|read also|read more|read|more|see also|see|related(?: (?:story|stories|article|articles|"
    r"content|coverage|links?|news|reading|video|topics?))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested"
    r" in)|don[’']?t miss|do not miss|recommended(?: (?:reading|for you|stories|articles|video))?|watch(?: (?:now|"
    r"more|video|live|the video))?|listen(?: (?:now|here))?|podcast|must[- ]read|must[- ]watch|editor[’']?s picks?"
    r"|further reading|more on (?:this|that)(?: (?:story|topic))?|trending|in case you missed it|icymi"
    r"|explore more|keep reading|previously|up next|next up|photos|gallery|in pictures)"
    r"(?:\s*(?::|\||»|›|>|→)|\s+[-–—])\s*\S",  # "Read: X", "Read - X"; not "Read-across ..."
    _I,
)
_TEASER_LOOSE_RE = re.compile(r"^(?:read more|click here|tap here|continue reading)\b", _I)
_LIST_HEADER_RE = re.compile(
    r"^(?:also|read (?:more|next|also)|also read|what to read next|see also|related|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in)|don[’']?t miss|do not miss|must read|further reading|in other news|icymi|"
    r"(?:related )?topics|tags|more on this (?:story|topic)|related (?:topics|internet links)|"
    r"watch(?: now| more| video| the video)?|listen(?: now)?|videos?|photos|gallery|in pictures|"
    r"in case you missed it|trending(?: now| stories| topics)?|popular(?: now)?|recommended(?: for you)?|"
    r"most (?:read|popular|viewed|shared|commented|emailed|watched)|editor[’']?s picks?|around the web|"
    r"from the web|from our partners|people also read|what others are reading|more to explore|up next|"
    r"(?:also|more) (?:from|on|in) [\w’'&.\- ]{1,40}|elsewhere on [\w’'&.\- ]{1,30}|"
    r"(?:other |more |top |latest |related |popular |recent |similar |featured |recommended |trending |breaking |"
    r"suggested |sponsored |promoted |most popular |most read )+(?:stories|story|news|articles|posts|headlines|"
    r"reads|videos|links|content|coverage|topics|reading)(?: (?:for you|you may like|this week|today|now|right "
    r"now|from [\w’'&.\- ]{1,30}|on [\w’'&.\- ]{1,30}|in [\w’'&.\- ]{1,30}))?)$",
    _I,
)
# "More in Nation": navigation rather than a teaser, and a list header too.
_MORE_IN_RE = re.compile(r"^more (?:in|from|on|about|of) [A-Z\d]", _I)
_NAV_PREFIX_RE = re.compile(
    r"^(?:(?:from|in|more from) the section\b|(?:tags?|topics?|tagged(?: with)?|filed under|categories|category"
    r"|keywords|labels|you are here|previous (?:article|story|post)|next (?:article|story|post)|up next|next)\s*:)",
    _I,
)
_POSTED_IN_RE = re.compile(r"^posted in\b", _I)
_BREADCRUMB_SEP_RE = re.compile(r"\s*[»›→]\s*|\s+[>|/]\s+")
_PAGE_NUMBER_RE = re.compile(r"^(?:page )?\d{1,3}(?: (?:of|/) \d{1,3})?$", _I)

# Agency names are matched case-sensitively: "REUTERS/Yuri Gripas" is a credit, "Reuters/Ipsos poll" is not.
_CREDIT_AGENCY = (
    r"(?-i:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Getty|Flickr|Shutterstock|Sputnik|TASS|Xinhua|Anadolu|"
    r"Alamy|Bloomberg|NurPhoto|SOPA|ZUMA|Wikimedia|iStock|PA)"
)
_CREDIT_AGENCY_FIRST = r"(?-i:AP|AFP|EPA|REUTERS|Getty Images|Sputnik|TASS|Xinhua|Anadolu|Alamy|NurPhoto|SOPA|ZUMA)"
_PHOTO_PREFIX_RE = re.compile(
    r"^(?:(?:AP|AFP|EPA|Reuters|Getty|File|Staff|Stock|Main|Top|Featured|Header|Lead|Cover|Hero)\s+)?"
    r"(?:photo(?:graph)?|picture|pic|image|illustration|graphic|credit|caption|photo illustration)s?"
    r"(?:\s+(?:credit|by|courtesy|source|copyright|caption|of))?\s*(?::|\||–|—|\s-\s|/|\bby\b|\bcourtesy\b|©)",
    _I,
)
_CAPTION_PREFIX_RE = re.compile(r"^(?:image|photo|picture|media|video) caption\b", _I)
# AP-style captions: "FILE - In this Aug. 11, 2015 file photo, ...", "In this photo taken Sept. 30, ...".
_AP_CAPTION_RE = re.compile(
    r"^(?-i:FILE)\s*[-–—]\s|^in this (?:[\w.,'’-]+ ){0,8}?(?:file )?(?:photo|photograph|image|picture|frame grab)"
    r"(?:s)?\b(?: (?:taken|provided|released|made|shot|from|by)\b|,)",
    _I,
)
_CREDIT_MARKER_RE = re.compile(
    r"(?-i:Getty Images|\bFlickr\b|Shutterstock|Creative Commons|Wikimedia|\bAP Photo\b|\bAFP Photo\b"
    r"|\biStock|\bAlamy\b|\bPA (?:Images|Wire|Media)\b|\bREUTERS/|\bvia Getty\b)"
    r"|\bcc[ -]by\b|/\s*" + _CREDIT_AGENCY + r"\b"
    r"|\bphoto(?:graph)? by\b|\bphoto credit\b|\bimage credit\b|\bimage copyright\b|\bcourtesy (?:of|photo)\b",
    _I,
)
_FILENAME_RE = re.compile(r"\b\w+_\w+_\w+|\S+\.(?:jpe?g|png|gif|webp|tiff?)\b", _I)
_INLINE_CREDIT_RE = re.compile(
    r"[(\[]\s*(?:(?:(?:AP|AFP|EPA|Reuters|REUTERS|Getty|File|Staff|Stock)\s+)?(?:photo(?:graph)?|picture|pic|image)s?"
    r"(?:\s+(?:credit|by|courtesy))?\s*(?::|/|\||\s*[-–—]\s|\bby\b|\bcourtesy\b|\bcredit\b)"
    r"|(?:credit|courtesy)\s*:|courtesy of\b"
    r"|[^()\[\]]{0,60}/\s*" + _CREDIT_AGENCY + r"\b|" + _CREDIT_AGENCY_FIRST + r"\s*/"
    r")[^()\[\]]{0,160}[)\]]",
    _I,
)

# After a sentence, at the end of a caption line: "... network. REUTERS/Eric Thayer".
_TRAILING_CREDIT_RE = re.compile(
    r"(?<=[.!?”\"])\s+(?:(?:photo(?:graph)?|image|picture|pic|credit)s?\s*:\s*[^.!?]{1,80}"
    r"|(?-i:pic|Pic|Photo|Picture)\s+(?:by\s+)?(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
    r"|(?-i:REUTERS|AFP|AP|EPA|AAP|XINHUA)/[^.!?]{1,60}"
    r"|[^.!?]{1,60}/\s*(?-i:Getty Images|Reuters|REUTERS|AP|AFP|EPA|PA|Shutterstock|Flickr|Bloomberg|ZUMA\w*)"
    r"|(?-i:Getty Images|AFP/Getty Images|AFP|REUTERS))$"
    r"|(?:\s+i\b)*\s+i?(?:toggle|hide) caption\b.*$",
    _I,
)
_CREDIT_HINTS = ("hoto", "mage", "icture", "ic ", "redit", "Getty", "AFP", "REUTERS", "caption", "Caption")
# Labels glued to the front of a paragraph by the scraper.
_LEADING_LABEL_RE = re.compile(
    r"^(?:(?-i:Story highlights|Advertisement|ADVERTISEMENT)(?: Continue reading the main story)?)\s+(?=[\"“‘'A-Z0-9])"
)
_NAME = r"[A-Z][\w'’.\-]*"
_BYLINE_RE = re.compile(
    r"^(?:by|written by|words by|story by|text by|reported by|posted by|author)\s*:?\s+(?P<rest>.+)$", _I
)
_BYLINE_CREDIT_RE = re.compile(
    r"\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|compilation|research|translation|translated|"
    r"produced|graphics|interactive|photos|video|fact-checking) by\b|contributing:|\(?\s*(?:with )?additional "
    r"reporting\b|source\s*:",
    _I,
)
_CONTRIBUTED_RE = re.compile(r"contributed (?:reporting )?to this (?:report|story|article)\.?\)?$", _I)
_BYLINE_OK_LOWER = frozenset(
    """and of the for in at with from to staff writer writers reporter reporters correspondent correspondents
    editor editors contributor contributors special senior chief political foreign news admin desk team
    agency agencies wire service bureau columnist journalist producer photographer analyst contributing""".split()
)
_NOT_NAMES = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december then now this that these those it its far contrast
    comparison way law default design nature noon midnight dawn night day tonight today tomorrow yesterday
    early late end midday afternoon evening morning all some most christmas easter""".split()
)
# "Shaun Walker in Moscow and Spencer Ackerman in Washington": a byline without "By" (header zone only).
_PERSON = _NAME + r"(?: " + _NAME + r"){1,3}"
_NAME_BYLINE_RE = re.compile(
    r"^(?!(?:With|The|In|On|At|For|From|And|But|Starring|Directed|Produced|Written)\b)"
    + _PERSON
    + r"(?: in "
    + _NAME
    + r"(?: "
    + _NAME
    + r")?)?"
    r"(?:(?:,| and| &) " + _PERSON + r"(?: in " + _NAME + r"(?: " + _NAME + r")?)?)*"
    r"(?:,? (?:for |of )?" + _NAME + r"(?: " + _NAME + r"){0,3})?$"
)
_ABOUT_HEADER_RE = re.compile(
    r"^(?i:about (?:the )?(?:authors?|writers?|reporters?|columnists?|contributors?))$"
    r"|^(?:About|ABOUT) (?P<name>" + _NAME + r"(?: (?:" + _NAME + r"|de|van|von|der|al|bin|da|di|la|le)){1,3})$"
)
_THE_AUTHOR_RE = re.compile(r"^the (?:author|writer|columnist|reporter)s? (?:is|are|was|were|has|have|teaches)\b", _I)
_BIO_ROLE = (
    r"(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|analyst|"
    r"freelancer|intern|fellow|photographer|photojournalist|blogger|anchor|host|critic|commentator)"
)
# "Jane Doe is a staff writer for The Herald." Present tense only: "Smith was a reporter for
# 30 years" is how an obituary ends, not a bio.
_BIO_LINE_RE = re.compile(
    r"^" + _NAME + r"(?:\s+" + _NAME + r"){0,3}\s+(?:is|serves as|covers|writes)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w,'’\-]+\s+){0,6}?"
    + _BIO_ROLE
    + r"s?(?=\s+(?:for|at|with|based|covering|in|on)\b|[.,;]|$)"
)
_BIO_NEXT_RE = re.compile(
    r"^(?:He|She|They|His|Her|Their)\b|\b(?:is|was|has been) (?:an?|the) (?:[\w,'’\-]+ ){0,6}?" + _BIO_ROLE,
)
_REPUBLISHED_RE = re.compile(
    r"^this (?:story|article) appears in\b|^this (?:article|story|post|piece|column) (?:was )?(?:originally |first )?"
    r"(?:appeared|published|ran|posted)\b|^(?:originally|first) (?:appeared|published) (?:on|in|at)\b",
    _I,
)

# ------------------------------------------------------------------ dates

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
    "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
    "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MONTH = r"(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")"
_DATE_RES = (
    re.compile(_MONTH + r"\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})\b", _I),
    re.compile(r"\b(?P<d>\d{1,2})(?:st|nd|rd|th)?(?:\s+of)?[\s\-]+" + _MONTH + r"\.?,?[\s\-]+(?P<y>\d{4})\b", _I),
    re.compile(r"\b(?P<y>\d{4})[-/.](?P<m>\d{1,2})[-/.](?P<d>\d{1,2})(?:\b|(?=T\d))"),
    re.compile(r"\b(?P<a>\d{1,2})(?P<sep>[./\-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4})\b"),
)
_DATE_KW_RE = re.compile(
    r"^(?P<kw>published|first published|originally published|posted|updated|last updated|last modified|"
    r"modified|created|dated|date|released|issued|publication date|pub(?:lished)? date|"
    r"(?:this )?(?:article|story|page) (?:was )?(?:published|updated|last updated))"
    r"(?:\s+(?:on|at))?(?:\s*[:|\-–—]\s*|\s+)(?P<rest>.+)$",
    _I,
)
_DATE_FILLER_RE = re.compile(
    r"\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?!\w)"
    r"|\b(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\b\.?"
    r"|(?-i:\b(?:[A-Z]{1,3}[SD]?T|UTC|GMT|BST|CET|CEST|EET|EEST|MSK|IST|JST|AEST|AEDT|ET|PT|CT|MT)\b)"
    r"|(?:UTC|GMT)?[+\-]\d{1,2}(?::?\d{2})?\b|\b(?:published|first|originally|posted|updated|last|modified|"
    r"on|at|and|created|date|dated|released|issued)\b|T\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?Z?",
    _I,
)
_DIGIT_RE = re.compile(r"\d")
_MONTH_WORD_RE = re.compile(r"\b" + _MONTH + r"\b", _I)
_RELATIVE_DATE_RE = re.compile(
    r"\b(?:(?:about|around|over)\s+)?(?:\d+|an?|one|a few)\s+(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?"
    r"|weeks?|months?)\s+ago\b|\btoday\b|\byesterday\b|\bjust now\b",
    _I,
)
_DATE_BY_RE = re.compile(r"\bby\s+(?:[A-Z][\w.'’-]*|admin|staff)(?:\s+[A-Z][\w.'’-]*){0,3}", _I)
_SEGMENT_SEP_RE = re.compile(r"\s+(?:\||•|·|—|–|-)\s+|\s*\|\s*")
_UPDATED_KW = ("updated", "last updated", "last modified", "modified")


def _date_from_match(m: re.Match[str]) -> dt.date | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        if g.get("mon"):
            month = _MONTHS[g["mon"].lower()]
            day = int(g["d"])
        elif g.get("m"):
            month, day = int(g["m"]), int(g["d"])
        else:
            a, b = int(g["a"]), int(g["b"])
            if g["sep"] == "." or a > 12:  # dotted dates are day-first; 30/09 can only be day-first
                day, month = a, b
            elif b > 12:
                month, day = a, b
            else:  # 03/04/2015 is ambiguous: never guess
                return None
        if not 1900 <= year <= 2100:
            return None
        return dt.date(year, month, day)
    except (ValueError, KeyError):
        return None


def _find_dates(s: str) -> tuple[list[dt.date], str, bool]:
    """(dates found, ``s`` without them, whether any date-like text was found)."""
    found: list[dt.date] = []
    any_match = False
    for regex in _DATE_RES:
        while (m := regex.search(s)) is not None:
            any_match = True
            d = _date_from_match(m)
            if d is not None:
                found.append(d)
            s = s[: m.start()] + " " + s[m.end() :]
    return found, s, any_match


def _leftover_words(s: str) -> int:
    rest = _DATE_FILLER_RE.sub(" ", s)
    return sum(1 for w in rest.split() if _HAS_ALNUM_RE.search(w))


_dateparser_settings: dict[str, Any] = {"STRICT_PARSING": True, "REQUIRE_PARTS": ["day", "month", "year"]}


def _dateparser_date(s: str) -> dt.date | None:
    """Last resort for stated dates our regexes do not know; imported only when needed (slow import)."""
    import dateparser

    try:
        parsed = dateparser.parse(s, languages=["en"], settings=_dateparser_settings)
    except Exception:  # dateparser raises assorted errors on odd input; a date we cannot read is no date
        return None
    return parsed.date() if parsed is not None else None


@dataclass(slots=True)
class _DateLine:
    date: dt.date | None
    updated: bool  # an "Updated:" date is only used when no publication date is stated


def _parse_date_line(text: str, bare_ok: bool, strict: bool = False) -> _DateLine | None:
    """Recognise a line that only states when the article was published or updated.

    ``bare_ok``: accept a date with no "Published:" keyword (only where the
    caller knows the line sits in the header or the footer); ``strict``: a
    bare date must then be the whole line (times and weekdays aside).
    """
    if len(text) > 160 or _nwords(text) > 16:
        return None
    if not _DIGIT_RE.search(text) and not _RELATIVE_DATE_RE.search(text):
        return None
    m = _DATE_KW_RE.match(text)
    if m:
        kw = m.group("kw").lower()
        rest = m.group("rest")
        updated = kw in _UPDATED_KW or kw.endswith("updated")
        dates, leftover, matched = _find_dates(rest)
        if matched:
            # "Posted on Sep 30, 2015 by admin" is a date line; "Issued 30 September 2015, the order
            # required ..." is a sentence.
            if _leftover_words(_DATE_BY_RE.sub(" ", leftover, count=1)) <= 1:
                return _DateLine(dates[0] if dates else None, updated)
            return None
        if _leftover_words(_RELATIVE_DATE_RE.sub(" ", rest)) == 0:
            return _DateLine(None, updated)  # "3 hours ago": stated, but no date we may use
        if _nwords(rest) <= 8 and _MONTH_WORD_RE.search(rest) and _DIGIT_RE.search(rest):
            d = _dateparser_date(rest)
            if d is not None:
                return _DateLine(d, updated)
        return None
    if not bare_ok:
        return None
    dates, leftover, matched = _find_dates(text)
    if matched and _leftover_words(leftover) <= (0 if strict else 2):  # "Moscow, September 30, 2015"
        return _DateLine(dates[0] if dates else None, False)
    return None


# ------------------------------------------------------------------ bylines


def _is_byline(text: str) -> bool:
    """'By Jane Doe', 'By JANE DOE, Associated Press', 'By The Associated Press' - not 'By Monday, ...'."""
    if _nwords(text) > 14:
        return False
    m = _BYLINE_RE.match(text)
    if not m:
        return False
    rest = m.group("rest").strip()
    if text.endswith(".") and _nwords(rest) > 4 and not rest.endswith(("Jr.", "Sr.")):
        return False
    words = rest.replace(",", " , ").split()
    if not words:
        return False
    first = words[0].strip("“\"'‘")
    if not first[:1].isupper() or first.lower().strip(".") in _NOT_NAMES:
        return False
    if first.lower() == "the" and (len(words) < 2 or not words[1][:1].isupper()):
        return False
    for w in words:
        core = w.strip(",.;:()[]|•·-–—")
        if not core or "@" in core or core[:1].isupper() or core[:1].isdigit():
            continue
        if core.lower() in _BYLINE_OK_LOWER or core.lower() in ("de", "van", "von", "der", "al", "bin", "da", "la"):
            continue
        return False
    return True


# ------------------------------------------------------------------ classification


# Cheap substring gates in front of the unanchored searches: most lines contain none of these,
# and a substring test costs a fraction of a regex scan.
_SPAM_HINTS = ("binary", "from home", "money", "earn", "$", "free", "advice", "crypto", "chatbutton")
_CMS_HINTS = ("modules", "javascript", "code to your", "image:", "caption", "{", "<!--", "-->", "cookie")
_CREDIT_HINTS_LOW = (
    "/", "getty", "flickr", "shutter", "cc", "commons", "wikimedia", "photo", "stock", "alamy", "pa ",
    "courtesy", "image", "credit", "_", ".jp", ".png", ".gif", ".webp", ".tif",
)  # fmt: skip


def _hinted(low: str, hints: tuple[str, ...]) -> bool:
    return any(h in low for h in hints)


def _is_icon_row(probe: str) -> bool:
    first = probe.split(None, 1)[0].strip(".,:;!|/()[]•·-–—").lower() if probe else ""
    if first not in _SOCIAL_TOKENS and not first[:1].isdigit():
        return False
    words = [w.strip(".,:;!|/()[]•·-–—").lower() for w in probe.split()]
    words = [w for w in words if w and not _COUNT_TOKEN_RE.fullmatch(w)]  # "936 SHARES Share Tweet"
    if not words or len(words) > 15:
        return False
    return all(w in _SOCIAL_TOKENS for w in words) and any(w in _SOCIAL_PLATFORMS for w in words)


def _is_breadcrumb(probe: str) -> bool:
    if not any(c in probe for c in "»›→>|/"):
        return False
    parts = [p for p in _BREADCRUMB_SEP_RE.split(probe) if p]
    if len(parts) < 2 or any(_nwords(p) > 4 for p in parts):
        return False
    if not _BREADCRUMB_SEP_RE.search(probe):
        return False
    return len(parts) >= 3 or parts[0].lower() in ("home", "start", "news")


# First words that may open a newsletter label, an outlet promo or a reader prompt: a set lookup keeps
# their regexes off the ordinary line.
_NEWSLETTER_FIRST = frozenset("free daily weekly morning evening email e-mail newsletter newsletters briefing "
                              "briefings the".split())  # fmt: skip
_PROMO_FIRST = frozenset("for you to listen watch hear see catch stream view tune download get".split())
_READER_FIRST = frozenset(
    "have got do know message whatsapp text email e-mail call phone ring contact tip get share send tell were "
    "are".split()
)


def _is_newsletter_prompt(probe: str, low: str, first: str, n: int, prose: bool) -> bool:
    """'Newsletter: Get X in your inbox ... Sign up', 'Get the best of X delivered to your inbox.'"""
    if n > 40:
        return False
    if first in _NEWSLETTER_FIRST and _NEWSLETTER_LABEL_RE.match(probe):
        return True
    found = False
    if "inbox" in low:
        found = bool(
            _INBOX_START_RE.match(probe) or (not prose and _INBOX_RE.search(probe) and _INBOX_CUE_RE.search(probe))
        )
    if not found and ("sign up" in low or "subscribe" in low or "register" in low):
        # the button glued to the end of the offer, after a full stop or a separator
        found = _SIGN_UP_END_RE.search(probe) is not None
    return found and not _REPORTED_RE.search(probe)


def _classify_line(text: str) -> str | None:
    """The reason a line is furniture on its own, or None. First matching rule wins.

    Lines that read like prose (12+ words ending a sentence) only meet the
    start-anchored rules: that keeps "Getty Images said it had removed the
    photo." in the text, and keeps cleaning fast (most lines are prose).
    """
    if not _HAS_ALNUM_RE.search(text):
        return SEPARATOR
    n = _nwords(text)
    if n <= 90 and _AP_CAPTION_RE.match(text):
        return CAPTION
    if n > _MAX_FURNITURE_WORDS:
        if n <= 80 and "cookie" in text.lower() and (_CMS_START_RE.match(text) or _CMS_ANY_RE.search(text)):
            return CMS
        return None
    probe = _probe(text) or text
    low = probe.lower()
    sentence = _ends_sentence(text) and not text.endswith(("...", "…"))
    prose = sentence and n >= 12

    # whole-line words first: cheapest and most common
    if low in _PHOTO_WORDS:
        return PHOTO
    if _COUNT_RE.match(probe):
        return SOCIAL
    if low in _NAV_WORDS:
        return SOCIAL if low in ("subscribe", "subscribe now", "newsletter", "newsletters") else NAV
    if _AD_WHOLE_RE.fullmatch(probe) or (n <= 20 and _AD_START_RE.match(probe)):
        return AD
    if n <= 10 and not sentence and _AD_LABEL_RE.match(probe):
        return AD
    if not sentence and n <= 20 and _hinted(low, _SPAM_HINTS) and _SPAM_RE.search(probe):
        return AD
    if _CMS_START_RE.match(probe) or (not prose and _hinted(text.lower(), _CMS_HINTS) and _CMS_ANY_RE.search(text)):
        return CMS
    if _COPYRIGHT_START_RE.match(probe) or ("rights reserved" in low and _RIGHTS_RESERVED_RE.search(probe)):
        return COPYRIGHT
    if not sentence and n <= 12 and "©" in probe and _COPYRIGHT_SIGN_RE.search(probe):
        return COPYRIGHT
    if (not sentence or n <= 6) and _COPYRIGHT_NAME_RE.match(probe):
        return COPYRIGHT
    if n <= 15 and _COMMENTS_RE.match(probe):
        return COMMENTS
    if _COMMENTS_VERB_RE.match(probe) and (n <= 6 or (n <= 12 and not sentence)):
        return COMMENTS
    if _CONTACT_RE.match(probe) or _CONTACT_WEAK_RE.match(probe):
        return CONTACT
    if not prose and "contact" in low and _CONTACT_ANY_RE.search(probe):
        return CONTACT
    if n <= 25 and _SOCIAL_RE.match(probe):
        return SOCIAL
    first = low.split(None, 1)[0].strip(",:;") if low else ""
    if _is_newsletter_prompt(probe, low, first, n, prose):
        return SOCIAL
    if n <= 30 and (first in _PROMO_FIRST or first in _READER_FIRST):
        promo = first in _PROMO_FIRST and _PROMO_RE.match(probe) is not None
        if (promo or first in _READER_FIRST and _READER_PROMPT_RE.match(probe)) and not _REPORTED_RE.search(probe):
            return PROMO if promo else CONTACT
    if n <= 15 and _is_icon_row(probe):
        return SOCIAL
    if n <= 30 and _TEASER_RE.match(probe):
        return TEASER
    if n <= 15 and _TEASER_LOOSE_RE.match(probe) and (not sentence or low.startswith(("click", "tap"))):
        return TEASER
    if n <= 8 and not sentence and _LIST_HEADER_RE.match(probe):
        return RELATED
    if n <= 6 and not sentence and _MORE_IN_RE.match(probe):
        return NAV
    if n <= 30 and _NAV_PREFIX_RE.match(probe):
        return NAV
    if n <= 12 and not sentence and _POSTED_IN_RE.match(probe) and not _DATE_KW_RE.match(probe):
        return NAV
    if n <= 6 and _PAGE_NUMBER_RE.match(probe):
        return NAV
    if not sentence and n <= 20 and _is_breadcrumb(probe):
        return NAV
    if _CAPTION_PREFIX_RE.match(probe):
        return CAPTION
    if n <= 30 and "image copyright" in low:
        return PHOTO
    if n <= 25 and _PHOTO_PREFIX_RE.match(probe):
        return PHOTO
    if (
        n <= 20
        and (not sentence or n <= 6)
        and _hinted(low, _CREDIT_HINTS_LOW)
        and (_CREDIT_MARKER_RE.search(probe) or _FILENAME_RE.search(probe))
    ):
        return PHOTO
    if n <= 30 and (not sentence or text.startswith("(")) and _BYLINE_CREDIT_RE.match(probe):
        return BYLINE  # "(Reporting by X; Editing by Y)", not "Research by Harvard found ..."
    if n <= 30 and "contributed" in low and _CONTRIBUTED_RE.search(probe):
        return BYLINE
    if _is_byline(probe):
        return BYLINE
    if n <= 6 and _ABOUT_HEADER_RE.match(probe):
        return BIO
    if n <= 30 and _REPUBLISHED_RE.match(probe):
        return REPUBLISHED
    if n <= 30 and _CONTACT_LINE_RE.match(probe):
        return CONTACT
    return None


# ------------------------------------------------------------------ mastheads and the outlet

# "Bayview Courier | World & Nation", "Northshore Gazette - News - Updated 14/03/2025": dashes only
# between spaces, so "Rolls-Royce" stays one segment.
_MASTHEAD_SEP_RE = re.compile(r"\s+[|•·–—\-/»›]\s+|\s*\|\s*")
_MASTHEAD_MAX_WORDS = 16
_NAME_SMALL_WORDS = frozenset("& and of the for in on at a an de du des la le el y und".split())
# A masthead segment made only of these is a section of the site, not its name.
_SECTION_WORDS = frozenset(
    """news world nation national international local regional metro city community region business economy
    money markets finance politics opinion opinions comment analysis features sport sports football weather
    home uk us u.s. europe asia africa americas australia middle east science technology tech health
    entertainment culture arts lifestyle life style travel environment education crime courts justice video
    videos photos pictures live latest breaking top stories headlines shipping logistics transport energy
    property motoring food society more main front page section sections""".split()
)
# Words that make a name an outlet's: "Harbour FM", "Bayview Courier", "The Ledger".
_OUTLET_WORDS = frozenset(
    """news times post herald gazette courier journal tribune chronicle telegraph guardian observer mail express
    standard independent record star sun mirror daily weekly radio fm am tv television channel network networks
    media press wire review ledger register globe today online magazine examiner inquirer enquirer sentinel
    bulletin advertiser argus dispatch leader mercury monitor messenger citizen voice week insider reporter
    broadcasting broadcaster newspaper newspapers publishing publications echo reuters bloomberg agency
    newsroom eagle bugle clarion beacon pioneer gleaner intelligencer democrat republican statesman
    free-press post-gazette post-dispatch""".split()
)
_ACRONYM_RE = re.compile(r"^[A-Z][A-Z0-9&]{1,5}$")
_DOMAIN_RE = re.compile(r"[A-Za-z0-9]\.(?:com|net|org|news|tv|fm|co\.uk|com\.au|ie|ca)$")
_STOCK_PHOTO_RE = re.compile(r"getty|shutterstock|istock|alamy|flickr|wikimedia|creative commons|dreamstime", _I)


def _is_name(seg: str, max_words: int = 5) -> bool:
    """'Bayview Courier', 'World & Nation', 'The Ledger': a short capitalised name, no sentence."""
    words = seg.split()
    if not 1 <= len(words) <= max_words or seg[-1] in ".,;:!?" or "," in seg or not _HAS_ALNUM_RE.search(seg):
        return False
    if not (seg[0].isupper() or seg[0].isdigit()):
        return False
    return all(w[0].isupper() or w[0].isdigit() or w.lower() in _NAME_SMALL_WORDS for w in words)


def _is_section(seg: str) -> bool:
    return all(w.lower().strip("'’") in _SECTION_WORDS or w.lower() in _NAME_SMALL_WORDS for w in seg.split())


def _looks_like_outlet(name: str) -> bool:
    """'Harbour FM', 'Bayview Courier', 'BBC', 'example.com': a media word, an acronym or a domain."""
    if _is_section(name):
        return False
    for w in name.split():
        core = w.strip("'’.,").removesuffix("'s").removesuffix("’s")
        if core.lower() in _OUTLET_WORDS or _ACRONYM_RE.match(core) or _DOMAIN_RE.search(core):
            return True
    return False


def _masthead_segments(text: str) -> list[tuple[str, str]] | None:
    """A masthead or section-path line as (segment, kind) pairs, kind "name", "date" or "byline"; else None.

    Every segment is a short capitalised name ("Bayview Courier", "World & Nation"), a date ("Updated
    14/03/2025") or a byline, and at least one is a name: "Fire guts warehouse - hundreds evacuated" is
    a headline, not a masthead.
    """
    if _nwords(text) > _MASTHEAD_MAX_WORDS or len(text) > 200:
        return None
    segments = [seg.strip() for seg in _MASTHEAD_SEP_RE.split(text) if seg.strip()]
    if len(segments) < 2:
        return None
    out: list[tuple[str, str]] = []
    for seg in segments:
        if _DIGIT_RE.search(seg) and _parse_date_line(seg, bare_ok=True, strict=True) is not None:
            kind = "date"
        elif _is_name(seg, 4):
            kind = "name"
        elif _is_byline(seg):
            kind = "byline"
        else:
            return None
        out.append((seg, kind))
    if not any(kind == "name" and not seg.isdigit() for seg, kind in out):
        return None
    return out


def _sure_masthead(segments: list[tuple[str, str]]) -> bool:
    """A masthead even where no headline follows: it states a date or byline, or names an outlet."""
    return any(kind != "name" or _looks_like_outlet(seg) for seg, kind in segments)


_YEARS_RE = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)\d{2}|\d{2}))?\b")
_COPYRIGHT_LEAD_RE = re.compile(r"^(?:\(c\)|&copy;|copyright\b|by\b|\W|\d)*", _I)
_OUTLET_CUT_RE = re.compile(
    r"\ball rights reserved\b|\b(?:syndicated|distributed|republished|reprinted|licensed|published)\b"
    r"|\b(?:and|or|and/or) its (?:affiliates?|affiliated companies|licensors|subsidiaries)\b|\bthis material\b"
    r"|\bmay not be\b|\bmore\s*»|,\s+(?:a|an|part of|owned by|operated by)\s",
    _I,
)
_OUTLET_SENTENCE_END_RE = re.compile(r"(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<!\bBros)\.(?:\s|$)")
_OUTLET_SEGMENT_RE = re.compile(r"\s+[-–—|•·]\s+|\s*\|\s*|\s*;\s*")
_FOLLOW_OUTLET_RE = re.compile(
    r"^(?i:follow) (?P<name>[A-Z0-9][\w.'’&-]*(?: (?:[A-Z0-9&][\w.'’&-]*|of|the|and)){0,4}) (?i:on|at) "
    r"(?i:facebook|twitter|x|instagram|linkedin|threads|bluesky|youtube|tiktok|whatsapp)\b"
)


def _outlet_name(name: str) -> str | None:
    """A cleaned outlet name, or None where it does not read like one ("JK Rowling, founder of ...")."""
    name = re.sub(r"\s*\([^)]*\)", "", name)
    name = _OUTLET_SEGMENT_RE.split(name, maxsplit=1)[0]
    name = name.strip(" ,;:-–—|·•»")
    if name.endswith(".") and not name.endswith(("Inc.", "Corp.", "Co.", "Ltd.", "Bros.")):
        name = name[:-1].rstrip()
    if not name or len(name) > 60 or _nwords(name) > 6 or "@" in name or "/" in name:
        return None
    if _STOCK_PHOTO_RE.search(name) or _is_section(name):
        return None
    core = re.sub(r",? (?:Inc|Corp|Co|Ltd|LLC|Bros)\.?$", "", name)
    return name if _is_name(core, 6) else None


def _copyright_outlet(text: str) -> str | None:
    """'© 2025 Bayview Courier' -> 'Bayview Courier'; 'Copyright ©2010-15 AP - United States America' -> 'AP'."""
    rest = _YEARS_RE.sub(" ", text)
    rest = _COPYRIGHT_LEAD_RE.sub("", _norm_space(rest))
    m = _OUTLET_CUT_RE.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    m = _OUTLET_SENTENCE_END_RE.search(rest)
    if m is not None:
        rest = rest[: m.start()]
    name = _outlet_name(_norm_space(rest))
    if name is None:
        return None
    # "© Jane Doe" under a photo is a credit: without a year or "All rights reserved", only an outlet's name
    if _YEARS_RE.search(text) or _RIGHTS_RESERVED_RE.search(text) or _looks_like_outlet(name):
        return name
    return None


def _masthead_outlet(segments: list[tuple[str, str]]) -> str | None:
    """The name in a masthead line: one that reads like an outlet's, else the first segment unless a section."""
    names = [seg for seg, kind in segments if kind == "name" and not _is_section(seg)]
    for seg in names:
        if _looks_like_outlet(seg):
            return _outlet_name(seg)
    first, kind = segments[0]
    if kind == "name" and names and names[0] == first:
        return _outlet_name(first)
    return None


def _find_outlet(lines: list[_Line], title_at: int | None) -> str | None:
    """The outlet as the page's own furniture states it: the copyright line, then the masthead, then a
    "Follow <Outlet> on Facebook" prompt. Never from article prose: only from lines cleaning removed.
    """
    first_par, last_par = _first_paragraph(lines), _last_paragraph(lines)
    for i, ln in enumerate(lines):
        if ln.reason == COPYRIGHT and (i < first_par or i > last_par):
            name = _copyright_outlet(ln.text)
            if name:
                return name
    for i, ln in enumerate(lines):
        if ln.reason == MASTHEAD:
            segments = _masthead_segments(ln.text)
            name = _masthead_outlet(segments) if segments else None
            if name:
                return name
        elif ln.reason == NAV and title_at is not None and i < title_at and _nwords(ln.text) <= 5:
            # "The Springfield Herald" alone above the headline
            name = _outlet_name(ln.text)
            if name and _looks_like_outlet(name):
                return name
    for ln in lines:
        if ln.reason == SOCIAL and (m := _FOLLOW_OUTLET_RE.match(_probe(ln.text))) is not None:
            name = _outlet_name(m.group("name"))
            if name and _looks_like_outlet(name):
                return name
    return None


# ------------------------------------------------------------------ the document pass


@dataclass(slots=True)
class _Line:
    text: str
    reason: str | None = None
    parts: list[Removed] = field(default_factory=list)  # parts cut out of a kept line

    @property
    def kept(self) -> bool:
        return self.reason is None


def _split_lines(text: str) -> list[_Line]:
    """Non-empty, space-normalised lines; a line broken mid-sentence is rejoined.

    A hard-wrapped paragraph ("...said on\\nWednesday that...") would otherwise
    look like a headline followed by a fragment. Only a line that does not end
    a sentence, followed (no blank line between) by one starting lowercase,
    is joined; headline lists and paragraphs are never merged.
    """
    out: list[_Line] = []
    prev_blank = True
    for raw_line in text.replace("\ufeff", "").splitlines():
        line = _norm_space(raw_line)
        if not line or (len(line) < 8 and not _ZERO_WIDTH_RE.sub("", line)):
            prev_blank = True
            continue
        if (
            out
            and not prev_blank
            and line[0].islower()
            and len(out[-1].text) >= 30
            and not _ends_sentence(out[-1].text)
            and not out[-1].text.endswith((":", ";"))
        ):
            out[-1].text = out[-1].text + " " + line
        else:
            out.append(_Line(line))
        prev_blank = False
    return out


_HEADLINE_BAD_END = frozenset(
    """the a an of to in on at for and or but with by from that as is are was were has have had his her their
    its this these those which who than into about""".split()
)


# "WASHINGTON (AP) —", "CHRISTCHURCH, New Zealand |": a dateline on its own line, not a headline.
_DATELINE_RE = re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:, [A-Z][\w.'’ -]+)?\s*(?:\([\w .&-]+\))?\s*[-–—|:]*$")
# "... prison in L.A." may be a headline; "... along with Microsoft Corp." is a sentence.
_ABBREV_END_RE = re.compile(r"(?:\b[A-Z]\.){2,}$")
# "WASHINGTON _ The New Economy ...", "MOSCOW (Reuters) - Russia ...": a lede, never a headline.
_DATELINE_LEDE_RE = re.compile(r"^[A-Z][A-Z.'’ ,-]{2,}(?:\([^)]{1,40}\))?\s*[-–—_]+\s")


def _is_title_candidate(s: str) -> bool:
    n = _nwords(s)
    if n < 3 or n > _MAX_HEADLINE_WORDS:
        return False
    if s.endswith((":", ";", ",")) or (s.endswith(".") and not s.endswith("...") and not _ABBREV_END_RE.search(s)):
        return False
    if _DATELINE_RE.match(s) or _DATELINE_LEDE_RE.match(s):
        return False
    first = next((ch for ch in s if ch.isalnum()), "")
    if not first or first.islower():
        return False
    # case matters: "... not aimed at IS" ends with a name, "... aimed at the" with a function word
    return s.split()[-1].strip("\"'”’") not in _HEADLINE_BAD_END


_SITE_SUFFIX_RE = re.compile(r"\s+[|–—\-:]\s+[^|–—\-:]{1,40}$")


def _title_keys(title: str) -> set[str]:
    """Keys a headline line may match: the title, and the title without a '| Site Name' suffix."""
    keys = {_key(title)}
    stripped = title
    for _ in range(2):
        stripped = _SITE_SUFFIX_RE.sub("", stripped)
        if _nwords(stripped) >= 3:
            keys.add(_key(stripped))
    keys.discard("")
    return keys


def _match_title(line: str, keys: set[str]) -> bool:
    longest = max((len(k) for k in keys), default=0)
    return len(line) <= 2 * longest + 20 and _key(line) in keys


_TITLE_PREFIX_SEP_RE = re.compile(r"\s*(?P<sep>[,:;|–—\-])\s+(?=[\"“‘'(\[A-Z\d])")
# After "<Title>," the rest must start like a new sentence ("In a dramatic ...", "The ..."), not go on
# with a name ("Putin: Russia will strike, Putin said ..." keeps its words).
_SENTENCE_OPENERS = frozenset(
    """a an the in on at as after before when while with for from by this that these those it its he she they
    we i there here according since despite amid following over under during more most some officials
    meanwhile earlier later yesterday today""".split()
)


def _strip_title_prefix(line: _Line, title: str) -> bool:
    """'<Title>, In a dramatic escalation ...' -> 'In a dramatic escalation ...'."""
    if _nwords(title) < 3 or len(line.text) < len(title) + 20:
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
    line.parts.append(Removed(line.text[: m.end()].strip(), REPEATED_HEADLINE))
    line.text = line.text[m.end() :]
    return True


def _cut(line: _Line, start: int, end: int, reason: str) -> None:
    """Remove ``line.text[start:end]``, record it, and close the gap ("trails (Photo: X)." -> "trails.")."""
    line.parts.append(Removed(line.text[start:end].strip(), reason))
    left, right = line.text[:start].rstrip(), line.text[end:].lstrip()
    glue = "" if not left or not right or right[0] in ".,;:!?)]”’\"'" else " "
    line.text = left + glue + right


def _strip_inline_credits(line: _Line) -> None:
    """Cut photo credits out of a caption or paragraph, keeping the rest.

    "(Photo: Jane Doe/The Herald)" anywhere; after the last sentence,
    "REUTERS/Eric Thayer", "Jane Doe/Getty Images", "Photograph: Tim
    Walsh/PA" and NPR's "toggle caption Jim Weber/ZUMA".
    """
    if "(" in line.text or "[" in line.text:
        while (m := _INLINE_CREDIT_RE.search(line.text)) is not None:
            _cut(line, m.start(), m.end(), PHOTO)
    offset = max(0, len(line.text) - 160)  # end-of-line credits are short: look at the tail only
    tail = line.text[offset:]
    if "/" in tail or any(hint in tail for hint in _CREDIT_HINTS):
        m = _TRAILING_CREDIT_RE.search(line.text, offset)
        if m is not None and m.start() > 0:
            _cut(line, m.start(), len(line.text), PHOTO)
    m = _LEADING_LABEL_RE.match(line.text)
    if m is not None and len(line.text) > m.end() + 20:
        _cut(line, 0, m.end(), AD if "dvert" in m.group() else NAV)
    if line.parts and not _HAS_ALNUM_RE.search(line.text):  # nothing but the credit (and punctuation)
        if line.text:
            line.parts.append(Removed(line.text, PHOTO))
            line.text = ""
        line.reason = PHOTO


def _kept_indices(lines: list[_Line]) -> list[int]:
    return [i for i, ln in enumerate(lines) if ln.kept]


def _first_paragraph(lines: list[_Line]) -> int:
    for i, ln in enumerate(lines):
        if ln.kept and _is_paragraph(ln.text):
            return i
    return len(lines)


def _last_paragraph(lines: list[_Line]) -> int:
    for i in range(len(lines) - 1, -1, -1):
        if lines[i].kept and _is_paragraph(lines[i].text):
            return i
    return -1


def _find_title(lines: list[_Line], stop: int) -> int | None:
    """Index of the headline: the first headline-like kept line before the first paragraph."""
    for i in range(stop):
        ln = lines[i]
        if not ln.kept:
            continue
        if _is_title_candidate(ln.text):
            j = next((j for j in range(i + 1, len(lines)) if lines[j].kept), len(lines))
            nxt = lines[j].text if j < len(lines) else ""
            if nxt and nxt[0].islower():
                return None  # a sentence broken across lines, not a headline
            if j < stop and _nwords(ln.text) <= 3 and _is_title_candidate(nxt) and _nwords(nxt) > 3:
                continue  # "The Springfield Herald" above the headline: a masthead, not the title
            segments = _masthead_segments(ln.text)
            if segments is not None and (
                _sure_masthead(segments) or j < stop and _is_title_candidate(nxt) and _nwords(nxt) > 3
            ):
                continue  # "Bayview Courier | World & Nation" above the headline
            return i
        if _ends_sentence(ln.text) and _nwords(ln.text) >= 4:
            return None  # prose before any headline: the text has no headline line
    return None


def _is_list_header(ln: _Line) -> bool:
    """'Other Top Stories:', 'Read more', 'More in Nation': a box of linked headlines follows."""
    if ln.kept or ln.reason not in (RELATED, TEASER, NAV) or _nwords(ln.text) > 8:
        return False
    probe = _probe(ln.text)
    return bool(_LIST_HEADER_RE.match(probe) or _MORE_IN_RE.match(probe))


def _remove_list_items(lines: list[_Line], start: int) -> None:
    """After a related-stories header, drop headline-like lines up to the next real paragraph."""
    for i in range(start, len(lines)):
        if not _is_list_header(lines[i]):
            continue
        for j in range(i + 1, len(lines)):
            ln = lines[j]
            if not ln.kept:
                if _is_list_header(ln):
                    break  # the next header takes over
                continue
            if _is_list_item(ln.text) and not _is_paragraph(ln.text):
                ln.reason = RELATED
                continue
            break


def _remove_header_bylines(lines: list[_Line], start: int, stop: int) -> None:
    """Between headline and first paragraph, a names-only line next to a date line is the byline."""
    for i in range(start, min(stop, len(lines))):
        ln = lines[i]
        if not ln.kept or _nwords(ln.text) > 14 or not _NAME_BYLINE_RE.match(ln.text):
            continue
        joined = any(sep in ln.text for sep in (" in ", " and ", " & "))
        near_date = any(0 <= j < len(lines) and lines[j].reason == DATE_LINE for j in (i - 1, i + 1))
        if joined or near_date:
            ln.reason = BYLINE


def _remove_bio_after_about(lines: list[_Line]) -> None:
    for i, ln in enumerate(lines):
        if ln.reason != BIO:
            continue
        m = _ABOUT_HEADER_RE.match(_probe(ln.text))
        if not m:
            continue
        j = next((k for k in range(i + 1, len(lines)) if lines[k].kept), None)
        if j is None:
            continue
        nxt = lines[j].text
        name = m.group("name")
        if name is None:  # "About the author": the next paragraph is the bio
            if _nwords(nxt) <= 150:
                lines[j].reason = BIO
            continue
        names = [p for p in name.split() if p[:1].isupper()]
        first_word = nxt.split()[0].strip("“\"'‘’,.")
        if first_word in names or nxt.startswith(name) or _BIO_NEXT_RE.search(nxt):
            lines[j].reason = BIO


def _remove_standfirst_repeats(lines: list[_Line]) -> None:
    kept = _kept_indices(lines)
    for a, b in zip(kept, kept[1:], strict=False):
        cur, nxt = lines[a].text, lines[b].text
        core = cur.rstrip(" .!?…")
        if _nwords(core) < 5 or len(nxt) <= len(core) or not nxt.startswith(core):
            continue
        lines[a].reason = STANDFIRST


def _remove_duplicates(lines: list[_Line]) -> None:
    seen: set[str] = set()
    for ln in lines:
        if not ln.kept:
            continue
        if ln.text in seen and (_nwords(ln.text) >= 3 or len(ln.text) >= 15):
            ln.reason = DUPLICATE
        seen.add(ln.text)


_INNER_SENTENCE_END_RE = re.compile(r"[a-z0-9%)”\"][.!?][”\"’]?\s")
_ATTRIBUTION_RE = re.compile(r"[”\"’'],? (?:\w+ ){0,3}(?:said|says|added|told|asked|wrote)\b|\b(?:said|says|told)\b")


def _reads_like_prose(s: str) -> bool:
    """A sentence that lost its full stop, not a headline.

    '“It’s a little unsettling,” he said' (a quote with attribution), 'In this
    interview, she shares her thoughts on attitude:' (introduces an embed), or
    mostly lowercase words. Headlines in a related box are mostly capitalised
    or short; such lines at the end of a text are links, these are not. A
    line that holds a whole sentence ("... springboard contest. &UR; jl")
    is prose too.
    """
    if s.endswith(":") and _nwords(s) >= 5 or _ATTRIBUTION_RE.search(s):
        return True
    m = _INNER_SENTENCE_END_RE.search(s)
    if m is not None and _nwords(s[: m.start()]) >= 6:  # holds a whole sentence, then a wire tag
        return True
    words = [w for w in s.split() if w[:1].isalpha()]
    if len(words) < 6:
        return False
    lower = sum(1 for w in words if w[0].islower())
    return lower / len(words) >= 0.75


def _is_tail_promo(text: str) -> bool:
    """'Hear more on Harbour FM Drive from 5pm.', 'Watch Channel 9 News at 6pm': a plug for a programme."""
    if not _PROMO_TAIL_RE.match(text) or _REPORTED_RE.search(text):
        return False
    return bool(_BROADCAST_RE.search(text) or (_AIRTIME_VERB_RE.match(text) and _AIRTIME_RE.search(text)))


def _trim_tail(lines: list[_Line]) -> None:
    """After the last real paragraph, bios, contact lines and short labels are site furniture."""
    for i in range(len(lines) - 1, -1, -1):
        ln = lines[i]
        if not ln.kept:
            continue
        text = ln.text
        n = _nwords(text)
        if n <= 60 and (_BIO_LINE_RE.match(text) or _THE_AUTHOR_RE.match(text)):
            ln.reason = BIO
        elif n <= 30 and (_CONTACT_LINE_RE.match(text) or _CONTACT_RE.match(text)):
            ln.reason = CONTACT
        elif n <= 80 and (_AD_START_RE.match(text) or _APPEAL_RE.search(text)):
            ln.reason = AD
        elif n <= 30 and _is_tail_promo(text):
            ln.reason = PROMO
        elif n <= _MAX_TRAILING_JUNK_WORDS and not _ends_sentence(text) and (n <= 4 or not _reads_like_prose(text)):
            ln.reason = NAV if n <= 4 else RELATED
        else:
            return


def _trim_head(lines: list[_Line], title_at: int | None) -> None:
    """Before the headline only site furniture; without one, only short labels ("World", "Home")."""
    for i, ln in enumerate(lines):
        if title_at is not None and i >= title_at:
            return
        if not ln.kept:
            continue
        if title_at is not None:
            ln.reason = NAV
            continue
        if _nwords(ln.text) < 3 and not _ends_sentence(ln.text):
            ln.reason = NAV
        else:
            return


def clean_document(raw: RawDocument) -> Document:
    """Remove site furniture from ``raw.text`` and fill in title and date.

    Raises ``NoArticleText`` when nothing but furniture is left and
    ``UnsupportedLanguage`` when the body is clearly not English (the
    pipeline's models are English-only; a wrong-language body would yield
    nonsense rather than an error).
    """
    lines = _split_lines(raw.text)

    # 1. context-free rules, dates stated with a keyword, inline photo credits
    dates: list[_DateLine] = []
    for ln in lines:
        _strip_inline_credits(ln)  # first, so "Caption sentence. (AP Photo/X)" keeps its sentence
        if not ln.kept:
            continue
        ln.reason = _classify_line(ln.text)
        if ln.reason in (None, BYLINE, REPUBLISHED):  # "First published on ...": a date line
            date_line = _parse_date_line(ln.text, bare_ok=False) or _meta_line_date(ln.text)
            if date_line is not None:
                ln.reason = BYLINE if ln.reason == BYLINE else DATE_LINE
                dates.append(date_line)

    # 2. bare date lines in the header and the footer ("Moscow, September 30, 2015"), or a line
    #    that is nothing but a date near the top (after a one-paragraph standfirst, say)
    first_par = _first_paragraph(lines)
    last_par = _last_paragraph(lines)
    for i, ln in enumerate(lines):
        if not ln.kept or first_par <= i <= last_par and i >= _DATE_LINE_TOP_LINES or not _DIGIT_RE.search(ln.text):
            continue
        if i < first_par or i > last_par:
            date_line = _parse_date_line(ln.text, bare_ok=True)
        elif i < _DATE_LINE_TOP_LINES:
            date_line = _parse_date_line(ln.text, bare_ok=True, strict=True)
        else:
            continue
        if date_line is not None:
            ln.reason = DATE_LINE
            dates.append(date_line)

    # 3. the headline
    title = _norm_space(raw.title) if raw.title else ""
    title_at: int | None = None
    if title:
        for i in range(min(first_par + 1, len(lines))):
            if lines[i].kept and _match_title(lines[i].text, _title_keys(title)):
                title_at = i
                break
    else:
        title_at = _find_title(lines, first_par)
        if title_at is not None:
            title = lines[title_at].text
    if title_at is not None:
        lines[title_at].reason = TITLE

    # 3b. masthead and section-path lines in the header ("Bayview Courier | World & Nation",
    #     "Northshore Gazette - News - Updated 14/03/2025"); their dates count as date lines
    for i in range(min(first_par, len(lines))):
        ln = lines[i]
        if not (ln.kept or ln.reason == NAV) or (segments := _masthead_segments(ln.text)) is None:
            continue
        if not ln.kept and not _sure_masthead(segments):
            continue  # "Home | News | Sport": a menu stays navigation; "The Ledger | Business" is a masthead
        ln.reason = MASTHEAD
        for seg, kind in segments:
            if kind == "date" and (date_line := _parse_date_line(seg, bare_ok=True, strict=True)) is not None:
                dates.append(date_line)
    _trim_head(lines, title_at)

    # 4. the headline again, inside the body
    if title:
        keys = _title_keys(title)
        for ln in lines:
            if not ln.kept:
                continue
            if _match_title(ln.text, keys):
                ln.reason = REPEATED_HEADLINE
            else:
                _strip_title_prefix(ln, title)

    # 5. structure: bylines without "By", lists after headers, bios after "About", repeats, the tail
    if title_at is not None:
        _remove_header_bylines(lines, title_at + 1, first_par)
    _remove_list_items(lines, (title_at + 1) if title_at is not None else first_par)
    _remove_bio_after_about(lines)
    _remove_standfirst_repeats(lines)
    _remove_duplicates(lines)
    _trim_tail(lines)

    if title_at is not None and not any(ln.kept and ln.text for ln in lines):
        lines[title_at].reason = None  # a headline-only text: the headline is all the text there is
    body = [ln.text for ln in lines if ln.kept and ln.text]
    removed: list[Removed] = []
    for ln in lines:
        removed.extend(ln.parts)
        if ln.reason is not None and ln.text:
            removed.append(Removed(ln.text, ln.reason))
    if not body:
        raise NoArticleText(raw.id, "no article text left after removing site furniture")
    text = "\n".join(body)
    _check_language(raw.id, text)

    published = raw.published
    if published is None:
        published = next((d.date for d in dates if d.date and not d.updated), None) or next(
            (d.date for d in dates if d.date), None
        )
    return Document(
        id=raw.id,
        text=text,
        title=title,
        outlet=raw.outlet or _find_outlet(lines, title_at),
        url=raw.url,
        published=published,
        removed=removed,
        story=raw.story,
    )


def _meta_line_date(text: str) -> _DateLine | None:
    """'By Jane Doe | September 30, 2015': a byline and a date sharing one line."""
    if len(text) > 200 or _nwords(text) > 20:
        return None
    segments = [s for s in _SEGMENT_SEP_RE.split(text) if s.strip()]
    if len(segments) < 2:
        return None
    found: _DateLine | None = None
    for seg in segments:
        seg = seg.strip()
        date_line = _parse_date_line(seg, bare_ok=True)
        if date_line is not None:
            found = found or date_line
        elif not (_is_byline(seg) or _leftover_words(seg) == 0 or _classify_line(seg) in (BYLINE, COMMENTS, CMS)):
            return None
    return found


def _check_language(doc_id: str, text: str) -> None:
    """Reject a body that is clearly not English: long enough to judge, a confident verdict, and
    few English function words. A short or names-heavy English text is never rejected."""
    if _nwords(text) < _LANGUAGE_MIN_WORDS:
        return
    code, confidence = detect_language(text)
    if (
        code is not None
        and code != "en"
        and confidence >= _LANGUAGE_MIN_CONFIDENCE
        and stopword_share(text, "en") < _ENGLISH_STOPWORD_FLOOR  # a second opinion: never reject English prose
    ):
        raise UnsupportedLanguage(
            doc_id, f"language looks like {code}, not English; storyline's models are English-only"
        )
