"""Events, round 8b (issue #6), targets of article acts: a measure imposed "over" a state (a no-fly zone, control)
is aimed at that state; a rejection aims at the actor of what it refuses ("voted against letting X troops cross",
"refused to allow X troops to"); praise for "the newcomers" or "the three new allies" aims at the states listed
together as joining earlier in the article.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples as _read


@pytest.mark.model
def test_no_fly_zone_over_a_state_is_aimed_at_it(nlp):
    got = _read(nlp, "The UN Security Council on Monday imposed a no-fly zone over Syria to protect civilians.")
    assert ("SANCTION", ["UN"], ["SYR"]) in got, got


@pytest.mark.model
def test_vote_against_letting_foreign_troops_aims_at_their_state(nlp):
    got = _read(nlp, "Austria's parliament voted on Tuesday against letting Russian tanks cross its territory.")
    assert ("REJECT", ["AUT"], ["RUS"]) in got, got


@pytest.mark.model
def test_refusal_to_allow_foreign_troops_aims_at_their_state(nlp):
    got = _read(nlp, "Ghana refused to allow French troops to use its ports, the minister said on Monday.")
    assert ("REJECT", ["GHA"], ["FRA"]) in got, got


@pytest.mark.model
def test_counted_new_allies_are_the_states_listed_before(nlp):
    got = _read(nlp, "Estonia, Latvia and Lithuania joined the alliance on Monday. "
                     "The German chancellor welcomed the three new allies in a statement.")
    assert ("SUPPORT", ["DEU"], ["EST", "LVA", "LTU"]) in got, got


@pytest.mark.model
def test_newcomers_are_the_states_listed_before(nlp):
    got = _read(nlp, "Croatia and Slovenia joined the European Union on Sunday. "
                     "The Spanish prime minister praised the newcomers for their reforms.")
    assert ("SUPPORT", ["ESP"], ["HRV", "SVN"]) in got, got


@pytest.mark.model
def test_a_vote_whose_clause_names_no_actor_keeps_no_target(nlp):
    got = _read(nlp, "Peru's congress voted on Tuesday against raising the minimum wage.")
    assert all(t == [] for ty, s, t in got if ty == "REJECT"), got


@pytest.mark.model
def test_resigning_in_protest_is_no_protest_even_before_actors_are_known(nlp):
    got = _read(nlp, "The finance minister resigned in protest at the budget cuts.")
    assert [t for t, _s, _g in got] == ["RETREAT"], got


@pytest.mark.model
def test_leaving_in_protest_in_a_background_clause_is_no_protest(nlp):
    got = _read(nlp, "ACCRA, Jan 31 (Blocwire) - Togo was readmitted to the regional bloc on Monday, two decades "
                     "after it left the bloc in protest at the admission of Chad.")
    assert "PROTEST" not in [t for t, _s, _g in got], got


@pytest.mark.model
def test_not_being_consulted_is_no_rejection(nlp):
    got = _read(nlp, "A Kenyan government spokesman said the bloc had not been consulted on the deal.")
    assert "REJECT" not in [t for t, _s, _g in got], got


@pytest.mark.model
def test_a_refusal_with_the_refuser_as_subject_or_agent_stays_a_rejection(nlp):
    assert ("REJECT", ["TUR"], []) in _read(nlp, "Turkey did not accept the proposal, its minister said on Monday.")
    assert ("REJECT", ["TUR"], []) in _read(nlp, "The plan was not accepted by Turkey.")


@pytest.mark.model
def test_calling_on_someone_is_an_appeal_not_a_phone_call(nlp):
    got = _read(nlp, "Ghana's president announced the decision on Monday and called on Togolese President "
                     "Faure Gnassingbe to hold talks.")
    assert ("REQUEST", ["GHA"], ["TGO"]) in got and "CONSULT" not in [t for t, _s, _g in got], got
    got = _read(nlp, "Brazil called on the UN Security Council on Tuesday to consider lifting sanctions on Venezuela.")
    assert got == [("REQUEST", ["BRA"], ["UN"])], got


@pytest.mark.model
def test_a_march_protested_at_is_the_motive_not_a_protest(nlp):
    got = _read(nlp, "In Madrid, Ana Ruiz, the Spanish deputy prime minister, resigned from the cabinet on Monday "
                     "in protest at the march to war.")
    assert [t for t, _s, _g in got] == ["RETREAT"], got
    got = _read(nlp, "Thousands joined a march in Lima on Sunday in protest at the new tax.")
    assert ("PROTEST", ["PER"], ["PER"]) in got, got
