"""Speed round s7b of the events step: the per-doc readings in event_rules.py give what the plain readings gave."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import blocwatch.pipeline.extensions  # noqa: F401  (registers doc._.article, doc._.people ...)
from blocwatch.pipeline.event_rules import (
    ARMED_WORDS,
    WORD_KEYS,
    Actors,
    _dominant_bloc,
    _dominant_state,
    has_lemma,
    verb_lemma,
    word_keys,
)

VOCAB = spacy.blank("en").vocab  # English lexical attributes (lower_), no model


def _doc(words: list[str], lemmas: list[str]) -> Doc:
    return Doc(VOCAB, words=words, lemmas=lemmas)


def test_has_lemma_reads_lowercased_lemmas() -> None:
    doc = _doc(["Rebels", "seized", "the", "town"], ["Rebel", "seize", "the", "town"])
    assert has_lemma(doc, ARMED_WORDS)
    assert not has_lemma(_doc(["Troops", "seized", "it"], ["troop", "seize", "it"]), ARMED_WORDS)
    assert not has_lemma(Doc(VOCAB, words=[]), ARMED_WORDS)


def test_word_keys_are_read_once_per_token_and_returned_as_a_fresh_list() -> None:
    doc = _doc(["Troops", "staged", "drills"], ["troop", "stag", "drill"])
    first = word_keys(doc[1])
    assert first == ["stag", "staged", "stage", "stag"]
    first.append("mutated")  # a caller that extends its keys does not change the next caller's
    assert word_keys(doc[1]) == ["stag", "staged", "stage", "stag"]
    assert doc.user_data[WORD_KEYS][1] == ("stag", "staged", "stage", "stag")
    assert verb_lemma(doc[1], {"stage": 1}) == "stage"
    assert verb_lemma(doc[2], {"drills": 1}) == "drills"


def test_word_keys_of_a_split_test_compound() -> None:
    doc = _doc(["North", "Korea", "test", "-", "fired", "missiles"], ["North", "Korea", "test", "-", "fire", "missile"])
    assert word_keys(doc[4])[0] == "test-fire"


def test_dominant_state_and_bloc_read_from_given_entities() -> None:
    words = ["France", "and", "France", "and", "France", "met", "NATO", "and", "the", "EU", "and", "NATO"]
    doc = Doc(VOCAB, words=words)
    doc.ents = [Span(doc, i, i + 1, label="GPE", kb_id="FRA") for i in (0, 2, 4)] + [
        Span(doc, 6, 7, label="ORG", kb_id="NATO"), Span(doc, 9, 10, label="ORG", kb_id="EU"),
        Span(doc, 11, 12, label="ORG", kb_id="NATO")]
    ents = list(doc.ents)
    assert _dominant_state(doc) == _dominant_state(doc, ents) == "FRA"
    assert _dominant_bloc(doc) == _dominant_bloc(doc, ents) == "NATO"
    assert _dominant_state(doc, ents[:2]) is None  # two mentions are too few to lead


@pytest.mark.model
def test_actors_read_the_armed_group_and_congo_as_before(nlp) -> None:
    doc = nlp("The M23 rebels attacked Goma in Congo on Monday. Kinshasa accused Rwanda of backing the rebels. "
              "The Democratic Republic of Congo said the group had seized two towns.")
    actors = Actors(doc)
    coded = {id(e) for e in actors.ent_of.values()}
    assert len(coded) == len({(e.start, e.end) for e in actors.ent_of.values()})
    expected_congo = "COD" if any(e.kb_id_ == "COD" for e in actors.ent_of.values()) else None
    assert actors.congo == expected_congo
    assert has_lemma(doc, ARMED_WORDS) == any(t.lemma_.lower() in ARMED_WORDS for t in doc)
    assert actors.focus == _dominant_state(doc) and actors.bloc == _dominant_bloc(doc)
