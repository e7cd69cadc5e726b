"""Events, round 8b (issue #6): lexical variety. Wire synonyms with their CAMEO codes: hand over / surrender /
transfer a suspect (063); send back, return or kick out migrants/refugees/workers, order journalists to leave
(174); order envoys out or to leave, order a UN mission out, force observers to leave (166x; "ordered the
mission to leave" stays REQUEST, as test_events_general pins it); order residents off the streets, slap or
proclaim a curfew (1723); place/put under martial law, emergency rule proclaimed, invoke emergency powers
(1724); put under house arrest (173); strike off the ballot (1722); hackers steal (176); put/place forces on
alert or standby (152); war games (150, 062 when joint); pull out of talks (164); withhold deliveries (162);
inquire into, review a strike (093); take a dim view, point the finger, implicate (11); subject to
torture/rape/beatings (182x); drive a vehicle into, set off a bomb (183); empty or depopulate villages (201);
readmit inspectors (0862); give back a seized ship (084); hand over warships (072); get together (040);
"jointly" on a verb whose senses do not fit ("jointly launched a satellite") is a joint act (060).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # handovers, returns and expulsions
    ("Thailand surrendered a wanted Cambodian fugitive to Phnom Penh.", "COOPERATE"),
    ("Spain transferred a drug-trafficking suspect to Colombian authorities.", "COOPERATE"),
    ("Italy sent back 200 migrants to Libya.", "COERCE"),
    ("Greece returned dozens of asylum-seekers to Turkey.", "COERCE"),
    ("Iran sent back the two detained British sailors.", "RETREAT"),
    ("Qatar kicked out thousands of Nepalese workers.", "COERCE"),
    ("The government ordered foreign journalists to leave the country.", "COERCE"),
    ("Zimbabwe ordered the British ambassador out of the country.", "SANCTION"),
    ("Russia ordered two Polish diplomats to leave within 48 hours.", "SANCTION"),
    ("Congo ordered the UN mission out of the country.", "SANCTION"),
    ("The junta forced UN observers to leave the region.", "SANCTION"),
    ("Britain handed over two frigates to the Nigerian navy.", "AID"),
    ("Iran gave back the seized tanker.", "RETREAT"),
    ("Iraq readmitted UN weapons inspectors.", "RETREAT"),
    # restrictions with light verbs and prepositions
    ("The army placed the province under martial law on Tuesday.", "COERCE"),
    ("Police put the opposition leader under house arrest.", "COERCE"),
    ("Emergency rule was proclaimed in the capital after the riots.", "COERCE"),
    ("The king declared emergency rule on Friday.", "COERCE"),
    ("Authorities slapped a curfew on the port city.", "COERCE"),
    ("The army ordered residents off the streets from 8 p.m.", "COERCE"),
    ("The president invoked emergency powers to end the strike.", "COERCE"),
    ("The election commission struck the opposition leader off the ballot.", "COERCE"),
    ("North Korean hackers stole $40 million from a Japanese exchange.", "COERCE"),
    # military moves, withdrawals from talks, cuts in aid
    ("Moscow put its strategic forces on high alert.", "MOBILIZE"),
    ("The ministry placed police units on standby.", "MOBILIZE"),
    ("China staged war games near Taiwan.", "MOBILIZE"),
    ("Russia pulled out of the grain talks.", "SANCTION"),
    ("Russia pulled its troops out of the town.", "RETREAT"),
    ("Washington withheld military aid from Cairo.", "SANCTION"),
    # investigations and accusations
    ("The inspector general inquired into the shooting of protesters.", "ACCUSE"),
    ("The Pentagon reviewed the air raid that killed civilians.", "ACCUSE"),
    ("Beijing took a dim view of the visit.", "ACCUSE"),
    ("Pakistan pointed the finger at India over the attack.", "ACCUSE"),
    ("The report implicated army officers in the massacre.", "ACCUSE"),
    # violence
    ("Women were subjected to rape by the soldiers.", "ASSAULT"),
    ("A suicide bomber drove a truck into a police station.", "ASSAULT"),
    ("Militants set off a bomb in a crowded market.", "ASSAULT"),
    ("Soldiers emptied the town of its residents.", "ASSAULT"),
    # meetings and joint acts
    ("The two leaders got together in Geneva on Monday.", "CONSULT"),
    ("Russia and Kazakhstan jointly launched a weather satellite on Thursday.", "COOPERATE"),
    ("France and Germany jointly developed a new tank.", "COOPERATE"),
])
def test_round_8b_triggers(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("Iran pulled out of the nuclear talks.", "RETREAT"),  # leaving talks is no withdrawal of forces
    ("Washington delivered F-16 fighter jets to Baghdad.", "COOPERATE"),  # fighter jets are no suspects
    ("The government withheld $50 million in tax revenue.", "SANCTION"),  # money is not aid
    ("He put the question under scrutiny.", "COERCE"),
    ("The president ordered the army to leave the barracks.", "SANCTION"),
])
def test_round_8b_senses_that_do_not_fire(nlp, text, absent):
    assert absent not in event_types(nlp, text)
