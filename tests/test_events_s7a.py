"""Events, round 7a (issue #6): CAMEO misses, round 3 - troops sent at another state's request to help fight are
military assistance (074); an all-capital short name before 'fighters'/'rebels' or as a subject is a group the KB
does not know; declaring martial law (1724) and a war footing (151); cyber operations by hackers (176); property
razed, burned down, sealed or taken over (171/1712); forcing people back
(170); clamping a curfew (172); warships sailed, bombers flown and missiles displayed (150); police or troops
taking over security (074); a short clause the parser reads as one noun phrase ("The army relaxed rules", the verb
hung on its object as a modifier) is re-hung with the verb as its head.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    ("Chadian troops were sent at Niger's request to help fight the insurgents.", "AID"),
    ("Rwandan soldiers arrived in Maputo at Mozambique's request to help fight the militants.", "AID"),
    ("The junta declared martial law across the country.", "COERCE"),
    ("North Korea placed its army on a war footing.", "MOBILIZE"),
    ("The Pakistani army went on heightened alert along the border.", "MOBILIZE"),
    ("Russian hackers attacked the Estonian parliament's website.", "COERCE"),
    ("Chinese hackers breached the ministry's computer network.", "COERCE"),
    ("Kenyan police took over security at the stadium on Friday.", "AID"),
    ("Bolivia took over a Spanish-owned power plant.", "COERCE"),
    ("Soldiers razed homes in the village.", "COERCE"),
    ("Militiamen burned down dozens of huts in the valley.", "COERCE"),
    ("Police sealed the headquarters of the opposition party.", "COERCE"),
    ("Officials coerced workers into joining the rally.", "COERCE"),
    ("Greek coast guards forced migrants back toward Turkey.", "COERCE"),
    ("Authorities clamped a curfew on the city after the riots.", "COERCE"),
    ("China sailed two warships through the strait.", "MOBILIZE"),
    ("Russian bombers flew over the North Sea.", "MOBILIZE"),
    ("North Korea displayed new missiles at a parade.", "MOBILIZE"),
    ("The government imposed new restrictions on the independent press.", "COERCE"),
])
def test_round_7a_types(nlp, text, expected):
    assert expected in event_types(nlp, text)


@pytest.mark.parametrize(("text", "unexpected"), [
    ("The U.S. imposed visa restrictions on Friday on Venezuelan officials.", "COERCE"),  # a sanction
    ("Turkey let the grain ships sail from Odesa.", "MOBILIZE"),  # merchant ships, no show of force
    ("Chinese and Russian bombers flew a joint patrol over the sea.", "MOBILIZE"),  # a joint patrol cooperates
    ("Thailand lifted martial law on Monday.", "COERCE"),  # the lifting is the act
])
def test_round_7a_not(nlp, text, unexpected):
    assert unexpected not in event_types(nlp, text)


def test_unknown_acronym_group_is_the_actor(nlp):
    events = events_of(nlp, "MNLF fighters attacked an army post in Sulu.")
    assert [e.source for e in events if e.type == "ASSAULT"] == [["MNLF"]]
    events = events_of(nlp, "The NDFP released two soldiers in Mindanao.")
    assert any("NDFP" in e.source for e in events if e.type == "RETREAT")


def test_aid_at_request_takes_the_sender(nlp):
    events = events_of(nlp, "Chadian troops were sent at Niger's request to help fight the insurgents.")
    assert [e.source for e in events if e.type == "AID"] == [["TCD"]]
    assert "ASSAULT" not in [e.type for e in events]  # the fight is the aim, not a report


@pytest.mark.parametrize(("text", "expected", "source"), [
    ("The army relaxed rules on public gatherings.", "CONCEDE", None),
    ("Cuba relaxed travel restrictions for its citizens.", "CONCEDE", "CUB"),
    ("Oman's government relaxed rules on public gatherings on Sunday, the state news agency said.", "CONCEDE", "OMN"),
    ("Armenia massed tanks near the border with Azerbaijan.", "MOBILIZE", "ARM"),
    ("The FDLR kidnapped aid workers near Goma.", "ASSAULT", "FDLR"),
])
def test_clause_read_as_noun_phrase(nlp, text, expected, source):
    events = [e for e in events_of(nlp, text) if e.type == expected]
    assert events
    if source:
        assert source in events[0].source
