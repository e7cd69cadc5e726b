"""Events, round 6i (issue #6): CAMEO roots 06-08, last misses - evidence or information shared with or passed
(on) to another state is judicial or intelligence cooperation (063/064, COOPERATE); aid handed over (vaccine
doses, a credit line) is AID, not a release (RETREAT); compensation offered is a concession (CONCEDE, like an
apology offered); aid trucks let in are access (0862, RETREAT); a free trade zone launched is economic cooperation
carried out (061, COOPERATE).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Chilean prosecutors shared evidence with Peru in a bribery case.", "COOPERATE"),
    ("Moroccan intelligence has been passing information to Madrid on jihadist cells.", "COOPERATE"),
    ("Saudi intelligence passed on information to Rabat about the plot.", "COOPERATE"),
    ("Beijing handed over 300,000 vaccine doses to Laos.", "AID"),
    ("The Chinese envoy handed Dhaka a $1 billion credit line.", "AID"),
    ("Norway offered compensation to Iceland for the damaged trawlers.", "CONCEDE"),
    ("Egypt let the first aid trucks into the besieged town on Sunday.", "RETREAT"),
    ("Oman and Peru launched a free trade zone on Monday.", "COOPERATE"),
    ("Tehran let IAEA inspectors visit the enrichment plant.", "RETREAT"),
])
def test_round_i_types(nlp, text, expected):
    assert expected in event_types(nlp, text)


def test_handover_of_suspects_stays_judicial_cooperation(nlp):
    types = event_types(nlp, "Belgrade handed over two suspects to Croatia.")
    assert "COOPERATE" in types and "AID" not in types


def test_handed_over_doses_is_no_release(nlp):
    assert "RETREAT" not in event_types(nlp, "Beijing handed over 300,000 vaccine doses to Laos.")
