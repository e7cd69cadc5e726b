"""Plain text and metadata from HTML without third-party packages.

Used for feed entry summaries (HTML fragments, where a boilerplate remover would throw the
short text away) and as the fallback when trafilatura cannot be imported or finds no main
text in a page. Block elements become paragraph breaks so sentences of different paragraphs
are not glued together.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

_BLOCK = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "tr",
    "table", "section", "article", "header", "footer", "figure", "figcaption", "pre", "hr", "dd", "dt",
}
_SKIP = {"script", "style", "noscript", "template", "svg", "nav", "aside", "form", "iframe", "button",
         "select", "head"}
_SKIP_IN_PAGE = {"header", "footer"}


@dataclass
class HtmlText:
    text: str
    title: str | None = None
    url: str | None = None
    date: str | None = None
    authors: list[str] = field(default_factory=list)


class _Collector(HTMLParser):
    def __init__(self, *, page: bool) -> None:
        super().__init__(convert_charrefs=True)
        self.page = page
        self.skip_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.article_depth = 0
        self.in_title = False
        self.title = ""
        self.h1 = ""
        self.in_h1 = False
        self.meta: dict[str, str] = {}

    def _emit(self, text: str) -> None:
        self.parts.append(text)
        if self.article_depth and self.article_parts is not None:
            self.article_parts.append(text)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag == "meta":
            key = (a.get("property") or a.get("name") or a.get("itemprop") or "").lower()
            if key and a.get("content"):
                self.meta.setdefault(key, a["content"])
            return
        if tag == "link" and "canonical" in a.get("rel", "").lower() and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
            return
        if tag == "title":
            self.in_title = True
        if tag in _SKIP or (self.page and tag in _SKIP_IN_PAGE and not self.article_depth):
            self.skip_depth += 1
            return
        if tag == "article":
            self.article_depth += 1
            if self.article_parts is None:
                self.article_parts = []
        if tag == "h1":
            self.in_h1 = True
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self.in_title = False
        if tag in _SKIP or (self.page and tag in _SKIP_IN_PAGE and not self.article_depth):
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag == "article":
            self.article_depth = max(0, self.article_depth - 1)
        if tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self._emit("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title += data
            return
        if self.skip_depth:
            return
        if self.in_h1:
            self.h1 += data
        self._emit(data)


def _tidy(parts: list[str]) -> str:
    text = "".join(parts)
    text = re.sub(r"[ \t\r\f\v\u00a0]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip()


def html_to_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed summary), paragraphs separated by blank lines."""
    if "<" not in fragment and "&" not in fragment:
        return fragment.strip()
    collector = _Collector(page=False)
    collector.feed(fragment)
    collector.close()
    return _tidy(collector.parts)


def extract_page(page: str) -> HtmlText:
    """Main text and metadata of a whole page: the ``<article>`` if there is one, else the body."""
    collector = _Collector(page=True)
    collector.feed(page)
    collector.close()
    parts = collector.article_parts if collector.article_parts else collector.parts
    meta = collector.meta
    title = meta.get("og:title") or collector.h1.strip() or html.unescape(collector.title).strip() or None
    date = meta.get("article:published_time") or meta.get("datepublished") or meta.get("date")
    author = meta.get("author") or meta.get("article:author")
    return HtmlText(
        text=_tidy(parts),
        title=re.sub(r"\s+", " ", title).strip() if title else None,
        url=meta.get("og:url") or meta.get("canonical"),
        date=date,
        authors=[author.strip()] if author and not author.startswith("http") else [],
    )
