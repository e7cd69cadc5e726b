"""Open PLOVER tuning sets: regression floors for the sentences rule writers read.

The open sets (tests/data/plover_tune*, tests/data/plover_cameo, plover_cameo2) are where event rules are
written from, so their figures overstate generalisation; the held-out sets measure that. Their
floors only catch a change that quietly undoes earlier work. Floors only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.plover_eval import PLOVER_TYPES, format_score, read_sentences

DATA = Path(__file__).parent / "data"
FLOORS = json.loads((DATA / "plover_open_floors.json").read_text())["floors"]
CAMEO_ROOTS = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID", "09": "ACCUSE",
    "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST", "15": "MOBILIZE",
    "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}


def cameo_type(code: str) -> str:
    """PLOVER type of a CAMEO code by the manual's root table (08 splits at 084)."""
    if code.startswith("08"):
        return "CONCEDE" if code[:3] in {"080", "081", "082", "083"} else "RETREAT"
    return CAMEO_ROOTS[code[:2]]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_open_set_is_well_formed(name):
    rows = read_sentences(DATA / name)
    assert len({r["id"] for r in rows}) == len({r["text"] for r in rows}) == len(rows) > 0
    assert {r["event"] for r in rows} <= set(PLOVER_TYPES)
    for row in rows:
        if "cameo" in row:  # CAMEO-coded sets carry their type by the root table
            assert row["event"] == cameo_type(row["cameo"]), row["id"]


@pytest.mark.model
@pytest.mark.parametrize("name", sorted(FLOORS))
def test_open_set_floor_holds(nlp, name):
    from blocwatch.plover_eval import evaluate_sentences

    score = evaluate_sentences(DATA / name, nlp=nlp)
    assert score.type_recall >= FLOORS[name]["type_recall"], format_score(score)
    assert score.events_per_sentence <= 1.5, format_score(score)
