"""The bundled samples are readable, English, in the expected shape, and not eval text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from blocwatch.article import Article
from blocwatch.readers import read_paths, split_header
from blocwatch.samples import SAMPLES_DIR, sample_paths

EVAL_DIR = Path("/work/shared/eval/articles")


def _articles() -> list[Article]:
    items = list(read_paths(sample_paths()))
    assert all(isinstance(i, Article) for i in items), [str(i) for i in items]
    return [i for i in items if isinstance(i, Article)]


def test_sample_paths_lists_the_briefs() -> None:
    paths = sample_paths()
    assert 4 <= len(paths) <= 6
    assert paths == sorted(paths)
    assert all(p.suffix == ".txt" and p.parent == SAMPLES_DIR for p in paths)
    assert (SAMPLES_DIR / "README.md").exists()


def test_samples_read_cleanly_with_metadata() -> None:
    articles = _articles()
    assert len({a.id for a in articles}) == len(articles)
    for article in articles:
        assert article.language == "en"
        assert article.title and article.published and article.url
        assert not article.warnings
        words = len(article.body.split())
        assert 150 <= words <= 350, (article.stem, words)


def test_samples_have_quotes_with_said() -> None:
    for article in _articles():
        assert re.search(r"[\"“][^\"”]{10,}[,.]?[\"”] (?:[\w' -]+ )?said", article.body), article.stem


def test_most_samples_use_the_header_and_one_is_raw() -> None:
    headers = [split_header(p.read_text(encoding="utf-8"))[0] is not None for p in sample_paths()]
    assert headers.count(False) == 1
    assert headers.count(True) >= 3


def test_raw_sample_exercises_the_raw_reader() -> None:
    [raw] = [a for a in _articles() if not a.url or a.zones_of("byline")]
    kinds = {z.kind for z in raw.zones}
    assert {"title", "byline", "header_date", "caption", "dateline", "url"} <= kinds
    assert len(raw.authors) == 2 and raw.agency == "Reuters"
    assert raw.url and raw.url.startswith("https://example.org/")


@pytest.mark.skipif(not EVAL_DIR.exists(), reason="shared eval data not present")
def test_samples_share_no_eight_word_run_with_eval_articles() -> None:
    def grams(text: str, n: int = 8) -> set[str]:
        words = re.findall(r"\w+", text.lower())
        return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}

    eval_grams: set[str] = set()
    for path in EVAL_DIR.glob("*.txt"):
        eval_grams |= grams(path.read_text(encoding="utf-8"))
    for path in sample_paths():
        assert not grams(path.read_text(encoding="utf-8")) & eval_grams, path.name
