"""Events, round 7b (issue #6): second acts of a news sentence - a background clause with a day of its own is a
reported act, a relative clause on the subject with its own day is that actor's earlier act, "the three
countries" counts the states named before, "demanded that X act" with "act" misread as a noun aims at X, and a
domestic subject of a coordinated after-clause keeps its own (home) state instead of the main clause's actor.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import events_of
from helpers import sorted_event_triples as _kinds

pytestmark = pytest.mark.model


def test_after_clause_with_its_own_day_is_reported(nlp):
    got = events_of(nlp, "ECOWAS suspended Guinea on Thursday, after the army arrested the president in Conakry on "
                         "Sunday.", published="2024-05-08")
    assert [(e.type, e.source, e.target, e.date) for e in got] == [
        ("SANCTION", ["ECOWAS"], ["GIN"], "2024-05-02"), ("COERCE", ["GIN"], ["GIN"], "2024-05-05")]


def test_after_clause_without_a_day_stays_background(nlp):
    assert _kinds(nlp, "ECOWAS suspended Guinea on Thursday, after the army arrested the president in Conakry.") \
        == [("SANCTION", ["ECOWAS"], ["GIN"])]


def test_coordinated_after_clause_keeps_its_domestic_subject(nlp):
    # the second verb of "after soldiers dissolved ... and detained ..." is the soldiers' act, not the bloc's
    got = _kinds(nlp, "ECOWAS suspended Mali from its institutions on Friday, after soldiers in Bamako dissolved "
                      "the cabinet and detained the prime minister on Tuesday.")
    assert got == [("SANCTION", ["ECOWAS"], ["MLI"]), ("COERCE", ["MLI"], ["MLI"])]


def test_relative_clause_on_the_subject_with_a_day_is_reported(nlp):
    got = _kinds(nlp, "Kenya's foreign minister, who had met his Somali counterpart on Tuesday, condemned the attack "
                      "on the border post.")
    assert ("CONSULT", ["KEN"], ["SOM"]) in got
    assert [k[0] for k in got].count("ACCUSE") == 1


def test_relative_clause_without_a_day_stays_background(nlp):
    got = _kinds(nlp, "Kenya's foreign minister, who met his Somali counterpart, condemned the attack on the border "
                      "post.")
    assert [k[0] for k in got] == ["ACCUSE"]


def test_the_three_countries_are_the_three_states_named_before(nlp):
    got = _kinds(nlp, "Washington, London and Canberra announced a new security pact on Wednesday. Beijing accused "
                      "the three countries of stoking an arms race.")
    assert got == [("ACCUSE", ["CHN"], ["AUS", "GBR", "USA"])]


def test_both_countries_are_the_two_states_named_before(nlp):
    got = _kinds(nlp, "Russia and Ukraine exchanged prisoners on Monday. Turkey praised both countries for the "
                      "exchange.")
    assert ("SUPPORT", ["TUR"], ["RUS", "UKR"]) in got


def test_demand_that_a_state_act_aims_at_that_state(nlp):
    got = _kinds(nlp, "Delhi welcomed the decision and demanded that Kabul act against the smugglers.")
    assert ("REQUEST", ["IND"], ["AFG"]) in got
