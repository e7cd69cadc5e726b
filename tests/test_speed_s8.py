"""The events step's per-doc index (`DocIndex`) and zone test (`skipped_zones`): speed helpers that must answer
exactly what the token properties and `in_skipped_zone` answer (no timed tests)."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc
from spacy.vocab import Vocab

from blocwatch.article import Article, Zone
from blocwatch.pipeline import extensions  # noqa: F401  (registers doc._.article)
from blocwatch.pipeline.event_rules import in_skipped_zone, load_lexicon
from blocwatch.pipeline.events import DocIndex, attach_dates, find_events, lede_date, skipped_zones
from blocwatch.pipeline.extensions import doc_text

WORDS = ["ROME", ",", "May", "3", "-", "Italian", "troops", "reached", "the", "Alps", "quickly", "."]
POS = ["PROPN", "PUNCT", "PROPN", "NUM", "PUNCT", "ADJ", "NOUN", "VERB", "DET", "PROPN", "ADV", "PUNCT"]
DEPS = ["npadvmod", "punct", "npadvmod", "nummod", "punct", "amod", "nsubj", "ROOT", "det", "dobj", "advmod", "punct"]
HEADS = [7, 7, 7, 2, 7, 6, 7, 7, 9, 7, 7, 7]


def _doc(zones: list[Zone] | None) -> Doc:
    doc = Doc(Vocab(), words=WORDS, spaces=[False, True, True, True, True, True, True, True, True, False, False, False],
              pos=POS, deps=DEPS, heads=HEADS, ents=["B-GPE", "O", "O", "O", "O", "B-NORP", "O", "O", "O", "B-LOC",
                                                     "O", "O"])
    if zones is not None:
        doc._.article = Article(id="t", body=doc.text, zones=zones)
    return doc


@pytest.mark.parametrize("zones", [None, [], [Zone("dateline", 0, 13)], [Zone("title", 2, 5), Zone("url", 40, 60)],
                                   [Zone("paragraph", 0, 30)]])
def test_skipped_zones_answers_as_in_skipped_zone(zones):
    doc = _doc(zones)
    skipped = skipped_zones(doc)
    answers = [skipped(c) for c in range(-1, len(doc.text) + 2)]
    assert answers == [in_skipped_zone(doc, c) for c in range(-1, len(doc.text) + 2)]
    if zones and zones[0].kind == "dateline":
        assert skipped(0) and skipped(12) and not skipped(13)  # "ROME, May 3 -" is the dateline


def test_doc_index_reads_the_token_properties():
    doc = _doc([])
    index = DocIndex(doc)
    for tok in doc:
        i = tok.i
        assert index.open_class(i) == (tok.pos_ in ("VERB", "ADJ", "NOUN") or tok.pos_ == "PROPN" and not tok.ent_type_)
        assert index.relaxed_class(i) == (tok.pos_ == "VERB" or tok.pos_ == "NOUN" and not tok.ent_type_)
        assert index.verb(i) == (tok.pos_ == "VERB")
        assert index.subject(i) == (tok.dep_ in ("nsubj", "nsubjpass"))
        assert index.elided_dep(i) == (tok.dep_ in ("advcl", "conj", "ccomp"))
    sent = doc[0:len(doc)]
    assert [t.text for t in index.tokens(sent, index.open_class)] == ["May", "Italian", "troops", "reached"]
    assert [t.text for t in index.tokens(sent, index.subject)] == ["troops"]
    assert [t.text for t in index.tokens(doc[5:8], index.verb)] == ["reached"]


def test_doc_index_of_an_empty_doc():
    index = DocIndex(Doc(Vocab(), words=[]))
    assert index.pos == index.ent == index.dep == []


@pytest.mark.model
def test_index_follows_the_parse_repairs(nlp):
    """`find_events` re-hangs the parse before it reads it ("The army relaxed rules on ...", parsed as a noun
    phrase, becomes subject and verb): an index built afterwards sees the repaired labels, one built before does not."""
    with nlp.select_pipes(disable=["blocwatch_events"]):
        doc = nlp("The army relaxed rules on foreign travel.")
    stale = DocIndex(doc)
    found = find_events(doc, load_lexicon())
    index = DocIndex(doc)
    for tok in doc:
        assert index.subject(tok.i) == (tok.dep_ in ("nsubj", "nsubjpass"))
        assert index.verb(tok.i) == (tok.pos_ == "VERB")
    assert index.subject(1) and index.verb(2)  # "army", "relaxed"
    assert not stale.subject(1) and not stale.verb(2)
    assert [(f.type, f.trigger.text) for f in found] == [("CONCEDE", "relaxed")]


@pytest.mark.model
def test_sentence_text_slices_and_lede_date_shortcuts(nlp):
    body = ("BERLIN, March 4 - Germany and France held talks in Berlin on Monday.\n\nThe two ministers will meet "
            "again  in  June, an aide said.\n\n  Police arrested three men on Sunday.  ")
    article = Article(id="x", body=body, published="2024-03-05", zones=[Zone("dateline", 0, 17)])
    with nlp.select_pipes(disable=["blocwatch_events"]):
        doc = nlp.make_doc(body)
        doc._.article = article
        for _name, proc in nlp.pipeline:
            doc = proc(doc)
    text = doc_text(doc)
    assert text == doc.text
    for sent in doc.sents:
        assert text[sent.start_char:sent.end_char] == sent.text
    assert lede_date(doc, "2024-03-05") == lede_date(doc, "2024-03-05", text=text, skipped=skipped_zones(doc))
    assert lede_date(doc, "2024-03-05") == "2024-03-04"  # "on Monday", the day before publication
    found = find_events(doc, load_lexicon())
    dates = attach_dates(doc, found)
    assert len(dates) == len(found) and ("2024-03-04", "text") in dates
