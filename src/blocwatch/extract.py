"""Articles in, extractions out: the one library call behind `blocwatch extract` and `ingest`.

Docs are made from each article's verbatim body, so every span offset the components record is
an offset into `Article.body`. The article rides along on `doc._.article` so components can use
its publication date, byline and zones.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass

from spacy.language import Language
from spacy.tokens import Doc

from blocwatch.article import Article
from blocwatch.pipeline.nlp import PIPELINE_VERSION, load_nlp
from blocwatch.records import Extraction

BATCH_SIZE = 32


def kb_version() -> str | None:
    try:
        from blocwatch.kb import KB_VERSION
    except ImportError:  # the KB package is optional for bare pipelines in tests
        return None
    return KB_VERSION


def pipeline_info(nlp: Language) -> dict:
    meta = nlp.meta
    return {
        "version": PIPELINE_VERSION,
        "model": f"{meta.get('name')}-{meta.get('version')}",
        "kb_version": kb_version(),
        "components": list(nlp.pipe_names),
    }


def make_doc(nlp: Language, article: Article) -> Doc:
    doc = nlp.make_doc(article.body)
    doc._.article = article
    return doc


def assemble(doc: Doc, info: dict | None = None) -> Extraction:
    """Collect what the components left on the doc into one `Extraction`."""
    article: Article | None = doc._.article
    return Extraction(
        article=article.to_contract() if article is not None else {},
        people=list(doc._.people or []),
        organizations=list(doc._.organizations or []),
        places=list(doc._.places or []),
        memberships=list(doc._.memberships or []),
        quotes=list(doc._.quotes or []),
        events=list(doc._.events or []),
        pipeline=dict(info or {}),
        warnings=[_count_warning(w) for w in doc.user_data.get("membership_warnings", [])],
    )


def _count_warning(found: dict) -> dict:
    """A bloc size stated in the text that the KB does not agree with, as a readable warning."""
    evidence = found.get("evidence")
    return {
        "kind": "membership_count",
        "message": (f"the text gives {found.get('org')} {found.get('stated')} members; the knowledge base "
                    f"counts {found.get('kb')} on {found.get('at')}"),
        "evidence": asdict(evidence) if evidence is not None else None,
    }


@dataclass
class Extracted:
    article: Article
    extraction: Extraction | None
    error: str | None = None  # set when the pipeline failed on this article (nothing else is lost)


def extract_articles(
    articles: Iterable[Article], nlp: Language | None = None, batch_size: int = BATCH_SIZE
) -> Iterator[Extracted]:
    """Run the pipeline over articles in batches, yielding each article with its extraction."""
    nlp = nlp or load_nlp()
    info = pipeline_info(nlp)
    pending: list[Article] = []

    def one(article: Article) -> Extracted:
        try:
            return Extracted(article, assemble(nlp(make_doc(nlp, article)), info))
        except Exception as exc:  # a component bug on one text must not sink the batch
            return Extracted(article, None, f"{type(exc).__name__}: {exc}")

    def flush() -> Iterator[Extracted]:
        try:
            docs = list(nlp.pipe([make_doc(nlp, a) for a in pending], batch_size=batch_size))
            results = [Extracted(a, assemble(d, info)) for a, d in zip(pending, docs, strict=True)]
        except Exception:
            results = [one(a) for a in pending]  # find the article that fails, keep the others
        pending.clear()
        yield from results

    for article in articles:
        pending.append(article)
        if len(pending) >= batch_size:
            yield from flush()
    if pending:
        yield from flush()


def article_from_text(text: str, published: str | None = None, title: str | None = None) -> Article:
    """A bare article for library use and tests (no reader heuristics)."""
    digest = hashlib.sha256(" ".join(text.split()).lower().encode()).hexdigest()[:16]
    return Article(id=digest, body=text, published=published, title=title, source_format="text")


def extract_text(text: str, published: str | None = None, nlp: Language | None = None) -> Extraction:
    """Extract from one plain text (no header parsing): handy in notebooks and tests."""
    article = article_from_text(text, published)
    done = next(extract_articles([article], nlp=nlp))
    if done.extraction is None:
        raise RuntimeError(done.error)
    return done.extraction
