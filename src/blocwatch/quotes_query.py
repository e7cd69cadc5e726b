"""Search stored quotes: by speaker (any spelling of a person), by words (FTS5), by date.

Why: analysts look for what someone said ("Lavrov" + "recognition") and need the exact words with
the article and sentence behind them. Speakers are matched through the workspace's person keys
(normalised surname + first initial, `blocwatch.names.person_key`), so "Sergey Lavrov", "Sergei
Lavrov" and "Lavrov" find the same person; organisations and groups match by their name.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import asdict, dataclass
from typing import Any

from blocwatch.names import name_tokens, person_key

DEFAULT_LIMIT = 50
_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class QuoteQueryError(ValueError):
    """A search the user has to change (bad date, empty search, bad limit)."""


@dataclass
class QuoteHit:
    id: int
    speaker: str | None
    person_id: int | None
    text: str
    direct: bool
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    start: int
    end: int
    evidence: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


def fts_query(words: str) -> str:
    """A safe FTS5 query over the quote text: every word must occur (prefix `word*` allowed).

    Words are quoted, so user input never reaches FTS5's own syntax (a stray `"` or `-`).
    """
    terms = []
    for raw in re.findall(r"[\w'’-]*\w[\w'’-]*\*?", words):
        prefix = raw.endswith("*")
        word = raw.rstrip("*").replace('"', "")
        if word:
            terms.append(f'"{word}"' + ("*" if prefix else ""))
    if not terms:
        raise QuoteQueryError(f"Nothing to search for in {words!r}: give at least one word.")
    return "text : (" + " AND ".join(terms) + ")"


def speaker_person_ids(conn: sqlite3.Connection, speaker: str) -> list[int]:
    """People of the workspace a speaker name may mean: same key, same surname for one-word
    names ("Lavrov"), or any stored spelling."""
    key = person_key(speaker)
    if not key:
        return []
    toks = name_tokens(speaker)
    rows = conn.execute("SELECT id FROM people WHERE key = ?", (key,)).fetchall()
    if len(toks) == 1:
        rows += conn.execute("SELECT id FROM people WHERE key LIKE ? ESCAPE '\\'",
                             (_like_escape(toks[0]) + " %",)).fetchall()
    rows += conn.execute("SELECT person_id FROM person_names WHERE lower(name) = lower(?)",
                         (speaker.strip(),)).fetchall()
    return sorted({int(r[0]) for r in rows})


def _like_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def search_quotes(
    conn: sqlite3.Connection,
    speaker: str | None = None,
    words: str | None = None,
    since: str | None = None,
    until: str | None = None,
    limit: int = DEFAULT_LIMIT,
) -> list[QuoteHit]:
    """Quotes matching every given filter, newest first (then in article order)."""
    if limit < 1:
        raise QuoteQueryError(f"--limit must be at least 1 (got {limit}).")
    for label, value in (("since", since), ("until", until)):
        if value is not None and not _DATE.match(value):
            raise QuoteQueryError(f"--{label} {value!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD.")
    where, params = [], []
    if speaker:
        ids = speaker_person_ids(conn, speaker)
        clauses = ["lower(q.speaker) = lower(?)"]
        params.append(speaker.strip())
        if ids:
            clauses.append(f"q.person_id IN ({', '.join('?' * len(ids))})")
            params.extend(ids)
        where.append("(" + " OR ".join(clauses) + ")")
    if words:
        where.append("q.id IN (SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH ?)")
        params.append(fts_query(words))
    if since:
        where.append("q.published >= ?")
        params.append(since)
    if until:
        where.append("q.published < ?")
        params.append(_after(until))
    sql = (
        'SELECT q.id, q.speaker, q.person_id, q.text, q.direct, q.article_id, a.title, a.url, q.published,'
        ' q.start, q."end", q.evidence FROM quotes q JOIN articles a ON a.id = q.article_id'
        + (" WHERE " + " AND ".join(where) if where else "")
        + ' ORDER BY q.published IS NULL, q.published DESC, q.article_id, q.start LIMIT ?'
    )
    params.append(limit)
    try:
        rows = conn.execute(sql, params).fetchall()
    except sqlite3.OperationalError as exc:  # pragma: no cover - fts_query keeps input safe
        raise QuoteQueryError(f"Search failed: {exc}.") from exc
    return [
        QuoteHit(int(r[0]), r[1], r[2], r[3], bool(r[4]), r[5], r[6], r[7], r[8], int(r[9]), int(r[10]), r[11])
        for r in rows
    ]


def _after(until: str) -> str:
    """The first date string after a partial date: "2021" → "2021~" sorts after every 2021 date."""
    return until + "~"
