"""Paragraph breaks start sentences, except where a scrape broke a sentence mid-way."""

import spacy

from blocwatch.pipeline.paragraphs import paragraph_starts


def test_paragraphs_heading_lines_become_their_own_sentences():
    nlp = spacy.blank("en")
    doc = nlp("Leaders Meet in Astana\n\nBy Jane Roe for Reuters\n\nMarch 3, 2024\n\nThe talks began.")
    starts = [doc[i].text for i in paragraph_starts(doc)]
    assert starts == ["By", "March", "The"]


def test_paragraphs_lower_case_continuation_is_not_a_break():
    nlp = spacy.blank("en")
    doc = nlp("The crisis deepened in the\n\naftermath of the vote. Then\nTalks resumed.")
    starts = [doc[i].text for i in paragraph_starts(doc)]
    assert starts == ["Talks"]


def test_paragraphs_component_marks_sentence_starts():
    import blocwatch.pipeline.paragraphs  # noqa: F401  (registers the component)

    nlp = spacy.blank("en")
    nlp.add_pipe("blocwatch_paragraphs")
    doc = nlp("Leaders Meet in Astana\n\nBy Jane Roe for Reuters\n\nThe talks\n\nbegan late.")
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Leaders", "By", "The"]
