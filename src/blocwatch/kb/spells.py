"""Membership spells: who was in which organisation, with which status, from when to when.

Two origins live side by side: ``curated`` (data/memberships.csv, every row with its source) and
``cow`` (COW IGO v3, 1815-2014, years only). Facts read from articles arrive later as
``extra_spells`` with origin ``article`` and are shown next to the others, never merged away.

The COW/curated rule, per organisation (``cow_rule`` in data/orgs.csv):

* ``replace``: the curated spells are the whole membership; COW spells for that org are ignored
  (SCO, CSTO, NATO, EU, ...: COW codes the Shanghai Five as SCO and stops in 2014).
* ``merge``: for each member with at least one curated spell, the curated spells replace that
  member's COW spells; every other member keeps its COW spells (UN, AU, OSCE, ...).

Spell intervals follow :mod:`blocwatch.kb.dates`; COW ``last_year`` 2014 means "still in" and
becomes an open ``until``, unless data/cow_ends.csv records that the organisation itself ended
after 2014 (the Eurasian Economic Community, dissolved into the EAEU on 2015-01-01).
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from .dates import interval, query_day
from .orgs import org_by_code
from .resolve import UnknownStatusError, resolve_member, resolve_org
from .states import data_path, state_by_code

STATUSES = (
    "founder",
    "member",
    "observer",
    "applicant",
    "dialogue_partner",
    "partner",
    "associate",
    "suspended",
    "former_member",
)
#: statuses that count as "being a member" (a founder is a member from the founding date)
MEMBER_LIKE = frozenset({"founder", "member"})
COW_STATUS = {"full": "member", "associate": "associate", "observer": "observer"}
COW_LAST_YEAR = 2014
COW_CITATION = "COW IGO v3 (Pevehouse, Nordstrom, McManus and Jamison 2020)"


@dataclass(frozen=True)
class Spell:
    """One status of one member in one organisation over [since, until)."""

    org: str
    member: str
    status: str
    since: str | None
    until: str | None
    source: str
    origin: str  # "curated" | "cow" | "article"
    note: str = ""

    def interval(self) -> tuple[date, date]:
        return interval(self.since, self.until)

    def active_at(self, day: date) -> bool:
        start, end = self.interval()
        return start <= day < end


def _read(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def curated_spells() -> tuple[Spell, ...]:
    """Rows of data/memberships.csv, in file order."""
    return tuple(
        Spell(
            org=row["org"],
            member=row["member"],
            status=row["status"],
            since=row["since"] or None,
            until=row["until"] or None,
            source=row["source"],
            origin="curated",
            note=row["note"],
        )
        for row in _read("memberships.csv")
    )


@cache
def cow_state_map() -> dict[str, list[tuple[str, int | None, int | None]]]:
    """COW state key -> [(ISO code, first year, last year)]; empty code = no ISO state (dropped)."""
    mapping: dict[str, list[tuple[str, int | None, int | None]]] = defaultdict(list)
    for row in _read("cow_states.csv"):
        lo = int(row["from_year"]) if row["from_year"] else None
        hi = int(row["to_year"]) if row["to_year"] else None
        mapping[row["cow_state"]].append((row["iso3"], lo, hi))
    return dict(mapping)


def _merge_years(spells: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join overlapping or adjacent year ranges (West Germany then Germany are both DEU)."""
    merged: list[list[int]] = []
    for lo, hi in sorted(spells):
        if merged and lo <= merged[-1][1] + 1:
            merged[-1][1] = max(merged[-1][1], hi)
        else:
            merged.append([lo, hi])
    return [(lo, hi) for lo, hi in merged]


@cache
def cow_spells() -> tuple[Spell, ...]:
    """COW spells mapped to ISO codes, with COW ioname replaced by the curated code where linked."""
    org_code = {}
    for row in _read("orgs.csv"):
        if row["cow_ioname"]:
            org_code[row["cow_ioname"]] = row["code"]
    years: dict[tuple[str, str, str], list[tuple[int, int]]] = defaultdict(list)
    state_map = cow_state_map()
    for row in _read("cow_spells.csv"):
        first, last = int(row["first_year"]), int(row["last_year"])
        for iso, lo, hi in state_map.get(row["state"], []):
            if not iso:
                continue
            a, b = max(first, lo or first), min(last, hi or last)
            if a <= b:
                key = (org_code.get(row["ioname"], row["ioname"]), iso, COW_STATUS[row["status"]])
                years[key].append((a, b))
    ends = {row["ioname"]: row for row in _read("cow_ends.csv")}
    ends = {org_code.get(k, k): v for k, v in ends.items()}
    out = []
    for (org, member, status), ranges in years.items():
        for lo, hi in _merge_years(ranges):
            still_in = hi >= COW_LAST_YEAR
            end = ends.get(org) if still_in else None
            out.append(
                Spell(
                    org=org,
                    member=member,
                    status=status,
                    since=str(lo),
                    until=end["ended"] if end else (None if still_in else str(hi)),
                    source=f"{COW_CITATION}: {status} {lo}-{hi}"
                    + (" (2014 = still in at the end of the data)" if still_in else "")
                    + (f"; organisation ended: {end['source']}" if end else ""),
                    origin="cow",
                )
            )
    return tuple(sorted(out, key=lambda s: (s.org, s.member, s.interval())))


@cache
def all_spells() -> tuple[Spell, ...]:
    """Curated and COW spells after applying each organisation's cow_rule."""
    curated = curated_spells()
    rules = {row["code"]: row["cow_rule"] for row in _read("orgs.csv")}
    curated_pairs = {(s.org, s.member) for s in curated}
    kept = []
    for spell in cow_spells():
        rule = rules.get(spell.org)
        if rule == "replace" or (rule == "merge" and (spell.org, spell.member) in curated_pairs):
            continue
        kept.append(spell)
    return tuple(curated) + tuple(kept)


@cache
def _index() -> tuple[dict[str, list[Spell]], dict[str, list[Spell]]]:
    """Spells by org and by member, built once (queries touch a few hundred of 19k spells)."""
    by_org: dict[str, list[Spell]] = defaultdict(list)
    by_member: dict[str, list[Spell]] = defaultdict(list)
    for spell in all_spells():
        by_org[spell.org].append(spell)
        by_member[spell.member].append(spell)
    return dict(by_org), dict(by_member)


def _pool(extra_spells: Iterable[Spell], org: str | None = None, member: str | None = None) -> list[Spell]:
    """Built-in spells (optionally only one org's or one member's) plus the caller's extra spells."""
    if org is not None:
        base = _index()[0].get(org, [])
    elif member is not None:
        base = _index()[1].get(member, [])
    else:
        base = list(all_spells())
    extra = [s for s in extra_spells if (org is None or s.org == org) and (member is None or s.member == member)]
    return list(base) + extra


def spells(org: str | None = None, member: str | None = None, extra_spells: Iterable[Spell] = ()) -> list[Spell]:
    """Every spell, optionally for one org and/or member (codes or names)."""
    org_code = resolve_org(org).code if org else None
    member_code = resolve_member(member).code if member else None
    return [
        s
        for s in _pool(extra_spells, org_code, member_code)
        if (org_code is None or s.org == org_code) and (member_code is None or s.member == member_code)
    ]


def _status_set(status: str | None, default: frozenset[str] | None) -> frozenset[str] | None:
    """Status filter: None -> default; "member" also means founders; "any"/"all" -> no filter."""
    if status is None:
        return default
    key = status.strip().lower().replace("-", "_").replace(" ", "_")
    if key in {"any", "all"}:
        return None
    key = {"members": "member", "observers": "observer", "founders": "founder"}.get(key, key)
    if key not in STATUSES:
        raise UnknownStatusError(f"E303 Unknown status {status!r}. Use one of: {', '.join(STATUSES)}, any.")
    return MEMBER_LIKE if key == "member" else frozenset({key})


def _sort_key(spell: Spell) -> tuple:
    return (spell.org, spell.member, spell.origin != "curated", spell.interval())


def members(org: str, at: str, status: str | None = None, extra_spells: Iterable[Spell] = ()) -> list[Spell]:
    """Spells of `org` active on `at`. Default: every status; "member" = founders and members.

    ``status="former_member"`` returns, for each member with no spell active on `at`, its last
    spell that ended before `at` with status ``former_member``.
    """
    code = resolve_org(org).code
    day = query_day(at)
    pool = _pool(extra_spells, org=code)
    if status is not None and status.strip().lower() in {"former_member", "former", "former_members"}:
        return _former(pool, day)
    wanted = _status_set(status, None)
    found = [s for s in pool if s.active_at(day) and (wanted is None or s.status in wanted)]
    return sorted(found, key=_sort_key)


def _former(pool: list[Spell], day: date) -> list[Spell]:
    active = {s.member for s in pool if s.active_at(day)}
    last: dict[str, Spell] = {}
    for s in pool:
        if s.member in active or s.status not in MEMBER_LIKE | {"suspended"}:
            continue
        if s.interval()[1] <= day and (s.member not in last or s.interval()[1] > last[s.member].interval()[1]):
            last[s.member] = s
    return sorted(
        (Spell(s.org, s.member, "former_member", s.since, s.until, s.source, s.origin, s.note) for s in last.values()),
        key=_sort_key,
    )


def overlap(
    orgs: list[str], at: str, status: str | None = None, extra_spells: Iterable[Spell] = ()
) -> list[str]:
    """Members (founders and members by default) present in every org on `at`, as sorted codes."""
    if not orgs:
        return []
    wanted = _status_set(status, MEMBER_LIKE)
    sets = []
    for org in orgs:
        rows = members(org, at, status="any", extra_spells=extra_spells)
        sets.append({s.member for s in rows if wanted is None or s.status in wanted})
    return sorted(set.intersection(*sets))


def memberships(state: str, at: str, extra_spells: Iterable[Spell] = ()) -> list[Spell]:
    """Every spell of `state` active on `at`, curated organisations first."""
    code = resolve_member(state).code
    day = query_day(at)
    found = [s for s in _pool(extra_spells, member=code) if s.active_at(day)]
    return sorted(found, key=lambda s: (not _is_curated_org(s.org), s.org, s.origin != "curated"))


def _is_curated_org(code: str) -> bool:
    org = org_by_code(code)
    return bool(org and org.curated)


_CHANGE = {
    "founder": "founded",
    "member": "joined",
    "observer": "observer",
    "applicant": "applied",
    "dialogue_partner": "dialogue_partner",
    "partner": "partner",
    "associate": "associate",
    "suspended": "suspended",
}


def history(org: str, extra_spells: Iterable[Spell] = ()) -> list[dict]:
    """Timeline of joins, status changes, suspensions, reinstatements and exits for `org`."""
    code = resolve_org(org).code
    by_member: dict[tuple[str, str], list[Spell]] = defaultdict(list)
    for s in _pool(extra_spells, org=code):
        by_member[(s.member, s.origin)].append(s)
    rows = []
    for items in by_member.values():
        items.sort(key=lambda s: s.interval())
        for i, s in enumerate(items):
            prev = items[i - 1] if i else None
            change = _CHANGE.get(s.status, s.status)
            if prev is not None and prev.interval()[1] == s.interval()[0]:
                if prev.status == "suspended" and s.status in MEMBER_LIKE:
                    change = "reinstated"
                elif prev.status in MEMBER_LIKE and s.status in MEMBER_LIKE:
                    continue
            elif prev is not None and s.status in MEMBER_LIKE:
                change = "rejoined"
            rows.append(_event(s, s.since, change))
            nxt = items[i + 1] if i + 1 < len(items) else None
            if s.until and (nxt is None or nxt.interval()[0] != s.interval()[1]):
                rows.append(_event(s, s.until, "left" if s.status in MEMBER_LIKE | {"suspended"} else "ended"))
    rows.sort(key=lambda r: (r["_day"], r["member"]))
    for r in rows:
        del r["_day"]
    return rows


def member_name(code: str) -> str:
    """Display name for a member code: an ISO3 state, or an organisation (the EU or the AU in the G20).

    Spell members are never ISO alpha-2 codes, so a two-letter member such as "AU" is the African
    Union, not Australia.
    """
    state = state_by_code(code) if len(code) == 3 else None
    if state is not None:
        return state.name
    org = org_by_code(code)
    return org.name if org else code


def _event(spell: Spell, when: str | None, change: str) -> dict:
    return {
        "date": when,
        "member": spell.member,
        "name": member_name(spell.member),
        "change": change,
        "status": spell.status,
        "source": spell.source,
        "origin": spell.origin,
        "_day": query_day(when) if when else date.min,
    }
