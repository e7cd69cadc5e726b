"""Person-name keys shared by the pipeline and the workspace store.

Why: the same person is spelled differently across articles and agencies (Sergei/Sergey Lavrov,
Rakhmon/Rahmon is beyond us). A key of the normalised surname plus the first initial merges
transliteration variants of the given name without merging different people of one family name
in most political news.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "gen", "col"})
_NON_WORD = re.compile(r"[^\w\s-]")


@lru_cache(maxsize=65536)
def normalise_name(name: str) -> str:
    """Lower case, no accents, no punctuation, single spaces ("José Müller" -> "jose muller")."""
    text = unicodedata.normalize("NFKD", name.replace("\u2019", "'"))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"'s\b", "", text)
    text = _NON_WORD.sub(" ", text).replace("-", " ")
    return " ".join(text.split())


def name_tokens(name: str) -> list[str]:
    """Normalised words of a name, honorifics dropped."""
    return [t for t in normalise_name(name).split() if t not in HONORIFICS]


def person_key(name: str) -> str:
    """Normalised surname + first initial: "Sergei Lavrov" and "Sergey Lavrov" -> "lavrov s".

    A single-word name is its own key ("lavrov"); an empty name gives "".
    """
    toks = name_tokens(name)
    if not toks:
        return ""
    if len(toks) == 1:
        return toks[0]
    return f"{toks[-1]} {toks[0][0]}"


_TRANSLIT_END = re.compile(r"(?:iy|yy|ij|ii|yi|y|i)$")


@lru_cache(maxsize=65536)
def fold_word(word: str) -> str:
    """A name word with its transliterated ending folded: Zelensky, Zelenskiy, Zelenskyy -> "zelenski"."""
    w = normalise_name(word).replace(" ", "")
    if len(w) < 5:
        return w
    return _TRANSLIT_END.sub("i", w)


def folded_key(name: str) -> str:
    """`person_key` with the surname's transliterated ending folded ("zelenski v")."""
    toks = name_tokens(name)
    if not toks:
        return ""
    if len(toks) == 1:
        return fold_word(toks[0])
    return f"{fold_word(toks[-1])} {toks[0][0]}"


def surname(name: str) -> str:
    """Normalised last word of a name ("" for an empty name)."""
    toks = name_tokens(name)
    return toks[-1] if toks else ""
