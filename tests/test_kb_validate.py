"""The KB data passes its own checks, and the checks catch the mistakes they are for."""

from __future__ import annotations

from blocwatch.kb import KB_VERSION, Spell
from blocwatch.kb.validate import check_spells, validate


def test_shipped_kb_data_is_valid() -> None:
    assert [str(p) for p in validate()] == []


def test_every_curated_spell_has_a_source() -> None:
    from blocwatch.kb.spells import curated_spells

    assert all(s.source.strip() for s in curated_spells())


def test_overlapping_spells_are_reported() -> None:
    bad = [
        Spell("SCO", "IND", "observer", "2005-07-05", "2017-07-01", "x", "curated"),
        Spell("SCO", "IND", "member", "2017-06-09", None, "x", "curated"),
    ]
    assert any("overlapping" in p.message for p in check_spells(bad))


def test_touching_spells_do_not_overlap() -> None:
    ok = [
        Spell("SCO", "IND", "observer", "2005-07-05", "2017-06-09", "x", "curated"),
        Spell("SCO", "IND", "member", "2017-06-09", None, "x", "curated"),
    ]
    assert check_spells(ok) == []


def test_bad_codes_dates_statuses_and_missing_sources() -> None:
    bad = [
        Spell("SCO", "XXX", "member", "2001", None, "x", "curated"),
        Spell("NOPE", "RUS", "member", "2001", None, "x", "curated"),
        Spell("SCO", "RUS", "friend", "2001", None, "x", "curated"),
        Spell("SCO", "CHN", "member", "2001-13-01", None, "x", "curated"),
        Spell("SCO", "KAZ", "member", "2001", None, "", "curated"),
        Spell("SCO", "KGZ", "member", "2005", "2004", "x", "curated"),
    ]
    messages = " ".join(p.message for p in check_spells(bad))
    for expected in ("unknown member", "unknown org", "unknown status", "not a date", "without a source", "empty"):
        assert expected in messages


def test_coarse_until_is_inclusive_so_same_period_start_overlaps() -> None:
    bad = [
        Spell("OPEC", "ECU", "member", "1973", "1992-12", "x", "curated"),
        Spell("OPEC", "ECU", "suspended", "1992-12", None, "x", "curated"),
    ]
    assert check_spells(bad)


def test_kb_version_has_release_and_data_hash() -> None:
    release, _, digest = KB_VERSION.partition("+")
    assert release.startswith("kb-") and len(digest) == 8
