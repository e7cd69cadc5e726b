"""The bloc knowledge base: states, organisations and dated membership spells with sources.

Import from here: ``from blocwatch.kb import KB_VERSION, members, overlap, lookup_state``.
"""

from .orgs import Org, OrgPart, lookup_org, org_by_code, org_parts, orgs, parent_org
from .resolve import KBError, UnknownOrgError, UnknownStateError, UnknownStatusError, resolve_member, resolve_org
from .spells import STATUSES, Spell, history, members, memberships, overlap, spells
from .states import State, lookup_state, resolve_state, state_by_capital, state_by_code, states
from .version import KB_RELEASE, KB_VERSION

__all__ = [
    "KB_RELEASE",
    "KB_VERSION",
    "STATUSES",
    "KBError",
    "Org",
    "OrgPart",
    "Spell",
    "State",
    "UnknownOrgError",
    "UnknownStateError",
    "UnknownStatusError",
    "history",
    "lookup_org",
    "lookup_state",
    "members",
    "memberships",
    "org_by_code",
    "org_parts",
    "orgs",
    "overlap",
    "parent_org",
    "resolve_member",
    "resolve_org",
    "resolve_state",
    "spells",
    "state_by_capital",
    "state_by_code",
    "states",
]
