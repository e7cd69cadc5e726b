"""`blocwatch events` turns library errors into one line and an exit code, no traceback."""

from click.testing import CliRunner

from blocwatch.cli import main
from blocwatch.store import connect


def test_events_cli_missing_workspace_exits_1(tmp_path):
    result = CliRunner().invoke(main, ["events", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "E020" in result.output and "Traceback" not in result.output


def test_events_cli_unknown_type_exits_2(tmp_path):
    db = tmp_path / "w.db"
    connect(db).close()
    result = CliRunner().invoke(main, ["events", "--db", str(db), "--type", "DANCE"])
    assert result.exit_code == 2
    assert "DANCE" in result.output and "Traceback" not in result.output
