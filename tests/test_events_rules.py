"""Event rules on hand-built parses (spacy.blank, no model): triggers, actors, nesting, negation, dates."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc, Span

from blocwatch.article import Article
from blocwatch.pipeline import extensions  # noqa: F401
from blocwatch.pipeline.event_rules import load_lexicon, word_keys
from blocwatch.pipeline.events import find_events, set_annotations

NLP = spacy.blank("en")


def make_doc(rows: list[tuple], ents: list[tuple[int, int, str, str]] = (), published: str | None = None) -> Doc:
    """rows: (word, head index, dep, pos, tag, lemma); ents: (start, end, label, kb_id)."""
    words = [r[0] for r in rows]
    spaces = [i + 1 < len(rows) and rows[i + 1][0] not in (".", ",", "'s") for i in range(len(rows))]
    doc = Doc(NLP.vocab, words=words, spaces=spaces, heads=[r[1] for r in rows], deps=[r[2] for r in rows],
              pos=[r[3] for r in rows], tags=[r[4] for r in rows], lemmas=[r[5] for r in rows],
              sent_starts=[i == 0 for i in range(len(rows))])
    doc.ents = [Span(doc, s, e, label=label, kb_id=kb) for s, e, label, kb in ents]
    if published:
        doc._.article = Article(id="t", body=doc.text, published=published)
    return doc


def run(doc: Doc):
    found = find_events(doc)
    set_annotations(doc, found)
    return doc._.events


def test_events_verb_with_subject_object_and_weekday() -> None:
    # "Chile criticized Peru on Friday ."  (published on a Wednesday: Friday looks back)
    doc = make_doc([
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Peru", 1, "dobj", "PROPN", "NNP", "Peru"),
        ("on", 1, "prep", "ADP", "IN", "on"),
        ("Friday", 3, "pobj", "PROPN", "NNP", "Friday"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=[(0, 1, "GPE", "CHL"), (2, 3, "GPE", "PER")], published="2024-05-08")
    [event] = run(doc)
    assert (event.type, event.mode, event.source, event.target) == ("ACCUSE", "disapprove", ["CHL"], ["PER"])
    assert (event.date, event.date_source) == ("2024-05-03", "text")
    assert event.evidence.text == doc.text and event.trigger.text == "criticized"


def test_events_plain_statement_is_not_an_event() -> None:
    doc = make_doc([
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("said", 1, "ROOT", "VERB", "VBD", "say"),
        ("nothing", 1, "dobj", "PRON", "NN", "nothing"),
        (".", 1, "punct", "PUNCT", ".", "."),
    ], ents=[(0, 1, "GPE", "CHL")])
    assert run(doc) == []


def test_events_negated_verb_is_dropped() -> None:
    doc = make_doc([
        ("Chile", 3, "nsubj", "PROPN", "NNP", "Chile"),
        ("did", 3, "aux", "AUX", "VBD", "do"),
        ("not", 3, "neg", "PART", "RB", "not"),
        ("condemn", 3, "ROOT", "VERB", "VB", "condemn"),
        ("Peru", 3, "dobj", "PROPN", "NNP", "Peru"),
    ], ents=[(0, 1, "GPE", "CHL"), (4, 5, "GPE", "PER")])
    assert run(doc) == []


def test_events_nested_content_is_coded_as_the_outer_event_with_its_target() -> None:
    # "Cuba agreed to hold talks with Haiti": AGREE (a future CONSULT), not a second CONSULT
    doc = make_doc([
        ("Cuba", 1, "nsubj", "PROPN", "NNP", "Cuba"),
        ("agreed", 1, "ROOT", "VERB", "VBD", "agree"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("hold", 1, "xcomp", "VERB", "VB", "hold"),
        ("talks", 3, "dobj", "NOUN", "NNS", "talk"),
        ("with", 4, "prep", "ADP", "IN", "with"),
        ("Haiti", 5, "pobj", "PROPN", "NNP", "Haiti"),
    ], ents=[(0, 1, "GPE", "CUB"), (6, 7, "GPE", "HTI")])
    [event] = run(doc)
    assert (event.type, event.source, event.target) == ("AGREE", ["CUB"], ["HTI"])


def test_events_nominal_withdrawal_with_of_source_and_from_target() -> None:
    # "the withdrawal of NATO from Kosovo began"
    doc = make_doc([
        ("the", 1, "det", "DET", "DT", "the"),
        ("withdrawal", 6, "nsubj", "NOUN", "NN", "withdrawal"),
        ("of", 1, "prep", "ADP", "IN", "of"),
        ("NATO", 2, "pobj", "PROPN", "NNP", "NATO"),
        ("from", 1, "prep", "ADP", "IN", "from"),
        ("Kosovo", 4, "pobj", "PROPN", "NNP", "Kosovo"),
        ("began", 6, "ROOT", "VERB", "VBD", "begin"),
    ], ents=[(3, 4, "ORG", "NATO"), (5, 6, "GPE", "XKX")])
    [event] = run(doc)
    assert (event.type, event.mode, event.source, event.target) == ("RETREAT", "withdraw", ["NATO"], ["XKX"])


def test_events_person_acts_for_their_state_and_demonym_codes_troops() -> None:
    # "Minister Lenz said Austrian troops attacked" -> person code first, then the demonym on troops
    doc = make_doc([
        ("Austrian", 1, "amod", "ADJ", "JJ", "austrian"),
        ("troops", 2, "nsubj", "NOUN", "NNS", "troop"),
        ("attacked", 2, "ROOT", "VERB", "VBD", "attack"),
        ("Lenz", 2, "dobj", "PROPN", "NNP", "Lenz"),
    ], ents=[(0, 1, "NORP", "AUT"), (3, 4, "PERSON", "")])
    from blocwatch.records import Person

    doc._.people = [Person(name="Lenz", code="SVN")]
    doc._.person_of = {3: 0}
    [event] = run(doc)
    assert (event.type, event.source, event.target) == ("ASSAULT", ["AUT"], ["SVN"])


def test_events_planned_consult_keeps_type_and_looks_forward() -> None:
    # "Chile is to meet Peru on Friday" published Wednesday: planned CONSULT on the coming Friday
    doc = make_doc([
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("is", 1, "ROOT", "AUX", "VBZ", "be"),
        ("to", 3, "aux", "PART", "TO", "to"),
        ("meet", 1, "xcomp", "VERB", "VB", "meet"),
        ("Peru", 3, "dobj", "PROPN", "NNP", "Peru"),
        ("on", 3, "prep", "ADP", "IN", "on"),
        ("Friday", 5, "pobj", "PROPN", "NNP", "Friday"),
    ], ents=[(0, 1, "GPE", "CHL"), (4, 5, "GPE", "PER")], published="2024-05-08")
    [event] = run(doc)
    assert (event.type, event.planned, event.date) == ("CONSULT", True, "2024-05-10")


def test_events_skip_caption_zone() -> None:
    doc = make_doc([
        ("Chile", 1, "nsubj", "PROPN", "NNP", "Chile"),
        ("criticized", 1, "ROOT", "VERB", "VBD", "criticize"),
        ("Peru", 1, "dobj", "PROPN", "NNP", "Peru"),
    ], ents=[(0, 1, "GPE", "CHL"), (2, 3, "GPE", "PER")], published="2024-05-08")
    from blocwatch.article import Zone

    doc._.article.zones = [Zone("caption", 0, len(doc.text))]
    assert run(doc) == []


def test_events_lexicon_is_versioned_and_well_formed() -> None:
    lex = load_lexicon()
    assert lex.version.startswith("plover-lexicon-v")
    plover = set(lex.types)
    assert len(plover) == 16
    for table in (lex.verbs, lex.nouns):
        for lemma, senses in table.items():
            assert senses, lemma
            assert all(s.type in plover for s in senses), lemma


def test_events_word_keys_recover_from_lemmatizer_errors() -> None:
    doc = make_doc([("staged", 0, "ROOT", "VERB", "VBD", "stag")])
    assert "stage" in word_keys(doc[0])
