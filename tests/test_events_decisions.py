"""A decision to act against someone is the act itself; ordering diplomats out is an expulsion."""

from __future__ import annotations

import pytest

from blocwatch.extract import article_from_text

pytestmark = pytest.mark.model


def _events(nlp, text: str, published: str = "2024-08-10"):
    doc = nlp.make_doc(text)
    doc._.article = article_from_text(text, published)
    return nlp(doc)._.events


def test_events_decisions_agreeing_to_close_borders_is_a_sanction(nlp) -> None:
    events = _events(nlp, "Ghana agreed to close its borders with Burkina Faso.")
    assert [e.type for e in events] == ["SANCTION"]
    assert events[0].source == ["GHA"] and "BFA" in events[0].target


def test_events_decisions_ordering_diplomats_out_is_an_expulsion(nlp) -> None:
    events = _events(nlp, "Kenya ordered the Somali diplomats out within 48 hours.")
    [event] = [e for e in events if e.source == ["KEN"]]
    assert (event.type, event.mode) == ("SANCTION", "expel")


def test_events_decisions_agreeing_to_cooperate_stays_agree(nlp) -> None:
    events = _events(nlp, "Vietnam and Indonesia agreed to hold joint naval patrols.")
    assert "SANCTION" not in [e.type for e in events]


def test_events_decisions_static_facts_are_not_events(nlp) -> None:
    for text in ("Algeria shares a 1,000-km frontier with Mali.", "Djibouti hosts a French air base.",
                 "Jordan hosts more than a million refugees."):
        assert [e.type for e in _events(nlp, text) if e.type in ("COOPERATE", "CONSULT")] == [], text


def test_events_decisions_sharing_intelligence_and_hosting_talks_stay_events(nlp) -> None:
    assert "COOPERATE" in [e.type for e in _events(nlp, "Jordan shared intelligence with Iraq.")]
    assert "CONSULT" in [e.type for e in _events(nlp, "Qatar hosted Afghan President Ashraf Ghani on Monday.")]


def test_events_decisions_calling_for_a_suspension_is_a_request(nlp) -> None:
    events = _events(nlp, "Senegal called for Guinea to be suspended from the bloc.")
    assert [(e.type, e.source) for e in events] == [("REQUEST", ["SEN"])]
