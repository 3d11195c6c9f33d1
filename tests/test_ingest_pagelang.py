"""A page declaring another language than English whose text has few English function words is skipped (inputs31)."""

from __future__ import annotations

import pytest

from storyline.errors import UnsupportedLanguage
from storyline.ingest.html import parse_html

# Made-up text in a Latin-script language outside the language guesser's fifteen (a Baltic-looking one).
FOREIGN = [
    "Pilsētas dome otrdien nolēma slēgt veco tiltu pār upi, jo inženieri atrada plaisas tā balstos.",
    "Satiksme tiks novirzīta pa apvedceļu vismaz trīs mēnešus, paziņoja domes priekšsēdētāja Ilze Kalniņa.",
    "Iedzīvotāji sūdzas par garākiem ceļiem uz darbu un skolu, bet dome sola jaunu tiltu līdz nākamajam rudenim.",
]
ENGLISH = [
    "The city council voted on Tuesday to close the old bridge over the river after engineers found cracks.",
    "Traffic will be sent along a bypass for at least three months, the council's chair said in a statement.",
    "Residents complain of longer trips to work and school, but the council has promised a new bridge by autumn.",
]


def page(paragraphs: list[str], lang: str) -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html lang="{lang}"><head><title>Tilts slēgts</title></head><body><article><h1>Tilts slēgts</h1>'
            f"{body}</article></body></html>")


def test_a_page_declaring_another_language_with_few_english_words_is_skipped() -> None:
    with pytest.raises(UnsupportedLanguage, match='declares its language "lv"'):
        parse_html(page(FOREIGN, "lv-LV"), "lv.html")


def test_the_declared_language_alone_or_the_text_alone_skips_nothing() -> None:
    assert parse_html(page(ENGLISH, "lv"), "en-under-lv.html").text  # a site's home language over English text
    assert parse_html(page(FOREIGN, "en"), "lv-under-en.html").text  # this rule needs the page's own word
    cyrillic = ["Городской совет во вторник решил закрыть старый мост через реку, так как инженеры нашли трещины."]
    assert parse_html(page(cyrillic * 3, "ru"), "ru.html").text  # another script: cleaning names it by its letters
