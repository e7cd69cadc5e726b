"""The `blocwatch` command: thin wrappers that parse arguments and call one library function each."""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import click

from blocwatch import __version__
from blocwatch.errors import BlocwatchError, ReadProblem

MAX_BYTES_OPTION = click.option("--max-bytes", default=5_000_000, show_default=True, type=click.IntRange(min=1),
                                help="Skip (and name) any article larger than this.")
DB_OPTION = click.option("--db", "db", default="blocwatch.db", show_default=True,
                         type=click.Path(dir_okay=False), help="Workspace file (SQLite).")

# Modules that add their own commands through `register(main)`.
COMMAND_MODULES = ("cli_kb", "cli_actors", "cli_quotes", "cli_events", "cli_memberships")


def fail(message: str, code: int = 1) -> None:
    click.echo(f"blocwatch: {message}", err=True)
    sys.exit(code)


@click.group(context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(__version__, prog_name="blocwatch")
def main() -> None:
    """Read news about international politics into a sourced, temporal knowledge base."""


def _problem(problem: ReadProblem) -> None:
    click.echo(f"blocwatch: {problem}", err=True)


def _warnings(article) -> None:
    for warning in getattr(article, "warnings", None) or []:
        click.echo(f"blocwatch: warning: {warning}", err=True)


def _unique_stem(stem: str, used: set[str], article_id: str) -> str:
    name = stem if stem not in used else f"{stem}-{article_id[:8]}"
    used.add(name)
    return name


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Write DIR/<stem>.json per article.")
@MAX_BYTES_OPTION
def extract(paths: tuple[str, ...], out_dir: str | None, max_bytes: int) -> None:
    """Extract people, organisations, places, memberships, quotes and events as contract JSON.

    PATHS are files (.txt, .html, .jsonl, feeds), directories, or - for stdin. Without --out the
    JSON goes to stdout: one object for one article, one object per line for several.
    """
    from blocwatch.extract import extract_articles
    from blocwatch.readers import read_paths

    problems: list[ReadProblem] = []

    def articles():
        for item in read_paths(paths, max_bytes=max_bytes):
            if isinstance(item, ReadProblem):
                problems.append(item)
                _problem(item)
            else:
                _warnings(item)
                yield item

    out = Path(out_dir) if out_dir else None
    if out:
        out.mkdir(parents=True, exist_ok=True)
    used: set[str] = set()
    results = []
    written = 0
    for done in extract_articles(articles()):
        if done.extraction is None:
            fatal = ReadProblem(done.article.path or "-", "E030",
                                f"{done.article.path or 'input'}: extraction failed ({done.error}).")
            problems.append(fatal)
            _problem(fatal)
            continue
        data = done.extraction.to_contract()
        if out:
            stem = _unique_stem(done.article.stem or done.article.id, used, done.article.id)
            (out / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
        else:
            results.append(data)
        written += 1
    if not out:
        if len(results) == 1:
            click.echo(json.dumps(results[0], ensure_ascii=False, indent=1))
        else:
            for data in results:
                click.echo(json.dumps(data, ensure_ascii=False))
    if out:
        click.echo(f"{written} article(s) extracted to {out}", err=True)
    if written == 0:
        fail("nothing could be read; see the messages above.", 1 if problems else 2)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@DB_OPTION
@click.option("--force", is_flag=True, help="Re-extract articles already stored.")
@MAX_BYTES_OPTION
def ingest(paths: tuple[str, ...], db: str, force: bool, max_bytes: int) -> None:
    """Read articles into the workspace (idempotent: a stored article is not stored twice)."""
    from blocwatch.ingest import ingest as run_ingest
    from blocwatch.store import connect

    try:
        conn = connect(db)
    except BlocwatchError as exc:
        fail(str(exc), 2)
    tty = sys.stderr.isatty()
    seen = [0]

    def progress(item) -> None:
        if isinstance(item, ReadProblem):
            if tty:
                click.echo("", err=True)
            _problem(item)
            return
        seen[0] += 1
        if item.warnings:
            if tty:
                click.echo("", err=True)
            _warnings(item)
        if tty:
            title = (item.title or item.path or item.id)[:60]
            click.echo(f"\r[{seen[0]}] {title:<60}", err=True, nl=False)

    report = run_ingest(conn, paths, force=force, on_article=progress, max_bytes=max_bytes)
    if tty and seen[0]:
        click.echo("", err=True)
    click.echo(f"ingest: {report.summary()} -> {db}")
    if report.read == 0:
        fail("nothing could be read; see the messages above.")


@main.command()
@DB_OPTION
def demo(db: str) -> None:
    """Ingest the bundled sample articles into a fresh workspace and print a short report."""
    from blocwatch.ingest import ingest as run_ingest
    from blocwatch.report import workspace_report
    from blocwatch.samples import sample_paths
    from blocwatch.store import connect

    conn = connect(db)
    report = run_ingest(conn, sample_paths(), on_article=lambda item: (
        _problem(item) if isinstance(item, ReadProblem) else None))
    click.echo(f"ingest: {report.summary()} -> {db}\n")
    click.echo(workspace_report(conn))


@main.command("eval")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False))
@click.argument("articles_dir", type=click.Path(exists=True, file_okay=False))
@click.option("--out", "out_dir", type=click.Path(file_okay=False), help="Also write the predictions here.")
@click.option("--json", "as_json", is_flag=True, help="Print P/R/F1 per field as JSON.")
def eval_cmd(gold_dir: str, articles_dir: str, out_dir: str | None, as_json: bool) -> None:
    """Precision, recall and F1 per field against gold annotations (the project's matching rules)."""
    from blocwatch.evaluate import FIELDS, evaluate, format_table

    tally, preds = evaluate(Path(gold_dir), Path(articles_dir))
    if out_dir:
        out = Path(out_dir)
        out.mkdir(parents=True, exist_ok=True)
        for stem, data in preds.items():
            (out / f"{stem}.json").write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    if as_json:
        click.echo(json.dumps({f: dict(zip(("p", "r", "f1"), tally.prf(f), strict=True)) for f in FIELDS},
                              indent=1))
    else:
        click.echo(format_table(tally))


@main.command("eval-plover")
@click.argument("sentences", type=click.Path(exists=True, dir_okay=False))
@click.option("--json", "as_json", is_flag=True, help="Print the figures and the per-type table as JSON.")
def eval_plover_cmd(sentences: str, as_json: bool) -> None:
    """Event typing on PLOVER-coded sentences (JSON Lines with id, text, event, source, target, date).

    Each sentence is extracted as its own article; prints type recall and precision, events per
    sentence, source hit (the rules of shared/eval/plover_score.py) and recall per type.
    """
    import dataclasses

    from blocwatch.plover_eval import format_score, predict_sentences, read_sentences, score_sentences

    try:
        rows = read_sentences(sentences)
    except (OSError, UnicodeDecodeError, ValueError) as exc:
        click.echo(f"blocwatch: {sentences}: not a JSON Lines file of sentences ({exc}); "
                   "give one JSON object per line", err=True)
        sys.exit(2)
    bad = [i for i, row in enumerate(rows, 1)
           if not isinstance(row, dict) or not {"id", "text", "event"} <= row.keys()]
    if bad or not rows:
        where = f"line {bad[0]}" if bad else "no sentences"
        click.echo(f"blocwatch: {sentences}: {where}: each line needs \"id\", \"text\" and \"event\"", err=True)
        sys.exit(2)
    score = score_sentences(rows, predict_sentences(rows))
    if as_json:
        click.echo(json.dumps(dataclasses.asdict(score), indent=1))
    else:
        click.echo(format_score(score))


@main.command()
@click.argument("paths", nargs=-1)
@click.option("--min-words", default=20_000, show_default=True, help="Repeat the texts up to this many words.")
@click.option("--rounds", default=3, show_default=True, type=click.IntRange(min=1),
              help="Alternating runs of each configuration; the fastest of each counts.")
def bench(paths: tuple[str, ...], min_words: int, rounds: int) -> None:
    """Articles/s, words/s and peak memory of extract next to bare spaCy on the same texts.

    Without PATHS the bundled sample articles are used. The two run alternately, each in its own
    process, and the fastest run of each is reported with every round's ratio.
    """
    from blocwatch.bench import bench as run_bench
    from blocwatch.bench import format_bench
    from blocwatch.samples import sample_paths

    targets = [Path(p) for p in paths] if paths else sample_paths()
    try:
        results = run_bench(targets, min_words=min_words, rounds=rounds)
    except ValueError as exc:
        fail(str(exc), 2)
    click.echo(format_bench(results))


def _register_all() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(f"blocwatch.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"blocwatch.{name}":
                continue
            raise
        module.register(main)
    _same_help_options(main)


def _same_help_options(command: click.Command) -> None:
    """`-h` works on every command, also when a command is invoked on its own (as tests do)."""
    command.context_settings.setdefault("help_option_names", ["-h", "--help"])
    for sub in getattr(command, "commands", {}).values():
        _same_help_options(sub)


_register_all()
