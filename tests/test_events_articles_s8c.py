"""Events, round 8c (issue #6), spurious events in whole articles: a hope is no act ("the fund hoped to conclude the
talks"); what a text provides for is no act of anyone ("the plan commits both sides to pull back"); a verdict on a
thing ("said the admission should be the first step") or a condition of the subject's own aim ("must ratify it
before it can vote") is no demand; a quote's "I"/"we" acts for the state or organisation of the speaker named
outside the quote.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples as _read


@pytest.mark.model
def test_a_hope_is_no_act(nlp):
    assert _read(nlp, "The World Bank said on Monday it hoped to conclude the negotiations with Ghana soon.") == []
    assert _read(nlp, "Kenya hopes to sign the accord with Uganda by June, its minister said.") == []


@pytest.mark.model
def test_a_plan_to_hold_talks_stays_a_promise(nlp):
    assert ("AGREE", ["GHA"], ["TGO"]) in _read(nlp, "Ghana plans to hold talks with Togo next week.")


@pytest.mark.model
def test_what_a_text_provides_for_is_no_act(nlp):
    got = _read(nlp, "The accord commits both sides to stop fighting and to pull their troops back to the border.")
    assert got == [], got
    got = _read(nlp, "The draft resolution requires Serbia to withdraw its police from the province.")
    assert "RETREAT" not in [t for t, _s, _g in got], got


@pytest.mark.model
def test_a_verdict_on_a_thing_is_no_demand(nlp):
    got = _read(nlp, "Nigeria's president said on Monday that Ghana's admission should be the first step in "
                     "reforming the bloc.")
    assert "REQUEST" not in [t for t, _s, _g in got], got


@pytest.mark.model
def test_a_condition_of_ones_own_aim_is_no_demand(nlp):
    got = _read(nlp, "Chad must now ratify the charter before it can vote in the bloc, the ECOWAS secretariat "
                     "said on Monday.")
    assert got == [], got
    got = _read(nlp, "Chad must now sign the charter and ratify it before it can vote in the bloc, the ECOWAS "
                     "secretariat said on Monday.")
    assert got == [], got


@pytest.mark.model
def test_a_demand_made_of_a_state_stays_a_request(nlp):
    got = _read(nlp, "Ghana said on Monday that Togo must withdraw its troops from the border.")
    assert ("REQUEST", ["GHA"], ["TGO"]) in got, got


@pytest.mark.model
def test_a_quotes_first_person_is_the_speakers_state(nlp):
    got = _read(nlp, "NEW DELHI, Sept 9 (Blocwire) - India's prime minister, Narendra Modi, opened the summit. "
                     "\"I ask the leaders to welcome the African Union,\" Modi told reporters.")
    assert ("REQUEST", ["IND"], ["AU"]) in got, got
