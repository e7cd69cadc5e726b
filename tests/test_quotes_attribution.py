"""Speaker attribution: model-free checks on hand-built docs, then a few sentences through the
real pipeline (written for these tests in Reuters/AP/AFP styles; none comes from the eval set)."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from blocwatch.attribution import People, attribute, canonical_title, load_lexicon, subject_of
from blocwatch.records import Person, Role, Span


@pytest.fixture(scope="module")
def vocab():
    return spacy.blank("en").vocab


def parsed(vocab, words, heads, deps, pos, lemmas, ents=None) -> Doc:
    doc = Doc(vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas, ents=ents)
    return doc


def test_lexicon_has_a_version_and_core_verbs():
    lex = load_lexicon()
    assert lex.version.startswith("speech-verbs-")
    assert {"say", "tell", "add", "warn", "write", "tweet"} <= lex.verbs
    assert "quote" in lex.speaker_is_object


def test_canonical_title_maps_descriptions_to_offices():
    assert canonical_title("top diplomat") == "foreign minister"
    assert canonical_title("Defence Minister") == "defense minister"
    assert canonical_title("premier") == "prime minister"


def test_people_from_entities_merges_one_word_mentions_into_full_names(vocab):
    words = ["Hu", "Wei", "arrived", ".", "Hu", "spoke", "."]
    doc = Doc(vocab, words=words, ents=["B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "O", "O"])
    people = People.from_entities(doc)
    assert [p.name for p in people.people] == ["Hu Wei"]
    assert people.person_of[4] == 0
    assert people.by_surname("Hu") == 0


def test_people_by_title_prefers_matching_country():
    ev = Span(0, 1, "x")
    people = People(
        [Person("Ana Diaz", roles=[Role("Foreign Minister", "ESP", ev)]),
         Person("Jan Berg", roles=[Role("Foreign Minister", "SWE", ev)])],
        {0: 0, 5: 1},
    )
    people.mention_tokens = sorted(people.person_of.items())
    assert people.by_title("foreign minister", "ESP", 10) == 0
    assert people.by_title("foreign minister", None, 10) == 1  # the most recently mentioned


def test_subject_of_conjoined_verb_borrows_the_first_verbs_subject(vocab):
    # "Berg warned and added X" : added is conj of warned
    words = ["Berg", "warned", "and", "added", "it"]
    doc = parsed(vocab, words, heads=[1, 1, 1, 1, 3], deps=["nsubj", "ROOT", "cc", "conj", "dobj"],
                 pos=["PROPN", "VERB", "CCONJ", "VERB", "PRON"], lemmas=["Berg", "warn", "and", "add", "it"])
    assert subject_of(doc[3], load_lexicon()).text == "Berg"


def test_attribute_quote_verb_object_is_the_speaker(vocab):
    # 'Agency quotes Ivan Petrov as saying "..."' : speaker is the object of "quote"
    words = ["Tass", "quotes", "Ivan", "Petrov", "as", "saying", '"', "calm", '"']
    doc = parsed(vocab, words, heads=[1, 1, 3, 1, 5, 1, 7, 5, 7],
                 deps=["nsubj", "ROOT", "compound", "dobj", "mark", "advcl", "punct", "ccomp", "punct"],
                 pos=["PROPN", "VERB", "PROPN", "PROPN", "SCONJ", "VERB", "PUNCT", "ADJ", "PUNCT"],
                 lemmas=["Tass", "quote", "Ivan", "Petrov", "as", "say", '"', "calm", '"'],
                 ents=["B-ORG", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O"])
    people = People.of(doc)
    att = attribute(doc, 6, 9, people, load_lexicon(), [])
    assert att.speaker is not None and att.speaker.name == "Ivan Petrov"


# --------------------------------------------------------------------------------------------
# through the real pipeline

CASES = [
    # (text, expected quote texts with speakers in order)
    ('"We will not accept this," Foreign Minister Ana Diaz told reporters on Monday.',
     [("We will not accept this", "Ana Diaz")]),
    ('"The door remains open," said Jan Berg, the alliance\'s secretary general.',
     [("The door remains open", "Jan Berg")]),
    ("Talks will resume next week, according to Maria Ionescu, who chairs the panel. "
     "\u201cWe are close,\u201d she said.",
     [("We are close", "Maria Ionescu")]),
    ('Prime Minister Tomas Kerr said he "welcomed" the ruling and called it "a fair outcome".',
     [("welcomed", "Tomas Kerr"), ("a fair outcome", "Tomas Kerr")]),
    ("The foreign ministry said in a statement that the sanctions were \u201cillegal\u201d.",
     [("illegal", "foreign ministry")]),
    ('Protesters chanted "Free elections now" outside parliament.',
     [("Free elections now", "Protesters")]),
    ('BERLIN (AP) \u2014 German Chancellor Petra Vogel on Wednesday urged partners to "stand together".',
     [("stand together", "Petra Vogel")]),
    ('"This is a dark day for democracy," tweeted opposition leader Maria Santos.',
     [("This is a dark day for democracy", "Maria Santos")]),
    ("The ASEAN Council for Trade, Energy and Transport said it called on members to \u201cact now\u201d.",
     [("act now", "ASEAN Council for Trade, Energy and Transport")]),
    ('The bloc will expand, according to Lula, who called the decision "historic".',
     [("historic", "Lula")]),
]


@pytest.mark.model
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_quotes_attribution_sentences(nlp, text, expected):
    doc = nlp(text)
    got = [(q.text, q.speaker) for q in doc._.quotes]
    assert got == expected


@pytest.mark.model
def test_quotes_attribution_pronoun_and_continuation_paragraph(nlp):
    text = (
        "Jan Berg, the alliance's secretary general, met ministers in Oslo on Tuesday.\n\n"
        '"Our unity is our strength," he said. "Nobody should doubt it."\n\n'
        "\u201cThe next summit will decide the rest,\u201d Berg added."
    )
    doc = nlp(text)
    got = [(q.text, q.speaker) for q in doc._.quotes]
    assert got == [
        ("Our unity is our strength", "Jan Berg"),
        ("Nobody should doubt it.", "Jan Berg"),
        ("The next summit will decide the rest", "Jan Berg"),
    ]
    for q in doc._.quotes:
        assert text[q.evidence.start : q.evidence.end] == q.evidence.text
        assert q.text in q.evidence.text


@pytest.mark.model
def test_quotes_attribution_unattributed_scare_quotes_are_dropped(nlp):
    doc = nlp("Analysts see the so-called 'reset' as a thing of the past.\n\nThe report was published on Monday.")
    assert doc._.quotes == []
