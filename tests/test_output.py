"""The three output formats of the query commands."""

import csv
import io
import json

from blocwatch.output import as_table, render

ROWS = [{"member": "KAZ", "name": "Kazakhstan", "since": None}, {"member": "RUS", "name": "Russia", "since": "2002"}]


def test_output_table_aligns_columns_and_blanks_none():
    lines = as_table(ROWS, ["member", "name", "since"]).splitlines()
    assert lines[0].split() == ["member", "name", "since"]
    assert lines[1].rstrip() == "KAZ     Kazakhstan"
    assert lines[2].index("2002") == lines[0].index("since")


def test_output_json_and_csv_round_trip():
    assert json.loads(render(ROWS, "json", ["member"])) == ROWS
    back = list(csv.DictReader(io.StringIO(render(ROWS, "CSV", ["member", "since"]))))
    assert back == [{"member": "KAZ", "since": ""}, {"member": "RUS", "since": "2002"}]


def test_output_empty_table_says_so():
    assert as_table([], ["member"], empty="(nothing)").splitlines() == ["member", "(nothing)"]
