"""Sample articles bundled with blocwatch: original briefs written for the project.

They describe real public events in our own words (see README.md) and give the demo, the docs
and the tests something to read that is safe to ship. The evaluation articles in ``eval/`` are
never bundled.
"""

from __future__ import annotations

from pathlib import Path

SAMPLES_DIR = Path(__file__).resolve().parent


def sample_paths() -> list[Path]:
    """The bundled sample articles (``*.txt``), sorted by file name."""
    return sorted(SAMPLES_DIR.glob("*.txt"))
