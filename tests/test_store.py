"""The workspace on a real SQLite file: migrations, all-or-nothing saves, idempotent re-saves."""

from __future__ import annotations

import sqlite3

import pytest

from blocwatch.article import Article
from blocwatch.errors import BlocwatchError
from blocwatch.records import Event, Extraction, Membership, Person, Quote, Role, Span
from blocwatch.store import MIGRATIONS, connect, counts, save_extraction

BODY = "Foreign Minister Anna Example met Sweden's envoy in Oslo on Monday. \"We agree,\" Example said."


def _article(body: str = BODY, article_id: str = "a1") -> Article:
    return Article(id=article_id, body=body, title="A test", url="https://example.org/a", published="2024-03-04")


def _extraction(article: Article, name: str = "Anna Example") -> Extraction:
    body = article.body
    name_at = body.index(name)
    end = name_at + len(name)
    person = Person(name=name, aliases=["Example"],
                    roles=[Role("Foreign Minister", "NOR", Span.of(body, 0, end))],
                    mentions=[Span.of(body, name_at, end)])
    quote_at = body.index("We agree")
    return Extraction(
        article=article.to_contract(),
        people=[person],
        quotes=[Quote("Anna Example", "We agree", True, Span.of(body, quote_at - 1, len(body)), speaker_index=0)],
        events=[Event("CONSULT", None, ["NOR"], ["SWE"], "2024-03-04", "Oslo", Span.of(body, 0, 66))],
        memberships=[Membership("NATO", "SWE", "member", "2024", None, Span.of(body, 0, 66))],
        pipeline={"version": "test", "kb_version": "kb-test"},
    )


def test_store_migrations_recorded_once(db_path):
    conn = connect(db_path)
    names = [r[0] for r in conn.execute("SELECT name FROM schema_migrations ORDER BY name")]
    assert names == [name for name, _ in MIGRATIONS]
    conn.close()
    conn = connect(db_path)  # reopening applies nothing new
    assert conn.execute("SELECT COUNT(*) FROM schema_migrations").fetchone()[0] == len(MIGRATIONS)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_store_save_fills_derived_tables_with_evidence(db_path):
    conn = connect(db_path)
    article = _article()
    save_extraction(conn, article, _extraction(article))
    c = counts(conn)
    assert c["articles"] == 1 and c["people"] == 1 and c["offices"] == 1 and c["quotes"] == 1
    assert c["events"] == 1 and c["article_memberships"] == 1
    office = conn.execute('SELECT title, org_or_country, text FROM offices').fetchone()
    assert office["title"] == "Foreign Minister" and office["text"].startswith("Foreign Minister Anna Example")
    hit = conn.execute("SELECT q.speaker FROM quotes_fts f JOIN quotes q ON q.id = f.rowid "
                       "WHERE quotes_fts MATCH 'agree'").fetchone()
    assert hit["speaker"] == "Anna Example"


def test_store_resave_replaces_not_duplicates(db_path):
    conn = connect(db_path)
    article = _article()
    save_extraction(conn, article, _extraction(article))
    save_extraction(conn, article, _extraction(article))
    c = counts(conn)
    assert (c["articles"], c["offices"], c["quotes"], c["events"], c["event_mentions"]) == (1, 1, 1, 1, 1)
    assert conn.execute("SELECT COUNT(*) FROM quotes_fts WHERE quotes_fts MATCH 'agree'").fetchone()[0] == 1


def test_store_failed_save_leaves_nothing_half_written(db_path):
    conn = connect(db_path)
    article = _article()
    broken = _extraction(article)
    broken.events[0] = Event("CONSULT", None, [], [], None, None, evidence=None)  # type: ignore[arg-type]
    with pytest.raises((TypeError, KeyError)):
        save_extraction(conn, article, broken)
    assert counts(conn)["articles"] == 0 and counts(conn)["people"] == 0


def test_store_same_person_across_articles_by_key(db_path):
    conn = connect(db_path)
    first = _article()
    save_extraction(conn, first, _extraction(first))
    body2 = BODY.replace("Anna Example", "Ana Example")
    second = _article(body2, "a2")
    ex = _extraction(second, "Ana Example")
    save_extraction(conn, second, ex)
    assert conn.execute("SELECT COUNT(*) FROM people").fetchone()[0] == 1
    assert conn.execute("SELECT COUNT(*) FROM offices").fetchone()[0] == 2


def test_store_rejects_a_file_that_is_not_a_workspace(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_bytes(b"this is not sqlite at all" * 100)
    with pytest.raises(BlocwatchError) as err:
        connect(bogus)
    assert err.value.code == "E021"
    assert not isinstance(err.value, sqlite3.Error)


def test_store_missing_workspace_when_not_creating(tmp_path):
    with pytest.raises(BlocwatchError) as err:
        connect(tmp_path / "nope.db", create=False)
    assert err.value.code == "E020"
