"""Events, round 6a (issue #6): PLOVER shapes the tuning sentences showed missing - concessions declared by
unnamed actors, offered reforms, membership applications, protesters storming a building, counted nationals
expelled, relief flights.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # a ceasefire declared is a concession whoever declares it, coded or not
    ("The rebels declared a unilateral three-day ceasefire on Friday.", ("CONCEDE", [], [])),
    ("The armed coalition announced a truce over the holiday.", ("CONCEDE", [], [])),
    # reforms offered in answer to dissent are PLOVER's verbal concession
    ("The king offered political reforms in response to the demonstrations.", ("CONCEDE", [], [])),
    # a membership application handed in is a request, active or passive
    ("Georgia submitted its application to join the EU on Thursday.", ("REQUEST", ["GEO"], [])),
    ("Moldova's application for EU membership was handed to the Commission in Brussels.", ("REQUEST", ["MDA"], [])),
    # protesters storming a building riot; they do not assault
    ("Protesters stormed the parliament building in Colombo.", ("PROTEST", ["LKA"], ["LKA"])),
    # thousands of a nationality expelled are deported (COERCE), not diplomats expelled
    ("Algeria expelled more than 3,000 Nigeriens in a mass deportation campaign.", ("COERCE", ["DZA"], ["NER"])),
    ("Mali expelled thousands of Guineans.", ("COERCE", ["MLI"], ["GIN"])),
    # a plane carrying relief that lands is aid to the place's state, not a deployment
    ("A Turkish plane carrying 20 tonnes of food aid landed in Mogadishu on Sunday.", ("AID", ["TUR"], ["SOM"])),
    ("A Jordanian aircraft loaded with medical supplies landed in Beirut.", ("AID", ["JOR"], ["LBN"])),
])
def test_shapes_read(nlp, text, expected):
    assert expected in event_triples(nlp, text)


@pytest.mark.parametrize(("text", "kind"), [
    # guards: a few nationals or diplomats expelled stay SANCTION; warships are a deployment; soldiers storming attack
    ("France expelled 15 Russians suspected of spying.", "SANCTION"),
    ("Russia expelled two Estonian diplomats.", "SANCTION"),
    ("Russian warships carrying cruise missiles arrived in Tartus.", "MOBILIZE"),
    ("Soldiers stormed the rebel stronghold at dawn.", "ASSAULT"),
    ("Tehran offered to host talks between the two sides.", "AGREE"),
])
def test_guards(nlp, text, kind):
    assert kind in [e.type for e in events_of(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # an inquiry's finding of wrongdoing is PLOVER's ACCUSE (investigate), the act found its topic
    ("A UN panel found that Eritrean troops had killed hundreds of civilians.",
     [("ACCUSE", ["UN"], ["ERI"])]),
    ("Investigators concluded that Russia was responsible for the downing of the plane.",
     [("ACCUSE", [], ["RUS"])]),
    ("A joint investigation by the UN and the African Union found that both sides had committed abuses in Darfur.",
     [("ACCUSE", ["UN", "AU"], [])]),
    # saying that someone committed a crime is an allegation
    ("Human Rights Watch said Ethiopian troops had committed war crimes in Tigray.",
     [("ACCUSE", ["Human Rights Watch"], ["ETH"])]),
    # weapons handed over are a disarmament
    ("Hamas handed over its weapons to UN peacekeepers.", [("RETREAT", ["Hamas"], [])]),
])
def test_findings_and_allegations(nlp, text, expected):
    assert event_triples(nlp, text) == expected


@pytest.mark.parametrize(("text", "kind"), [
    # guards: an attack told first, with the finding after it, stays the attack; a denial alleges nothing;
    # a finding of something good is no accusation
    ("A chlorine attack on the town of Douma killed 40 people, OPCW inspectors later concluded.", "ASSAULT"),
])
def test_finding_after_the_act(nlp, text, kind):
    assert [e.type for e in events_of(nlp, text)] == [kind]


@pytest.mark.parametrize("text", [
    "Kenya said it had not committed any abuses.",
    "Kenya found that the talks had been useful.",
])
def test_no_allegation(nlp, text):
    assert "ACCUSE" not in [e.type for e in events_of(nlp, text)]


@pytest.mark.parametrize(("text", "expected"), [
    # a new evaluative word makes the labelling an accusation
    ("Paris called Russia's vote fraudulent.", [("ACCUSE", ["FRA"], ["RUS"])]),
    ("Moscow described the sanctions as economic piracy.", [("ACCUSE", ["RUS"], [])]),
])
def test_evaluations(nlp, text, expected):
    assert event_triples(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # troops sent to help another state's forces are military aid; suspects sent to a state are an extradition
    ("Chad sent 800 soldiers to Niger to help its army fight jihadist groups.", ("AID", ["TCD"], [])),
    ("Ghana sent two alleged gang leaders to the United States on Friday.", ("COOPERATE", ["GHA"], ["USA"])),
    # relief flown or dropped is aid
    ("Canadian aircraft flew tents and blankets to Morocco after the earthquake.", ("AID", ["CAN"], ["MAR"])),
    ("The UN airdropped food to besieged civilians in the town.", ("AID", ["UN"], [])),
    # halting or pausing payments and ending accords reduce relations
    ("The World Bank halted disbursements to Myanmar.", ("SANCTION", ["World Bank"], ["MMR"])),
    ("Washington paused $300 million in economic assistance to Niger.", ("SANCTION", ["USA"], ["NER"])),
    ("Niger ended its defence accords with France on Monday.", ("SANCTION", ["NER"], ["FRA"])),
    # tanks sent to one's own border are a deployment; tanks sent to another state are aid
    ("Turkey sent tanks to its border with Syria.", ("MOBILIZE", ["TUR"], [])),
    ("Poland sent tanks to Ukraine.", ("AID", ["POL"], ["UKR"])),
])
def test_aid_sanction_shapes(nlp, text, expected):
    assert expected in event_triples(nlp, text)
