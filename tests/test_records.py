"""Evidence spans point exactly at their text, without the white space around a sentence."""

import spacy

from blocwatch.records import Span


def test_span_of_trims_white_space_and_keeps_offsets_exact():
    body = "First.\n\nSecond sentence here.\n\nThird."
    start = body.index("Second") - 2
    span = Span.of(body, start, body.index("Third"))
    assert span.text == "Second sentence here."
    assert body[span.start:span.end] == span.text


def test_span_from_spacy_sentence_drops_the_paragraph_break():
    doc = spacy.blank("en")("One two.\n\nThree four.")
    span = Span.from_spacy(doc[0:4])  # "One two.\n\n" as a token span
    assert (span.text, span.start, span.end) == ("One two.", 0, 8)


def test_span_all_white_space_is_left_alone():
    assert Span.of("a   b", 1, 4) == Span(1, 4, "   ")
