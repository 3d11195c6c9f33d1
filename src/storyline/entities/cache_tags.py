"""Every tag that keeps one check's answers apart in the entities stage's shared cache (``_Evidence.written``).

A check caches its answer for a name under ``TAG + name``; two checks with one tag would read each other's answers
(two such collisions were found by hand: ``file_formats`` and ``mass_names`` once shared ``spelled_initials``'s).
Every tag is listed here, once; ``tests/test_entities_cache_tags.py`` checks that no two are equal and that none
opens another (a key is a tag and a name, and a name opens with no control character). Keys with no tag are whole
names counted in the texts ("NYSE Euronext": ``grown``, ``cut_names``).
"""

from __future__ import annotations

LOWER_WORD = "\0"  # a word's count written in lower case (grown, evidence, surname_cuts: one meaning, shared)
THING_LABEL = "\1"  # thing_labels: an acronym only before a recording's noun
MEASURE_ACRONYM = "\2"  # measure_acronyms
NOUN_ACRONYM = "\3"  # noun_acronyms
SPELLED_INITIALS = "\4"  # spelled_initials
OWNED_THING = "\5"  # owned_things
PORTFOLIO = "\6"  # portfolios
CRAFT_USE = "\7"  # craft_uses
CONDITION = "\x10"  # condition_names
QUESTION_OPENER = "\x11"  # question_openers
UNIT_HEAD = "\x12"  # unit_heads
CRAFT_SHORT_NAME = "\x13"  # craft_short_names
RACE_EVENT = "\x14"  # race_events
PRODUCT_NOUN_AFTER = "\x15"  # product_names: a person's name before a product's noun
MEDIA_MAKER = "\x16"  # media_owners
VERSION_NOUN_AFTER = "\x17"  # product_names: a name before a version's noun
FILE_FORMAT = "\x18"  # file_formats
DEVICE_ACRONYM = "\x19"  # device_acronyms
MASS_NAME = "\x1a"  # mass_names
ALONE_WORD = "\x1b"  # surname_cuts: a word's count written alone, as written
ATTRIBUTIVE = "\x1c"  # attributive_names: only ever before a lower-case noun
PLURAL_WRITTEN = "\x1d"  # attributive_names: the name with an "s" written too
WORD_AS_HEAD = "\x1e"  # attributive_names: a place modifier's word alone, never a head after "the"
PARTY_MODIFIER = "\x1f"  # attributive_names: a name ending in a party's adjective, only before a noun
THING_ACRONYM = "\x0e"  # thing_acronyms: an acronym written as a thing, never as a body
FACILITY_HEAD = "\x0f"  # facility_heads: a one-word name only before a facility's noun
SPELLED_TOOL = "\x08"  # tool_names: an acronym spelled out by a tool's name
RESIDENT_MODIFIER = "\x09"  # resident_modifiers: a one-word name only before a person's noun
NAME_WITHOUT_WORD = "\ue000"  # left_cuts: a name written without the capitalised word before it (the control
# characters are all taken: a tag from here on is a private-use character, which no name opens with either)
WORD_AND_NAME = "\ue001"  # left_cuts: a capitalised word and the name after it, written together
BUILDING_PART = "\ue002"  # facility_heads: a one-word name only before a building part's noun
SURNAME_AS_PERSONS = "\ue003"  # person_kinds: a full name's last word written alone as a person's
NOUN_PHRASE_MODIFIER = "\ue004"  # modifier_names: a one-word name only a modifier inside a noun phrase
PLURAL_SPELLED = "\ue005"  # tool_names: a name written before a plural acronym in brackets
DIVISION_HEAD = "\ue006"  # modifier_names: a one-word name written opening a division's name
SLOGAN_WORD = "\ue007"  # slogan_words: a one-word name written only as a sentence in a run of such sentences
PRODUCT_NOUN_ONCE = "\ue008"  # product_names: a one-word name once before a product's noun, never a person's
KIND_GLOSS = "\ue009"  # kind_glosses: a name once glossed as a kind of living thing or a craft, never a person's
KIND_NOUN_AFTER = "\ue00a"  # kind_glosses: a one-word name once before a kind's noun or glossed, never a person's
FACILITY_NAME = "\ue00b"  # facility_heads: a full name mostly before or after a facility's noun, never a person's
MODIFIER_THING = "\ue00d"  # modifier_names: a one-word name twice a modifier inside a noun phrase, never anyone's
FACILITY_BODY = "\ue00e"  # facility_heads: a one-word body's name mostly beside a facility's noun, never a speaker's
CRAFT_MOSTLY = "\ue00c"  # craft_uses: a name mostly before a craft's lower-case noun, never a person's or a speaker's
VESSEL_NAME = "\ue00f"  # vessel_names: a name after a vessel's lower-case noun, else only after "the"

TAGS: dict[str, str] = {name: value for name, value in globals().items() if name.isupper() and isinstance(value, str)}
"""Every tag by its constant's name (the test reads this)."""
