"""Events, round 3 (issue #6): second events of a sentence, verbal evaluation, announced acts, negated acts.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # coordinated predicates: each its own event, the first conjunct's subject shared; a meeting skipped is no meeting
    ("Hungary refused to host the NATO drills and skipped the alliance's summit in Vilnius.",
     [("REJECT", ["HUN"], ["NATO"]), ("REJECT", ["HUN"], ["NATO"])]),
    ("Italy said Libya's decision was unacceptable, and Malta said on Friday it was a violation of the accord.",
     [("ACCUSE", ["ITA"], ["LBY"]), ("ACCUSE", ["MLT"], ["LBY"])]),
    ("Britain had given Iran until Friday to respond and warned of further measures.",
     [("THREATEN", ["GBR"], ["IRN"]), ("THREATEN", ["GBR"], [])]),
    ("Hundreds of students rallied outside the French embassy in Bamako before police fired tear gas.",
     [("PROTEST", ["MLI"], ["FRA"]), ("COERCE", ["MLI"], [])]),
    # verbal evaluation: ACCUSE aimed at the actor of what is evaluated
    ('Japan\'s foreign minister called China\'s comment "shocking".', [("ACCUSE", ["JPN"], ["CHN"])]),
    ("Pyongyang fired a ballistic missile over the sea on Tuesday. Seoul called the launch an outrageous act.",
     [("ASSAULT", ["PRK"], []), ("ACCUSE", ["KOR"], ["PRK"])]),
    ('Australia said China was "culpable" for the attack on the vessel.', [("ACCUSE", ["AUS"], ["CHN"])]),
    # announced acts
    ("Canada said it would expel 12 Russian diplomats.", [("SANCTION", ["CAN"], ["RUS"])]),
    ("The Kenyan president ordered the closure of the border with Somalia.", [("SANCTION", ["KEN"], ["SOM"])]),
    ("The UN Security Council authorised a peacekeeping mission to Haiti.", [("AID", ["UN"], ["HTI"])]),
    ("Egypt agreed to ease restrictions on the Rafah crossing.", [("CONCEDE", ["EGY"], [])]),
    ('Russian Foreign Minister Sergei Lavrov on Friday called Britain\'s comment "shocking and unforgivable."',
     [("ACCUSE", ["RUS"], ["GBR"])]),
    # an exercise is one event: its kind ("bombing") and its content ("firing ...") are not attacks
    ("Hours later, Greek and French jets staged a joint bombing drill, firing missiles at a target on an islet.",
     [("COOPERATE", ["GRC", "FRA"], [])]),
    ("France and Egypt began the Cleopatra drill on Monday.", [("COOPERATE", ["FRA", "EGY"], [])]),
    # concessions: announced outright, or eased; a pledge to wind down fighting is no threat
    ("The president announced that all French troops would leave Mali by August.", [("CONCEDE", ["FRA"], ["MLI"])]),
    ("Israel said it would pause fighting in Gaza for four days.", [("AGREE", ["ISR"], [])]),
    ("Washington eased sanctions on Caracas.", [("CONCEDE", ["USA"], ["VEN"])]),
    ("Ethiopia cut internet access in the region.", [("COERCE", ["ETH"], [])]),
    ("Pakistan agreed to reopen supply routes into Afghanistan.", [("AGREE", ["PAK"], [])]),
    # said evaluations: a denied virtue is a reproach; "all options on the table" is a warning to the "if" party
    ("The OAS said Nicaragua's presidential election was not free or fair.", [("ACCUSE", ["OAS"], ["NIC"])]),
    ("Hezbollah said all options were on the table if Israel kept up its war in Gaza.",
     [("THREATEN", ["Hezbollah"], ["ISR"])]),
    ("The presidents of Russia and Turkey spoke by telephone on Friday.", [("CONSULT", ["RUS", "TUR"], [])]),
    # an inquiry's findings accuse (PLOVER: investigate); finding bodies is no event
    ("A UN panel documented abuses by Eritrean troops in Tigray.", [("ACCUSE", ["UN"], ["ERI"])]),
    ("Police found the bodies of three men.", []),
    # troops sent to keep the peace are aid; troops sent after peacekeepers were hurt are a deployment
    ("A contingent of Burundian soldiers arrived in Mogadishu to join the African Union peacekeeping force.",
     [("AID", ["BDI"], [])]),
    ("NATO is sending 500 more troops to Kosovo after 20 peacekeepers were injured.",
     [("MOBILIZE", ["NATO"], ["XKX"])]),
    # negated acts: nothing happened
    ("Russian troops deployed in the region did not intervene.", []),
    ("Chad's army did not step in.", []),
    # suppositions: the condition of a sentence and a hypothetical obligation report nothing
    ("If China were to invade Taiwan, Japan would be drawn into the war.", []),
    ("Hungary would in theory be obliged to arrest him if he visited.", []),
    ("Russia warned it would strike Kyiv if Ukraine used the missiles.", [("THREATEN", ["RUS"], ["UKR"])]),
])
def test_round3_readings(nlp, text, expected):
    assert event_triples(nlp, text) == expected


def test_said_it_would_without_a_count_stays_a_warning(nlp):
    # an announced sanction needs its measure counted; "would impose sanctions" alone is a warning
    assert [e.type for e in events_of(nlp, "Canada said it would impose sanctions on Moscow.")] == ["THREATEN"]
    assert [e.type for e in events_of(nlp, "Canada said it would expel 12 Russian diplomats.")] == ["SANCTION"]
