"""The English detector must keep one-sentence English briefs and reject other languages."""

import pytest

from blocwatch.langid import detect, is_english

ENGLISH = [
    "Chile and Peru have agreed to hold joint naval drills next spring, "
    "a Peruvian navy spokesman said.",
    "The foreign ministers met in the Kazakh capital on Tuesday and called for an immediate ceasefire.",
    "Regional leaders pledged to raise their defence spending, the summit's closing statement said.",
    "Ministers Meet on Border Security",
    "Finland joins NATO",
    "Parliament votes to leave the trade bloc",
    "Germany has sold Poland forty Leopard battle tanks worth three billion euros, "
    "Defence Minister Anna Weber told lawmakers.",
]

FOREIGN = [
    ("fr", "Les ministres des affaires étrangères se sont réunis lundi à Bruxelles pour discuter "
           "des sanctions, selon un communiqué publié dans la soirée."),
    ("de", "Die Außenminister der Mitgliedstaaten haben sich am Montag getroffen, um über die "
           "Lage an der Grenze zu beraten, wie ein Sprecher mitteilte."),
    ("es", "Los ministros de Exteriores se reunieron el lunes para debatir la situación en la "
           "frontera y pidieron una solución pacífica al conflicto."),
    ("ru", "Министры иностранных дел стран содружества встретились во вторник и обсудили "
           "ситуацию на границе."),
    ("zh", "各国外长周二举行会议，讨论边境局势，并呼吁通过对话解决分歧。"),
    ("ar", "اجتمع وزراء الخارجية يوم الثلاثاء لبحث الوضع على الحدود ودعوا إلى الحوار."),
]


@pytest.mark.parametrize("text", ENGLISH)
def test_langid_accepts_short_english(text: str) -> None:
    code, confidence = detect(text)
    assert code == "en"
    assert 0 < confidence <= 1


@pytest.mark.parametrize(("expected", "text"), FOREIGN)
def test_langid_rejects_other_languages(expected: str, text: str) -> None:
    code, _ = detect(text)
    assert code == expected
    assert not is_english(text)


def test_langid_short_latin_text_of_another_language_is_not_english() -> None:
    assert detect("Menteri luar negeri bertemu di Jakarta pada hari Selasa untuk membahas perbatasan.")[0] != "en"


def test_langid_empty_and_digits_are_undetermined() -> None:
    assert detect("") == ("und", 0.0)
    assert detect("2021 - 2023 , 15 %")[0] == "und"


def test_langid_english_with_foreign_names_stays_english() -> None:
    text = ("Officials from Los Angeles and Rio de Janeiro met the delegation of the Union "
            "économique et monétaire ouest-africaine, which said it would respond within a week.")
    assert detect(text)[0] == "en"


def test_langid_long_english_with_few_stop_words_is_english() -> None:
    text = "Russia, China, Kazakhstan, Kyrgyzstan, Tajikistan and Uzbekistan founded the group in 2001."
    assert detect(text)[0] == "en"


@pytest.mark.parametrize("text", [
    # a name that spells another language's function word ("han" is Spanish)
    "Uighur rioters attacked Han Chinese in Urumqi, state media said.",
    # a brief with no English stop word at all
    "Chinese state-backed hackers breached U.S. government computers holding personnel records, officials said.",
    "Bolivian troops deployed near La Paz, officials said.",
])
def test_langid_name_heavy_english_briefs_stay_english(text: str) -> None:
    assert detect(text)[0] == "en"


def test_langid_one_foreign_looking_name_does_not_outweigh_english_but_foreign_prose_still_detected() -> None:
    assert detect("Han said.")[0] == "en"
    assert detect("Los ministros se reunieron en la capital y pidieron una tregua.")[0] == "es"


@pytest.mark.parametrize("text", [
    "Kenyan police arrested opposition supporters near Kisumu.",
    "Syrian jets pounded rebel-held Douma.",
    "Chadian soldiers repeatedly shelled insurgent camps near Lake Chad.",
])
def test_langid_content_word_briefs_are_english_by_their_inflections(text: str) -> None:
    assert detect(text)[0] == "en"


def test_langid_acronyms_are_not_foreign_function_words() -> None:
    # "UN" and "AU" are French function words in lower case; as capitals they are acronyms.
    assert detect("Khartoum accepted a joint UN-AU mission in Darfur.")[0] == "en"
    # A headline set wholly in capitals keeps its words.
    assert detect("LES MINISTRES SE SONT RÉUNIS À PARIS POUR LE SOMMET")[0] == "fr"


def test_langid_inflection_evidence_does_not_make_foreign_prose_english() -> None:
    assert detect("Menteri luar negeri bertemu di Jakarta pada hari Selasa untuk membahas perbatasan.")[0] != "en"
    assert detect("Los ministros se reunieron el lunes en Madrid y firmaron un acuerdo comercial.")[0] == "es"
