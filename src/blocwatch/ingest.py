"""Read articles into a workspace: idempotent, one commit per article, bad inputs reported.

An article already stored by the same pipeline version is skipped before the model runs, so
ingesting the same files twice costs only the reading. A bad file becomes a `ReadProblem` and the
batch goes on; an article whose extraction fails is reported and nothing of it is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from blocwatch.article import Article
from blocwatch.errors import ReadProblem
from blocwatch.extract import extract_articles
from blocwatch.pipeline.nlp import PIPELINE_VERSION
from blocwatch.readers import read_paths
from blocwatch.store import save_extraction


@dataclass
class IngestReport:
    stored: list[str] = field(default_factory=list)  # article ids newly stored (or re-extracted)
    unchanged: list[str] = field(default_factory=list)  # already in the workspace, same pipeline
    problems: list[ReadProblem] = field(default_factory=list)

    @property
    def read(self) -> int:
        return len(self.stored) + len(self.unchanged)

    def summary(self) -> str:
        fatal = sum(p.fatal for p in self.problems)
        skipped = len(self.problems) - fatal
        return (f"{len(self.stored)} stored, {len(self.unchanged)} already in the workspace, "
                f"{fatal} could not be read, {skipped} skipped")


def _stored_version(conn: sqlite3.Connection, article_id: str) -> str | None:
    row = conn.execute("SELECT pipeline_version FROM extractions WHERE article_id = ?", (article_id,)).fetchone()
    return None if row is None else row[0]


def ingest(
    conn: sqlite3.Connection,
    paths: Iterable[str | Path],
    *,
    force: bool = False,
    on_article: Callable[[Article | ReadProblem], None] | None = None,
    nlp=None,
    max_bytes: int = 5_000_000,
) -> IngestReport:
    """Read, extract and store every article under `paths`."""
    report = IngestReport()
    seen: set[str] = set()

    def todo() -> Iterator[Article]:
        for item in read_paths(paths, max_bytes=max_bytes):
            if isinstance(item, ReadProblem):
                report.problems.append(item)
                if on_article:
                    on_article(item)
                continue
            if item.id in seen or (not force and _stored_version(conn, item.id) == PIPELINE_VERSION):
                report.unchanged.append(item.id)
                seen.add(item.id)
                if on_article:
                    on_article(item)
                continue
            seen.add(item.id)
            yield item

    for done in extract_articles(todo(), nlp=nlp):
        if done.extraction is None:
            problem = ReadProblem(done.article.path or done.article.id, "E030",
                                  f"{done.article.path or done.article.id}: extraction failed ({done.error}); "
                                  "nothing of it was stored. Please report this article.")
            report.problems.append(problem)
            if on_article:
                on_article(problem)
            continue
        save_extraction(conn, done.article, done.extraction)
        report.stored.append(done.article.id)
        if on_article:
            on_article(done.article)
    return report
