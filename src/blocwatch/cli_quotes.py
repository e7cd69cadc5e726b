"""`blocwatch quotes`: what people said, from the workspace (thin: one call to `quotes_query`)."""

from __future__ import annotations

import click

from blocwatch import output
from blocwatch.cli_support import exit_on_errors
from blocwatch.quotes_query import DEFAULT_LIMIT, QuoteHit, QuoteQueryError, search_quotes

FORMATS = click.Choice(["table", "json", "csv"], case_sensitive=False)
CSV_FIELDS = ("published", "speaker", "text", "article_id", "title", "url", "start", "end", "evidence")


def format_hits(hits: list[QuoteHit], fmt: str) -> str:
    if fmt == "json":
        return output.as_json([h.to_dict() for h in hits])
    if fmt == "csv":
        return output.as_csv([h.to_dict() for h in hits], CSV_FIELDS)
    if not hits:
        return "No quotes found."
    lines = []
    for h in hits:
        lines.append(f"{h.published or '----------'}  {h.speaker or '(unknown)'}: \u201c{h.text}\u201d")
        lines.append(f"            {h.title or h.article_id} [{h.start}:{h.end}]")
    return "\n".join(lines)


def register(main: click.Group) -> None:
    @main.command("quotes")
    @click.option("--speaker", default=None, metavar="NAME", help="A person (any spelling) or organisation.")
    @click.option("--search", "words", default=None, metavar="WORDS", help="Words the quote must contain.")
    @click.option("--since", default=None, metavar="DATE", help="Published on or after YYYY[-MM[-DD]].")
    @click.option("--until", default=None, metavar="DATE", help="Published on or before YYYY[-MM[-DD]].")
    @click.option("--limit", default=DEFAULT_LIMIT, show_default=True, type=int, help="Most quotes to show.")
    @click.option("--db", "db", default="blocwatch.db", show_default=True, type=click.Path(dir_okay=False),
                  help="Workspace file (SQLite).")
    @click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)
    def quotes(speaker, words, since, until, limit, db, fmt) -> None:
        """Search what was said: quotes with their speaker, article and position.

        \b
        Examples:
          blocwatch quotes --speaker Lavrov --db w.db
          blocwatch quotes --search "recognition Taliban" --since 2021-09 --format json
        """
        from blocwatch.store import connect

        with exit_on_errors((QuoteQueryError,)):
            conn = connect(db, create=False)
            hits = search_quotes(conn, speaker=speaker, words=words, since=since, until=until, limit=limit)
        click.echo(format_hits(hits, fmt.lower()))
