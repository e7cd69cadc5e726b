"""`blocwatch bench`: extraction speed next to bare spaCy on the same texts, in the same run.

Each configuration runs in its own child process so its peak memory (ru_maxrss) is its own and
model loading is not counted in the throughput. Texts are repeated until there are at least
`min_words` words, so small samples still give stable figures. The two configurations run
alternately for several rounds and the fastest run of each counts (as `timeit` does): on a shared
or virtual machine, other load and CPU steal only ever slow a run down, and alternating keeps a
slow spell from landing on one configuration only. Every round's ratio is printed too.
"""

from __future__ import annotations

import multiprocessing as mp
import resource
import time
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class BenchResult:
    name: str
    articles: int
    words: int
    seconds: float  # the fastest run
    peak_mb: float
    runs: list[float] = field(default_factory=list)  # seconds of every run, in order

    @property
    def articles_per_s(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0

    @property
    def words_per_s(self) -> float:
        return self.words / self.seconds if self.seconds else 0.0


def _run(kind: str, bodies: list[str], queue: mp.Queue) -> None:
    from blocwatch.extract import article_from_text, extract_articles
    from blocwatch.pipeline.nlp import bare_nlp, build_nlp

    if kind == "bare":
        nlp = bare_nlp()
        list(nlp.pipe(bodies[:2]))  # warm up
        start = time.perf_counter()
        for _ in nlp.pipe(bodies, batch_size=32):
            pass
    else:
        nlp = build_nlp()
        articles = [article_from_text(b) for b in bodies]
        list(extract_articles(articles[:2], nlp=nlp))
        start = time.perf_counter()
        for _ in extract_articles(articles, nlp=nlp):
            pass
    seconds = time.perf_counter() - start
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    queue.put((seconds, peak_mb))


def load_bodies(paths: list[Path], min_words: int) -> list[str]:
    from blocwatch.errors import ReadProblem
    from blocwatch.readers import read_paths

    bodies = [a.body for a in read_paths(paths) if not isinstance(a, ReadProblem)]
    if not bodies:
        return []
    out: list[str] = []
    while sum(len(b.split()) for b in out) < min_words:
        out.extend(bodies)
    return out


def bench(paths: list[Path], min_words: int = 20_000, rounds: int = 3) -> list[BenchResult]:
    bodies = load_bodies(paths, min_words)
    if not bodies:
        raise ValueError("no readable articles to benchmark")
    if rounds < 1:
        raise ValueError("rounds must be at least 1")
    words = sum(len(b.split()) for b in bodies)
    ctx = mp.get_context("spawn")
    configs = (("bare", "bare spaCy (en_core_web_sm)"), ("extract", "blocwatch extract"))
    runs: dict[str, list[float]] = {kind: [] for kind, _ in configs}
    peaks: dict[str, float] = {kind: 0.0 for kind, _ in configs}
    for _ in range(rounds):
        for kind, _name in configs:
            queue: mp.Queue = ctx.Queue()
            proc = ctx.Process(target=_run, args=(kind, bodies, queue))
            proc.start()
            seconds, peak = queue.get()
            proc.join()
            runs[kind].append(seconds)
            peaks[kind] = max(peaks[kind], peak)
    return [BenchResult(name, len(bodies), words, min(runs[kind]), peaks[kind], runs[kind]) for kind, name in configs]


def format_bench(results: list[BenchResult]) -> str:
    lines = [f"{'configuration':<30}{'articles/s':>12}{'words/s':>10}{'peak MB':>9}"]
    for r in results:
        lines.append(f"{r.name:<30}{r.articles_per_s:12.2f}{r.words_per_s:10.0f}{r.peak_mb:9.0f}")
    bare, ours = results[0], results[-1]
    ratio = ours.words_per_s / bare.words_per_s if bare.words_per_s else 0.0
    lines.append(f"ratio extract/bare = {ratio:.2f} ({ours.articles} articles, {ours.words} words, "
                 f"fastest of {len(ours.runs) or 1} alternating runs each)")
    if len(ours.runs) > 1 and len(bare.runs) == len(ours.runs):
        per_round = " ".join(f"{b / o:.2f}" for b, o in zip(bare.runs, ours.runs, strict=True))
        lines.append(f"ratio per round: {per_round}")
    return "\n".join(lines)
