"""Places component: resolution, qualifiers, regions, borders, grouping (hand-built docs, no model)."""

from __future__ import annotations

import pytest
import spacy
from helpers import doc_with_ents as make
from spacy.tokens import Doc

from blocwatch.pipeline.places import find_places, group_places


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")



def places_of(doc: Doc):
    return [(p.name, p.country, p.kind) for p in group_places(doc, find_places(doc))]


def test_places_country_and_city_with_codes(blank):
    doc = make(blank, "Talks in Paris involved Germany and Taipei.",
               [("Paris", "GPE", ""), ("Germany", "GPE", "DEU"), ("Taipei", "GPE", "TWN")])
    assert places_of(doc) == [("Paris", "FRA", "city"), ("Germany", "DEU", "country"), ("Taipei", "TWN", "city")]


def test_places_demonym_is_not_a_place(blank):
    doc = make(blank, "Russian troops moved.", [("Russian", "NORP", "RUS")])
    assert places_of(doc) == []


def test_places_state_as_actor_is_a_place(blank):
    doc = make(blank, "Washington said it would help.", [("Washington", "GPE", "USA")])
    assert places_of(doc) == [("Washington", "USA", "city")]


def test_places_qualifier_picks_moscow_idaho(blank):
    doc = make(blank, "He lives in Moscow, Idaho, near the Russian border.",
               [("Moscow", "GPE", "RUS"), ("Idaho", "GPE", ""), ("Russian", "NORP", "RUS")])
    got = places_of(doc)
    assert ("Moscow", "USA", "city") in got
    assert ("Idaho", "USA", "region") in got


def test_places_hamburg_germany(blank):
    doc = make(blank, "Protesters gathered in Hamburg, Germany.", [("Hamburg", "GPE", ""), ("Germany", "GPE", "DEU")])
    assert places_of(doc) == [("Hamburg", "DEU", "city"), ("Germany", "DEU", "country")]


def test_places_regions_from_curated_file(blank):
    doc = make(blank, "Jihadists spread across the Sahel and West Africa, far from Crimea and Gaza.",
               [("Sahel", "LOC", ""), ("West Africa", "LOC", ""), ("Crimea", "GPE", ""), ("Gaza", "GPE", "")])
    assert places_of(doc) == [("Sahel", None, "region"), ("West Africa", None, "region"),
                              ("Crimea", "UKR", "region"), ("Gaza", "PSE", "region")]


def test_places_compass_word_makes_a_region(blank):
    doc = make(blank, "Fighting raged in eastern Ukraine.", [("Ukraine", "GPE", "UKR")])
    assert places_of(doc) == [("eastern Ukraine", "UKR", "region")]


def test_places_bare_compass_word_is_not_a_town(blank):
    doc = make(blank, "The North said the drills were a warning to the South.",
               [("North", "LOC", ""), ("South", "LOC", "")])
    assert places_of(doc) == []


def test_places_border_between_two_states(blank):
    doc = make(blank, "Troops patrolled the Kyrgyz-Uzbek border on Monday.",
               [("Kyrgyz", "NORP", "KGZ"), ("Uzbek", "NORP", "UZB")])
    assert places_of(doc) == [("Kyrgyz-Uzbek border", None, "region")]


def test_places_one_place_per_distinct_place_with_all_mentions(blank):
    text = "The United States' envoy left. Officials in the U.S. and the United States agreed."
    doc = make(blank, text, [("United States'", "GPE", "USA"), ("U.S.", "GPE", "USA"), ("United States", "GPE", "USA")])
    [place] = group_places(doc, find_places(doc))
    assert (place.name, place.country, place.kind) == ("United States", "USA", "country")
    assert [m.text for m in place.mentions] == ["United States", "U.S.", "United States"]
    assert all(text[m.start : m.end] == m.text for m in place.mentions)
    assert place.lat is not None and place.lon is not None


def test_places_unknown_gpe_dropped_unknown_loc_kept(blank):
    doc = make(blank, "The ex-Soviet Zorblax and the Qwerty Mountains.",
               [("Zorblax", "GPE", ""), ("Qwerty Mountains", "LOC", "")])
    assert places_of(doc) == [("Qwerty Mountains", None, "other")]


@pytest.mark.model
def test_places_full_pipeline_sentence(nlp):
    doc = nlp("Officials in Berlin and Nairobi said talks on the Korean Peninsula would resume in Hanoi.")
    got = {(p.name, p.country) for p in doc._.places}
    assert {("Berlin", "DEU"), ("Nairobi", "KEN"), ("Hanoi", "VNM")} <= got
