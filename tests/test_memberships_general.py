# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership statements on sentences written for these tests in wire styles (joins, exits,
suspensions lifted, applications, candidate status, appositions, member lists) and negatives
that must give nothing. None of it comes from the evaluation set."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text, make_doc

pytestmark = pytest.mark.model


def read(nlp, text: str) -> set[tuple]:
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-05-10")))
    return {(m.org, m.member, m.status, m.since, m.until) for m in doc._.memberships}


POSITIVE = [
    ("HELSINKI (Reuters) - Finland became the 31st member of NATO on Tuesday, doubling the alliance's border with Russia.",
     {("NATO", "FIN", "member", "2024-05-07", None)}),
    ("Montenegro acceded to NATO in June 2017 despite strong objections from Moscow.",
     {("NATO", "MNE", "member", "2017-06", None)}),
    ("Angola pulled out of OPEC in December 2023 after a dispute over production quotas.",
     {("OPEC", "AGO", "former_member", None, "2023-12")}),
    ("Russia was expelled from the Council of Europe in March 2022.",
     {("COE", "RUS", "former_member", None, "2022-03")}),
    ("ADDIS ABABA (Reuters) - The African Union lifted the suspension of Gabon on Wednesday, citing progress toward elections.",
     {("AU", "GAB", "member", "2024-05-08", None)}),
    ("KYIV (Reuters) - Ukraine submitted its application to join the European Union on February 28, 2022.",
     {("EU", "UKR", "applicant", None, None)}),
    ("Bosnia and Herzegovina formally applied for EU membership in 2016.",
     {("EU", "BIH", "applicant", "2016", None)}),
    ("EU leaders granted candidate status to Georgia in December 2023.",
     {("EU", "GEO", "applicant", "2023-12", None)}),
    ("The European Union granted candidate status to Moldova in June 2022.",
     {("EU", "MDA", "applicant", "2022-06", None)}),
    ("Hungary, an EU and NATO member, has kept close ties with Moscow.",
     {("EU", "HUN", "member", None, None), ("NATO", "HUN", "member", None, None)}),
    ("North Macedonia, an EU candidate country since 2005, is still waiting to open talks.",
     {("EU", "MKD", "applicant", "2005", None)}),
    ("Qatar, an OPEC member until 2019, now focuses on gas.",
     {("OPEC", "QAT", "former_member", None, "2019")}),
    ("Saudi Arabia, Egypt and the UAE officially joined BRICS on January 1, 2024.",
     {("BRICS", "SAU", "member", "2024-01-01", None), ("BRICS", "EGY", "member", "2024-01-01", None),
      ("BRICS", "ARE", "member", "2024-01-01", None)}),
    ("Venezuela was suspended from Mercosur in 2016.", {("Mercosur", "VEN", "suspended", "2016", None)}),
    # a bloc's partner tier is its own status, named as the KB names it, never "member"
    ("Bolivia was accepted as a BRICS partner country in October 2024.",
     {("BRICS", "BOL", "partner", "2024-10", None)}),
]


@pytest.mark.parametrize("text,expected", POSITIVE)
def test_membership_statements(nlp, text, expected):
    assert read(nlp, text) == expected


NEGATIVE = [
    "India hosted the G20 summit in New Delhi in September 2023.",
    "Brazilian President Luiz Inacio Lula da Silva attended the BRICS summit in Johannesburg.",
    "Germany is a key trading partner of China.",
    "Serbia may one day join the European Union, but analysts say accession is years away.",
    "Egypt hosted the African Union summit in Cairo, where leaders discussed the Sudan war.",
    "Russia's withdrawal from the Black Sea grain deal alarmed the United Nations.",
    "Turkey has not joined EU sanctions against Russia.",
    "Mexico pulled out of the talks with the United States in June.",
    "The United States withdrew its troops from Niger in 2024.",
    "Argentina declined to join BRICS after its new president took office.",
    "India and Pakistan joined the Shanghai Cooperation Organisation summit in Astana.",
]


@pytest.mark.parametrize("text", NEGATIVE)
def test_no_membership_where_none_is_stated(nlp, text):
    assert read(nlp, text) == set()


def test_a_new_bloc_named_like_an_anaphor_is_not_the_bloc_named_before(nlp):
    got = read(nlp, "Burkina Faso, Mali and Niger, all suspended from ECOWAS, formed the Alliance of Sahel States.")
    assert not {m for m in got if m[0] == "ECOWAS" and m[2] == "founder"}


# Status errors and list shapes (our own sentences in wire styles)
STATUS_AND_LISTS = [
    # a withdrawal still ahead leaves the state a member: no fact
    ("NIAMEY (AFP) - Niger's military government announced on Sunday that it will withdraw from the Economic Community of West African States.", set()),
    ("BAMAKO (Reuters) - Mali said it would quit ECOWAS within a year, deepening a rift with its neighbours.", set()),
    # a call for suspension is not a suspension
    ("Several leaders called for Guinea to be suspended from the African Union after the coup.", set()),
    ("HARARE (AP) - The opposition called for the suspension of Zimbabwe from the Commonwealth.", set()),
    # a later join beats an earlier application for the same state
    ("Sweden and Finland applied to join NATO in May last year. Finland joined the alliance in April.",
     {("NATO", "SWE", "applicant", "2023-05", None), ("NATO", "FIN", "member", "2024-04", None)}),
    # "Other members include A, B and C" after the bloc is named
    ("JAKARTA (Xinhua) -- ASEAN foreign ministers met on Friday. Cambodia joined the bloc in 1999. Other members include Thailand, Malaysia and Singapore.",
     {("ASEAN", "KHM", "member", "1999", None), ("ASEAN", "THA", "member", None, None),
      ("ASEAN", "MYS", "member", None, None), ("ASEAN", "SGP", "member", None, None)}),
    # "a six-nation bloc that groups A, B, C" in apposition to the bloc
    ("The Gulf Cooperation Council, a six-nation bloc that groups Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the United Arab Emirates, met in Riyadh.",
     {("GCC", c, "member", None, None) for c in ("SAU", "KWT", "QAT", "BHR", "OMN", "ARE")}),
    # a restored membership is membership again
    ("CAIRO (Reuters) - The Arab League voted on Sunday to restore Syria's membership of the organisation.",
     {("LAS", "SYR", "member", "2024-05-05", None)}),
    # "the last of the N member states to ratify"
    ("Hungary became the last of the 31 NATO member states to ratify Sweden's accession.",
     {("NATO", "HUN", "member", None, None)}),
    ("Kazakhstan and Kyrgyzstan are both members of the SCO and the CSTO.",
     {(o, c, "member", None, None) for o in ("SCO", "CSTO") for c in ("KAZ", "KGZ")}),
    # the dateline place is never a member
    ("BRUSSELS, May 3 (Reuters) - NATO members agreed on Monday to raise defence spending targets.", set()),
]


@pytest.mark.parametrize("text,expected", STATUS_AND_LISTS)
def test_membership_status_and_list_shapes(nlp, text, expected):
    assert read(nlp, text) == expected
