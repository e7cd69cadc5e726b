"""Speed changes (s8): cached name normalisation and cheaper span handling give the same results."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from blocwatch import gazetteer
from blocwatch.kb import _text
from blocwatch.pipeline import organizations, places

NAMES = ["The U.S.", "Côte d\u2019Ivoire", "  the   Russian  Federation's ", "Moscow", "NATO", "the",
         "Hawai\u02bbi", "São Tomé and Príncipe", "Guinea-Bissau \u2013 West", ""]


@pytest.mark.parametrize("name", NAMES)
def test_cached_kb_norm_equals_uncached(name):
    assert _text.norm(name) == _text.norm.__wrapped__(name)
    assert _text.norm(name) == _text.norm(name)  # a cache hit returns the same string


@pytest.mark.parametrize("name", NAMES)
def test_cached_gazetteer_norm_equals_uncached(name):
    assert gazetteer.norm(name) == gazetteer.norm.__wrapped__(name)


def test_norm_examples():
    assert _text.norm("The U.S.") == "u.s."
    assert _text.norm("Côte d\u2019Ivoire") == "cote d'ivoire"
    assert gazetteer.norm("the United States'") == "united states"
    assert gazetteer.norm("Russia\u2019s") == "russia"


def _doc(words):
    return Doc(spacy.blank("en").vocab, words=words)  # a blank English vocab knows lower case


@pytest.mark.parametrize("module", [places, organizations])
@pytest.mark.parametrize(("words", "start", "end", "want"), [
    (["in", "the", "United", "States", "'s", "capital"], 1, 5, "United States"),
    (["the", "Kremlin", "said"], 0, 2, "Kremlin"),
    (["Belarus", "'", "army"], 0, 2, "Belarus"),
    (["the", "the"], 0, 2, ""),
    (["Moscow"], 0, 1, "Moscow"),
])
def test_clean_is_the_plain_slice(module, words, start, end, want):
    doc = _doc(words)
    span = module._clean(doc[start:end])
    assert span.text == want
    # the same span a slice gives: no label, same bounds and offsets
    s, e = span.start, span.end
    assert (span.start_char, span.end_char, span.label_) == (doc[s:e].start_char, doc[s:e].end_char, "")


@pytest.mark.parametrize(("code", "want"), [("RUS", True), ("FRA", True), ("NATO", False), ("rus", False),
                                            ("XYZ", False), ("", False), (None, False), ("RU", False)])
def test_is_state_code(code, want):
    assert organizations._is_state_code(code) is want
