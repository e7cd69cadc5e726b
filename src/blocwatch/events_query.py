"""Query and export the workspace's PLOVER events (one row per merged real-world event).

What a political scientist loads into R or pandas: PLOVER type and mode, source and target codes,
the date and place, a CAMEO root where one maps, how many mentions report it, the evidence
sentence and the URL of the first report. Formats: an aligned table for the terminal, CSV, JSON
Lines, and Parquet when pyarrow is installed (it is optional: a clear error says how to get it).
"""

from __future__ import annotations

import csv
import io
import json
import re
import sqlite3
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

PLOVER_TYPES = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE",
                "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")
#: PLOVER type -> CAMEO root: the PLOVER manual's root table (eval/PLOVER.md), reversed.
CAMEO_ROOT = {"AGREE": "03", "CONSULT": "04", "SUPPORT": "05", "COOPERATE": "06", "AID": "07",
              "CONCEDE": "08", "RETREAT": "08", "REQUEST": "10", "ACCUSE": "11", "REJECT": "12",
              "THREATEN": "13", "PROTEST": "14", "MOBILIZE": "15", "SANCTION": "16", "COERCE": "17",
              "ASSAULT": "18"}
FORMATS = ("table", "csv", "jsonl", "parquet")
EXPORT_FIELDS = ("event_id", "date", "type", "mode", "source", "target", "cameo", "cameo_root", "place",
                 "n_mentions", "first_seen", "evidence", "url", "article_id")
PYARROW_PIN = "pyarrow==26.0.1"
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class EventQueryError(ValueError):
    """A query the user has to change (unknown type, bad date, bad format)."""


@dataclass
class EventRow:
    event_id: int
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    place: str | None
    cameo: str | None
    n_mentions: int
    first_seen: str | None
    evidence: str | None = None
    url: str | None = None
    article_id: str | None = None
    mentions: list[dict] = field(default_factory=list)

    @property
    def cameo_root(self) -> str | None:
        return cameo_root(self.type, self.mode, self.cameo)

    def flat(self) -> dict:
        """One export row: lists joined with ";" so CSV stays one line per event."""
        out = {k: getattr(self, k) for k in EXPORT_FIELDS if k != "cameo_root"}
        out["cameo_root"] = self.cameo_root
        out["source"] = ";".join(self.source)
        out["target"] = ";".join(self.target)
        return {k: out[k] for k in EXPORT_FIELDS}

    def to_dict(self) -> dict:
        data = asdict(self)
        data["cameo_root"] = self.cameo_root
        return data


def cameo_root(kind: str, mode: str | None, cameo: str | None) -> str | None:
    """The CAMEO root: from the event's own CAMEO code when it has one, else the PLOVER table."""
    if cameo and len(cameo) >= 2 and cameo[:2].isdigit():
        return cameo[:2]
    if kind == "ACCUSE" and mode == "investigate":
        return "09"
    if kind == "ASSAULT" and mode == "unconventional":
        return "20"
    return CAMEO_ROOT.get(kind)


def _check_date(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    full = value + "-01-01"[len(value) - 4:] if _DATE.match(value) else ""
    try:
        date.fromisoformat(full)
    except ValueError:
        raise EventQueryError(f"--{name} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.") from None
    return value


def query_events(conn: sqlite3.Connection, *, actor: str | None = None, type: str | None = None,
                 since: str | None = None, until: str | None = None, limit: int | None = None) -> list[EventRow]:
    """Merged events, oldest first, filtered by actor code (source or target), type and date."""
    clauses, params = [], []
    if type:
        kind = type.strip().upper()
        if kind not in PLOVER_TYPES:
            raise EventQueryError(f"Unknown PLOVER type {type!r}: use one of {', '.join(PLOVER_TYPES)}.")
        clauses.append("type = ?")
        params.append(kind)
    day = "COALESCE(date, first_seen)"
    if _check_date(since, "since"):
        clauses.append(f"{day} >= ?")
        params.append(since)
    if _check_date(until, "until"):
        clauses.append(f"{day} <= ?")
        params.append(until + "~")  # "2021-09" includes every day of September
    if limit is not None and limit < 1:
        raise EventQueryError("--limit must be at least 1.")
    where = f" WHERE {' AND '.join(clauses)}" if clauses else ""
    rows = conn.execute(
        "SELECT id, type, mode, source, target, date, place, cameo, n_mentions, first_seen FROM events"
        f"{where} ORDER BY {day}, id", params,
    ).fetchall()
    code = actor.strip().upper() if actor else None
    out: list[EventRow] = []
    for r in rows:
        source, target = json.loads(r[3] or "[]"), json.loads(r[4] or "[]")
        if code and code not in {c.upper() for c in source + target}:
            continue
        out.append(EventRow(int(r[0]), r[1], r[2], source, target, r[5], r[6], r[7], int(r[8]), r[9]))
        if limit and len(out) >= limit:
            break
    _attach_mentions(conn, out)
    return out


def _attach_mentions(conn: sqlite3.Connection, events: list[EventRow]) -> None:
    by_id = {e.event_id: e for e in events}
    if not by_id:
        return
    marks = ",".join("?" * len(by_id))
    rows = conn.execute(
        'SELECT event_id, article_id, start, "end", text, trigger, published, url FROM event_mentions'
        f" WHERE event_id IN ({marks}) ORDER BY published, rowid", list(by_id),
    ).fetchall()
    for r in rows:
        event = by_id[int(r[0])]
        event.mentions.append({"article_id": r[1], "start": r[2], "end": r[3], "text": r[4], "trigger": r[5],
                               "published": r[6], "url": r[7]})
        if event.evidence is None:
            event.evidence, event.url, event.article_id = r[4], r[7], r[1]


def format_table(events: list[EventRow]) -> str:
    if not events:
        return "No events found."
    lines = []
    for e in events:
        who = ",".join(e.source) or "?"
        whom = ",".join(e.target) or "-"
        mode = f"/{e.mode}" if e.mode else ""
        lines.append(f"{e.date or '----------'}  {e.type}{mode:<14} {who} -> {whom}"
                     f"  [{e.n_mentions} mention{'s' if e.n_mentions != 1 else ''}]")
        if e.evidence:
            text = " ".join(e.evidence.split())
            lines.append(f"            {text[:150]}{'...' if len(text) > 150 else ''}")
    return "\n".join(lines)


def to_csv(events: list[EventRow]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=EXPORT_FIELDS, lineterminator="\n")
    writer.writeheader()
    for e in events:
        writer.writerow(e.flat())
    return buf.getvalue()


def to_jsonl(events: list[EventRow]) -> str:
    return "".join(json.dumps(e.to_dict(), ensure_ascii=False) + "\n" for e in events)


def write_parquet(events: list[EventRow], out: str | Path) -> None:
    try:
        import pyarrow as pa
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise EventQueryError(
            f"Parquet export needs pyarrow, which is not installed: pip install {PYARROW_PIN}"
            " (or use --format csv / jsonl)."
        ) from exc
    rows = [e.to_dict() for e in events]
    columns = {k: [r[k] for r in rows] for k in (*EXPORT_FIELDS, "mentions")}
    pq.write_table(pa.table(columns), str(out))


def export_events(conn: sqlite3.Connection, fmt: str = "table", out: str | Path | None = None,
                  **filters: str | int | None) -> str:
    """Query then render: returns the text (or a one-line summary when written to `out`)."""
    fmt = fmt.lower()
    if fmt not in FORMATS:
        raise EventQueryError(f"Unknown format {fmt!r}: use one of {', '.join(FORMATS)}.")
    events = query_events(conn, **filters)  # type: ignore[arg-type]
    if fmt == "parquet":
        if out is None:
            raise EventQueryError("Parquet is binary: give --out FILE.parquet.")
        write_parquet(events, out)
        return f"{len(events)} event(s) written to {out}"
    text = {"table": format_table, "csv": to_csv, "jsonl": to_jsonl}[fmt](events)
    if out is not None:
        Path(out).write_text(text if text.endswith("\n") or not text else text + "\n", encoding="utf-8")
        return f"{len(events)} event(s) written to {out}"
    return text.rstrip("\n")
