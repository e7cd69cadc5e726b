# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership statements whose state is a group or a pronoun pointing back: "All three were founding
members of X", "Both countries joined Y", "the three juntas of A, B and C quit Z", "a grouping that it
joined in 1993" (it = the state that is the nearest subject before). Our own wire-style sentences,
none taken from an evaluation, dev or tuning article."""

from __future__ import annotations

import pytest
from helpers import memberships_of as read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    ("Guinea, Gabon and Sudan have all been run by soldiers since coups. All three are suspended from the African Union.",
     {("AU", "GIN", "suspended"), ("AU", "GAB", "suspended"), ("AU", "SDN", "suspended")}),
    ("Armenia and Kyrgyzstan backed the plan on Monday. Both countries joined the Eurasian Economic Union in 2015.",
     {("EAEU", "ARM", "member"), ("EAEU", "KGZ", "member")}),
    ("Mali, Burkina Faso and Niger formed a defence pact in September. The three countries are all suspended from ECOWAS.",
     {("ECOWAS", "MLI", "suspended"), ("ECOWAS", "BFA", "suspended"), ("ECOWAS", "NER", "suspended")}),
    ("The three juntas of Mali, Burkina Faso and Niger quit ECOWAS in January 2025.",
     {("ECOWAS", "MLI", "former_member"), ("ECOWAS", "BFA", "former_member"), ("ECOWAS", "NER", "former_member")}),
])
def test_a_counted_group_is_the_list_named_before(nlp, text, expected):
    assert read(nlp, text) == expected


def test_founders_and_suspended_through_all_three(nlp):
    text = ("The military rulers of Chad, Mali and Niger met in Bamako on Monday to discuss the pact. "
            "All three were founding members of ECOWAS in 1975 and are currently suspended from the bloc.")
    found = read(nlp, text)
    for code in ("TCD", "MLI", "NER"):
        assert ("ECOWAS", code, "suspended") in found
        assert {("ECOWAS", code, "founder"), ("ECOWAS", code, "member")} & found


@pytest.mark.parametrize("text", [
    # the count does not match any list named before
    "France and Germany backed the plan on Monday. All three are members of NATO.",
    # "both" without states named before
    "Officials said the talks went well. Both sides joined NATO talks in Brussels.",
    # a described group, not one pointing back
    "Mali and Niger signed the pact. Western countries are members of NATO.",
])
def test_no_group_without_a_matching_list(nlp, text):
    assert not {m for m in read(nlp, text) if m[1] in ("FRA", "DEU", "MLI", "NER")}


@pytest.mark.parametrize("text,expected", [
    ("Georgia said on Tuesday it would quit the Commonwealth of Independent States, a grouping that it joined in 1993.",
     {("CIS", "GEO", "member")}),
    ("Sweden ended two centuries of neutrality on Thursday. It became the 32nd member of NATO.",
     {("NATO", "SWE", "member")}),
    # the nearest subject is no state: "it" is left alone
    ("The bloc met in Brussels. NATO said it became stronger after the war, as Finland watched.", set()),
])
def test_it_is_the_nearest_state_subject(nlp, text, expected):
    assert read(nlp, text) == expected
