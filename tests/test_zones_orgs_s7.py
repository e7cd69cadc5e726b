"""Datelines, state bodies and towns on unseen news (session 7): datelines with any agency or none, the
dateline's town as a place (never an actor), state bodies named with their state ("the Indian Air Force"),
common nouns that name no body ("a Russian military helicopter"), and towns NER misses or mislabels.
Our own wire-style sentences; model tests use the session `nlp` fixture."""

from __future__ import annotations

import pytest

from blocwatch.readers import read_text
from blocwatch.zones import find_dateline, recognise


# -- datelines (model-free) -----------------------------------------------------------------------
@pytest.mark.parametrize("text, place, agency", [
    ("TALLINN, Estonia (Northwire) - Estonia expelled a diplomat.", "TALLINN, Estonia", "Northwire"),
    ("DAKAR, May 14 (Sahel Press Agency) — Senegal closed its border.", "DAKAR", "Sahel Press Agency"),
    ("Quito, Feb. 2 (Andeswire) - Ecuador recalled its envoy.", "Quito", "Andeswire"),
    ("HANOI, Vietnam, June 9 - Vietnam protested on Sunday.", "HANOI, Vietnam", None),
    ("Accra, July 21, 2022 — Ghana asked the fund for a loan.", "Accra", None),
    ("Tbilisi, Georgia, March 3 - Georgia's parliament voted.", "Tbilisi, Georgia", None),
    ("PORT MORESBY — Papua New Guinea signed a pact.", "PORT MORESBY", None),
    ("OSLO, Jan 6 (Reuters) - Norway said.", "OSLO", "Reuters"),
])
def test_datelines_with_any_agency_or_none(text, place, agency):
    found = find_dateline(text)
    assert found is not None and found[2] == place and found[3] == agency, found


@pytest.mark.parametrize("text", [
    "The Foreign Ministry (MFA) - which rarely comments - said nothing.",
    "In Lima, March 3 - a date the talks had set - nothing happened.",
    "Peru (the host) - and Chile - signed on Monday.",
])
def test_sentence_openers_are_not_datelines(text):
    assert find_dateline(text) is None


def test_recognise_reports_an_unknown_agency_dateline():
    body = "HARARE, Nov 2 (Bushwire) - Zimbabwe's cabinet met on Tuesday.\n\nMore text follows here."
    found = recognise(body, header=True)
    assert found.dateline_place == "HARARE" and found.agency == "Bushwire"
    zone = next(z for z in found.zones if z.kind == "dateline")
    assert body[zone.start : zone.end] == "HARARE, Nov 2 (Bushwire) -"


# -- model sentences -----------------------------------------------------------------------------
def _run(nlp, text: str):
    article = read_text(text)
    doc = nlp.make_doc(article.body)
    doc._.article = article
    return nlp(doc)


def _orgs(doc):
    return {o.name: o.code for o in doc._.organizations}


def _places(doc):
    return {(p.name, p.country) for p in doc._.places}


@pytest.mark.model
def test_dateline_town_is_a_place_of_its_qualifier_and_no_organisation(nlp):
    doc = _run(nlp, "Envoys meet at border post\nhttps://example.org/x\n2024-05-02\n\n"
                    "TORKHAM, Afghanistan (Northwire) - Afghan and Pakistani officials reopened the crossing on "
                    "Thursday after a week of clashes.\n")
    assert ("Torkham", "AFG") in _places(doc)
    assert "TORKHAM" not in _orgs(doc) and "Northwire" in _orgs(doc)


@pytest.mark.model
@pytest.mark.parametrize("text, name, code", [
    ("A Nigerian Air Force jet crashed near the capital on Monday, officials said.", "Nigerian Air Force", "NGA"),
    ("The Japan Coast Guard said two Chinese vessels entered the zone on Tuesday.", "Japan Coast Guard", "JPN"),
    ("The Vietnamese Coast Guard said it had detained a fishing boat.", "Vietnamese Coast Guard", "VNM"),
])
def test_state_bodies_keep_their_state(nlp, text, name, code):
    assert _orgs(nlp(text)).get(name) == code, _orgs(nlp(text))


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Ukrainian forces shot down a Russian military drone over the region on Monday.",
    "Parliament will vote on the budget on Tuesday, the speaker said.",
])
def test_common_nouns_name_no_organisation(nlp, text):
    assert _orgs(nlp(text)) == {}, _orgs(nlp(text))


@pytest.mark.model
def test_a_lower_case_ministry_that_speaks_stays_an_organisation(nlp):
    assert _orgs(nlp("Egypt's foreign ministry said the talks would resume next week.")) == {
        "Egyptian Foreign Ministry": "EGY"}


@pytest.mark.model
def test_title_then_hyphenated_name_is_a_person(nlp):
    doc = nlp("The summit appointed Niger President Jean-Baptiste Kountche to chair the panel.")
    assert [p.name for p in doc._.people] == ["Jean-Baptiste Kountche"]
    assert _orgs(doc) == {}


@pytest.mark.model
@pytest.mark.parametrize("text, place", [
    ("Thousands marched through the streets of Lagos and Ibadan on Saturday.", ("Ibadan", "NGA")),
    ("Aid ships docked at the port of Berbera in Somaliland, a region of Somalia, on Monday.", ("Berbera", "SOM")),
    ("Kenya accused Somalia of harbouring the fighters, and its jets struck what Nairobi said was a camp "
     "near the town of Qoryooley.", ("Qoryooley", "SOM")),
])
def test_towns_ner_misses_or_mislabels(nlp, text, place):
    assert place in _places(nlp(text)), _places(nlp(text))


@pytest.mark.model
@pytest.mark.parametrize("text, name", [
    ("The United States Coast Guard rescued the crew on Sunday.", "United States Coast Guard"),
    ("The South African Police Service arrested three men.", "South African Police Service"),
])
def test_a_state_name_of_several_words_is_not_doubled(nlp, text, name):
    assert name in _orgs(nlp(text)), _orgs(nlp(text))
