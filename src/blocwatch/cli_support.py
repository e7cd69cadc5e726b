"""What the query commands share: library errors turned into one line on stderr and an exit code."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import click

from blocwatch.errors import BlocwatchError


@contextmanager
def exit_on_errors(usage_errors: tuple[type[Exception], ...] = ()) -> Iterator[None]:
    """A query the user must change (`usage_errors`) exits 2; any other blocwatch error exits 1."""
    try:
        yield
    except usage_errors as exc:
        click.echo(f"blocwatch: {exc}", err=True)
        sys.exit(2)
    except BlocwatchError as exc:
        click.echo(f"blocwatch: {exc}", err=True)
        sys.exit(1)
