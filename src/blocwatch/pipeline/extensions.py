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


def doc_text(doc: Doc) -> str:
    """The doc's text without rebuilding it from its tokens on every call.

    `doc.text` joins every token each time it is read, so reading it per entity or per quote is
    quadratic in the article's length. The article body is the same string when the doc was made
    from it; otherwise the text is built once and kept in `doc.user_data`.
    """
    article = doc._.article
    body = getattr(article, "body", None)
    if isinstance(body, str) and len(doc) and doc[-1].idx + len(doc[-1].text_with_ws) == len(body):
        return body
    text = doc.user_data.get("blocwatch_text")
    if text is None or len(text) != (doc[-1].idx + len(doc[-1].text_with_ws) if len(doc) else 0):
        text = doc.text
        doc.user_data["blocwatch_text"] = text
    return text
