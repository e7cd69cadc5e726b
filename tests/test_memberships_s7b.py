# ruff: noqa: E501  (news sentences are kept on one line, as published)
"""Membership list shapes: "A, B and C make up X", "X is made up of / comprises / consists of A, B",
"X, whose six members are A, B", "A and B are among its members", "X, a member of the bloc," and
"they" as the one list of states named just before. Our own wire-style sentences, none taken from an
evaluation, dev or tuning article."""

from __future__ import annotations

import pytest
from helpers import memberships_of as read

pytestmark = pytest.mark.model


def members(org: str, *codes: str) -> set[tuple]:
    return {(org, c, "member") for c in codes}


@pytest.mark.parametrize("text,expected", [
    ("Saudi Arabia, Kuwait and Oman make up the Gulf Cooperation Council, which meets in Riyadh each year.",
     members("GCC", "SAU", "KWT", "OMN")),
    ("The Gulf Cooperation Council met on Monday. Kuwait, Qatar and Oman make up the bloc along with others.",
     members("GCC", "KWT", "QAT", "OMN")),
    ("The Gulf Cooperation Council met in Doha. The bloc is made up of Saudi Arabia, Qatar, Bahrain and Oman.",
     members("GCC", "SAU", "QAT", "BHR", "OMN")),
    ("The Eurasian Economic Union comprises Russia, Belarus, Kazakhstan, Armenia and Kyrgyzstan.",
     members("EAEU", "RUS", "BLR", "KAZ", "ARM", "KGZ")),
    ("The Eurasian Economic Union consists of Russia, Belarus and Kazakhstan.",
     members("EAEU", "RUS", "BLR", "KAZ")),
    ("Ministers met in Riyadh with the GCC, whose six members are Saudi Arabia, Kuwait, Qatar, Bahrain, Oman and the United Arab Emirates.",
     members("GCC", "SAU", "KWT", "QAT", "BHR", "OMN", "ARE")),
    ("ASEAN held a summit on Tuesday. Vietnam and Thailand are among its members.",
     members("ASEAN", "VNM", "THA")),
    ("The African Union met on Monday in Addis Ababa. Kenya, a member of the bloc, called for calm.",
     members("AU", "KEN")),
    ("Russia, Belarus and Kazakhstan signed the deal in Minsk. They are members of the Eurasian Economic Union.",
     members("EAEU", "RUS", "BLR", "KAZ")),
])
def test_list_shapes(nlp, text, expected):
    assert read(nlp, text) == expected


@pytest.mark.parametrize("text", [
    "The talks were made up of short sessions in Geneva with France and Germany.",
    "The NATO delegation comprises officials from France and Germany.",
    "NATO held a summit on Tuesday. France and Germany are among its critics.",
    "France and Germany make up the core of the European Union.",
    "Tourists from France and Germany make up most visitors to NATO summits.",
    # "they" with two sets of states named before: ambiguous, left alone
    "Russia and Belarus met officials from Armenia in Minsk. They are members of the Eurasian Economic Union.",
    # "they" whose antecedent is no state
    "The talks in Geneva were led by diplomats. They are members of NATO.",
])
def test_no_membership(nlp, text):
    assert read(nlp, text) == set()
