"""Roles and regions on our own wire-style texts (written for these tests, not eval text):
datelines do not decide a person's state, honorifics are not titles, EU institutions act for
the EU, curated regions NER misses are places."""

from __future__ import annotations

import pytest

from blocwatch.extract import extract_articles, extract_text
from blocwatch.readers import read_text

pytestmark = pytest.mark.model


def _roles(ex, first: str):
    person = next(p for p in ex.people if p.name.startswith(first))
    return [(r.title, r.org_or_country) for r in person.roles]


def test_summit_dateline_does_not_give_the_state(nlp):
    article = read_text(
        "BRUSSELS, June 4 (Reuters) - President Bola Tinubu told reporters on Tuesday that Nigeria would "
        "press for debt relief at the summit. Nigeria has struggled with rising inflation since the naira "
        "was floated last year, and the government has asked its partners for more time to pay.")
    assert article.dateline_place
    ex = next(extract_articles([article], nlp=nlp)).extraction
    assert _roles(ex, "Bola") == [("President", "NGA")]


def test_honorifics_and_ranks_are_not_part_of_titles(nlp):
    ex = extract_text(
        "DOHA (AFP) - Qatar's Emir Sheikh Tamim bin Hamad Al Thani received the delegation on Sunday. "
        "Saudi Foreign Minister Prince Faisal bin Farhan said Riyadh backed the truce. "
        "UN Secretary-General Antonio Guterres welcomed the talks.",
        published="2024-02-11", nlp=nlp)
    assert _roles(ex, "Tamim") == [("Emir", "QAT")]
    assert _roles(ex, "Faisal") == [("Foreign Minister", "SAU")]
    assert _roles(ex, "Antonio") == [("Secretary-General", "UN")]


def test_heads_of_eu_institutions_act_for_the_eu(nlp):
    ex = extract_text(
        "European Council President Charles Michel arrived in Kyiv on Thursday for talks on the "
        "reconstruction fund, officials said.", published="2023-02-02", nlp=nlp)
    assert _roles(ex, "Charles") == [("President", "EU")]


def test_curated_regions_ner_misses_are_places(nlp):
    ex = extract_text(
        "NEW DELHI (AP) - Troops clashed along the Line of Actual Control in the Himalayas, near Ladakh, "
        "officials said, as tensions also rose across the Middle East and the Horn of Africa.",
        published="2020-06-16", nlp=nlp)
    places = {p.name: (p.kind, p.country) for p in ex.places}
    assert places["Line of Actual Control"] == ("region", None)
    assert places["Himalayas"] == ("region", None)
    assert places["Ladakh"] == ("region", "IND")
    assert places["Middle East"] == ("region", None)
    assert places["Horn of Africa"] == ("region", None)
