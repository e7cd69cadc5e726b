"""The demo report and the benchmark, run for real on the bundled samples."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from blocwatch.bench import bench, format_bench
from blocwatch.cli import main
from blocwatch.samples import sample_paths


@pytest.mark.model
def test_demo_reads_samples_and_answers_the_overlap_question(tmp_path):
    result = CliRunner().invoke(main, ["demo", "--db", str(tmp_path / "demo.db")])
    assert result.exit_code == 0, result.output
    assert f"Articles read: {len(sample_paths())}" in result.output
    answer = result.output.split("members of both CSTO and SCO on 2021-09-15?")[1].splitlines()[1]
    assert answer.strip() == "Kazakhstan (KAZ), Kyrgyzstan (KGZ), Russia (RUS), Tajikistan (TJK)"


@pytest.mark.model
def test_bench_measures_both_configurations_on_the_same_texts():
    results = bench(sample_paths()[:2], min_words=500, rounds=2)
    assert [r.name for r in results] == ["bare spaCy (en_core_web_sm)", "blocwatch extract"]
    assert all(len(r.runs) == 2 and r.seconds == min(r.runs) for r in results)
    assert "ratio per round:" in format_bench(results)
    assert results[0].words == results[1].words >= 500
    assert all(r.words_per_s > 0 and r.peak_mb > 50 for r in results)
    assert "ratio extract/bare" in format_bench(results)
