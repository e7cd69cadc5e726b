"""Events, round 7f (issue #6): attacks named as the setting or topic of another act, motives, states and
judgements that are no acts, announced bloc exits, and two argument shapes the parser splits.

- An attack noun with no doer of its own after after/amid/since/despite/for/over/as/while, beside a real act of
  another kind ("imposed a curfew after clashes", "declared a truce after weeks of fighting", "lodged a
  complaint over attacks"), gives no ASSAULT: its actors would be borrowed from that act. Beside fighting of the
  same campaign ("seized the town after heavy fighting") or with a doer of its own ("after rebel attacks by
  X") it stays.
- "in protest at/over" is the motive of another act, not a PROTEST (a boycott at home stays the protest).
- "are currently suspended", "remain suspended": a standing state, no SANCTION.
- "called X a vital ally / a stab in the back" (call + object + predicate) is a judgement, never a phone call.
- "said it would leave the bloc": an exit announced is the leaver's SANCTION, not a THREATEN.
- "warned X of a crackdown if ...": the "of" phrase belongs to the verb (THREATEN); "would act as a go-between"
  is an offer to mediate (AGREE).

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_kinds, event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kept", [
    ("Chile imposed a night curfew in Valparaiso after violent clashes.", "COERCE"),
    ("Ethiopia and Eritrea declared a truce on Monday after three weeks of fighting.", "CONCEDE"),
    ("Peru lodged a formal complaint with Bolivia over attacks on its border guards.", "ACCUSE"),
    ("Ghana rejected Togo's request for more police officers, as fighting with the gangs spread.", "REJECT"),
])
def test_attack_as_setting_of_another_act_gives_no_assault(nlp, text, kept):
    types = event_types(nlp, text)
    assert kept in types and "ASSAULT" not in types


def test_fighting_beside_a_seizure_stays(nlp):
    assert "ASSAULT" in event_types(nlp, "Syrian rebels shelled the town of Idlib after heavy fighting.")


def test_attack_with_its_own_doer_stays_beside_another_act(nlp):
    kinds = event_kinds(nlp, "Sweden summoned the Iranian envoy on Monday after attacks by Iranian drones on Kyiv.")
    assert any(t == "ACCUSE" for t, _ in kinds)


def test_in_protest_is_a_motive_not_a_protest(nlp):
    types = event_types(nlp, "Norway's ambassador to Chad resigned in protest over the crackdown on the press.")
    assert "PROTEST" not in types and "RETREAT" in types
    types = event_types(nlp, "The Danish foreign minister boycotted a NATO meeting in Oslo in protest at the agenda.")
    assert "PROTEST" not in types and "REJECT" in types


def test_boycott_at_home_in_protest_stays_a_protest(nlp):
    text = "Opposition parties in Kenya boycotted the budget debate in protest over the arrests."
    assert "PROTEST" in event_types(nlp, text)


def test_a_standing_suspension_is_no_sanction(nlp):
    assert "SANCTION" not in event_types(nlp, "Guinea and Gabon are currently suspended from the African Union.")
    assert "SANCTION" in event_types(nlp, "The African Union suspended Gabon on Thursday.")


def test_call_with_a_predicate_is_a_judgement_not_a_phone_call(nlp):
    kinds = event_kinds(nlp, "Chinese spokesman Lin Wei called Pakistan a trusted partner on Monday.")
    assert kinds == [("SUPPORT", ["CHN"])]
    assert "CONSULT" not in event_types(nlp, "The Kenyan president called Uganda a bad neighbour on Monday.")


def test_announced_exit_from_a_bloc_is_a_sanction(nlp):
    kinds = event_kinds(nlp, "Chad announced on Friday that it would leave the Economic Community of Central "
                             "African States.")
    assert ("SANCTION", ["TCD"]) in kinds and "THREATEN" not in [t for t, _ in kinds]


def test_warned_of_a_crackdown_is_a_threat(nlp):
    kinds = event_kinds(nlp, "Moscow warned striking miners of a crackdown if the stoppage went on.")
    assert ("THREATEN", ["RUS"]) in kinds


def test_offer_to_act_as_go_between_is_agree(nlp):
    kinds = event_kinds(nlp, "Switzerland said it would act as a go-between for Armenia and Azerbaijan.")
    assert ("AGREE", ["CHE"]) in kinds
