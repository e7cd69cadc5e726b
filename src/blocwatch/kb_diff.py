"""Membership facts read from articles, set against the curated knowledge base.

News is where bloc changes appear first, so facts read from articles are kept beside the curated
KB, never merged into it: `article_spells` turns the workspace's `article_memberships` rows into
KB `Spell`s (origin "article") that `members`/`overlap`/`history` accept as `extra_spells`, and
`kb_diff` says for each article fact whether the KB **confirms** it, whether it **extends** the KB
(the KB has nothing for that pair, or the fact is newer than anything the KB records for the
organisation), or whether it **contradicts** the KB at the date the article speaks of.

Compatibility is judged the way a reader would: a founder is a member; an applicant is
compatible with an observer spell and confirmed when the KB shows the state admitted later; a
suspension is compatible with membership (the KB may not track suspensions); an exit is confirmed
by a KB spell that ends in the period the article names.
"""

from __future__ import annotations

import sqlite3
from dataclasses import asdict
from datetime import date, timedelta

from blocwatch import kb
from blocwatch.kb.dates import DateError, end_of, start_of
from blocwatch.kb.spells import Spell

MEMBER_LIKE = frozenset({"founder", "member"})
SIDE_STATUSES = frozenset({"observer", "dialogue_partner", "partner", "associate"})
VERDICTS = ("confirm", "extend", "contradict")

_FACTS_SQL = """
SELECT m.id, m.article_id, m.org, m.member, m.status, m.since, m.until, m.start, m."end", m.text,
       COALESCE(m.published, a.published) AS published, a.url, a.title
FROM article_memberships m JOIN articles a ON a.id = m.article_id
ORDER BY COALESCE(m.published, a.published) DESC, m.article_id, m.start, m.id
"""


def _facts(conn: sqlite3.Connection) -> list[dict]:
    cur = conn.execute(_FACTS_SQL)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _valid(value: str | None) -> str | None:
    if not value:
        return None
    try:
        start_of(value)
    except (DateError, ValueError):
        return None
    return value


def _spell_of(fact: dict) -> Spell:
    """The interval an article fact asserts: from its `since` (else the publication date) onward;
    an exit is a `former_member` spell from the day it happened."""
    since, until = _valid(fact["since"]), _valid(fact["until"])
    published = _valid(fact["published"])
    if fact["status"] == "former_member":
        since, until = until or published, None
    else:
        since = since or published
        if until and since and start_of(until) <= start_of(since):
            until = None
    source = fact["url"] or f"article:{fact['article_id']}"
    return Spell(fact["org"], fact["member"], fact["status"], since, until, source, "article", fact["text"])


def article_spells(conn: sqlite3.Connection) -> list[Spell]:
    """Every membership fact stored in the workspace, as KB spells with origin "article".

    `source` is the article's URL (or "article:<id>" without one); `note` is the evidence sentence.
    """
    return [_spell_of(f) for f in _facts(conn)]


# ----------------------------------------------------------------------------------------------


def _window(fact: dict) -> tuple[date, date] | None:
    """[first, last] days the fact speaks about: its date's period, else the publication day."""
    value = fact["until"] if fact["status"] == "former_member" else fact["since"]
    value = _valid(value) or _valid(fact["published"])
    if not value:
        return None
    return start_of(value), end_of(value) - timedelta(days=1) if len(value) < 10 else start_of(value)


def _overlaps(spell: Spell, first: date, last: date) -> bool:
    start, end = spell.interval()
    return start <= last and first < end


def _latest_change(org: str) -> date | None:
    days = []
    for s in kb.spells(org=org):
        for v in (s.since, s.until):
            if v:
                try:
                    days.append(start_of(v))
                except (DateError, ValueError):
                    continue
    return max(days) if days else None


def _pick(spells: list[Spell], first: date, last: date, statuses: frozenset[str]) -> Spell | None:
    return next((s for s in spells if s.status in statuses and _overlaps(s, first, last)), None)


def judge(fact: dict) -> tuple[str, Spell | None, str]:
    """(verdict, the KB spell compared with, reason) for one article fact."""
    try:
        pair = [s for s in kb.spells(org=fact["org"], member=fact["member"]) if s.origin != "article"]
    except kb.KBError:
        return "extend", None, "organisation or member not in the KB"
    window = _window(fact)
    if not pair:
        return "extend", None, "the KB has nothing for this pair"
    if window is None:
        return "extend", None, "the fact has no date to compare"
    first, last = window
    status = fact["status"]
    latest = _latest_change(fact["org"])
    newer = latest is not None and first > latest
    member = _pick(pair, first, last, MEMBER_LIKE)

    if status in MEMBER_LIKE:
        if member:
            return "confirm", member, "member in the KB at that date"
        other = _pick(pair, first, last, frozenset(kb.STATUSES))
        if newer:
            return "extend", other, "newer than the KB's data for this organisation"
        if other:
            return "contradict", other, f"{other.status} in the KB at that date, not a member"
        return "contradict", pair[-1], "the KB has no membership at that date"

    if status == "applicant":
        applicant = _pick(pair, first, last, frozenset({"applicant"}))
        if applicant:
            return "confirm", applicant, "applicant in the KB at that date"
        if member:
            return "contradict", member, "already a member in the KB at that date"
        later = next((s for s in pair if s.status in MEMBER_LIKE and s.interval()[0] > first), None)
        if later:
            return "confirm", later, "the KB records the state admitted later"
        return "extend", _pick(pair, first, last, frozenset(kb.STATUSES)), "the KB does not record the bid"

    if status in SIDE_STATUSES:
        same = _pick(pair, first, last, frozenset({status}))
        if same:
            return "confirm", same, f"{status} in the KB at that date"
        if newer:
            return "extend", None, "newer than the KB's data for this organisation"
        if member:
            return "contradict", member, "a full member in the KB at that date"
        other = _pick(pair, first, last, frozenset(kb.STATUSES))
        if other:
            return "contradict", other, f"{other.status} in the KB at that date"
        return "extend", None, f"the KB has no {status} spell at that date"

    if status == "suspended":
        same = _pick(pair, first, last, frozenset({"suspended"}))
        if same:
            return "confirm", same, "suspended in the KB at that date"
        if member or newer:
            return "extend", member, "the KB has the membership but not this suspension"
        return "contradict", pair[-1], "not a member in the KB at that date"

    if status == "former_member":
        ended = next((s for s in pair if s.status in MEMBER_LIKE | {"suspended"} and s.until
                      and first <= s.interval()[1] <= last + timedelta(days=1)), None)
        still = _pick(pair, last + timedelta(days=1), last + timedelta(days=1), MEMBER_LIKE)
        if ended and not still:
            return "confirm", ended, "the KB membership ends then"
        if still and not newer:
            return "contradict", still, "still a member in the KB after that date"
        if not still and not any(s.status in MEMBER_LIKE for s in pair):
            return "contradict", pair[-1], "never a member in the KB"
        return "extend", still or ended, "the KB does not record this exit"

    return "extend", None, f"status {status!r} not compared"


def _spell_dict(spell: Spell | None) -> dict | None:
    return asdict(spell) if spell is not None else None


def kb_diff(conn: sqlite3.Connection, verdict: str | None = None) -> list[dict]:
    """Every article membership fact with its verdict against the curated KB, newest first."""
    rows = []
    for fact in _facts(conn):
        result, spell, reason = judge(fact)
        if verdict and result != verdict:
            continue
        rows.append({
            "verdict": result,
            "org": fact["org"],
            "member": fact["member"],
            "status": fact["status"],
            "since": fact["since"],
            "until": fact["until"],
            "published": fact["published"],
            "article": fact["article_id"],
            "url": fact["url"],
            "evidence": fact["text"],
            "start": fact["start"],
            "end": fact["end"],
            "kb": _spell_dict(spell),
            "reason": reason,
        })
    return rows


__all__ = ["VERDICTS", "article_spells", "judge", "kb_diff"]
