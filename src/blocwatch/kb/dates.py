"""Partial dates (YYYY, YYYY-MM, YYYY-MM-DD) and the interval rule every spell follows.

Sources give dates at different precisions: COW codes years, treaties give days. A spell is the
half-open interval [start(since), end(until)):

* ``since`` P starts on the first day of P.
* ``until`` at day precision is the day of the change (the state is no longer in that status on
  that day: the UK left the EU on 2020-02-01 00:00 CET, so ``until = 2020-02-01``).
* ``until`` at year/month precision is inclusive of the whole period, because coarse sources
  record the last period in which the status was observed (COW ``last_year``).
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from functools import cache

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


class DateError(ValueError):
    """A date string that is not YYYY, YYYY-MM or YYYY-MM-DD."""


def parse_partial(text: str) -> tuple[int, int | None, int | None]:
    """Split and check a partial date; raise DateError with the expected forms."""
    match = _PARTIAL.match(text.strip())
    if not match:
        raise DateError(f"not a date: {text!r} (expected YYYY, YYYY-MM or YYYY-MM-DD)")
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        date(year, month or 1, day or 1)
    except ValueError as exc:
        raise DateError(f"not a date: {text!r} ({exc})") from None
    return year, month, day


def start_of(text: str) -> date:
    """First day of a partial date's period."""
    year, month, day = parse_partial(text)
    return date(year, month or 1, day or 1)


def end_of(text: str) -> date:
    """Exclusive end for an ``until`` value (see module docstring)."""
    year, month, day = parse_partial(text)
    if day is not None:
        return date(year, month, day)
    if month is not None:
        return date(year + (month == 12), month % 12 + 1, 1)
    return date(year + 1, 1, 1)


def query_day(text: str) -> date:
    """A query date: a partial date is taken at the start of its period ("2021" = 2021-01-01)."""
    return start_of(text)


@cache
def interval(since: str | None, until: str | None) -> tuple[date, date]:
    """Half-open [start, end) for a spell; open bounds become date.min / date.max."""
    start = start_of(since) if since else date.min
    end = end_of(until) if until else date.max
    return start, end


def day_before(text: str) -> str:
    """ISO day before a full date (used by tests and history labels)."""
    return (start_of(text) - timedelta(days=1)).isoformat()
