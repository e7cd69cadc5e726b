"""score_sentences follows the rules of shared/eval/plover_score.py (model-free)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from blocwatch.plover_eval import PloverScore, format_score, read_sentences, score_sentences, sentence_articles
from blocwatch.records import Event, Span

SCORER = Path(__file__).resolve().parents[2] / "shared" / "eval" / "plover_score.py"

# Hand-made sentences (written for this test) and predictions covering every scoring rule.
ROWS = [
    {"id": "t1", "text": "Freedonia expelled two Sylvanian diplomats on Monday.", "event": "SANCTION",
     "source": ["FRE"], "target": ["SYL"], "date": "2020-01-07"},
    {"id": "t2", "text": "Freedonian troops shelled a Sylvanian border post.", "event": "ASSAULT",
     "source": ["FRE"], "target": ["SYL"], "date": "2020-01-08"},
    {"id": "t3", "text": "Sylvania's leader flew to the Freedonian capital for talks.", "event": "CONSULT",
     "source": ["SYL"], "target": ["FRE"], "date": "2020-01-09"},
    {"id": "t4", "text": "Thousands marched in the Sylvanian capital on Friday.", "event": "PROTEST",
     "source": [], "target": [], "date": "2020-01-10"},
    {"id": "t5", "text": "The regional bloc suspended Freedonia's membership.", "event": "SANCTION",
     "source": ["IGO"], "target": ["FRE"], "date": ""},
]
PREDS = {
    # right type, right source (predicted in lower case: upper-cased before comparing)
    "t1": [{"type": "sanction", "source": ["fre"]}, {"type": "ACCUSE", "source": ["FRE"]}],
    # right type, wrong source; the right source only on an event of another type
    "t2": [{"type": "ASSAULT", "source": ["SYL"]}, {"type": "MOBILIZE", "source": ["FRE"]}],
    # wrong type only
    "t3": [{"type": "AGREE", "source": ["SYL"]}],
    # right type, no gold source (not in the source_hit denominator)
    "t4": [{"type": "PROTEST", "source": []}],
    # t5: no prediction at all
}


def test_scores_by_the_rules():
    s = score_sentences(ROWS, PREDS)
    assert isinstance(s, PloverScore)
    assert s.sentences == 5 and s.events == 6 and s.sources == 4
    assert s.type_recall == pytest.approx(3 / 5)  # t1, t2, t4
    assert s.type_precision == pytest.approx(3 / 6)
    assert s.events_per_sentence == pytest.approx(6 / 5)
    assert s.source_hit == pytest.approx(1 / 4)  # only t1
    assert s.per_type_recall == {"CONSULT": 0.0, "PROTEST": 1.0, "SANCTION": 0.5, "ASSAULT": 1.0}
    assert s.per_type_sentences == {"CONSULT": 1, "PROTEST": 1, "SANCTION": 2, "ASSAULT": 1}
    assert s.per_type_predicted == {"AGREE": 1, "ACCUSE": 1, "PROTEST": 1, "SANCTION": 1, "MOBILIZE": 1,
                                    "ASSAULT": 1}
    assert s.per_type_precision["SANCTION"] == 1.0 and s.per_type_precision["ACCUSE"] == 0.0


def test_gold_codes_are_compared_as_given():
    # The shared scorer upper-cases predicted codes only: a mixed-case gold code never hits.
    rows = [{"id": "a", "text": "x", "event": "THREATEN", "source": ["Taliban"], "target": []},
            {"id": "b", "text": "y", "event": "THREATEN", "source": ["TALIBAN"], "target": []}]
    preds = {"a": [{"type": "THREATEN", "source": ["Taliban"]}], "b": [{"type": "THREATEN", "source": ["Taliban"]}]}
    s = score_sentences(rows, preds)
    assert s.type_recall == 1.0 and s.source_hit == 0.5


def test_accepts_event_records():
    ev = Event(type="SANCTION", mode="expel", source=["FRE"], target=["SYL"], date=None, place=None,
               evidence=Span(text="expelled", start=0, end=8))
    s = score_sentences(ROWS[:1], {"t1": [ev]})
    assert (s.type_recall, s.type_precision, s.source_hit, s.events_per_sentence) == (1.0, 1.0, 1.0, 1.0)


def test_empty_inputs_do_not_divide_by_zero():
    s = score_sentences([], {})
    assert (s.type_recall, s.type_precision, s.events_per_sentence, s.source_hit, s.sentences) == (0, 0, 0, 0, 0)
    s = score_sentences(ROWS, {})
    assert s.type_recall == 0.0 and s.type_precision == 0.0 and s.events == 0


def test_format_score_has_the_line_and_a_row_per_type():
    text = format_score(score_sentences(ROWS, PREDS))
    lines = text.splitlines()
    assert lines[0] == ("type_recall=0.600 type_precision=0.500 events_per_sentence=1.20 source_hit=0.250 "
                        "sentences=5")
    rows = {ln.split()[0]: ln.split()[1:] for ln in lines[3:]}
    assert rows["SANCTION"] == ["2", "0.500", "1", "1.000"]
    assert rows["AGREE"] == ["0", "-", "1", "0.000"]
    assert rows["CONSULT"] == ["1", "0.000", "0", "-"]


def test_sentence_articles_carry_id_title_date_and_text():
    arts = sentence_articles(ROWS)
    assert [a.id for a in arts] == ["t1", "t2", "t3", "t4", "t5"]
    assert arts[0].title == "PLOVER sentence t1" and arts[0].published == "2020-01-07"
    assert arts[0].body == ROWS[0]["text"]
    assert arts[4].published is None


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/eval/plover_score.py is not present")
def test_agrees_with_the_shared_scorer(tmp_path):
    sentences = tmp_path / "sentences.jsonl"
    sentences.write_text("".join(json.dumps(r) + "\n" for r in ROWS), encoding="utf-8")
    pred_dir = tmp_path / "pred"
    pred_dir.mkdir()
    for sid, events in PREDS.items():  # t5 deliberately has no prediction file
        (pred_dir / f"{sid}.json").write_text(json.dumps({"events": events}), encoding="utf-8")
    out = subprocess.run([sys.executable, str(SCORER), "score", str(sentences), str(pred_dir)],
                         capture_output=True, text=True, check=True).stdout.strip()
    ours = score_sentences(read_sentences(sentences), PREDS)
    assert out == ours.line()
    assert out == "type_recall=0.600 type_precision=0.500 events_per_sentence=1.20 source_hit=0.250 sentences=5"
