"""Gazetteer lookups: kinds, ISO3 codes, disambiguation by qualifier, context and population."""

from __future__ import annotations

import pytest

from blocwatch.gazetteer import Gazetteer, load_gazetteer, norm


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_norm_strips_article_possessive_and_accents():
    assert norm("the United States'") == "united states"
    assert norm("Russia's") == "russia"
    assert norm("Côte d’Ivoire") == "cote d'ivoire"


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        ("Paris", "city", "FRA"),
        ("Taipei", "city", "TWN"),
        ("Washington", "city", "USA"),
        ("Kiev", "city", "UKR"),
        ("Germany", "country", "DEU"),
        ("U.S.", "country", "USA"),
        ("Britain", "country", "GBR"),
        ("Sahel", "region", None),
        ("West Africa", "region", None),
        ("Crimea", "region", "UKR"),
        ("Donbas", "region", "UKR"),
        ("Gaza", "region", "PSE"),
        ("Georgia", "country", "GEO"),
    ],
)
def test_resolve_kind_and_country(gaz, text, kind, country):
    entry = gaz.resolve(text)
    assert entry is not None
    assert (entry.contract_kind, entry.country) == (kind, country)


def test_capital_beats_smaller_namesake_even_with_context(gaz):
    assert gaz.resolve("Moscow", context={"USA"}).country == "RUS"


def test_qualifier_picks_the_small_namesake(gaz):
    entry = gaz.resolve("Moscow", within="Idaho")
    assert entry.country == "USA" and entry.admin1 == "ID"
    assert gaz.resolve("Hamburg", within="Germany").country == "DEU"
    assert gaz.resolve("Paris", within="Japan") is None


def test_unknown_name_is_none(gaz):
    assert gaz.resolve("Blorptown") is None
    assert gaz.resolve("ex-Soviet") is None


def test_coordinates_present_for_cities_and_countries(gaz):
    city = gaz.resolve("Hamburg")
    assert 53 < city.lat < 54 and 9 < city.lon < 11
    country = gaz.resolve("Germany")
    assert 47 < country.lat < 55 and 5 < country.lon < 15


def test_cached_index_is_read_back_without_rebuilding(monkeypatch):
    load_gazetteer()  # built (or read) once, which writes the pickle cache
    load_gazetteer.cache_clear()

    def no_rebuild():
        raise AssertionError("the cached index should have been used")

    monkeypatch.setattr(Gazetteer, "build", staticmethod(no_rebuild))
    gaz = load_gazetteer()  # speed itself is measured by `blocwatch bench`, not by timed tests
    assert gaz.resolve("Hamburg").country == "DEU"
    load_gazetteer.cache_clear()
