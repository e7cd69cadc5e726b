"""Events, round 6c (issue #6): joint acts the lexicon does not name word by word ("jointly demarcated",
"set up a joint coordination centre", "joined forces with", "resumed military cooperation", a pair of armies holding
combined manoeuvres), and lexicon senses too narrow to stand in for a sentence's only event ("launched" is no attack
unless what is launched is one; "held" is no refusal or arrest unless it is "held off" or holds captives).

Every sentence is our own, written for these tests; none comes from evaluation, held-out or tuning text.
"""

from __future__ import annotations

import pytest
from helpers import events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "sources"), [
    ("Vietnamese and Cambodian officials jointly demarcated a stretch of their border.", {"VNM", "KHM"}),
    ("Poland and Lithuania established a joint brigade to guard their frontier.", {"POL", "LTU"}),
    ("Saudi Arabia and the UAE launched a joint trade corridor with Oman.", {"SAU", "ARE"}),
    ("Australia and Indonesia resumed military cooperation after a two-year freeze.", {"AUS", "IDN"}),
    ("Ghana joined forces with Togo to patrol the Gulf of Guinea.", {"GHA"}),
    ("French intelligence services worked with their Spanish counterparts to foil an attack plot.", {"FRA"}),
])
def test_joint_acts_are_cooperation(nlp, text, sources):
    events = events_of(nlp, text)
    coop = [e for e in events if e.type == "COOPERATE"]
    assert coop, [(e.type, e.source) for e in events]
    assert sources <= set(coop[0].source)
    assert not [e for e in events if e.type == "ASSAULT"]


def test_pair_of_armies_holding_combined_manoeuvres(nlp):
    events = events_of(nlp, "The two armies held combined manoeuvres near the border on Tuesday.")
    assert [e.type for e in events] == ["COOPERATE"]


@pytest.mark.parametrize("text", [
    "Peru and Chile held a joint press conference in Lima.",
    "Peru and Chile issued a joint statement on the fisheries dispute.",
])
def test_joint_statements_are_no_cooperation_or_refusal(nlp, text):
    types = [e.type for e in events_of(nlp, text)]
    assert "COOPERATE" not in types and "REJECT" not in types and "COERCE" not in types
