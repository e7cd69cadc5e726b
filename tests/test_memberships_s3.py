# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership statements in appositions and bare participle clauses, on our own wire-style sentences:
"X, one of its founding members" (its = the bloc named just before), "X, a candidate for EU
membership", "A and B, themselves suspended from Y", "X, expelled from Y last year,". None of it
comes from an evaluation or dev article."""

from __future__ import annotations

import pytest
from helpers import memberships_of as read

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text,expected", [
    # "its" on the status noun: the bloc named last, in this sentence or the one before
    ("OPEC ministers met in Vienna on Monday to discuss output. Nigeria, one of its oldest members, asked for a higher quota.",
     {("OPEC", "NGA", "member")}),
    ("The alliance chief thanked Denmark, one of its founding members, after the NATO summit in Vilnius.", set()),
    ("The African Union welcomed Morocco, its newest member, at the summit in Addis Ababa.", {("AU", "MAR", "member")}),
    ("ASEAN foreign ministers said they would back Cambodia, one of its ten members, in the dispute.", {("ASEAN", "KHM", "member")}),
    # an applicant's bloc after "for"
    ("Albania, a candidate for European Union membership, reformed its courts last year.", {("EU", "ALB", "applicant")}),
    ("Officials in Brussels praised Georgia, a candidate for membership of the EU, for the vote.", {("EU", "GEO", "applicant")}),
])
def test_appositions_name_the_bloc_through_its_or_for(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("In a joint letter on Tuesday, the juntas of Guinea and Gabon, themselves suspended from the African Union after coups, rejected the plan.",
     {("AU", "GIN", "suspended"), ("AU", "GAB", "suspended")}),
    ("Sudan, suspended from the African Union since 2021, sent no delegation to the summit.", {("AU", "SDN", "suspended")}),
    ("OPEC met in Vienna. Officials from Gabon, itself expelled from the cartel years ago, watched the talks.",
     {("OPEC", "GAB", "former_member")}),
])
def test_participle_clauses_after_a_state_give_its_status(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "Mali, suspended from the talks after the walkout, returned to the table on Friday.",
    "Kenya, a candidate for the presidency of the council, lobbied NATO envoys in Brussels.",
    "The EU met on Monday. Ministers said Poland had joined the talks. Later, Hungary, one of its critics, spoke.",
])
def test_no_membership_without_a_bloc_or_a_status(nlp, text):
    assert read(nlp, text) == set()
