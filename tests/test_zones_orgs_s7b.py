"""Organisations and places on unseen news, round 2 (session 7b): national institutions and new blocs NER leaves
untagged, a town or a people NER tags as an organisation, a state's generic forces, a seat of government in a title,
island groups and rivers, a town the gazetteer lacks named after "on".
Our own wire-style sentences; model tests use the session `nlp` fixture."""

from __future__ import annotations

import pytest

from blocwatch.gazetteer import load_gazetteer


def _orgs(doc):
    return {o.name: o.code for o in doc._.organizations}


def _places(doc):
    return {(p.name, p.country) for p in doc._.places}


# -- gazetteer (model-free) ----------------------------------------------------------------------
@pytest.mark.parametrize("name, kind, country", [
    ("Azores", "region", "PRT"),
    ("Canary Islands", "region", "ESP"),
    ("Kuril Islands", "region", "RUS"),
    ("Blue Nile", "other", None),
    ("Euphrates", "other", None),
])
def test_island_groups_and_rivers_are_in_the_gazetteer(name, kind, country):
    entry = load_gazetteer().resolve(name)
    assert entry is not None and (entry.kind, entry.country) == (kind, country), entry


# -- organisations ---------------------------------------------------------------------------------
@pytest.mark.model
@pytest.mark.parametrize("text, name, code", [
    ("The speaker of the House of Lords opened the debate on Tuesday.", "House of Lords", None),
    ("The bill cleared the National Assembly by 212 votes to 40 on Thursday.", "National Assembly", None),
    ("A senior member of Pakistan's National Security Committee flew to Kabul.", "National Security Committee",
     "PAK"),
    ("Five coastal states formed a new pact, the Alliance of Indian Ocean Islands, in May.",
     "Alliance of Indian Ocean Islands", None),
])
def test_institutions_and_blocs_ner_misses(nlp, text, name, code):
    orgs = _orgs(nlp(text))
    assert name in orgs and orgs[name] == code, orgs


@pytest.mark.model
def test_a_region_inside_a_blocs_name_is_no_place(nlp):
    doc = nlp("Three juntas signed a defence pact, the Alliance of Sahel States, in September.")
    assert "Alliance of Sahel States" in _orgs(doc)
    assert not any(name == "Sahel" for name, _ in _places(doc)), _places(doc)


@pytest.mark.model
def test_a_lower_case_ministry_after_a_states_possessive(nlp):
    assert _orgs(nlp("Sudan's irrigation ministry said on Friday that the river had fallen.")) == {
        "irrigation ministry": "SDN"}


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Azerbaijani tanks pushed the Armenian army back from the ridge within a week.",
    "Hundreds marched after the death in custody of a well-known Oromo poet, Tesfaye Bekele.",
    "Kremlin spokesman Dmitry Peskov said on Monday that no decision had been taken.",
    "Rebels said they had pushed the Malian army back from two villages.",
])
def test_no_organisation_named(nlp, text):
    assert _orgs(nlp(text)) == {}, _orgs(nlp(text))


@pytest.mark.model
def test_a_seat_of_government_that_speaks_stays_an_organisation(nlp):
    assert _orgs(nlp("The Kremlin said on Monday that no decision had been taken.")) == {"Kremlin": "RUS"}


@pytest.mark.model
def test_an_army_that_acts_stays_an_organisation(nlp):
    assert list(_orgs(nlp("The Ukrainian army said it had repelled an attack near the village.")).values()) == ["UKR"]


# -- places ----------------------------------------------------------------------------------------
@pytest.mark.model
def test_a_town_ner_tags_as_an_organisation_is_a_town(nlp):
    doc = nlp("Artillery kept shelling the northern city of Misrata overnight.")
    assert ("Misrata", "LBY") in _places(doc) and "Misrata" not in _orgs(doc)


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("The ministers met on Saturday in the Canary Islands, off the coast of Morocco.", ("Canary Islands", "ESP")),
    ("Farmers along the Blue Nile said the water had risen by a metre.", ("Blue Nile", None)),
    ("Jihadist groups have spread across the Sahel over the past decade.", ("Sahel", None)),
    ("The delegations talked for an hour at a hotel on Sentosa island on Thursday.", ("Sentosa", "SGP")),
])
def test_island_groups_rivers_and_regions(nlp, text, place):
    assert place in _places(nlp(text)), _places(nlp(text))


@pytest.mark.model
def test_a_town_after_on_takes_its_sentences_country(nlp):
    doc = nlp("Georgian artillery opened fire on Tskhinvali, the main town of South Ossetia, at night.")
    assert ("Tskhinvali", "GEO") in _places(doc), _places(doc)
