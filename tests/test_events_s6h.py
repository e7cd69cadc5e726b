"""Events, round 6h (issue #6): CAMEO roots 11-20, third round - disapproval said with a copular adjective ("was
unhappy with", CAMEO 110) is ACCUSE; "acts of dissent" (140) and taking to the streets (141) are PROTEST; a
labour strike launched is no attack (143, not 190); a weapon that hits something is an attack (195); a to-clause
after a thing acted on ("pooled resources to fight piracy") is the act's aim, not a second act reported. A curfew
or a ceasefire that takes effect is the curfew (1723, COERCE) or the truce observed (0871, RETREAT), by the truce's
parties or whoever announces it; martial law approved is COERCE (1724), not praise; coercive measures are COERCE
(170); legal action (115) and a protest filed (111) are ACCUSE; "downed tools" is a strike (143); "hit X with
sanctions" is SANCTION (163).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Ankara was deeply unhappy with Berlin's decision.", "ACCUSE"),
    ("Students staged acts of dissent in Belgrade against the government.", "PROTEST"),
    ("Thousands of Georgians took to the streets of Tbilisi on Saturday against the new law.", "PROTEST"),
    ("Unions in Ghana launched a nationwide strike on Tuesday over electricity tariffs.", "PROTEST"),
    ("Russian missiles hit an apartment block in Kharkiv on Tuesday.", "ASSAULT"),
    ("Moldova's parliament approved martial law in the eastern districts on Monday.", "COERCE"),
    ("China pressed Lithuania with coercive measures against its exports.", "COERCE"),
    ("Vietnam filed a diplomatic protest with China over the seizure of its fishing boat.", "ACCUSE"),
    ("The European Commission launched legal action against Hungary over its asylum law.", "ACCUSE"),
    ("Nurses across Uganda downed tools on Monday over unpaid salaries.", "PROTEST"),
])
def test_round_h_types(nlp, text, expected):
    assert expected in event_types(nlp, text)


def test_labour_strike_is_no_attack(nlp):
    text = "Unions in Ghana launched a nationwide strike on Tuesday over electricity tariffs."
    assert "ASSAULT" not in event_types(nlp, text)


def test_offensive_launched_stays_attack(nlp):
    assert "ASSAULT" in event_types(nlp, "The Syrian army launched an offensive against the rebels near Idlib.")


def test_purpose_clause_is_no_second_act(nlp):
    found = events_of(nlp, "Kenya and Somalia pooled resources to fight piracy in the Gulf of Aden.")
    assert [e.type for e in found] == ["COOPERATE"]


def test_weapon_hitting_is_attack_with_actor(nlp):
    found = [e for e in events_of(nlp, "Russian missiles hit an apartment block in Kharkiv on Tuesday.")
             if e.type == "ASSAULT"]
    assert found and found[0].source == ["RUS"]


def test_adjective_needs_its_preposition(nlp):
    assert "ACCUSE" not in event_types(nlp, "Ankara was unhappy on Tuesday.")


def test_martial_law_approved_is_no_praise(nlp):
    text = "Moldova's parliament approved martial law in the eastern districts on Monday."
    assert "SUPPORT" not in event_types(nlp, text)


def test_tear_gas_alone_stays_crowd_control(nlp):
    assert event_types(nlp, "Police fired tear gas at protesters in Lima on Monday.") == ["COERCE"]


@pytest.mark.parametrize(("text", "expected"), [
    ("A ceasefire between Armenia and Azerbaijan took effect on Friday.", ("RETREAT", ["ARM", "AZE"])),
    ("A nationwide curfew would take effect at midnight, the Peruvian interior minister said.", ("COERCE", ["PER"])),
    ("Britain hit Russia with fresh sanctions on Friday.", ("SANCTION", ["GBR"])),
    ("The United States hit Iran with a new wave of sanctions over its drone exports.", ("SANCTION", ["USA"])),
])
def test_round_h_sources(nlp, text, expected):
    assert expected in [(e.type, e.source) for e in events_of(nlp, text)]


def test_sanctions_hit_target_is_the_object(nlp):
    found = [e for e in events_of(nlp, "Britain hit Russia with fresh sanctions on Friday.") if e.type == "SANCTION"]
    assert found and found[0].target == ["RUS"]
