"""Text normalisation shared by every KB lookup.

One function so that states, organisations and CLI arguments are matched the same way:
case-, accent-, punctuation-spacing- and leading-"the"-insensitive, but never fuzzy (fuzzy
matching maps "NATO" to Greece in pycountry; we would rather say "unknown").
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_SPACES = re.compile(r"\s+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "\u2013": "-", "\u2014": "-"})


@lru_cache(maxsize=65536)
def norm(text: str) -> str:
    """Normalise a name for exact matching ("The U.S." -> "u.s.", "Côte d’Ivoire" -> "cote d'ivoire").

    Cached: components look the same few thousand words up in every article."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip().lower()
    if text.startswith("the "):
        text = text[4:]
    return text


def split_multi(value: str | None) -> tuple[str, ...]:
    """Split a "a|b|c" data-file cell into a tuple, dropping blanks."""
    if not value:
        return ()
    return tuple(part.strip() for part in value.split("|") if part.strip())
