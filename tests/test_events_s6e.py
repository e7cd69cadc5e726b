"""Events, round 6e (issue #6): CAMEO categories of roots 03-08 - an announced easing stays PLOVER.md's verbal
concession (CONCEDE, though CAMEO files it as intent, 035), an apology is CAMEO 055 (kept CONCEDE, as PLOVER.md
says), accepting peacekeepers or admitting inspectors is allowing access (RETREAT), suspending sanctions or easing
a blockade is RETREAT.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_kinds, events_of

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # an easing announced for later is CAMEO 035 (intent to yield) but PLOVER.md's verbal concession: CONCEDE
    ("Kazakhstan said it would lift the nationwide curfew next month.", ("CONCEDE", ["KAZ"])),
    ("Peru said on Monday it would ease restrictions on foreign media.", ("CONCEDE", ["PER"])),
    # an apology is CAMEO 055; PLOVER.md's type table keeps it CONCEDE
    ("Germany apologised to Namibia for colonial-era killings.", ("CONCEDE", ["DEU"])),
    # allowing international involvement (CAMEO 086) is RETREAT, mode access
    ("Mali accepted 2,000 more UN peacekeepers on Tuesday.", ("RETREAT", ["MLI"])),
    ("Iraq admitted UN weapons inspectors to a site near Tikrit.", ("RETREAT", ["IRQ"])),
    ("Libya received international election observers in Tripoli.", ("RETREAT", ["LBY"])),
    # easing economic sanctions (085) or a military blockade (0872) is RETREAT
    ("Canada suspended its sanctions against Belarus on Friday.", ("RETREAT", ["CAN"])),
    ("Azerbaijan eased its blockade of the mountain road on Sunday.", ("RETREAT", ["AZE"])),
])
def test_cameo_readings(nlp, text, expected):
    assert expected in event_kinds(nlp, text)


@pytest.mark.parametrize("text", [
    "Sri Lanka ended the state of emergency on Monday.",
    "Bolivia ended martial law in the eastern provinces.",
    "Jordan ended the nightly curfew in Amman.",
])
def test_ending_emergency_rule_is_a_concession(nlp, text):
    # ending a state of emergency, martial law or a curfew eases them (CAMEO 0813/0814): not the repression itself
    assert [e.type for e in events_of(nlp, text)] == ["CONCEDE"]


def test_done_easing_stays_concede(nlp):
    # an easing carried out is the concession itself, not a promise
    assert ("CONCEDE", ["PER"]) in event_kinds(nlp, "Peru eased restrictions on foreign media on Monday.")
