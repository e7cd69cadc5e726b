"""The short report `blocwatch demo` prints after reading the sample articles into a workspace."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter

DEMO_QUESTION = (["CSTO", "SCO"], "2021-09-15")


def _names_of(codes: list[str]) -> list[str]:
    try:
        from blocwatch.kb import state_by_code
    except ImportError:
        return codes
    out = []
    for code in codes:
        state = state_by_code(code)
        out.append(f"{state.name} ({code})" if state else code)
    return out


def workspace_report(conn: sqlite3.Connection, limit: int = 12) -> str:
    lines: list[str] = []
    n_articles = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
    lines.append(f"Articles read: {n_articles}")
    for row in conn.execute("SELECT title, published FROM articles ORDER BY published, title"):
        lines.append(f"  - {row['published'] or '????-??-??'}  {row['title'] or '(untitled)'}")

    lines.append("\nPeople and their offices:")
    rows = conn.execute(
        "SELECT p.name, o.title, o.org_or_country FROM people p LEFT JOIN offices o ON o.person_id = p.id"
        " GROUP BY p.id, o.title, o.org_or_country ORDER BY p.name").fetchall()
    offices: dict[str, list[str]] = {}
    for r in rows:
        label = " ".join(x for x in (r["title"], f"({r['org_or_country']})" if r["org_or_country"] else None) if x)
        offices.setdefault(r["name"], [])
        if label and label not in offices[r["name"]]:
            offices[r["name"]].append(label)
    for name, labels in list(offices.items())[:limit * 2]:
        lines.append(f"  - {name}: {'; '.join(labels) if labels else 'no office stated'}")

    orgs = Counter(r[0] for r in conn.execute("SELECT COALESCE(code, acronym, name) FROM organizations"))
    lines.append("\nBlocs and organisations named: " + ", ".join(f"{o} ({n})" for o, n in orgs.most_common(limit * 2)))
    states = Counter(r[0] for r in conn.execute(
        "SELECT COALESCE(country, name) FROM places WHERE kind = 'country'"))
    lines.append("States named: " + ", ".join(f"{s} ({n})" for s, n in states.most_common(limit * 3)))

    lines.append("\nQuotes:")
    for r in conn.execute("SELECT speaker, text FROM quotes ORDER BY id LIMIT ?", (limit,)):
        lines.append(f"  - {r['speaker'] or 'unattributed'}: \u201c{r['text']}\u201d")

    lines.append("\nEvents (PLOVER):")
    for r in conn.execute("SELECT type, mode, source, target, date, place FROM events ORDER BY date, id LIMIT ?",
                          (limit * 2,)):
        src, tgt = ",".join(json.loads(r["source"])) or "?", ",".join(json.loads(r["target"])) or "-"
        mode = f"/{r['mode']}" if r["mode"] else ""
        lines.append(f"  - {r['date'] or '????'} {r['type']}{mode}: {src} -> {tgt}"
                     + (f" in {r['place']}" if r["place"] else ""))

    try:
        from blocwatch.kb import overlap
    except ImportError:
        overlap = None
    if overlap is not None:
        orgs_q, at = DEMO_QUESTION
        members = overlap(orgs_q, at)
        lines.append(f"\nWhich states are members of both {' and '.join(orgs_q)} on {at}?")
        lines.append("  " + ", ".join(_names_of(members)))
    return "\n".join(lines)
