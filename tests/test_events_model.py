"""Events through the full pipeline on our own sentences: one or more per PLOVER type."""

from __future__ import annotations

import pytest
from helpers import event_case_misses, events_of

pytestmark = pytest.mark.model

# (sentence, expected type, a source code, a target code or None). Written for these tests.
CASES = [
    ("Vietnam and the Philippines agreed to conduct joint naval exercises.", "AGREE", "VNM", None),
    ("Hungary said it will back the United Nations plan for Libya.", "AGREE", "HUN", None),
    ("The French president visited Algeria on Thursday.", "CONSULT", "FRA", "DZA"),
    ("Mexico praised Canada for its decision.", "SUPPORT", "MEX", "CAN"),
    ("Israel eased restrictions on the movement of goods into Gaza.", "CONCEDE", "ISR", None),
    ("Colombia and Ecuador cooperated closely with Peru on border security.", "COOPERATE", "COL", "PER"),
    ("Italy sent two tonnes of medical supplies to Tunisia.", "AID", "ITA", "TUN"),
    ("Ethiopian troops withdrew from Somalia on Tuesday.", "RETREAT", "ETH", "SOM"),
    ("Ukraine asked Germany for more air defence systems.", "REQUEST", "UKR", "DEU"),
    ("Lebanon accused Israel of violating its airspace.", "ACCUSE", "LBN", "ISR"),
    ("Brazil rejected the proposal by Colombia.", "REJECT", "BRA", "COL"),
    ("Iran vowed to retaliate against Israel.", "THREATEN", "IRN", "ISR"),
    ("Thousands of workers staged a protest in Paris against the pension reform.", "PROTEST", None, None),
    ("Britain expelled four Russian diplomats.", "SANCTION", "GBR", "RUS"),
    ("China put its forces on high alert.", "MOBILIZE", "CHN", None),
    ("Venezuela seized a tanker carrying Iranian oil.", "COERCE", "VEN", None),
    ("Turkish jets bombed targets in northern Iraq.", "ASSAULT", "TUR", None),
]


_events = events_of


def test_events_model_one_sentence_per_plover_type(nlp) -> None:
    assert event_case_misses(nlp, CASES) == []


def test_events_model_plain_reporting_is_not_an_event(nlp) -> None:
    assert _events(nlp, "The minister said the economy grew by two percent, the agency reported.") == []


def test_events_model_negation_and_future_weekday(nlp) -> None:
    assert _events(nlp, "Chile did not condemn the Peruvian decision.") == []
    [event] = [e for e in _events(nlp, "The Chilean president is expected to visit Peru on Friday.")]
    assert (event.type, event.planned, event.date) == ("CONSULT", True, "2024-05-10")


def test_events_model_reported_speech_evaluations_and_demands(nlp) -> None:
    accuse = _events(nlp, "Beijing said the American arms sale to Taiwan was illegal.")
    assert [(e.type, e.source, e.target) for e in accuse] == [("ACCUSE", ["CHN"], ["USA"])]
    demand = _events(nlp, "France said Iran must stop enriching uranium.")
    assert [(e.type, e.source, e.target) for e in demand] == [("REQUEST", ["FRA"], ["IRN"])]


def test_events_model_police_against_protesters_is_coercion_at_the_dateline_state(nlp) -> None:
    text = "Riot police clashed with stone-throwing demonstrators near the parliament."
    events = events_of(nlp, text, "2024-05-08", dateline="Lima, Peru")
    coerce = [e for e in events if e.type == "COERCE"]
    assert coerce and coerce[0].source == ["PER"] and coerce[0].target == ["PER"]
    assert not [e for e in events if e.type == "ASSAULT"]


def test_events_model_the_bloc_is_the_article_organisation(nlp) -> None:
    text = ("ASEAN foreign ministers met in Jakarta on Monday. "
            "Thailand praised the bloc's decision to admit a new member.")
    support = [e for e in _events(nlp, text) if e.type == "SUPPORT"]
    assert support and support[0].source == ["THA"] and "ASEAN" in support[0].target
