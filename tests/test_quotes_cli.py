"""Quote search over a real SQLite workspace (no model: extractions are built by hand)."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from blocwatch.article import Article
from blocwatch.cli import main
from blocwatch.quotes_query import QuoteQueryError, fts_query, search_quotes
from blocwatch.records import Extraction, Person, Quote, Span
from blocwatch.store import connect, save_extraction


def _article(aid: str, body: str, published: str | None) -> Article:
    return Article(id=aid, body=body, title=f"Title {aid}", published=published, url=f"https://x.test/{aid}")


def _quote(body: str, text: str, speaker: str, index: int | None) -> Quote:
    start = body.index(text)
    return Quote(speaker, text, True, Span.of(body, start - 1, start + len(text) + 1), index)


@pytest.fixture
def workspace(db_path):
    conn = connect(db_path)
    b1 = '"The door is open," Sergei Lavrov said. Protesters chanted "No war".'
    e1 = Extraction(
        article={"id": "a1"},
        people=[Person("Sergei Lavrov", mentions=[Span.of(b1, 20, 33)])],
        quotes=[_quote(b1, "The door is open", "Sergei Lavrov", 0), _quote(b1, "No war", "Protesters", None)],
    )
    save_extraction(conn, _article("a1", b1, "2021-09-15"), e1)
    b2 = '"Recognition of the government is not on the agenda," Sergey Lavrov told reporters.'
    e2 = Extraction(
        article={"id": "a2"},
        people=[Person("Sergey Lavrov")],
        quotes=[_quote(b2, "Recognition of the government is not on the agenda", "Sergey Lavrov", 0)],
    )
    save_extraction(conn, _article("a2", b2, "2022-03-01"), e2)
    conn.close()
    return db_path


def test_search_quotes_speaker_spellings_are_one_person(workspace):
    conn = connect(workspace)
    for name in ("Sergei Lavrov", "Sergey Lavrov", "Lavrov", "lavrov"):
        hits = search_quotes(conn, speaker=name)
        assert [h.article_id for h in hits] == ["a2", "a1"], name  # newest first


def test_search_quotes_words_use_fts_and_since_filters(workspace):
    conn = connect(workspace)
    assert [h.text for h in search_quotes(conn, words="recognition agenda")] == [
        "Recognition of the government is not on the agenda"
    ]
    assert [h.text for h in search_quotes(conn, words="recogn*")] == [
        "Recognition of the government is not on the agenda"
    ]
    assert search_quotes(conn, words="door", since="2022") == []
    assert [h.text for h in search_quotes(conn, words="door", until="2021")] == ["The door is open"]


def test_search_quotes_group_speaker_and_evidence(workspace):
    conn = connect(workspace)
    (hit,) = search_quotes(conn, speaker="protesters")
    assert hit.text == "No war" and hit.person_id is None
    assert hit.evidence == '"No war"'


def test_search_quotes_rejects_bad_input(workspace):
    conn = connect(workspace)
    with pytest.raises(QuoteQueryError):
        search_quotes(conn, since="last week")
    with pytest.raises(QuoteQueryError):
        search_quotes(conn, words='"" -')
    assert fts_query('war" OR 1') == 'text : ("war" AND "OR" AND "1")'


def test_quotes_cli_json_and_table(workspace):
    runner = CliRunner()
    res = runner.invoke(main, ["quotes", "--speaker", "Lavrov", "--db", str(workspace), "--format", "json"])
    assert res.exit_code == 0, res.output
    rows = json.loads(res.output)
    assert [r["speaker"] for r in rows] == ["Sergey Lavrov", "Sergei Lavrov"]
    res = runner.invoke(main, ["quotes", "--search", "door", "--db", str(workspace)])
    assert res.exit_code == 0 and "The door is open" in res.output and "2021-09-15" in res.output


def test_quotes_cli_csv(workspace):
    res = CliRunner().invoke(main, ["quotes", "--db", str(workspace), "--format", "csv", "--limit", "1"])
    assert res.exit_code == 0
    lines = res.output.strip().splitlines()
    assert lines[0].startswith("published,speaker,text") and len(lines) == 2


def test_quotes_cli_errors_are_one_line(tmp_path, workspace):
    runner = CliRunner()
    res = runner.invoke(main, ["quotes", "--db", str(tmp_path / "missing.db")])
    assert res.exit_code == 1 and "E020" in res.output
    res = runner.invoke(main, ["quotes", "--since", "yesterday", "--db", str(workspace)])
    assert res.exit_code == 2 and "not a date" in res.output
