"""Events, round 7h (issue #6): a distance in days from the act dated just before ("two days later", "a day after
the raid", "the following day", "the day before") moves the day an undated act takes from that act; and a
coordinated second clause with its own subject keeps its own act and actor.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import events_of

from blocwatch.pipeline.events import _day_offset, _shifted

PUBLISHED = "2024-05-08"  # a Wednesday: "on Monday" is 2024-05-06


def _dated(nlp, text):
    return [(e.type, e.source, e.date) for e in events_of(nlp, text, published=PUBLISHED)]


def test_day_offsets_are_read_from_the_words():
    assert _day_offset("Three days later, the envoy flew home.") == 3
    assert _day_offset("The next day the army withdrew.") == 1
    assert _day_offset("A day earlier, rebels had cut the road.") == -1
    assert _day_offset("The day before, the minister had resigned.") == -1
    assert _day_offset("The talks began the day before the vote.") == 0
    assert _day_offset("Last month the army withdrew.") == 0
    assert _shifted("2024-02-28", 2) == "2024-03-01"
    assert _shifted("2024-05", 2) == "2024-05"


@pytest.mark.model
def test_two_days_later_moves_the_carried_day(nlp):
    got = _dated(nlp, "Venezuela detained three Colombian soldiers on Monday. Two days later, Colombia "
                      "recalled its ambassador from Caracas.")
    assert got[0][2] == "2024-05-06"
    assert got[-1][2] == "2024-05-08"


@pytest.mark.model
def test_the_following_day_and_a_day_after(nlp):
    for text in ("Kenya closed its border with Somalia on Monday. The following day, Somalia expelled the "
                 "Kenyan ambassador.",
                 "Kenya closed its border with Somalia on Monday. A day after the closure, Somalia expelled the "
                 "Kenyan ambassador."):
        got = _dated(nlp, text)
        assert any(t == "SANCTION" and s == ["SOM"] and d == "2024-05-07" for t, s, d in got), got


@pytest.mark.model
def test_the_day_before_looks_back(nlp):
    got = _dated(nlp, "Lithuania expelled two Belarusian diplomats on Tuesday. The day before, Belarus had "
                      "detained a Lithuanian journalist.")
    assert any(s == ["BLR"] and d == "2024-05-06" for _t, s, d in got), got


@pytest.mark.model
def test_no_distance_keeps_the_carried_day(nlp):
    got = _dated(nlp, "Venezuela detained three Colombian soldiers on Monday. Colombia recalled its ambassador "
                      "from Caracas.")
    assert got[-1][2] == "2024-05-06"


@pytest.mark.model
def test_coordinated_clause_with_its_own_subject_keeps_its_act(nlp):
    got = [(e.type, e.source) for e in events_of(nlp, "Ethiopian troops shelled the border town on Sunday, and "
                                                     "Eritrean jets bombed the airport.")]
    assert ("ASSAULT", ["ETH"]) in got
    assert ("ASSAULT", ["ERI"]) in got
