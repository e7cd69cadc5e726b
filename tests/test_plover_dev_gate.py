"""Issue #6's acceptance line on the shared PLOVER dev sentences, kept as a gate.

The figure is measured, never tuned on: nobody reads these sentences to write rules (README,
Measuring). The gate only stops a change from silently undoing what the issue asked for: type
recall of at least 0.80 with at most 1.5 predicted events per sentence, by the rules of
shared/eval/plover_score.py. It prints aggregates only.
"""

from __future__ import annotations

import pytest

TYPE_RECALL_FLOOR = 0.80
MAX_EVENTS_PER_SENTENCE = 1.5


@pytest.mark.model
def test_plover_dev_type_recall_meets_issue_6(eval_dir, nlp):
    from blocwatch.plover_eval import evaluate_sentences

    path = eval_dir / "plover_dev.jsonl"
    if not path.exists():
        pytest.skip("shared/eval/plover_dev.jsonl is not present")
    score = evaluate_sentences(path, nlp)
    assert score.sentences == 179, score.line()
    assert score.type_recall >= TYPE_RECALL_FLOOR, score.line()
    assert score.events_per_sentence <= MAX_EVENTS_PER_SENTENCE, score.line()
