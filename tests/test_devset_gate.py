"""Devset gate: F1 per field on the independent development set may not fall below its floor.

tests/data/devset holds original news texts with hand gold written before any measurement (see its
README). It measures generalisation: no rule may be tuned on it. Floors only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.evaluate import FIELDS, format_table, iter_floor_failures

DEVSET = Path(__file__).parent / "data" / "devset"
FLOORS = DEVSET / "floors.json"


@pytest.fixture(scope="module")
def devset_run(nlp):
    from blocwatch.evaluate import evaluate

    return evaluate(DEVSET / "gold", DEVSET / "articles", nlp=nlp)


@pytest.mark.model
def test_devset_floors_hold(devset_run):
    recorded = json.loads(FLOORS.read_text())
    tally, preds = devset_run
    assert len(preds) == len(list((DEVSET / "gold").glob("*.json"))) == 10
    failures = list(iter_floor_failures(tally.f1(), recorded["floors"], recorded.get("margin", 0.0)))
    assert not failures, "\n".join(failures) + "\n" + format_table(tally)


def test_devset_files_are_paired_and_well_formed():
    recorded = json.loads(FLOORS.read_text())
    assert set(recorded["floors"]) == set(FIELDS)
    assert all(0.0 <= v <= 1.0 for v in recorded["floors"].values())
    articles = {p.stem for p in (DEVSET / "articles").glob("*.txt")}
    golds = {p.stem for p in (DEVSET / "gold").glob("*.json")}
    assert articles == golds and len(articles) == 10
    for stem in sorted(golds):
        gold = json.loads((DEVSET / "gold" / f"{stem}.json").read_text())
        lines = (DEVSET / "articles" / f"{stem}.txt").read_text().split("\n")
        body = "\n".join(lines[4:])
        assert gold["id"] == stem and gold["published"] == lines[2] and lines[3] == ""
        assert 180 <= len(body.split()) <= 350
        for quote in gold["quotes"]:
            assert quote["text"] in body, (stem, quote["text"])
        for event in gold["events"]:
            assert event["evidence"] in body, (stem, event["evidence"])
