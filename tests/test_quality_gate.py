"""Quality gate: F1 per field on shared/eval may not fall below its recorded floor.

Floors only move up (raise them in quality_floors.json when a change reaches more). The eval data
is hashed so a change to it is seen rather than mistaken for a change in quality.
"""

from __future__ import annotations

import hashlib
import json
import warnings
from pathlib import Path

import pytest

from blocwatch.evaluate import FIELDS, format_table, iter_floor_failures

FLOORS = Path(__file__).with_name("quality_floors.json")


def eval_data_hash(eval_dir: Path) -> str:
    digest = hashlib.sha256()
    for sub in ("articles", "gold"):
        for path in sorted((eval_dir / sub).iterdir()):
            digest.update(path.name.encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@pytest.mark.model
def test_quality_gate_floors_hold(eval_dir, eval_run):
    recorded = json.loads(FLOORS.read_text())
    if recorded["eval_hash"] != eval_data_hash(eval_dir):
        warnings.warn("shared/eval changed since the floors were recorded: re-check them", stacklevel=1)
    tally, _ = eval_run
    failures = list(iter_floor_failures(tally.f1(), recorded["floors"], recorded.get("margin", 0.005)))
    assert not failures, "\n".join(failures) + "\n" + format_table(tally)


def test_quality_floors_cover_every_field():
    recorded = json.loads(FLOORS.read_text())
    assert set(recorded["floors"]) == set(FIELDS)
    assert all(0.0 <= v <= 1.0 for v in recorded["floors"].values())
