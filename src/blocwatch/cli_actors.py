"""CLI for actors: `blocwatch actor NAME --db W [--format table|json]` (calls `blocwatch.actors.actor`)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from blocwatch.actors import ActorNotFound, actor


def _table(people: list[dict]) -> str:
    lines = []
    for p in people:
        lines.append(f"{p['person']}  (names: {', '.join(p['names'])}; articles: {p['articles']})")
        if not p["offices"]:
            lines.append("  no office stated")
        for o in p["offices"]:
            seen = o["first_seen"] or "?"
            if o["last_seen"] and o["last_seen"] != o["first_seen"]:
                seen += f" .. {o['last_seen']}"
            lines.append(f"  {o['title'] or '(no title)'} — {o['org_or_country'] or '?'}  [{seen}]")
            for ev in o["evidence"]:
                where = ev["url"] or ev["article_id"]
                lines.append(f"    \"{ev['text']}\"  ({where})")
    return "\n".join(lines)


def register(main: click.Group) -> None:
    @main.command("actor")
    @click.argument("name")
    @click.option("--db", required=True, type=click.Path(dir_okay=False), help="Workspace database.")
    @click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
    def actor_cmd(name: str, db: str, fmt: str) -> None:
        """A person's names and offices over time, each with the article that states it."""
        from blocwatch.store import connect

        if not Path(db).exists():
            click.echo(f"blocwatch: E020 No workspace at {db}. Run `blocwatch ingest FILE --db {db}` first.", err=True)
            sys.exit(2)
        conn = connect(db)
        try:
            people = actor(conn, name)
        except ActorNotFound as exc:
            click.echo(f"blocwatch: {exc}", err=True)
            sys.exit(1)
        finally:
            conn.close()
        if fmt == "json":
            click.echo(json.dumps(people, ensure_ascii=False, indent=2))
        else:
            click.echo(_table(people))
