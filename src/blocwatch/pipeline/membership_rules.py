"""Model-free helpers for reading membership statements: the lexicon, counts, dates, merging.

Kept apart from the spaCy component so the small decisions (which word means which status, how
"eight-member" is read, which of two statements about the same pair wins) can be tested without
loading a model.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from blocwatch import dates
from blocwatch.records import Membership

STATUSES = ("founder", "member", "observer", "applicant", "dialogue_partner", "partner", "associate",
            "suspended", "former_member")


@dataclass(frozen=True)
class Lexicon:
    """The membership lexicon (data/membership_lexicon.json) as sets and maps."""

    version: str
    join_verbs: frozenset[str]
    admit_verbs: frozenset[str]
    admit_needs_as: frozenset[str]
    suspend_verbs: frozenset[str]
    expel_verbs: frozenset[str]
    leave_verbs: frozenset[str]
    leave_needs_from: frozenset[str]
    exit_nouns: dict[str, str]
    found_verbs: frozenset[str]
    composition_verbs: frozenset[str]
    composition_needs: dict[str, str]
    wish_words: frozenset[str]
    wish_nouns: frozenset[str]
    blocking_heads: frozenset[str]
    speculative_aux: frozenset[str]
    status_words: dict[str, str]
    status_modifiers: dict[str, str]
    member_nouns: frozenset[str]
    list_openers: frozenset[str]
    anaphora_nouns: frozenset[str]
    non_bloc_modifiers: frozenset[str]
    lead_words: frozenset[str]
    count_heads: frozenset[str]
    number_words: dict[str, int]
    ordinal_words: dict[str, int]
    date_preps: frozenset[str]
    request_heads: frozenset[str]
    restore_verbs: frozenset[str]
    invite_words: frozenset[str]
    pending_heads: frozenset[str]
    wish_cancel_verbs: frozenset[str]
    ceasing_heads: frozenset[str]
    partner_modifiers: frozenset[str]
    speculative_adverbs: frozenset[str]
    accession_nouns: frozenset[str]
    complete_verbs: frozenset[str]
    acting_nouns: frozenset[str]
    named_anaphora_nouns: frozenset[str]


def _read_raw() -> dict[str, Any]:
    path = resources.files("blocwatch.pipeline").joinpath("data").joinpath("membership_lexicon.json")
    return json.loads(path.read_text(encoding="utf-8"))


@cache
def lexicon() -> Lexicon:
    raw = _read_raw()
    sets = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    return Lexicon(
        version=raw["version"],
        status_words=dict(raw["status_words"]),
        status_modifiers=dict(raw["status_modifiers"]),
        composition_needs=dict(raw["composition_needs"]),
        number_words=dict(raw["number_words"]),
        exit_nouns=dict(raw["exit_nouns"]),
        ordinal_words=dict(raw["ordinal_words"]),
        **{k: sets[k] for k in (
            "join_verbs", "admit_verbs", "admit_needs_as", "suspend_verbs", "expel_verbs", "leave_verbs",
            "leave_needs_from", "found_verbs", "composition_verbs", "wish_words", "wish_nouns",
            "blocking_heads", "speculative_aux", "member_nouns", "list_openers", "anaphora_nouns",
            "non_bloc_modifiers", "lead_words", "count_heads", "date_preps", "request_heads",
            "restore_verbs", "invite_words", "pending_heads", "wish_cancel_verbs", "ceasing_heads",
            "partner_modifiers", "speculative_adverbs",
            "accession_nouns", "complete_verbs", "acting_nouns", "named_anaphora_nouns")},
    )


LEXICON_VERSION = _read_raw()["version"]

_ORDINAL_DIGITS = re.compile(r"^(\d+)(?:st|nd|rd|th)$", re.IGNORECASE)


def parse_count(text: str) -> int | None:
    """A cardinal as news writes it in "eight-member", "27-nation", "10 member states"."""
    t = text.strip().lower()
    if t.isdigit():
        return int(t)
    return lexicon().number_words.get(t)


def parse_ordinal(text: str) -> int | None:
    """"32nd" -> 32, "fifth" -> 5."""
    t = text.strip().lower()
    m = _ORDINAL_DIGITS.match(t)
    if m:
        return int(m.group(1))
    return lexicon().ordinal_words.get(t)


def date_value(text: str, published: str | None, future: bool = False) -> str | None:
    """The first date in `text` as the contract writes it: "YYYY", "YYYY-MM" or "YYYY-MM-DD".

    Weeks ("this week") are too vague for a membership date and give None.
    """
    ref = dates.resolve(text, published, dates.FUTURE if future else dates.PAST)
    if ref is None:
        return None
    if ref.date:
        return ref.date
    if ref.precision in ("year", "month") and ref.period:
        return ref.period
    return None


def status_class(status: str) -> str:
    """Founder is a kind of member (the scorer and the KB diff agree)."""
    return "member" if status == "founder" else status


def merge(found: list[Membership]) -> list[Membership]:
    """One record per (org, member, status class), keeping the most informative statement.

    A founder statement beats a plain member statement for the same pair; a dated one beats an
    undated one; otherwise the first in the text wins (it usually introduces the fact). An
    application is dropped when the same article says the state is a member ("A and B applied in
    May last year ... A joined in April": A is a member, B stays an applicant).
    """
    members = {(m.org, m.member) for m in found if status_class(m.status) == "member"}
    found = [m for m in found if not (m.status == "applicant" and (m.org, m.member) in members)]
    best: dict[tuple[str, str, str], Membership] = {}
    order: list[tuple[str, str, str]] = []
    for mem in found:
        if mem.org == mem.member:
            continue
        key = (mem.org, mem.member, status_class(mem.status))
        old = best.get(key)
        if old is None:
            best[key] = mem
            order.append(key)
            continue
        if _score(mem) > _score(old):
            best[key] = mem
    return [best[k] for k in order]


def _score(mem: Membership) -> tuple[int, int]:
    return (1 if mem.status == "founder" else 0, 1 if (mem.since or mem.until) else 0)
