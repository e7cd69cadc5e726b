"""KB entity ruler: states, demonyms, capitals, orgs, media, groups and ministries (model-free)."""

from __future__ import annotations

import pytest
import spacy

from blocwatch.pipeline.ruler import entity_kind, entity_name, lexicon


@pytest.fixture(scope="module")
def ruler_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("blocwatch_kb_ruler")
    return nlp


def ents(nlp, text):
    return [(e.text, e.label_, e.kb_id_) for e in nlp(text).ents]


def test_ruler_states_demonyms_and_capitals_get_codes(ruler_nlp):
    found = ents(ruler_nlp, "Kenyan troops left Nairobi for Somalia while French officials met in Paris.")
    assert ("Kenyan", "NORP", "KEN") in found
    assert ("Nairobi", "GPE", "KEN") in found
    assert ("Somalia", "GPE", "SOM") in found
    assert ("Paris", "GPE", "FRA") in found


def test_ruler_lower_case_common_word_is_not_a_state(ruler_nlp):
    assert ents(ruler_nlp, "They ate turkey and chad.") == []


def test_ruler_acronyms_are_case_sensitive(ruler_nlp):
    found = ents(ruler_nlp, "The US told us that NATO and the EU would meet.")
    assert ("US", "GPE", "USA") in found
    assert ("NATO", "ORG", "NATO") in found
    assert ("EU", "ORG", "EU") in found
    assert not any(text == "us" for text, _, _ in found)


def test_ruler_media_and_armed_groups(ruler_nlp):
    found = ents(ruler_nlp, "Hezbollah and al-Qaeda were named, Xinhua and the Associated Press reported.")
    assert ("Hezbollah", "ORG", "Hezbollah") in found
    assert ("al-Qaeda", "ORG", "al-Qaeda") in found
    assert ("Xinhua", "ORG", "Xinhua") in found
    assert ("Associated Press", "ORG", "AP") in found


def test_ruler_ministries_carry_their_state(ruler_nlp):
    found = ents(ruler_nlp, "The Chinese Foreign Ministry and the Ministry of Defence of Ukraine replied; "
                            "Japan's foreign ministry did not.")
    assert ("Chinese Foreign Ministry", "ORG", "CHN") in found
    assert ("Ministry of Defence of Ukraine", "ORG", "UKR") in found
    assert ("foreign ministry", "ORG", "JPN") in found


def test_ruler_fixed_government_bodies(ruler_nlp):
    found = ents(ruler_nlp, "The Kremlin and the White House both declined to comment.")
    assert ("Kremlin", "ORG", "RUS") in found
    assert ("White House", "ORG", "USA") in found


def test_entity_kind_and_name():
    assert entity_kind("AFP") == "agency"
    assert entity_name("AFP") == "Agence France-Presse"
    assert entity_kind("Taliban") == "armed_group"
    assert entity_kind("RUS", "Russian Foreign Ministry") == "ministry"
    assert entity_kind("RUS", "Russia") == "state"
    assert entity_kind("NATO") in {"alliance", "igo", "bloc"}
    assert entity_kind("no-such-code") is None


def test_ruler_lexicon_is_read_once_per_process():
    # speed itself is measured by `blocwatch bench`, not by timed tests
    assert lexicon() is lexicon()
