"""Checks that keep the KB data honest; `blocwatch kb validate` and the tests run them.

Errors (exit non-zero): unknown or malformed codes, statuses and dates, empty intervals,
overlapping spells for one org/member, curated facts without a source, broken COW links.
"""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import cache

from .dates import DateError, parse_partial
from .orgs import org_by_code, org_parts, orgs
from .spells import STATUSES, Spell, all_spells, cow_state_map
from .states import data_path, state_by_code, states


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the data, with where it is."""

    where: str
    message: str

    def __str__(self) -> str:
        return f"{self.where}: {self.message}"


def _check_states() -> list[Problem]:
    problems = []
    codes = Counter(s.code for s in states())
    problems += [Problem("states.csv", f"duplicate code {c}") for c, n in codes.items() if n > 1]
    iso2 = Counter(s.iso2 for s in states() if s.iso2 and not s.historic)
    problems += [Problem("states.csv", f"duplicate alpha-2 {c}") for c, n in iso2.items() if n > 1]
    for s in states():
        if not (len(s.code) == 3 and s.code.isalpha() and s.code.isupper()):
            problems.append(Problem(f"states.csv {s.code}", "code is not three upper-case letters"))
        if not s.name or s.name not in s.names:
            problems.append(Problem(f"states.csv {s.code}", "name missing or not listed in names"))
    return problems


def _check_spell(spell: Spell, where: str) -> list[Problem]:
    problems = []
    if org_by_code(spell.org) is None:
        problems.append(Problem(where, f"unknown org {spell.org!r}"))
    if spell.status not in STATUSES:
        problems.append(Problem(where, f"unknown status {spell.status!r}"))
    if state_by_code(spell.member) is None and org_by_code(spell.member) is None:
        problems.append(Problem(where, f"unknown member code {spell.member!r}"))
    for label, value in (("since", spell.since), ("until", spell.until)):
        if value is not None:
            try:
                parse_partial(value)
            except DateError as exc:
                problems.append(Problem(where, f"{label}: {exc}"))
                return problems
    start, end = spell.interval()
    if start >= end:
        problems.append(Problem(where, f"empty interval {spell.since}..{spell.until}"))
    if spell.origin == "curated" and not spell.source.strip():
        problems.append(Problem(where, "curated fact without a source"))
    return problems


def check_spells(spells: list[Spell] | tuple[Spell, ...]) -> list[Problem]:
    """Per-spell checks plus no overlapping spells for one (org, member, origin)."""
    problems = []
    groups: dict[tuple[str, str, str], list[Spell]] = defaultdict(list)
    for i, spell in enumerate(spells):
        where = f"{spell.origin} {spell.org}/{spell.member} #{i}"
        found = _check_spell(spell, where)
        problems += found
        if not found:
            groups[(spell.org, spell.member, spell.origin)].append(spell)
    for (org, member, origin), items in groups.items():
        items.sort(key=lambda s: s.interval())
        for a, b in zip(items, items[1:], strict=False):
            if b.interval()[0] < a.interval()[1]:
                problems.append(
                    Problem(
                        f"{origin} {org}/{member}",
                        f"overlapping spells {a.status} {a.since}..{a.until} and {b.status} {b.since}..{b.until}",
                    )
                )
    return problems


def _check_orgs() -> list[Problem]:
    problems = []
    with data_path("cow_orgs.csv").open(encoding="utf-8") as fh:
        cow = {row["ioname"] for row in csv.DictReader(fh)}
    with data_path("cow_ends.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            if row["ioname"] not in cow or not row["source"].strip():
                problems.append(Problem("cow_ends.csv", f"{row['ioname']}: unknown COW org or no source"))
    codes = Counter(o.code.upper() for o in orgs())
    problems += [Problem("orgs", f"duplicate org code {c}") for c, n in codes.items() if n > 1]
    for org in orgs():
        if not org.curated:
            continue
        if org.cow_ioname and org.cow_ioname not in cow:
            problems.append(Problem(f"orgs.csv {org.code}", f"cow_ioname {org.cow_ioname!r} not in COW"))
        if org.cow_rule not in {"replace", "merge"}:
            problems.append(Problem(f"orgs.csv {org.code}", f"cow_rule {org.cow_rule!r} not replace|merge"))
        if not org.source:
            problems.append(Problem(f"orgs.csv {org.code}", "curated organisation without a source"))
        if org.founded:
            try:
                parse_partial(org.founded)
            except DateError as exc:
                problems.append(Problem(f"orgs.csv {org.code}", str(exc)))
    known = {o.code.upper() for o in orgs()}
    for part in org_parts():
        where = f"org_parts.csv {part.code}"
        if part.parent.upper() not in known:
            problems.append(Problem(where, f"parent {part.parent!r} is not a KB organisation"))
        if part.code.upper() in known:
            problems.append(Problem(where, "code clashes with a KB organisation"))
        if part.relation not in {"organ", "mission"}:
            problems.append(Problem(where, f"relation {part.relation!r} not organ|mission"))
        if not part.source.strip():
            problems.append(Problem(where, "organ or mission without a source"))
    return problems


def _check_cow_states() -> list[Problem]:
    return [
        Problem("cow_states.csv", f"{key}: unknown ISO code {iso!r}")
        for key, rows in cow_state_map().items()
        for iso, _lo, _hi in rows
        if iso and state_by_code(iso) is None
    ]


@cache
def _shipped_problems() -> tuple[Problem, ...]:
    """Problems in the packaged data; the data cannot change while the process runs."""
    return tuple(_check_states() + _check_orgs() + _check_cow_states() + check_spells(all_spells()))


def validate(extra_spells: list[Spell] | tuple[Spell, ...] = ()) -> list[Problem]:
    """Every problem in the KB data plus the given extra spells (empty list = valid)."""
    problems = list(_shipped_problems())
    if extra_spells:
        problems += check_spells(list(extra_spells))
    return problems
