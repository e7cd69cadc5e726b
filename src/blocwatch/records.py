"""Records that make up one article's extraction, in the shape of the extraction contract.

Every record that states something carries the `Span` of text that supports it, so a reader can
always go back from a fact to the sentence behind it (shared/contract/EXTRACT.md).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any


@dataclass(frozen=True)
class Span:
    """Character offsets into `Article.body`, with the text they cover (kept for readability)."""

    start: int
    end: int
    text: str

    @classmethod
    def of(cls, body: str, start: int, end: int) -> Span:
        return cls.trimmed(start, end, body[start:end])

    @classmethod
    def trimmed(cls, start: int, end: int, text: str) -> Span:
        """Without surrounding white space (a sentence span carries its paragraph break)."""
        lead = len(text) - len(text.lstrip())
        tail = len(text) - len(text.rstrip())
        if lead == len(text):
            return cls(start, end, text)
        return cls(start + lead, end - tail, text[lead:len(text) - tail])

    @classmethod
    def from_spacy(cls, span: Any) -> Span:
        """From a spaCy `Span` or `Token`: offsets are the doc's, which are the body's."""
        # `span.text` is the body's slice; `doc.text` would rebuild the whole text on every call
        if hasattr(span, "start_char"):
            return cls.trimmed(span.start_char, span.end_char, span.text)
        return cls.trimmed(span.idx, span.idx + len(span), span.text)


@dataclass
class Role:
    title: str | None
    org_or_country: str | None
    evidence: Span


@dataclass
class Person:
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    mentions: list[Span] = field(default_factory=list)
    code: str | None = None  # the state or organisation the person acts for, when known


@dataclass
class Organization:
    name: str
    acronym: str | None
    kind: str
    mentions: list[Span] = field(default_factory=list)
    code: str | None = None  # KB code when the organisation is in the knowledge base


@dataclass
class Place:
    name: str
    country: str | None
    kind: str  # city | country | region | other
    lat: float | None = None
    lon: float | None = None
    mentions: list[Span] = field(default_factory=list)
    geonameid: int | None = None


@dataclass
class Membership:
    org: str
    member: str
    status: str
    since: str | None
    until: str | None
    evidence: Span


@dataclass
class Quote:
    speaker: str | None
    text: str
    direct: bool
    evidence: Span
    speaker_index: int | None = None  # index into the article's people, when the speaker is a person
    event_index: int | None = None  # index into the article's events this quote is evidence of (events sets it)


@dataclass
class Event:
    type: str
    mode: str | None
    source: list[str]
    target: list[str]
    date: str | None
    place: str | None
    evidence: Span
    trigger: Span | None = None
    cameo: str | None = None
    planned: bool = False
    negated: bool = False
    date_source: str | None = None  # "text" when the sentence dates it, "published" when assumed
    source_sector: str | None = None  # PLOVER sector of the source (GOV, MIL, COP, ...), when the text says
    target_sector: str | None = None


@dataclass
class Extraction:
    """Everything read from one article; `to_contract()` is what `blocwatch extract` writes."""

    article: dict
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    places: list[Place] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    pipeline: dict = field(default_factory=dict)
    warnings: list[dict] = field(default_factory=list)  # e.g. a bloc size the text gives that the KB contradicts

    def to_contract(self) -> dict:
        out: dict[str, Any] = {"article": self.article}
        for key in ("people", "organizations", "places", "memberships", "quotes", "events"):
            out[key] = [asdict(item) for item in getattr(self, key)]
        out["pipeline"] = self.pipeline
        out["warnings"] = list(self.warnings)
        return out
