"""Readers: formats, header detection, zones with verbatim offsets, ids, and bad input.

All fixture texts are written here (or built in tmp_path); only one test reads the founding
article in ../shared/eval to check zone offsets on a real scraped page.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from blocwatch.article import Article, Zone
from blocwatch.errors import ERROR_CODES, READER_CODES, BlocwatchError, ReadProblem
from blocwatch.readers import (
    article_id,
    decode_bytes,
    normalise_for_id,
    read_file,
    read_paths,
    read_text,
    split_header,
)
from blocwatch.zones import find_dateline, parse_byline, parse_date_line

EVAL_FOUNDING = Path("/work/shared/eval/articles/afp_security_blocs_2021.txt")

BRIEF = (
    "Ministers from the regional bloc met in the capital on Tuesday and agreed to hold joint "
    "exercises next spring. The chairman said the group would \"stand together\" on border security."
)

RAW_SCRAPED = """Trade Bloc Leaders Pledge Closer Ties

By Anna Novak in Vienna and Pedro Alves in Lisbon for Reuters

March 3, 2022 14:30 GMT

The delegates pose for a group photo before the opening session. **Pool Photo / AFP**

VIENNA (Reuters) - Leaders of the trade bloc pledged on Thursday to deepen economic ties and called
for a quick end to tariff disputes, officials said.

"We have more in common than what divides us," the bloc's chair said at a news conference.

Related article: Bloc Ministers Prepare Summit Agenda

The next summit is due to take place in the autumn.

Original url:

https://news.example.org/2022/03/03/trade-bloc-leaders
"""


def zone_texts(article: Article, kind: str) -> list[str]:
    return [article.body[z.start : z.end] for z in article.zones if z.kind == kind]


def only_articles(items: list[Article | ReadProblem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def only_problems(items: list[Article | ReadProblem]) -> list[ReadProblem]:
    return [i for i in items if isinstance(i, ReadProblem)]


# --- header ---------------------------------------------------------------------------------


def test_header_is_split_and_body_is_verbatim(tmp_path: Path) -> None:
    body = "  " + BRIEF + "\n\n  Second   paragraph with  odd spacing.\n"
    path = tmp_path / "brief.txt"
    path.write_text(f"Bloc agrees exercises\nhttps://example.org/a\n2023-04-04\n\n{body}", encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.body == body
    assert article.title == "Bloc agrees exercises"
    assert article.url == "https://example.org/a"
    assert article.published == "2023-04-04"
    assert article.stem == "brief"
    assert article.path == str(path)
    assert article.source_format == "txt"
    assert article.language == "en"


def test_header_with_empty_date_line_and_urn() -> None:
    header, body = split_header(f"A title\nurn:uuid:1234\n\n\n{BRIEF}")
    assert header == {"title": "A title", "url": "urn:uuid:1234", "date": None}
    assert body == BRIEF


@pytest.mark.parametrize(
    "text",
    [
        f"Ministers meet\nThey met on Monday.\n2023-04-04\n\n{BRIEF}",  # 2nd line not a URL
        f"Ministers meet\nhttps://example.org\nMonday\n\n{BRIEF}",  # 3rd line not a date
        f"Ministers meet\nhttps://example.org\n2023-04-04\nNot blank\n{BRIEF}",  # 4th line not blank
        f"{BRIEF}\n{BRIEF}\n\n\n{BRIEF}",
    ],
)
def test_header_detection_is_strict(text: str) -> None:
    header, body = split_header(text)
    assert header is None
    assert body == text


def test_header_only_file_is_empty_article(tmp_path: Path) -> None:
    path = tmp_path / "empty.txt"
    path.write_text("A title\nhttps://example.org/x\n2023-01-01\n\n   \n", encoding="utf-8")
    [problem] = read_file(path)
    assert isinstance(problem, ReadProblem)
    assert problem.code == "E004"
    assert "empty.txt" in str(problem)
    assert str(problem).startswith("E004 ")


# --- raw scraped text -----------------------------------------------------------------------


def test_raw_scraped_text_recognises_parts() -> None:
    article = read_text(RAW_SCRAPED, path="raw.txt")
    assert article.body == RAW_SCRAPED
    assert article.title == "Trade Bloc Leaders Pledge Closer Ties"
    assert article.authors == ["Anna Novak", "Pedro Alves"]
    assert article.agency == "Reuters"
    assert article.published == "2022-03-03"
    assert article.url == "https://news.example.org/2022/03/03/trade-bloc-leaders"
    assert article.dateline_place == "VIENNA"
    assert zone_texts(article, "title") == ["Trade Bloc Leaders Pledge Closer Ties"]
    assert zone_texts(article, "byline") == ["By Anna Novak in Vienna and Pedro Alves in Lisbon for Reuters"]
    assert zone_texts(article, "header_date") == ["March 3, 2022 14:30 GMT"]
    assert zone_texts(article, "caption")[0].startswith("The delegates pose")
    assert zone_texts(article, "photo_credit") == ["Pool Photo / AFP"]
    assert zone_texts(article, "dateline") == ["VIENNA (Reuters) -"]
    assert zone_texts(article, "related") == ["Related article: Bloc Ministers Prepare Summit Agenda"]
    [url_zone] = zone_texts(article, "url")
    assert url_zone.startswith("Original url:") and url_zone.endswith("trade-bloc-leaders")


def test_zones_are_sorted_and_inside_body() -> None:
    article = read_text(RAW_SCRAPED)
    starts = [z.start for z in article.zones]
    assert starts == sorted(starts)
    for zone in article.zones:
        assert 0 <= zone.start < zone.end <= len(article.body)
        assert zone.text(article.body) == article.body[zone.start : zone.end].strip()


def test_original_url_on_same_line() -> None:
    text = f"Headline Here\n\n{BRIEF}\n\nOriginal url: https://example.org/x-1\n"
    article = read_text(text)
    assert article.url == "https://example.org/x-1"
    assert zone_texts(article, "url") == ["Original url: https://example.org/x-1"]


def test_single_sentence_article_has_no_title_zone() -> None:
    text = ("Chile and Peru have agreed to hold joint naval drills next spring, "
            "a Peruvian navy spokesman said.")
    article = read_text(text)
    assert article.title is None
    assert article.zones == []
    assert article.body == text


def test_first_line_sentence_is_not_a_title() -> None:
    text = f"{BRIEF}\n\nA second paragraph follows here."
    article = read_text(text)
    assert article.title is None
    assert not zone_texts(article, "title")


def test_header_and_byline_in_body_are_both_used(tmp_path: Path) -> None:
    text = "Trade Bloc Leaders Pledge Closer Ties\nhttps://example.org/t\n2022-03-03\n\n" + RAW_SCRAPED
    article = read_text(text, path="both.txt")
    assert article.title == "Trade Bloc Leaders Pledge Closer Ties"
    assert article.url == "https://example.org/t"  # the header wins over the trailer
    assert article.authors == ["Anna Novak", "Pedro Alves"]
    assert zone_texts(article, "title") == ["Trade Bloc Leaders Pledge Closer Ties"]
    assert zone_texts(article, "byline")


@pytest.mark.skipif(not EVAL_FOUNDING.exists(), reason="shared eval data not present")
def test_founding_article_zones_offsets_are_verbatim() -> None:
    [article] = read_file(EVAL_FOUNDING)
    assert isinstance(article, Article)
    raw = EVAL_FOUNDING.read_text(encoding="utf-8")
    assert raw.endswith(article.body)
    assert raw.split("\n", 4)[4] == article.body
    assert article.authors == ["Christopher Rickleton", "Michael Mainville"]
    assert article.agency == "AFP"
    assert article.published == "2021-09-15"
    assert zone_texts(article, "byline")[0].startswith("By Christopher Rickleton")
    assert zone_texts(article, "header_date") == ["September 15, 2021"]
    assert zone_texts(article, "photo_credit") == ["Russian Foreign Ministry / TASS"]
    assert zone_texts(article, "caption")[0].endswith("**Russian Foreign Ministry / TASS**")
    assert zone_texts(article, "url")[0].endswith(article.url or "?")
    assert article.to_contract()["authors"] == ["Christopher Rickleton", "Michael Mainville"]


# --- bylines, date lines, datelines -----------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "authors", "agency"),
    [
        ("By Christopher X in Almaty and Michael Y in Moscow for AFP", ["Christopher X", "Michael Y"], "AFP"),
        ("By Jane Doe, Reuters", ["Jane Doe"], "Reuters"),
        ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"], None),
        ("Jane Doe | AFP", ["Jane Doe"], "AFP"),
        ("By A. Smith, B. Jones and C. Brown", ["A. Smith", "B. Jones", "C. Brown"], None),
        ("By Jane Doe, Staff Writer", ["Jane Doe"], None),
        ("By Jane Doe (AFP)", ["Jane Doe"], "AFP"),
        ("By Maria de la Cruz for the Associated Press", ["Maria de la Cruz"], "AP"),
        ("By Reuters Staff", [], "Reuters"),
    ],
)
def test_parse_byline(line: str, authors: list[str], agency: str | None) -> None:
    assert parse_byline(line) == (authors, agency)


@pytest.mark.parametrize("line", ["By the end of the year, prices rose", "By far the largest bloc", "Bye"])
def test_parse_byline_rejects_sentences(line: str) -> None:
    assert parse_byline(line) is None


@pytest.mark.parametrize(
    ("line", "iso"),
    [
        ("September 15, 2021", "2021-09-15"),
        ("15 September 2021", "2021-09-15"),
        ("Sept. 15, 2021 10:00 GMT", "2021-09-15"),
        ("Wednesday, September 15, 2021", "2021-09-15"),
        ("Published: 2021-09-15T10:00:00Z", "2021-09-15"),
        ("September 15, 2021 was a busy day", None),
        ("Sept. 45, 2021", None),
    ],
)
def test_parse_date_line(line: str, iso: str | None) -> None:
    assert parse_date_line(line) == iso


@pytest.mark.parametrize(
    ("paragraph", "place", "agency"),
    [
        ("BRUSSELS (AFP) - EU ministers agreed on Monday.", "BRUSSELS", "AFP"),
        ("Hamburg, Germany: Police were injured on Thursday.", "Hamburg, Germany", None),
        ("MOSCOW, Jan 6 (Reuters) - Russia said on Thursday.", "MOSCOW", "Reuters"),
        ("KABUL — The new authorities said on Friday.", "KABUL", None),
    ],
)
def test_find_dateline(paragraph: str, place: str, agency: str | None) -> None:
    found = find_dateline(paragraph)
    assert found is not None
    assert found[2] == place
    assert found[3] == agency


@pytest.mark.parametrize(
    "paragraph",
    ["FOREIGN ministers gathered in the capital.", "Moscow and Beijing have moved to assert themselves.",
     "However, officials said: the talks failed."],
)
def test_find_dateline_ignores_ordinary_openers(paragraph: str) -> None:
    assert find_dateline(paragraph) is None


def test_dateline_zone_and_agency_from_dateline() -> None:
    text = "Bloc keeps sanctions\n\nBRUSSELS (AFP) - EU foreign ministers agreed on Monday to keep sanctions."
    article = read_text(text)
    assert article.dateline_place == "BRUSSELS"
    assert article.agency == "AFP"
    assert zone_texts(article, "dateline") == ["BRUSSELS (AFP) -"]


@pytest.mark.parametrize(
    "caption",
    [
        "Ministers arrive for the talks (Photo: Jane Doe)",
        "Photo: Ministers arrive for the talks",
        "Ministers arrive for the talks. REUTERS/Jane Doe",
    ],
)
def test_caption_forms(caption: str) -> None:
    article = read_text(f"Bloc ministers meet\n\n{caption}\n\n{BRIEF}")
    assert zone_texts(article, "caption") == [caption]


# --- ids -------------------------------------------------------------------------------------


def test_id_ignores_whitespace_case_and_container(tmp_path: Path) -> None:
    a = read_text(BRIEF)
    b = read_text("  " + BRIEF.replace(" ", "   \n").upper() + "\n\n")
    (tmp_path / "c.txt").write_text(f"T\nhttps://e.org/c\n\n\n{BRIEF}", encoding="utf-8")
    [c] = read_file(tmp_path / "c.txt")
    assert a.id == b.id == c.id == article_id(BRIEF)
    assert len(a.id) == 16 and int(a.id, 16) >= 0
    assert normalise_for_id(" A\u0301  b\n") == "\u00e1 b"


# --- JSON Lines, HTML, feeds, stdin -------------------------------------------------------------


def test_jsonl_fields_and_bad_line_is_reported(tmp_path: Path) -> None:
    rows = [
        json.dumps({"title": "One", "maintext": BRIEF, "url": "https://e.org/1",
                    "date_publish": "2023-08-24 10:11:12", "authors": ["Jane Doe"]}),
        "{not json",
        json.dumps({"title": "Three", "content": BRIEF + " More.", "published": "2023-08-25T00:00:00Z",
                    "author": "John Roe"}),
        json.dumps({"title": "No text"}),
        "",
        json.dumps(["a list"]),
    ]
    path = tmp_path / "dump.jsonl"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    items = read_file(path)
    articles, problems = only_articles(items), only_problems(items)
    assert [a.title for a in articles] == ["One", "Three"]
    assert articles[0].published == "2023-08-24"
    assert articles[0].authors == ["Jane Doe"]
    assert articles[0].url == "https://e.org/1"
    assert articles[0].path == f"{path}:1"
    assert articles[0].stem == "dump-0001"
    assert articles[1].published == "2023-08-25"
    assert articles[1].authors == ["John Roe"]
    assert articles[1].source_format == "jsonl"
    assert [(p.code, p.path) for p in problems] == [("E007", f"{path}:2"), ("E011", f"{path}:4"),
                                                     ("E007", f"{path}:6")]


HTML_PAGE = """<!doctype html><html><head><title>Bloc admits new members | Example News</title>
<meta property="og:title" content="Bloc admits new members">
<meta property="og:url" content="https://news.example.org/bloc-admits">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2023-08-24T09:00:00Z">
<script>var x = 1;</script></head><body><nav>Home | World | Sport</nav>
<article><h1>Bloc admits new members</h1>
<p>Leaders of the five-member bloc agreed on Thursday to admit six new members from January,
the host country's president said at the closing news conference.</p>
<p>"This is a historic decision for the group," he said, adding that more countries had asked to join.</p>
<p>Critics said the expansion would make it harder for the bloc to agree on anything.</p>
</article><footer>Copyright Example News</footer></body></html>"""


def test_html_reader_extracts_text_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(HTML_PAGE, encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.source_format == "html"
    assert article.title == "Bloc admits new members"
    assert article.url == "https://news.example.org/bloc-admits"
    assert article.published == "2023-08-24"
    assert article.authors == ["Jane Doe"]
    assert "admit six new members" in article.body
    assert "historic decision" in article.body
    assert "\n\nCritics said" in article.body  # paragraphs separated by blank lines
    assert "var x" not in article.body
    assert "Copyright" not in article.body


FEED = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Example World</title>
<item><title>Ministers meet on border</title><link>https://e.org/1</link><guid>id-1</guid>
<pubDate>Tue, 04 Apr 2023 10:00:00 GMT</pubDate><author>desk@e.org (Jane Doe)</author>
<description>&lt;p&gt;Foreign ministers of the bloc met on Tuesday and &lt;b&gt;called for&lt;/b&gt; talks.&lt;/p&gt;
&lt;p&gt;The chair said the group would meet again in May.&lt;/p&gt;</description></item>
<item><title>Leere Meldung</title><link>https://e.org/2</link>
<description>Die Außenminister haben sich am Montag getroffen, um über die Lage zu beraten.</description></item>
<item><title>Nothing here</title><link>https://e.org/3</link></item>
</channel></rss>"""


def test_feed_entries_become_articles(tmp_path: Path) -> None:
    path = tmp_path / "world.rss"
    path.write_text(FEED, encoding="utf-8")
    items = read_file(path)
    [article] = only_articles(items)
    assert article.title == "Ministers meet on border"
    assert article.url == "https://e.org/1"
    assert article.published == "2023-04-04"
    assert article.authors == ["Jane Doe"]
    assert article.source_format == "feed"
    assert article.body.startswith("Foreign ministers of the bloc met on Tuesday and called for talks.")
    assert "<" not in article.body and "\n\n" in article.body
    assert article.stem is not None and article.stem.startswith("world-")
    assert article.path == f"{path}:1"
    codes = {p.code: p for p in only_problems(items)}
    assert set(codes) == {"E006", "E004"}
    assert codes["E006"].fatal is False and codes["E004"].fatal is True


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    path = tmp_path / "data.xml"
    path.write_text("<?xml version='1.0'?><config><a>1</a></config>", encoding="utf-8")
    [problem] = read_file(path)
    assert isinstance(problem, ReadProblem) and problem.code == "E010"


def test_stdin_dash() -> None:
    items = list(read_paths(["-"], stdin=io.StringIO(RAW_SCRAPED)))
    [article] = items
    assert isinstance(article, Article)
    assert article.source_format == "stdin"
    assert article.path == "<stdin>"
    assert article.title == "Trade Bloc Leaders Pledge Closer Ties"


# --- directories ---------------------------------------------------------------------------


def test_directory_recursive_sorted_hidden_skipped(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".hidden").mkdir()
    (tmp_path / "b" / "z.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "a.txt").write_text(BRIEF + " Another.", encoding="utf-8")
    (tmp_path / ".secret.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / ".hidden" / "x.txt").write_text(BRIEF, encoding="utf-8")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04")
    items = read_file(tmp_path)
    assert [Path(a.path or "").name for a in only_articles(items)] == ["a.txt", "z.txt"]
    assert not only_problems(items)


def test_directory_with_nothing_readable(tmp_path: Path) -> None:
    (tmp_path / "image.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    [problem] = read_file(tmp_path)
    assert problem.code == "E002"
    assert str(tmp_path) in str(problem)


# --- bad input ---------------------------------------------------------------------------


def test_missing_file_does_not_stop_batch(tmp_path: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(BRIEF, encoding="utf-8")
    items = list(read_paths([tmp_path / "missing.txt", good]))
    assert isinstance(items[0], ReadProblem) and items[0].code == "E001"
    assert "missing.txt" in str(items[0])
    assert isinstance(items[1], Article)


def test_binary_file_message(tmp_path: Path) -> None:
    path = tmp_path / "photo.jpg"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    [problem] = read_file(path)
    assert isinstance(problem, ReadProblem)
    assert str(problem) == (
        f"E003 Not an article: {path} looks binary (first bytes 89 50 4e 47). "
        "Pass a text, HTML or JSON Lines file."
    )


def test_mostly_control_characters_is_binary() -> None:
    with pytest.raises(BlocwatchError) as err:
        decode_bytes(bytes([1, 2, 3, 4, 5, 6, 7, 8]) * 20 + b"text", "x.bin")
    assert err.value.code == "E003"


@pytest.mark.parametrize(
    ("encoded", "warned"),
    [
        ("\ufeff" + BRIEF + " Café.", False),
    ],
)
def test_utf8_bom(tmp_path: Path, encoded: str, warned: bool) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(encoded.encode("utf-8"))
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.body == BRIEF + " Café."
    assert bool(article.warnings) is warned


def test_utf16_with_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "wide.txt"
    path.write_bytes(("Title line\r\nhttps://e.org/w\r\n2021-01-02\r\n\r\n" + BRIEF + "\r\n").encode("utf-16"))
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.body == BRIEF + "\n"
    assert article.published == "2021-01-02"


def test_cp1252_fallback_warns(tmp_path: Path) -> None:
    path = tmp_path / "win.txt"
    path.write_bytes((BRIEF + " The minister’s café – “quoted”.").encode("cp1252"))
    [article] = read_file(path)
    assert isinstance(article, Article)
    assert article.body.endswith("The minister’s café – “quoted”.")
    assert article.warnings and article.warnings[0].startswith("E008 ")


def test_whitespace_only_file_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.txt"
    path.write_text(" \n\n\t\n", encoding="utf-8")
    [problem] = read_file(path)
    assert problem.code == "E004"


def test_huge_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text(BRIEF * 50, encoding="utf-8")
    [problem] = read_file(path, max_bytes=1000)
    assert isinstance(problem, ReadProblem) and problem.code == "E005"
    assert "--max-bytes" in str(problem)
    [article] = read_file(path)
    assert isinstance(article, Article)


def test_non_english_file_is_skipped_with_warning(tmp_path: Path) -> None:
    path = tmp_path / "fr.txt"
    path.write_text("Les ministres se sont réunis lundi à Bruxelles pour discuter des sanctions "
                    "contre la Russie, selon un communiqué.", encoding="utf-8")
    [problem] = read_file(path)
    assert isinstance(problem, ReadProblem)
    assert problem.code == "E006" and problem.fatal is False
    assert "fr.txt" in str(problem) and "'fr'" in str(problem)


def test_read_text_raises_on_empty_and_foreign() -> None:
    with pytest.raises(BlocwatchError) as empty:
        read_text("   ")
    assert empty.value.code == "E004"
    assert str(empty.value).startswith("E004 ")
    with pytest.raises(BlocwatchError) as foreign:
        read_text("Министры иностранных дел встретились во вторник и обсудили ситуацию.")
    assert foreign.value.code == "E006"


def test_unknown_extension_text_file_is_read(tmp_path: Path) -> None:
    path = tmp_path / "article.story"
    path.write_text(BRIEF, encoding="utf-8")
    [article] = read_file(path)
    assert isinstance(article, Article) and article.source_format == "txt"


# --- data classes ----------------------------------------------------------------------------


def test_to_contract_keys() -> None:
    article = read_text(RAW_SCRAPED, path="raw.txt")
    contract = article.to_contract()
    assert set(contract) >= {"id", "path", "title", "url", "published", "authors", "language"}
    assert contract["path"] == "raw.txt"
    assert contract["language"] == "en"
    assert json.loads(json.dumps(contract)) == contract


def test_error_strings() -> None:
    err = BlocwatchError("E003", "Not an article: x looks binary.", "Pass a text file.")
    assert str(err) == "E003 Not an article: x looks binary. Pass a text file."
    problem = ReadProblem.from_error("x", err)
    assert str(problem) == "E003 Not an article: x looks binary. Pass a text file."
    assert all(code.startswith("E") and len(code) == 4 for code in ERROR_CODES)
    assert Zone("title", 0, 3).text("abcdef") == "abc"


def test_docs_list_every_error_code() -> None:
    docs = Path(__file__).resolve().parents[1] / "README.md"
    text = docs.read_text(encoding="utf-8")
    assert len(READER_CODES) == 12
    for code in READER_CODES:
        assert f"| {code} |" in text, code


def test_jsonl_limit_is_per_line_and_stdin_limit(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    rows = [json.dumps({"text": BRIEF}), json.dumps({"text": BRIEF * 40})]
    path.write_text("\n".join(rows), encoding="utf-8")
    items = read_file(path, max_bytes=2000)
    assert isinstance(items[0], Article)
    assert isinstance(items[1], ReadProblem) and items[1].code == "E005" and items[1].path == f"{path}:2"
    [problem] = list(read_paths(["-"], stdin=io.StringIO(BRIEF * 40), max_bytes=2000))
    assert isinstance(problem, ReadProblem) and problem.code == "E005"


@pytest.mark.skipif(not EVAL_FOUNDING.exists(), reason="shared eval data not present")
def test_all_eval_articles_read_as_english_with_verbatim_bodies() -> None:
    items = read_file(EVAL_FOUNDING.parent)
    assert not only_problems(items)
    for article in only_articles(items):
        raw = Path(article.path or "").read_text(encoding="utf-8")
        assert raw.split("\n", 4)[4] == article.body
        assert article.language == "en" and article.title
        for zone in article.zones:
            assert article.body[zone.start : zone.end].strip() == article.body[zone.start : zone.end]
