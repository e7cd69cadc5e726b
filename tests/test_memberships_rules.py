"""Model-free tests of the membership helpers and of the rules on hand-built parses."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from blocwatch.pipeline.membership_rules import (
    LEXICON_VERSION,
    date_value,
    lexicon,
    merge,
    parse_count,
    parse_ordinal,
    status_class,
)
from blocwatch.pipeline.memberships import find_actors, find_memberships
from blocwatch.records import Membership, Span

EV = Span(0, 4, "text")


def test_memberships_lexicon_has_version_and_statuses():
    lex = lexicon()
    assert LEXICON_VERSION.startswith("bw-membership-lexicon-")
    assert "join" in lex.join_verbs and "suspend" in lex.suspend_verbs
    assert lex.status_modifiers["founding"] == "founder"
    assert lex.status_modifiers["dialogue"] == "dialogue_partner"


def test_memberships_counts_and_ordinals():
    assert parse_count("eight") == 8
    assert parse_count("27") == 27
    assert parse_count("several") is None
    assert parse_ordinal("32nd") == 32
    assert parse_ordinal("fifth") == 5
    assert parse_ordinal("next") is None


def test_memberships_date_values_keep_text_precision():
    assert date_value("in 2017", None) == "2017"
    assert date_value("on January 1, 2024", None) == "2024-01-01"
    assert date_value("in March 2024", None) == "2024-03"
    assert date_value("on Friday", "2021-09-11") == "2021-09-10"
    assert date_value("this week", "2021-09-11") is None


def test_memberships_merge_prefers_founder_and_dates_and_drops_self():
    found = [
        Membership("SCO", "CHN", "member", None, None, EV),
        Membership("SCO", "CHN", "founder", "2001", None, EV),
        Membership("NATO", "SWE", "applicant", None, None, EV),
        Membership("NATO", "SWE", "member", "2024-03-07", None, EV),
        Membership("EU", "EU", "member", None, None, EV),
    ]
    out = merge(found)
    assert [(m.org, m.member, m.status, m.since) for m in out] == [
        ("SCO", "CHN", "founder", "2001"),
        ("NATO", "SWE", "member", "2024-03-07"),  # a member by the end of the article, no longer an applicant
    ]
    assert status_class("founder") == "member"


def _parsed(words, heads, deps, pos, lemmas, tags=None) -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               tags=tags or ["" for _ in words], sent_starts=[True] + [False] * (len(words) - 1))


def test_memberships_actors_found_without_ner():
    doc = _parsed(["Mali", ",", "Burkina", "Faso", "and", "Niger", "left", "ECOWAS"],
                  [6, 0, 3, 0, 3, 3, 6, 6], ["nsubj", "punct", "compound", "appos", "cc", "conj", "ROOT", "dobj"],
                  ["PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN"],
                  ["Mali", ",", "Burkina", "Faso", "and", "Niger", "leave", "ECOWAS"])
    actors = find_actors(doc)
    assert {(a.code, a.kind) for a in actors.values()} == {
        ("MLI", "state"), ("BFA", "state"), ("NER", "state"), ("ECOWAS", "org")}


def test_memberships_exit_read_from_hand_parse():
    words = ["Mali", ",", "Burkina", "Faso", "and", "Niger", "left", "ECOWAS", "in", "2024", "."]
    doc = _parsed(words, [6, 0, 3, 0, 3, 3, 6, 6, 6, 8, 6],
                  ["nsubj", "punct", "compound", "appos", "cc", "conj", "ROOT", "dobj", "prep", "pobj", "punct"],
                  ["PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "ADP", "NUM", "PUNCT"],
                  ["Mali", ",", "Burkina", "Faso", "and", "Niger", "leave", "ECOWAS", "in", "2024", "."])
    found, warnings = find_memberships(doc)
    assert [(m.org, m.member, m.status, m.until) for m in found] == [
        ("ECOWAS", "MLI", "former_member", "2024"),
        ("ECOWAS", "BFA", "former_member", "2024"),
        ("ECOWAS", "NER", "former_member", "2024"),
    ]
    assert found[0].evidence.text == doc.text.strip()
    assert warnings == []


def test_memberships_negated_join_is_not_a_fact():
    words = ["Georgia", "has", "not", "joined", "NATO", "."]
    doc = _parsed(words, [3, 3, 3, 3, 3, 3], ["nsubj", "aux", "neg", "ROOT", "dobj", "punct"],
                  ["PROPN", "AUX", "PART", "VERB", "PROPN", "PUNCT"],
                  ["Georgia", "have", "not", "join", "NATO", "."])
    assert find_memberships(doc)[0] == []
