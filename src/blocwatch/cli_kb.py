"""CLI for the bloc knowledge base: members, overlap, memberships, history, kb validate/info.

Each command parses its arguments, calls one function of `blocwatch.kb.query` and prints; KB
errors (unknown org/state/status, bad date) become one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from datetime import date
from functools import wraps

import click

from blocwatch import output
from blocwatch.kb import query
from blocwatch.kb.dates import DateError, parse_partial
from blocwatch.kb.resolve import KBError

FORMATS = click.Choice(["table", "json", "csv"], case_sensitive=False)
TABLE_SKIP = {"source"}  # sources are long; they are in the json and csv output


def _format_option(fn):
    return click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)(fn)


def _db_option(fn):
    return click.option(
        "--db",
        "db",
        type=click.Path(dir_okay=False),
        default=None,
        help="Workspace database: also use membership facts read from articles (later issue).",
    )(fn)


def _at_option(fn):
    return click.option(
        "--at", "at", default=None, metavar="DATE", help="YYYY, YYYY-MM or YYYY-MM-DD (default: today)."
    )(fn)


def _kb_errors(fn: Callable) -> Callable:
    """Turn KB and date errors into one line on stderr and exit code 2."""

    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except (KBError, DateError) as exc:
            click.echo(f"Error: {exc}", err=True)
            sys.exit(2)

    return wrapper


def _at(value: str | None) -> str:
    if value is None:
        return date.today().isoformat()
    parse_partial(value)
    return value.strip()


def _extra(db: str | None) -> list:
    return query.article_spells(db) if db else []


def render(rows: list[dict], fmt: str, keys: tuple[str, ...] | None = None) -> str:
    """Rows as an aligned table, a JSON list, or CSV with a header."""
    keys = keys or (tuple(rows[0]) if rows else query.ROW_KEYS)
    return output.render(rows, fmt, keys, table_keys=[k for k in keys if k not in TABLE_SKIP])


@click.command("members")
@click.argument("org")
@_at_option
@click.option("--status", default=None, help="member (founders too), observer, applicant, ..., former_member, any.")
@_format_option
@_db_option
@_kb_errors
def members_cmd(org: str, at: str | None, status: str | None, fmt: str, db: str | None) -> None:
    """Members of ORG (code, name or alias) on a date, with status, dates and source."""
    click.echo(render(query.members_rows(org, _at(at), status=status, extra_spells=_extra(db)), fmt))


@click.command("overlap")
@click.argument("orgs", nargs=-1, required=True)
@_at_option
@click.option("--status", default=None, help="Count this status instead of members (founders and members).")
@_format_option
@_db_option
@_kb_errors
def overlap_cmd(orgs: tuple[str, ...], at: str | None, status: str | None, fmt: str, db: str | None) -> None:
    """States that belong to every one of ORGS on a date (observers only with --status)."""
    click.echo(render(query.overlap_rows(list(orgs), _at(at), status=status, extra_spells=_extra(db)), fmt))


@click.command("memberships")
@click.argument("state")
@_at_option
@_format_option
@_db_option
@_kb_errors
def memberships_cmd(state: str, at: str | None, fmt: str, db: str | None) -> None:
    """Every organisation STATE (code, name or adjective) belongs to on a date."""
    click.echo(render(query.memberships_rows(state, _at(at), extra_spells=_extra(db)), fmt))


@click.command("history")
@click.argument("org")
@_format_option
@_db_option
@_kb_errors
def history_cmd(org: str, fmt: str, db: str | None) -> None:
    """Timeline of ORG: joins, exits, suspensions, reinstatements, observers."""
    click.echo(render(query.history_rows(org, extra_spells=_extra(db)), fmt))


@click.group("kb")
def kb_group() -> None:
    """The bloc knowledge base: check it, describe it."""


@kb_group.command("validate")
def validate_cmd() -> None:
    """Check the KB data; exit 1 and list the problems if any."""
    from blocwatch.kb.validate import validate

    problems = validate()
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{len(problems)} problem(s) in the KB data", err=True)
        sys.exit(1)
    click.echo(f"OK {query.info()['kb_version']}")


@kb_group.command("info")
@click.option("--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True)
def info_cmd(fmt: str) -> None:
    """KB version and counts of states, organisations and spells."""
    data = query.info()
    if fmt == "json":
        click.echo(json.dumps(data, indent=2))
    else:
        click.echo("\n".join(f"{k}: {v}" for k, v in data.items()))


COMMANDS = (members_cmd, overlap_cmd, memberships_cmd, history_cmd, kb_group)


def register(main: click.Group) -> None:
    """Add the KB commands to the top-level `blocwatch` group."""
    for command in COMMANDS:
        main.add_command(command)


@click.group()
def cli() -> None:
    """Stand-alone group with the KB commands (tests; `python -m blocwatch.cli_kb`)."""


register(cli)

if __name__ == "__main__":
    cli()
