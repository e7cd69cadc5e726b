"""Membership statements read by the full pipeline from our own varied news sentences."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text, make_doc

pytestmark = pytest.mark.model


def read(nlp, text: str, published: str | None = None) -> set[tuple]:
    doc = nlp(make_doc(nlp, article_from_text(text, published=published)))
    return {(m.org, m.member, m.status, m.since, m.until) for m in doc._.memberships}


POSITIVE = (
    "Founded in 1949, NATO consisted of the United States, Canada, France and Britain before Greece and "
    "Turkey joined the alliance in 1952.\n\n"
    "Mali, Burkina Faso and Niger left ECOWAS in January 2024.\n\n"
    "Qatar quit OPEC in 2019.\n\n"
    "Timor-Leste holds observer status at ASEAN.\n\n"
    "Ukraine wants to join the European Union.\n\n"
    "Bulgaria and Romania were admitted to the EU in 2007.\n\n"
    "The Gulf Cooperation Council was founded in 1981 by Saudi Arabia, Kuwait, Bahrain, Qatar, "
    "the United Arab Emirates and Oman.\n\n"
    "BRICS will admit Egypt, Ethiopia and Indonesia as new members on January 1, 2025.\n\n"
    "NATO leaders met in Vilnius. Sweden became the alliance's 32nd member in March 2024.\n\n"
)


def test_memberships_joins_exits_founders_observers_applicants(nlp):
    got = read(nlp, POSITIVE)
    expected = {
        ("NATO", "USA", "founder", "1949", None), ("NATO", "CAN", "founder", "1949", None),
        ("NATO", "FRA", "founder", "1949", None), ("NATO", "GBR", "founder", "1949", None),
        ("NATO", "GRC", "member", "1952", None), ("NATO", "TUR", "member", "1952", None),
        ("ECOWAS", "MLI", "former_member", None, "2024-01"), ("ECOWAS", "BFA", "former_member", None, "2024-01"),
        ("ECOWAS", "NER", "former_member", None, "2024-01"),
        ("OPEC", "QAT", "former_member", None, "2019"),
        ("ASEAN", "TLS", "observer", None, None),
        ("EU", "UKR", "applicant", None, None),
        ("EU", "BGR", "member", "2007", None), ("EU", "ROU", "member", "2007", None),
        ("GCC", "SAU", "founder", "1981", None), ("GCC", "KWT", "founder", "1981", None),
        ("GCC", "BHR", "founder", "1981", None), ("GCC", "QAT", "founder", "1981", None),
        ("GCC", "ARE", "founder", "1981", None), ("GCC", "OMN", "founder", "1981", None),
        ("BRICS", "EGY", "member", "2025-01-01", None), ("BRICS", "ETH", "member", "2025-01-01", None),
        ("BRICS", "IDN", "member", "2025-01-01", None),
        ("NATO", "SWE", "member", "2024-03", None),
    }
    assert got == expected


def test_memberships_suspension_by_reporting_verb_dates_from_publication(nlp):
    text = ("The African Union announced on Friday that it was suspending Niger over the coup.\n\n"
            "Moscow-led CSTO members Russia and Belarus sent troops.")
    got = read(nlp, text, published="2023-08-12")
    assert ("AU", "NER", "suspended", "2023-08-11", None) in got
    assert {(o, m, s) for o, m, s, _, _ in got} == {
        ("AU", "NER", "suspended"), ("CSTO", "RUS", "member"), ("CSTO", "BLR", "member")}


NEGATIVE = (
    "Putin attended the SCO summit in Astana.\n\n"
    "Pakistan joined the SCO summit by video link.\n\n"
    "Georgia has not joined the alliance.\n\n"
    "Serbia could join the EU by 2030.\n\n"
    "Kazakhstan hosted a CSTO meeting in Almaty.\n\n"
    "The EU suspended talks with Turkey.\n\n"
    "Russia withdrew its troops from Kazakhstan in January.\n\n"
    "Moldova is not a member of NATO.\n\n"
    "Erdogan said Turkey would not allow Georgia to join NATO.\n\n"
)


def test_memberships_mentions_hosts_and_negations_are_not_facts(nlp):
    assert read(nlp, NEGATIVE) == set()


MORE = (
    "Angola announced on Thursday that it was leaving OPEC.\n\n"
    "Croatia joined the European Union on July 1, 2013, becoming the bloc's 28th member state.\n\n"
    "The BRICS group agreed to admit Argentina, Egypt and Ethiopia.\n\n"
    "Papua New Guinea and Timor-Leste are observers in ASEAN.\n\n"
    "Timor-Leste was admitted as ASEAN's 11th member in October 2025.\n\n"
    "Burkina Faso, Mali and Niger announced their withdrawal from ECOWAS.\n\n"
    "Kazakhstan, a founding member of the SCO, will host the summit.\n\n"
    "Bangladesh is seeking to join the BRICS bloc.\n\n"
    "The Arab League readmitted Syria in May 2023.\n\n"
)


def test_memberships_exit_nouns_admissions_observers_and_bids(nlp):
    got = read(nlp, MORE, published="2023-12-23")
    assert got == {
        ("OPEC", "AGO", "former_member", None, "2023-12-21"),
        ("EU", "HRV", "member", "2013-07-01", None),
        ("BRICS", "ARG", "member", None, None), ("BRICS", "EGY", "member", None, None),
        ("BRICS", "ETH", "member", None, None),
        ("ASEAN", "PNG", "observer", None, None), ("ASEAN", "TLS", "observer", None, None),
        ("ASEAN", "TLS", "member", "2025-10", None),
        ("ECOWAS", "BFA", "former_member", None, None), ("ECOWAS", "MLI", "former_member", None, None),
        ("ECOWAS", "NER", "former_member", None, None),
        ("SCO", "KAZ", "founder", None, None),
        ("BRICS", "BGD", "applicant", None, None),
        ("LAS", "SYR", "member", "2023-05", None),
    }


def test_memberships_count_mismatch_is_a_warning_not_a_fact(nlp):
    text = "The eight-member NATO alliance met in Brussels."
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-06-01")))
    assert doc._.memberships == []
    warnings = doc.user_data["membership_warnings"]
    assert [(w["org"], w["stated"]) for w in warnings] == [("NATO", 8)]
    assert warnings[0]["kb"] == 32


DISTRACTORS = (
    "Alliance foreign ministers gathered in Brussels on Tuesday. Finland, which shares a long border with "
    "Russia, applied to join NATO in May. Hungary, another member of the alliance, has delayed ratification. "
    "Georgia and Ukraine were promised membership in 2008 but have not joined. Moldova's president attended "
    "the meeting as a guest. Egypt hosted talks on Gaza. China and Russia, both members of the SCO and BRICS, "
    "abstained. The SCO, whose members include India and Pakistan, met in Astana."
)


def test_memberships_in_a_longer_report_with_distractors(nlp):
    got = {(o, m, s) for o, m, s, _, _ in read(nlp, DISTRACTORS, published="2022-11-30")}
    assert got == {
        ("NATO", "FIN", "applicant"), ("NATO", "HUN", "member"),
        ("SCO", "CHN", "member"), ("SCO", "RUS", "member"), ("BRICS", "CHN", "member"),
        ("BRICS", "RUS", "member"), ("SCO", "IND", "member"), ("SCO", "PAK", "member"),
    }
