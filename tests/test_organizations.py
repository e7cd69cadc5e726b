"""Organisations component: names, acronyms, kinds, bodies, grouping (hand-built docs, no model)."""

from __future__ import annotations

import pytest
import spacy
from helpers import doc_with_ents as make
from spacy.tokens import Doc

from blocwatch.article import Article, Zone
from blocwatch.pipeline.organizations import find_organizations, group_organizations


@pytest.fixture(scope="module")
def blank():
    return spacy.blank("en")



def orgs_of(doc: Doc):
    return [(o.name, o.acronym, o.kind) for o in group_organizations(doc, find_organizations(doc))]


def test_orgs_full_name_from_text_and_acronym_grouped(blank):
    text = "The European Union (EU) met. The EU said more."
    doc = make(blank, text, [("European Union", "ORG", "EU"), ("EU", "ORG", "EU"), ("EU", "ORG", "EU")])
    [org] = group_organizations(doc, find_organizations(doc))
    assert (org.name, org.acronym, org.code) == ("European Union", "EU", "EU")
    assert len(org.mentions) == 3 and all(text[m.start : m.end] == m.text for m in org.mentions)


def test_orgs_kb_name_when_text_gives_only_acronym(blank):
    doc = make(blank, "NATO leaders met.", [("NATO", "ORG", "NATO")])
    [(name, acronym, kind)] = orgs_of(doc)
    assert acronym == "NATO" and "Atlantic" in name and kind in ("bloc", "igo")


def test_orgs_body_of_known_organisation(blank):
    doc = make(blank, "The African Union Commission and the AU Council of Elders met.",
               [("African Union", "ORG", "AU"), ("AU", "ORG", "AU")])
    got = orgs_of(doc)
    assert ("African Union Commission", None, "igo") in got
    assert ("AU Council of Elders", None, "igo") in got
    assert any(acr == "AU" for _, acr, _ in got)


def test_orgs_ministry_named_after_its_state(blank):
    doc = make(blank, "Russia's Defence Ministry said.", [("Russia", "GPE", "RUS"), ("Defence Ministry", "ORG", "RUS")])
    assert orgs_of(doc) == [("Russian Defence Ministry", None, "ministry")]


def test_orgs_media_and_armed_groups(blank):
    doc = make(blank, "Reuters reported, citing state news agency Xinhua, that Islamic State fighters attacked.",
               [("Reuters", "ORG", "Reuters"), ("Xinhua", "ORG", "Xinhua"), ("Islamic State", "ORG", "ISIS")])
    got = orgs_of(doc)
    assert ("Reuters", None, "media") in got
    assert ("Xinhua", None, "media") in got
    assert ("Islamic State", "ISIS", "armed_group") in got


def test_orgs_states_and_places_are_not_organisations(blank):
    doc = make(blank, "Moscow and Dushanbe said the Kremlin agreed.",
               [("Moscow", "GPE", "RUS"), ("Dushanbe", "ORG", ""), ("Kremlin", "ORG", "RUS")])
    assert [name for name, _, _ in orgs_of(doc)] == ["Kremlin"]


def test_orgs_unknown_org_kind_from_its_words(blank):
    doc = make(blank, "The Freedom Party and Acme Airlines disagreed.",
               [("Freedom Party", "ORG", ""), ("Acme Airlines", "ORG", "")])
    assert orgs_of(doc) == [("Freedom Party", None, "party"), ("Acme Airlines", None, "company")]


def test_orgs_byline_agency_added_with_evidence(blank):
    text = "By Jane Roe for AFP\n\nTalks continued."
    doc = blank(text)
    doc._.article = Article(id="x", body=text, agency="AFP", zones=[Zone("byline", 0, 19)])
    [org] = group_organizations(doc, find_organizations(doc))
    assert (org.name, org.acronym, org.kind) == ("Agence France-Presse", "AFP", "media")
    assert org.mentions[0].text == "AFP"


@pytest.mark.model
def test_orgs_full_pipeline_sentence(nlp):
    doc = nlp("The Association of Southeast Asian Nations (ASEAN) and the Chinese Foreign Ministry spoke, "
              "Kyodo News reported.")
    got = {o.name for o in doc._.organizations}
    assert "Chinese Foreign Ministry" in got
    assert any(o.acronym == "ASEAN" for o in doc._.organizations)
