"""Docs that cannot drift: the README's CLI reference is what `--help` prints today."""

from pathlib import Path

from blocwatch.docs import END, START, cli_reference, replace_block

README = Path(__file__).resolve().parents[1] / "README.md"


def test_readme_cli_reference_matches_help():
    readme = README.read_text(encoding="utf-8")
    assert replace_block(readme, cli_reference()) == readme, (
        "README's CLI reference is stale: run `.venv/bin/python -m blocwatch.docs --write README.md`")


def test_readme_documents_every_command():
    readme = README.read_text(encoding="utf-8")
    block = readme[readme.index(START):readme.index(END)]
    from blocwatch.cli import main

    for name in main.commands:
        assert f"`blocwatch {name}`" in block, name


def test_readme_names_the_two_commands():
    readme = README.read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
