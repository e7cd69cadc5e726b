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

from blocwatch.attribution import Attribution, People, Speaker, attribute, load_lexicon, quote_tokens
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


def find_quotes(doc: Doc) -> list[FoundQuote]:
    lex = load_lexicon()
    people = People.of(doc)
    zones = _zones(doc)
    history: list[Speaker] = []
    out: list[FoundQuote] = []
    prev: FoundQuote | None = None
    for mark in find_marks(doc_text(doc)):
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
        if speaker is None and prev is not None and prev.speaker is not None and _standalone(doc_text(doc), mark):
            gap = _paragraph_index(doc_text(doc), mark.start) - _paragraph_index(doc_text(doc), prev.mark.start)
            if mark.continues_previous or gap <= CONTINUATION_PARAGRAPHS:
                speaker = Speaker(prev.speaker.name, prev.speaker.kind, prev.speaker.person_index,
                                  prev.speaker.token, "continuation")
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
