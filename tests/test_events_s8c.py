"""Events, round 8c (issue #6): membership acts and promised governments.

- A bloc admitting a state ("admitted X as a member / to the bloc", "welcomed X as its newest member", "accepted X
  into the alliance") is SUPPORT (CAMEO 054, recognition), as the open article gold codes admissions; a bloc noun
  as subject is enough ("the council admitted X"). Handing over or depositing an instrument of accession or
  ratification is ratifying (SUPPORT 057).
- A membership bid is REQUEST: "applied/sought to join" (a to-clause on apply/seek), "sought membership",
  "launched/lodged a bid to join" or "a bid for membership" (a light verb and a joining clause or "for").
- A promised government ("would appoint a cabinet", "will name a transitional government") is AGREE (CAMEO 0341,
  intent to change leadership); a government appointed in the past is no event.

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
])
def test_round_8c_triggers(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "absent"), [
    ("The government admitted 3,000 refugees last year.", "SUPPORT"),  # refugees taken in are no member
    ("Moscow admitted its troops were in Crimea.", "SUPPORT"),  # a confession
    ("The prime minister appointed a new cabinet on Monday.", "AGREE"),  # done, not promised
    ("The president made a bid for re-election.", "REQUEST"),  # no joining
])
def test_round_8c_senses_that_do_not_fire(nlp, text, absent):
    assert absent not in event_types(nlp, text)


@pytest.mark.model
def test_admission_actors(nlp):
    events = [e for e in events_of(nlp, "The Arab League welcomed Sudan as its newest member.") if e.type == "SUPPORT"]
    assert [(e.source, e.target, e.cameo) for e in events] == [(["LAS"], ["SDN"], "054")]
