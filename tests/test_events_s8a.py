"""Events, round 8a (issue #6): sentences that gave no event at all. General causes: a joint act whose
"joint"/"coordinated" hangs on a compound ("joint border survey work") or whose noun has other, unfitting
senses ("coordinated action"); a short "X relaxed rules on ..." clause the parser reads as one noun phrase
with the subject hung as nsubj; an irregular past the small model leaves unlemmatised ("unfroze"); and
wire synonyms missing from the lexicon: send back (084); dismantle positions, put weapons beyond use, turn
in guns (0873); disengage (087); admit peacekeepers (0862); a truce takes hold (0871); bargain, haggle,
thrash out, huddle with, play host to, receive or present credentials (04); give consent (030); announce a
halt to attacks (CONCEDE 0356, as an announced truce); channel/funnel/earmark money (071); equip forces
(072); distribute/truck relief, treat patients (073); escort convoys (074); broaden/widen cooperation,
"co-ordinated" split by the tokenizer (060); swap intelligence, tip off (064); scrutinise, document, collect
evidence (09); frown on, take aim at (11); snatch, rough up, waterboard, strangle, mow down, purge, trigger a
mine, rip through (18-20); commandeer, grab, appropriate, tear down, deregister, disqualify, proscribe, haul
in, pick up, hackers crippling or knocking out systems (17); draft in police (153); cut back ties (161).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru and Ecuador carried out joint border survey work in the Amazon on Tuesday.", "COOPERATE"),
    ("The Bank of England and the Bank of Canada launched coordinated action to calm currency markets.",
     "COOPERATE"),
    ("Chilean and Argentine rescuers co-ordinated the search for the missing climbers.", "COOPERATE"),
    ("Ghana broadened its cooperation with Togo on cross-border crime.", "COOPERATE"),
    ("Laos relaxed rules on foreign ownership of land.", "CONCEDE"),
    ("Britain unfroze Libyan assets held in London banks.", "RETREAT"),
    ("Eritrea sent back the Yemeni fishermen on Friday.", "RETREAT"),
    ("Armenian troops dismantled their positions along the border on Sunday.", "RETREAT"),
    ("The rebel army put its heavy weapons beyond use, the monitors said.", "RETREAT"),
    ("Hundreds of Colombian guerrillas turned in their rifles at a camp near the border.", "RETREAT"),
    ("The Houthis announced a halt to attacks on shipping in the Red Sea.", "CONCEDE"),  # as an announced truce
    ("Indian and British trade officials haggled over whisky tariffs in New Delhi.", "CONSULT"),
    ("Qatar played host to a Taliban delegation in Doha.", "CONSULT"),
    ("The Japanese emperor received the credentials of the new Chinese ambassador.", "CONSULT"),
    ("Iran's supreme leader gave his consent to talks with the United States.", "AGREE"),
    ("Iran channelled millions of dollars to Hezbollah, the US Treasury said.", "AID"),
    ("The Netherlands will equip Ukrainian soldiers with night-vision goggles.", "AGREE"),
    ("Sweden earmarked $50 million for Ukraine's reconstruction.", "AID"),
    # wire synonyms of investigating, disapproving, aiding, assaulting, coercing, meeting and sharing
    ("A Peruvian truth commission scrutinised killings by the army in the 1980s.", "ACCUSE"),
    ("Human Rights Watch researchers documented abuses against migrants in Libya.", "ACCUSE"),
    ("UN investigators collected evidence of mass graves in Bosnia.", "ACCUSE"),
    ("France frowned on Hungary's new media law.", "ACCUSE"),
    ("The Red Cross distributed blankets to earthquake survivors in Nepal.", "AID"),
    ("Cuban doctors treated hundreds of patients in Gaza.", "AID"),
    ("Italian navy ships escorted the aid convoy to Libya.", "AID"),
    ("Armed men snatched three Turkish engineers in northern Iraq.", "ASSAULT"),
    ("Ruling-party militants roughed up opposition candidates in Dhaka.", "ASSAULT"),
    ("Maoist rebels triggered a bomb under an army truck in Jharkhand.", "ASSAULT"),
    ("Somali pirates commandeered a Greek oil tanker off the coast.", "COERCE"),
    ("Venezuela expropriated two American oil rigs.", "COERCE"),
    ("Russia deregistered the country's oldest human rights group.", "COERCE"),
    ("Turkish police hauled in dozens of journalists on Tuesday.", "COERCE"),
    ("Belarusian police picked up an opposition blogger in Minsk.", "COERCE"),
    ("Chinese hackers crippled Taiwan's government websites.", "COERCE"),
    ("The Iraqi prime minister huddled with Kurdish leaders in Erbil.", "CONSULT"),
    ("Jordan and Israel swapped intelligence on Islamic State cells.", "COOPERATE"),
    ("Moroccan intelligence tipped off Spanish police about a planned attack.", "COOPERATE"),
    ("Thai and Cambodian troops disengaged along the disputed border.", "RETREAT"),
    ("A ceasefire between the army and the rebels took hold on Sunday.", "RETREAT"),
    ("Japan cut back its contacts with Myanmar's junta.", "SANCTION"),
])
def test_round_8a_types(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.parametrize(("text", "absent"), [
    ("The two states share a long border.", "COOPERATE"),  # no joint act: a shared feature
    ("Peru sent back a reply to Chile's note on Monday.", "RETREAT"),  # returning a letter is no release
    ("The minister turned over the pages of the report.", "RETREAT"),  # no weapons handed in
    ("The ambassador presented a report to parliament.", "CONSULT"),  # no credentials: no visit
    ("The prime minister gave his backing to the plan.", "AGREE"),  # no consent given
    ("Doctors treated the minister for exhaustion.", "AID"),  # no patients or wounded named
    ("The coach picked up a new striker in January.", "COERCE"),  # no journalist, activist or suspect
    ("Peru's president frowned at the question and left.", "ACCUSE"),  # frown at: a look, not disapproval on
])
def test_round_8a_not_events(nlp, text, absent):
    assert absent not in event_types(nlp, text)
