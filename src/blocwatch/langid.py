"""A tiny, dependency-free "is this English?" check.

Why not a language-id package: the pipeline only needs to keep non-English text out of an
English model, and a heavy detector with downloaded weights is not available offline. Function
words are the most reliable cheap signal: English prose is 35-50 % stop words, and even a
one-sentence news brief has several ("and", "have", "to", "this", "a"). We also count the function
words of the languages most often met in news dumps (French, German, Spanish, Italian,
Portuguese, Dutch), so that shared words ("a", "in", "on") do not make those look English, and we
look at the script first so Cyrillic, Arabic or Chinese text is rejected without counting words.

``detect(text)`` returns ``(code, confidence)``; code is ``"en"``, another ISO 639-1 code we
can name, or ``"und"`` (undetermined).
"""

from __future__ import annotations

import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Function words that are common in each language and *not* English words (so they are
# evidence against English). Short on purpose: these are the top of each language's frequency list.
_OTHER_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": _words(
        "le la les des du et est une un pour dans qui que sur pas au aux avec ce cette ces il ils elle "
        "sont été être ont leur leurs mais ou où selon lors entre vers son sa ses nous vous très "
        "après aussi plus"
    ),
    "de": _words(
        "der die das und ist nicht mit für den dem des von zu sich auf ein eine einer eines auch "
        "als wie bei nach noch wird wurde werden sind hat haben über oder aber wir sie ihr "
        "durch zum zur vom"
    ),
    "es": _words(
        "el los las y del por para con una que es se su sus al lo como más pero sobre este esta "
        "entre fue ha han también sin muy desde donde cuando"
    ),
    "it": _words(
        "il lo gli della delle dei del di che è per una un con non sono alla alle nel nella "
        "anche come più ma questo questa ha hanno"
    ),
    "pt": _words(
        "os as e do da dos das em um uma para com não que se por mais mas foi são como "
        "ao aos pelo pela também está"
    ),
    "nl": _words(
        "de het een en van op te dat die niet met voor zijn er maar ook als bij naar wordt "
        "werd heeft hebben door over"
    ),
}

# English news words that are not stop words but open almost every wire sentence ("..., officials
# said"). A one-line brief can be all names and content words; these keep it English.
_EN_NEWS_WORDS = _words(
    "said says told officials official government minister ministry president prime forces troops "
    "police state security military media army rebels attacked killed agreed accused announced "
    "spokesman spokeswoman leaders country countries talks war attack people capital border week "
    "monday tuesday wednesday thursday friday saturday sunday"
)

_SCRIPT_LANG = {
    "CYRILLIC": "ru",
    "ARABIC": "ar",
    "CJK": "zh",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "HANGUL": "ko",
    "GREEK": "el",
    "HEBREW": "he",
    "DEVANAGARI": "hi",
    "THAI": "th",
    "ARMENIAN": "hy",
    "GEORGIAN": "ka",
}

#: Minimum share of English function words for a text of normal length.
EN_MIN_SHARE = 0.12
#: Below this many words there is too little evidence: accept unless clearly foreign.
SHORT_TEXT_WORDS = 6
#: A one-sentence brief full of names ("X has sold Y forty Z tanks, Defence Minister W told
#: lawmakers") has few function words; below this length a lower share suffices when no other
#: language's function words appear at all.
BRIEF_WORDS = 40
EN_MIN_SHARE_BRIEF = 0.06


def _script(ch: str) -> str:
    try:
        name = unicodedata.name(ch)
    except ValueError:
        return "OTHER"
    if name.startswith("LATIN"):
        return "LATIN"
    for script in _SCRIPT_LANG:
        if name.startswith(script):
            return script
    return "OTHER"


def script_shares(text: str, sample: int = 20_000) -> dict[str, float]:
    """Share of letters per script (LATIN, CYRILLIC, ...) in the first ``sample`` characters."""
    counts: dict[str, int] = {}
    total = 0
    for ch in text[:sample]:
        if ch.isalpha():
            script = _script(ch)
            counts[script] = counts.get(script, 0) + 1
            total += 1
    return {k: v / total for k, v in counts.items()} if total else {}


def _foreign_share(words: list[str], vocab: frozenset[str]) -> float:
    """Share of another language's function words; one distinct word is no evidence.

    A name can spell a function word ("Han Chinese", "La Paz", "Des Moines"); real foreign text
    repeats several different ones, so a single distinct word counts as none.
    """
    hits = [w for w in words if w in vocab and w not in STOP_WORDS]
    return len(hits) / len(words) if len(set(hits)) >= 2 else 0.0


def _is_acronym(word: str, words: list[str]) -> bool:
    """An all-capital word in mixed-case text is an acronym ("UN", "AU", "DE"), not a function word.

    Without this, "a joint UN-AU force" reads as French ("un", "au"). A headline set wholly in
    capitals keeps its words.
    """
    if len(word) < 2 or not word.isupper():
        return False
    return any(not w.isupper() for w in words)


_INFLECTION = re.compile(r"[a-z]{3,}(?:ed|ing|ly)$")


def _english_inflection(word: str) -> bool:
    """English past, gerund or adverb endings: weak evidence, used only for short briefs."""
    return bool(_INFLECTION.fullmatch(word))


def detect(text: str, sample: int = 20_000) -> tuple[str, float]:
    """Guess the language of ``text``: ``("en", confidence)`` or another code / ``"und"``."""
    scripts = script_shares(text, sample)
    if not scripts:
        return "und", 0.0
    latin = scripts.get("LATIN", 0.0)
    if latin < 0.5:
        top = max(scripts, key=lambda k: scripts[k])
        return _SCRIPT_LANG.get(top, "und"), round(scripts[top], 3)

    raw = [w for w in _WORD.findall(text[:sample]) if all(_script(c) == "LATIN" for c in w)]
    words = [w.lower().replace("’", "'") for w in raw if not _is_acronym(w, raw)]
    if not words:
        return "und", 0.0
    n = len(words)
    en_share = sum(1 for w in words if w in STOP_WORDS or w in _EN_NEWS_WORDS) / n
    other = {lang: _foreign_share(words, vocab) for lang, vocab in _OTHER_FUNCTION_WORDS.items()}
    best_other = max(other, key=lambda k: other[k])
    other_share = other[best_other]

    if other_share >= 0.08 and other_share > en_share * 0.5:
        return best_other, round(min(1.0, other_share * 3), 3)
    if n < BRIEF_WORDS and other_share == 0:
        # A one-line brief may be all names and content words ("Russian warplanes bombed
        # rebel-held Idlib."); English inflections are then the evidence.
        en_share = max(en_share, sum(1 for w in words if _english_inflection(w)) / n)
    brief = n < BRIEF_WORDS and other_share == 0 and en_share >= EN_MIN_SHARE_BRIEF
    if en_share >= EN_MIN_SHARE or brief or (n < SHORT_TEXT_WORDS and other_share == 0):
        confidence = min(1.0, 0.5 + en_share * 1.5) * latin
        return "en", round(confidence, 3)
    return "und", round(1.0 - en_share, 3)


def is_english(text: str) -> bool:
    return detect(text)[0] == "en"
