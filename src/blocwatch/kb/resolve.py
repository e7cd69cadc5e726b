"""Turn what a user typed ("csto", "ODKB", "Russian Federation", "ru") into KB codes.

Resolution is exact (normalised); a miss raises an error with a code, a suggestion and a next
step, never a silent fuzzy guess.
"""

from __future__ import annotations

import difflib

from ._text import norm
from .orgs import Org, lookup_org, org_by_code, orgs
from .states import State, resolve_state, states


class KBError(ValueError):
    """Base class of KB errors the CLI turns into a one-line message and exit code 2."""


class UnknownOrgError(KBError):
    """No organisation has this code, name or alias."""


class UnknownStateError(KBError):
    """No state has this code, name, adjective or demonym."""


class UnknownStatusError(KBError):
    """A status outside the KB vocabulary."""


def _suggest(text: str, candidates: list[str]) -> str:
    by_norm = {norm(c): c for c in candidates}
    close = difflib.get_close_matches(norm(text), list(by_norm), n=1, cutoff=0.6)
    return f" Did you mean {by_norm[close[0]]!r}?" if close else ""


def resolve_org(text: str) -> Org:
    """Org by code or any name/alias, case-insensitive; raise UnknownOrgError with a suggestion."""
    found = org_by_code(text) or lookup_org(text)
    if found is None:
        names = [n for o in orgs() if o.curated for n in (o.code, *o.names)]
        hint = _suggest(text, names) or _suggest(text, [o.code for o in orgs()])
        raise UnknownOrgError(
            f"E301 Unknown organisation {text!r}.{hint} Run `blocwatch kb info` to see what the KB holds."
        )
    return found


def resolve_member(text: str) -> State | Org:
    """A state by code or name; an organisation member (the EU in the G20) as a fallback."""
    found = resolve_state(text)
    if found is not None:
        return found
    org = org_by_code(text) or lookup_org(text)
    if org is not None:
        return org
    names = [n for s in states() for n in (s.code, *s.names)]
    raise UnknownStateError(
        f"E302 Unknown state {text!r}.{_suggest(text, names)} Use an ISO code (RUS) or a name (Russia)."
    )
