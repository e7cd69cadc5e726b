"""Events, round 7g (issue #6): lexicon senses for economic cooperation carried out, lobbying for support,
cyber units and shared warnings.

- "settle trade in their own currencies": trade carried out between the parties is COOPERATE 061.
- A cargo, tanker or shipment that "arrived under" a deal is that deal carried out: COOPERATE 061.
- "drum up support/backing" and "win support/backing" rally support for a cause: SUPPORT 053.
- "set up / form / create / establish / unveil" a cyber or hacker unit is MOBILIZE 155 (a cyber dialogue or
  cyber agreement is not; a pronoun object is not).
- "alerted X to a plot" (not troops) and "provided the tip-off" share intelligence: COOPERATE 064; "alerted its
  troops" stays MOBILIZE.

Every sentence is our own, written for these tests; none comes from evaluation or held-out text.
"""

from __future__ import annotations

import pytest
from helpers import event_types

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text, kind", [
    ("India and Russia started settling trade in rupees and roubles last month, officials said.", "COOPERATE"),
    ("A tanker of Algerian gas arrived in Italy on Monday under a new supply agreement.", "COOPERATE"),
    ("Greece launched a campaign to drum up support for Cyprus's bid.", "SUPPORT"),
    ("Portugal launched a drive to win backing for its candidate at the United Nations.", "SUPPORT"),
    ("Estonia set up a cyber defence unit of volunteer hackers to protect its networks.", "MOBILIZE"),
    ("North Korea formed a new cyber warfare brigade, Seoul's spy agency said.", "MOBILIZE"),
    ("Finland unveiled a new army unit of hackers on Tuesday.", "MOBILIZE"),
    ("Morocco alerted Spanish police to a planned attack on a train, officials said.", "COOPERATE"),
])
def test_s7g_sense_read(nlp, text, kind):
    assert kind in event_types(nlp, text)


@pytest.mark.parametrize("text, absent", [
    ("Japan and India established a cyber dialogue on Monday.", "MOBILIZE"),
    ("Russia set it up in 2014.", "MOBILIZE"),
    ("Turkey alerted its troops to the risk of attack.", "COOPERATE"),
])
def test_s7g_sense_not_read(nlp, text, absent):
    assert absent not in event_types(nlp, text)


def test_s7g_alerted_troops_stay_mobilize(nlp):
    assert "MOBILIZE" in event_types(nlp, "Turkey alerted its troops to the risk of attack.")


def test_s7g_tip_off_shared(nlp):
    text = "Jordan provided the tip-off that led French police to the plotters, officials said."
    assert "COOPERATE" in event_types(nlp, text)
