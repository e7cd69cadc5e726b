"""Events, round 6g (issue #6): CAMEO categories of roots 03-08, second round - an announced reform, opening of
rights or change of policy (CAMEO 034x) is AGREE while an announced easing stays PLOVER.md's verbal concession
(CONCEDE); a leader saying he will not run again is an intent to change leadership (0341, AGREE); rights granted,
institutions abolished or a constitution adopted are CONCEDE (0833/0834); inspectors let in, archives returned,
forces abandoning a city, a demobilisation completed are RETREAT; troops sent to restore order or to protect a
leader or civilians are AID (074).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_kinds

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "expected"), [
    # an intent to reform, to open up rights or to change policy (CAMEO 034x) is AGREE
    ("Kazakhstan said it would reform its judiciary.", ("AGREE", ["KAZ"])),
    ("Egypt said it would allow independent parties to contest the vote.", ("AGREE", ["EGY"])),
    ("Morocco said on Friday it would abolish the death penalty.", ("AGREE", ["MAR"])),
    # a leader who says he will not run again announces a change of leadership (0341)
    ("Bolivia's president said he would not run for a fourth term.", ("AGREE", ["BOL"])),
    ("Peru's president said he would not seek a second term.", ("AGREE", ["PER"])),
    # rights granted and institutions changed (0833, 0834) are CONCEDE
    ("Saudi Arabia granted women the right to vote in municipal polls.", ("CONCEDE", ["SAU"])),
    ("Bhutan adopted a democratic constitution on Friday.", ("CONCEDE", ["BTN"])),
    ("Romania's parliament abolished the monarchy in a single vote.", ("CONCEDE", ["ROU"])),
    ("Malawi's interior minister shortened the curfew in Lilongwe.", ("CONCEDE", ["MWI"])),
    # inspectors let in (0862), property returned (084), a city abandoned (0874), demobilisation (0873): RETREAT
    ("Syria let OPCW inspectors enter the site at Douma.", ("RETREAT", ["SYR"])),
    ("Germany returned Benin bronzes and archives to Nigeria.", ("RETREAT", ["DEU"])),
    ("Ethiopian forces abandoned Mekelle on Monday.", ("RETREAT", ["ETH"])),
    # troops sent to restore order or to protect a leader (074) are AID
    ("Nigerian troops landed in Liberia to restore order after the riots.", ("AID", ["NGA"])),
    ("Rwandan troops moved into Mozambique to protect civilians.", ("AID", ["RWA"])),
])
def test_cameo_readings(nlp, text, expected):
    assert expected in event_kinds(nlp, text)


@pytest.mark.parametrize(("text", "kept"), [
    # an announced easing stays PLOVER.md's verbal concession, not AGREE
    ("Chile said it would lift the curfew in Santiago.", "CONCEDE"),
    # troops moved to guard a border or oil fields are a deployment, not protection of people
    ("Turkey sent troops to protect its border with Syria.", "MOBILIZE"),
    # a negated easing is a refusal, not a promise
    ("Kenya said it would not lift the ban on rallies.", "REJECT"),
])
def test_kept_readings(nlp, text, kept):
    kinds = [k for k, _ in event_kinds(nlp, text)]
    assert kept in kinds, kinds
    assert "AGREE" not in kinds or kept == "AGREE", kinds
