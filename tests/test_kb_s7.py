"""Curated regional organisations added in s7: OAS, the Commonwealth, SADC, EAC, G5 Sahel, AES, Mercosur.

Names news writes in full resolve to the curated code, and the curated spells (with their
withdrawals) answer membership questions. Model-free.
"""

from __future__ import annotations

import pytest

from blocwatch.kb import lookup_org, members
from blocwatch.kb.orgs import org_by_code
from blocwatch.kb.spells import curated_spells


@pytest.mark.parametrize(("text", "code"), [
    ("Organization of American States", "OAS"),
    ("the Organisation of American States", "OAS"),
    ("OEA", "OAS"),
    ("OAS", "OAS"),
    ("the Commonwealth", "Commonwealth"),
    ("Commonwealth of Nations", "Commonwealth"),
    ("Southern African Development Community", "SADC"),
    ("East African Community", "EAC"),
    ("G5 Sahel", "G5 Sahel"),
    ("Group of Five for the Sahel", "G5 Sahel"),
    ("Alliance of Sahel States", "AES"),
    ("Alliance des États du Sahel", "AES"),
    ("Southern Common Market", "Mercosur"),
    ("Mercosul", "Mercosur"),
    # the CIS keeps its own name; "the Commonwealth" alone is the Commonwealth of Nations
    ("Commonwealth of Independent States", "CIS"),
])
def test_full_names_resolve_to_the_curated_code(text, code):
    org = lookup_org(text)
    assert org is not None and org.code == code and org.curated


@pytest.mark.parametrize("text", ["Pan American Union", "SADCC", "British Commonwealth"])
def test_predecessors_are_not_the_organisation(text):
    assert lookup_org(text) is None or not lookup_org(text).curated


def _codes(org: str, at: str) -> set[str]:
    return {s.member for s in members(org, at=at)}


def test_oas_withdrawals_of_venezuela_and_nicaragua():
    assert {"VEN", "NIC", "USA", "CUB"} <= _codes("OAS", "2019-04-26")
    assert "VEN" not in _codes("OAS", "2019-04-27") and "NIC" in _codes("OAS", "2023-11-18")
    assert "NIC" not in _codes("OAS", "2023-11-19")
    assert len(_codes("OAS", "2024-01-01")) == 33  # 35 states less the two that denounced the Charter
    assert "CAN" not in _codes("OAS", "1989") and "CAN" in _codes("OAS", "1990")


def test_eac_enlargement():
    assert _codes("EAC", "2001") == {"KEN", "UGA", "TZA"}
    assert _codes("EAC", "2007-07-01") == {"KEN", "UGA", "TZA", "RWA", "BDI"}
    assert _codes("EAC", "2024-06-01") == {"KEN", "UGA", "TZA", "RWA", "BDI", "SSD", "COD", "SOM"}


def test_sadc_founders_and_later_members():
    assert len(_codes("SADC", "1993")) == 10 and "ZAF" not in _codes("SADC", "1993")
    assert len(_codes("SADC", "2018")) == 16


def test_sahel_juntas_leave_the_g5_and_found_the_aes():
    assert _codes("G5 Sahel", "2020") == {"MLI", "BFA", "NER", "MRT", "TCD"}
    assert _codes("G5 Sahel", "2023-01-01") == {"BFA", "NER", "MRT", "TCD"}
    assert _codes("G5 Sahel", "2024-01-01") == {"MRT", "TCD"}
    assert _codes("AES", "2023-09-16") == {"MLI", "BFA", "NER"}
    assert _codes("AES", "2023-09-15") == set()


def test_commonwealth_merges_cow_with_the_2022_joiners():
    at = _codes("Commonwealth", "2023-01-01")
    assert {"GAB", "TGO", "GBR", "IND", "RWA"} <= at and "ZWE" not in at
    assert "GAB" not in _codes("Commonwealth", "2022-06-24")
    assert org_by_code("Commonwealth").cow_rule == "merge"


def test_mercosur_founders_and_venezuela_suspended():
    assert _codes("Mercosur", "1992") == {"ARG", "BRA", "PRY", "URY"}
    assert {s.member for s in members("Mercosur", at="2017", status="suspended")} == {"VEN"}
    assert "VEN" not in {s.member for s in members("Mercosur", at="2017", status="member")}


def test_new_rows_cite_a_source():
    new = {"OAS", "Commonwealth", "SADC", "EAC", "G5 Sahel", "AES", "Mercosur"}
    rows = [s for s in curated_spells() if s.org in new]
    assert len(rows) == 74 and all(s.source.strip() for s in rows)
