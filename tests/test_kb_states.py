"""States: names first as people write them, variants, adjectives, demonyms, capitals."""

from __future__ import annotations

import pycountry
import pytest

from blocwatch.kb import lookup_org, lookup_state, org_by_code, resolve_state, state_by_capital, state_by_code, states


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Russian", "RUS"),
        ("Russians", "RUS"),
        ("Russian Federation", "RUS"),
        ("Tajik", "TJK"),
        ("Kyrgyz", "KGZ"),
        ("Kirghizia", "KGZ"),
        ("Emirati", "ARE"),
        ("Emiratis", "ARE"),
        ("Beninese", "BEN"),
        ("Chinese", "CHN"),
        ("American", "USA"),
        ("British", "GBR"),
        ("U.S.", "USA"),
        ("the U.S.", "USA"),
        ("the UK", "GBR"),
        ("Britain", "GBR"),
        ("Byelorussia", "BLR"),
        ("Belarus", "BLR"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("Cote d\u2019Ivoire", "CIV"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Burma", "MMR"),
        ("Myanmar", "MMR"),
        ("North Korea", "PRK"),
        ("South Korea", "KOR"),
        ("the Netherlands", "NLD"),
        ("Holland", "NLD"),
        ("Dutch", "NLD"),
        ("Kazakhstani", "KAZ"),
        ("Uzbek", "UZB"),
        ("Soviet", "SUN"),
        ("USSR", "SUN"),
        ("Czechoslovakia", "CSK"),
        ("East Germany", "DDR"),
        ("West Germany", "DEU"),
        ("Serbia and Montenegro", "SCG"),
        ("Yugoslavia", "YUG"),
        ("Congolese", "COD"),
    ],
)
def test_lookup_state_variants(text: str, code: str) -> None:
    found = lookup_state(text)
    assert found is not None and found.code == code


@pytest.mark.parametrize(
    ("code", "name"),
    [
        ("RUS", "Russia"),
        ("IRN", "Iran"),
        ("SYR", "Syria"),
        ("BOL", "Bolivia"),
        ("TZA", "Tanzania"),
        ("VNM", "Vietnam"),
        ("LAO", "Laos"),
        ("MDA", "Moldova"),
        ("KOR", "South Korea"),
        ("PRK", "North Korea"),
        ("TWN", "Taiwan"),
        ("USA", "United States"),
        ("GBR", "United Kingdom"),
        ("VEN", "Venezuela"),
    ],
)
def test_common_short_name_first(code: str, name: str) -> None:
    state = state_by_code(code)
    assert state.name == name and state.names[0] == name


@pytest.mark.parametrize(
    ("capital", "code"),
    [("Moscow", "RUS"), ("Beijing", "CHN"), ("Washington", "USA"), ("The Hague", "NLD"), ("Dushanbe", "TJK"),
     ("Kyiv", "UKR"), ("Kiev", "UKR"), ("Astana", "KAZ"), ("Bishkek", "KGZ"), ("London", "GBR")],
)
def test_capitals_as_metonyms(capital: str, code: str) -> None:
    assert state_by_capital(capital).code == code


def test_capitals_are_not_state_names() -> None:
    assert lookup_state("Moscow") is None
    assert lookup_state("Washington") is None


def test_lookup_state_never_fuzzy_and_never_codes() -> None:
    assert lookup_state("NATO") is None
    assert lookup_state("Rusia") is None
    assert lookup_state("can") is None  # Canada's code must not turn the verb into a state


def test_codes_iso3_iso2_case_insensitive() -> None:
    assert state_by_code("ru").code == "RUS"
    assert state_by_code("rus").code == "RUS"
    assert resolve_state("RUS").code == "RUS"
    assert resolve_state("Russia").code == "RUS"


def test_every_iso_3166_1_country_is_present() -> None:
    codes = {s.code: s for s in states()}
    for country in pycountry.countries:
        assert country.alpha_3 in codes
        assert codes[country.alpha_3].iso2 == country.alpha_2


def test_historic_states_flagged() -> None:
    for code in ("SUN", "YUG", "CSK", "DDR", "SCG"):
        state = state_by_code(code)
        assert state.historic and state.until


def test_no_sovereign_name_keeps_iso_comma_form() -> None:
    assert not [s.code for s in states() if s.adjectives and "," in s.name]


def test_org_lookup_spellings_and_foreign_acronyms() -> None:
    for text in ("CSTO", "csto", "ODKB", "Collective Security Treaty Organisation",
                 "Collective Security Treaty Organization"):
        assert lookup_org(text).code == "CSTO"
    for text in ("SCO", "ShOS", "Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"):
        assert lookup_org(text).code == "SCO"
    assert lookup_org("Arab League").code == "LAS"
    assert lookup_org("the Quad").code == "QUAD"
    assert org_by_code("opec+").code == "OPEC+"


def test_org_predecessors_and_context_aliases_do_not_resolve() -> None:
    assert lookup_org("Shanghai Five") is None
    assert "Shanghai Five" in org_by_code("SCO").predecessors
    assert lookup_org("the Alliance") is None
    assert "the Alliance" in org_by_code("NATO").context_aliases


def test_cow_only_orgs_are_available() -> None:
    oapec = org_by_code("OAPEC")  # APEC is curated since s8
    assert oapec is not None and not oapec.curated
