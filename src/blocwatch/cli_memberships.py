"""CLI: `blocwatch kb diff` — membership facts read from articles against the curated KB.

The command parses its options, calls `blocwatch.kb_diff.kb_diff` and prints; a missing or
foreign workspace becomes one line on stderr and exit code 2. (`members`, `overlap`,
`memberships` and `history` take `--db` in `cli_kb`; they read the same article facts through
`blocwatch.kb_diff.article_spells`.)
"""

from __future__ import annotations

import sys

import click

from blocwatch import output
from blocwatch.errors import BlocwatchError

TABLE_KEYS = ("verdict", "org", "member", "status", "since", "until", "published", "kb", "evidence")
EVIDENCE_WIDTH = 70


def _kb_cell(spell: dict | None) -> str:
    if not spell:
        return "-"
    span = f"{spell.get('since') or '…'}..{spell.get('until') or ''}"
    return f"{spell['status']} {span} ({spell['origin']})"


def render_diff(rows: list[dict], fmt: str) -> str:
    """Rows as JSON or an aligned table (evidence shortened to one line)."""
    if fmt == "json":
        return output.as_json(rows)
    shown = []
    for r in rows:
        evidence = " ".join((r.get("evidence") or "").split())
        if len(evidence) > EVIDENCE_WIDTH:
            evidence = evidence[: EVIDENCE_WIDTH - 1] + "…"
        shown.append({**r, "kb": _kb_cell(r.get("kb")), "evidence": evidence})
    return output.as_table(shown, TABLE_KEYS, empty="(no membership facts in this workspace)")


@click.command("diff")
@click.option("--db", "db", required=True, type=click.Path(dir_okay=False), help="Workspace database.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option("--verdict", type=click.Choice(["confirm", "extend", "contradict"]), default=None,
              help="Only facts with this verdict.")
def diff_cmd(db: str, fmt: str, verdict: str | None) -> None:
    """Membership facts read from articles that confirm, extend or contradict the curated KB, newest first."""
    from blocwatch import store
    from blocwatch.kb_diff import kb_diff

    try:
        conn = store.connect(db, create=False)
    except BlocwatchError as exc:
        click.echo(f"Error: {exc}", err=True)
        sys.exit(2)
    try:
        rows = kb_diff(conn, verdict=verdict)
    finally:
        conn.close()
    click.echo(render_diff(rows, fmt))


def register(main: click.Group) -> None:
    """Add `diff` to the `kb` group (created here when the KB CLI is absent)."""
    group = main.commands.get("kb")
    if not isinstance(group, click.Group):
        group = click.Group("kb", help="The bloc knowledge base: check it, describe it, compare it with articles.")
        main.add_command(group)
    group.add_command(diff_cmd)
