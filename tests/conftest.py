"""Shared fixtures: one loaded pipeline per test session, real SQLite workspaces per test."""

from __future__ import annotations

from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[2] / "shared"
EVAL_DIR = SHARED / "eval"


@pytest.fixture(scope="session")
def nlp():
    from blocwatch.pipeline import load_nlp

    return load_nlp()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "workspace.db"


@pytest.fixture(scope="session")
def eval_dir() -> Path:
    if not (EVAL_DIR / "gold").is_dir():
        pytest.skip("../shared/eval is not present")
    return EVAL_DIR


@pytest.fixture(scope="session")
def eval_run(eval_dir, nlp):
    """The pipeline run once over shared/eval: (Tally, predictions by article stem)."""
    from blocwatch.evaluate import evaluate

    return evaluate(eval_dir / "gold", eval_dir / "articles", nlp=nlp)
