"""Reader for the title lexicon (data/titles.json): which words make up an office or job title.

Shared by the linker (to drop "Defense" tagged as an organisation) and by role finding.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from blocwatch.pipeline.ruler import load_json


@dataclass(frozen=True)
class TitleLexicon:
    version: str
    heads: frozenset[str]
    weak_heads: frozenset[str]
    modifiers: frozenset[str]
    connectors: frozenset[str]
    honorifics: frozenset[str]
    dropped_modifiers: frozenset[str]
    keep_lower: frozenset[str]

    def is_title_word(self, word: str) -> bool:
        w = word.lower()
        return w in self.heads or w in self.modifiers

    def is_head(self, word: str) -> bool:
        return word.lower() in self.heads


@cache
def title_lexicon() -> TitleLexicon:
    raw = load_json("titles.json")

    def s(key: str) -> frozenset[str]:
        return frozenset(w.lower() for w in raw.get(key, []))

    return TitleLexicon(
        version=raw["version"],
        heads=s("heads"),
        weak_heads=s("weak_heads"),
        modifiers=s("modifiers"),
        connectors=s("connectors"),
        honorifics=s("honorifics"),
        dropped_modifiers=s("dropped_modifiers"),
        keep_lower=s("keep_lower"),
    )
