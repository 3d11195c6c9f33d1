"""Why a line (or part of one) was removed: the reasons ``Document.removed`` records.

A ``StrEnum``, so a reason is still the plain string the JSON contract shows
("navigation", "photo credit") while mypy checks every comparison.
"""

from __future__ import annotations

from enum import StrEnum


class Reason(StrEnum):
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
    MARKUP = "furniture in the page's markup"  # HTML: a newsletter box, a standfirst, a related link (ingest.markup)
    PAGE_HEADLINE = "page headline"  # HTML: an <h1> line that is not the title
    FURNITURE = "site furniture"  # the model's verdict where no rule names the kind
    SUBHEAD = "subheading"  # a crosshead run into the sentence after it (a record's one-paragraph text)
    LOST_SPACE = "lost space restored"  # a record's words run together, mended: as written -> as mended (lostspaces)
    LOST_MARK = "lost mark restored"  # a mark inside a record's word that stands for another, mended (innermarks)
    AFTER_SIGNOFF = "after the sign-off"  # a record's line after the writers' initials and wires: the page's boxes
