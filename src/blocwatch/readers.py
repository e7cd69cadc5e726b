"""Article readers: files, directories, JSON Lines dumps, feeds and stdin -> :class:`Article`.

Design points (see ``docs/readers.md`` for the user-facing description):

* ``Article.body`` is the text all evidence offsets point into, so it is never rewritten. The only
  changes made while *decoding* are the ones any text reader makes: a byte-order mark is dropped
  and ``\\r\\n``/``\\r`` line ends become ``\\n``. Recognised parts (byline, caption, ...) are
  reported as zones by :mod:`blocwatch.zones`, not removed.
* A batch never stops on a bad input: :func:`read_paths` yields a :class:`ReadProblem` with a
  stable code and a next step instead, and carries on.
* The id is a hash of the normalised body, so the same article read twice (different whitespace,
  another file, another format) gets the same id and the store can de-duplicate it.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import io
import json
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TextIO

from blocwatch import langid
from blocwatch.article import Article
from blocwatch.errors import BlocwatchError, ReadProblem
from blocwatch.htmltext import extract_page, html_to_text
from blocwatch.zones import parse_date_line, recognise

DEFAULT_MAX_BYTES = 5_000_000

TXT_EXTENSIONS = frozenset({".txt", ".text"})
HTML_EXTENSIONS = frozenset({".html", ".htm", ".xhtml"})
JSONL_EXTENSIONS = frozenset({".jsonl", ".ndjson"})
FEED_EXTENSIONS = frozenset({".xml", ".rss", ".atom"})
KNOWN_EXTENSIONS = TXT_EXTENSIONS | HTML_EXTENSIONS | JSONL_EXTENSIONS | FEED_EXTENSIONS

_HEADER_URL = re.compile(r"^(?:https?://\S+|urn:\S+|www\.\S+)$", re.IGNORECASE)
_ISO_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_WHITESPACE = re.compile(r"\s+")

_TEXT_FIELDS = ("text", "maintext", "body", "content", "article", "full_text")
_DATE_FIELDS = ("date_publish", "published", "date", "date_published", "publish_date", "pubDate",
                "published_at", "date_download")
_URL_FIELDS = ("url", "link", "source_url", "canonical_url")
_TITLE_FIELDS = ("title", "headline", "title_page")


# ---------------------------------------------------------------------------------------------
# ids, dates, decoding


def normalise_for_id(body: str) -> str:
    """NFC, whitespace collapsed, stripped, lower-cased: what two copies of an article share."""
    return _WHITESPACE.sub(" ", unicodedata.normalize("NFC", body)).strip().lower()


def article_id(body: str) -> str:
    """First 16 hex characters of the sha256 of :func:`normalise_for_id`."""
    return hashlib.sha256(normalise_for_id(body).encode("utf-8")).hexdigest()[:16]


def iso_date(value: Any) -> str | None:
    """``"YYYY-MM-DD"`` from an ISO date/datetime string, a date line or a datetime; else None."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime | dt.date):
        return value.strftime("%Y-%m-%d")
    if isinstance(value, int | float):
        return None
    text = str(value).strip()
    m = _ISO_DATE.match(text)
    if m:
        try:
            return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))).isoformat()
        except ValueError:
            return None
    return parse_date_line(text)


def _normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _first_bytes(data: bytes, n: int = 4) -> str:
    return " ".join(f"{b:02x}" for b in data[:n])


def _control_share(text: str) -> float:
    sample = text[:8192]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if (ord(ch) < 32 and ch not in "\t\n\r\f\v") or 0x7F <= ord(ch) < 0xA0)
    return bad / len(sample)


def decode_bytes(data: bytes, name: str) -> tuple[str, list[str]]:
    """Text of ``data``: UTF-8, UTF-8 with BOM, UTF-16 with BOM, then cp1252 (with a warning).

    Raises ``BlocwatchError("E003")`` for binary data (NUL bytes or mostly control characters).
    """
    warnings: list[str] = []
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise BlocwatchError(
                "E003",
                f"Not an article: {name} starts with a UTF-16 mark but does not decode ({exc.reason}).",
                "Save it as UTF-8 text.",
            ) from None
    else:
        if b"\x00" in data[:8192]:
            raise BlocwatchError(
                "E003", f"Not an article: {name} looks binary (first bytes {_first_bytes(data)}).",
                "Pass a text, HTML or JSON Lines file.",
            )
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
            warnings.append(
                f"E008 {name} is not valid UTF-8; read it as cp1252 (Windows-1252). "
                "Check accented letters, or save the file as UTF-8."
            )
    if _control_share(text) > 0.05:
        raise BlocwatchError(
            "E003", f"Not an article: {name} is mostly non-text (first bytes {_first_bytes(data)}).",
            "Pass a text, HTML or JSON Lines file.",
        )
    return _normalise_newlines(text), warnings


# ---------------------------------------------------------------------------------------------
# building an Article


def split_header(text: str) -> tuple[dict[str, str | None] | None, str]:
    """Split the optional 3-line header (title / URL / date-or-empty / blank) from the body.

    Detection is strict so ordinary text is never mistaken for a header: the 2nd line must be
    a URL (or ``urn:``), the 3rd empty or ``YYYY-MM-DD``, the 4th blank. Returns
    ``(header_or_None, body)``; the body is the text after the 4th line, verbatim.
    """
    parts = text.split("\n", 4)
    if len(parts) < 4:
        return None, text
    title, url, date, blank = (p.strip() for p in parts[:4])
    if not title or not _HEADER_URL.match(url) or blank:
        return None, text
    if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
        return None, text
    body = parts[4] if len(parts) == 5 else ""
    return {"title": title, "url": url, "date": date or None}, body


def _language_check(body: str, name: str) -> str:
    code, confidence = langid.detect(body)
    if code != "en":
        what = "undetermined language" if code == "und" else f"language '{code}'"
        raise BlocwatchError(
            "E006", f"Not English: {name} looks like {what} (confidence {confidence:.2f}); skipped.",
            "blocwatch reads English news only.",
        )
    return code


def build_article(
    body: str,
    *,
    name: str,
    path: str | None,
    stem: str | None,
    fmt: str,
    title: str | None = None,
    url: str | None = None,
    published: str | None = None,
    authors: list[str] | None = None,
    agency: str | None = None,
    title_known: bool = False,
    warnings: list[str] | None = None,
) -> Article:
    """Recognise zones in ``body`` and assemble the :class:`Article`; raises on empty/non-English.

    Metadata given by the container (header, JSON fields, HTML meta, feed entry) wins over
    what is recognised in the body; the body fills the gaps.
    """
    if not body.strip():
        raise BlocwatchError(
            "E004", f"Empty article: {name} has no text" + (" after the header." if title_known else "."),
            "Put the article text after the blank 4th line." if fmt in ("txt", "stdin") and title_known
            else "Check that the file holds the article text.",
        )
    language = _language_check(body, name)
    found = recognise(body, title_hint=title, header=title_known)
    return Article(
        id=article_id(body),
        body=body,
        title=title or found.title,
        url=url or found.url,
        published=published or found.published,
        authors=list(authors) if authors else list(found.authors),
        agency=agency or found.agency,
        path=path,
        stem=stem,
        language=language,
        source_format=fmt,
        zones=found.zones,
        dateline_place=found.dateline_place,
        warnings=list(warnings or []),
    )


def _text_article(text: str, *, name: str, path: str | None, stem: str | None, fmt: str,
                  warnings: list[str] | None = None) -> Article:
    header, body = split_header(text)
    warnings = list(warnings or [])
    if header is None:
        return build_article(body, name=name, path=path, stem=stem, fmt=fmt, warnings=warnings)
    published = iso_date(header["date"]) if header["date"] else None
    if header["date"] and published is None:
        warnings.append(f"{name}: header date {header['date']!r} is not a real date; ignored.")
    return build_article(
        body, name=name, path=path, stem=stem, fmt=fmt, title=header["title"], url=header["url"],
        published=published, title_known=True, warnings=warnings,
    )


@functools.cache
def _trafilatura() -> tuple[Any, str]:
    """trafilatura, imported once and lazily (slow to import, only HTML needs it).

    If it cannot be imported (a broken lxml extra), HTML is still read by the simple reader.
    """
    try:
        import trafilatura
    except ImportError as exc:
        return None, (str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
    return trafilatura, ""


def _html_article(page: str, *, name: str, path: str | None, stem: str | None,
                  warnings: list[str] | None = None) -> Article:
    warnings = list(warnings or [])
    text = title = url = date = None
    authors: list[str] = []
    trafilatura, reason = _trafilatura()
    if trafilatura is None:
        warnings.append(f"{name}: trafilatura unavailable ({reason}); used the simple HTML reader.")
    else:
        try:
            doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False)
        except Exception as exc:  # noqa: BLE001 - a page trafilatura chokes on still gets the simple reader
            warnings.append(f"{name}: trafilatura failed ({type(exc).__name__}); used the simple HTML reader.")
            doc = None
        if doc is not None:
            data = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
            text, title, url, date = data.get("text"), data.get("title"), data.get("url"), data.get("date")
            if text:
                # trafilatura puts one paragraph per line; the pipeline splits paragraphs on blank
                # lines (as in .txt files), so make the separator a blank line. This *is* the body.
                text = re.sub(r"\n+", "\n\n", _normalise_newlines(text))
            author = data.get("author")
            if author:
                authors = [a.strip() for a in re.split(r";|\s+and\s+", author) if a.strip()]
    if not text or not text.strip():
        simple = extract_page(page)
        text = simple.text
        title, url, date = title or simple.title, url or simple.url, date or simple.date
        authors = authors or simple.authors
    if not text.strip():
        raise BlocwatchError("E010", f"No text: found no article text in the HTML page {name}.",
                             "Save the article page itself, or paste its text into a .txt file.")
    return build_article(
        _normalise_newlines(text), name=name, path=path, stem=stem, fmt="html", title=title, url=url,
        published=iso_date(date), authors=authors, title_known=bool(title), warnings=warnings,
    )


def read_text(text: str, *, path: str | None = None, fmt: str = "txt") -> Article:
    """One article from a string (``fmt`` txt, stdin or html); raises :class:`BlocwatchError`.

    Line ends are normalised to ``\\n`` and a leading byte-order mark is dropped, as when
    reading a file.
    """
    name = path or "<text>"
    stem = Path(path).stem if path and path not in ("-", "<stdin>") else ("stdin" if fmt == "stdin" else None)
    text = _normalise_newlines(text.lstrip("\ufeff"))
    if fmt == "html":
        return _html_article(text, name=name, path=path, stem=stem)
    if fmt not in ("txt", "stdin"):
        raise BlocwatchError(
            "E010", f"read_text cannot read format {fmt!r}.", "Use read_file for jsonl and feeds."
        )
    return _text_article(text, name=name, path=path, stem=stem, fmt=fmt)


# ---------------------------------------------------------------------------------------------
# JSON Lines and feeds


def _first(record: dict[str, Any], keys: Iterable[str]) -> Any:
    for key in keys:
        value = record.get(key)
        if value not in (None, "", []):
            return value
    return None


def _authors(value: Any) -> list[str]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out: list[str] = []
    for item in items:
        if isinstance(item, dict):
            item = item.get("name")
        if isinstance(item, str) and item.strip():
            out.append(item.strip())
    return out


def _read_jsonl(text: str, *, name: str, stem: str, max_bytes: int,
                warnings: list[str]) -> Iterator[Article | ReadProblem]:
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{name}:{lineno}"
        if len(line.encode("utf-8", errors="replace")) > max_bytes:
            yield ReadProblem(where, "E005", f"Article too large: {where} is over {max_bytes:,} bytes; "
                              "skipped. Raise --max-bytes if it is really one article.")
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ReadProblem(where, "E007", f"Bad JSON line: {where}: {exc.msg} at column {exc.colno}; "
                              "skipped. Each line must be one JSON object.")
            continue
        if not isinstance(record, dict):
            yield ReadProblem(where, "E007", f"Bad JSON line: {where} is a {type(record).__name__}, "
                              "not an object; skipped. Each line must be one JSON object.")
            continue
        body = _first(record, _TEXT_FIELDS)
        if not isinstance(body, str):
            yield ReadProblem(where, "E011", f"No text: {where} has none of the fields "
                              f"{', '.join(_TEXT_FIELDS[:4])}; skipped. Add the article text under 'text'.")
            continue
        title = _first(record, _TITLE_FIELDS)
        url = _first(record, _URL_FIELDS)
        try:
            yield build_article(
                _normalise_newlines(body), name=where, path=where, stem=f"{stem}-{lineno:04d}", fmt="jsonl",
                title=str(title).strip() if title else None, url=str(url).strip() if url else None,
                published=iso_date(_first(record, _DATE_FIELDS)),
                authors=_authors(_first(record, ("authors", "author", "byline"))),
                title_known=bool(title), warnings=warnings,
            )
        except BlocwatchError as err:
            yield ReadProblem.from_error(where, err, fatal=err.code != "E006")


def _entry_authors(entry: Any) -> list[str]:
    names = [a.get("name", "") for a in entry.get("authors", []) if isinstance(a, dict)]
    if not names and entry.get("author"):
        names = [entry["author"]]
    out = []
    for n in names:
        m = re.match(r"^\S+@\S+\s+\((.+)\)$", n.strip())  # RSS "email (Name)"
        n = m.group(1) if m else n
        if n.strip() and "@" not in n:
            out.append(n.strip())
    return out


def _read_feed(data: bytes, *, name: str, stem: str) -> Iterator[Article | ReadProblem]:
    import feedparser  # lazy: only feeds need it

    parsed = feedparser.parse(io.BytesIO(data))  # a stream, never a string: strings may be fetched as URLs
    if not parsed.entries:
        reason = getattr(parsed.get("bozo_exception"), "args", [""])
        yield ReadProblem(name, "E010", f"Not a feed: {name} has no RSS/Atom entries"
                          + (f" ({reason[0]})" if reason and reason[0] else "") + ". "
                          "Pass an RSS or Atom file, or rename it if it is something else.")
        return
    for index, entry in enumerate(parsed.entries, start=1):
        where = f"{name}:{index}"
        contents = entry.get("content") or []
        raw = contents[0].get("value", "") if contents else entry.get("summary", "")
        body = _normalise_newlines(html_to_text(raw or ""))
        key = entry.get("id") or entry.get("link") or entry.get("title") or str(index)
        entry_stem = f"{stem}-{hashlib.sha1(key.encode('utf-8')).hexdigest()[:8]}"
        when = entry.get("published_parsed") or entry.get("updated_parsed")
        published = f"{when.tm_year:04d}-{when.tm_mon:02d}-{when.tm_mday:02d}" if when else None
        title = html_to_text(entry.get("title", "")) or None
        try:
            yield build_article(
                body, name=where, path=where, stem=entry_stem, fmt="feed", title=title,
                url=entry.get("link"), published=published, authors=_entry_authors(entry),
                title_known=bool(title),
            )
        except BlocwatchError as err:
            yield ReadProblem.from_error(where, err, fatal=err.code != "E006")


# ---------------------------------------------------------------------------------------------
# files, directories, stdin


def _sniff_format(text: str) -> str:
    head = text[:2000].lstrip().lower()
    if head.startswith("<?xml") and re.search(r"<(rss|feed|rdf:rdf)\b", head):
        return "feed"
    if re.match(r"<(rss|feed|rdf:rdf)\b", head):
        return "feed"
    if head.startswith("<!doctype html") or "<html" in head:
        return "html"
    return "txt"


def _format_for(path: Path) -> str | None:
    ext = path.suffix.lower()
    if ext in TXT_EXTENSIONS:
        return "txt"
    if ext in HTML_EXTENSIONS:
        return "html"
    if ext in JSONL_EXTENSIONS:
        return "jsonl"
    if ext in FEED_EXTENSIONS:
        return "feed"
    return None


def _read_one_file(path: Path, *, max_bytes: int) -> Iterator[Article | ReadProblem]:
    name = str(path)
    fmt = _format_for(path)
    try:
        size = path.stat().st_size
        if fmt != "jsonl" and size > max_bytes:
            yield ReadProblem(name, "E005", f"Article too large: {name} is {size:,} bytes, over the limit of "
                              f"{max_bytes:,}; skipped. Split it, or raise --max-bytes.")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield ReadProblem(name, "E009", f"Cannot read {name}: {exc.strerror or exc}. "
                          "Check the file's permissions.")
        return
    if fmt == "feed":
        yield from _read_feed(data, name=name, stem=path.stem)
        return
    try:
        text, warnings = decode_bytes(data, name)
        if fmt is None:
            fmt = _sniff_format(text)
        if fmt == "jsonl":
            yield from _read_jsonl(text, name=name, stem=path.stem, max_bytes=max_bytes, warnings=warnings)
        elif fmt == "feed":
            yield from _read_feed(data, name=name, stem=path.stem)
        elif fmt == "html":
            yield _html_article(text, name=name, path=name, stem=path.stem, warnings=warnings)
        else:
            yield _text_article(text, name=name, path=name, stem=path.stem, fmt="txt", warnings=warnings)
    except BlocwatchError as err:
        yield ReadProblem.from_error(name, err, fatal=err.code != "E006")


def _walk(directory: Path) -> list[Path]:
    """Known-extension files under ``directory``, hidden files and folders skipped, sorted."""
    found: list[Path] = []
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for file in sorted(files):
            if not file.startswith(".") and Path(file).suffix.lower() in KNOWN_EXTENSIONS:
                found.append(Path(root) / file)
    return sorted(found, key=lambda p: p.relative_to(directory).parts)


def _read_stdin(stream: TextIO, *, max_bytes: int) -> Iterator[Article | ReadProblem]:
    text = stream.read(max_bytes + 1)
    if len(text.encode("utf-8", errors="replace")) > max_bytes:
        yield ReadProblem("<stdin>", "E005", f"Article too large: stdin is over {max_bytes:,} bytes; "
                          "skipped. Raise --max-bytes, or pass a file.")
        return
    try:
        yield read_text(text, path="<stdin>", fmt="stdin")
    except BlocwatchError as err:
        yield ReadProblem.from_error("<stdin>", err, fatal=err.code != "E006")


def _guarded(path: str, items: Iterator[Article | ReadProblem]) -> Iterator[Article | ReadProblem]:
    """Turn any unexpected exception into a ReadProblem so one input never stops the batch."""
    try:
        yield from items
    except Exception as exc:  # noqa: BLE001 - the batch must go on; the problem is reported
        yield ReadProblem(path, "E012", f"Reader failed on {path}: {type(exc).__name__}: {exc}. "
                          "Please report this with the file.")


def read_paths(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES, stdin: TextIO | None = None
) -> Iterator[Article | ReadProblem]:
    """Articles (and problems) from files, directories (recursive) and ``-`` (stdin), in order.

    Never raises for a bad input and never stops early: each bad input is one
    :class:`ReadProblem` and the rest is read.
    """
    for raw in paths:
        if str(raw) == "-":
            yield from _guarded("<stdin>", _read_stdin(stdin or sys.stdin, max_bytes=max_bytes))
            continue
        path = Path(raw)
        name = str(path)
        if not path.exists():
            yield ReadProblem(name, "E001", f"Not found: {name} does not exist. Check the path.")
        elif path.is_dir():
            files = _walk(path)
            if not files:
                yield ReadProblem(name, "E002", f"Nothing to read: {name} has no .txt, .html, .jsonl, .xml, "
                                  ".rss or .atom files. Point at a folder of articles.")
            any_article = False
            for file in files:
                for item in _guarded(str(file), _read_one_file(file, max_bytes=max_bytes)):
                    any_article = any_article or isinstance(item, Article)
                    yield item
            if files and not any_article:
                yield ReadProblem(name, "E002", f"Nothing readable: none of the {len(files)} files in {name} "
                                  "gave an article (see the problems above).")
        else:
            yield from _guarded(name, _read_one_file(path, max_bytes=max_bytes))


def read_file(path: str | Path, *, max_bytes: int = DEFAULT_MAX_BYTES) -> list[Article | ReadProblem]:
    """All articles and problems from one file or directory, as a list."""
    return list(read_paths([path], max_bytes=max_bytes))


def articles_only(items: Iterable[Article | ReadProblem]) -> list[Article]:
    """Convenience for callers that only want the articles."""
    return [item for item in items if isinstance(item, Article)]
