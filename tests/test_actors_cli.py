"""`actor()` and `blocwatch actor` over a real SQLite workspace (extractions built by hand, no model)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from blocwatch import store
from blocwatch.actors import ActorNotFound, actor
from blocwatch.article import Article
from blocwatch.records import Extraction, Person, Role, Span


def _save(conn, art_id: str, published: str, body: str, name: str, title: str, code: str) -> None:
    start = body.index(name)
    article = Article(id=art_id, body=body, published=published, url=f"https://example.org/{art_id}")
    ev = Span.of(body, 0, start + len(name))
    person = Person(name=name, aliases=[name.split()[-1]], roles=[Role(title, code, ev)],
                    mentions=[Span.of(body, start, start + len(name))], code=code)
    extraction = Extraction(article=article.to_contract(), people=[person], pipeline={"version": "test"})
    store.save_extraction(conn, article, extraction)


@pytest.fixture
def workspace(db_path):
    conn = store.connect(db_path)
    _save(conn, "a1", "2022-03-01", "Kremlin spokesman Dmitry Peskov said talks stalled.", "Dmitry Peskov",
          "Spokesman", "RUS")
    _save(conn, "a2", "2023-05-02", "Kremlin spokesman Dmitri Peskov denied it.", "Dmitri Peskov", "Spokesman", "RUS")
    conn.close()
    return db_path


def test_actor_merges_transliterations_and_dates_offices(workspace):
    conn = store.connect(workspace)
    people = actor(conn, "Peskov")
    assert len(people) == 1
    p = people[0]
    assert {"Dmitry Peskov", "Dmitri Peskov", "Peskov"} <= set(p["names"])
    (office,) = p["offices"]
    assert (office["title"], office["org_or_country"]) == ("Spokesman", "RUS")
    assert (office["first_seen"], office["last_seen"]) == ("2022-03-01", "2023-05-02")
    assert {e["article_id"] for e in office["evidence"]} == {"a1", "a2"}
    with pytest.raises(ActorNotFound):
        actor(conn, "Nobody Here")


def test_cli_actor_table_and_json(workspace):
    from blocwatch.cli import main

    runner = CliRunner()
    res = runner.invoke(main, ["actor", "Dmitry Peskov", "--db", str(workspace)])
    assert res.exit_code == 0, res.output
    assert "Spokesman — RUS" in res.output and "https://example.org/a1" in res.output
    res = runner.invoke(main, ["actor", "Peskov", "--db", str(workspace), "--format", "json"])
    assert json.loads(res.output)[0]["offices"][0]["org_or_country"] == "RUS"
    res = runner.invoke(main, ["actor", "Nobody", "--db", str(workspace)])
    assert res.exit_code == 1


def test_cli_actor_missing_workspace(tmp_path):
    from blocwatch.cli import main

    res = CliRunner().invoke(main, ["actor", "X", "--db", str(tmp_path / "none.db")])
    assert res.exit_code == 2
