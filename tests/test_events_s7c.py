"""Events, round 7c (issue #6): mediation - acting as
a mediator or go-between and shuttling between two sides (CAMEO 045); allowing monitors, facilitators or a
mission in (086); opening a market to another state (061).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("A former Kenyan leader acted as mediator between the government and the rebels in Nairobi.", "CONSULT"),
    ("Qatari diplomats shuttled between Kabul and Doha on Friday.", "CONSULT"),
    ("Chile allowed Peru's facilitators to resume their work on Monday.", "RETREAT"),
    ("Cuba opened its doors to a UN human rights mission.", "RETREAT"),
    ("Vietnam opened its market to American farm goods on Monday.", "COOPERATE"),
])
def test_round_7c_types(nlp, text, expected):
    assert expected in event_types(nlp, text)
