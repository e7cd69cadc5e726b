"""Event detection and typing on wire-style sentences written for these tests (issue #6).

Each sentence exercises one reading the lexicon or the rules learnt in this round: phrasal and light
verbs ("cut off internet access", "staged a sit-in"), nominal events ("declared martial law", "an
internet shutdown"), ultimatums and conditional vows, joint exercises named by two states, and the
parser's splits ("sit-in" as two tokens). None comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_case_misses, events_of

pytestmark = pytest.mark.model

CASES = [
    ('Serbia placed its army on the highest level of combat readiness.', 'MOBILIZE', 'SRB', None),
    ('Ukraine announced a general mobilisation of men aged 18 to 60.', 'MOBILIZE', 'UKR', None),
    ('Russia held nuclear drills on Wednesday.', 'MOBILIZE', 'RUS', None),
    ('French troops arrived in Romania to lead a NATO battlegroup.', 'MOBILIZE', 'FRA', None),
    ('The Kremlin ordered the partial mobilisation of 300,000 reservists.', 'MOBILIZE', 'RUS', None),
    ('Israel opened a humanitarian corridor to allow civilians to leave the city.', 'RETREAT', 'ISR', None),
    ('The Chilean interior minister tendered his resignation on Friday.', 'RETREAT', 'CHL', None),
    ('The truce between Israel and Hamas largely held on Sunday.', 'RETREAT', None, None),
    ('Ethiopia cut off internet access in the Tigray region.', 'COERCE', 'ETH', None),
    ("Thailand's army declared martial law on Tuesday.", 'COERCE', 'THA', None),
    ('Soldiers staged a coup in Burkina Faso.', 'COERCE', None, None),
    ('The opposition leader was placed under house arrest.', 'COERCE', None, None),
    ('Police broke up the demonstration with tear gas.', 'COERCE', None, None),
    ("Ethiopia's government ordered an internet shutdown in the region.", 'COERCE', 'ETH', None),
    ('Iran vowed to retaliate if Israel attacked its nuclear sites.', 'THREATEN', 'IRN', None),
    ("ECOWAS gave Niger's junta one week to reinstate the president or face military action.", 'THREATEN',
     'ECOWAS', None),
    ('Russia said it would respond militarily to the deployment.', 'THREATEN', 'RUS', None),
    ('Thai police said protesters who defied the ban would face arrest.', 'THREATEN', None, None),
    ('Mexico handed over 29 cartel suspects to the United States.', 'COOPERATE', 'MEX', 'USA'),
    ('Niger and Nigeria pooled intelligence on the militants.', 'COOPERATE', 'NER', None),
    ('Belarusian and Russian troops began the Union Shield exercises.', 'COOPERATE', 'BLR', None),
    ('The navies of Japan and India launched a naval exercise in the Bay of Bengal.', 'COOPERATE', 'JPN', None),
    ('The United States pledged $50 million in aid to Sudan, where fighting has displaced millions.', 'AGREE',
     'USA', 'SDN'),
    ('Beijing lodged a formal complaint with Tokyo over the visit.', 'ACCUSE', 'CHN', 'JPN'),
    ('A Paris court issued an arrest warrant for the former Syrian minister.', 'ACCUSE', 'FRA', None),
    ('Students staged a sit-in outside the ministry in Dhaka.', 'PROTEST', None, None),
    ('Protesters torched government buildings in Nairobi.', 'PROTEST', None, None),
    ('Jailed activists in Bahrain pressed on with a hunger strike.', 'PROTEST', None, None),
    ('Dock workers in Rotterdam walked off the job on Monday.', 'PROTEST', None, None),
    ('Thousands of opposition supporters converged on the capital of Togo.', 'PROTEST', None, None),
    ('Burkina Faso gave the French ambassador 48 hours to leave the country.', 'SANCTION', 'BFA', 'FRA'),
    ('Poland declared three Belarusian diplomats persona non grata.', 'SANCTION', 'POL', None),
    ('A French court found the two men guilty of financing terrorism.', 'SANCTION', None, None),
    ('Mali froze its participation in the regional force.', 'SANCTION', 'MLI', None),
    ('China blocked imports of Australian wine.', 'SANCTION', 'CHN', None),
    ('Serbia and Kosovo resumed talks in Brussels on Monday.', 'CONSULT', 'SRB', None),
    ('Qatar reopened its embassy in Cairo.', 'SUPPORT', 'QAT', None),
    ('Moscow said it stood behind the Venezuelan government.', 'SUPPORT', 'RUS', None),
    ('Jakarta threw its weight behind the peace plan.', 'SUPPORT', 'IDN', None),
    ('Washington held off on approving the arms sale to Ankara.', 'REJECT', 'USA', None),
    ('Beijing said it would neither accept nor recognise the ruling of the tribunal.', 'REJECT', 'CHN', None),
    ('Militants bulldozed the ancient city of Hatra, Iraqi officials said.', 'ASSAULT', None, None),
    ('Soldiers raped dozens of women in the village, the UN said.', 'ASSAULT', None, None),
    ('China gifted two patrol boats to Sri Lanka.', 'AID', 'CHN', 'LKA'),
    ('The delivery of German tanks to Kyiv has been completed.', 'AID', None, None),
    ('Germany acknowledged the colonial killings and asked for forgiveness.', 'CONCEDE', 'DEU', None),
    ('Belgium expressed its deepest regret to Congo for the colonial abuses.', 'CONCEDE', 'BEL', None),
    ('Israel withheld tax revenues it collects for the Palestinian Authority.', 'COERCE', 'ISR', None),
    ("A cyberattack took down the websites of Moldova's government.", 'COERCE', None, None),
    # a headline whose subject the parser hangs on the verb; a passive whose object is "thousands of troops"
    ('Mali junta expels French ambassador', 'SANCTION', 'MLI', None),
    ('Thousands of troops have been sent to the border.', 'MOBILIZE', None, None),
    ('The navy dispatched two frigates to the Gulf of Aden.', 'MOBILIZE', None, None),
    ('Tanks and armoured personnel carriers were seen moving towards the capital.', 'MOBILIZE', None, None),
    ('The junta recruited thousands of volunteers to fight the insurgents.', 'MOBILIZE', None, None),
    ('The kidnappers let the hostages go after a ransom was paid.', 'RETREAT', None, None),
    ('The militia evacuated its positions in the old city.', 'RETREAT', None, None),
    ("China's coast guard boarded a Philippine supply boat.", 'COERCE', 'CHN', None),
    ('Turkish and Azerbaijani special forces trained together near Baku.', 'COOPERATE', 'TUR', None),
    ('The leaders of France and Germany held a video conference.', 'CONSULT', 'FRA', None),
    ('The former Brazilian president is under investigation for corruption.', 'ACCUSE', None, None),
    ('Kenyan prosecutors are examining allegations of fraud in the tender.', 'ACCUSE', 'KEN', None),
    # an order to one's own forces is the act; an order to another party is a demand
    ('The Kremlin ordered Russian troops to pull back from the border.', 'RETREAT', None, None),
    ('The court ordered the Kenyan government to release the activists.', 'REQUEST', None, 'KEN'),
]


def test_detect_s2_sentences(nlp) -> None:
    assert event_case_misses(nlp, CASES) == []


@pytest.mark.parametrize(("text", "kind", "most"), [
    # the background clause of a sanction is one assault at most, not one per trigger
    ("The European Union imposed sanctions on Iran after an attack that killed 12 people.", "ASSAULT", 1),
    ("The European Union imposed sanctions on Iran after an attack that killed 12 people.", "SANCTION", 1),
    # "protesters torched ..." is one protest, not the participants plus the act
    ("Protesters torched government buildings in Nairobi.", "PROTEST", 1),
    # a vow to give aid where fighting goes on is a pledge, not a threat
    ("The United States pledged $50 million in aid to Sudan, where fighting has displaced millions.", "THREATEN", 0),
    # a held drill is no arrest, an opened corridor no shooting
    ("Russia held nuclear drills on Wednesday.", "COERCE", 0),
    ("Israel opened a humanitarian corridor to allow civilians to leave the city.", "ASSAULT", 0),
    # a rape is an assault, not a rap (the lemmatizer reads "raped" as "rap")
    ("Soldiers raped dozens of women in the village, the UN said.", "ACCUSE", 0),
    # the fate of a nominal act ("was delayed") is no act
    ("The release of 50 Palestinian prisoners by Israel was delayed.", "RETREAT", 0),
    # an act in an "after" clause is the setting of the sentence's own event
    ("The UN Security Council met on Friday after the rebels shelled the capital.", "ASSAULT", 0),
    ("Protesters rallied in Nairobi days after police shot two students.", "COERCE", 0),
    # walking out of talks is a rejection, not a strike
    ("The Sudanese delegation walked out of the talks in Jeddah.", "PROTEST", 0),
])
def test_detect_s2_at_most(nlp, text, kind, most) -> None:
    assert sum(e.type == kind for e in events_of(nlp, text)) <= most
