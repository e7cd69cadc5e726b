"""Resolve the dates news text uses ("Wednesday", "last month", "on 12 March 2024") to calendar dates.

News dates are relative to the article's publication date, and which way a bare weekday points
depends on the tense of the sentence: "met on Friday" looks back, "is expected Friday" looks
forward, and a weekday equal to the publication weekday is that very day. dateparser gets the
direction wrong for future weekdays and invents day precision for bare years, so this module is a
small, model-free resolver of its own (standard library only, testable alone).

`find_dates(text, published, tense)` finds the expressions in a string (character offsets);
`resolve(expr, published, tense)` resolves one expression. Both return `DateRef`s whose `date` is
"YYYY-MM-DD" only when the text names a day; coarser expressions carry a `period` ("2017",
"2021-08", "2021-W37") and the first/last day of that period.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6,
}
MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}
PAST, FUTURE = "past", "future"

_MONTH = r"(?P<month>january|february|march|april|may|june|july|august|september|october|november|december|" \
         r"jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"
_MONTH2 = _MONTH.replace("?P<month>", "?P<month2>")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_DAY2 = r"(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_YEAR2 = r"(?P<year2>(?:19|20)\d\d)"
_WD = r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"

# Order matters: longer, more specific forms first; the finder keeps non-overlapping matches.
_PATTERNS: list[tuple[str, str]] = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    ("dmy", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}\s*,?\s*{_YEAR}\b"),
    ("mdy", rf"\b{_MONTH2}\s+{_DAY2}\s*,?\s+{_YEAR2}\b"),
    ("dm", rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?![\w])"),
    ("md", rf"\b{_MONTH2}\s+{_DAY2}\b(?!\s*(?:,\s*)?(?:19|20)\d\d)(?![\d:])"),
    ("my", rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b"),
    ("rel_day", r"\b(?P<rel>yesterday|today|tonight|tomorrow|the day before yesterday)\b"),
    ("ago", r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|ten)\s+(?P<unit>days?|weeks?|months?|years?)"
            r"\s+ago\b"),
    ("period", r"\b(?:(?P<early>earlier|later)\s+)?(?P<which>this|last|next|past)\s+"
               r"(?P<unit2>week|weekend|month|year)\b"),
    ("wd", rf"\b(?:(?P<which2>last|next|this|on|since|by|until)\s+)?{_WD}{_PART}\b"),
    ("month", rf"\b(?:in|since|by|until|from|during|early|late|mid-?)\s+{_MONTH}(?!\s*\d)\b"),
    ("year", r"\b(?:in|since|by|until|from|during|of|early|late|mid-?)\s+(?P<yy>(?:19|20)\d\d)\b(?![-/]\d)"),
]
_COMPILED = [(kind, re.compile(rx, re.IGNORECASE)) for kind, rx in _PATTERNS]
# Every pattern above needs a digit or one of these words (weekdays, "today" and "yesterday" end in "day"; "mid"
# and "sept" are covered by "mid-"'s month and "sep"): text without any of them has no date to find.
_ANY_DATE = re.compile(r"\d|day|week|month|year|tonight|tomorrow|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
                       re.IGNORECASE)
_RELATIVE_DAYS = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1, "the day before yesterday": -2}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "ten": 10}


@dataclass(frozen=True)
class DateRef:
    """One date expression and what it means.

    `date` is set only at day precision. `first`/`last` bound the period the text names (equal
    for a day), so callers can tell "this week" (contains the publication date) from "in 2017".
    """

    start: int
    end: int
    text: str
    precision: str  # day | week | month | year
    first: str
    last: str
    date: str | None = None
    period: str | None = None

    def contains(self, day: str) -> bool:
        return self.first <= day <= self.last


def parse_iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def days_between(a: str | None, b: str | None) -> int | None:
    """Absolute number of days between two "YYYY-MM-DD" dates (None if either is missing or bad)."""
    da, db = parse_iso(a), parse_iso(b)
    if da is None or db is None:
        return None
    return abs((da - db).days)


def _day(start: int, end: int, text: str, d: date) -> DateRef:
    iso = d.isoformat()
    return DateRef(start, end, text, "day", iso, iso, iso, iso)


def _month_ref(start: int, end: int, text: str, year: int, month: int) -> DateRef:
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return DateRef(start, end, text, "month", first.isoformat(), (nxt - timedelta(days=1)).isoformat(),
                   None, f"{year:04d}-{month:02d}")


def _year_ref(start: int, end: int, text: str, year: int) -> DateRef:
    return DateRef(start, end, text, "year", f"{year:04d}-01-01", f"{year:04d}-12-31", None, f"{year:04d}")


def _week_ref(start: int, end: int, text: str, anchor: date) -> DateRef:
    monday = anchor - timedelta(days=anchor.weekday())
    iso_year, iso_week, _ = anchor.isocalendar()
    return DateRef(start, end, text, "week", monday.isoformat(), (monday + timedelta(days=6)).isoformat(),
                   None, f"{iso_year:04d}-W{iso_week:02d}")


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _month_day(month: int, day: int, pub: date | None, tense: str) -> date | None:
    """A day-month without a year: the nearest such day in the tense's direction."""
    if pub is None:
        return None
    this_year = _safe_date(pub.year, month, day)
    if this_year is None:
        return None
    if tense == FUTURE:
        return this_year if this_year >= pub - timedelta(days=1) else _safe_date(pub.year + 1, month, day)
    # past (default): a date far ahead of publication means last year ("in December", read in January)
    return this_year if this_year <= pub + timedelta(days=31) else _safe_date(pub.year - 1, month, day)


def _weekday(wd: int, which: str, pub: date, tense: str) -> date:
    """Weekday relative to publication: same weekday is that day unless "last"/"next" says otherwise."""
    which = which.lower()
    if which == "last" or (which in ("since",) and tense != FUTURE):
        back = (pub.weekday() - wd) % 7 or 7
        return pub - timedelta(days=back)
    if which == "next" or which in ("by", "until") or tense == FUTURE:
        ahead = (wd - pub.weekday()) % 7
        if which == "next" and ahead == 0:
            ahead = 7
        return pub + timedelta(days=ahead)
    return pub - timedelta(days=(pub.weekday() - wd) % 7)


def _shift_month(d: date, months: int) -> tuple[int, int]:
    index = d.year * 12 + d.month - 1 + months
    return index // 12, index % 12 + 1


def _build(kind: str, m: re.Match, pub: date | None, tense: str) -> DateRef | None:
    g = m.groupdict()
    start, end, text = m.start(), m.end(), m.group(0)
    if kind == "iso":
        d = _safe_date(int(g["y"]), int(g["m"]), int(g["d"]))
        return _day(start, end, text, d) if d else None
    if kind in ("dmy", "mdy"):
        month = MONTHS[(g.get("month") or g.get("month2")).lower()]
        day = int(g.get("day") or g.get("day2"))
        year = int(g.get("year") or g.get("year2"))
        d = _safe_date(year, month, day)
        return _day(start, end, text, d) if d else None
    if kind in ("dm", "md"):
        month = MONTHS[(g.get("month") or g.get("month2")).lower()]
        d = _month_day(month, int(g.get("day") or g.get("day2")), pub, tense)
        return _day(start, end, text, d) if d else None
    if kind == "my":
        return _month_ref(start, end, text, int(g["year"]), MONTHS[g["month"].lower()])
    if kind == "year":
        return _year_ref(start, end, text, int(g["yy"]))
    if pub is None:
        return None
    if kind == "rel_day":
        rel = g["rel"].lower()
        offset = _RELATIVE_DAYS[rel]
        return _day(start, end, text, pub + timedelta(days=offset))
    if kind == "ago":
        n = int(g["n"]) if g["n"].isdigit() else _NUMBERS[g["n"].lower()]
        unit = g["unit"].lower().rstrip("s")
        if unit == "day":
            return _day(start, end, text, pub - timedelta(days=n))
        if unit == "week":
            return _week_ref(start, end, text, pub - timedelta(days=7 * n))
        if unit == "month":
            y, mo = _shift_month(pub, -n)
            return _month_ref(start, end, text, y, mo)
        return _year_ref(start, end, text, pub.year - n)
    if kind == "period":
        which, unit = g["which"].lower(), g["unit2"].lower()
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[which]
        if which == "this" and g.get("early"):
            # "earlier this year" ends before publication, "later this month" starts after it: neither is that day
            whole = _build("period", re.match(r"(?P<which>this)\s+(?P<unit2>\w+)", f"this {unit}"), pub, tense)
            if whole is not None:
                before = g["early"].lower() == "earlier"
                first = whole.first if before else (pub + timedelta(days=1)).isoformat()
                last = (pub - timedelta(days=1)).isoformat() if before else whole.last
                return DateRef(start, end, text, whole.precision, first, last, None, whole.period)
        if unit in ("week", "weekend"):
            if which == "past":  # "the past week": the seven days up to publication
                return DateRef(start, end, text, "week", (pub - timedelta(days=7)).isoformat(), str(pub))
            return _week_ref(start, end, text, pub + timedelta(days=7 * step))
        if unit == "month":
            if which == "past":
                return DateRef(start, end, text, "month", (pub - timedelta(days=31)).isoformat(), str(pub))
            y, mo = _shift_month(pub, step)
            return _month_ref(start, end, text, y, mo)
        if which == "past":
            return DateRef(start, end, text, "year", (pub - timedelta(days=366)).isoformat(), pub.isoformat())
        return _year_ref(start, end, text, pub.year + step)
    if kind == "wd":
        d = _weekday(WEEKDAYS[g["wd"].lower()], g.get("which2") or "", pub, tense)
        return _day(start, end, text, d)
    if kind == "month":
        month = MONTHS[g["month"].lower()]
        year = pub.year
        if tense == FUTURE and month < pub.month:
            year += 1
        elif tense != FUTURE and month > pub.month:
            year -= 1
        return _month_ref(start, end, text, year, month)
    return None


def find_dates(text: str, published: str | None, tense: str = PAST) -> list[DateRef]:
    """Every date expression in `text`, resolved against `published`, in text order.

    Unresolvable relative expressions (no publication date) are left out; absolute ones are kept.
    """
    return list(_find_dates(text, published, tense))


@lru_cache(maxsize=4096)
def _find_dates(text: str, published: str | None, tense: str) -> tuple[DateRef, ...]:
    # Cached: the events component asks again for every event of a sentence, and the regexes
    # over the sentence were a measurable share of its time. DateRef is frozen, so sharing is safe.
    if not _ANY_DATE.search(text):
        return ()
    pub = parse_iso(published)
    taken: list[tuple[int, int]] = []
    found: list[DateRef] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            ref = _build(kind, m, pub, tense)
            if ref is None:
                continue
            taken.append((m.start(), m.end()))
            found.append(ref)
    return tuple(sorted(found, key=lambda r: r.start))


def resolve(expr: str, published: str | None, tense: str = PAST) -> DateRef | None:
    """The first date expression in `expr` ("on Friday", "12 March 2024"), or None."""
    found = find_dates(expr, published, tense)
    return found[0] if found else None


def event_date(refs: list[DateRef], published: str | None) -> tuple[str | None, str]:
    """Pick an event's day from the date expressions of its clause, and say where it came from.

    A day-precise expression wins ("text"); a period that contains the publication date ("this
    week") gives the publication date ("period"); a period elsewhere ("in 2017") gives no day
    ("coarse"), rather than an invented one; no expression at all gives the publication date
    ("published").
    """
    for ref in refs:
        if ref.date:
            return ref.date, "text"
    for ref in refs:
        if published and ref.contains(published):
            return published, "period"
    if refs:
        return None, "coarse"
    return published, "published"
