"""spaCy component `blocwatch_quotes`: direct quotes with their speakers → `doc._.quotes`.

`find_quotes(doc)` places every quoted passage (from the model-free `quote_marks` finder) in the
parse and attributes it (`blocwatch.attribution`); `set_annotations` turns what was found into
`records.Quote`.  Quotes nobody is said to have said (scare quotes, titles of reports, headline
tags of related articles) are dropped: the contract lists quotes *attributed to someone*.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from blocwatch.attribution import (
    Attribution,
    People,
    Speaker,
    _own_subject,
    attribute,
    is_speech_verb,
    load_lexicon,
    quote_tokens,
    resolve,
)
from blocwatch.pipeline.extensions import doc_text
from blocwatch.quote_marks import QuoteMark
from blocwatch.quote_marks import find_quotes as find_marks
from blocwatch.records import Quote, Span

#: Zones of the body that are not reported speech (see `blocwatch.article.ZONE_KINDS`).
SKIP_ZONES = ("byline", "caption", "photo_credit", "url", "header_date", "related", "dateline")
#: How many paragraphs back an unattributed quote paragraph may look for the speaker it continues.
CONTINUATION_PARAGRAPHS = 1


@dataclass
class FoundQuote:
    mark: QuoteMark
    attribution: Attribution
    speaker: Speaker | None
    first: int  # token range of the quote, marks included
    last: int


def _zones(doc: Doc) -> list[tuple[str, int, int]]:
    article = doc._.article
    if article is None:
        return []
    return [(z.kind, z.start, z.end) for z in getattr(article, "zones", [])]


def _zone_of(zones: list[tuple[str, int, int]], start: int) -> str | None:
    for kind, a, b in zones:
        if a <= start < b:
            return kind
    return None


def _paragraph_index(text: str, pos: int) -> int:
    """Paragraph number of a character (blank-line separated, as news bodies are)."""
    return sum(1 for block in text[:pos].split("\n") if block.strip()) if pos else 0


def _standalone(text: str, mark: QuoteMark) -> bool:
    """The quote opens its paragraph or sentence: it may go on with the previous speaker's words."""
    line_start = text.rfind("\n", 0, mark.start) + 1
    before = text[line_start : mark.start].rstrip()
    return not before or before[-1] in ".?!\"”’»"


def _whole_paragraph(text: str, mark: QuoteMark) -> bool:
    """The quote is its paragraph (nothing but marks and punctuation around it)."""
    line_start = text.rfind("\n", 0, mark.start) + 1
    line_end = text.find("\n", mark.end)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start : mark.start].strip() and not text[mark.end : line_end].strip(" .,\"”’'")


def _intro_speaker(doc: Doc, first: int, people: People, lex, history: list[Speaker]) -> Speaker | None:
    """ "Foreign Minister X spoke to reporters after the talks. ¶ "We have agreed ..."": a quote
    paragraph with no attribution right after a sentence whose verb of saying has a named person
    as subject continues that person's words."""
    i = first - 1
    while i >= 0 and (doc[i].is_space or doc[i].is_punct):
        i -= 1
    if i < 0 or "\n" not in doc[i + 1 : first].text + doc[first].whitespace_ and not any(
            t.is_space for t in doc[i + 1 : first]):
        return None
    sent = doc[i].sent
    root = sent.root
    if not is_speech_verb(root, lex) or any(t.text in '"“”' for t in sent):
        return None
    subj = _own_subject(root, lex)
    if subj is None or subj.i not in people.person_of:
        return None
    speaker = resolve(doc, subj, people, lex, history, first)
    if speaker is None or speaker.kind != "person":
        return None
    speaker.rule = "intro"
    return speaker


def find_quotes(doc: Doc) -> list[FoundQuote]:
    lex = load_lexicon()
    people = People.of(doc)
    zones = _zones(doc)
    history: list[Speaker] = []
    out: list[FoundQuote] = []
    prev: FoundQuote | None = None
    text = doc_text(doc)
    for mark in find_marks(text):
        zone = _zone_of(zones, mark.start)
        if zone in SKIP_ZONES:
            continue
        first, last = quote_tokens(doc, mark.start, mark.end)
        if last <= first:
            continue
        att = attribute(doc, first, last, people, lex, history)
        speaker = att.speaker
        if zone == "title" and att.rule not in ("clause", "sentence"):
            speaker = None
        if speaker is None and prev is not None and prev.speaker is not None and _standalone(text, mark):
            gap = _paragraph_index(text, mark.start) - _paragraph_index(text, prev.mark.start)
            if mark.continues_previous or gap <= CONTINUATION_PARAGRAPHS:
                speaker = Speaker(prev.speaker.name, prev.speaker.kind, prev.speaker.person_index,
                                  prev.speaker.token, "continuation")
        if speaker is None and prev is None and zone != "title" and _whole_paragraph(text, mark):
            speaker = _intro_speaker(doc, first, people, lex, history)
        found = FoundQuote(mark, att, speaker, first, last)
        out.append(found)
        if speaker is not None:
            history.append(speaker)
            prev = found
    # a quote left open at a paragraph's end and attributed only in a later paragraph of the same
    # quote ("The situation is dire. ¶ "We call on ...," X said.") takes the later speaker
    for k in range(len(out) - 2, -1, -1):
        cur, nxt = out[k], out[k + 1]
        if cur.speaker is None and not cur.mark.closed and nxt.mark.continues_previous \
                and nxt.speaker is not None and _zone_of(zones, cur.mark.start) != "title":
            s = nxt.speaker
            cur.speaker = Speaker(s.name, s.kind, s.person_index, s.token, "continuation")
    return out


def _evidence(doc: Doc, found: FoundQuote) -> Span:
    """The sentences from the quote to its verb and speaker mention."""
    idx = [found.first, found.last - 1]
    if found.attribution.verb is not None:
        idx.append(found.attribution.verb.i)
    if found.speaker is not None and found.speaker.token is not None and found.speaker.rule != "continuation":
        tok = found.speaker.token
        if abs(tok - found.first) < 80:
            idx.append(tok)
    start = doc[min(idx)].sent.start_char if doc.has_annotation("SENT_START") else doc[min(idx)].idx
    end_tok = doc[max(idx)]
    end = end_tok.sent.end_char if doc.has_annotation("SENT_START") else end_tok.idx + len(end_tok)
    start = min(start, found.mark.start)
    end = max(end, found.mark.end)
    text = doc_text(doc)
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span.of(text, start, end)


def set_annotations(doc: Doc, found: list[FoundQuote]) -> None:
    quotes: list[Quote] = []
    for f in found:
        if f.speaker is None:
            continue
        quotes.append(
            Quote(
                speaker=f.speaker.name,
                text=f.mark.text,
                direct=True,
                evidence=_evidence(doc, f),
                speaker_index=f.speaker.person_index,
            )
        )
    doc._.quotes = quotes


@Language.component(
    "blocwatch_quotes",
    requires=["doc._.people", "doc._.person_of"],
    assigns=["doc._.quotes"],
)
def blocwatch_quotes(doc: Doc) -> Doc:
    set_annotations(doc, find_quotes(doc))
    return doc
