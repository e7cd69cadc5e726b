"""Membership facts at dates, from official sources (see data/memberships.csv for each source).

Each change is checked the day before and the day it takes effect: `until` is the day of change.
"""

from __future__ import annotations

import pytest

from blocwatch.kb import history, members, memberships, overlap, spells
from blocwatch.kb.dates import end_of, start_of
from blocwatch.kb.resolve import UnknownOrgError, UnknownStatusError


def status_at(org: str, member: str, at: str) -> str | None:
    found = [s.status for s in members(org, at, status="any") if s.member == member]
    assert len(found) <= 1, found
    return found[0] if found else None


FACTS = [
    # SCO: observers to members, founding day
    ("SCO", "UZB", "2001-06-14", None),
    ("SCO", "UZB", "2001-06-15", "founder"),
    ("SCO", "MNG", "2004-06-16", None),
    ("SCO", "MNG", "2004-06-17", "observer"),
    ("SCO", "IND", "2017-06-08", "observer"),
    ("SCO", "IND", "2017-06-09", "member"),
    ("SCO", "PAK", "2017-06-09", "member"),
    ("SCO", "IRN", "2023-07-03", "observer"),
    ("SCO", "IRN", "2023-07-04", "member"),
    ("SCO", "BLR", "2024-07-03", "observer"),
    ("SCO", "BLR", "2024-07-04", "member"),
    ("SCO", "AFG", "2012-06-06", None),
    ("SCO", "AFG", "2012-06-07", "observer"),
    ("SCO", "TUR", "2021-09-15", "dialogue_partner"),
    # CSTO: Uzbekistan out, in, suspended, out; Armenia's freeze
    ("CSTO", "UZB", "1999-04-19", "founder"),
    ("CSTO", "UZB", "1999-04-20", None),
    ("CSTO", "UZB", "2006-06-23", "member"),
    ("CSTO", "UZB", "2012-06-28", "suspended"),
    ("CSTO", "UZB", "2012-12-19", None),
    ("CSTO", "ARM", "2024-02-21", "founder"),
    ("CSTO", "ARM", "2024-02-22", "suspended"),
    ("CSTO", "BLR", "2021-09-15", "member"),
    # NATO enlargements
    ("NATO", "USA", "1949-04-04", "founder"),
    ("NATO", "ESP", "1982-05-29", None),
    ("NATO", "ESP", "1982-05-30", "member"),
    ("NATO", "MKD", "2020-03-26", None),
    ("NATO", "MKD", "2020-03-27", "member"),
    ("NATO", "FIN", "2023-04-03", "applicant"),
    ("NATO", "FIN", "2023-04-04", "member"),
    ("NATO", "SWE", "2024-03-06", "applicant"),
    ("NATO", "SWE", "2024-03-07", "member"),
    # EU enlargements and Brexit
    ("EU", "POL", "2004-04-30", None),
    ("EU", "POL", "2004-05-01", "member"),
    ("EU", "HRV", "2013-06-30", None),
    ("EU", "HRV", "2013-07-01", "member"),
    ("EU", "GBR", "2020-01-31", "member"),
    ("EU", "GBR", "2020-02-01", None),
    ("EU", "UKR", "2022-03-01", "applicant"),
    # ASEAN
    ("ASEAN", "KHM", "1999-04-29", None),
    ("ASEAN", "KHM", "1999-04-30", "member"),
    ("ASEAN", "TLS", "2025-10-25", "observer"),
    ("ASEAN", "TLS", "2025-10-26", "member"),
    # AU suspensions, reinstatements, Morocco
    ("AU", "GIN", "2021-09-09", "founder"),
    ("AU", "GIN", "2021-09-10", "suspended"),
    ("AU", "MLI", "2012-10-23", "suspended"),
    ("AU", "MLI", "2012-10-24", "member"),
    ("AU", "GAB", "2025-04-29", "suspended"),
    ("AU", "GAB", "2025-04-30", "member"),
    ("AU", "MAR", "2017-01-29", None),
    ("AU", "MAR", "2017-01-30", "member"),
    ("AU", "KEN", "2020-06-01", "member"),  # from COW (merge rule)
    # BRICS
    ("BRICS", "ZAF", "2010-12-24", "member"),
    ("BRICS", "EGY", "2023-12-31", None),
    ("BRICS", "EGY", "2024-01-01", "member"),
    ("BRICS", "IDN", "2025-01-05", None),
    ("BRICS", "IDN", "2025-01-06", "member"),
    ("BRICS", "SAU", "2024-06-01", "applicant"),
    ("BRICS", "KAZ", "2025-01-01", "partner"),
    # G7/G8, G20, AUKUS, Quad
    ("G7", "RUS", "2014-03-23", "member"),
    ("G7", "RUS", "2014-03-24", "suspended"),
    ("G20", "AU", "2023-09-08", None),
    ("G20", "AU", "2023-09-09", "member"),
    ("AUKUS", "GBR", "2021-09-14", None),
    ("AUKUS", "GBR", "2021-09-15", "founder"),
    ("QUAD", "IND", "2021-09-24", "founder"),
    # EAEU, CIS
    ("EAEU", "ARM", "2015-01-01", None),
    ("EAEU", "ARM", "2015-01-02", "member"),
    ("EAEU", "KGZ", "2015-08-12", "member"),
    ("CIS", "GEO", "2009-08-17", "member"),
    ("CIS", "GEO", "2009-08-18", None),
    ("CIS", "TKM", "2005-08-26", "associate"),
    ("CIS", "UKR", "2018-05-19", None),
    # ECOWAS exits of the Sahel juntas
    ("ECOWAS", "NER", "2025-01-28", "founder"),
    ("ECOWAS", "NER", "2025-01-29", None),
    ("ECOWAS", "MLI", "2025-01-28", "suspended"),
    ("ECOWAS", "MLI", "2025-01-29", None),
    ("ECOWAS", "GIN", "2021-09-08", "suspended"),
    # Arab League: Syria suspended and readmitted
    ("LAS", "SYR", "2011-11-15", "founder"),
    ("LAS", "SYR", "2011-11-16", "suspended"),
    ("LAS", "SYR", "2023-05-06", "suspended"),
    ("LAS", "SYR", "2023-05-07", "member"),
    # Council of Europe: Russia suspended then expelled
    ("COE", "RUS", "2022-02-24", "member"),
    ("COE", "RUS", "2022-03-15", "suspended"),
    ("COE", "RUS", "2022-03-16", None),
    # OPEC
    ("OPEC", "QAT", "2018-12-31", "member"),
    ("OPEC", "QAT", "2019-01-01", None),
    ("OPEC", "AGO", "2023-12-31", "member"),
    ("OPEC", "AGO", "2024-01-01", None),
    ("OPEC+", "RUS", "2016-12-10", "founder"),
    # UN: the USSR seat, China's seat
    ("UN", "SUN", "1991-12-23", "founder"),
    ("UN", "RUS", "1991-12-24", "member"),
    ("UN", "TWN", "1971-10-24", "founder"),
    ("UN", "CHN", "1971-10-25", "member"),
    ("UN", "SSD", "2011-07-14", "member"),
    # OSCE
    ("OSCE", "MNG", "2012-11-20", None),
    ("OSCE", "MNG", "2012-11-21", "member"),
]


@pytest.mark.parametrize(("org", "member", "at", "expected"), FACTS)
def test_membership_fact(org: str, member: str, at: str, expected: str | None) -> None:
    assert status_at(org, member, at) == expected


def test_facts_cover_enough_orgs() -> None:
    assert len(FACTS) >= 40
    assert len({f[0] for f in FACTS}) >= 12


def test_overlap_csto_sco_founding_example() -> None:
    assert overlap(["CSTO", "SCO"], "2021-09-15") == ["KAZ", "KGZ", "RUS", "TJK"]


def test_overlap_accepts_names_and_aliases() -> None:
    assert overlap(["ODKB", "Shanghai Cooperation Organization"], "2021-09-15") == ["KAZ", "KGZ", "RUS", "TJK"]


def test_overlap_observers_count_only_with_status() -> None:
    assert "BLR" not in overlap(["CSTO", "SCO"], "2021-09-15")
    assert "BLR" in overlap(["CSTO", "SCO"], "2021-09-15", status="any")


def test_overlap_after_belarus_joins_sco() -> None:
    assert overlap(["CSTO", "SCO"], "2024-07-04") == ["BLR", "KAZ", "KGZ", "RUS", "TJK"]


def test_members_status_member_includes_founders() -> None:
    codes = [s.member for s in members("SCO", "2021-09-15", status="member")]
    assert codes == ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]


def test_members_status_observer() -> None:
    codes = [s.member for s in members("SCO", "2021-09-15", status="observer")]
    assert codes == ["AFG", "BLR", "IRN", "MNG"]


def test_former_members_of_csto() -> None:
    codes = {s.member for s in members("CSTO", "2020-01-01", status="former_member")}
    assert codes == {"AZE", "GEO", "UZB"}


def test_nato_has_32_members_after_sweden() -> None:
    assert len(members("NATO", "2024-03-07", status="member")) == 32
    assert len(members("NATO", "2024-03-06", status="member")) == 31


def test_eu_has_27_members_after_brexit_and_28_before() -> None:
    assert len(members("EU", "2020-02-01", status="member")) == 27
    assert len(members("EU", "2020-01-31", status="member")) == 28


def test_partial_query_dates_start_of_period() -> None:
    assert status_at("SCO", "IND", "2017") == "observer"  # 2017-01-01
    assert status_at("SCO", "IND", "2017-07") == "member"


def test_replace_rule_drops_cow_shanghai_five() -> None:
    assert members("SCO", "1999") == []


def test_cow_spell_years_and_still_in() -> None:
    deu = spells("COE", "DEU")
    # West Germany joined in 1951, but before 1965 COW observes every fifth year only
    assert [(s.since, s.until, s.origin) for s in deu] == [("1955", None, "cow")]


def test_cow_org_ended_after_2014() -> None:
    assert status_at("EAEC", "RUS", "2014-12-31") == "member"
    assert status_at("EAEC", "RUS", "2015-01-01") is None


def test_cow_ussr_and_russia_split() -> None:
    assert status_at("IMF", "SUN", "1980") is None or status_at("IMF", "RUS", "1980") is None
    assert status_at("OSCE", "RUS", "2000") == "member"
    assert status_at("OSCE", "SUN", "1980") == "member"


def test_memberships_of_russia() -> None:
    orgs = {s.org for s in memberships("Russian Federation", "2021-09-15")}
    assert {"CSTO", "SCO", "BRICS", "CIS", "EAEU", "UN", "COE", "G20", "OPEC+"} <= orgs
    assert "G7" in orgs  # suspended, shown with its status
    assert "NATO" not in orgs


def test_memberships_curated_orgs_first() -> None:
    from blocwatch.kb import org_by_code

    curated = [org_by_code(s.org).curated for s in memberships("RUS", "2021-09-15")]
    assert curated == sorted(curated, reverse=True)


def test_extra_spells_hook_adds_article_facts() -> None:
    from blocwatch.kb import Spell

    extra = [Spell("SCO", "IRN", "applicant", "2021-09-17", None, "article x", "article")]
    rows = members("SCO", "2021-09-20", extra_spells=extra)
    assert {(s.member, s.origin) for s in rows if s.member == "IRN"} == {("IRN", "curated"), ("IRN", "article")}


def test_history_csto_uzbekistan_timeline() -> None:
    rows = [(r["date"], r["change"]) for r in history("CSTO") if r["member"] == "UZB"]
    assert rows == [
        ("1992-05-15", "founded"),
        ("1999-04-20", "left"),
        ("2006-06-23", "rejoined"),
        ("2012-06-28", "suspended"),
        ("2012-12-19", "left"),
    ]


def test_history_reinstatements() -> None:
    syria = [(r["date"], r["change"]) for r in history("Arab League") if r["member"] == "SYR"]
    assert ("2011-11-16", "suspended") in syria and ("2023-05-07", "reinstated") in syria
    mali = [(r["date"], r["change"]) for r in history("AU") if r["member"] == "MLI"]
    assert ("2012-10-24", "reinstated") in mali


def test_history_is_sorted_by_date() -> None:
    days = [start_of(r["date"]) for r in history("NATO")]
    assert days == sorted(days)


def test_until_semantics_by_precision() -> None:
    assert end_of("2020-02-01").isoformat() == "2020-02-01"
    assert end_of("2011").isoformat() == "2012-01-01"
    assert end_of("2024-12").isoformat() == "2025-01-01"


def test_unknown_org_and_status_raise() -> None:
    with pytest.raises(UnknownOrgError, match="CSTO"):
        members("CTSO", "2021")
    with pytest.raises(UnknownStatusError):
        members("SCO", "2021", status="friend")


def test_two_letter_member_is_an_organisation_not_an_iso2_state():
    # the African Union joined the G20 on 2023-09-09; "AU" is also Australia's alpha-2 code
    from blocwatch.kb.query import member_name

    assert member_name("AU") == "African Union"
    assert member_name("AUS") == "Australia"
    joined = [r for r in history("G20") if r["date"] == "2023-09-09"]
    assert [(r["member"], r["name"], r["change"]) for r in joined] == [("AU", "African Union", "joined")]
