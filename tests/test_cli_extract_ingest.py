"""End to end through the real CLI, the real model and a real SQLite file."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from blocwatch.cli import main

GOOD = """Ministers meet in Astana
urn:test:good
2024-05-02

Kazakhstan's foreign minister met his Chinese counterpart in Astana on Thursday, officials said.
"""

CONTRACT_KEYS = {"article", "people", "organizations", "places", "memberships", "quotes", "events"}


def _spans(data: dict):
    """Every SPAN in a contract object, with the path to it."""
    for key in ("people", "organizations", "places"):
        for item in data[key]:
            yield from item.get("mentions", [])
            for role in item.get("roles", []):
                yield role["evidence"]
    for key in ("memberships", "quotes", "events"):
        for item in data[key]:
            yield item["evidence"]


@pytest.mark.model
def test_extract_writes_contract_json_for_every_eval_article(eval_dir, tmp_path):
    out = tmp_path / "pred"
    articles = sorted(str(p) for p in (eval_dir / "articles").glob("*.txt"))
    result = CliRunner().invoke(main, ["extract", *articles, "--out", str(out)])
    assert result.exit_code == 0, result.output
    files = sorted(p.name for p in out.glob("*.json"))
    assert files == sorted(Path(a).stem + ".json" for a in articles)
    for path in out.glob("*.json"):
        data = json.loads(path.read_text())
        assert set(data) >= CONTRACT_KEYS
        assert data["article"]["language"] == "en"
        body_file = eval_dir / "articles" / (path.stem + ".txt")
        body = body_file.read_text(encoding="utf-8").split("\n", 4)[4]
        for span in _spans(data):
            assert body[span["start"]:span["end"]] == span["text"], (path.name, span)
            assert span["text"] == span["text"].strip(), (path.name, span)


@pytest.mark.model
def test_ingest_twice_keeps_one_copy_and_bad_files_are_named(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text(GOOD, encoding="utf-8")
    (tmp_path / "empty.txt").write_text("   \n", encoding="utf-8")
    (tmp_path / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    db = tmp_path / "w.db"
    runner = CliRunner()
    paths = [str(tmp_path / n) for n in ("photo.txt", "empty.txt", "good.txt")]
    first = runner.invoke(main, ["ingest", *paths, "--db", str(db)])
    assert first.exit_code == 0, first.output
    assert "photo.txt" in first.output and "empty.txt" in first.output
    assert "1 stored" in first.output
    second = runner.invoke(main, ["ingest", *paths, "--db", str(db)])
    assert "0 stored, 1 already in the workspace" in second.output
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1
    assert conn.execute("SELECT title FROM articles").fetchone()[0] == "Ministers meet in Astana"


def test_extract_nothing_readable_exits_non_zero_without_traceback(tmp_path):
    (tmp_path / "blank.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "blank.txt"), str(tmp_path / "missing.txt")])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert "blank.txt" in result.output and "missing.txt" in result.output


def test_extract_max_bytes_names_the_file_and_how_to_go_on(tmp_path):
    big = tmp_path / "long.txt"
    big.write_text("Talks went on in Geneva on Monday, the ministers said. " * 40, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(big), "--max-bytes", "1000"])
    assert result.exit_code != 0
    assert "E005" in result.output and "long.txt" in result.output and "--max-bytes" in result.output


@pytest.mark.model
def test_ingest_reports_a_cp1252_file_and_keeps_its_text(tmp_path):
    path = tmp_path / "legacy.txt"
    path.write_bytes("Caf\xe9 diplomacy: Chile and Peru agreed on Monday to reopen border crossings, "
                     "ministers said in Lima.\n".encode("cp1252"))
    db = tmp_path / "w.db"
    result = CliRunner().invoke(main, ["ingest", str(path), "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert "warning: E008" in result.output and "legacy.txt" in result.output
    body = sqlite3.connect(db).execute("SELECT body FROM articles").fetchone()[0]
    assert body.startswith("Café diplomacy")
