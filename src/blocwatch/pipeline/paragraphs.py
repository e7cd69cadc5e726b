"""Sentence starts at paragraph breaks.

Scraped news puts the headline, byline, date line and photo caption on lines of their own without
final punctuation; the parser glues them into one long "sentence". A line break starts a new
sentence unless the next line begins in lower case (a paragraph broken mid-sentence by the scrape).
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc


def paragraph_starts(doc: Doc) -> list[int]:
    """Token indices that begin a new paragraph."""
    starts = []
    for i, tok in enumerate(doc[:-1]):
        if "\n" not in tok.whitespace_ and not (tok.is_space and "\n" in tok.text):
            continue
        nxt = i + 1
        while nxt < len(doc) and doc[nxt].is_space:
            nxt += 1
        if nxt >= len(doc):
            break
        first = doc[nxt].text[:1]
        if first.islower():
            continue
        starts.append(nxt)
    return starts


@Language.component(
    "blocwatch_paragraphs",
    assigns=["token.is_sent_start"],
)
def blocwatch_paragraphs(doc: Doc) -> Doc:
    starts = paragraph_starts(doc)
    if not starts:
        return doc
    # one array write: setting `token.is_sent_start` one by one rescans the doc each time
    values = doc.to_array([SENT_START])
    values[starts] = 1
    doc.from_array([SENT_START], values)
    return doc
