"""The speed-ups of the KB ruler's ministries pass and of the membership reader find what they found before.

`_ministries` now looks only at tokens whose LOWER hash is a department head or a forces word; `find_actors`
slices candidate names from the doc's text instead of building a Span per try and takes the datelines
from its caller; `Reader.read` calls the led/list/count rules only on tokens that pass each rule's own
opening test. Hand-built docs (model-free) and the loaded pipeline (model) check the results.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from blocwatch.pipeline.memberships import _dateline_ends, find_actors, find_memberships
from blocwatch.pipeline.ruler import KBRuler


@pytest.fixture(scope="module")
def ruler():
    nlp = spacy.blank("en")
    return nlp, KBRuler(nlp)


def _ruled(ruler, text: str) -> list[tuple[str, str, str]]:
    nlp, kb = ruler
    doc = nlp.make_doc(text)
    return [(sp.text, sp.label_, sp.kb_id_) for sp in kb.match(doc)]


def test_ministry_after_state_adjective(ruler):
    assert ("Russian Foreign Ministry", "ORG", "RUS") in _ruled(ruler, "The Russian Foreign Ministry said so.")


def test_ministry_after_possessive_state(ruler):
    assert ("foreign ministry", "ORG", "RUS") in _ruled(ruler, "Russia's foreign ministry said so.")


def test_ministry_of_department_of_state(ruler):
    found = _ruled(ruler, "The Ministry of Defence of Ukraine denied it.")
    assert ("Ministry of Defence of Ukraine", "ORG", "UKR") in found


def test_forces_named_by_state_adjective(ruler):
    assert ("Indian army", "ORG", "IND") in _ruled(ruler, "The Indian army moved in.")


def test_vague_office_and_empty_doc_give_no_ministry(ruler):
    assert not [s for s in _ruled(ruler, "the foreign office said") if s[1] == "ORG"]
    assert _ruled(ruler, "") == []


def _parsed(words, heads, deps, pos, lemmas) -> Doc:
    nlp = spacy.blank("en")
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas,
               tags=["" for _ in words], sent_starts=[True] + [False] * (len(words) - 1))


def _exit_doc() -> Doc:
    return _parsed(["Mali", ",", "Burkina", "Faso", "and", "Niger", "left", "ECOWAS", "."],
                   [6, 0, 3, 0, 3, 3, 6, 6, 6],
                   ["nsubj", "punct", "compound", "appos", "cc", "conj", "ROOT", "dobj", "punct"],
                   ["PROPN", "PUNCT", "PROPN", "PROPN", "CCONJ", "PROPN", "VERB", "PROPN", "PUNCT"],
                   ["Mali", ",", "Burkina", "Faso", "and", "Niger", "leave", "ECOWAS", "."])


def test_find_actors_takes_the_longest_name_from_the_text():
    actors = find_actors(_exit_doc())
    assert (actors[2].code, actors[2].start, actors[2].end) == ("BFA", 2, 4)
    assert actors[3] is actors[2]
    assert sorted((i, a.code) for i, a in actors.items() if i != 3) == [
        (0, "MLI"), (2, "BFA"), (5, "NER"), (7, "ECOWAS")]


def test_find_actors_with_given_datelines_skips_them():
    doc = _exit_doc()
    assert find_actors(doc, _dateline_ends(doc)) == find_actors(doc)
    assert 0 not in find_actors(doc, [(0, 4)])  # "Mali" inside a dateline is never an actor
    assert find_actors(doc, [(0, 4)])[5].code == "NER"


@pytest.mark.model
def test_led_and_listed_members_still_read(nlp):
    from blocwatch.extract import article_from_text, make_doc

    text = ("The Moscow-led CSTO met on Monday. BRICS (Brazil, Russia, India, China and South Africa) "
            "held talks in Durban.")
    doc = nlp(make_doc(nlp, article_from_text(text)))
    found, _warnings = find_memberships(doc)
    pairs = {(m.org, m.member, m.status) for m in found}
    assert ("CSTO", "RUS", "member") in pairs
    assert {("BRICS", code, "member") for code in ("BRA", "RUS", "IND", "CHN", "ZAF")} <= pairs
