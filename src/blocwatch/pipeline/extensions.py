"""All blocwatch `Doc` extensions, registered once and early (never overwriting spaCy's own)."""

from __future__ import annotations

from spacy.tokens import Doc

# name -> default factory; lists are created per doc by the getter-free `default=None` + setters
DOC_EXTENSIONS = (
    "article",  # blocwatch.article.Article being read (set before the pipeline runs)
    "people",  # list[records.Person]
    "person_of",  # dict[int, int]: token index -> index into doc._.people
    "organizations",  # list[records.Organization]
    "places",  # list[records.Place]
    "memberships",  # list[records.Membership]
    "quotes",  # list[records.Quote]
    "events",  # list[records.Event]
)


def register_extensions() -> None:
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register_extensions()
