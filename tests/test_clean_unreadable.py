"""A body whose language cannot be told and that does not read as English is skipped (read42, inputs39).

Placeholder text (thirteen "Lorem ipsum" fixtures) passed the language gate: ``detect_language`` named French at
0.17-0.19, under its 0.3 minimum, so they were briefed as English; one variant rich in "et" and "est" was skipped
as "fr". The texts here are made up: pseudo-Latin filler, and a results table whose few lower-case words are
English.
"""

from __future__ import annotations

import pytest

from storyline.clean import clean_document
from storyline.clean.language import detect_language, reads_as
from storyline.errors import UnsupportedLanguage
from storyline.model import RawDocument

FILLER = ("Velum tarsi nomen quoddam fiet ex sorbo, mirta dulcis in pavo canet ultra morsus. Ferox ora limbus "
          "tessa gravis ducit ad vallum, quo nervi salsa corda vorant. Ponto lumine vesta sibri nocta fulmina, "
          "tarpa sed vorax in meldo. Quando virta pelos sanguis, sorba ceti ad ripam dormit et vorta dolens. ") * 2
FILLER_ET = ("Velum tarsi et nomen est quoddam et fiet est sorbo, et mirta est dulcis et pavo. Ferox et ora est "
             "limbus et tessa est gravis et vallum. Ponto et lumine est vesta et sibri est nocta et fulmina. ") * 3
RESULTS = ("GIRLS SOCCER\nHarlow d. Brinton 3-1\nHarlow (4-2): Okafor 2 goals, Lindqvist 1 goal. Brinton (1-5): "
           "Marsh 1 goal.\nBOYS TENNIS\nKellam d. Ostrow 5-2\nSingles: Petrakis d. Moreau 6-2, 6-1; Haldane d. "
           "Varga 6-4, 7-5; Ibsen d. Tull 6-3, 6-0.\nDoubles: Rask and Coyle d. Imre and Baptiste 6-2, 6-4.\n")


def clean(text: str) -> object:
    return clean_document(RawDocument(id="page.html", text=text))


@pytest.mark.parametrize("text", [FILLER, FILLER_ET])
def test_filler_that_reads_as_no_language_is_skipped_with_that_reason(text: str) -> None:
    with pytest.raises(UnsupportedLanguage) as info:
        clean(text)
    assert info.value.reason.startswith("does not read as English (most of its lower-case words are no English "
                                        "words, ") and "cannot be told" in info.value.reason


def test_the_detector_alone_does_not_catch_the_filler() -> None:
    """Without ``reads_as`` the filler passes (no confident verdict) or is named French (a few shared words)."""
    code, confidence = detect_language(FILLER)
    assert code != "en" and confidence < 0.3
    code, confidence = detect_language(FILLER_ET)
    assert code == "fr" and confidence >= 0.3 and not reads_as(FILLER_ET, "fr")


def test_a_results_table_of_names_and_numbers_is_english() -> None:
    assert reads_as(RESULTS, "en")
    assert "Okafor 2 goals" in clean(RESULTS).text  # type: ignore[attr-defined]


def test_real_french_keeps_its_name() -> None:
    text = ("La Russie a lancé mercredi ses premières frappes aériennes en Syrie. Selon le ministère de la "
            "Défense, les avions ont visé des positions du groupe, mais les États-Unis affirment que les frappes "
            "ont touché des rebelles qui ne sont pas liés à l'organisation.")
    with pytest.raises(UnsupportedLanguage) as info:
        clean(text)
    assert info.value.reason.startswith("language looks like fr")


def test_a_verdict_short_of_confidence_names_the_language_its_words_are() -> None:
    """A results table in Portuguese: few function words, so ``detect_language`` is unsure; its words are
    Portuguese and not English, so it is named, not "cannot be told"."""
    text = ("Resultados: Flamengo 2, Palmeiras 1; Santos 0, Grêmio 3; Corinthians 1, Bahia 1. Artilharia: Pedro, "
            "Gabigol, Rony, Suárez, Yuri Alberto, Hulk, Paulinho, Vegetti, Cano, Tiquinho Soares. Próxima rodada: "
            "sábado e domingo. Classificação: Botafogo com 45 pontos, Palmeiras com 43 pontos, Flamengo 41 pontos, "
            "Bragantino 40 pontos. Rebaixamento: Coritiba, Goiás, América, Vasco. Técnico demitido.")
    assert detect_language(text)[1] < 0.3
    with pytest.raises(UnsupportedLanguage) as info:
        clean(text)
    assert info.value.reason.startswith("language looks like pt")
