"""Speed (s8c): the memberships reader reads token attributes from `doc.to_array` and calls a rule only for a
token that passes the rule's opening test; `find_dates` skips text in which no date pattern can match. These
tests check that the fast paths give what the slow ones gave. Our own sentences."""

from __future__ import annotations

import pytest

from blocwatch.dates import _ANY_DATE, PAST, find_dates
from blocwatch.extract import article_from_text, make_doc


@pytest.mark.parametrize("text", [
    "The ministers talked about trade and security.",
    "Talks resumed after a long pause, officials said.",
    "",
])
def test_text_with_no_date_word_finds_nothing(text):
    assert _ANY_DATE.search(text) is None
    assert find_dates(text, "2024-03-15", PAST) == []


@pytest.mark.parametrize("text,expected", [
    ("signed on 2024-03-01", "2024-03-01"),
    ("met on 12 March 2024", "12 March 2024"),
    ("met on March 12, 2024", "March 12, 2024"),
    ("met on 3rd of June", "3rd of June"),
    ("met on Sept. 4", "Sept. 4"),
    ("met in May 2021", "May 2021"),
    ("said YESTERDAY", "YESTERDAY"),
    ("arrived tonight", "tonight"),
    ("left two weeks ago", "two weeks ago"),
    ("rose earlier this year", "earlier this year"),
    ("met last weekend", "last weekend"),
    ("will meet next Thursday morning", "next Thursday morning"),
    ("fell in early October", "early October"),
    ("began in 1999", "in 1999"),
])
def test_every_pattern_still_passes_the_prefilter(text, expected):
    assert _ANY_DATE.search(text)
    found = find_dates(text, "2024-03-15", PAST)
    assert [r.text for r in found] == [expected]


@pytest.mark.model
def test_reader_lemma_from_arrays_matches_tokens(nlp):
    from blocwatch.pipeline.memberships import Reader

    text = ("Sweden formally joined NATO on March 7, 2024, and Finland was readmitted to the talks. "
            "The bloc's membership grew as the alliance admitted new members.")
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-03-10")))
    reader = Reader(doc)
    reader.read()
    for tok in doc:
        assert reader._verb_lemma(tok.lemma_.lower(), tok.pos_, tok.lower_) == reader.verb_lemma(tok)
    nouns = reader._noun_rule_lemmas()
    assert {"membership", "member", "application"} <= nouns


@pytest.mark.model
def test_memberships_found_through_the_gated_loop(nlp):
    text = "Sweden formally joined NATO on March 7, 2024, after a long wait."
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-03-10")))
    found = {(m.org, m.member, m.status, m.since) for m in doc._.memberships}
    assert found == {("NATO", "SWE", "member", "2024-03-07")}


@pytest.mark.model
def test_state_mentions_are_read_anew_when_the_entities_change(nlp):
    from spacy.tokens import Span as SpacySpan

    from blocwatch.pipeline.people import _read_state_ents, _state_ents

    text = "Kenya and Uganda signed a trade deal on Monday, officials in Nairobi said."
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-03-10")))
    first = [(e.start, e.kb_id_) for e in _state_ents(doc)]
    assert first == [(e.start, e.kb_id_) for e in _read_state_ents(doc)]
    assert ("KEN" in {c for _, c in first}) and ("UGA" in {c for _, c in first})
    assert _state_ents(doc) is _state_ents(doc)  # the same doc and entities: read once
    kept = [e for e in doc.ents if e.kb_id_ != "UGA"]
    doc.set_ents(kept, default="outside")
    assert "UGA" not in {e.kb_id_ for e in _state_ents(doc)}
    doc.set_ents([*kept, SpacySpan(doc, 2, 3, label="GPE", kb_id="UGA")], default="outside")
    assert "UGA" in {e.kb_id_ for e in _state_ents(doc)}


@pytest.mark.model
def test_people_found_by_the_array_loops(nlp):
    text = ("Foreign Minister Jane Odhiambo, the head of the delegation, arrived in Nairobi. "
            "Odhiambo said the talks would resume. Ms Wanjiru Kamau, who chairs the committee, agreed.")
    doc = nlp(make_doc(nlp, article_from_text(text, published="2024-03-10")))
    names = {p.name for p in doc._.people}
    assert "Jane Odhiambo" in names
    assert "Wanjiru Kamau" in names
