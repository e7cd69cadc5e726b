"""Events, round 8c (issue #6): membership acts and promised governments.

- A bloc admitting a state ("admitted X as a member / to the bloc", "welcomed X as its newest member", "accepted X
  into the alliance") is SUPPORT (CAMEO 054, recognition), as the open article gold codes admissions; a bloc noun
  as subject is enough ("the council admitted X"). Handing over or depositing an instrument of accession or
  ratification is ratifying (SUPPORT 057).
- A membership bid is REQUEST: "applied/sought to join" (a to-clause on apply/seek), "sought membership",
  "launched/lodged a bid to join" or "a bid for membership" (a light verb and a joining clause or "for").
- A promised government ("would appoint a cabinet", "will name a transitional government") is AGREE (CAMEO 0341,
  intent to change leadership); a government appointed in the past is no event.
- Round 8b's leftovers: pooling forces or equipment is a joint act (060); forces or peacekeepers protecting,
  guarding or shielding civilians, towns or a government are AID 074; holding back, curtailing or pulling the plug
  on aid is SANCTION 162; "a show of force" and "a flyover by bombers" are MOBILIZE 150; "would face military
  action" and "would resort to force" are THREATEN.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), [
    # admissions
    ("The Southern African bloc admitted Comoros as its 16th member on Saturday.", "SUPPORT"),
    ("The alliance admitted Montenegro to the bloc in 2017.", "SUPPORT"),
    ("The council admitted Montenegro in 2007.", "SUPPORT"),
    ("The Arab League welcomed Sudan as its newest member.", "SUPPORT"),
    ("The leaders welcomed the new member at the summit.", "SUPPORT"),
    ("NATO accepted Albania into the alliance in 2009.", "SUPPORT"),
    ("Finland handed its instrument of accession to the US secretary of state.", "SUPPORT"),
    ("Croatia deposited its instrument of ratification with the United Nations.", "SUPPORT"),
    # bids
    ("Kosovo applied to join the Council of Europe in May.", "REQUEST"),
    ("Albania sought to join the bloc in 2009.", "REQUEST"),
    ("Serbia sought membership of the EU in 2009.", "REQUEST"),
    ("Georgia launched a bid to join NATO last year.", "REQUEST"),
    ("Moldova lodged a bid for membership of the bloc.", "REQUEST"),
    # promised governments
    ("The general said he would appoint a civilian cabinet within a month.", "AGREE"),
    ("The junta will name a transitional government next week.", "AGREE"),
    # round 8b's leftovers
    ("Greece and Cyprus pooled their coast guard vessels to patrol the strait.", "COOPERATE"),
    ("UN peacekeepers protected civilians in the town of Bor.", "AID"),
    ("Kenyan troops guarded refugee camps near the border.", "AID"),
    ("Nigerian peacekeepers shielded the transitional government from rebel attacks.", "AID"),
    ("The European Union held back budget support to Mali after the coup.", "SANCTION"),
    ("Britain pulled the plug on aid to Burundi.", "SANCTION"),
    ("Washington curtailed military aid to the junta.", "SANCTION"),
    ("Russia staged a show of force near the Finnish border.", "MOBILIZE"),
    ("A flyover by Russian bombers near Alaska was meant as a signal to Washington.", "MOBILIZE"),
    ("Iran would face military action if it enriched uranium further, Israel warned.", "THREATEN"),
    ("Pyongyang said it would resort to force if provoked.", "THREATEN"),
])
def test_round_8c_triggers(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("The government admitted 3,000 refugees last year.", "SUPPORT"),  # refugees taken in are no member
    ("Moscow admitted its troops were in Crimea.", "SUPPORT"),  # a confession
    ("The prime minister appointed a new cabinet on Monday.", "AGREE"),  # done, not promised
    ("The president made a bid for re-election.", "REQUEST"),  # no joining
    ("Police guarded the embassy overnight.", "AID"),  # no forces protecting a population
    ("The army curtailed the movement of journalists.", "SANCTION"),  # no aid
    ("The highway flyover collapsed in Kolkata.", "MOBILIZE"),  # a bridge
    ("The two navies held a show of unity.", "MOBILIZE"),
])
def test_round_8c_senses_that_do_not_fire(nlp, text, absent):
    assert absent not in event_types(nlp, text)


@pytest.mark.model
def test_admission_actors(nlp):
    events = [e for e in events_of(nlp, "The Arab League welcomed Sudan as its newest member.") if e.type == "SUPPORT"]
    assert [(e.source, e.target, e.cameo) for e in events] == [(["LAS"], ["SDN"], "054")]
