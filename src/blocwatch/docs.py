"""The README's CLI reference, generated from `--help` so it cannot drift from the code.

    python -m blocwatch.docs            # print the reference
    python -m blocwatch.docs --write    # rewrite the block between the markers in README.md
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import click

START, END = "<!-- cli-reference:start -->", "<!-- cli-reference:end -->"


def _walk(command: click.Command, path: list[str]):
    yield path, command
    if isinstance(command, click.Group):
        for name in sorted(command.commands):
            yield from _walk(command.commands[name], [*path, name])


def cli_reference() -> str:
    from blocwatch.cli import main

    parts = []
    for path, command in _walk(main, ["blocwatch"]):
        # the same settings `main` gives its contexts, so the help matches what users see
        ctx = click.Context(command, info_name=" ".join(path), terminal_width=100, max_content_width=100,
                            help_option_names=["-h", "--help"])
        help_text = command.get_help(ctx)
        heading = "#" * min(3 + len(path) - 1, 5)
        parts.append(f"{heading} `{' '.join(path)}`\n\n```text\n{help_text}\n```\n")
    return "\n".join(parts)


def replace_block(readme: str, reference: str) -> str:
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.S)
    if not pattern.search(readme):
        raise ValueError(f"README has no {START} ... {END} block")
    return pattern.sub(lambda _: f"{START}\n{reference}\n{END}", readme)


def main(argv: list[str]) -> int:
    reference = cli_reference()
    if "--write" in argv:
        readme = Path(argv[argv.index("--write") + 1]) if len(argv) > argv.index("--write") + 1 else Path("README.md")
        readme.write_text(replace_block(readme.read_text(encoding="utf-8"), reference), encoding="utf-8")
    else:
        print(reference)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
