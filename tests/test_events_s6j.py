"""Events, round 6j (issue #6): CAMEO roots 05-08, round 2 of the last misses - stopping, ceasing or halting the
use of force, a crackdown or repression is easing dissent (082, CONCEDE) although 'stop' otherwise negates the act
under it; forgiving a state for its past acts is SUPPORT (056) and the act forgiven is no new attack; joining
another state in exercises or manoeuvres is military cooperation (062, COOPERATE); a participle the tagger reads
as an adjective but which has an object ('relaxed rules on ...') is still the verb; weapons handed in by fighters
are a disarmament (0873) when the parser hangs the object on the particle.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile stopped using force against the striking miners.", "CONCEDE"),
    ("The army ceased using force against the marchers, the ministry said.", "CONCEDE"),
    ("Police in Quito stopped firing tear gas at the crowd.", "CONCEDE"),
    ("The Bolivian junta ceased its crackdown on protesters in the capital.", "CONCEDE"),
    ("Cairo halted the repression of peaceful demonstrators.", "CONCEDE"),
    ("Peru forgave Chile for its occupation of Lima.", "SUPPORT"),
    ("India joined France in naval exercises off Goa.", "COOPERATE"),
    ("Ghana relaxed rules on public gatherings.", "CONCEDE"),
    ("Colombian rebels handed in weapons in Cauca, as the peace deal took hold.", "RETREAT"),
])
def test_round_j_types(nlp, text, expected):
    assert expected in event_types(nlp, text)


def test_forgiven_occupation_is_no_attack(nlp):
    types = event_types(nlp, "Peru forgave Chile for its occupation of Lima.")
    assert "ASSAULT" not in types


def test_halting_troops_is_no_concession(nlp):
    # 'forces' are troops, not force used: halting them is no easing of repression
    assert "CONCEDE" not in event_types(nlp, "Russia halted its forces at the border.")


def test_stopping_the_fighting_stays_a_ceasefire(nlp):
    assert "RETREAT" in event_types(nlp, "Sudan's army stopped the fighting in Darfur on Sunday.")


def test_stopped_weapons_deliveries_are_no_concession(nlp):
    assert "CONCEDE" not in event_types(nlp, "Japan stopped sending weapons to the rebels.")


def test_exercises_held_alone_stay_mobilisation(nlp):
    types = event_types(nlp, "Chad held military exercises near the border.")
    assert "MOBILIZE" in types and "COOPERATE" not in types
def test_own_drill_stays_mobilisation(nlp):
    types = event_types(nlp, "North Korea staged its largest artillery drill near Wonsan.")
    assert "MOBILIZE" in types and "COOPERATE" not in types
