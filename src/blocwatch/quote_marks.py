"""Find quoted passages in raw text, without any model.

News uses every quotation style there is: curly “…”, straight "…", single ‘…’ / '…' (which some
outlets use for quoted speech), guillemets «…», German „…“, and pairs that do not match because
an editor's tool mixed them (“…").  Apostrophes share their characters with single quotes
("Russia’s", "’80s", "members’ rights"), so a mark's role is decided from its neighbours, not
from its code point.  A quote that runs over several paragraphs is, by convention, left open at
the end of each paragraph and re-opened at the start of the next one: each paragraph's part is
returned as its own `QuoteMark` with `continues_previous=True` on the later parts.

Everything here works on plain strings, so it is fast to test and reusable outside spaCy.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Double-type marks. Direction is decided from context; the typographic direction only breaks ties.
DOUBLE_OPENERS = "“„«‹"
DOUBLE_CLOSERS = "”»›"
DOUBLE_AMBIGUOUS = '"\u201f\u2033'  # straight quote, reversed curly, double prime
SINGLE_OPENERS = "‘‚"
SINGLE_CLOSERS = "’"
SINGLE_AMBIGUOUS = "'`\u201b"

_DOUBLE = DOUBLE_OPENERS + DOUBLE_CLOSERS + DOUBLE_AMBIGUOUS
_SINGLE = SINGLE_OPENERS + SINGLE_CLOSERS + SINGLE_AMBIGUOUS

# Characters that may stand right before an opening mark.
_BEFORE_OPEN = set(" \t\n\r([{—–-/:;,\u00a0") | set(_DOUBLE) | set(_SINGLE)
# Characters that may stand right after a closing mark.
_AFTER_CLOSE = set(" \t\n\r)]}—–-/:;,.?!\u00a0…") | set(_DOUBLE) | set(_SINGLE)

# Elisions that start with an apostrophe: ’80s, 'em, 'til, 'tis, rock 'n' roll.
_ELISION = re.compile(r"(?:\d0s|\d\d\b|em\b|til\b|tis\b|twas\b|n\b|cause\b)", re.IGNORECASE)
_TRAILING = ",;:"


@dataclass(frozen=True)
class QuoteMark:
    """One quoted passage: `start`/`end` include the marks, `text_start`/`text_end` the words only.

    `text` is the quoted words without the marks, without surrounding spaces and without a trailing
    comma (and without a final period when the quote is a fragment inside a longer sentence).
    """

    start: int
    end: int
    text_start: int
    text_end: int
    text: str
    style: str  # "double" | "single"
    closed: bool = True  # False when the paragraph ended before a closing mark
    continues_previous: bool = False  # a re-opened quote continuing the previous paragraph's one


def _prev(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next(text: str, i: int) -> str:
    return text[i + 1] if i + 1 < len(text) else " "


def can_open(text: str, i: int) -> bool:
    """A mark can open when it starts a word: a space or bracket before it, a word after it."""
    return _prev(text, i) in _BEFORE_OPEN and not _next(text, i).isspace()


def can_close(text: str, i: int) -> bool:
    """A mark can close when it ends a word: a word before it, a space or punctuation after it."""
    nxt = _next(text, i)
    return not _prev(text, i).isspace() and (nxt in _AFTER_CLOSE or nxt.isspace() or i + 1 == len(text))


def is_apostrophe(text: str, i: int) -> bool:
    """Single-quote-like mark used as an apostrophe (Russia’s, ’80s, members’, union ’s)."""
    prev, nxt = _prev(text, i), _next(text, i)
    if prev.isalnum() and nxt.isalnum():
        return True  # inside a word: Russia’s, don’t, O’Brien
    if prev.isspace() and _ELISION.match(text, i + 1):
        return True  # ’80s, 'em
    # "union ’s" (a stray space before a possessive)
    return prev.isspace() and nxt in "sS" and not _next(text, i + 1).isalnum()


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line; a quote never silently runs across a line break."""
    out, pos = [], 0
    for line in text.split("\n"):
        out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _clean(text: str, start: int, end: int, fragment: bool) -> tuple[int, int]:
    """Trim spaces, a trailing comma/colon and, for fragments, a trailing period."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in _TRAILING):
        end -= 1
    if fragment and end > start and text[end - 1] == "." and not text[start:end].endswith("..."):
        end -= 1
    return start, end


def _is_fragment(text: str, open_at: int, para_start: int) -> bool:
    """A quote that starts in lower case, or in the middle of a sentence, is a fragment."""
    inner = text[open_at + 1 : open_at + 3].lstrip()
    if inner[:1].islower():
        return True
    before = text[para_start:open_at].rstrip()
    return bool(before) and before[-1] not in ".:?!" + _DOUBLE + _SINGLE


def _make(text: str, open_at: int, close_at: int, style: str, para_start: int,
          closed: bool = True) -> QuoteMark | None:
    end = close_at + 1 if closed else close_at
    ts, te = _clean(text, open_at + 1, close_at, _is_fragment(text, open_at, para_start))
    if te <= ts or not any(c.isalnum() for c in text[ts:te]):
        return None
    return QuoteMark(open_at, end, ts, te, text[ts:te], style, closed)


def _scan_double(text: str, p0: int, p1: int) -> tuple[list[tuple[int, int, bool]], int | None]:
    """Pairs (open, close, closed) of double marks in one paragraph, and a still-open mark."""
    pairs: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    for i in range(p0, p1):
        ch = text[i]
        if ch not in _DOUBLE:
            continue
        opens, closes = can_open(text, i), can_close(text, i)
        if open_at is None:
            if opens or (ch in DOUBLE_OPENERS and not closes):
                open_at = i
            continue
        if ch in DOUBLE_OPENERS and opens and not closes:
            # a second typographic opener: the first one was a stray mark
            open_at = i
            continue
        if closes or not opens:
            pairs.append((open_at, i, True))
            open_at = None
    return pairs, open_at


def _scan_single(text: str, p0: int, p1: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pairs of single marks outside double-quoted passages (nested quotes stay inside those)."""

    def inside(i: int) -> bool:
        return any(a <= i <= b for a, b in taken)

    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for i in range(p0, p1):
        ch = text[i]
        if ch not in _SINGLE or inside(i) or is_apostrophe(text, i):
            continue
        if open_at is None:
            if can_open(text, i) and (ch not in SINGLE_CLOSERS or not can_close(text, i)):
                open_at = i
            continue
        if can_close(text, i):
            pairs.append((open_at, i))
            open_at = None
        elif can_open(text, i):
            open_at = i
    return pairs


def find_quotes(text: str) -> list[QuoteMark]:
    """All quoted passages of `text`, in order of appearance."""
    found: list[QuoteMark] = []
    paras = _paragraphs(text)
    for k, (p0, p1) in enumerate(paras):
        first = _first_mark(text, p0)
        pairs, pending = _scan_double(text, p0, p1)
        marks = [q for a, b, _ in pairs if (q := _make(text, a, b, "double", p0))]
        if pending is not None:
            # unclosed: a quote paragraph continued in the next one, or else a stray mark
            nxt = _next_paragraph_start(text, paras, k)
            if (nxt is not None and nxt in _DOUBLE) or pending == first:
                q = _make(text, pending, _rstrip_end(text, p0, p1), "double", p0, closed=False)
                if q:
                    marks.append(q)
        taken = [(m.start, m.end - 1) for m in marks]
        marks += [q for a, b in _scan_single(text, p0, p1, taken) if (q := _make(text, a, b, "single", p0))]
        marks.sort(key=lambda m: m.start)
        if marks and marks[0].start == first and found and not found[-1].closed:
            marks[0] = QuoteMark(**{**marks[0].__dict__, "continues_previous": True})
        found.extend(marks)
    return found


def _first_mark(text: str, p0: int) -> int:
    i = p0
    while i < len(text) and text[i] in " \t\r\u00a0":
        i += 1
    return i


def _rstrip_end(text: str, p0: int, p1: int) -> int:
    while p1 > p0 and text[p1 - 1].isspace():
        p1 -= 1
    return p1


def _next_paragraph_start(text: str, paras: list[tuple[int, int]], k: int) -> str | None:
    """First character of the next non-empty paragraph."""
    for a, b in paras[k + 1 :]:
        line = text[a:b].strip()
        if line:
            return line[0]
    return None
