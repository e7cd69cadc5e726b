"""Events, round 7d (issue #6): objects and subjects that refer back - "it" read as the speaker itself stands for
the other actor named before it in the sentence, "the council" for the organisation of that name named before,
"the juntas"/"the governments" for the group of an act before, "the two countries" as subject for the pair of an
act before, "both sides" even when "their" made the speaker its own target - and ellipsis: "X welcomed the deal,
as did Y" repeats X's act for Y.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import sorted_event_triples as _kinds

pytestmark = pytest.mark.model


def test_it_as_object_is_the_other_actor_before_it(nlp):
    got = _kinds(nlp, "Poland's foreign minister criticised Berlin over the pipeline and urged it to halt "
                      "construction.")
    assert ("REQUEST", ["POL"], ["DEU"]) in got
    assert ("REQUEST", ["POL"], ["POL"]) not in got


def test_the_council_is_the_council_named_before(nlp):
    got = _kinds(nlp, "The Gulf Cooperation Council and the United Nations held talks in Doha. "
                      "Qatar later asked the council on Monday to lift Iraqi restrictions.")
    assert ("REQUEST", ["QAT"], ["GCC"]) in got


def test_the_juntas_are_the_group_of_an_earlier_act(nlp):
    got = _kinds(nlp, "The military rulers of Guinea, Chad and Sudan agreed to form a pact. "
                      "The African Union president had urged the juntas in March to hold elections quickly.")
    assert ("REQUEST", ["AU"], ["GIN", "SDN", "TCD"]) in got


def test_the_two_countries_as_subject_are_the_pair_before(nlp):
    got = _kinds(nlp, "The foreign ministers of Kenya and Tanzania met in Arusha on Monday. "
                      "The two countries also signed a trade accord.")
    assert ("SUPPORT", ["KEN", "TZA"], []) in got


def test_as_did_repeats_the_act_for_a_new_actor(nlp):
    got = _kinds(nlp, "The African Union welcomed the ceasefire, as did the European Union.")
    assert got == [("SUPPORT", ["AU"], []), ("SUPPORT", ["EU"], [])]


def test_both_sides_after_their_is_the_pair_before(nlp):
    got = _kinds(nlp, "Norway and Sweden signed an accord. The UN chief praised both sides for their restraint.")
    assert ("SUPPORT", ["UN"], ["NOR", "SWE"]) in got


def test_also_marks_a_further_act_not_a_repeat(nlp):
    got = _kinds(nlp, "Peru and Chile agreed on Monday to reopen their consulates. "
                      "The two countries also agreed to resume a fisheries accord.")
    assert [(kind, source) for kind, source, _target in got] == [("AGREE", ["CHL", "PER"]), ("AGREE", ["CHL", "PER"])]
