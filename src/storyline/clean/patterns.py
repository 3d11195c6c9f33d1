"""The vocabulary and compiled patterns of the line rules: data only, no logic.

Grouped by the reason a match records (see ``rules.classify_line`` for the order
they are tried in). Every pattern is anchored or gated so that it only meets
lines short enough to be furniture; the comments give the example each one is
for and the sentence it must leave alone. The learned furniture model (issue 10)
is to replace most of this file; until then it stays Python data.
"""

from __future__ import annotations

import re

from .. import lexicon
from ..dates import month_names, weekday_names

# --------------------------------------------------------------------------- navigation, social, photo words


def _phrases(block: str) -> frozenset[str]:
    """'a|b c|d' over several lines -> {'a', 'b c', 'd'}."""
    return frozenset(p.strip() for p in block.replace("\n", "|").split("|") if p.strip())


NAV_WORDS = _phrases(
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
PHOTO_WORDS = _phrases("photo|image|picture|pic|file photo|stock photo|photograph|credit")
COUNT_TOKEN_RE = re.compile(r"\d[\d,.]*[km]?")
COUNT_RE = re.compile(r"\d[\d,.]*[km]? (?:shares?|likes?|views?|reads?|retweets?|reactions?)$", re.I)
SOCIAL_TOKENS = lexicon.words("social_tokens")
SOCIAL_PLATFORMS = lexicon.words("social_platforms")

_AD_PHRASE = (
    r"(?:advertisements?|advert|ads?|adchoices|ad feedback|report (?:this|an) ad|chatbutton"
    r"|sponsored(?: (?:content|links?|stories|story|posts?|by [\w&.' -]{1,40}))?"
    r"|paid (?:content|post|partnership)|promoted(?: (?:content|stories|links))?|partner content"
    r"|scroll (?:down )?to continue(?: with content| reading)?"
    r"|(?:story|article|content|text) continues (?:below|after)(?: (?:this|the))?(?: advertisement| ad)?"
    r"|continue reading (?:below|the main story|after (?:the )?(?:advertisement|ad)))"
)
# One or several chained: "Advertisement Continue reading the main story".
AD_WHOLE_RE = re.compile(_AD_PHRASE + r"(?:\W+" + _AD_PHRASE + r")*", re.I)
AD_START_RE = re.compile(
    r"^(?:ask us about\b|since you[’']re here\b|(?:…|\.\.\.)?\s*we have a small favou?r to ask"
    r"|(?:please )?(?:consider )?support(?:ing)? (?:our|independent|quality) journalism"
    r"|(?:make|making) a (?:contribution|donation)\b|become a (?:member|supporter|subscriber|patron)\b"
    r"|donate (?:now|today)\b|support us\b)",
    re.I,
)
# Reader-revenue appeals run on over several paragraphs; after the last paragraph these give them away.
APPEAL_RE = re.compile(
    r"for as little as|only takes a minute|help(?:s)? (?:to )?fund (?:it|our|us)|support (?:the|our) "
    r"(?:journalism|newsroom|work)|thank you for (?:reading|your support)|reader[- ]funded|independent journalism",
    re.I,
)
# "Sponsored by Russia, the resolution failed." is a sentence: these only as unpunctuated labels.
AD_LABEL_RE = re.compile(r"^(?:brought to you by|presented by|sponsored by|in partnership with)\b", re.I)
SPAM_RE = re.compile(
    r"binary options?|work(?:ing)? from home|make money|\bearn \$|chatbutton"
    r"|\$[\d,]+ (?:a|per) (?:day|week|month|year)\b|free (?:trial|report|e-?book|webinar|consultation)\b"
    r"|financial advice program|crypto (?:signals|trading bot)",
    re.I,
)
# CMS leftovers: most are whole lines (match at the start); a few sit anywhere in a short line.
CMS_START_RE = re.compile(
    r"(?:please )?publish modules in|(?:you need|please|you must) (?:to )?enable javascript|you need javascript"
    r"|javascript (?:is )?(?:disabled|required|must be enabled|is not enabled)|your browser does not support"
    r"|(?:your )?browser (?:is )?(?:out of date|not supported)|(?:please )?update your browser"
    r"|media playback is (?:unsupported|not supported)"
    # a player's notice that it will not play on the reader's device (inputs64)
    r"|this (?:video|content|embed|media|element|player) (?:will not|won['’]t|does not|doesn['’]t|cannot|can['’]t)"
    r" (?:work|play|load|be played|be shown) (?:on|in) (?:this|your) (?:device|browser)"
    r"|this (?:video|content|embed|media|element) (?:is )?"
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
    re.I,
)
CMS_ANY_RE = re.compile(
    r"publish modules in|enable javascript|copy this code to your (?:website|site|blog)|\bimage:\d+:"
    r"|\[/?caption\b|\{\{[^}]*\}\}|\{%|<!--|-->"
    r"|cookie (?:policy|settings|preferences|consent|notice)",
    re.I,
)
# "Copyright law ..." is a sentence; "Copyright 2015 AP", "Copyright ©2010-15 AP" and "© Reuters" are not.
COPYRIGHT_START_RE = re.compile(
    r"copyright\s*(?:©|\(c\)|&copy;|\d|by\b)|\(c\)\s*\d|©|this material may not be "
    r"(?:published|reproduced)|no part of this (?:publication|article|website|site|material|content)"
    r"|unauthori[sz]ed (?:reproduction|redistribution|copying)\b",
    re.I,
)
RIGHTS_RESERVED_RE = re.compile(r"\ball rights reserved\b", re.I)
# "Copyright The Associated Press" is a label; "Copyright Office officials said ..." is a sentence.
COPYRIGHT_NAME_RE = re.compile(r"(?i:copyright)\s+[A-Z]")
COPYRIGHT_SIGN_RE = re.compile(r"©\s*(?:\d{4}|[A-Z])")
COMMENTS_RE = re.compile(
    r"^(?:comments? (?:are|is) (?:now )?closed|comments? closed|\d[\d,]* (?:comments?|responses?|replies)$"
    r"|comments?(?: \(\d+\))?$|no comments?(?: yet)?$|be the first to (?:comment|reply)|you must be logged in"
    r"|log ?in to (?:comment|reply)|let us know (?:what you think )?in the comments|what do you think\?$"
    r"|sort by\b.{0,20}$|newest first$|oldest first$|discussion closed|commenting (?:is|has been) (?:closed|disabled)"
    r"|have your say$|(?:join|start) the (?:conversation|discussion|debate)$|\d+ (?:thoughts|responses|replies|"
    r"comments) (?:on|to)\b|your email address will not be published|required fields are marked)",
    re.I,
)
# A reader prompt pointing to the comments, anywhere in a sentence ("Let us know down below in the comments or ...").
COMMENT_PROMPT_RE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("comment_prompt_phrases"), space=r"\s+") + r")\b", re.I
)
# Verb + "comment" reads like a sentence too ("Post a reply within 30 days ..."): short or unpunctuated only.
COMMENTS_VERB_RE = re.compile(
    r"^(?:leave|post|add|write|submit|view|show|hide|read|load|see|join) (?:a |the |your |all |our )?(?:\d+ )?"
    r"(?:comments?|reply|replies|responses?|conversation|discussion)\b",
    re.I,
)
CONTACT_RE = re.compile(
    r"(?:please )?feel free to (?:contact|send|reach|email|e-mail|get in touch|write|call|ask)"
    r"|for (?:media )?(?:inquiries|enquiries)|media (?:inquiries|enquiries)|press contact|have a (?:news )?tip"
    r"|got a (?:news )?tip|send (?:us )?(?:your )?(?:news )?tips|do you have (?:a story|information|a tip)"
    r"|(?:contact|email|e-mail|reach|write to) (?:us|the (?:author|reporter|writer|editor|newsroom))\b"
    r"|to contact the (?:author|reporter|writer|editor)",
    re.I,
)
# Calls to readers for stories and tips: "Got a story? Message the newsroom on WhatsApp.", "Have you got a
# news tip?", "Share your story with us", "Were you there? Get in touch." (never in reported speech)
READER_PROMPT_RE = re.compile(
    r"^(?:(?:have you )?got (?:a |any )?(?:news )?(?:story|stories|tips?)\b|have (?:a|any) (?:news )?(?:story|stories)"
    r" (?:for us|to (?:tell|share))|do you have (?:a |any )?(?:news )?(?:story|stories|tips?|photos|pictures|video)"
    r"|do you know (?:more|something)\b.{0,60}\?|know something we (?:don[’']?t|do not)\b"
    r"|(?:message|whatsapp|text|email|e-mail|call|phone|ring|contact|tip off|get in touch with) (?:the|our) "
    r"(?:newsroom|news ?desk|news team|editors?|(?:[\w&'’-]+ ){0,3}(?:newsroom|news ?desk|news team))\b"
    r"|(?:share|send us|tell us|email us|e-mail us|send in) your (?:news |own )?(?:story|stories|tips?|photos|"
    r"pictures|videos|footage|experiences?)\b|tell us your story"
    r"|(?:were|are) you (?:there|affected|involved|a witness|caught up in (?:it|this))\b[^.!?]{0,60}\?\s*"
    r"(?:$|(?:please )?(?:get in touch|contact|e-?mail|message|tell|share|send|call|text|whatsapp|let us know)\b))",
    re.I,
)
# Reported speech: "..., officials urged." is a sentence of the article, whatever its first words.
REPORTED_RE = re.compile(
    r"\b(?:said|says|told|tells|urged|urges|warned|warns|advised|advises|added|asked|asks|wrote|writes|announced"
    r"|explained|according to)\b",
    re.I,
)
# Phrases an article can quote ("If you have any questions, call your doctor"): labels, or addressed to "us".
CONTACT_WEAK_RE = re.compile(
    r"(?:if you have any (?:questions|queries|comments|feedback|tips|news)|get in touch|for (?:more|further) "
    r"information)(?:(?!\b(?:us|our|this (?:post|article|story|site))\b).)*(?:\b(?:us|our|this (?:post|article|"
    r"story|site))\b|[^.!?…\"”’]$)",
    re.I,
)
CONTACT_ANY_RE = re.compile(
    r"\bquestions regarding this (?:post|article|story)\b|\byou can contact (?:on|at|us)\b", re.I
)
# "Contact Jane Doe at jdoe@herald.com or 555-123-4567": a contact verb, then an address, handle or phone.
CONTACT_LINE_RE = re.compile(
    r"^(?:contact|reach|email|e-mail|write to|call|text|follow|tweet)\b.{0,120}?"
    r"(?:[\w.+-]+@[\w-]+\.\w|(?<!\w)@\w{2,}|\+?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4})",
    re.I,
)
# Follow, share and sign-up prompts; a share prompt may ask first whether the reader liked the story ("Like
# this story? Share it with a friend!").
SOCIAL_RE = re.compile(
    r"^(?:connect with us|stay connected|follow us\b|follow (?:him|her|them|me)\b|follow @|"
    r"follow [A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3} on (?:twitter|x|facebook|instagram|linkedin|threads|bluesky)\b"
    r"|like us on|find us on|join us on|share (?:this|the) (?:story|article|post|page|link|video)|share this\b"
    r"|share on\b|share via\b|share with (?:friends|your)|click to (?:share|tweet)|tweet this|pin it\b"
    r"|share (?:it|them) with (?:a friend|friends|others|your)\b"
    r"|(?:(?:did|do) you )?(?:like|liked|love|loved|enjoy|enjoyed) (?:(?:this|the|our|that) (?:story|article|post|"
    r"piece|read|report|video|page|content|newsletter)|what you(?: just)? read)\b[^.!?]{0,30}\?\s*(?:please )?"
    r"(?:share|send|forward|pass)\b"
    r"|subscribe (?:to|for|now|today|here)\b|sign up (?:for|to) (?:our|the|a|free|daily|weekly|breaking|email|"
    r"e-mail|newsletter)|sign up (?:now|here|today)\b|get (?:our|the) (?:free )?(?:\w+ )?newsletter|"
    r"get the latest (?:news|headlines|updates|stories)|get (?:daily|weekly|breaking|free|our) (?:[\w-]+ ){0,3}"
    r"(?:updates|news|headlines|alerts|newsletters?)\b|thanks? (?:you )?for subscribing"
    r"|(?:enter|your) e-?mail address|we respect your privacy"
    r"|download (?:our|the) (?:free )?app|get (?:our|the) app|join (?:our|the) (?:mailing list|newsletter|community)"
    r"|(?:don[’']?t|never) miss (?:a|an) (?:story|update|thing))",
    re.I,
)
# A shouted prompt: a line all in capitals that asks the reader to act ("GET X ON THE GO BY CLICKING HERE",
# "DOWNLOAD OUR APP"); the capitals are the cue, the action word only confirms it (a capitals headline is not one).
SHOUTED_ACTION_RE = re.compile(
    r"\b(?:" + lexicon.alternation(lexicon.words("action_prompt_words"), space=r"\s+") + r")\b", re.I
)
# Newsletter prompts: a "Newsletter:" label, or a short line that offers something "in your inbox", or a
# line that ends on the button ("... every weekday morning. Sign up").
NEWSLETTER_LABEL_RE = re.compile(
    r"^(?:(?:free |daily |weekly |morning |evening |email |e-mail )?(?:newsletters?|briefings?)"
    r"|(?:the )?(?:morning|evening|daily|weekly) (?:briefing|email|digest))\s*(?::|\||[-–—]\s)\s*\S",
    re.I,
)
_INBOX = r"(?:in|to|into|straight to|direct(?:ly)? to) your (?:e-?mail )?inbox\b"
INBOX_RE = re.compile(r"\b" + _INBOX, re.I)
# A sentence only loses out when it opens as the offer: "Get the best of X delivered to your inbox."
INBOX_START_RE = re.compile(
    r"^(?:(?:sign up|subscribe|register)\b|(?:get|receive|have|enjoy|want)\b)[^.!?]{0,100}?" + _INBOX, re.I
)
INBOX_CUE_RE = re.compile(
    r"\b(?:sign(?:ing)? up|subscribe|newsletters?|briefing|digest|delivered|get|receive|enter your)\b", re.I
)
SIGN_UP_END_RE = re.compile(
    r"(?:[.!?:|»›>→]|\s[-–—])\s*(?-i:Sign up|Sign Up|SIGN UP|Subscribe|SUBSCRIBE|Register)"
    r"(?: (?:now|here|today|for free|free))?\W*$",
    re.I,
)
# Outlet promos: the station or site advertising its own programmes, players and apps. Strong shapes
# anywhere; a programme-and-time plug ("Hear more on Drive from 5pm") only after the last paragraph.
PROMO_RE = re.compile(
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
    re.I,
)
PROMO_TAIL_RE = re.compile(r"^(?:listen|watch|tune in|hear more|hear|catch up|catch|stream)\b", re.I)
# A programme, a station or a channel ("Harbour FM Drive", "Channel 9 News"), or a time on air.
BROADCAST_RE = re.compile(
    r"(?-i:\b(?:FM|AM|DAB|Radio|TV|Television|Channel|News|Drive(?:time)?|Breakfast|Podcast|Live|Tonight|Today|"
    r"Hour|Show|Programme|Program|Bulletin|Sounds|App)\b)|\b(?:our|the) (?:station|channel|website|app|podcast|"
    r"stream|player)\b",
    re.I,
)
# "... from 5pm": with "Listen"/"Tune in"/"Hear" a time on air; "Watch the skies from 9pm" may be advice.
AIRTIME_RE = re.compile(r"\b(?:from|at|after|before|until) \d{1,2}(?:[:.]\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)", re.I)
AIRTIME_VERB_RE = re.compile(r"^(?:listen|tune in|hear)\b", re.I)

TEASER_RE = re.compile(
    r"^(?:also read|read also|read more|read|more|see also|see|related(?: (?:story|stories|article|articles|"
    r"content|coverage|links?|news|reading|video|topics?))?|you (?:may|might) (?:also )?(?:like|enjoy|be interested"
    r" in)|don[’']?t miss|do not miss|recommended(?: (?:reading|for you|stories|articles|video))?|watch(?: (?:now|"
    r"more|video|live|the video))?|listen(?: (?:now|here))?|podcast|must[- ]read|must[- ]watch|editor[’']?s picks?"
    r"|further reading|more on (?:this|that)(?: (?:story|topic))?|trending|in case you missed it|icymi"
    r"|explore more|keep reading|previously|up next|next up|photos|gallery|in pictures"
    r"|videos?|infographics?|interactive|audio|slideshow)"  # a link to the site's media (inputs59: "Infographic: X")
    r"(?:\s*(?::|\||»|›|>|→)|\s+[-–—])\s*\S",  # "Read: X", "Read - X"; not "Read-across ..."
    re.I,
)
TEASER_LOOSE_RE = re.compile(r"^(?:read more|click here|tap here|continue reading)\b", re.I)
LIST_HEADER_RE = re.compile(
    r"^(?:also|read (?:more|next|also)|also read|what to read next|see also|related|you (?:may|might) (?:also )?"
    r"(?:like|enjoy|be interested in)|don[’']?t miss|do not miss|must read|further reading|in other news|icymi|"
    r"(?:more )?must[- ]reads?(?: (?:from|on|at) [\w’'&.\- ]{1,30})?|"  # "More Must-Reads From TIME" (inputs35)
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
    re.I,
)
# "More in Nation": navigation rather than a teaser, and a list header too.
MORE_IN_RE = re.compile(r"^more (?:in|from|on|about|of) [A-Z\d]", re.I)
NAV_PREFIX_RE = re.compile(
    r"^(?:(?:from|in|more from) the section\b|(?:tags?|topics?|tagged(?: with)?|filed under|categories|category"
    r"|keywords|labels|you are here|previous (?:article|story|post)|next (?:article|story|post)|up next|next)\s*:)",
    re.I,
)
POSTED_IN_RE = re.compile(r"^posted in\b", re.I)
BREADCRUMB_SEP_RE = re.compile(r"\s*[»›→]\s*|\s+[>|/]\s+")
PAGE_NUMBER_RE = re.compile(r"^(?:page )?\d{1,3}(?: (?:of|/) \d{1,3})?$", re.I)

# Agency names are matched case-sensitively: "REUTERS/Yuri Gripas" is a credit, "Reuters/Ipsos poll" is not.
_CREDIT_AGENCY = (
    r"(?-i:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Getty|Flickr|Shutterstock|Sputnik|TASS|Xinhua|Anadolu|"
    r"Alamy|Bloomberg|NurPhoto|SOPA|ZUMA|Wikimedia|iStock|PA)"
)
_CREDIT_AGENCY_FIRST = r"(?-i:AP|AFP|EPA|REUTERS|Getty Images|Sputnik|TASS|Xinhua|Anadolu|Alamy|NurPhoto|SOPA|ZUMA)"
PHOTO_PREFIX_RE = re.compile(
    r"^(?:(?:AP|AFP|EPA|Reuters|Getty|File|Staff|Stock|Main|Top|Featured|Header|Lead|Cover|Hero)\s+)?"
    r"(?:photo(?:graph)?|picture|pic|image|illustration|graphic|credit|caption|photo illustration)s?"
    r"(?:\s+(?:credit|by|courtesy|source|copyright|caption|of))?\s*(?::|\||–|—|\s-\s|/|\bby\b|\bcourtesy\b|©)",
    re.I,
)
CAPTION_PREFIX_RE = re.compile(r"^(?:image|photo|picture|media|video) caption\b", re.I)
# AP-style captions: "FILE - In this Aug. 11, 2015 file photo, ...", "In this photo taken Sept. 30, ...".
AP_CAPTION_RE = re.compile(
    r"^(?-i:FILE)\s*[-–—]\s|^in this (?:[\w.,'’-]+ ){0,8}?(?:file )?(?:photo|photograph|image|picture|frame grab)"
    r"(?:s)?\b(?: (?:taken|provided|released|made|shot|from|by)\b|,)",
    re.I,
)
CREDIT_MARKER_RE = re.compile(
    r"(?-i:Getty Images|\bFlickr\b|Shutterstock|Creative Commons|Wikimedia|\bAP Photo\b|\bAFP Photo\b"
    r"|\biStock|\bAlamy\b|\bPA (?:Images|Wire|Media)\b|\bREUTERS/|\bvia Getty\b)"
    r"|\bcc[ -]by\b|/\s*" + _CREDIT_AGENCY + r"\b"
    r"|\bphoto(?:graph)? by\b|\bphoto credit\b|\bimage credit\b|\bimage copyright\b|\bcourtesy (?:of|photo)\b",
    re.I,
)
FILENAME_RE = re.compile(r"\b\w+_\w+_\w+|\S+\.(?:jpe?g|png|gif|webp|tiff?)\b", re.I)
INLINE_CREDIT_RE = re.compile(
    r"[(\[]\s*(?:(?:(?:AP|AFP|EPA|Reuters|REUTERS|Getty|File|Staff|Stock)\s+)?(?:photo(?:graph)?|picture|pic|image)s?"
    r"(?:\s+(?:credit|by|courtesy))?\s*(?::|/|\||\s*[-–—]\s|\bby\b|\bcourtesy\b|\bcredit\b)"
    r"|(?:credit|courtesy)\s*:|courtesy of\b"
    r"|[^()\[\]]{0,60}/\s*" + _CREDIT_AGENCY + r"\b|" + _CREDIT_AGENCY_FIRST + r"\s*/"
    r")[^()\[\]]{0,160}[)\]]",
    re.I,
)

# After a sentence, at the end of a caption line: "... network. REUTERS/Eric Thayer".
TRAILING_CREDIT_RE = re.compile(
    r"(?<=[.!?”\"])\s+(?:(?:photo(?:graph)?|image|picture|pic|credit)s?\s*:\s*[^.!?]{1,80}"
    r"|(?-i:pic|Pic|Photo|Picture)\s+(?:by\s+)?(?-i:[A-Z][\w.'’-]+(?: [A-Z][\w.'’-]+){0,3})"
    r"|(?-i:REUTERS|AFP|AP|EPA|AAP|XINHUA)/[^.!?]{1,60}"
    r"|[^.!?]{1,60}/\s*(?-i:Getty Images|Reuters|REUTERS|AP|AFP|EPA|PA|Shutterstock|Flickr|Bloomberg|ZUMA\w*)"
    r"|(?-i:Getty Images|AFP/Getty Images|AFP|REUTERS))$"
    r"|(?:\s+i\b)*\s+i?(?:toggle|hide) caption\b.*$",
    re.I,
)
CREDIT_HINTS = ("hoto", "mage", "icture", "ic ", "redit", "Getty", "AFP", "REUTERS", "caption", "Caption")
# The label of a list of bullet points that sums a story up above its first paragraph ("Story highlights
# <bullet>"): the bullets below it are a summary, never the headline.
HIGHLIGHTS_LABEL_RE = re.compile(r"^(?-i:Story highlights)\b")
# Labels glued to the front of a paragraph by the scraper.
LEADING_LABEL_RE = re.compile(
    r"^(?:(?-i:Story highlights|Advertisement|ADVERTISEMENT)(?: Continue reading the main story)?)\s+(?=[\"“‘'A-Z0-9])"
)
_NAME = r"[A-Z][\w'’.\-]*"
BYLINE_RE = re.compile(
    r"^(?:by|written by|words by|story by|text by|reported by|posted by|author)\s*:?\s+(?P<rest>.+)$", re.I
)
BYLINE_CREDIT_RE = re.compile(
    r"\(?\s*(?:additional )?(?:reporting|writing|editing|compiled|compilation|research|translation|translated|"
    r"produced|graphics|interactive|photos|video|fact-checking) by\b|contributing:|\(?\s*(?:with )?additional "
    r"reporting\b|source\s*:",
    re.I,
)
CONTRIBUTED_RE = re.compile(
    r"contributed (?:reporting(?: to this (?:report|story|article))?|to this (?:report|story|article))\.?\)?$", re.I
)
BYLINE_OK_LOWER = lexicon.words("byline_lower_words")
# Lower-case name particles a byline may contain ("By Ana de la Cruz", "By Mohammed bin Salman").
BYLINE_PARTICLES = lexicon.words("name_particles")
# "By Monday, ...", "By then, ...": words after "By" that do not start a name.
NOT_NAMES = (
    frozenset(weekday_names(abbreviations=False))
    | frozenset(month_names(abbreviations=False))
    | lexicon.words("not_names_after_by")
)
# "Shaun Walker in Moscow and Spencer Ackerman in Washington": a byline without "By" (header zone only).
_PERSON = _NAME + r"(?: " + _NAME + r"){1,3}"
NAME_BYLINE_RE = re.compile(
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
ABOUT_HEADER_RE = re.compile(
    r"^(?i:about (?:the )?(?:authors?|writers?|reporters?|columnists?|contributors?))$"
    r"|^(?:About|ABOUT) (?P<name>" + _NAME + r"(?: (?:" + _NAME + "|" + "|".join(lexicon.entries("name_particles"))
    + r")){1,3})$"
)
THE_AUTHOR_RE = re.compile(r"^the (?:author|writer|columnist|reporter)s? (?:is|are|was|were|has|have|teaches)\b", re.I)
_BIO_ROLE = (
    r"(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|author|analyst|"
    r"freelancer|intern|fellow|photographer|photojournalist|blogger|anchor|host|critic|commentator)"
)
# "Jane Doe is a staff writer for The Herald." Present tense only: "Smith was a reporter for
# 30 years" is how an obituary ends, not a bio.
BIO_LINE_RE = re.compile(
    r"^" + _NAME + r"(?:\s+" + _NAME + r"){0,3}\s+(?:is|serves as|covers|writes)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w,'’\-]+\s+){0,6}?"
    + _BIO_ROLE
    + r"s?(?=\s+(?:for|at|with|based|covering|in|on)\b|[.,;]|$)"
)
# The same bio with the role in an apposition (inputs52): "Ann Lee, a national sports writer for The Herald, is on
# Twitter @annlee."; or the beat told by "covers": "Ann Lee covers science for The Herald. Follow Ann on Twitter at
# @annlee." Present tense, as above, and a handle to follow: "Ann Lee, the editor of …, is retiring" is news.
BIO_APPOSITION_RE = re.compile(
    r"^" + _NAME + r"(?:\s+" + _NAME + r"){0,3},\s+(?:an?|the)\s+(?:[\w'’\-]+\s+){0,6}?" + _BIO_ROLE
    + r"s?\b[^,.;]{0,80},\s+(?:is|writes|covers|can be)\b[^@]{0,120}(?<![\w.])@\w{2,}"
    r"|^" + _NAME + r"(?:\s+" + _NAME + r"){0,3}\s+covers\s[^@]{0,300}(?<![\w.])@\w{2,}"
)
BIO_NEXT_RE = re.compile(
    r"^(?:He|She|They|His|Her|Their)\b|\b(?:is|was|has been) (?:an?|the) (?:[\w,'’\-]+ ){0,6}?" + _BIO_ROLE,
)
REPUBLISHED_RE = re.compile(
    r"^this (?:story|article) appears in\b|^this (?:article|story|post|piece|column) (?:was )?(?:originally |first )?"
    r"(?:appeared|published|ran|posted)\b|^(?:originally|first) (?:appeared|published) (?:on|in|at)\b",
    re.I,
)

_DATE_KW = (
    r"published|first published|originally published|posted|updated|last updated|last modified|"
    r"modified|created|dated|date|released|issued|publication date|pub(?:lished)? date|"
    r"(?:this )?(?:article|story|page) (?:was )?(?:published|updated|last updated)"
)
DATE_KW_RE = re.compile(
    r"^(?P<kw>" + _DATE_KW + r")(?:\s+(?:on|at))?(?:\s*[:|\-–—]\s*|\s+)(?P<rest>.+)$",
    re.I,
)
# A date line whose dates the page's markup held apart (``<time>``) and the extractor dropped: its labels only,
# two or more, each ending in a colon ("Issued on: Modified:"; inputs41).
EMPTY_DATE_LABELS_RE = re.compile(r"^(?:(?:" + _DATE_KW + r")(?:\s+(?:on|at))?\s*:\s*){2,}$", re.I)
# A notice that the story is still being reported ("This is a developing story and will be updated."; inputs42):
# each sentence of the line opens with one of ``lexicon/update_notices.txt``.
UPDATE_NOTICE_RE = re.compile(
    r"^(?:" + lexicon.alternation(lexicon.words("update_notices"), space=r"\s+") + r")\b[^.!?]*[.!?]?$", re.I
)

DIGIT_RE = re.compile(r"\d")

# ------------------------------------------------------------------ cheap gates in front of the rules


# Cheap substring gates in front of the unanchored searches: most lines contain none of these,
# and a substring test costs a fraction of a regex scan.
SPAM_HINTS = ("binary", "from home", "money", "earn", "$", "free", "advice", "crypto", "chatbutton")
CMS_HINTS = ("modules", "javascript", "code to your", "image:", "caption", "{", "<!--", "-->", "cookie")
CREDIT_HINTS_LOW = (
    "/", "getty", "flickr", "shutter", "cc", "commons", "wikimedia", "photo", "stock", "alamy", "pa ",
    "courtesy", "image", "credit", "_", ".jp", ".png", ".gif", ".webp", ".tif",
)  # fmt: skip



# First words that may open a newsletter label, an outlet promo or a reader prompt: a set lookup keeps
# their regexes off the ordinary line.
NEWSLETTER_FIRST = lexicon.words("newsletter_first_words")
PROMO_FIRST = lexicon.words("promo_first_words")
READER_FIRST = lexicon.words("reader_prompt_first_words")

