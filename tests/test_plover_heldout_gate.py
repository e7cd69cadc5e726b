"""Held-out PLOVER gates: event typing on sentences no rule writer has read may not fall below its floors.

tests/data/plover_heldout (240 sentences, 15 per type) and tests/data/plover_heldout2 (320 harder
sentences, 20 per type: long wire sentences with background events, rarer modes) are original,
hand-coded sentences that exist only to measure (see their READMEs): never open them to write or
tune rules, and never print which sentences fail. Floors only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.plover_eval import PLOVER_TYPES, format_score, read_sentences

DATA = Path(__file__).parent / "data"
HELDOUT_SETS = {"plover_heldout": 15, "plover_heldout2": 20}  # sentences per PLOVER type
MAX_EVENTS_PER_SENTENCE = 1.5


@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_heldout_set_is_well_formed(name):
    per_type = HELDOUT_SETS[name]
    rows = read_sentences(DATA / name / "sentences.jsonl")
    total = per_type * len(PLOVER_TYPES)
    assert len(rows) == total
    assert len({r["id"] for r in rows}) == len({r["text"] for r in rows}) == total
    counts = {t: sum(r["event"] == t for r in rows) for t in PLOVER_TYPES}
    assert counts == dict.fromkeys(PLOVER_TYPES, per_type)
    assert all(isinstance(r["source"], list) and isinstance(r["target"], list) for r in rows)
    floors = json.loads((DATA / name / "floors.json").read_text())
    assert set(floors) >= {"type_recall", "source_hit"}
    assert all(0.0 <= floors[k] <= 1.0 for k in ("type_recall", "source_hit"))


def test_heldout_sets_share_no_sentence_with_the_open_sets():
    texts = {name: {r["text"] for r in read_sentences(DATA / name / "sentences.jsonl")} for name in HELDOUT_SETS}
    open_sets = sorted(p.parent.name for p in DATA.glob("plover_tune*/sentences.jsonl"))
    assert open_sets, "the open tuning sets are missing"
    for name in open_sets:
        seen = {r["text"] for r in read_sentences(DATA / name / "sentences.jsonl")}
        for held, held_texts in texts.items():
            assert not seen & held_texts, f"{name} repeats sentences of {held}"


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(HELDOUT_SETS))
def test_heldout_plover_floors_hold(nlp, name):
    from blocwatch.plover_eval import evaluate_sentences

    floors = json.loads((DATA / name / "floors.json").read_text())
    score = evaluate_sentences(DATA / name / "sentences.jsonl", nlp=nlp)
    table = format_score(score)  # aggregate figures only, never sentence texts
    assert score.sentences == HELDOUT_SETS[name] * len(PLOVER_TYPES)
    assert score.type_recall >= floors["type_recall"], table
    assert score.source_hit >= floors["source_hit"], table
    assert score.events_per_sentence <= MAX_EVENTS_PER_SENTENCE, table
