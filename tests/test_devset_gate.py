"""Article-set gates: F1 per field on our own annotated article sets may not fall below their floors.

tests/data/devset, devset2 and devset3 hold original news texts with hand gold written before any measurement
(see their READMEs); they measure generalisation and no rule may be tuned on them. tests/data/tuneset,
tuneset2, tuneset3 and tuneset4 are written the same way but are open: rule writers read their errors, so their
floors guard against regressions rather than measure generalisation. Floors only move up.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from blocwatch.evaluate import FIELDS, format_table, iter_floor_failures

DATA = Path(__file__).parent / "data"
# folder -> number of articles
SETS = {"devset": 10, "devset2": 8, "devset3": 8, "tuneset": 8, "tuneset2": 8, "tuneset3": 8, "tuneset4": 8}


@pytest.fixture(scope="module", params=sorted(SETS))
def article_set(request, nlp):
    from blocwatch.evaluate import evaluate

    folder = DATA / request.param
    return request.param, folder, evaluate(folder / "gold", folder / "articles", nlp=nlp)


@pytest.mark.model
def test_article_set_floors_hold(article_set):
    name, folder, (tally, preds) = article_set
    recorded = json.loads((folder / "floors.json").read_text())
    assert len(preds) == len(list((folder / "gold").glob("*.json"))) == SETS[name]
    failures = list(iter_floor_failures(tally.f1(), recorded["floors"], recorded.get("margin", 0.0)))
    assert not failures, name + ":\n" + "\n".join(failures) + "\n" + format_table(tally)


@pytest.mark.parametrize("name", sorted(SETS))
def test_article_set_files_are_paired_and_well_formed(name):
    folder = DATA / name
    recorded = json.loads((folder / "floors.json").read_text())
    assert set(recorded["floors"]) == set(FIELDS)
    assert all(0.0 <= v <= 1.0 for v in recorded["floors"].values())
    articles = {p.stem for p in (folder / "articles").glob("*.txt")}
    golds = {p.stem for p in (folder / "gold").glob("*.json")}
    assert articles == golds and len(articles) == SETS[name]
    for stem in sorted(golds):
        gold = json.loads((folder / "gold" / f"{stem}.json").read_text())
        lines = (folder / "articles" / f"{stem}.txt").read_text().split("\n")
        body = "\n".join(lines[4:])
        assert gold["id"] == stem and gold["published"] == lines[2] and lines[3] == ""
        assert 180 <= len(body.split()) <= 350
        for quote in gold["quotes"]:
            assert quote["text"] in body, (stem, quote["text"])
        for event in gold["events"]:
            assert event["evidence"] in body, (stem, event["evidence"])
