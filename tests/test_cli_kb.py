"""CLI for the KB, through click's CliRunner on the stand-alone group."""

from __future__ import annotations

import csv
import io
import json

import click
from click.testing import CliRunner

from blocwatch.cli_kb import cli, register


def run(*args: str):
    return CliRunner().invoke(cli, list(args))


def test_overlap_csto_sco_json_is_exactly_the_four() -> None:
    result = run("overlap", "CSTO", "SCO", "--at", "2021-09-15", "--format", "json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [r["member"] for r in rows] == ["KAZ", "KGZ", "RUS", "TJK"]
    assert {"member", "name", "status", "since", "until", "source", "origin"} <= set(rows[0])


def test_members_json_rows() -> None:
    result = run("members", "Shanghai Cooperation Organisation", "--at", "2021-09-15", "--status", "member",
                 "--format", "json")
    rows = json.loads(result.output)
    assert [r["member"] for r in rows] == ["CHN", "IND", "KAZ", "KGZ", "PAK", "RUS", "TJK", "UZB"]
    assert rows[0]["name"] == "China" and rows[0]["origin"] == "curated" and rows[0]["source"]


def test_members_csv_has_header() -> None:
    result = run("members", "nato", "--at", "2024-03-07", "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert len(rows) == 33  # 32 Allies + Ukraine's application
    assert "SWE" in {r["member"] for r in rows}


def test_members_table_is_aligned_text() -> None:
    result = run("members", "ODKB", "--at", "2021-09-15")
    lines = result.output.splitlines()
    assert lines[0].split()[:3] == ["org", "member", "name"]
    assert any(line.split()[1] == "RUS" for line in lines[1:])


def test_memberships_accepts_names_and_codes() -> None:
    for state in ("Russia", "RUS", "Russian Federation", "ru"):
        result = run("memberships", state, "--at", "2021-09-15", "--format", "json")
        assert result.exit_code == 0
        assert "CSTO" in {r["org"] for r in json.loads(result.output)}


def test_history_json_timeline() -> None:
    rows = json.loads(run("history", "CSTO", "--format", "json").output)
    uzb = [(r["date"], r["change"]) for r in rows if r["member"] == "UZB"]
    assert ("2012-06-28", "suspended") in uzb and ("2006-06-23", "rejoined") in uzb
    assert {"org", "date", "member", "name", "change", "status", "source", "origin"} <= set(rows[0])


def test_partial_dates_accepted() -> None:
    for at in ("2021", "2021-09", "2021-09-15"):
        assert run("overlap", "CSTO", "SCO", "--at", at).exit_code == 0


def test_unknown_org_one_line_error_with_suggestion_exit_2() -> None:
    result = run("members", "CTSO", "--at", "2021")
    assert result.exit_code == 2
    assert "Did you mean 'CSTO'" in result.output
    assert len(result.output.strip().splitlines()) == 1


def test_unknown_state_exit_2() -> None:
    result = run("memberships", "Atlantis", "--at", "2021")
    assert result.exit_code == 2 and "E302" in result.output


def test_bad_date_exit_2() -> None:
    result = run("members", "SCO", "--at", "15/09/2021")
    assert result.exit_code == 2 and "YYYY" in result.output


def test_db_option_missing_workspace_is_one_line_error() -> None:
    result = run("overlap", "CSTO", "SCO", "--at", "2021-09-15", "--db", "missing.db", "--format", "json")
    assert result.exit_code == 2 and "E020" in result.output


def test_kb_validate_and_info() -> None:
    result = run("kb", "validate")
    assert result.exit_code == 0 and result.output.startswith("OK kb-")
    info = json.loads(run("kb", "info", "--format", "json").output)
    assert info["states"] >= 249 and info["orgs_curated"] >= 20 and info["spells_cow"] > 10000


def test_register_adds_commands_to_a_main_group() -> None:
    @click.group()
    def main() -> None:
        pass

    register(main)
    assert {"members", "overlap", "memberships", "history", "kb"} <= set(main.commands)
