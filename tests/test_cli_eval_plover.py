"""`blocwatch eval-plover` through the real CLI: clear errors for bad files, real figures for good ones."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from blocwatch.cli import main

ROWS = [
    {"id": "c1", "text": "Kenyan police arrested dozens of opposition supporters in Nairobi on Monday.",
     "event": "COERCE", "source": ["KEN"], "target": [], "date": "2024-03-05"},
    {"id": "c2", "text": "The European Union imposed new sanctions on Belarus on Friday.",
     "event": "SANCTION", "source": ["EU"], "target": ["BLR"], "date": "2024-03-09"},
]


def _write(tmp_path, lines: list[str]):
    path = tmp_path / "sentences.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return str(path)


def test_eval_plover_rejects_a_file_that_is_not_json_lines(tmp_path):
    result = CliRunner().invoke(main, ["eval-plover", _write(tmp_path, ["id,text,event", "1,hello,AGREE"])])
    assert result.exit_code == 2
    assert "not a JSON Lines file" in result.output
    assert "Traceback" not in result.output


def test_eval_plover_names_the_line_missing_a_key(tmp_path):
    lines = [json.dumps(ROWS[0]), json.dumps({"id": "x", "text": "No type here."})]
    result = CliRunner().invoke(main, ["eval-plover", _write(tmp_path, lines)])
    assert result.exit_code == 2
    assert "line 2" in result.output


def test_eval_plover_empty_file_is_an_error(tmp_path):
    result = CliRunner().invoke(main, ["eval-plover", _write(tmp_path, [""])])
    assert result.exit_code == 2
    assert "no sentences" in result.output


@pytest.mark.model
def test_eval_plover_scores_real_extractions(tmp_path):
    path = _write(tmp_path, [json.dumps(r) for r in ROWS])
    result = CliRunner().invoke(main, ["eval-plover", path, "--json"])
    assert result.exit_code == 0, result.output
    score = json.loads(result.output)
    assert score["sentences"] == 2
    assert score["type_recall"] == 1.0
    assert score["per_type_recall"] == {"COERCE": 1.0, "SANCTION": 1.0}
    table = CliRunner().invoke(main, ["eval-plover", path]).output
    assert table.startswith("type_recall=1.000")
    assert "SANCTION" in table
