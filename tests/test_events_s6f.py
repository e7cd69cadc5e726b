"""Events, round 6f (issue #6): CAMEO categories of roots 11-20 - rallying opposition (113) and bringing a case
(115) are ACCUSE; civil disobedience (140), refusing food (142), a strike or blockade called by workers or
protesters (143, 144), crowds demanding (141) and rioters clashing with police (145) are PROTEST; parading
and ordering forces to a front (150, 154) are MOBILIZE; withholding aid and scaling back or downgrading ties
(16x) are SANCTION; an announced cut in relations is the decision, not a threat; beating, torture (182),
human shields (184), occupying another state's ground (192), mass expulsion (201), mass killing (202), ethnic
cleansing (203) and chemical weapons (2041) are ASSAULT. A conviction ("found guilty") is CAMEO 116 and stays
SANCTION as PLOVER.md says.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # 11x
    ("Chile voiced disapproval on Friday of Peru's treatment of migrants.", "ACCUSE"),
    ("Slovenia filed a case against Croatia at the European Court over the border arbitration.", "ACCUSE"),
    ("Ecuador sought to rally regional opposition to the Venezuelan government.", "ACCUSE"),
    # 14x
    ("Teachers in Nairobi began a week of civil disobedience against the new tax law.", "PROTEST"),
    ("A jailed Bahraini activist refused food for a thirtieth day.", "PROTEST"),
    ("The dock workers' union leader said workers would strike over the port privatisation.", "PROTEST"),
    ("An activist said protesters would block the ring road against the fuel tax.", "PROTEST"),
    ("Crowds in Khartoum were demanding civilian rule on Sunday.", "PROTEST"),
    ("Rioters clashed with police in Dakar over the arrest of an opposition leader.", "PROTEST"),
    # 15x
    ("Pakistan's army chief ordered two more brigades to the Line of Control.", "MOBILIZE"),
    # 16x
    ("Sweden withheld part of its development aid to Tanzania on Thursday.", "SANCTION"),
    ("Australia scaled back its relations with Myanmar after the coup.", "SANCTION"),
    ("The Danish minister said Copenhagen would halt arms exports to Saudi Arabia.", "SANCTION"),
    ("Iran ordered UN nuclear inspectors out of the country on Monday.", "SANCTION"),
    # 18x-20x
    ("A rights group said guards had beaten detainees in a prison near Tashkent.", "ASSAULT"),
    ("Militants used villagers as human shields in the fighting near Marawi.", "ASSAULT"),
    ("Armenian forces took control of Azerbaijan's Kelbajar district in 1993.", "ASSAULT"),
    ("The army drove thousands of villagers out of the valley on Monday.", "ASSAULT"),
    ("Militias carried out ethnic cleansing of the minority in the north, the UN said.", "ASSAULT"),
    ("Iraqi aircraft dropped mustard gas on the Kurdish town in 1988.", "ASSAULT"),
    ("A bomb tore through a crowded market in Peshawar on Friday.", "ASSAULT"),
    # round 2: refusals said with "would not", 16x halts, 17x restrictions, blockades, threats of force
    ("Norway said it would not join the bloc's common defence fund.", "REJECT"),
    ("Ghana said on Monday it would not accept the conditions attached to the loan.", "REJECT"),
    ("The IMF said it was postponing a 300 million dollar loan to Zambia.", "SANCTION"),
    ("The United States announced the reimposition of steel sanctions on Belarus.", "SANCTION"),
    ("Qatar ended its role as mediator between the two factions on Tuesday.", "SANCTION"),
    ("Bamako said it was ending the presence of French troops in the country.", "SANCTION"),
    ("Belgrade shut down the OSCE monitoring mission on Friday.", "SANCTION"),
    ("A spokesman said new restrictions had been placed on travel in Almaty.", "COERCE"),
    ("Belarus imposed heavy fines on students who joined the marches.", "COERCE"),
    ("The navy imposed a blockade on the rebel-held port on Monday.", "ASSAULT"),
    ("Militants used cluster munitions against army positions near Idlib.", "ASSAULT"),
    ("The defence minister said Turkish forces would take control of Iraq's border region.", "THREATEN"),
    ("A Russian official said Moscow could deploy nuclear missiles to Kaliningrad.", "THREATEN"),
    # round 3: mass expulsion of a people, drones sent into a city, nuclear explosions (201, 1952, 2042)
    ("A UN envoy said Sudanese forces were expelling ethnic Masalit from El Geneina by the thousands.", "ASSAULT"),
    ("Russia sent drones into central Odesa overnight.", "ASSAULT"),
    ("Pakistan carried out five underground nuclear explosions in 1998.", "ASSAULT"),
])
def test_cameo_roots_11_20(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.parametrize(("text", "wrong"), [
    # a threat to strike or block made with "could" stays a threat; a done police torture is no crowd control
    ("Police tortured detained students in a barracks outside Lima.", "COERCE"),
    # a rally of many people against a bill is a protest, not the rallying of opposition (113)
    ("Thousands of Armenians rallied outside parliament in Yerevan against the new bill.", "ACCUSE"),
    # coercive tactics are no chemical weapons
    ("A spokesman said the coast guard had used coercive tactics against a Vietnamese fishing boat.", "ASSAULT"),
])
def test_not_misread(nlp, text, wrong):
    assert wrong not in event_types(nlp, text)


def test_troops_sent_into_stay_mobilize(nlp):
    assert "MOBILIZE" in event_types(nlp, "Russia sent more troops into Belarus ahead of the drills.")


def test_withheld_revenue_stays_coerce(nlp):
    # withholding money owed to another (not aid) is PLOVER's COERCE, mode withhold
    assert "SANCTION" not in event_types(nlp, "Serbia withheld 40 million euros in customs revenue owed to Kosovo.")


def test_own_withdrawal_stays_retreat(nlp):
    # ending one's own presence is a retreat, not an expulsion (CAMEO 166)
    assert "SANCTION" not in event_types(nlp, "France said it was ending the presence of its troops in Mali.")


def test_seizing_power_at_home_stays_coerce(nlp):
    # a coup takes control of one's own state: COERCE (171), not an occupation
    assert "COERCE" in event_types(nlp, "The Malian army took control of the capital Bamako on Tuesday.")


def test_threatened_strike_with_could(nlp):
    assert "THREATEN" in event_types(nlp, "Union leaders said workers could strike if the government cut wages.")


def test_conviction_is_sanction(nlp):
    assert "SANCTION" in event_types(nlp, "A court in The Hague found the former militia leader guilty of war crimes.")
