"""Held-out PLOVER gate: event typing on sentences no rule writer has read may not fall below its floor.

tests/data/plover_heldout holds 240 original, hand-coded sentences (15 per PLOVER type) that exist
only to measure (see its README): never open them to write or tune rules, and never print which
sentences fail. Floors only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.plover_eval import PLOVER_TYPES, format_score, read_sentences

HELDOUT = Path(__file__).parent / "data" / "plover_heldout"
SENTENCES = HELDOUT / "sentences.jsonl"
FLOORS = HELDOUT / "floors.json"
MAX_EVENTS_PER_SENTENCE = 1.5


def test_heldout_set_is_well_formed():
    rows = read_sentences(SENTENCES)
    assert len(rows) == 240
    assert len({r["id"] for r in rows}) == len({r["text"] for r in rows}) == 240
    counts = {t: sum(r["event"] == t for r in rows) for t in PLOVER_TYPES}
    assert counts == dict.fromkeys(PLOVER_TYPES, 15)
    assert all(isinstance(r["source"], list) and isinstance(r["target"], list) for r in rows)
    floors = json.loads(FLOORS.read_text())
    assert set(floors) >= {"type_recall", "source_hit"}
    assert all(0.0 <= floors[k] <= 1.0 for k in ("type_recall", "source_hit"))


@pytest.mark.model
def test_heldout_plover_floors_hold(nlp):
    from blocwatch.plover_eval import evaluate_sentences

    floors = json.loads(FLOORS.read_text())
    score = evaluate_sentences(SENTENCES, nlp=nlp)
    table = format_score(score)  # aggregate figures only, never sentence texts
    assert score.sentences == 240
    assert score.type_recall >= floors["type_recall"], table
    assert score.source_hit >= floors["source_hit"], table
    assert score.events_per_sentence <= MAX_EVENTS_PER_SENTENCE, table
