# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership recall shapes (s8): a subject list after a dateline the parser swallowed, "the" inside a list,
"X joins A and B in Y", relative "which A revived / which B joined", a passive conjunct ("founded by A, and
later joined by B"), the bloc a clause implies (the article's most-named organisation, not one named in
passing), "the group" / "the council" as the organisation whose name has that word, comitative "with Y", "an application from X", "a candidate since", "with observer
status", "granted it observer status", an organisation admitted "as a member", "won membership", "suspended
from its rights", "which quit ... and was readmitted". Our own wire-style sentences, none taken from an
evaluation, dev or tuning article."""

from __future__ import annotations

import pytest
from helpers import memberships_of as read

from blocwatch.extract import article_from_text, make_doc
from blocwatch.pipeline.membership_rules import merge
from blocwatch.records import Membership, Span

pytestmark = pytest.mark.model


def facts(nlp, text: str, published: str = "2024-05-10") -> set[tuple]:
    doc = nlp(make_doc(nlp, article_from_text(text, published=published)))
    return {(m.org, m.member, m.status, m.since, m.until) for m in doc._.memberships}


def members(org: str, *codes: str, status: str = "member") -> set[tuple]:
    return {(org, c, status) for c in codes}


@pytest.mark.parametrize("text,expected", [
    # a dateline whose place the parser took for the subject: the list after the dash is the subject
    ("DAKAR, June 3 (Blocwire) - Senegal, Gambia and Guinea joined the Economic Community of West African States in 1975.",
     members("ECOWAS", "SEN", "GMB", "GIN")),
    # "the" opening a name inside the list, and an apposition after the bloc
    ("Estonia, Latvia and Lithuania joined the European Union on May 1, 2004, the first former Soviet republics to enter the bloc.",
     members("EU", "EST", "LVA", "LTU")),
    ("The bloc grew on Monday as Malta, the Czech Republic and Cyprus joined the European Union.",
     members("EU", "MLT", "CZE", "CYP")),
    # passive conjunct sharing the first verb's subject
    ("The Andean Community was founded in 1969 by Bolivia, Colombia and Peru, and later joined by Venezuela.",
     members("Andean", "BOL", "COL", "PER", status="founder") | members("Andean", "VEN")),
    # relative "which" as the object: the bloc the clause describes
    ("Burundi joins Kenya and Uganda in the East African Community, which Tanzania revived in 2000 and which Rwanda joined in 2007.",
     members("EAC", "BDI", "KEN", "UGA", "RWA") | members("EAC", "TZA", status="founder")),
    ("Gabon joins Chad, Cameroon and Congo in the Economic Community of Central African States.",
     members("ECCAS", "GAB", "TCD", "CMR", "COG")),
    # an organisation admitted as a member
    ("The African Union met in Addis Ababa and the G20 met in Delhi. The group admitted the African Union as a full member in 2023.",
     members("G20", "AU")),
    ("The African Union was admitted to the G20 as a permanent member in 2023.", members("G20", "AU")),
    # siblings the readers already knew, checked again
    ("North Macedonia became the 30th member of NATO in March 2020.", members("NATO", "MKD")),
    ("The Caribbean Community met in Georgetown. Haiti was admitted as the bloc's 15th member in 2002.", members("CARICOM", "HTI")),
    ("Vanuatu won membership of the World Trade Organization in 2012.", members("WTO", "VUT")),
    ("Georgia hopes to gain membership of the European Union.", members("EU", "GEO", status="applicant")),
    ("Madagascar was reinstated by the African Union in 2014.", members("AU", "MDG")),
    ("The Arab League met in Cairo. Syria's membership was suspended in 2011.", members("LAS", "SYR", status="suspended")),
])
def test_list_and_admission_shapes(nlp, text, expected):
    assert read(nlp, text) == expected


def test_not_memberships(nlp):
    assert read(nlp, "Georgia dropped its bid to join the Eurasian Economic Union on Monday.") == set()
    assert read(nlp, "Serbia has not gained membership of the European Union.") == set()
    assert read(nlp, "NATO admitted the European Union's envoy to the meeting.") == set()


def test_implied_bloc_is_the_articles_not_one_named_in_passing(nlp):
    text = ("The European Union met in Brussels on Monday. The European Union's leaders welcomed the plan. "
            "Voters in Malta backed a United Nations proposal last week. "
            "Serbia and Albania, which are still negotiating, hope to join in 2030, and Bosnia applied for membership in 2016.")
    got = read(nlp, text)
    assert members("EU", "SRB", "ALB", "BIH", status="applicant") <= got
    assert not any(org == "UN" for org, _m, _s in got)


def test_group_and_council_name_their_bloc(nlp):
    text = ("The Group of 20 met in Rio de Janeiro. The African Union sent its chairman. "
            "For years, Argentina was the only South American member of the group.")
    assert members("G20", "ARG") <= read(nlp, text)
    assert not any(org == "AU" for org, _m, _s in read(nlp, text))
    text = ("The Council of Europe met in Strasbourg. Only one state has quit the council: Fiji, which left in 1987 and was readmitted in 1997.")
    got = facts(nlp, text)
    assert ("COE", "FJI", "former_member", None, "1987") in got
    assert ("COE", "FJI", "member", "1997", None) in got


def test_applications_dated_and_comitative(nlp):
    got = facts(nlp, "Ukraine applied to join the European Union together with Moldova in March 2022.")
    assert {("EU", "UKR", "applicant", "2022-03", None), ("EU", "MDA", "applicant", "2022-03", None)} <= got
    got = facts(nlp, "The European Union met in Brussels on Monday. Montenegro, a candidate since 2010, hopes to finish talks. Albania applied for membership in 2009.")
    assert {("EU", "MNE", "applicant", "2010", None), ("EU", "ALB", "applicant", "2009", None)} <= got
    got = read(nlp, "The Southern African Development Community met in Gaborone. The leaders put off a decision on an application from Burundi.")
    assert ("SADC", "BDI", "applicant") in got
    assert read(nlp, "The African Union met in Addis Ababa. Officials reviewed a visa application from Kenya.") == set()


def test_observers(nlp):
    got = read(nlp, "The Pacific Islands Forum met in Suva. Timor-Leste, the only state with observer status, has held it since 2002.")
    assert got == members("PIF", "TLS", status="observer")
    got = read(nlp, "Gulf leaders agreed on Monday to consider Yemen as a partner of the Gulf Cooperation Council, and granted it observer status at the bloc's meetings.")
    assert ("GCC", "YEM", "observer") in got


def test_suspended_from_its_rights(nlp):
    got = facts(nlp, "The Organization of American States met in Washington. Honduras had been suspended from its rights of participation on July 4, 2009.")
    assert ("OAS", "HND", "suspended", "2009-07-04", None) in got


def test_application_then_joining_keeps_the_member_fact_only():
    """The team convention (README): an application followed in the same article by joining leaves the member
    fact only, dated or not; a state that only applied stays an applicant."""
    ev = Span(0, 1, "x")
    found = [Membership("NATO", "SWE", "applicant", "2022-05", None, ev), Membership("NATO", "SWE", "member", "2024-03-07", None, ev),
             Membership("NATO", "NOR", "applicant", "2022-05", None, ev)]
    kept = {(m.member, m.status) for m in merge(found)}
    assert kept == {("SWE", "member"), ("NOR", "applicant")}
