"""Organisations: curated ones (data/orgs.csv) plus every COW IGO v3 organisation.

Curated organisations carry the usual acronym as code ("CSTO", "SCO"), their spellings and
foreign acronyms ("ODKB", "ShOS"), context-only aliases ("the Alliance") and predecessors
("Shanghai Five"). COW-only organisations use COW's ``ioname`` as code and name.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import cache

from ._text import norm, split_multi
from .states import data_path


@dataclass(frozen=True)
class Org:
    """An international organisation or grouping."""

    code: str
    name: str
    names: tuple[str, ...]
    kind: str
    context_aliases: tuple[str, ...] = ()
    predecessors: tuple[str, ...] = ()
    founded: str | None = None
    curated: bool = False
    cow_ioname: str | None = None
    cow_rule: str | None = None
    source: str = ""


def _read(name: str) -> list[dict[str, str]]:
    with data_path(name).open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@cache
def _orgs() -> tuple[Org, ...]:
    curated = [
        Org(
            code=row["code"],
            name=row["name"],
            names=split_multi(row["names"]),
            kind=row["kind"],
            context_aliases=split_multi(row["context_aliases"]),
            predecessors=split_multi(row["predecessors"]),
            founded=row["founded"] or None,
            curated=True,
            cow_ioname=row["cow_ioname"] or None,
            cow_rule=row["cow_rule"] or None,
            source=row["source"],
        )
        for row in _read("orgs.csv")
    ]
    linked = {o.cow_ioname for o in curated if o.cow_ioname}
    cow = [
        Org(
            code=row["ioname"],
            name=row["orgname"],
            names=(row["ioname"], row["orgname"]),
            kind="igo",
            cow_ioname=row["ioname"],
            source="COW IGO v3",
        )
        for row in _read("cow_orgs.csv")
        if row["ioname"] not in linked
    ]
    return tuple(curated + cow)


def orgs() -> list[Org]:
    """Curated organisations first, then COW-only ones."""
    return list(_orgs())


@cache
def _by_code() -> dict[str, Org]:
    index: dict[str, Org] = {}
    for org in _orgs():
        index.setdefault(org.code.upper(), org)
    return index


def org_by_code(code: str) -> Org | None:
    """Organisation by code, case-insensitive."""
    return _by_code().get(code.strip().upper())


@cache
def _name_index() -> dict[str, Org]:
    """Normalised name -> org. Curated orgs win a clash (they come first)."""
    index: dict[str, Org] = {}
    for org in _orgs():
        for value in (org.code, org.name, *org.names):
            index.setdefault(norm(value), org)
    return index


def lookup_org(text: str) -> Org | None:
    """Exact normalised match over codes and names; predecessors and context aliases never match.

    A predecessor is another body ("Shanghai Five" is not the SCO); context aliases ("the
    Alliance") need the surrounding text and are left to the linker.
    """
    return _name_index().get(norm(text))


def cow_iocode_for(org_code: str) -> str | None:
    """COW ioname whose spells feed this org (itself for COW-only orgs)."""
    org = org_by_code(org_code)
    return org.cow_ioname if org else None


@dataclass(frozen=True)
class OrgPart:
    """An organ or a mission of an organisation (data/org_parts.csv): the UN Security Council is
    an organ of the UN, KFOR a mission of NATO. The part is an organisation of its own in an
    article, but it acts for its parent: the parent's code is its actor code."""

    code: str
    name: str
    names: tuple[str, ...]
    kind: str
    parent: str
    relation: str  # organ | mission
    source: str


@cache
def org_parts() -> tuple[OrgPart, ...]:
    """Every curated organ and mission, with the code of the organisation it belongs to."""
    return tuple(
        OrgPart(code=row["code"], name=row["name"], names=split_multi(row["names"]), kind=row["kind"],
                parent=row["parent"], relation=row["relation"], source=row["source"])
        for row in _read("org_parts.csv")
    )


def parent_org(code: str | None) -> str | None:
    """Code of the organisation that `code` is an organ or mission of ("UNSC" -> "UN"), else None."""
    if not code:
        return None
    key = code.strip().upper()
    return next((p.parent for p in org_parts() if p.code.upper() == key), None)
