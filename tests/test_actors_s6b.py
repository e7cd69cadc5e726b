"""Actors on our own wire-style sentences (written for these tests, not eval, dev or tuning text): datelines with
an agency the reader does not know, titled people listed one after another, and towns tagged as people."""

from __future__ import annotations

import pytest
from helpers import roles_of

from blocwatch.extract import extract_text


@pytest.mark.model
def test_unknown_agency_dateline_is_no_subject(nlp):
    ex = extract_text("NAIROBI, March 3 (Newswire) - The African Union suspended Mali from all of its activities on "
                      "Friday after soldiers detained Prime Minister Moctar Ouane.", nlp=nlp)
    assert [(m.org, m.member, m.status) for m in ex.memberships] == [("AU", "MLI", "suspended")]


@pytest.mark.model
def test_title_of_the_next_person_in_a_list_is_not_an_apposition(nlp):
    ex = extract_text("French President Emmanuel Macron, German Chancellor Olaf Scholz and Italian Prime Minister "
                      "Mario Draghi arrived in Kyiv on Thursday.", nlp=nlp)
    assert roles_of(ex, "Emmanuel Macron") == [("President", "FRA")]
    assert roles_of(ex, "Olaf Scholz") == [("Chancellor", "DEU")]


@pytest.mark.model
def test_towns_listed_with_places_are_not_people(nlp):
    ex = extract_text("Ukrainian troops retook Izium and Balakliia in the Kharkiv region on Saturday. Russian forces "
                      "shelled Kupiansk, the district's main town, on Sunday.", nlp=nlp)
    names = {p.name for p in ex.people}
    places = {p.name: p.country for p in ex.places}
    assert not names & {"Izium", "Balakliia", "Kupiansk"}
    assert places.get("Kupiansk") == "UKR"
