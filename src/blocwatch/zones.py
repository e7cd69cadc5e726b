"""Recognise the non-prose parts of a scraped article body: title, byline, date line, photo
caption, "Original url:" trailer, related-article links, and a dateline opening the first
paragraph.

Why zones instead of cleaning: every evidence span is a character offset into ``Article.body``,
so the body must stay exactly as read. This module only reports ``(kind, start, end)`` spans and
the metadata they carry (authors, agency, date, url, dateline place); later stages decide to skip
a caption or to read the dateline.

Only the top of the body (a few short lines before the first real paragraph) is searched for
title/byline/date/caption, and only the end for the URL trailer, so a sentence in the middle of
an article is never mistaken for metadata.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from blocwatch.article import Zone

#: News agencies recognised in bylines and datelines (as written -> canonical short name).
AGENCIES: dict[str, str] = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "tass": "TASS",
    "itar-tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "xinhua": "Xinhua",
    "bloomberg": "Bloomberg",
    "dpa": "dpa",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "kyodo": "Kyodo",
    "yonhap": "Yonhap",
    "efe": "EFE",
    "ansa": "ANSA",
    "upi": "UPI",
    "pti": "PTI",
    "ians": "IANS",
    "apa": "APA",
    "irna": "IRNA",
    "wafa": "WAFA",
    "sputnik": "Sputnik",
}

#: Words after a comma in a byline that describe the writer, not another writer.
_BYLINE_ROLE_WORDS = {
    "staff", "writer", "reporter", "correspondent", "editor", "contributor", "bureau", "desk",
    "chief", "senior", "special", "diplomatic", "political", "foreign", "news", "agencies",
}

_MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
_MONTH_RE = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_WEEKDAY_RE = r"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?,?\s+)"
_DATE_PREFIX_RE = r"(?:(?:Published|Posted|Updated|Last updated|Date)\s*(?:on|:)?\s*)"
_TIME_RE = (
    r"(?:\s*[,|\-–—]?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?"
    r"(?:\s*\(?(?:[A-Z]{2,5}|UTC|GMT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?)?)?"
)
_DATE_LINE_RES = [
    # September 15, 2021 / Sept. 15, 2021 10:00 GMT / Wednesday, September 15, 2021
    re.compile(
        rf"^{_DATE_PREFIX_RE}?{_WEEKDAY_RE}?(?P<mon>{_MONTH_RE})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+"
        rf"(?P<year>\d{{4}}){_TIME_RE}\s*$",
        re.IGNORECASE,
    ),
    # 15 September 2021 / Wednesday 15 September 2021 10:00
    re.compile(
        rf"^{_DATE_PREFIX_RE}?{_WEEKDAY_RE}?(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<mon>{_MONTH_RE}),?\s+"
        rf"(?P<year>\d{{4}}){_TIME_RE}\s*$",
        re.IGNORECASE,
    ),
    # 2021-09-15 / 2021-09-15T10:00:00Z
    re.compile(
        rf"^{_DATE_PREFIX_RE}?(?P<year>\d{{4}})-(?P<mon>\d{{2}})-(?P<day>\d{{2}})"
        r"(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?\s*$",
        re.IGNORECASE,
    ),
]

_NAME_TOKEN = r"(?:[A-Z][\w'’.-]*|de|da|van|von|der|al|el|bin|ibn|le|la|du|dos|del)"
_NAME_RE = re.compile(rf"^{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{0,4}}$")
_BYLINE_RE = re.compile(r"^\s*By\s+(?P<rest>[A-Z].{1,200})$")
_PIPE_BYLINE_RE = re.compile(r"^\s*(?P<names>[A-Z][^|]{2,80}?)\s*\|\s*(?P<agency>[A-Za-z][\w .&-]{1,40})\s*$")

# Caption credits: "... **Russian Foreign Ministry / TASS**", "... (Photo: AFP)", "Photo: ...",
# "... Photo: John Doe/Reuters", "... REUTERS/John Doe".
_CAPTION_CREDIT_RES = [
    re.compile(r"\*\*(?P<credit>[^*\n]{2,120})\*\*\s*$"),
    re.compile(r"\((?P<credit>(?:Photo|Photograph|Picture|Image|Credit)s?(?:\s+credit)?\s*:\s*[^()\n]{1,120})\)\s*$",
               re.IGNORECASE),
    re.compile(r"(?:^|\s)(?P<credit>(?:Photo|Photograph|Picture|Image)s?(?:\s+credit)?\s*:\s*[^\n]{1,120})$",
               re.IGNORECASE),
    re.compile(r"\s(?P<credit>[A-Z][\w .'-]{1,60}\s*/\s*(?:AFP|Reuters|REUTERS|AP|TASS|Getty Images|EPA"
               r"|Xinhua|Sputnik|Anadolu|dpa|EFE)(?:\s+via\s+[\w ]+)?)\s*$"),
    re.compile(r"\s(?P<credit>(?:REUTERS|AFP|AP|EPA|TASS)\s*/\s*[A-Z][\w .'-]{1,60})\s*$"),
]
_ORIGINAL_URL_RE = re.compile(
    r"^\s*(?:Original|Source)\s*(?:url|URL|link|article)?\s*:\s*(?P<url>\S+)?\s*$", re.IGNORECASE
)
_URL_RE = re.compile(r"^(?:https?://|www\.)\S+$")
_RELATED_RE = re.compile(r"^\s*(?:Related(?:\s+article)?|Read more|Read also|See also|Also read)\s*:\s*\S",
                         re.IGNORECASE)

# Datelines opening the first paragraph.
_AGENCY_ALT = (
    r"AFP|Reuters|REUTERS|AP|TASS|Xinhua|XINHUA|dpa|DPA|IANS|PTI|UPI|EFE|ANSA|Interfax|Sputnik|Anadolu"
)
_PLACE_WORD = r"[A-Z][\w'’.-]*"
_CAPS_WORD = r"[A-Z][A-Z'’.-]+"
#: "Pakistan", "Idaho", "Central African Republic": the state or province after the city
_QUALIFIER = rf"{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}}"
#: "Jan 6", "Sept. 18", "6 January", "March 3, 2023"
_DATELINE_DATE = rf"(?:{_MONTH_RE}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH_RE})(?:,?\s+\d{{4}})?"
#: any wire service in brackets, known or not ("(Blocwire)", "(Gulf News Agency)"): up to four words
_ANY_AGENCY = r"[A-Z][\w&.'’-]*(?:\s[A-Z][\w&.'’-]*){0,3}"
_DATELINE_RES = [
    # BRUSSELS (AFP) -   /   MOSCOW, Jan 6 (Reuters) -   /  Dushanbe, Tajikistan (AP) —
    re.compile(
        rf"^(?P<place>{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}"
        rf"(?:,\s*{_PLACE_WORD}(?:\s{_PLACE_WORD}){{0,2}})?)"
        rf"(?:,\s*(?P<date>{_DATELINE_DATE}))?"
        rf"\s*\((?P<agency>{_AGENCY_ALT})\)\s*[-–—:]+\s+"
    ),
    # WAGAH, Pakistan (Blocwire) -   /   ADDIS ABABA, Oct 28 (Newswire) —   /   Lima, March 3 (Wire) -
    # (an agency we do not know: the place is in capitals or a date comes before the brackets)
    re.compile(
        rf"^(?P<place>{_CAPS_WORD}(?:[ -]{_CAPS_WORD}){{0,3}}(?:,\s*{_QUALIFIER})?)"
        rf"(?:,\s*(?P<date>{_DATELINE_DATE}))?"
        rf"\s*\((?P<agency>{_ANY_AGENCY})\)\s*[-–—]{{1,2}}\s+"
    ),
    re.compile(
        rf"^(?P<place>{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:,\s*{_QUALIFIER})?)"
        rf",\s*(?P<date>{_DATELINE_DATE})"
        rf"\s*\((?P<agency>{_ANY_AGENCY})\)\s*[-–—]{{1,2}}\s+"
    ),
    # MOSCOW, Jan 6 -   /   KABUL - / KABUL — / NAIROBI, Kenya, March 3, 2023 — (all-caps place, no agency)
    re.compile(
        rf"^(?P<place>{_CAPS_WORD}(?:\s{_CAPS_WORD}){{0,3}}(?:,\s*{_QUALIFIER})?)"
        rf"(?:,\s*(?P<date>{_DATELINE_DATE}))?\s*[-–—]{{1,2}}\s+"
    ),
    # Nairobi, March 3, 2023 —   /   Lima, Peru, Jan. 5 -   (Title Case place: only with a date)
    re.compile(
        rf"^(?P<place>{_PLACE_WORD}(?:[ -]{_PLACE_WORD}){{0,3}}(?:,\s*{_QUALIFIER})?)"
        rf",\s*(?P<date>{_DATELINE_DATE})\s*[-–—]{{1,2}}\s+"
    ),
    # Hamburg, Germany:   /   MOSCOW:   (colon form: needs "City, Country" or an all-caps place)
    re.compile(
        r"^(?P<place>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2},\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*){0,2}"
        r"|[A-Z][A-Z'’.-]{2,}(?:\s[A-Z][A-Z'’.-]+){0,2})\s*:\s+"
    ),
]
#: first words that make a "place" an ordinary sentence opener ("The Ministry (MFA) - ...")
_NOT_PLACE_START = {"the", "a", "an", "this", "that", "in", "on", "at", "by", "for", "and", "but", "it", "he",
                    "she", "we", "they"}

_HEAD_MAX_LINES = 8
_TITLE_MAX_WORDS = 25


@dataclass
class Recognised:
    """What the zone finder learned from a body."""

    zones: list[Zone] = field(default_factory=list)
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    agency: str | None = None
    published: str | None = None
    url: str | None = None
    dateline_place: str | None = None


@dataclass
class _Line:
    start: int
    end: int  # end of the stripped content
    text: str  # stripped content


def _lines(body: str) -> list[_Line]:
    """Non-empty lines with offsets of their stripped content in ``body``."""
    out: list[_Line] = []
    pos = 0
    for raw in body.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = pos + lead
            out.append(_Line(start, start + len(stripped), stripped))
        pos += len(raw) + 1
    return out


def _norm(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).lower()
    return re.sub(r"[\W_]+", " ", text).strip()


def canonical_agency(text: str) -> str | None:
    """``"Agence France-Presse"`` -> ``"AFP"``; None when ``text`` is not a known agency."""
    return AGENCIES.get(re.sub(r"\s+", " ", text.strip().strip(".")).lower())


def parse_date_line(text: str) -> str | None:
    """``"Sept. 15, 2021 10:00 GMT"`` -> ``"2021-09-15"``; None unless the whole line is a date."""
    text = text.strip()
    if len(text) > 80:
        return None
    for pattern in _DATE_LINE_RES:
        m = pattern.match(text)
        if not m:
            continue
        mon = m.group("mon").rstrip(".").lower()
        month = int(mon) if mon.isdigit() else _MONTHS.get(mon)
        day, year = int(m.group("day")), int(m.group("year"))
        if month and 1 <= month <= 12 and 1 <= day <= 31 and 1800 <= year <= 2200:
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _clean_author(name: str) -> str | None:
    name = re.sub(rf"\s+in\s+{_PLACE_WORD}(?:\s+{_PLACE_WORD})*(?:,\s*{_PLACE_WORD})?\s*$", "", name.strip())
    name = name.strip(" ,;.")
    if not name or not _NAME_RE.match(name):
        return None
    return name


def parse_byline(line: str) -> tuple[list[str], str | None] | None:
    """Authors and agency of a byline, or None when ``line`` is not a byline.

    Handles "By A in X and B in Y for AFP", "By A, Reuters", "By A and B", "By A, B and C",
    "By A, Staff Writer" and "A | AFP".
    """
    line = line.strip()
    if len(line) > 250:
        return None
    m = _BYLINE_RE.match(line)
    if m:
        rest = m.group("rest").strip()
    else:
        pm = _PIPE_BYLINE_RE.match(line)
        if not pm:
            return None
        rest = f"{pm.group('names')}, {pm.group('agency')}"
    agency: str | None = None
    fm = re.search(r"\s+for\s+(?:the\s+)?(?P<agency>[A-Z][\w .&'-]{1,60})$", rest)
    if fm:
        agency = canonical_agency(fm.group("agency")) or fm.group("agency").strip()
        rest = rest[: fm.start()]
    paren = re.search(r"\s*\((?P<agency>[^()]{2,40})\)\s*$", rest)
    if paren and canonical_agency(paren.group("agency")):
        agency = agency or canonical_agency(paren.group("agency"))
        rest = rest[: paren.start()]
    authors: list[str] = []
    for piece in re.split(r"\s*,\s*|\s+(?:and|&)\s+", rest):
        piece = piece.strip()
        if not piece:
            continue
        known = canonical_agency(piece)
        if known:
            agency = agency or known
            continue
        words = piece.split()
        if {w.lower() for w in words} & _BYLINE_ROLE_WORDS:
            rest_words = [w for w in words if w.lower() not in _BYLINE_ROLE_WORDS]
            agency = agency or canonical_agency(" ".join(rest_words))  # "Reuters Staff"
            continue
        name = _clean_author(piece)
        if name is None:
            return None  # something that is not a name list: not a byline
        authors.append(name)
    if not authors and not agency:
        return None
    return authors, agency


def find_caption_credit(line: str) -> tuple[int, int] | None:
    """Offsets (within ``line``) of a photo credit that marks the line as a caption."""
    for pattern in _CAPTION_CREDIT_RES:
        m = pattern.search(line)
        if m:
            return m.start("credit"), m.end("credit")
    return None


def _looks_like_title(line: str) -> bool:
    words = line.split()
    return 0 < len(words) <= _TITLE_MAX_WORDS and len(line) <= 250 and not line.endswith(".")


def find_dateline(paragraph: str) -> tuple[int, int, str, str | None] | None:
    """``(start, end, place, agency)`` of a dateline opening ``paragraph``, if any.

    ``end`` is where the dateline including its separator ends. The match is kept short (a
    place of at most four words) so an ordinary sentence opener is not taken for one.
    """
    for pattern in _DATELINE_RES:
        m = pattern.match(paragraph)
        if not m:
            continue
        place = m.group("place").strip()
        if place.lower() in {"related", "update", "note", "editor's note", "photo", "original url"}:
            continue
        if place.split()[0].lower() in _NOT_PLACE_START:
            continue
        agency_group = m.groupdict().get("agency")
        agency = (canonical_agency(agency_group) or agency_group.strip()) if agency_group else None
        return 0, m.end(), place, agency
    return None


def recognise(body: str, *, title_hint: str | None = None, header: bool = False) -> Recognised:
    """Find zones in ``body``.

    ``header`` says the file had the 3-line header (title/URL/date), so the title is known and
    the first line is only a title zone when it repeats it. Without a header, the first line is
    the title when it reads like one and more text follows.
    """
    found = Recognised()
    lines = _lines(body)
    if not lines:
        return found

    # Trailer: "Original url:" with the URL on the same or the next non-empty line.
    tail_index = len(lines)
    for i in range(len(lines) - 1, max(-1, len(lines) - 4), -1):
        m = _ORIGINAL_URL_RE.match(lines[i].text)
        if not m:
            continue
        url = m.group("url")
        end = lines[i].end
        if url and _URL_RE.match(url):
            found.url = url
        elif url is None and i + 1 < len(lines) and _URL_RE.match(lines[i + 1].text):
            found.url = lines[i + 1].text
            end = lines[i + 1].end
        elif url is not None:
            continue
        found.zones.append(Zone("url", lines[i].start, end))
        tail_index = i
        break

    # Head: title, byline, date line, caption - in any order, among the first short lines.
    index = 0
    head_limit = min(tail_index, _HEAD_MAX_LINES)
    if not header and len(lines) > 1 and tail_index > 1 and _looks_like_title(lines[0].text):
        line = lines[0]
        if parse_byline(line.text) is None and parse_date_line(line.text) is None:
            found.title = line.text
            found.zones.append(Zone("title", line.start, line.end))
            index = 1
    elif header and title_hint and _norm(lines[0].text) == _norm(title_hint):
        found.zones.append(Zone("title", lines[0].start, lines[0].end))
        index = 1

    while index < head_limit:
        line = lines[index]
        byline = parse_byline(line.text)
        if byline is not None and not found.authors:
            found.authors, agency = byline
            found.agency = found.agency or agency
            found.zones.append(Zone("byline", line.start, line.end))
            index += 1
            continue
        date = parse_date_line(line.text)
        if date is not None:
            found.published = found.published or date
            found.zones.append(Zone("header_date", line.start, line.end))
            index += 1
            continue
        credit = find_caption_credit(line.text)
        if credit is not None or re.match(r"^(?:Photo|Photograph|Picture|Image)\s*:", line.text, re.I):
            found.zones.append(Zone("caption", line.start, line.end))
            if credit is not None:
                found.zones.append(Zone("photo_credit", line.start + credit[0], line.start + credit[1]))
            index += 1
            continue
        break

    # Dateline at the start of the first prose paragraph.
    if index < tail_index:
        first = lines[index]
        dl = find_dateline(first.text)
        if dl is not None:
            _, end, place, agency = dl
            sep_trimmed = first.text[:end].rstrip()
            found.zones.append(Zone("dateline", first.start, first.start + len(sep_trimmed)))
            found.dateline_place = place
            found.agency = found.agency or agency

    # "Related article: ..." lines anywhere in the prose.
    for line in lines[index:tail_index]:
        if _RELATED_RE.match(line.text) and len(line.text.split()) <= 30:
            found.zones.append(Zone("related", line.start, line.end))

    found.zones.sort(key=lambda z: (z.start, z.end))
    return found
