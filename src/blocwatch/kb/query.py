"""Rows for the CLI, the HTTP API and exports: one function per question, plain dicts out.

Every row has the same keys (`ROW_KEYS`) so table, JSON and CSV output share one writer:
``{"org", "member", "name", "status", "since", "until", "source", "origin"}``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from .dates import query_day
from .orgs import orgs
from .resolve import resolve_org
from .spells import Spell, all_spells, history, member_name, members, memberships, overlap
from .states import states
from .version import KB_VERSION

ROW_KEYS = ("org", "member", "name", "status", "since", "until", "source", "origin")




def spell_row(spell: Spell) -> dict:
    """The JSON row for one spell."""
    return {
        "org": spell.org,
        "member": spell.member,
        "name": member_name(spell.member),
        "status": spell.status,
        "since": spell.since,
        "until": spell.until,
        "source": spell.source,
        "origin": spell.origin,
    }


def article_spells(db_path: str | None) -> list[Spell]:
    """Hook for membership facts read from articles (origin "article").

    Read from the workspace's `article_memberships` by `blocwatch.kb_diff.article_spells`.
    """
    if not db_path:
        return []
    from blocwatch import kb_diff, store
    from blocwatch.errors import BlocwatchError

    from .resolve import KBError

    try:
        conn = store.connect(db_path, create=False)
    except BlocwatchError as exc:  # no workspace there: one line and exit code 2, like other KB errors
        raise KBError(str(exc)) from exc
    try:
        return kb_diff.article_spells(conn)
    finally:
        conn.close()


def members_rows(org: str, at: str, status: str | None = None, extra_spells: Iterable[Spell] = ()) -> list[dict]:
    """`blocwatch members`: spells of one organisation active on a date."""
    return [spell_row(s) for s in members(org, at, status=status, extra_spells=extra_spells)]


def overlap_rows(
    org_names: list[str], at: str, status: str | None = None, extra_spells: Iterable[Spell] = ()
) -> list[dict]:
    """`blocwatch overlap`: one row per member in every org; status/source list each org's spell."""
    extra = list(extra_spells)
    codes = overlap(org_names, at, status=status, extra_spells=extra)
    org_codes = [resolve_org(o).code for o in org_names]
    rows = []
    for code in codes:
        parts = []
        for org in org_codes:
            spell = next(s for s in members(org, at, status="any", extra_spells=extra) if s.member == code)
            parts.append(spell)
        rows.append(
            {
                "org": "+".join(org_codes),
                "member": code,
                "name": member_name(code),
                "status": "; ".join(f"{s.org}:{s.status}" for s in parts),
                "since": max((s.since for s in parts if s.since), key=query_day, default=None),
                "until": min((s.until for s in parts if s.until), key=query_day, default=None),
                "source": " | ".join(f"{s.org}: {s.source}" for s in parts),
                "origin": "+".join(sorted({s.origin for s in parts})),
            }
        )
    return rows


def memberships_rows(state: str, at: str, extra_spells: Iterable[Spell] = ()) -> list[dict]:
    """`blocwatch memberships`: every organisation a state is in on a date."""
    return [spell_row(s) for s in memberships(state, at, extra_spells=extra_spells)]


def history_rows(org: str, extra_spells: Iterable[Spell] = ()) -> list[dict]:
    """`blocwatch history`: the org's timeline (date, member, change, status, source, origin)."""
    code = resolve_org(org).code
    return [{"org": code, **row} for row in history(org, extra_spells=extra_spells)]


def info() -> dict:
    """`blocwatch kb info`: version and counts."""
    spells = all_spells()
    origins = Counter(s.origin for s in spells)
    return {
        "kb_version": KB_VERSION,
        "states": sum(not s.historic for s in states()),
        "historic_states": sum(s.historic for s in states()),
        "orgs_curated": sum(o.curated for o in orgs()),
        "orgs_cow": sum(not o.curated for o in orgs()),
        "spells_curated": origins["curated"],
        "spells_cow": origins["cow"],
        "curated_orgs": " ".join(o.code for o in orgs() if o.curated),
    }
