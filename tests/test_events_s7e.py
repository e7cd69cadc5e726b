"""Events, round 7e (issue #6): lexicon senses for acts news reports often carry in a second clause - an
institution moving its seat out of a state (SANCTION), beatings after a storming (ASSAULT), welcoming a release
(SUPPORT), cancelling a visit (REJECT), a vow to show no mercy and a deadline ultimatum (THREATEN), a no-fly
zone (SANCTION), and leaving a bloc (SANCTION, the organisation as target).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types, events_of

pytestmark = pytest.mark.model


def test_moving_headquarters_out_is_a_sanction(nlp):
    assert "SANCTION" in event_types(nlp, "The bloc moved its headquarters out of Bamako on Tuesday.")


def test_beating_after_a_storming_is_an_assault(nlp):
    text = "Rioters stormed the parliament in Lima, ransacking offices and beating a deputy."
    assert "ASSAULT" in event_types(nlp, text)


def test_welcoming_a_release_is_support(nlp):
    assert "SUPPORT" in event_types(nlp, "Japan welcomed the release of its journalists and demanded an apology.")


def test_cancelling_a_visit_is_reject(nlp):
    assert "REJECT" in event_types(nlp, "Brazil cancelled a state visit to Washington on Tuesday.")


def test_call_on_to_hold_talks_is_a_request(nlp):
    types = event_types(nlp, "Ghana called on Togo to hold talks with the opposition.")
    assert "REQUEST" in types and "CONSULT" not in types


def test_no_mercy_vow_is_a_threat(nlp):
    assert event_types(nlp, "The general vowed to show no mercy to the insurgents.") == ["THREATEN"]


def test_deadline_ultimatum_is_a_threat(nlp):
    assert "THREATEN" in event_types(nlp, "The president on Monday gave the militia 24 hours to leave the city.")


def test_no_fly_zone_is_a_sanction(nlp):
    assert "SANCTION" in event_types(nlp, "NATO imposed a no-fly zone over Bosnia on Friday.")



def test_leaving_a_bloc_is_a_sanction_on_it(nlp):
    events = events_of(nlp, "Burundi quit the East African Community on Monday.")
    assert any(e.type == "SANCTION" and e.target for e in events)
