"""Curated organisations added in s8: IGAD, ECCAS, CARICOM, SAARC, APEC, Arctic Council, Nordic Council,
V4 (Visegrad Group), BIMSTEC, PIF.

Full modern names resolve to the curated code (COW only knows abbreviations such as "Inter-Gov
Authority on Drought Protection"); curated spells carry the documented changes. Model-free.
"""

from __future__ import annotations

import pytest

from blocwatch.kb import lookup_org, members
from blocwatch.kb.orgs import org_by_code
from blocwatch.kb.spells import curated_spells

NEW = {"IGAD", "ECCAS", "CARICOM", "SAARC", "APEC", "Arctic Council", "Nordic Council", "V4", "BIMSTEC", "PIF"}


@pytest.mark.parametrize(("text", "code"), [
    ("Intergovernmental Authority on Development", "IGAD"),
    ("Economic Community of Central African States", "ECCAS"),
    ("CEEAC", "ECCAS"),
    ("Caribbean Community", "CARICOM"),
    ("South Asian Association for Regional Cooperation", "SAARC"),
    ("Asia-Pacific Economic Cooperation", "APEC"),
    ("Arctic Council", "Arctic Council"),
    ("Nordic Council", "Nordic Council"),
    ("Visegrád Group", "V4"),
    ("Visegrad Four", "V4"),
    ("Bay of Bengal Initiative for Multi-Sectoral Technical and Economic Cooperation", "BIMSTEC"),
    ("Pacific Islands Forum", "PIF"),
])
def test_full_names_resolve_to_the_curated_code(text, code):
    org = lookup_org(text)
    assert org is not None and org.code == code and org.curated


@pytest.mark.parametrize("text", ["IGADD", "South Pacific Forum", "CARIFTA", "BIST-EC"])
def test_predecessors_are_not_the_organisation(text):
    org = lookup_org(text)
    assert org is None or org.code not in NEW


def _codes(org: str, at: str, status: str | None = None) -> set[str]:
    return {s.member for s in members(org, at=at, status=status)}


def test_eccas_rwanda_leaves_rejoins_and_leaves_again():
    assert "RWA" in _codes("ECCAS", "1990") and "RWA" not in _codes("ECCAS", "2010")
    assert "RWA" in _codes("ECCAS", "2016")
    assert "RWA" not in _codes("ECCAS", "2025-07-01")


def test_eccas_gabon_suspended_after_the_coup_and_reinstated():
    assert "GAB" in _codes("ECCAS", "2023-09-03", "member")
    assert _codes("ECCAS", "2023-12-01", "suspended") == {"GAB"}
    assert "GAB" not in _codes("ECCAS", "2023-12-01", "member")
    assert "GAB" in _codes("ECCAS", "2024-03-09", "member")


def test_eccas_angola_observer_then_member():
    assert _codes("ECCAS", "1990", "observer") == {"AGO"}
    assert "AGO" in _codes("ECCAS", "1999", "member")


def test_visegrad_czechoslovakia_then_its_successors():
    assert _codes("V4", "1992") == {"CSK", "HUN", "POL"}
    assert _codes("V4", "1993-01-01") == {"CZE", "SVK", "HUN", "POL"}


def test_bimstec_enlargements():
    assert _codes("BIMSTEC", "1997-06-06") == {"BGD", "IND", "LKA", "THA"}
    assert _codes("BIMSTEC", "1998") == {"BGD", "IND", "LKA", "THA", "MMR"}
    assert len(_codes("BIMSTEC", "2005")) == 7


def test_merged_orgs_keep_cow_and_add_curated_members():
    assert len(_codes("IGAD", "2020")) == 8 and "SSD" not in _codes("IGAD", "2010")
    assert {"HKG", "TWN", "CHN", "USA"} <= _codes("APEC", "2020")
    assert {"MSR", "JAM", "HTI"} <= _codes("CARICOM", "2020") and len(_codes("CARICOM", "2020")) == 15
    assert "AFG" in _codes("SAARC", "2020", "member") and "AFG" not in _codes("SAARC", "2006", "member")
    assert org_by_code("PIF").cow_rule == "merge" and "FJI" in _codes("PIF", "2020")


def test_arctic_and_nordic_founders():
    assert len(_codes("Arctic Council", "2000")) == 8 and "RUS" in _codes("Arctic Council", "2000")
    assert _codes("Nordic Council", "1953") == {"DNK", "SWE", "NOR", "ISL"}
    assert "FIN" in _codes("Nordic Council", "1956")


def test_new_rows_cite_a_source():
    rows = [s for s in curated_spells() if s.org in NEW]
    assert len(rows) == 47 and all(s.source.strip() for s in rows)
    assert all(org_by_code(code).source.strip() for code in NEW)


def test_dissolved_blocs_resolve_by_their_full_names_and_keep_cow_spells() -> None:
    from blocwatch.kb import lookup_org, members

    assert lookup_org("Organisation of African Unity").code == "OAU"
    assert lookup_org("Warsaw Treaty Organization").code == "Warsaw Pact"
    assert lookup_org("African Union").code == "AU"  # the successor keeps its own code
    assert {s.member for s in members("Warsaw Pact", "1980-01-01")} >= {"POL", "HUN", "CSK", "SUN"}
    assert members("Warsaw Pact", "1995-01-01") == []
