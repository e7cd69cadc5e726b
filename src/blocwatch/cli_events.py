"""`blocwatch events`: merged PLOVER events from the workspace (thin: one call to `events_query`)."""

from __future__ import annotations

import click

from blocwatch.cli_support import exit_on_errors
from blocwatch.events_query import FORMATS, EventQueryError, export_events


def register(main: click.Group) -> None:
    @main.command("events")
    @click.option("--db", "db", default="blocwatch.db", show_default=True, type=click.Path(dir_okay=False),
                  help="Workspace file (SQLite).")
    @click.option("--actor", default=None, metavar="CODE", help="Source or target code: RUS, NATO, Taliban.")
    @click.option("--type", "kind", default=None, metavar="TYPE", help="PLOVER type: AGREE, CONSULT, ...")
    @click.option("--since", default=None, metavar="DATE", help="On or after YYYY[-MM[-DD]].")
    @click.option("--until", default=None, metavar="DATE", help="On or before YYYY[-MM[-DD]].")
    @click.option("--limit", default=None, type=int, help="Most events to show.")
    @click.option("--format", "fmt", type=click.Choice(FORMATS, case_sensitive=False), default="table",
                  show_default=True, help="parquet needs pyarrow and --out.")
    @click.option("--out", default=None, type=click.Path(dir_okay=False), help="Write to FILE instead of stdout.")
    def events(db, actor, kind, since, until, limit, fmt, out) -> None:
        """PLOVER events (one per real-world event, with every report of it) as a table or export.

        \b
        Examples:
          blocwatch events --db w.db --actor RUS --since 2021-09
          blocwatch events --db w.db --type CONSULT --format csv --out consult.csv
          blocwatch events --db w.db --format jsonl --out events.jsonl
        """
        from blocwatch.store import connect

        with exit_on_errors((EventQueryError,)):
            conn = connect(db, create=False)
            text = export_events(conn, fmt, out, actor=actor, type=kind, since=since, until=until, limit=limit)
        click.echo(text)
