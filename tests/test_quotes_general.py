# ruff: noqa: E501  (news paragraphs are kept on one line, as published)
"""Quotes and speakers on news written for these tests in many outlets' styles (wire ledes,
datelines, split quotes, quotes over two paragraphs, colon introductions, anonymous officials,
organisations, scare quotes). None of it comes from the evaluation set."""

from __future__ import annotations

import pytest

from blocwatch.attribution import _surname
from blocwatch.extract import article_from_text, make_doc


def test_surname_strips_a_possessive_but_not_a_final_s():
    assert _surname("Tedros") == "tedros"
    assert _surname("Lula's") == "lula"
    assert _surname("Dukas’") == "dukas"
    assert _surname("Moussa Faki Mahamat") == "mahamat"


def quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-05-10")))
    return [(q.text, q.speaker) for q in doc._.quotes]


CASES = [
    # "X told reporters" / "said X" after a one-word name
    ("""Kenya to send police to Haiti despite court ruling, Ruto says

NAIROBI, May 9 (Reuters) - Kenyan President William Ruto said on Thursday his government would press ahead.

"We will not abandon the people of Haiti," Ruto told reporters at State House. "Kenya keeps its word."

Opposition leader Raila Odinga disagreed. "This mission is unconstitutional," said Odinga, speaking in Kisumu.
""", [("We will not abandon the people of Haiti", "William Ruto"), ("Kenya keeps its word.", "William Ruto"),
      ("This mission is unconstitutional", "Raila Odinga")]),
    # an organisation's statement with a fragment
    ("""BRASILIA (Reuters) - Brazil's Foreign Minister Mauro Vieira told Reuters on Tuesday that Mercosur would not sign the deal.

"The conditions are simply not there," Vieira said in an interview.
""", [("The conditions are simply not there", "Mauro Vieira")]),
    # according to
    ("""BEIJING (Xinhua) -- China is ready to work with ASEAN countries, according to Chinese Foreign Minister Wang Yi.

"China and ASEAN are good neighbours and good partners," according to Wang, who spoke in Vientiane on Friday.
""", [("China and ASEAN are good neighbours and good partners", "Wang Yi")]),
    # social media
    ("""Ukrainian President Volodymyr Zelensky wrote on X, formerly Twitter, that the strikes were "another act of terror."

"Russia must be held accountable," Zelensky wrote in a post on Telegram late on Sunday.
""", [("another act of terror", "Volodymyr Zelensky"), ("Russia must be held accountable", "Volodymyr Zelensky")]),
    # a quote split around its attribution, speaker a pronoun
    ("""JOHANNESBURG (AFP) - South African Foreign Minister Naledi Pandor rejected the criticism on Monday.

"We will not," she said, "accept lectures from anyone about our foreign policy."
""", [("We will not", "Naledi Pandor"), ("accept lectures from anyone about our foreign policy", "Naledi Pandor")]),
    # a quote over two paragraphs, attributed in the second; the speaker's one-word name ends in s
    ("""GENEVA (AP) - The head of the World Health Organization, Tedros Adhanom Ghebreyesus, issued a warning on Wednesday.

"The situation in Gaza is catastrophic. Hospitals are running out of fuel and medicine.

"We are calling on all parties to allow aid in immediately," Tedros told a news conference in Geneva.
""", [("The situation in Gaza is catastrophic. Hospitals are running out of fuel and medicine.",
       "Tedros Adhanom Ghebreyesus"),
      ("We are calling on all parties to allow aid in immediately", "Tedros Adhanom Ghebreyesus")]),
    # an anonymous official keeps the description, not a wrong name
    ("""WASHINGTON (Reuters) - The United States will announce new sanctions on Iran next week.

"We are going to hold Tehran accountable," a senior U.S. official who spoke on condition of anonymity told reporters.
""", [("We are going to hold Tehran accountable", "senior U.S. official")]),
    # organisations
    ("""WASHINGTON (AP) - The State Department said on Friday it was "deeply concerned" by the arrests in Caracas.

"The Venezuelan people deserve free and fair elections," the department said in a statement.
""", [("deeply concerned", "State Department"),
      ("The Venezuelan people deserve free and fair elections", "State Department")]),
    # a colon introduces a quote paragraph
    ("""SEOUL (Yonhap) - South Korean President Yoon Suk Yeol issued a warning to Pyongyang on Monday:

"Any provocation will be met with a swift and overwhelming response."
""", [("Any provocation will be met with a swift and overwhelming response.", "Yoon Suk Yeol")]),
    # the dateline is not the speaker even when the parser makes it a second subject
    ("""NEW DELHI (Reuters) - Indian Prime Minister Narendra Modi posted on X on Saturday: "India stands firmly with the people of Bangladesh."
""", [("India stands firmly with the people of Bangladesh.", "Narendra Modi")]),
    # "said X, the prime minister" ; an unnamed resident ; a named witness
    ("""KHARTOUM (Al Jazeera) - Fighting raged in El Fasher on Sunday.

"The shelling has not stopped since dawn," said a resident who asked not to be named.

"We have no water and no food," said Amna Ibrahim, a mother of five.
""", [("The shelling has not stopped since dawn", "resident"), ("We have no water and no food", "Amna Ibrahim")]),
    # quoted as saying, then "added:"
    ("""TEHRAN (Reuters) - Iranian state media quoted Foreign Minister Abbas Araqchi as saying that Tehran was "ready for serious talks."

Araqchi, speaking at a news conference, added: "The ball is in Washington's court."
""", [("ready for serious talks", "Abbas Araqchi"), ("The ball is in Washington's court.", "Abbas Araqchi")]),
    # a group chants
    ("""NAIROBI (AP) - Thousands of protesters marched through the capital on Tuesday.

"Ruto must go!" the protesters chanted as police fired tear gas.
""", [("Ruto must go!", "protesters")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", CASES)
def test_quotes_in_many_styles(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.model
def test_the_agency_of_the_dateline_never_speaks_for_a_junta(nlp):
    got = quotes(nlp, """ABUJA (AFP) - The junta has promised a "transition" to civilian rule, but critics doubt it.
""")
    assert all(speaker not in ("AFP", "Agence France-Presse") for _, speaker in got)


@pytest.mark.model
def test_a_government_is_not_the_organisation_named_before(nlp):
    got = quotes(nlp, """ADDIS ABABA (Reuters) - The African Union urged calm in Sudan on Monday.

The government said the report was "full of lies."
""")
    assert ("full of lies", "African Union") not in got


ACCUSER_AND_SPOKESPERSON = [
    ("Iran's foreign ministry issued a statement accusing Israel of supporting \"terrorism\" in the region.",
     [("terrorism", "Iranian Foreign Ministry")]),
    ("Beijing on Tuesday condemned the new tariffs, calling the measures \"unjustified\" and vowing to respond.",
     [("unjustified", "Beijing")]),
    ("Iranian Foreign Minister Abbas Araqchi hit back on Sunday, accusing Washington of \"economic terrorism\".",
     [("economic terrorism", "Abbas Araqchi")]),
    ("Venezuelan President Nicolas Maduro said the vote was fair. \"We will not accept interference,\" a U.S. State Department spokesperson said.",
     [("We will not accept interference", "State Department")]),
    ("\"We are deeply concerned by the violence,\" a spokesperson for the U.N. secretary-general said.",
     [("We are deeply concerned by the violence", "spokesperson for the U.N. secretary-general")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", ACCUSER_AND_SPOKESPERSON)
def test_scare_quotes_go_to_the_accuser_and_a_new_spokesperson_is_not_the_last_speaker(nlp, text, expected):
    assert quotes(nlp, text) == expected
