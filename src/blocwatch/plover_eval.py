"""PLOVER sentence benchmark: how well blocwatch types events, one gold sentence at a time.

Each row of a sentence set (JSON Lines: ``id``, ``text``, ``event``, ``source``, ``date``...) is one
sentence with one gold PLOVER type. :func:`evaluate_sentences` runs every sentence through the same
article pipeline as ``blocwatch extract`` (each sentence its own article) and :func:`score_sentences`
scores the events it finds, by the rules of ``shared/eval/plover_score.py``:

- ``type_recall``: share of sentences whose gold type is among the predicted event types;
- ``type_precision``: share of predicted events whose type is the sentence's gold type;
- ``events_per_sentence``: predicted events divided by sentences;
- ``source_hit``: share of sentences with a gold source whose code appears (predicted codes
  upper-cased, gold codes compared as given) as a source of a predicted event of the gold type.

A sentence with no prediction at all counts as a sentence with no events.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.language import Language

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)


@dataclass
class PloverScore:
    type_recall: float
    type_precision: float
    events_per_sentence: float
    source_hit: float
    sentences: int
    per_type_recall: dict[str, float] = field(default_factory=dict)  # gold type -> recall on its sentences
    per_type_sentences: dict[str, int] = field(default_factory=dict)  # gold type -> number of sentences
    per_type_predicted: dict[str, int] = field(default_factory=dict)  # predicted type -> events predicted
    per_type_precision: dict[str, float] = field(default_factory=dict)  # predicted type -> share right
    events: int = 0
    sources: int = 0  # sentences with a gold source (the source_hit denominator)

    def line(self) -> str:
        """The one-line summary, formatted exactly as ``plover_score.py score`` prints it."""
        return (f"type_recall={self.type_recall:.3f} type_precision={self.type_precision:.3f} "
                f"events_per_sentence={self.events_per_sentence:.2f} source_hit={self.source_hit:.3f} "
                f"sentences={self.sentences}")


def read_sentences(path: str | Path) -> list[dict]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _get(event: Any, key: str) -> Any:
    return event.get(key) if isinstance(event, Mapping) else getattr(event, key, None)


def _etype(event: Any) -> str:
    return str(_get(event, "type") or "").upper()


def score_sentences(rows: Iterable[Mapping], predictions: Mapping[str, Iterable[Any]]) -> PloverScore:
    """Score predicted events against gold sentences.

    ``predictions`` maps a sentence id to its predicted events: contract dicts (``"type"``,
    ``"source"``) as ``blocwatch extract`` writes them, or :class:`blocwatch.records.Event` objects.
    An id without predictions counts as a sentence with no events.
    """
    rows = list(rows)
    hit = npred = right = src_n = src_hit = 0
    gold_n: Counter[str] = Counter()
    gold_hit: Counter[str] = Counter()
    pred_n: Counter[str] = Counter()
    pred_right: Counter[str] = Counter()
    for row in rows:
        gold = row["event"]
        events = list(predictions.get(row["id"]) or [])
        types = [_etype(e) for e in events]
        npred += len(types)
        right += sum(t == gold for t in types)
        found = gold in types
        hit += found
        gold_n[gold] += 1
        gold_hit[gold] += found
        for t in types:
            pred_n[t] += 1
            pred_right[t] += t == gold
        if row.get("source"):
            src_n += 1
            gold_src = set(row["source"])
            src_hit += any(_etype(e) == gold and {str(c).upper() for c in (_get(e, "source") or [])} & gold_src
                           for e in events)
    n = len(rows)
    return PloverScore(
        type_recall=hit / n if n else 0.0,
        type_precision=right / npred if npred else 0.0,
        events_per_sentence=npred / n if n else 0.0,
        source_hit=src_hit / src_n if src_n else 0.0,
        sentences=n,
        per_type_recall={t: gold_hit[t] / gold_n[t] for t in sorted(gold_n, key=_type_order)},
        per_type_sentences={t: gold_n[t] for t in sorted(gold_n, key=_type_order)},
        per_type_predicted={t: pred_n[t] for t in sorted(pred_n, key=_type_order)},
        per_type_precision={t: pred_right[t] / pred_n[t] for t in sorted(pred_n, key=_type_order)},
        events=npred,
        sources=src_n,
    )


def _type_order(t: str) -> tuple[int, str]:
    return (PLOVER_TYPES.index(t) if t in PLOVER_TYPES else len(PLOVER_TYPES), t)


def sentence_articles(rows: Iterable[Mapping]) -> list:
    """Each sentence as its own article: title "PLOVER sentence ID", the row's date as publication date."""
    from blocwatch.article import Article

    return [
        Article(id=str(row["id"]), body=row["text"], title=f"PLOVER sentence {row['id']}",
                url=f"urn:plover:{row['id']}", published=row.get("date") or None, stem=str(row["id"]),
                source_format="jsonl")
        for row in rows
    ]


def predict_sentences(rows: Iterable[Mapping], nlp: Language | None = None) -> dict[str, list]:
    """Run blocwatch's extraction on every sentence: id -> predicted events (empty when it failed)."""
    from blocwatch.extract import extract_articles

    out: dict[str, list] = {}
    for done in extract_articles(sentence_articles(rows), nlp=nlp):
        out[done.article.id] = list(done.extraction.events) if done.extraction is not None else []
    return out


def evaluate_sentences(path: str | Path, nlp: Language | None = None) -> PloverScore:
    """Read a PLOVER sentence set (JSON Lines) and score blocwatch's events on it."""
    rows = read_sentences(path)
    return score_sentences(rows, predict_sentences(rows, nlp=nlp))


def format_score(score: PloverScore) -> str:
    """The score line, then one row per type: gold sentences, recall, events predicted, precision."""
    lines = [score.line(), "", f"{'type':<10} {'gold':>5} {'recall':>7} {'pred':>5} {'precision':>9}"]
    types = sorted(set(score.per_type_sentences) | set(score.per_type_predicted), key=_type_order)
    for t in types:
        n = score.per_type_sentences.get(t, 0)
        recall = f"{score.per_type_recall[t]:.3f}" if n else "-"
        npred = score.per_type_predicted.get(t, 0)
        precision = f"{score.per_type_precision[t]:.3f}" if npred else "-"
        lines.append(f"{t or '(none)':<10} {n:>5} {recall:>7} {npred:>5} {precision:>9}")
    return "\n".join(lines)
