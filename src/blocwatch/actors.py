"""Actor queries over a workspace: a person, every name the articles use, and the offices they held.

Why: an analyst asks "what do we know about Lavrov?": one answer that merges transliterations
(people.key is `names.person_key`), lists each office (title + state/organisation) with the first
and last date an article stated it, and points at the sentence and article that say so.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from blocwatch.names import name_tokens, person_key


class ActorNotFound(LookupError):
    """No person in the workspace matches the name."""

    def __init__(self, name: str) -> None:
        super().__init__(f"No person matching {name!r} in this workspace. Try a surname or `blocwatch ingest` first.")


def find_person_ids(conn: sqlite3.Connection, name: str) -> list[int]:
    """People matching `name`: same key (Sergei/Sergey Lavrov), a recorded name, or the surname alone."""
    toks = name_tokens(name)
    if not toks:
        return []
    key = person_key(name)
    ids: list[int] = []
    rows = conn.execute("SELECT id FROM people WHERE key = ?", (key,)).fetchall()
    ids.extend(int(r[0]) for r in rows)
    if len(toks) == 1:
        # a surname (or a given name written alone): every person whose key starts with it
        rows = conn.execute("SELECT id FROM people WHERE key = ? OR key LIKE ?", (toks[0], f"{toks[0]} _")).fetchall()
        ids.extend(int(r[0]) for r in rows)
    for pid, form in conn.execute("SELECT person_id, name FROM person_names").fetchall():
        if name_tokens(form) == toks:
            ids.append(int(pid))
    return sorted(set(ids))


def _offices(conn: sqlite3.Connection, person_id: int) -> list[dict[str, Any]]:
    rows = conn.execute(
        'SELECT o.title, o.org_or_country, o.article_id, o.start, o."end", o.text, o.published, a.url, a.title'
        " FROM offices o LEFT JOIN articles a ON a.id = o.article_id WHERE o.person_id = ?"
        " ORDER BY COALESCE(o.published, ''), o.article_id, o.start",
        (person_id,),
    ).fetchall()
    grouped: dict[tuple[str, str], dict[str, Any]] = {}
    for title, org, article_id, start, end, text, published, url, art_title in rows:
        key = ((title or "").lower().replace("-", " "), org or "")
        office = grouped.get(key)
        evidence = {"article_id": article_id, "url": url, "article_title": art_title, "published": published,
                    "start": start, "end": end, "text": text}
        if office is None:
            grouped[key] = {"title": title, "org_or_country": org, "first_seen": published, "last_seen": published,
                            "evidence": [evidence]}
            continue
        office["evidence"].append(evidence)
        if published and (not office["first_seen"] or published < office["first_seen"]):
            office["first_seen"] = published
        if published and (not office["last_seen"] or published > office["last_seen"]):
            office["last_seen"] = published
        if title and not office["title"]:
            office["title"] = title
    return list(grouped.values())


def actor(conn: sqlite3.Connection, name: str) -> list[dict[str, Any]]:
    """Every person matching `name`, with their names, offices over time and the evidence for each.

    Raises `ActorNotFound` when nobody matches.
    """
    ids = find_person_ids(conn, name)
    if not ids:
        raise ActorNotFound(name)
    out = []
    for pid in ids:
        row = conn.execute("SELECT name, key FROM people WHERE id = ?", (pid,)).fetchone()
        names = sorted({r[0] for r in conn.execute("SELECT name FROM person_names WHERE person_id = ?", (pid,))})
        n_articles = conn.execute(
            "SELECT COUNT(DISTINCT article_id) FROM mentions_people WHERE person_id = ?", (pid,)
        ).fetchone()[0]
        out.append({"id": pid, "person": row[0], "key": row[1], "names": names, "articles": n_articles,
                    "offices": _offices(conn, pid)})
    out.sort(key=lambda p: (-len(p["offices"]), -p["articles"], p["person"]))
    return out
