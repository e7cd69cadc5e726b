"""Events, round 8 (issue #6), actors across an article: an act about joining a bloc that names no bloc is aimed at
the bloc the article is about ("applied for membership in 2019"), while backing or opposing a membership is aimed
at the candidate the article is about; an agentless passive "was suspended from / readmitted to" a bloc is that
bloc's act; "the leaders" of a bloc's summit act for that bloc; a resignation is from an office at home, wherever
it was sent from.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_triples as _read


@pytest.mark.model
def test_membership_application_is_aimed_at_the_articles_bloc(nlp):
    got = _read(nlp, "ASEAN foreign ministers met in Jakarta on Tuesday to discuss the South China Sea. "
                     "The Association of Southeast Asian Nations also discussed trade with Japan. "
                     "Papua New Guinea applied for membership in 2019.")
    assert ("REQUEST", ["PNG"], ["ASEAN"]) in got, got


@pytest.mark.model
def test_backing_a_membership_is_aimed_at_the_candidate(nlp):
    got = _read(nlp, "Bosnia took a step towards the European Union on Tuesday. Bosnia's leaders had waited for "
                     "years, and Bosnian officials celebrated in Sarajevo. Austria welcomed the accession talks, "
                     "and Hungary backed the membership bid.")
    assert ("SUPPORT", ["HUN"], ["BIH"]) in got, got


@pytest.mark.model
def test_agentless_passive_from_or_to_a_bloc_is_the_blocs_act(nlp):
    got = _read(nlp, "Mali was suspended from the African Union on Friday after the second coup in nine months. "
                     "Egypt was readmitted to the Arab League in 1989.")
    assert any(t == "SANCTION" and s == ["AU"] and g == ["MLI"] for t, s, g in got), got
    assert any(t == "SUPPORT" and s == ["LAS"] and g == ["EGY"] for t, s, g in got), got


@pytest.mark.model
def test_passive_without_a_bloc_names_no_doer(nlp):
    got = _read(nlp, "Mali was suspended from the tournament on Friday after the second coup in nine months.")
    assert not any(s for t, s, _g in got if t == "SANCTION"), got


@pytest.mark.model
def test_the_leaders_of_a_named_summit_act_for_its_bloc(nlp):
    got = _read(nlp, "The G7 summit in Hiroshima was overshadowed by the war in Ukraine. "
                     "The leaders condemned the missile launches on Friday.")
    assert any(t == "ACCUSE" and s == ["G7"] for t, s, _g in got), got
    got = _read(nlp, "The G7 summit in Hiroshima was overshadowed by the war in Ukraine. "
                     "European leaders condemned the missile launches on Friday.")
    assert not any(t == "ACCUSE" and s == ["G7"] for t, s, _g in got), got  # leaders named by a modifier


@pytest.mark.model
def test_summit_bloc_is_the_organisation_a_summit_is_named_after(nlp):
    from blocwatch.pipeline.event_rules import Actors
    from blocwatch.pipeline.events import _summit_bloc

    doc = nlp("Leaders arrived in Hiroshima on Friday for the G7 summit, the first in Japan since 2016.")
    assert _summit_bloc(doc, Actors(doc)) == "G7"
    doc = nlp("Leaders arrived in Hiroshima on Friday for a summit on climate finance.")
    assert _summit_bloc(doc, Actors(doc)) is None


@pytest.mark.model
def test_a_resignation_is_from_home_wherever_it_was_sent_from(nlp):
    got = _read(nlp, "Bolivian President Evo Morales resigned on Sunday in a televised address from Cochabamba, "
                     "a day after Mexico offered him asylum.")
    assert ("RETREAT", ["BOL"], ["BOL"]) in got, got


@pytest.mark.model
def test_joining_words_near_the_verb_only(nlp):
    from blocwatch.pipeline.events import _membership_act

    doc = nlp("Hungary backed the membership bid on Monday.")
    assert _membership_act(next(t for t in doc if t.lemma_ == "back"))
    doc = nlp("Hungary backed the plan on Monday, weeks after it sought membership.")
    assert not _membership_act(next(t for t in doc if t.lemma_ == "back"))
