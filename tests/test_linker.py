"""Linker: codes on every mention and repairs of statistical NER (model-free: the entities a statistical NER
would set, mistakes included, are set by hand)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc, Span

import blocwatch.pipeline.paragraphs  # noqa: F401  (registers blocwatch_paragraphs)
from blocwatch.pipeline.linker import find_links, set_annotations


def fake_ner_doc(text: str, ents: list[tuple[str, str]]) -> Doc:
    """A doc with the given (surface, label) entities, as a statistical NER would have set them."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("blocwatch_paragraphs")
    doc = nlp(text)
    spans, taken = [], set()
    for surface, label in ents:
        pos = 0
        while (pos := text.find(surface, pos)) >= 0:
            span = doc.char_span(pos, pos + len(surface), label=label)
            pos += len(surface)
            if span is not None and not taken & set(range(span.start, span.end)):
                spans.append(span)
                taken |= set(range(span.start, span.end))
    doc.ents = sorted(spans, key=lambda s: s.start)
    return doc


def linked(doc: Doc) -> list[tuple[str, str, str]]:
    set_annotations(doc, find_links(doc))
    return [(e.text, e.label_, e.kb_id_) for e in doc.ents]


def test_linker_capital_tagged_org_becomes_gpe_with_state_code():
    doc = fake_ner_doc("Talks opened in Nairobi on Monday.", [("Nairobi", "ORG")])
    assert linked(doc) == [("Nairobi", "GPE", "KEN")]


def test_linker_demonym_gets_norp_and_state_code():
    doc = fake_ner_doc("Kenyan diplomats left.", [("Kenyan", "GPE")])
    assert linked(doc) == [("Kenyan", "NORP", "KEN")]


def test_linker_surname_tagged_org_is_a_person_when_full_name_is():
    doc = fake_ner_doc("Dmitry Peskov spoke. Later Peskov said no.", [("Dmitry Peskov", "PERSON"), ("Peskov", "ORG")])
    assert ("Peskov", "PERSON", "") in linked(doc)


def test_linker_untagged_surname_is_added_as_person():
    doc = fake_ner_doc("Olaf Scholz arrived. Scholz said he was glad.", [("Olaf Scholz", "PERSON")])
    assert linked(doc).count(("Scholz", "PERSON", "")) == 1


def test_linker_drops_lowercase_prefix_entities_and_title_words():
    doc = fake_ner_doc("The ex-Yugoslav states met the Defense chief.", [("ex-Yugoslav", "GPE"), ("Defense", "ORG")])
    assert linked(doc) == []


def test_linker_drops_headline_phrase_tagged_as_person():
    text = "Rival Powers Clash Over Trade Rules Again\n\nOfficials from both sides met on Tuesday."
    doc = fake_ner_doc(text, [("Trade Rules", "PERSON")])
    assert linked(doc) == []


def test_linker_title_words_are_trimmed_from_person():
    doc = fake_ner_doc("Foreign Minister Dmitry Kuleba spoke.", [("Foreign Minister Dmitry Kuleba", "PERSON")])
    assert linked(doc) == [("Dmitry Kuleba", "PERSON", "")]


def test_linker_org_before_title_keeps_code_of_kb_entity():
    doc = fake_ner_doc("The Moscow-led Collective Security Treaty Organization met.", [])
    doc.ents = [Span(doc, 1, 2, label="GPE", kb_id="RUS")]
    assert linked(doc) == [("Moscow", "GPE", "RUS")]


@pytest.mark.model
def test_linker_former_soviet_is_not_the_ussr_acting(nlp):
    doc = nlp("The alliance of six former Soviet republics met. Soviet troops entered Afghanistan in 1979.")
    codes = [(e.text, e.kb_id_) for e in doc.ents if e.text == "Soviet"]
    assert codes == [("Soviet", ""), ("Soviet", "SUN")]
