"""Events, round 5 (issue #6): precision - background attacks, purposes, rejected demands, protest demands.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # an attack named as the scene ("since the invasion") or as a description of someone is not reported here
    ("The Kenyan president flew to Addis Ababa on Tuesday to meet the Ethiopian prime minister, his first trip abroad "
     "since the Somali invasion.", [("CONSULT", ["KEN"], ["ETH"])]),
    ("Poland accused Belarus of sheltering the gunmen behind the Warsaw bombing that killed 12 people.",
     [("ACCUSE", ["POL"], ["BLR"])]),
    ("The Kremlin refused to extradite the suspect without evidence of his involvement in the Prague attacks.",
     [("REJECT", ["RUS"], ["RUS"])]),
    # a purpose is no act
    ("Chile sent 30 doctors to Peru to help fight the epidemic.", [("AID", ["CHL"], ["PER"])]),
    ("Greece imposed a curfew on its citizens to fight the spread of the virus.", [("COERCE", ["GRC"], ["GRC"])]),
    # a planned attack has not happened
    ("Tokyo criticised Beijing's planned blockade of the island as reckless.", [("ACCUSE", ["JPN"], ["CHN"])]),
    # the demand rejected is the rejection's topic; the demand of a march is the protest
    ("France rejected Algeria's demand for an apology over the colonial era.", [("REJECT", ["FRA"], ["DZA"])]),
    ("About 50,000 people marched in Tbilisi on Saturday demanding the resignation of the prime minister.",
     [("PROTEST", ["GEO"], ["GEO"])]),
])
def test_background_and_content_are_not_events(nlp, text, expected):
    assert event_triples(nlp, text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    # guards: the attack reported itself, a demand made outright, a deployment with an aim
    ("Rebels attacked an army post near Goma on Sunday, killing five soldiers.", "ASSAULT"),
    ("Algeria demanded an apology from France over the colonial era.", "REQUEST"),
    ("India sent troops to the border to deter incursions.", "MOBILIZE"),
    ("Israeli jets bombed targets in Gaza amid the protests.", "ASSAULT"),
])
def test_reported_acts_stay(nlp, text, kind):
    assert kind in [e.type for e in events_of(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # two consecutive sentences, two statements made with different verbs: two events
    ("Pyongyang fired a ballistic missile over the sea on Tuesday. Seoul called the launch an outrageous act. "
     "Seoul lodged a protest with North Korea through its embassy in Beijing.",
     [("ASSAULT", ["PRK"], []), ("ACCUSE", ["KOR"], ["PRK"]), ("ACCUSE", ["KOR"], ["PRK"])]),
    # the same verb again is the same statement repeated
    ("Canada condemned the arrest of the journalist on Monday. Canada condemned the verdict again on Monday.",
     [("ACCUSE", ["CAN"], [])]),
])
def test_consecutive_statements(nlp, text, expected):
    assert event_triples(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a nominal act after "after" is the setting of a non-military act; next to fighting it is one campaign
    ("The World Bank froze its lending to Myanmar after the military takeover.",
     [("SANCTION", ["World Bank"], ["MMR"])]),
    ("Rebels seized the town of Bunia after heavy fighting with the army.",
     [("COERCE", [], ["COD"]), ("ASSAULT", ["COD"], ["COD"])]),
])
def test_after_setting(nlp, text, expected):
    assert event_triples(nlp, text) == expected



@pytest.mark.parametrize(("text", "expected"), [
    # the act an accusation is about is its topic (PLOVER codes the ACCUSE, aimed at whoever did it)
    ("Belgrade slammed Pristina's deployment of special police to the north as a provocation.",
     [("ACCUSE", ["SRB"], ["XKX"])]),
    ("Egypt condemned Israeli strikes on Gaza.", [("ACCUSE", ["EGY"], ["ISR"])]),
])
def test_accused_act_is_the_topic(nlp, text, expected):
    assert event_triples(nlp, text) == expected
