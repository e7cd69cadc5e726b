"""The workspace: one SQLite file (WAL) holding raw articles and everything read from them.

Raw articles are kept so every extraction can be rebuilt when the pipeline changes; each derived
row records its article and evidence span, and each extraction the pipeline and KB versions that
made it. Schema changes are ordered migrations recorded in `schema_migrations`, each run once in
its own transaction.
"""

from __future__ import annotations

import importlib
import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from blocwatch.article import Article
from blocwatch.errors import BlocwatchError
from blocwatch.records import Extraction

MIGRATIONS: list[tuple[str, str]] = [
    (
        "0001_articles",
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, path TEXT, title TEXT, url TEXT, published TEXT,
            authors TEXT NOT NULL DEFAULT '[]', agency TEXT, body TEXT NOT NULL,
            language TEXT, source_format TEXT, ingested_at TEXT NOT NULL);
        CREATE VIRTUAL TABLE articles_fts USING fts5(title, body, content='articles', content_rowid='rowid');
        CREATE TABLE extractions (
            article_id TEXT PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
            pipeline_version TEXT NOT NULL, kb_version TEXT, json TEXT NOT NULL, created_at TEXT NOT NULL);
        """,
    ),
    (
        "0002_actors",
        """
        CREATE TABLE people (id INTEGER PRIMARY KEY, name TEXT NOT NULL, key TEXT NOT NULL UNIQUE);
        CREATE TABLE person_names (person_id INTEGER NOT NULL REFERENCES people(id), name TEXT NOT NULL,
            UNIQUE(person_id, name));
        CREATE TABLE mentions_people (person_id INTEGER NOT NULL REFERENCES people(id),
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL);
        CREATE TABLE offices (id INTEGER PRIMARY KEY, person_id INTEGER NOT NULL REFERENCES people(id),
            title TEXT, org_or_country TEXT,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, published TEXT);
        CREATE INDEX offices_person ON offices(person_id);
        CREATE TABLE organizations (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL, acronym TEXT, kind TEXT, code TEXT, mentions TEXT NOT NULL DEFAULT '[]');
        CREATE TABLE places (article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            name TEXT NOT NULL, country TEXT, kind TEXT, lat REAL, lon REAL, mentions TEXT NOT NULL DEFAULT '[]');
        """,
    ),
    (
        "0003_quotes",
        """
        CREATE TABLE quotes (id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            person_id INTEGER REFERENCES people(id), speaker TEXT, text TEXT NOT NULL,
            direct INTEGER NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, evidence TEXT NOT NULL,
            published TEXT, event_id INTEGER);
        CREATE VIRTUAL TABLE quotes_fts USING fts5(text, speaker, content='quotes', content_rowid='id');
        CREATE TRIGGER quotes_ai AFTER INSERT ON quotes BEGIN
            INSERT INTO quotes_fts(rowid, text, speaker) VALUES (new.id, new.text, new.speaker); END;
        CREATE TRIGGER quotes_ad AFTER DELETE ON quotes BEGIN
            INSERT INTO quotes_fts(quotes_fts, rowid, text, speaker) VALUES ('delete', old.id, old.text, old.speaker);
        END;
        """,
    ),
    (
        "0004_events_memberships",
        """
        CREATE TABLE events (id INTEGER PRIMARY KEY, type TEXT NOT NULL, mode TEXT,
            source TEXT NOT NULL DEFAULT '[]', target TEXT NOT NULL DEFAULT '[]', date TEXT, place TEXT,
            cameo TEXT, first_seen TEXT, n_mentions INTEGER NOT NULL DEFAULT 0);
        CREATE INDEX events_type_date ON events(type, date);
        CREATE TABLE event_mentions (event_id INTEGER NOT NULL REFERENCES events(id),
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, trigger TEXT,
            published TEXT, url TEXT);
        CREATE INDEX event_mentions_event ON event_mentions(event_id);
        CREATE TABLE article_memberships (id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
            org TEXT NOT NULL, member TEXT NOT NULL, status TEXT NOT NULL, since TEXT, until TEXT,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, published TEXT);
        CREATE INDEX article_memberships_org ON article_memberships(org, member);
        """,
    ),
]


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: str | Path, *, create: bool = True) -> sqlite3.Connection:
    """Open (and migrate) a workspace. With `create=False` a missing file is an error."""
    path = Path(path)
    if not create and not path.exists():
        raise BlocwatchError(
            "E020", f"No workspace at {path}.", "Run `blocwatch ingest PATH --db FILE` first, or pass --db."
        )
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("PRAGMA busy_timeout=5000")
        migrate(conn)
    except sqlite3.DatabaseError as exc:
        raise BlocwatchError(
            "E021", f"{path} is not a blocwatch workspace ({exc}).", "Pass another --db path."
        ) from exc
    return conn


def migrate(conn: sqlite3.Connection) -> list[str]:
    """Apply the migrations this workspace has not seen yet, in order; return their names."""
    conn.execute("CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    done = {row[0] for row in conn.execute("SELECT name FROM schema_migrations")}
    applied = []
    for name, sql in MIGRATIONS:
        if name in done:
            continue
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(sql):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_migrations VALUES (?, ?)", (name, _now()))
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        applied.append(name)
    return applied


def _statements(sql: str) -> list[str]:
    """Split a migration into statements; trigger bodies keep their inner semicolons."""
    out, buf = [], []
    for line in sql.strip().splitlines():
        buf.append(line)
        text = "\n".join(buf).strip()
        if text.endswith(";") and sqlite3.complete_statement(text):
            out.append(text)
            buf = []
    if "\n".join(buf).strip():
        out.append("\n".join(buf).strip())
    return out


def has_article(conn: sqlite3.Connection, article_id: str) -> bool:
    return conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone() is not None


def _person_key(name: str) -> str:
    try:
        names = importlib.import_module("blocwatch.names")
    except ModuleNotFoundError:
        return " ".join(name.lower().split())
    return names.person_key(name)


def _merge_event_hook() -> Callable[..., int] | None:
    try:
        module = importlib.import_module("blocwatch.event_merge")
    except ModuleNotFoundError:
        return None
    return getattr(module, "merge_event", None)


def _insert_event(conn: sqlite3.Connection, article_id: str, event: dict, published: str | None,
                  url: str | None) -> int:
    """One event row per mention: used only when no merging module is installed."""
    cur = conn.execute(
        "INSERT INTO events (type, mode, source, target, date, place, cameo, first_seen, n_mentions)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 1)",
        (event["type"], event.get("mode"), json.dumps(event.get("source") or []),
         json.dumps(event.get("target") or []), event.get("date"), event.get("place"), event.get("cameo"),
         published),
    )
    ev = event["evidence"]
    trigger = (event.get("trigger") or {}).get("text")
    conn.execute(
        'INSERT INTO event_mentions (event_id, article_id, start, "end", text, trigger, published, url)'
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (cur.lastrowid, article_id, ev["start"], ev["end"], ev["text"], trigger, published, url),
    )
    return int(cur.lastrowid)


def _person_id(conn: sqlite3.Connection, name: str, aliases: list[str]) -> int:
    key = _person_key(name)
    row = conn.execute("SELECT id, name FROM people WHERE key = ?", (key,)).fetchone()
    if row is None:
        person_id = int(conn.execute("INSERT INTO people (name, key) VALUES (?, ?)", (name, key)).lastrowid)
    else:
        person_id = int(row["id"])
        if len(name) > len(row["name"]):  # keep the fullest form as the display name
            conn.execute("UPDATE people SET name = ? WHERE id = ?", (name, person_id))
    for form in {name, *aliases}:
        conn.execute("INSERT OR IGNORE INTO person_names VALUES (?, ?)", (person_id, form))
    return person_id


def save_extraction(conn: sqlite3.Connection, article: Article, extraction: Extraction) -> None:
    """Store one article and everything read from it, all or nothing."""
    data = extraction.to_contract()
    published, url = article.published, article.url
    conn.execute("BEGIN IMMEDIATE")
    try:
        _delete_article(conn, article.id)
        cur = conn.execute(
            "INSERT INTO articles (id, path, title, url, published, authors, agency, body, language,"
            " source_format, ingested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (article.id, article.path, article.title, url, published, json.dumps(article.authors),
             article.agency, article.body, article.language, article.source_format, _now()),
        )
        conn.execute("INSERT INTO articles_fts(rowid, title, body) VALUES (?, ?, ?)",
                     (cur.lastrowid, article.title or "", article.body))
        conn.execute(
            "INSERT INTO extractions VALUES (?, ?, ?, ?, ?)",
            (article.id, data["pipeline"].get("version", ""), data["pipeline"].get("kb_version"),
             json.dumps(data, ensure_ascii=False), _now()),
        )
        person_ids = []
        for person in data["people"]:
            pid = _person_id(conn, person["name"], person.get("aliases") or [])
            person_ids.append(pid)
            for m in person.get("mentions") or []:
                conn.execute('INSERT INTO mentions_people VALUES (?, ?, ?, ?, ?)',
                             (pid, article.id, m["start"], m["end"], m["text"]))
            for role in person.get("roles") or []:
                ev = role["evidence"]
                conn.execute(
                    'INSERT INTO offices (person_id, title, org_or_country, article_id, start, "end", text,'
                    " published) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (pid, role.get("title"), role.get("org_or_country"), article.id, ev["start"], ev["end"],
                     ev["text"], published),
                )
        for org in data["organizations"]:
            conn.execute("INSERT INTO organizations VALUES (?, ?, ?, ?, ?, ?)",
                         (article.id, org["name"], org.get("acronym"), org.get("kind"), org.get("code"),
                          json.dumps(org.get("mentions") or [])))
        for place in data["places"]:
            conn.execute("INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?)",
                         (article.id, place["name"], place.get("country"), place.get("kind"), place.get("lat"),
                          place.get("lon"), json.dumps(place.get("mentions") or [])))
        merge = _merge_event_hook() or _insert_event
        event_ids = [merge(conn, article.id, event, published, url) for event in data["events"]]
        for quote in data["quotes"]:
            ev = quote["evidence"]
            idx = quote.get("speaker_index")
            person_id = person_ids[idx] if idx is not None and 0 <= idx < len(person_ids) else None
            ev_idx = quote.get("event_index")
            event_id = event_ids[ev_idx] if ev_idx is not None and 0 <= ev_idx < len(event_ids) else None
            conn.execute(
                'INSERT INTO quotes (article_id, person_id, speaker, text, direct, start, "end", evidence,'
                " published, event_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, person_id, quote.get("speaker"), quote["text"], int(bool(quote.get("direct"))),
                 ev["start"], ev["end"], ev["text"], published, event_id),
            )
        for mem in data["memberships"]:
            ev = mem["evidence"]
            conn.execute(
                'INSERT INTO article_memberships (article_id, org, member, status, since, until, start, "end",'
                " text, published) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (article.id, mem["org"], mem["member"], mem["status"], mem.get("since"), mem.get("until"),
                 ev["start"], ev["end"], ev["text"], published),
            )
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _delete_article(conn: sqlite3.Connection, article_id: str) -> None:
    """Remove an article and what was derived from it (before a re-extraction)."""
    row = conn.execute("SELECT rowid, title, body FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        return
    conn.execute("INSERT INTO articles_fts(articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)",
                 (row["rowid"], row["title"] or "", row["body"]))
    event_ids = [r[0] for r in conn.execute(
        "SELECT DISTINCT event_id FROM event_mentions WHERE article_id = ?", (article_id,))]
    for table in ("mentions_people", "offices", "organizations", "places", "quotes", "event_mentions",
                  "article_memberships", "extractions"):
        conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (article_id,))
    for event_id in event_ids:
        left = conn.execute("SELECT COUNT(*) FROM event_mentions WHERE event_id = ?", (event_id,)).fetchone()[0]
        if left:
            conn.execute("UPDATE events SET n_mentions = ? WHERE id = ?", (left, event_id))
        else:
            conn.execute("DELETE FROM events WHERE id = ?", (event_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def counts(conn: sqlite3.Connection) -> dict[str, Any]:
    tables = ("articles", "people", "offices", "organizations", "places", "quotes", "events",
              "event_mentions", "article_memberships")
    return {t: conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}
