"""Events, round 7i (issue #6): a subjectless coordinated verb right after a named actor the parser hung on the
first verb's object takes that actor as its subject.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import events_of

PUBLISHED = "2024-05-08"


def _read(nlp, text):
    return [(e.type, e.source, e.target, e.date) for e in events_of(nlp, text, published=PUBLISHED)]


@pytest.mark.model
def test_coordinated_verb_takes_the_actor_before_it_as_subject(nlp):
    got = _read(nlp, "Germany condemned the strike and Poland demanded an inquiry.")
    assert any(t == "ACCUSE" and s == ["DEU"] and "POL" not in g for t, s, g, _d in got), got
    assert any(t == "REQUEST" and s == ["POL"] for t, s, _g, _d in got), got
    assert not any(s == ["DEU"] and t == "REQUEST" for t, s, _g, _d in got), got


@pytest.mark.model
def test_a_second_object_stays_an_object(nlp):
    got = _read(nlp, "Germany condemned Russia and Belarus on Monday.")
    assert any(t == "ACCUSE" and s == ["DEU"] and "BLR" in g for t, s, g, _d in got), got
