# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership status errors on our own wire-style sentences: invitations, withdrawn applications,
suspension lists and lifted suspensions, exits voted or begun versus exits completed, coordinated
blocs, list shapes and partner tiers. None of it comes from an evaluation or dev article."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text, make_doc
from blocwatch.pipeline.membership_rules import LEXICON_VERSION, lexicon, merge
from blocwatch.pipeline.memberships import partner_tier
from blocwatch.records import Membership, Span


def read(nlp, text: str, published: str = "2024-05-10") -> set[tuple]:
    doc = nlp(make_doc(nlp, article_from_text(text, published=published)))
    return {(m.org, m.member, m.status, m.since, m.until) for m in doc._.memberships}


# ---------------------------------------------------------------------------------------------
# Model-free: lexicon and KB tier


def test_lexicon_v5_knows_invitations_pending_exits_and_cancelled_bids():
    lex = lexicon()
    assert LEXICON_VERSION == lex.version == "bw-membership-lexicon-6"
    assert "invite" not in lex.admit_verbs and "invite" in lex.blocking_heads
    assert {"invite", "invitation"} <= lex.invite_words
    assert {"vote", "decide", "decision", "referendum"} <= lex.pending_heads
    assert {"withdraw", "drop", "abandon"} <= lex.wish_cancel_verbs
    assert "cease" in lex.ceasing_heads
    assert "trading" not in lex.partner_modifiers and "dialogue" in lex.partner_modifiers


@pytest.mark.parametrize("org,tier", [("BRICS", "partner"), ("SCO", "dialogue_partner"), ("NATO", None),
                                      ("NO_SUCH_BLOC", None)])
def test_partner_tier_is_named_as_the_kb_names_it(org, tier):
    assert partner_tier(org) == tier


def test_merge_keeps_the_member_fact_over_an_earlier_application():
    ev = Span(0, 3, "abc")
    found = [Membership("NATO", "FIN", "applicant", None, None, ev), Membership("NATO", "SWE", "applicant", None, None, ev),
             Membership("NATO", "FIN", "member", "2023-04-04", None, ev)]
    assert {(m.member, m.status) for m in merge(found)} == {("FIN", "member"), ("SWE", "applicant")}


# ---------------------------------------------------------------------------------------------
# Full pipeline on our own sentences

NO_FACT = [
    # an invitation is the bloc's offer, never a membership
    "The group invited Argentina to join from January 2024, but Buenos Aires later declined.",
    "Argentina was invited to become a member of BRICS last year.",
    "BRICS invited Saudi Arabia, Egypt and Iran to join the bloc at its summit in Johannesburg.",
    "Argentina declined the invitation to join BRICS.",
    # a withdrawn application or bid
    "Thailand withdrew its application to join the OECD in March.",
    "Thailand withdrew its bid for OECD membership in March.",
    # an exit voted, decided or begun has not taken effect
    "Britain voted to leave the European Union in 2016.",
    "Mali announced its decision to leave ECOWAS last year.",
    "Burkina Faso began its withdrawal from ECOWAS in January.",
    "Britons voted in a 2016 referendum on Britain's exit from the European Union.",
    "Burkina Faso plans to leave the bloc, officials said on Monday.",
    # only called for or threatened
    "Nigeria called for Niger to be suspended from ECOWAS.",
    "The bloc threatened to expel Mali from ECOWAS.",
    "ECOWAS threatened to suspend Guinea.",
    # a trading partner is no partner tier
    "Germany is a key trading partner of the EU.",
    # a join only foreseen "one day" or "eventually"
    "Ukraine will one day join NATO, the secretary general said.",
    "Ukraine will eventually join NATO, the secretary general said.",
    "Saudi Arabia, which was invited to join BRICS, has yet to confirm its membership.",
    "Six countries were invited to become members of BRICS from January 1.",
    "NATO agreed to invite Finland and Sweden to join the alliance.",
    "Armenia's parliament voted to start the process of joining the European Union.",
    # the new list shapes and acting bodies stay quiet without a membership statement
    "NATO (headquartered in Brussels) held talks.",
    "ASEAN member states are concerned about the South China Sea.",
    "The EU Commission suspended funding to Niger.",
    "EU ministers admitted Turkey was a key partner.",
    "The AU commission chairman said Niger's suspension will be lifted soon.",
]


@pytest.mark.model
@pytest.mark.parametrize("text", NO_FACT)
def test_invitations_withdrawn_bids_pending_exits_and_threats_give_no_fact(nlp, text):
    assert read(nlp, text) == set()


STATUS = [
    # the participle says the status of a member list
    ("The AU published a list of AU members suspended over coups, including Mali and Guinea.",
     {("AU", "MLI", "suspended", None, None), ("AU", "GIN", "suspended", None, None)}),
    ("Gabon, one of the members suspended from the African Union, held elections in April.",
     {("AU", "GAB", "suspended", None, None)}),
    # a lifted suspension, a reinstatement, a restored membership: member again from that date
    ("Gabon's suspension was lifted by the AU on Wednesday.", {("AU", "GAB", "member", "2024-05-08", None)}),
    ("Leaders met in Addis Ababa. Gabon's suspension from the African Union was lifted on Wednesday.",
     {("AU", "GAB", "member", "2024-05-08", None)}),
    ("Guinea was reinstated by ECOWAS on Tuesday.", {("ECOWAS", "GIN", "member", "2024-05-07", None)}),
    ("Syria's membership of the Arab League was restored in May 2023.", {("LAS", "SYR", "member", "2023-05", None)}),
    # an exit that has taken effect
    ("Britain completed its withdrawal from the European Union on January 31, 2020.",
     {("EU", "GBR", "former_member", None, "2020-01-31")}),
    ("Britain formally left the EU in 2020.", {("EU", "GBR", "former_member", None, "2020")}),
    ("Qatar ceased to be a member of OPEC in January 2019.", {("OPEC", "QAT", "former_member", None, "2019-01")}),
    ("Qatar is no longer a member of OPEC.", {("OPEC", "QAT", "former_member", None, None)}),
    # a suspension still in force, in a relative clause, followed by an expulsion dated after it
    ("Gabon remains suspended from the African Union.", {("AU", "GAB", "suspended", None, None)}),
    ("Venezuela, which was suspended from Mercosur in 2016, held elections.",
     {("Mercosur", "VEN", "suspended", "2016", None)}),
    ("Russia was suspended from the Council of Europe in February 2022 and expelled in March.",
     {("COE", "RUS", "suspended", "2022-02", None), ("COE", "RUS", "former_member", None, "2022-03")}),
    # an exit in a relative clause; "their own alliance" is a new body, not the bloc just named
    ("Niger, Mali and Burkina Faso, which quit ECOWAS in January, formed their own alliance.",
     {("ECOWAS", c, "former_member", None, "2024-01") for c in ("NER", "MLI", "BFA")}),
    # a join in the past stays a fact whatever the adverb; a membership "since" a year is dated
    ("Cyprus eventually joined the EU in 2004.", {("EU", "CYP", "member", "2004", None)}),
    ("Turkey has been a NATO member since 1952.", {("NATO", "TUR", "member", "1952", None)}),
    # "among the members"
    ("Kenya is among the members of the East African Community.", {("EAC", "KEN", "member", None, None)}),
    ("The EAC met in Arusha. Among the bloc's members are Kenya, Uganda and Tanzania.",
     {("EAC", c, "member", None, None) for c in ("KEN", "UGA", "TZA")}),
    # named lists: brackets after the bloc, "the X group of A, B", "the member states are A, B"
    ("BRICS (Brazil, Russia, India, China and South Africa) met in Kazan.",
     {("BRICS", c, "member", None, None) for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}),
    ("Leaders of the BRICS group of Brazil, Russia, India, China and South Africa met in Johannesburg.",
     {("BRICS", c, "member", None, None) for c in ("BRA", "RUS", "IND", "CHN", "ZAF")}),
    ("The six GCC member states are Saudi Arabia, Kuwait, Bahrain, Qatar, Oman and the United Arab Emirates.",
     {("GCC", c, "member", None, None) for c in ("SAU", "KWT", "BHR", "QAT", "OMN", "ARE")}),
    ("NATO newcomer Finland hosted the drills.", {("NATO", "FIN", "member", None, None)}),
    ("Montenegro and Serbia are candidates for EU membership.",
     {("EU", "MNE", "applicant", None, None), ("EU", "SRB", "applicant", None, None)}),
    # a completed accession is a membership from that date; one not completed is nothing
    ("Finland completed its accession to NATO on April 4, 2023.", {("NATO", "FIN", "member", "2023-04-04", None)}),
    ("Croatia's accession to the European Union was completed on July 1, 2013.",
     {("EU", "HRV", "member", "2013-07-01", None)}),
    ("Turkey has not completed its accession to the EU.", set()),
    ("Sweden will complete its accession to NATO next month.", set()),
    # the bloc acting through its leaders or an organ; dates of founders and of a membership that ended
    ("ECOWAS leaders agreed to readmit Guinea at a summit in Abuja.", {("ECOWAS", "GIN", "member", None, None)}),
    ("The AU Peace and Security Council suspended Sudan in October 2021.", {("AU", "SDN", "suspended", "2021-10", None)}),
    ("ECOWAS heads of state lifted the suspension of Guinea on Saturday.", {("ECOWAS", "GIN", "member", "2024-05-04", None)}),
    ("Egypt joined EU leaders at the talks in Brussels.", set()),
    ("Venezuela was a founding member of OPEC in 1960.", {("OPEC", "VEN", "founder", "1960", None)}),
    ("Ecuador, a member of OPEC until 2020, left over quota disputes.", {("OPEC", "ECU", "former_member", None, "2020")}),
    # a bid blocked by another state is still a bid
    ("Turkey blocked Sweden's bid to join NATO for months.", {("NATO", "SWE", "applicant", None, None)}),
    # an application followed by joining: the later, stronger statement wins for that state only
    ("Sweden and Finland applied to join NATO in May last year. Finland joined the alliance on April 4, 2023.",
     {("NATO", "FIN", "member", "2023-04-04", None), ("NATO", "SWE", "applicant", "2023-05", None)}),
    # coordinated blocs and list shapes
    ("Iran and India are both members of the BRICS group and the SCO.",
     {(o, c, "member", None, None) for o in ("BRICS", "SCO") for c in ("IRN", "IND")}),
    ("Russia and China are members of the SCO. Other members include India, Pakistan and Kazakhstan.",
     {("SCO", c, "member", None, None) for c in ("RUS", "CHN", "IND", "PAK", "KAZ")}),
    ("Brazil, Russia and India are founding members of BRICS.",
     {("BRICS", c, "founder", None, None) for c in ("BRA", "RUS", "IND")}),
    ("Belgium, one of the founding members of the Council of Europe, hosted the talks.",
     {("COE", "BEL", "founder", None, None)}),
    # observers, dialogue partners and partner tiers, with the KB's status names
    ("Egypt holds observer status at the Arab League.", {("LAS", "EGY", "observer", None, None)}),
    ("Timor-Leste is an observer at ASEAN.", {("ASEAN", "TLS", "observer", None, None)}),
    ("Turkey became a dialogue partner of the SCO in 2012.", {("SCO", "TUR", "dialogue_partner", "2012", None)}),
    ("Sri Lanka, a dialogue partner of the SCO, sent a delegation.", {("SCO", "LKA", "dialogue_partner", None, None)}),
    ("Bolivia became a BRICS partner country in January 2025.", {("BRICS", "BOL", "partner", "2025-01", None)}),
    ("Malaysia is a partner of BRICS.", {("BRICS", "MYS", "partner", None, None)}),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", STATUS)
def test_status_lists_lifted_suspensions_completed_exits_and_tiers(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.model
def test_suspension_then_lift_in_one_report_keeps_both_dated_facts(nlp):
    text = ("ADDIS ABABA (Reuters) - The African Union suspended Gabon in August 2023 after the coup. "
            "The AU lifted Gabon's suspension on April 30, 2025, citing the election.")
    got = read(nlp, text, published="2025-05-02")
    assert got == {("AU", "GAB", "suspended", "2023-08", None), ("AU", "GAB", "member", "2025-04-30", None)}


@pytest.mark.model
def test_a_bloc_count_is_checked_against_the_kb_not_read_as_a_fact(nlp):
    text = "The European Union agreed on new sanctions. The 28-member bloc met in Brussels."
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-05-10")))
    assert doc._.memberships == []
    assert [(w["org"], w["stated"], w["kb"]) for w in doc.user_data["membership_warnings"]] == [("EU", 28, 27)]
