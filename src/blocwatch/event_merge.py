"""One `events` row per real-world event, however many articles report it.

GDELT's main flaw for research is duplication: every wire story and rewrite of one meeting is a
new event. Here an incoming event joins an existing row when it is plausibly the same happening:

- same PLOVER type;
- the actors agree: the sources share a code and the targets share one where both name one (for
  CONSULT and COOPERATE, meetings where "A met B" and "B met A" are one event, both sides are
  compared as one set);
- the days are at most `MAX_DAYS` apart (an event without a day uses its article's publication
  date, since news reports what just happened);
- the places are compatible (equal, one missing, or one naming the other).

The joined row keeps the union of actor codes, gains a date or place it lacked, and counts its
mentions; every mention keeps its own article, evidence sentence and URL in `event_mentions`.
`store.save_extraction` calls `merge_event` for each extracted event.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import date

from blocwatch.dates import days_between, parse_iso

MAX_DAYS = 1
SYMMETRIC_TYPES = frozenset({"CONSULT", "COOPERATE"})


@dataclass(frozen=True)
class Candidate:
    id: int
    source: frozenset[str]
    target: frozenset[str]
    day: str | None
    place: str | None


def days_apart(a: str | None, b: str | None) -> int | None:
    return days_between(a, b)


def places_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    x, y = a.casefold().strip(), b.casefold().strip()
    return x == y or x in y or y in x


def actors_match(kind: str, src_a: frozenset[str], tgt_a: frozenset[str], src_b: frozenset[str],
                 tgt_b: frozenset[str]) -> int:
    """How strongly two events' actors agree: 0 means they cannot be the same event."""
    if kind in SYMMETRIC_TYPES:
        shared = (src_a | tgt_a) & (src_b | tgt_b)
        return len(shared)
    if not src_a & src_b:
        return 0
    if tgt_a and tgt_b and not tgt_a & tgt_b:
        return 0
    return len(src_a & src_b) + len(tgt_a & tgt_b)


def find_match(conn: sqlite3.Connection, event: dict, day: str | None) -> int | None:
    """The id of the stored event this one repeats, or None."""
    source = frozenset(event.get("source") or [])
    target = frozenset(event.get("target") or [])
    when = parse_iso(day)
    if (not source and not target) or when is None:
        return None  # nothing to recognise it by: never merge actorless or undated events
    lo, hi = date.fromordinal(when.toordinal() - MAX_DAYS), date.fromordinal(when.toordinal() + MAX_DAYS)
    rows = conn.execute(
        "SELECT id, source, target, COALESCE(date, first_seen) AS day, place FROM events"
        " WHERE type = ? AND COALESCE(date, first_seen) BETWEEN ? AND ?",
        (event["type"], lo.isoformat(), hi.isoformat() + "~"),
    ).fetchall()
    best: tuple[int, int] | None = None
    for row in rows:
        gap = days_apart(day, row[3])
        if gap is None or gap > MAX_DAYS:
            continue
        if not places_compatible(event.get("place"), row[4]):
            continue
        score = actors_match(event["type"], source, target, frozenset(json.loads(row[1] or "[]")),
                             frozenset(json.loads(row[2] or "[]")))
        if score and (best is None or score > best[0]):
            best = (score, int(row[0]))
    return best[1] if best else None


def _union(stored: str | None, new: list[str] | None) -> str:
    codes = list(json.loads(stored or "[]"))
    for code in new or []:
        if code not in codes:
            codes.append(code)
    return json.dumps(codes)


def merge_event(conn: sqlite3.Connection, article_id: str, event: dict, published: str | None,
                url: str | None) -> int:
    """Store one extracted event (contract dict) as a new row or a new mention of a known one."""
    day = event.get("date") or published
    event_id = find_match(conn, event, day)
    if event_id is None:
        cur = conn.execute(
            "INSERT INTO events (type, mode, source, target, date, place, cameo, first_seen, n_mentions)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (event["type"], event.get("mode"), json.dumps(event.get("source") or []),
             json.dumps(event.get("target") or []), event.get("date"), event.get("place"), event.get("cameo"),
             published),
        )
        event_id = int(cur.lastrowid)
    else:
        row = conn.execute("SELECT source, target, first_seen FROM events WHERE id = ?", (event_id,)).fetchone()
        first = min(x for x in (row[2], published) if x) if (row[2] or published) else None
        conn.execute(
            "UPDATE events SET source = ?, target = ?, date = COALESCE(date, ?), place = COALESCE(place, ?),"
            " mode = COALESCE(mode, ?), cameo = COALESCE(cameo, ?), first_seen = ? WHERE id = ?",
            (_union(row[0], event.get("source")), _union(row[1], event.get("target")), event.get("date"),
             event.get("place"), event.get("mode"), event.get("cameo"), first, event_id),
        )
    ev = event["evidence"]
    trigger = (event.get("trigger") or {}).get("text")
    conn.execute(
        'INSERT INTO event_mentions (event_id, article_id, start, "end", text, trigger, published, url)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (event_id, article_id, ev["start"], ev["end"], ev["text"], trigger, published, url),
    )
    conn.execute("UPDATE events SET n_mentions = n_mentions + 1 WHERE id = ?", (event_id,))
    return event_id
