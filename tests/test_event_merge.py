"""One events row per real-world event across articles (real SQLite workspace, no model)."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from blocwatch.article import Article
from blocwatch.event_merge import actors_match, days_apart, places_compatible
from blocwatch.events_query import cameo_root, export_events, query_events
from blocwatch.records import Event, Extraction, Span
from blocwatch.store import connect, save_extraction


def _article(ident: str, body: str, published: str, url: str) -> Article:
    return Article(id=ident, body=body, published=published, url=url, title=ident)


def _event(body: str, kind: str, source: list[str], target: list[str], day: str | None,
           place: str | None = None, mode: str | None = None) -> Event:
    return Event(type=kind, mode=mode, source=source, target=target, date=day, place=place,
                 evidence=Span(0, len(body), body), cameo=None)


def _save(conn, ident: str, body: str, published: str, events: list[Event]) -> None:
    article = _article(ident, body, published, f"https://news.example/{ident}")
    save_extraction(conn, article, Extraction(article=article.to_contract(), events=events))


def test_event_merge_same_meeting_from_two_articles_is_one_event(db_path: Path) -> None:
    conn = connect(db_path)
    a = "Ministers of Chile and Peru met in Lima on Monday."
    b = "Peru's foreign minister hosted his Chilean counterpart in Lima."
    _save(conn, "a1", a, "2024-05-06", [_event(a, "CONSULT", ["CHL", "PER"], [], "2024-05-06", "Lima")])
    _save(conn, "a2", b, "2024-05-07", [_event(b, "CONSULT", ["PER"], ["CHL"], "2024-05-06", "Lima")])
    rows = query_events(conn)
    assert len(rows) == 1
    event = rows[0]
    assert event.n_mentions == 2
    assert set(event.source) | set(event.target) == {"CHL", "PER"}
    assert [m["article_id"] for m in event.mentions] == ["a1", "a2"]
    assert event.url == "https://news.example/a1" and event.first_seen == "2024-05-06"


def test_event_merge_keeps_different_days_types_and_targets_apart(db_path: Path) -> None:
    conn = connect(db_path)
    body = "Country A criticised country B."
    _save(conn, "b1", body, "2024-05-01", [
        _event(body, "ACCUSE", ["FRA"], ["DEU"], "2024-05-01"),
        _event(body, "ACCUSE", ["FRA"], ["ITA"], "2024-05-01"),  # another target
        _event(body, "SUPPORT", ["FRA"], ["DEU"], "2024-05-01"),  # another type
    ])
    _save(conn, "b2", body, "2024-05-09", [_event(body, "ACCUSE", ["FRA"], ["DEU"], "2024-05-09")])
    assert len(query_events(conn)) == 4
    assert len(query_events(conn, type="accuse", actor="deu")) == 2


def test_event_merge_incompatible_place_or_no_actor_is_not_merged(db_path: Path) -> None:
    conn = connect(db_path)
    body = "Protesters marched."
    _save(conn, "c1", body, "2024-01-02", [_event(body, "PROTEST", ["ARG"], [], "2024-01-02", "Buenos Aires"),
                                            _event(body, "ASSAULT", [], [], "2024-01-02")])
    _save(conn, "c2", body, "2024-01-02", [_event(body, "PROTEST", ["ARG"], [], "2024-01-02", "Cordoba"),
                                            _event(body, "ASSAULT", [], [], "2024-01-02")])
    assert len(query_events(conn)) == 4


def test_event_merge_reingesting_an_article_does_not_double_count(db_path: Path) -> None:
    conn = connect(db_path)
    body = "Japan sent aid to Tonga."
    for _ in range(2):
        _save(conn, "d1", body, "2022-01-20", [_event(body, "AID", ["JPN"], ["TON"], None)])
    rows = query_events(conn)
    assert len(rows) == 1 and rows[0].n_mentions == 1


def test_event_merge_helpers() -> None:
    assert days_apart("2024-01-01", "2024-01-02") == 1 and days_apart(None, "2024-01-02") is None
    assert places_compatible("Lima", None) and places_compatible("Lima", "Lima, Peru")
    assert not places_compatible("Lima", "Quito")
    assert actors_match("CONSULT", frozenset({"A"}), frozenset({"B"}), frozenset({"B"}), frozenset({"A"})) == 2
    assert actors_match("ACCUSE", frozenset({"A"}), frozenset({"B"}), frozenset({"B"}), frozenset({"A"})) == 0


def test_events_query_export_formats_and_filters(db_path: Path, tmp_path: Path) -> None:
    conn = connect(db_path)
    body = "Kenya expelled two diplomats on Tuesday."
    _save(conn, "e1", body, "2023-03-08", [
        _event(body, "SANCTION", ["KEN"], ["SOM"], "2023-03-07", mode="expel"),
        _event(body, "ASSAULT", ["SOM"], [], "2023-04-01", mode="unconventional"),
    ])
    csv_text = export_events(conn, "csv", actor="KEN")
    lines = csv_text.splitlines()
    assert lines[0].startswith("event_id,date,type,mode,source,target,cameo,cameo_root")
    assert len(lines) == 2 and ",SANCTION,expel,KEN,SOM,,16," in lines[1]
    assert "news.example/e1" in lines[1]
    jsonl = export_events(conn, "jsonl", since="2023-04")
    rows = [json.loads(line) for line in jsonl.splitlines()]
    assert [r["type"] for r in rows] == ["ASSAULT"] and rows[0]["cameo_root"] == "20"
    assert export_events(conn, "table", until="2023-03").count("SANCTION") == 1
    out = tmp_path / "events.parquet"
    message = export_events(conn, "parquet", out)
    assert message.startswith("2 event(s)") and out.stat().st_size > 0


def test_events_cameo_root_prefers_the_event_code() -> None:
    assert cameo_root("ACCUSE", "investigate", None) == "09"
    assert cameo_root("RETREAT", None, "0874") == "08"
    assert cameo_root("AGREE", None, None) == "03"


def test_events_cli_lists_and_rejects_bad_input(db_path: Path) -> None:
    from blocwatch.cli import main

    conn = connect(db_path)
    body = "Chile and Peru held talks."
    _save(conn, "f1", body, "2024-05-06", [_event(body, "CONSULT", ["CHL", "PER"], [], "2024-05-06")])
    conn.close()
    runner = CliRunner()
    ok = runner.invoke(main, ["events", "--db", str(db_path), "--actor", "PER"])
    assert ok.exit_code == 0 and "CONSULT" in ok.output and "CHL,PER" in ok.output
    bad = runner.invoke(main, ["events", "--db", str(db_path), "--type", "HUG"])
    assert bad.exit_code == 2 and "Unknown PLOVER type" in bad.output
    bad_date = runner.invoke(main, ["events", "--db", str(db_path), "--since", "2024-13"])
    assert bad_date.exit_code == 2
    missing = runner.invoke(main, ["events", "--db", str(db_path.parent / "none.db")])
    assert missing.exit_code == 1 and "E020" in missing.output
