"""Small builders shared by several test modules (imported as `helpers`; tests/ is on sys.path)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from blocwatch.extract import article_from_text, make_doc


def doc_with_ents(blank: Language, text: str, ents: list[tuple[str, str, str]]) -> Doc:
    """A doc whose entities are given as (surface text, label, kb_id), found left to right."""
    doc = blank(text)
    spans, pos = [], 0
    for surface, label, kb_id in ents:
        start = text.index(surface, pos)
        pos = start + len(surface)
        span = doc.char_span(start, pos, label=label, kb_id=kb_id)
        assert span is not None, surface
        spans.append(span)
    doc.ents = spans
    return doc


def events_of(nlp: Language, text: str, published: str = "2024-05-08", dateline: str | None = None) -> list:
    """The events the full pipeline reads from one text published on `published`."""
    doc = nlp.make_doc(text)
    article = article_from_text(text, published)
    if dateline:
        article.dateline_place = dateline
    doc._.article = article
    return nlp(doc)._.events


def event_case_misses(nlp: Language, cases) -> list[tuple]:
    """(text, type, what went wrong) for each (text, type, source, target) case not read as stated."""
    misses = []
    for text, kind, source, target in cases:
        found = events_of(nlp, text)
        events = [e for e in found if e.type == kind]
        if not events:
            misses.append((text, kind, "type", [(e.type, e.source) for e in found]))
            continue
        if source and not any(source in e.source for e in events):
            misses.append((text, kind, f"source {[e.source for e in events]}"))
        if target and not any(target in e.target for e in events):
            misses.append((text, kind, f"target {[e.target for e in events]}"))
    return misses


def event_types(nlp: Language, text: str) -> list[str]:
    """The PLOVER types read from one text, in order."""
    return [e.type for e in events_of(nlp, text)]


def event_kinds(nlp: Language, text: str) -> list[tuple[str, list[str]]]:
    """(type, source codes) of each event read from one text."""
    return [(e.type, e.source) for e in events_of(nlp, text)]


def event_triples(nlp: Language, text: str) -> list[tuple[str, list[str], list[str]]]:
    """(type, source codes, target codes) of each event read from one text."""
    return [(e.type, e.source, e.target) for e in events_of(nlp, text)]


def sorted_event_triples(nlp: Language, text: str) -> list[tuple[str, list[str], list[str]]]:
    """Like `event_triples`, with each code list sorted, for texts whose actors have no natural order."""
    return [(e.type, sorted(e.source), sorted(e.target)) for e in events_of(nlp, text)]


def roles_of(extraction, name: str) -> list[tuple[str | None, str | None]]:
    """(title, org or country) of each role of the person named `name` in an extraction, sorted."""
    person = next(p for p in extraction.people if p.name == name)
    return sorted((r.title, r.org_or_country) for r in person.roles)


def memberships_of(nlp: Language, text: str, published: str = "2024-05-10") -> set[tuple]:
    """(org, member, status) of each membership the full pipeline reads from one text."""
    doc = nlp(make_doc(nlp, article_from_text(text, published=published)))
    return {(m.org, m.member, m.status) for m in doc._.memberships}
