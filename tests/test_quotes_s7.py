# ruff: noqa: E501  (news paragraphs are kept on one line, as published)
"""Quotes on unseen wire copy (s7): the speaker nearer the quote than the sentence's subject, a
spokesman coordinated after a comma, the one who reads a statement out, an organisation named by
its acronym, a document's wording without a verb of saying, "quoted by X as saying", inverted
"read a statement from X" and ""...," warned an official", descriptions cut at their comma,
"That was the message from X", quote paragraphs after "X spoke to reporters". Sentences written for these tests;
none comes from an evaluation, dev or tuning set."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text, make_doc


def quotes(nlp, text: str) -> list[tuple[str, str | None]]:
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-05-10")))
    return [(q.text, q.speaker) for q in doc._.quotes]


CASES = [
    # the closing quotation mark is hung on the sentence's root ("welcomed"): the words' own
    # attachment leads to the nearer verb of saying and its subject
    ("""Gulf states welcome talks

The White House welcomed the agreement between the two rivals, although its press secretary, Maria Delgado, said it was too early to know whether Tehran would "keep its word."
""", [("keep its word", "Maria Delgado")]),
    # "A, ..., urged ..., and its spokesman, X, said": the parser coordinates the spokesman with A
    ("""Seoul signals flexibility

South Korea, the alliance's closest partner, urged restraint on Tuesday, and its foreign ministry spokesman, Lee Jun-ho, said the tariffs "could be reviewed" if the talks went well.
""", [("could be reviewed", "Lee Jun-ho")]),
    # a statement read out by someone: the reader voices it
    ("""Junta cuts ties

In a statement read on national radio by Major Ibrahim Sow, a spokesman for the military council, the ruling officers accused the bloc of "betraying its own charter" and said they would leave.
""", [("betraying its own charter", "Ibrahim Sow")]),
    # an organisation named by its acronym keeps the name the text gives
    ("""Bloc responds

SADC said on Monday that it had been informed of the decision and hoped for "a peaceful settlement of the dispute."
""", [("a peaceful settlement of the dispute", "SADC")]),
    # a resolution's wording: the quote sits in a clause on the document, no verb of saying
    ("""Assembly acts

The UN General Assembly on Friday passed a resolution that allows "all necessary measures" to protect civilians.
""", [("all necessary measures", "UN General Assembly")]),
    # "X was quoted by state media as saying": X speaks, not the media
    ("""Border stays shut

Interior Minister Laila Nasser was quoted by state media as saying the border would remain "closed until further notice."
""", [("closed until further notice", "Laila Nasser")]),
    # inverted document verb: ""...," read a statement from the commission"
    ("""Commission condemns attack

"We condemn this attack in the strongest terms," read a statement from the African Union Commission.
""", [("We condemn this attack in the strongest terms", "African Union Commission")]),
    # an unnamed source's description stops at its comma
    ("""Plan falters

A senior European diplomat, speaking on condition of anonymity, said the plan was "dead in the water."
""", [("dead in the water", "senior European diplomat")]),
    # a lower-case word the tagger takes for a name is no speaker: the headline's minister is the article's
    ("""'We will not retreat,' says defiant minister

Defence Minister Oleg Marchenko said on Monday his country would "not retreat" under pressure.
""", [("We will not retreat", "Oleg Marchenko"), ("not retreat", "Oleg Marchenko")]),
    # the speaker after the fronted quote, parsed as the verb's object
    ("""Warning to Moscow

"There will be consequences," warned a senior State Department official.
""", [("There will be consequences", "State Department")]),
    # the quote named as a message in the short sentence after it
    ("""Otieno's message

"Enough is enough." That was the message from Kenyan President Samuel Otieno on Monday.
""", [("Enough is enough.", "Samuel Otieno")]),
    # quote paragraphs right after a sentence in which a named person speaks
    ("""Roadmap agreed

Foreign Minister Lena Berg spoke to reporters after talks in Oslo on Monday.

"We have agreed on a roadmap."

"The next round will take place in Geneva."
""", [("We have agreed on a roadmap.", "Lena Berg"), ("The next round will take place in Geneva.", "Lena Berg")]),
]


@pytest.mark.model
@pytest.mark.parametrize("text,expected", CASES, ids=[c[1][0][0][:30] for c in CASES])
def test_wire_speakers(nlp, text, expected):
    assert quotes(nlp, text) == expected


@pytest.mark.model
def test_wire_shapes_keep_working(nlp):
    """Split quotes, pronoun speakers, colon-introduced quotes and "told AFP" on one wire story."""
    text = """Talks stall

BRUSSELS (Blocwire) — "We are not there yet," EU trade commissioner Anna Keller told AFP on Monday. "There is still a gap on agriculture."

Keller met Canada's trade minister, Paul Roy, later in the day. She said the talks were "frank and useful."

Roy said: "We will come back next month."
"""
    assert quotes(nlp, text) == [
        ("We are not there yet", "Anna Keller"),
        ("There is still a gap on agriculture.", "Anna Keller"),
        ("frank and useful", "Anna Keller"),
        ("We will come back next month.", "Paul Roy"),
    ]
