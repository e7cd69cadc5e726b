"""The :class:`Article` every reader produces and every later stage consumes.

``Article.body`` is the one text all evidence spans point into, so it is kept verbatim: readers
only *report* what they recognise (title line, byline, date line, caption, trailing URL,
dateline) as :class:`Zone` offsets into it, and never cut or rewrite it.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

#: Zone kinds readers emit. Later stages use them to skip non-prose (bylines, captions) or to
#: read metadata with evidence (the date line, the dateline place).
ZONE_KINDS = (
    "title",
    "byline",
    "dateline",
    "caption",
    "photo_credit",
    "url",
    "header_date",
    "related",
)


@dataclass
class Zone:
    """A recognised part of the body: ``body[start:end]`` is its exact text."""

    kind: str
    start: int
    end: int

    def text(self, body: str) -> str:
        return body[self.start : self.end]


@dataclass
class Article:
    """One news article, as read from a file, a JSON Lines record, a feed entry or stdin."""

    id: str
    body: str
    title: str | None = None
    url: str | None = None
    published: str | None = None  # "YYYY-MM-DD"
    authors: list[str] = field(default_factory=list)
    agency: str | None = None  # "AFP" from "for AFP", "(AFP)", "Reuters"
    path: str | None = None  # source file path (for jsonl/feeds: "file.jsonl:12")
    stem: str | None = None  # output file stem
    language: str = "en"
    source_format: str = "txt"  # txt|html|jsonl|feed|stdin
    zones: list[Zone] = field(default_factory=list)
    dateline_place: str | None = None
    warnings: list[str] = field(default_factory=list)

    def zones_of(self, kind: str) -> list[Zone]:
        return [z for z in self.zones if z.kind == kind]

    def zone_text(self, zone: Zone) -> str:
        return self.body[zone.start : zone.end]

    def to_contract(self) -> dict[str, Any]:
        """The ``"article"`` object of ``contract/EXTRACT.md`` (plus ``agency``)."""
        return {
            "id": self.id,
            "path": self.path,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "authors": list(self.authors),
            "language": self.language,
            "agency": self.agency,
        }

    def to_dict(self) -> dict[str, Any]:
        """Everything, for storage or debugging (zones as dicts)."""
        return asdict(self)
