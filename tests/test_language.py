"""Tests for language.py: script and stopword detection, confidence, bounded reading."""

from __future__ import annotations

import pytest

from storyline.clean.language import detect_language, stopword_share

ENGLISH = (
    "Russia has conducted its first airstrike in Syria, near the city of Homs, a senior U.S. official "
    "confirmed. The Russians told the United States that they should not fly warplanes in Syria, but "
    "gave no information about where they planned to strike. The official said missions are continuing."
)

SAMPLES = {
    "fr": "La Russie a lancé mercredi ses premières frappes aériennes en Syrie, selon le ministère de la "
    "Défense, qui affirme avoir visé des positions du groupe État islamique dans la région de Homs.",
    "de": "Russland hat am Mittwoch erstmals Luftangriffe in Syrien geflogen. Nach Angaben des "
    "Verteidigungsministeriums wurden Stellungen der Terrormiliz getroffen, die USA sind skeptisch.",
    "es": "Rusia lanzó el miércoles sus primeros ataques aéreos en Siria, según el Ministerio de Defensa, "
    "que asegura haber atacado posiciones del grupo Estado Islámico en la provincia de Homs.",
    "it": "La Russia ha lanciato mercoledì i primi attacchi aerei in Siria, secondo il ministero della "
    "Difesa, che afferma di aver colpito le posizioni dello Stato islamico nella provincia di Homs.",
    "pt": "A Rússia lançou na quarta-feira os primeiros ataques aéreos na Síria, segundo o Ministério da "
    "Defesa, que afirma ter atingido posições do Estado Islâmico na província de Homs.",
    "nl": "Rusland heeft woensdag voor het eerst luchtaanvallen uitgevoerd in Syrië, volgens het ministerie "
    "van Defensie, dat zegt dat er stellingen van IS zijn getroffen.",
    "tr": "Rusya Çarşamba günü Suriye'de ilk hava saldırılarını gerçekleştirdi ve bu saldırılar için çok "
    "büyük bir operasyon başlattı.",
    "pl": "Rosja w środę po raz pierwszy przeprowadziła naloty w Syrii, a ministerstwo obrony poinformowało, "
    "że to jest dopiero początek operacji.",
    "ru": "Россия в среду нанесла первые авиаудары по позициям боевиков в Сирии, сообщило министерство обороны.",
    "uk": "Росія в середу завдала перших авіаударів у Сирії, повідомило міністерство оборони її країни.",
    "ar": "شنت روسيا أولى غاراتها الجوية في سوريا يوم الأربعاء، بحسب وزارة الدفاع الروسية.",
    "zh": "俄罗斯周三在叙利亚发动首次空袭，国防部表示袭击了伊斯兰国的阵地。",
    "ja": "ロシアは水曜日にシリアで初の空爆を行ったと国防省が発表した。",
    "ko": "러시아는 수요일 시리아에서 첫 공습을 감행했다고 국방부가 밝혔다.",
    "el": "Η Ρωσία πραγματοποίησε την Τετάρτη τις πρώτες αεροπορικές επιδρομές στη Συρία.",
    "he": "רוסיה ביצעה ביום רביעי את התקיפות האוויריות הראשונות שלה בסוריה.",
}


def test_english_is_detected_with_high_confidence() -> None:
    code, confidence = detect_language(ENGLISH)
    assert code == "en"
    assert confidence >= 0.6


@pytest.mark.parametrize(("code", "text"), sorted(SAMPLES.items()))
def test_other_languages_are_recognised(code: str, text: str) -> None:
    got, confidence = detect_language(text)
    assert got == code
    assert confidence >= 0.3


def test_english_with_foreign_names_and_quotes_stays_english() -> None:
    text = (
        "Le Monde reported that « la Russie a frappé » near Homs, while Der Spiegel said the strikes "
        "were a warning to the West. President Bashar al-Assad thanked Moscow for its support."
    )
    assert detect_language(text)[0] == "en"


@pytest.mark.parametrize("text", ["", "   ", "12345 67 89", "—•—"])
def test_nothing_to_go_on_gives_none(text: str) -> None:
    assert detect_language(text) == (None, 0.0)


def test_a_url_is_no_language() -> None:
    assert detect_language("https://example.com/2015/09/30/world")[1] < 0.3


def test_short_text_gives_low_confidence() -> None:
    code, confidence = detect_language("Russia strikes Syria")
    assert confidence < 0.3
    code, confidence = detect_language("About 200 people attended.")
    assert confidence < 0.3


def test_confidence_is_between_zero_and_one() -> None:
    for text in [ENGLISH, *SAMPLES.values(), ENGLISH * 50]:
        _, confidence = detect_language(text)
        assert 0.0 <= confidence <= 1.0


def test_a_long_article_is_read_only_as_far_as_its_sample() -> None:
    """Detection costs the same on any length: what follows the sample cannot change the answer.
    (Not a timing assert: bench/language_speed.py measures the time per article.)"""
    article = ENGLISH * 40  # ~1,800 words, far more than is sampled
    tail = "\n" + SAMPLES["fr"] * 400
    assert detect_language(article + tail) == detect_language(article)
    assert stopword_share(article + tail, "en") == stopword_share(article, "en")
    assert detect_language(article)[0] == "en"


def test_stopword_share_separates_english_prose_from_other_languages() -> None:
    assert stopword_share(ENGLISH, "en") > 0.25
    for code in ("fr", "de", "es", "nl", "pl"):
        assert stopword_share(SAMPLES[code], "en") < 0.15
        assert stopword_share(SAMPLES[code], code) > 0.15
    assert stopword_share(ENGLISH, "xx") == 0.0
    assert stopword_share("", "en") == 0.0
