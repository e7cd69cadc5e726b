"""Actor codes are states, KB organisations or group names: never adjectives, agencies or datelines."""

from __future__ import annotations

import pytest

from blocwatch.readers import read_text

pytestmark = pytest.mark.model


def _events(nlp, text: str, published: str):
    article = read_text(text)
    article.published = published
    doc = nlp.make_doc(text)
    doc._.article = article
    return nlp(doc)._.events


def test_events_actors_regional_description_is_the_named_bloc(nlp) -> None:
    text = ("ACCRA, March 14 (Reuters) - West African leaders agreed on Sunday to close borders with Niger, "
            "ECOWAS said in a statement. The Economic Community of West African States met in Accra.")
    events = _events(nlp, text, "2024-03-14")
    sources = [c for e in events for c in e.source]
    assert "ECOWAS" in sources
    assert "Reuters" not in sources and "West African" not in sources


def test_events_actors_adjectives_are_never_codes(nlp) -> None:
    text = "Western governments condemned the referendum. Eurasian leaders criticised the new sanctions."
    codes = [c for e in _events(nlp, text, "2024-06-02") for c in e.source + e.target]
    assert "Western" not in codes and "Eurasian" not in codes


def test_events_actors_weekday_beats_the_dateline_date(nlp) -> None:
    text = "NAIROBI, March 14 (AFP) - Kenya and Ethiopia signed a security pact on Sunday in Nairobi."
    events = _events(nlp, text, "2024-03-14")  # a Thursday: "Sunday" is March 10
    assert events and all(e.date == "2024-03-10" for e in events)


def test_events_actors_a_plural_group_name_is_kept(nlp) -> None:
    from blocwatch.pipeline.event_rules import Actors

    text = "Kurds protested in the city. Islamic clerics criticised the plan."
    doc = nlp(text)
    actors = Actors(doc)
    norp = {e.text: actors.ent_code(e) for e in doc.ents if e.label_ == "NORP" and not e.kb_id_}
    assert norp.get("Islamic") is None
    assert all(code is None or code[:1].isupper() for code in norp.values())


def test_events_actors_security_forces_take_the_country_the_article_is_about(nlp) -> None:
    text = ("Security forces killed at least 20 protesters in Khartoum on Monday, Sudanese doctors said. "
            "Sudan has been ruled by the army since 2021. Sudan's neighbours called for calm.")
    events = _events(nlp, text, "2024-08-10")
    assert any(e.source == ["SDN"] for e in events)
